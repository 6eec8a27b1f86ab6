/**
 * Preloaded (`node -r`) into the `clio check` runs of bench/run.ts: at exit, prints one line to stderr with the CPU
 * time (ms) of the process's main thread and of all its other threads (V8's compilers and GC helpers, workers), read
 * from /proc (Linux; nothing elsewhere). On a shared machine the wall time says more about the other processes than
 * about clio; the main thread's CPU time is what a quiet machine with a core to spare for the rest would take.
 */
const { readdirSync, readFileSync } = require('node:fs');

const TICK_MS = 10; // USER_HZ is 100 on Linux

process.on('exit', () => {
  let main = 0;
  let other = 0;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      // The fields after the command name start with the 3rd (state); utime and stime are the 14th and 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      if (Number(task) === process.pid) main += ms;
      else other += ms;
    }
  } catch {
    return; // no /proc
  }
  process.stderr.write(`clio-bench-cpu ${JSON.stringify({ main, other })}\n`);
});

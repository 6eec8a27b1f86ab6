/**
 * A pool of worker threads for work that is one independent job per item (`clio check` on many files), run from
 * synchronous code: the calling thread does jobs itself too, and blocks on an Atomics counter only when every job is
 * handed out, pulling the workers' answers with receiveMessageOnPort. Results come back in job order, whatever
 * thread did them, so the output does not depend on how the work was shared.
 * Both sides live here so the message protocol is in one place: runPooled (caller) and serveJobs (worker).
 */
import { existsSync } from 'node:fs';
import { MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';

interface Request<J> {
  id: number;
  job: J;
}
type Outcome<R> = { id: number; result: R } | { id: number; error: SerializedError };
/** An error crossing threads: its message, and its class name so the caller can rebuild a UsageError. */
interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}
interface Channel {
  /** Counts answers posted by all workers; the caller sleeps on it. */
  signal: Int32Array;
  port: MessagePort;
  data: unknown;
}

/** Jobs each worker holds at once: the next one is queued while it answers, so it never waits for the caller. */
const IN_FLIGHT = 2;

export interface PoolOptions<J, R> {
  /** The worker's bundle (it calls serveJobs). Missing (running from source): every job is done in this thread. */
  script: string;
  workers: number;
  /** Handed to every worker as serveJobs' `data`. */
  data: unknown;
  /** Does one job in this thread: the same function the workers run. */
  local: (job: J) => R;
  /** Turns a worker's error back into the error the local run would have thrown. */
  reviveError?: (error: SerializedError) => Error;
}

/**
 * Runs `jobs` on `workers` threads plus this one and returns their results in job order. The first failing job (in
 * job order) throws, as a loop over the jobs would have.
 */
export function runPooled<J, R>(jobs: readonly J[], options: PoolOptions<J, R>): R[] {
  const count = existsSync(options.script) ? Math.min(options.workers, jobs.length - 1) : 0;
  const outcomes: (Outcome<R> | undefined)[] = new Array(jobs.length);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: { worker: Worker; port: MessagePort }[] = [];
  let next = 0;
  const send = (w: { worker: Worker }) => {
    if (next < jobs.length) w.worker.postMessage({ id: next, job: jobs[next++] } satisfies Request<J>);
  };
  try {
    for (let i = 0; i < count; i++) {
      const { port1, port2 } = new MessageChannel();
      const channel: Channel = { signal, port: port2, data: options.data };
      const worker = new Worker(options.script, { workerData: channel, transferList: [port2] });
      worker.unref();
      pool.push({ worker, port: port1 });
    }
    for (let k = 0; k < IN_FLIGHT; k++) for (const w of pool) send(w);
    let done = 0;
    while (done < jobs.length) {
      const seen = Atomics.load(signal, 0);
      let answered = false;
      for (const w of pool) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const outcome = m.message as Outcome<R>;
          outcomes[outcome.id] = outcome;
          done++;
          answered = true;
          send(w);
        }
      }
      if (answered) continue;
      if (next < jobs.length) {
        const id = next++;
        outcomes[id] = runOne(id, jobs[id], options.local);
        done++;
      } else Atomics.wait(signal, 0, seen);
    }
  } finally {
    for (const w of pool) {
      w.port.close();
      void w.worker.terminate();
    }
  }
  return outcomes.map((o) => {
    if (o && 'result' in o) return o.result;
    const error = (o as { error: SerializedError }).error;
    throw options.reviveError?.(error) ?? Object.assign(new Error(error.message), { stack: error.stack });
  });
}

function runOne<J, R>(id: number, job: J, run: (job: J) => R): Outcome<R> {
  try {
    return { id, result: run(job) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id, error: { name: e.name, message: e.message, stack: e.stack } };
  }
}

/** The worker side: answers every job with `run(job, data)`, `data` being the caller's PoolOptions.data. */
export function serveJobs<J, R, D>(run: (job: J, data: D) => R): void {
  const channel = workerData as Channel | undefined;
  if (!parentPort || !channel) throw new Error('serveJobs runs in a worker started by runPooled');
  const { signal, port, data } = channel;
  parentPort.on('message', ({ id, job }: Request<J>) => {
    port.postMessage(runOne(id, job, (j: J) => run(j, data as D)));
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}

/**
 * A pool of worker threads for work that is one independent job per item (`clio check` on many files), run from
 * synchronous code. Every thread — the caller's included — claims the next job from a shared counter, so a worker
 * never waits for the caller to hand it work and a thread that starts late (loading its bundle) simply does fewer
 * jobs. The caller then collects the workers' answers with receiveMessageOnPort, sleeping on a second counter.
 * Results come back in job order, whatever thread did them, so the output does not depend on how work was shared.
 * Both sides live here so the protocol is in one place: runPooled (caller) and serveJobs (worker).
 */
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';

type Outcome<R> = { id: number; result: R } | { id: number; error: SerializedError };
/** An error crossing threads: its name (so the caller can rebuild a UsageError), message and stack. */
interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}
/** Shared counters: [NEXT] the next job to claim, [ANSWERED] answers posted by workers (the caller sleeps on it). */
const NEXT = 0;
const ANSWERED = 1;
interface Channel<J> {
  counters: Int32Array;
  jobs: readonly J[];
  port: MessagePort;
  data: unknown;
}

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
  const count = existsSync(options.script) ? Math.max(0, Math.min(options.workers, jobs.length - 1)) : 0;
  const outcomes: (Outcome<R> | undefined)[] = new Array(jobs.length);
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const pool: { worker: Worker; port: MessagePort }[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const { port1, port2 } = new MessageChannel();
      const channel: Channel<J> = { counters, jobs, port: port2, data: options.data };
      const worker = new Worker(options.script, { workerData: channel, transferList: [port2] });
      worker.unref();
      pool.push({ worker, port: port1 });
    }
    let done = 0;
    for (let id = Atomics.add(counters, NEXT, 1); id < jobs.length; id = Atomics.add(counters, NEXT, 1)) {
      outcomes[id] = runOne(id, jobs[id], options.local);
      done++;
    }
    while (done < jobs.length) {
      const seen = Atomics.load(counters, ANSWERED);
      for (const w of pool) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const outcome = m.message as Outcome<R>;
          outcomes[outcome.id] = outcome;
          done++;
        }
      }
      if (done < jobs.length) Atomics.wait(counters, ANSWERED, seen);
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

/** The worker side: claims jobs until none are left, answering each with `run(job, data)` (PoolOptions.data). */
export function serveJobs<J, R, D>(run: (job: J, data: D) => R): void {
  const channel = workerData as Channel<J> | undefined;
  if (!channel) throw new Error('serveJobs runs in a worker started by runPooled');
  const { counters, jobs, port, data } = channel;
  for (let id = Atomics.add(counters, NEXT, 1); id < jobs.length; id = Atomics.add(counters, NEXT, 1)) {
    port.postMessage(runOne(id, jobs[id], (j: J) => run(j, data as D)));
    Atomics.add(counters, ANSWERED, 1);
    Atomics.notify(counters, ANSWERED);
  }
}

/**
 * TurboFan, V8's optimizing compiler, is held off while the server analyzes its first small document. That analysis
 * runs once, in code that has never run: TurboFan spent 45–90 ms of CPU on other threads compiling what was hot in it,
 * about as much as the main thread's own work, and on the busy 2-core VM those threads took turns with the main one.
 * Held, the 50 KB draft's first diagnostics came 11–24 % sooner at load 10–13, for up to 13 ms more on the main thread
 * (bench/README.md). The first diagnostics out, or a larger first document (the 1 MB draft's first analysis takes
 * twice as long without TurboFan), let it in.
 * The entry (start.ts) holds it and lets it in, so as to make the code cache just before, under the flags of the
 * compile; the server, another bundle, says when by a process event.
 */
import { setFlagsFromString } from 'node:v8';

/** A first document of more characters is analyzed with TurboFan. */
export const HELD_ANALYSIS_MAX_CHARS = 64 * 1024;

const STARTED = 'clio:started';

/** Set before the server's code is compiled. */
export function holdOptimizingCompiler(): void {
  setFlagsFromString('--no-opt');
}

/** `then` runs once, when the server says its start is over (`started`), and then TurboFan is let in. */
export function releaseOptimizingCompilerWhenStarted(then: () => void): void {
  process.once(STARTED, () => {
    then();
    setFlagsFromString('--opt');
  });
}

/** The server's first diagnostics are out, or a document too large to analyze held is about to be. */
export function started(): void {
  (process as NodeJS.EventEmitter).emit(STARTED);
}

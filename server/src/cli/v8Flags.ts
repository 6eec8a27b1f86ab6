/**
 * V8's flags for the commands that analyze files once and exit (`clio check`, `clio chronology`). Set before the
 * first analysis; V8's flags are the process's, so worker threads started later share them. Not for `clio lsp`: the
 * server sets its own, and its code cache is valid only under those (util/codeCache.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { keepAnalysisGarbageYoung } from '../lsp/memory';

/**
 * Bytecode TurboFan inlines into one optimized function, in all: half V8's default (920). A one-shot run is mostly
 * V8 compiling the analysis — about as much CPU as the analysis itself for ten 1 MB drafts, on the other core — and a
 * compile's cost grows with what it inlines; the scanning loops' helpers are small enough to be inlined either way.
 * Measured on ten and thirty 1 MB drafts (bench/README.md): the compiler's CPU down by 13–20 %, the main thread's no
 * higher.
 */
const INLINED_BYTECODE_BUDGET = 460;

export function tuneV8ForOneShotRuns(): void {
  keepAnalysisGarbageYoung();
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
}

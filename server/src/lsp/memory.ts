/**
 * Keeps the server's memory bounded while large documents are edited. Each edit makes the LSP text document build
 * the whole new text as one string (2 MB for a 1 MB draft with any non-Latin-1 character) and drop the previous one.
 * A text still in use when the young generation is collected moves to V8's old large-object space, which only a
 * major GC frees: about one text in six edits of the 1 MB draft. V8 times its major GCs by heap growth, up to four
 * times the live heap by default, which let 80 MB and more of dead text pile up; told to start once the old
 * generation has grown by half (`collectOldGarbageSooner`), it marks concurrently, beside the edits, and stops the
 * server only briefly. A forced major GC (a full stop of 20–35 ms on the 1 MB draft) is left for the pauses between
 * edits, to give back what is left.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Old-generation growth that a pause in the edits collects. */
export const GARBAGE_BUDGET_BYTES = 6 * 1024 * 1024;
/** How long the edits must pause before a collection that is due runs. */
const IDLE_MS = 300;
/** V8 starts a major GC once the old generation has grown by this share of what the last one left (its default: up to 300 %). */
const HEAP_GROWING_PERCENT = 50;

/** The bytes V8's old generation holds, live or dead: its old space and its large objects. */
export function oldGenerationBytes(): number {
  let bytes = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'old_space' || s.space_name === 'large_object_space') bytes += s.space_used_size;
  return bytes;
}

/** Runs `fn` after `ms` unless refreshed, as Node's setTimeout does; tests give a clock of their own. */
export type IdleTimer = (fn: () => void, ms: number) => { refresh(): unknown };

export class GarbageBudget {
  /** The old generation's size after the last collection, or the least seen since (V8 collects by itself too). */
  private floor: number;
  private idle?: { refresh(): unknown };

  constructor(
    private readonly budgetBytes: number,
    /** Undefined when the runtime offers no GC to call: V8's own timing applies. */
    private readonly collect: (() => void) | undefined,
    private readonly measure: () => number = oldGenerationBytes,
    private readonly idleMs = IDLE_MS,
    private readonly timer: IdleTimer = setTimeout,
  ) {
    this.floor = measure();
  }

  /** An edit arrived or a document was closed: once the edits pause, collect if the old generation grew by the budget. */
  changed(): void {
    if (!this.collect) return;
    this.floor = Math.min(this.floor, this.measure());
    // Each edit puts the check off: a forced GC in a stream of edits would stop the next one for its whole length.
    if (this.idle) this.idle.refresh();
    else this.idle = this.timer(() => this.collectIfDue(), this.idleMs);
  }

  private collectIfDue(): void {
    this.idle = undefined;
    if (this.measure() - this.floor < this.budgetBytes) return;
    this.collect?.();
    this.floor = this.measure();
  }
}

/** V8's gc(): --expose-gc set at run time applies to contexts created afterwards, so a fresh context has it. */
export function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns off V8's allocation-site pretenuring, for the processes that analyze documents (the server and the CLI).
 * An analysis builds a scan for every block, keeps them all until its document-level passes are done, then drops
 * them. V8 sees those objects survive young-generation collections and starts allocating them straight into the
 * old generation, which then fills with short-lived garbage that only major collections free: the full check of a
 * 1 MB draft took 35–45 ms that way, and 27 ms with every object allocated young (`npm run bench`).
 */
export function keepAnalysisGarbageYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}

/**
 * For the server: V8 starts its concurrent major GC once the old generation has grown by HEAP_GROWING_PERCENT of
 * what the last one left (at least 8 MB, V8's own minimum step), instead of up to four times it. V8 reads the flag
 * each time it sets the next limit, so setting it at run time takes effect from the next major GC.
 */
function collectOldGarbageSooner(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * Every flag the server sets, set by its entry before the server's code is compiled: V8 rejects a code cache made
 * under other flags (util/codeCache.ts), and `exposedGc`'s flag, set after the start, made it reject every cache.
 */
export function tuneV8ForTheServer(): void {
  keepAnalysisGarbageYoung();
  collectOldGarbageSooner();
  setFlagsFromString('--expose-gc');
}

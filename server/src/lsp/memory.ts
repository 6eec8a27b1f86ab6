/**
 * Keeps the server's memory bounded while large documents are edited. Each edit makes the LSP text document build
 * the whole new text as one string (2 MB for a 1 MB draft with any non-Latin-1 character) and drop the previous one.
 * A text still in use when the young generation is collected moves to V8's old large-object space, which only a
 * major GC frees, and V8 times major GCs by heap growth: editing a 1 MB draft let 80 MB and more of dead text pile
 * up. So the server watches the old generation grow and asks for a major GC once it has grown by a budget.
 * A forced major GC stops the server for 20–35 ms on the 1 MB draft (V8's own, marked incrementally beside the
 * work, for a few), so it waits for a pause in the edits; only at twice the budget does it run at once.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Old-generation growth allowed before a collection that waits for a pause; twice as much is collected at once. */
export const GARBAGE_BUDGET_BYTES = 6 * 1024 * 1024;
/** How long the edits must pause before a collection that is due runs. */
export const IDLE_MS = 300;

/** The bytes V8's old generation holds, live or dead: its old space and its large objects. */
export function oldGenerationBytes(): number {
  let bytes = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'old_space' || s.space_name === 'large_object_space') bytes += s.space_used_size;
  return bytes;
}

export class GarbageBudget {
  /** The old generation's size after the last collection, or the least seen since (V8 collects by itself too). */
  private floor: number;
  private idle?: NodeJS.Timeout;
  private scheduled = false;

  constructor(
    private readonly budgetBytes: number,
    /** Undefined when the runtime offers no GC to call: V8's own timing applies. */
    private readonly collect: (() => void) | undefined,
    private readonly measure: () => number = oldGenerationBytes,
    private readonly idleMs = IDLE_MS,
  ) {
    this.floor = measure();
  }

  /** An edit arrived or a document was closed: collect once the edits pause, or at once past twice the budget. */
  changed(): void {
    if (!this.collect || this.scheduled) return;
    const used = this.measure();
    this.floor = Math.min(this.floor, used);
    const garbage = used - this.floor;
    if (garbage < this.budgetBytes) return;
    clearTimeout(this.idle);
    if (garbage < 2 * this.budgetBytes) {
      this.idle = setTimeout(() => this.collectNow(), this.idleMs);
      return;
    }
    this.scheduled = true;
    // After the current message is handled (without debouncing, after its analysis is published too).
    setImmediate(() => this.collectNow());
  }

  private collectNow(): void {
    clearTimeout(this.idle);
    this.scheduled = false;
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

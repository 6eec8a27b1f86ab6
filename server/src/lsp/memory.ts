/**
 * Keeps the server's memory bounded while large documents are edited. Each edit makes the LSP text document build
 * the whole new text as one string (2 MB for a 1 MB draft with any non-Latin-1 character) and drop the previous one.
 * Those strings sit in V8's large-object space, which only a major GC frees, and V8 times major GCs by heap growth:
 * editing a 1 MB draft let 80 MB and more of dead text pile up. So the server counts the garbage that edits and
 * closes leave behind and asks for a major GC each time it passes a budget.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Garbage allowed to pile up between collections: 16 edits of a 1 MB draft. A major GC then takes about 20 ms. */
export const GARBAGE_BUDGET_BYTES = 32 * 1024 * 1024;
/** A closed document leaves its text and analysis behind: about 10 bytes a character (measured on a 1 MB draft). */
const CLOSED_BYTES_PER_CHARACTER = 10;

export class GarbageBudget {
  private bytes = 0;
  private scheduled = false;

  constructor(
    private readonly budgetBytes: number,
    /** Undefined when the runtime offers no GC to call: V8's own timing applies. */
    private readonly collect: (() => void) | undefined,
  ) {}

  /** An edit replaced a version of `length` characters (at most two bytes each). */
  edited(length: number): void {
    this.add(2 * length);
  }

  /** A document of `length` characters was closed. */
  closed(length: number): void {
    this.add(CLOSED_BYTES_PER_CHARACTER * length);
  }

  private add(bytes: number): void {
    const collect = this.collect;
    if (!collect) return;
    this.bytes += bytes;
    if (this.bytes < this.budgetBytes || this.scheduled) return;
    this.scheduled = true;
    // After the current message is handled (without debouncing, after its analysis is published too).
    setImmediate(() => {
      this.scheduled = false;
      this.bytes = 0;
      collect();
    });
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

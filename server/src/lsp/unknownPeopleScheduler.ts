/**
 * Runs the unknown-people pass off the keystroke path: when typing pauses, compromise looks at the paragraphs it
 * has not seen (the finder caches the rest); the hints are then merged into the analysis and republished.
 */
import { unknownPersonFindings } from '../analysis/checks/unknownPerson';
import { applyDirectivesAndSeverity } from '../analysis/checks/filter';
import type { Finding, Settings, AnalyzedBlock, DocumentAnalysis } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { UnknownPeopleFinder, type PersonCandidate } from '../recognize/unknownPeople';
import { detach } from '../util/strings';

/** Prose-bearing blocks worth handing to compromise; headings (title case) and tables (fragments) only add noise. */
const PROSE_KINDS = new Set<AnalyzedBlock['kind']>(['paragraph', 'list', 'quote']);
/** Longer blocks (a bibliography as one list) would hold the event loop for seconds in one compromise call. */
const MAX_PARAGRAPH = 10_000;
/** Work slice between yields to the event loop, so requests are answered while the pass runs. */
const SLICE_MS = 8;
/** After a request, the pass waits this long without one before it goes on: a burst of hovers is answered first. */
const QUIET_MS = 200;

interface DocumentHints {
  dataset: Dataset;
  /** Block text → its candidates (block-relative), for blocks that have any. */
  byBlock: Map<string, PersonCandidate[]>;
  /** Lengths of those blocks: a keystroke's merge slices only blocks of a matching length. */
  lengths: Set<number>;
  /** Every block the last pass examined (with or without hints): the next pass looks again only at the others. */
  examined: Map<string, PersonCandidate[]>;
  timer?: NodeJS.Timeout;
  /** Bumped on every schedule/cancel, so a pass that was overtaken stops. */
  generation: number;
}

export interface UnknownPeopleSchedulerOptions {
  logError: (message: string) => void;
  idleMs?: number;
  quietMs?: number;
  finder?: UnknownPeopleFinder;
}

export class UnknownPeopleScheduler {
  private readonly docs = new Map<string, DocumentHints>();
  private readonly finder: UnknownPeopleFinder;
  private readonly idleMs: number;
  private readonly quietMs: number;
  /** When a request last asked for an analysis (Date.now()). */
  private askedAt = -Infinity;

  constructor(private readonly options: UnknownPeopleSchedulerOptions) {
    this.finder = options.finder ?? new UnknownPeopleFinder();
    this.idleMs = options.idleMs ?? 500;
    this.quietMs = options.quietMs ?? QUIET_MS;
  }

  /**
   * The analysis with the hints already found for its paragraphs (no compromise here: this is on the keystroke
   * path). Costs nothing for a document without hints.
   */
  merge(uri: string, analysis: DocumentAnalysis, dataset: Dataset, settings: Settings): DocumentAnalysis {
    const base = analysis.findings.some((f) => f.code === 'unknown-person') ? analysis.findings.filter((f) => f.code !== 'unknown-person') : analysis.findings;
    const hints = this.docs.get(uri);
    const found: Finding[] = [];
    // Hints found with another dataset may name someone it now knows; the next pass recomputes them.
    if (hints && hints.dataset === dataset && hints.byBlock.size > 0) {
      const candidates: PersonCandidate[] = [];
      for (const b of analysis.blocks) {
        if (!hints.lengths.has(b.end - b.start)) continue;
        const local = hints.byBlock.get(analysis.text.slice(b.start, b.end));
        for (const c of local ?? []) candidates.push({ ...c, start: c.start + b.start, end: c.end + b.start });
      }
      if (candidates.length) {
        const raw = unknownPersonFindings(candidates, documentName(uri), dataset);
        found.push(...applyDirectivesAndSeverity(raw, analysis.directives, settings));
      }
    }
    if (found.length === 0 && base === analysis.findings) return analysis;
    return { ...analysis, findings: [...base, ...found].sort((a, b) => a.start - b.start || a.end - b.end) };
  }

  /**
   * After a publication: restart the idle timer; when it fires, find hints for the analysis if it is still current,
   * and call `onHints` when they changed (the store then merges them and republishes).
   */
  schedule(uri: string, analysis: DocumentAnalysis, dataset: Dataset, isCurrent: () => boolean, onHints: () => void): void {
    const hints = this.stateOf(uri, dataset);
    if (hints.timer) clearTimeout(hints.timer);
    const generation = ++hints.generation;
    hints.timer = setTimeout(() => {
      hints.timer = undefined;
      const live = () => this.docs.get(uri) === hints && hints.generation === generation && isCurrent();
      this.run(hints, analysis, dataset, live, onHints).catch((error: unknown) =>
        this.options.logError(`Clio: unknown-people pass on ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`),
      );
    }, this.idleMs);
  }

  /** The document changed: a pending or running pass is stale (and lets go of its analysis); its hints stay. */
  postpone(uri: string): void {
    const hints = this.docs.get(uri);
    if (!hints) return;
    clearTimeout(hints.timer);
    hints.timer = undefined;
    hints.generation++;
  }

  /**
   * A request is being answered: a running pass pauses until requests have stopped for a while. Its slices would
   * otherwise delay each step of the answer (reading it, the handler, the write) by up to a slice each.
   */
  stepAside(): void {
    this.askedAt = Date.now();
  }

  /** The document was closed (or the setting turned off): stop its work and forget its hints. */
  forget(uri: string): void {
    const hints = this.docs.get(uri);
    if (hints?.timer) clearTimeout(hints.timer);
    this.docs.delete(uri);
  }

  private stateOf(uri: string, dataset: Dataset): DocumentHints {
    let hints = this.docs.get(uri);
    if (!hints) {
      hints = { dataset, byBlock: new Map(), lengths: new Set(), examined: new Map(), generation: 0 };
      this.docs.set(uri, hints);
    }
    return hints;
  }

  private async run(hints: DocumentHints, analysis: DocumentAnalysis, dataset: Dataset, live: () => boolean, onHints: () => void): Promise<void> {
    const byBlock = new Map<string, PersonCandidate[]>();
    const examined = new Map<string, PersonCandidate[]>();
    const previous = hints.dataset === dataset ? hints.examined : undefined;
    let sliceStart = Date.now();
    for (const b of analysis.blocks) {
      if (!PROSE_KINDS.has(b.kind) || b.prose.length === 0 || b.end - b.start > MAX_PARAGRAPH) continue;
      if (Date.now() - sliceStart >= SLICE_MS || Date.now() - this.askedAt < this.quietMs) {
        await this.yieldToRequests(live);
        sliceStart = Date.now();
      }
      // A newer version or a close makes this pass stale; what compromise found so far stays in the finder's cache.
      if (!live()) return;
      const paragraph = analysis.text.slice(b.start, b.end);
      let candidates = previous?.get(paragraph);
      if (!candidates) {
        const prose = b.prose.map((s) => ({ start: s.start - b.start, end: s.end - b.start }));
        candidates = await this.finder.find(paragraph, prose, dataset);
      }
      // A key of its own: a slice would keep this version's whole text, flattened by the slice, alive until the next pass.
      const key = detach(paragraph);
      examined.set(key, candidates);
      if (candidates.length) byBlock.set(key, candidates);
    }
    if (!live()) return;
    const changed = hints.dataset !== dataset || !sameHints(hints.byBlock, byBlock);
    hints.dataset = dataset;
    hints.byBlock = byBlock;
    hints.examined = examined;
    hints.lengths = new Set([...byBlock.keys()].map((k) => k.length));
    if (changed) onHints();
  }

  /**
   * Lets the event loop run, then waits while requests arrive (a stale pass stops waiting, to end and let go of its
   * analysis). A timer, not setImmediate: vscode-jsonrpc handles a message and writes its answer in immediates of
   * their own, which a pass resumed by an immediate ran ahead of.
   */
  private async yieldToRequests(live: () => boolean): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    for (let wait = this.askedAt + this.quietMs - Date.now(); wait > 0 && live(); wait = this.askedAt + this.quietMs - Date.now()) {
      await new Promise<void>((resolve) => setTimeout(resolve, wait));
    }
  }
}

function sameHints(a: Map<string, PersonCandidate[]>, b: Map<string, PersonCandidate[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.length !== v.length || v.some((c, i) => c.start !== w[i].start || c.end !== w[i].end || c.name !== w[i].name)) return false;
  }
  return true;
}

/** The file name shown in a new entry's summary ("Added from chapter-3.md"). */
function documentName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

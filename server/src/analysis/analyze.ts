/**
 * analyze(text, dataset, settings): the whole pipeline for one document — blocks → mentions → readings → checks.
 * Pure and shared by the server, the CLI and the tests. `Analyzer` keeps block scans between calls so that a
 * keystroke re-scans only the block it touched; the document-level passes run over mentions, not text.
 */
import { getReform, type Reform } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { changedRange, directives, frontMatter, resplitBlocks, splitWithState, type Block, type BlockSplit } from '../markdown';
import type { DateMention, Span } from '../recognize/types';
import { runChecks } from './checks';
import { applyDirectivesAndSeverity } from './checks/filter';
import { readFrontMatter, type FrontMatterSettings } from './frontMatter';
import { resolveDate, type ReadingContext, type ResolvedDate } from './resolve';
import { BlockScanCache, type BlockScan } from './scan';
import type { CalendarReason, Convention, DocumentConvention, Finding, Settings } from './types';

/** A name in the text resolved to one dataset entity. */
export interface EntityMention extends Span {
  id: string;
  /** The alias matched several entities and this one was chosen by context. */
  guess: boolean;
  alternatives?: readonly string[];
  block: number;
}

export interface AnalyzedBlock extends Span {
  kind: Block['kind'];
  headingLevel?: number;
  prose: Span[];
  region?: string;
}

export interface DocumentAnalysis {
  text: string;
  blocks: AnalyzedBlock[];
  dates: (ResolvedDate & { block: number })[];
  entities: EntityMention[];
  convention: DocumentConvention;
  frontMatter: FrontMatterSettings;
  findings: Finding[];
}

/** Offsets inside a block scan are block-relative; this makes a document-absolute copy. */
function shift<T>(value: T, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shift(v, delta)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = (k === 'start' || k === 'end' || k === 'index') && typeof v === 'number' ? v + delta : shift(v, delta);
  }
  return out as T;
}

/** Block-relative spans → document offsets (prose spans are plain {start, end}). */
function shiftSpans(spans: readonly Span[], delta: number): Span[] {
  const out: Span[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = { start: spans[i].start + delta, end: spans[i].end + delta };
  return out;
}

/** The previous pass, so that the next one re-splits and re-scans only around the change. */
interface PreviousPass {
  text: string;
  split: BlockSplit;
  scans: BlockScan[];
}

export class Analyzer {
  private readonly cache: BlockScanCache;
  private previous?: PreviousPass;
  /** A scan's dates at document offsets, for the block start they were made for: unchanged blocks reuse them. */
  private placedDates = new WeakMap<BlockScan, { at: number; dates: DateMention[] }>();

  constructor(readonly dataset: Dataset) {
    this.cache = new BlockScanCache(dataset);
  }

  /**
   * Above MAX_ANALYZED_LENGTH only a prefix ending at a line break is analyzed — bounding time and memory per
   * keystroke — and an information finding on the first line says so; `text` stays the whole document.
   */
  analyze(text: string, settings: Settings): DocumentAnalysis {
    if (text.length <= MAX_ANALYZED_LENGTH) return this.analyzeAll(text, settings);
    const cut = analyzedPrefixEnd(text);
    const analysis = this.analyzeAll(text.slice(0, cut), settings);
    analysis.text = text;
    analysis.findings.unshift(...applyDirectivesAndSeverity([tooLargeFinding(text, cut)], [], settings));
    return analysis;
  }

  private analyzeAll(text: string, settings: Settings): DocumentAnalysis {
    const fm = readFrontMatter(text, frontMatter(text));
    const { blocks, scans } = this.splitAndScan(text);

    const analyzedBlocks: AnalyzedBlock[] = blocks.map((b, i) => ({
      start: b.start,
      end: b.end,
      kind: b.kind,
      headingLevel: b.headingLevel,
      prose: shiftSpans(scans[i].prose, b.start),
    }));
    const entities = this.resolveEntities(blocks, scans);
    const region = this.assignRegions(analyzedBlocks, scans, entities, fm, settings);

    // Convention: front matter > setting > the document's own habit, inferred from its dual dates.
    let convention: Convention | undefined = fm.calendar;
    let source: DocumentConvention['source'] = convention ? 'front-matter' : 'none';
    if (!convention && settings.calendar !== 'auto') {
      convention = settings.calendar;
      source = 'setting';
    }
    let dates = this.resolveDates(blocks, scans, analyzedBlocks, convention, source);
    if (!convention) {
      const inferred = inferConvention(dates);
      if (inferred) {
        convention = inferred;
        source = 'inferred';
        dates = this.resolveDates(blocks, scans, analyzedBlocks, convention, source);
      }
    }

    const analysis: DocumentAnalysis = {
      text,
      blocks: analyzedBlocks,
      dates,
      entities,
      convention: { convention, source, region: region.id, regionSource: region.source },
      frontMatter: fm,
      findings: [],
    };
    const findings = [...fm.findings, ...runChecks(analysis, this.dataset)];
    analysis.findings = applyDirectivesAndSeverity(findings, directives(text, blocks), settings);
    return analysis;
  }

  /**
   * Blocks and their scans. After the first pass only the blocks around the change (found by comparing with the
   * previous text) are split and scanned again; the others keep their scans, and their offsets are shifted.
   */
  private splitAndScan(text: string): { blocks: Block[]; scans: BlockScan[] } {
    const last = this.previous;
    // resplitBlocks shifts the previous split in place: a pass that throws must not leave it behind half-updated.
    this.previous = undefined;
    const change = last && changedRange(last.text, text);
    const scan = (b: Block) => this.cache.get(text.slice(b.start, b.end), b);
    let split: BlockSplit;
    let scans: BlockScan[];
    if (last && !change) {
      split = last.split;
      scans = last.scans;
    } else if (last && change) {
      const r = resplitBlocks(last.split, text, change);
      split = r;
      if (!Number.isFinite(r.count)) scans = r.blocks.map(scan);
      else {
        scans = last.scans.slice(0, r.from);
        for (let i = r.from; i < r.from + r.count; i++) scans.push(scan(r.blocks[i]));
        for (let i = r.resumedAt; i < last.scans.length; i++) scans.push(last.scans[i]);
      }
    } else {
      split = splitWithState(text);
      scans = split.blocks.map(scan);
    }
    this.cache.endPass();
    this.previous = { text, split, scans };
    return { blocks: split.blocks, scans };
  }

  /** The scan's dates at document offsets, reused while the block has not moved. */
  private datesAt(scan: BlockScan, at: number): DateMention[] {
    const placed = this.placedDates.get(scan);
    if (placed && placed.at === at) return placed.dates;
    const dates = scan.dates.map((d) => shift(d, at));
    this.placedDates.set(scan, { at, dates });
    return dates;
  }

  private resolveDates(
    blocks: Block[],
    scans: BlockScan[],
    analyzed: AnalyzedBlock[],
    convention: Convention | undefined,
    source: DocumentConvention['source'],
  ): DocumentAnalysis['dates'] {
    const reason: CalendarReason = source === 'none' ? 'default' : source;
    const out: DocumentAnalysis['dates'] = [];
    // Year context: the nearest preceding year in the same section; a heading opens a section that
    // inherits its parent's year (a stack by heading level).
    const stack: { level: number; year?: number }[] = [{ level: 0 }];
    for (let i = 0; i < blocks.length; i++) {
      const scan = scans[i];
      if (scan.kind === 'heading') {
        const level = scan.headingLevel ?? 1;
        while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
        stack.push({ level, year: stack[stack.length - 1].year });
      }
      const top = stack[stack.length - 1];
      const reform: Reform | undefined = analyzed[i].region ? getReform(analyzed[i].region!) : undefined;
      let y = 0;
      const placed = scan.dates.length ? this.datesAt(scan, blocks[i].start) : [];
      for (let k = 0; k < scan.dates.length; k++) {
        const local = scan.dates[k];
        // Bare years written before this date in the block count as context.
        while (y < scan.years.length && scan.years[y].start < local.start) top.year = scan.years[y++].year;
        const mention: DateMention = placed[k];
        const ctx: ReadingContext = { convention, conventionReason: reason, reform, contextYear: top.year };
        const resolved = resolveDate(mention, ctx);
        out.push({ ...resolved, block: i });
        const written = local.first.year ?? local.sharedYear ?? local.second?.year;
        if (written !== undefined) top.year = written;
      }
      while (y < scan.years.length) top.year = scan.years[y++].year;
    }
    return out;
  }

  private resolveEntities(blocks: Block[], scans: BlockScan[]): EntityMention[] {
    const named = new Set<string>();
    for (const scan of scans) for (const hit of scan.names) if (hit.ids.length === 1) named.add(hit.ids[0]);
    const out: EntityMention[] = [];
    for (let i = 0; i < scans.length; i++) {
      for (const hit of scans[i].names) {
        const start = hit.start + blocks[i].start;
        const end = hit.end + blocks[i].start;
        if (hit.ids.length === 1) {
          out.push({ start, end, id: hit.ids[0], guess: false, block: i });
          continue;
        }
        out.push({ start, end, id: this.pickByContext(hit.ids, named), guess: true, alternatives: hit.ids, block: i });
      }
    }
    return out;
  }

  /** An ambiguous alias: prefer what the document already named unambiguously, then what is related to it. */
  private pickByContext(ids: readonly string[], named: Set<string>): string {
    const already = ids.find((id) => named.has(id));
    if (already) return already;
    let best = ids[0];
    let bestScore = -1;
    for (const id of ids) {
      const related = this.dataset.byId.get(id)?.related ?? [];
      const score = related.filter((r) => named.has(r)).length;
      if (score > bestScore) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  private assignRegions(
    analyzed: AnalyzedBlock[],
    scans: BlockScan[],
    entities: EntityMention[],
    fm: FrontMatterSettings,
    settings: Settings,
  ): { id?: string; source: DocumentConvention['regionSource'] } {
    const fixed = fm.region ?? (settings.region !== 'auto' && getReform(settings.region) ? settings.region : undefined);
    if (fixed) {
      for (const b of analyzed) b.region = fixed;
      return { id: fixed, source: fm.region ? 'front-matter' : 'setting' };
    }
    // Region auto: what each paragraph names (places, demonyms, events of a region); a paragraph that names
    // none keeps the previous one's, and the document's most named region fills in before the first.
    const votes: Map<string, number>[] = scans.map(() => new Map());
    const vote = (i: number, region: string) => votes[i].set(region, (votes[i].get(region) ?? 0) + 1);
    scans.forEach((scan, i) => scan.regionWords.forEach((w) => vote(i, w.region)));
    for (const e of entities) {
      const region = this.dataset.event(e.id)?.region;
      if (region && getReform(region)) vote(e.block, region);
    }
    const total = new Map<string, number>();
    for (const v of votes) for (const [r, n] of v) total.set(r, (total.get(r) ?? 0) + n);
    const documentRegion = top(total);
    let current = documentRegion;
    analyzed.forEach((b, i) => {
      current = top(votes[i]) ?? current;
      b.region = current;
    });
    return { id: documentRegion, source: documentRegion ? 'inferred' : 'none' };
  }
}

/** Documents longer than this (UTF-16 code units, about 5 MB of prose) are analyzed only up to here. */
export const MAX_ANALYZED_LENGTH = 5_000_000;

/** Where the analyzed prefix ends: after the last blank line (else line break) before the limit, never inside a surrogate pair. */
function analyzedPrefixEnd(text: string): number {
  const window = MAX_ANALYZED_LENGTH - 100_000;
  const blank = text.lastIndexOf('\n\n', MAX_ANALYZED_LENGTH - 2);
  if (blank >= window) return blank + 2;
  const line = text.lastIndexOf('\n', MAX_ANALYZED_LENGTH - 1);
  if (line >= window) return line + 1;
  const high = text.charCodeAt(MAX_ANALYZED_LENGTH - 1);
  return high >= 0xd800 && high <= 0xdbff ? MAX_ANALYZED_LENGTH - 1 : MAX_ANALYZED_LENGTH;
}

function tooLargeFinding(text: string, cut: number): Finding {
  // The last analyzed line, 1-based: a prefix ending in a line break ends on the line before it.
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < cut - 1; i = text.indexOf('\n', i + 1)) lines++;
  const firstLine = text.search(/\r|\n/);
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    code: 'document-too-large',
    severity: 'information',
    start: 0,
    end: firstLine < 0 ? Math.min(text.length, 200) : Math.min(firstLine, 200),
    message:
      `This document has ${n(text.length)} characters; Clio checks only the first ${n(cut)} (to line ${n(lines)}), ` +
      `${n(MAX_ANALYZED_LENGTH)} at most. Split the document to have the rest checked.`,
    fixes: [],
  };
}

function top(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** N.S. first in most dual dates means a Gregorian convention, O.S. first a Julian one. */
function inferConvention(dates: ResolvedDate[]): Convention | undefined {
  let gregorianFirst = 0;
  let julianFirst = 0;
  for (const d of dates) {
    if (!d.second) continue;
    if (d.first.calendar === 'gregorian') gregorianFirst++;
    else julianFirst++;
  }
  if (gregorianFirst === julianFirst) return undefined;
  return gregorianFirst > julianFirst ? 'gregorian' : 'julian';
}

/** One-shot analysis (no cache reuse across calls). */
export function analyze(text: string, dataset: Dataset, settings: Settings): DocumentAnalysis {
  return new Analyzer(dataset).analyze(text, settings);
}

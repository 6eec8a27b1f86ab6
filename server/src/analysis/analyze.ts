/**
 * analyze(text, dataset, settings): the whole pipeline for one document — blocks → mentions → readings → checks.
 * Pure and shared by the server, the CLI and the tests. `Analyzer` keeps block scans between calls so that a
 * keystroke re-scans only the block it touched; the document-level passes run over mentions, not text.
 */
import { getReform, type YearStart } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { changedRange, directives, frontMatter, resplitBlocks, splitWithState, type Block, type BlockSplit, type TextChange } from '../markdown';
import { ChecksPass, type BlockFindings } from './checks';
import { impossibleDatesOf, KeptFindings } from './blockFindings';
import { applyDirectivesAndSeverity } from './checks/filter';
import { readFrontMatter } from './frontMatter';
import { addEvidence, blockEvidence, inferConvention, noEvidence, type ConventionEvidence, type Evidence } from './inferConvention';
import { Placements, type Placement, type ResolvedBlock } from './placement';
import { pickEntity } from './namePick';
import type { ReadingContext } from './resolve';
import { lastWrittenYear, resolveBlock, writtenYearNearest } from './contextYear';
import { BlockScanCache, scanBlock, type BlockScan } from './scan';
import { DEFAULT_SETTINGS, type CalendarReason, type Convention, type DocumentAnalysis, type DocumentConvention, type EntityMention, type Finding, type FrontMatterSettings, type Settings } from './types';
import { orderFromProof, type NumericOrder } from '../recognize/dates';
import type { ImpossibleDate } from '../recognize/types';
import type { Span } from '../util/span';
import { isHighSurrogate } from '../util/charCode';

/** Each block's impossible dates moved to document offsets. */
function impossibleDates(placed: Placement[]): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  for (const p of placed) if (p.scan.impossible.length) for (const d of impossibleDatesOf(p)) out.push(d);
  return out;
}

/**
 * What an editor says it changed since the previous pass: old [start, oldEnd) of a text `oldLength` long became new
 * [start, newEnd). Spares comparing two whole texts (a megabyte each) on every keystroke.
 */
export interface KnownChange extends TextChange {
  oldLength: number;
  /**
   * The caller narrowed the range already (the server's ChangeTracker does, edit by edit): it is taken as it is, and
   * the previous text is not read — which would rebuild it whole if the caller holds it as a rope (releaseText).
   */
  narrowed?: boolean;
}

/** The previous pass, so that the next one re-splits and re-scans only around the change. */
interface PreviousPass {
  text: string;
  split: BlockSplit;
  scans: BlockScan[];
}

export class Analyzer {
  /** Undefined for a one-shot analysis, which has no later pass to reuse scans in. */
  private readonly cache: BlockScanCache | undefined;
  private previous?: PreviousPass;
  private readonly placements: Placements;
  /** Each block's findings, kept while the block and its context are the same; undefined for a one-shot analysis. */
  private readonly kept: KeptFindings | undefined;
  /** The last pass's checks, held only so that V8 keeps their class's map between passes (util/keepShape.ts says why). */
  lastChecks?: ChecksPass;

  constructor(
    readonly dataset: Dataset,
    options: { reuse: boolean } = { reuse: true },
  ) {
    this.cache = options.reuse ? new BlockScanCache(dataset) : undefined;
    this.placements = new Placements(dataset, options.reuse);
    this.kept = options.reuse ? new KeptFindings() : undefined;
  }

  /**
   * Above MAX_ANALYZED_LENGTH only a prefix ending at a line break is analyzed — bounding time and memory per
   * keystroke — and an information finding on the first line says so; `text` stays the whole document.
   * The result is valid until the next call on the same Analyzer (unchanged blocks' objects are reused).
   * `change`, when known, is what changed since the text of the previous call; without it the texts are compared.
   */
  analyze(text: string, settings: Settings, change?: KnownChange): DocumentAnalysis {
    if (text.length <= MAX_ANALYZED_LENGTH) return this.analyzeAll(text, settings, change);
    const cut = analyzedPrefixEnd(text);
    const analysis = this.analyzeAll(text.slice(0, cut), settings);
    analysis.text = text;
    analysis.findings.unshift(...applyDirectivesAndSeverity([tooLargeFinding(text, cut)], [], settings));
    return analysis;
  }

  /**
   * The caller holds the last pass's text in a form that is cheap to keep — the server, a rope of its document's
   * pieces, which V8 flattens only when it is read — and what the Analyzer keeps of that pass (the text the next pass
   * is compared with, the kept checks' analysis) refers to `text` from now on. The flat string the pass read is then
   * garbage by the next young-generation collection, instead of moving to the old generation (bench/README.md).
   * Ignored for a text other than the last pass's (a document above MAX_ANALYZED_LENGTH analyzes a prefix).
   */
  releaseText(text: string): void {
    if (!this.previous || this.previous.text.length !== text.length) return;
    this.previous.text = text;
    this.lastChecks?.releaseText(text);
  }

  private analyzeAll(text: string, settings: Settings, known?: KnownChange): DocumentAnalysis {
    try {
      return this.pass(text, settings, known);
    } catch (e) {
      // The kept findings follow the changes between passes: one that did not finish leaves them behind.
      this.kept?.forgetAll();
      throw e;
    }
  }

  private pass(text: string, settings: Settings, known?: KnownChange): DocumentAnalysis {
    const fm = readFrontMatter(text, frontMatter(text));
    const { blocks, scans, change } = this.splitAndScan(text, known);
    const placed = this.placements.place(blocks, scans);
    this.kept?.edited(placed, change, text.length);
    const entities = this.resolveEntities(placed);
    const region = this.assignRegions(placed, fm, settings);

    // Convention: front matter > setting > a sentence that states it > the document's own habit, inferred from its dates.
    let convention: Convention | undefined = fm.calendar;
    let source: DocumentConvention['source'] = convention ? 'front-matter' : 'none';
    if (!convention && settings.calendar !== 'auto') {
      convention = settings.calendar;
      source = 'setting';
    }
    // The walks for what few blocks hold are skipped when no block holds it (Placements counts them).
    const statement = convention || !this.placements.holding.statements ? undefined : statedConvention(placed, text);
    let inferredFrom: ConventionEvidence | undefined;
    if (!convention && statement) {
      convention = statement.calendar;
      source = 'stated';
    }
    const yearStart = documentYearStart(this.placements.holding.yearStartStatements ? placed : [], text, fm, settings);
    const evidence = convention ? undefined : noEvidence();
    const order = NUMERIC_SETTING[settings.numericDates] ?? orderFromProof(this.placements.numericProof);
    const readings: (ResolvedBlock | undefined)[] = new Array(placed.length);
    this.resolveDates(text, placed, readings, order, convention, source, yearStart.yearStart, evidence);
    if (evidence) {
      const inferred = inferConvention(evidence);
      if (inferred) {
        convention = inferred.calendar;
        inferredFrom = inferred.evidence;
        source = 'inferred';
        this.resolveDates(text, placed, readings, order, convention, source, yearStart.yearStart);
      }
    }
    // The document's list is made once, at its size: the blocks' readings in text order (one date per mention).
    const dates: DocumentAnalysis['dates'] = new Array(this.placements.totals.mentions);
    let n = 0;
    for (const r of readings) if (r) for (const d of r.dates) dates[n++] = d;

    const analysis: DocumentAnalysis = {
      text,
      blocks: this.placements.blocks,
      dates,
      impossibleDates: this.placements.holding.impossibleDates ? impossibleDates(placed) : [],
      entities,
      convention: { convention, source, region: region.id, regionSource: region.source, ...yearStart, ...(source === 'stated' && statement ? { statement } : {}), ...(inferredFrom ? { evidence: inferredFrom } : {}) },
      frontMatter: fm,
      directives: this.placements.holding.directives ? directives(text, blocks, blocks.filter((_, i) => scans[i].mayHoldDirective)) : [],
      findings: [],
    };
    const checks = (this.lastChecks = new ChecksPass(analysis, this.dataset));
    // Block by block when findings are kept; a one-shot analysis checks the document as one part (the same findings,
    // as the differential tests show, with fewer calls).
    const found: BlockFindings[] = []; // the parts that found something, in text order
    if (!this.kept) found.push(checks.block(analysis));
    else {
      for (let i = 0; i < placed.length; i++) {
        const f = this.kept.of(placed[i], readings[i], convention, checks);
        if (!f.none) found.push(f);
      }
    }
    const findings = [...fm.findings, ...checks.findings(found)];
    analysis.findings = applyDirectivesAndSeverity(findings, analysis.directives, settings);
    return analysis;
  }

  /**
   * Blocks and their scans. After the first pass only the blocks around the change (the editor's `known` change, or
   * found by comparing with the previous text) are split and scanned again; the others keep their scans, and their
   * offsets are shifted.
   */
  private splitAndScan(text: string, known?: KnownChange): { blocks: Block[]; scans: BlockScan[]; change: TextChange | 'all' | undefined } {
    const last = this.previous;
    // resplitBlocks shifts the previous split in place: a pass that throws must not leave it behind half-updated.
    this.previous = undefined;
    const change = last && changeBetween(last.text, text, known);
    const scan = (b: Block) => (this.cache ? this.cache.get(text.slice(b.start, b.end), b) : scanBlock(text.slice(b.start, b.end), b, this.dataset));
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
    this.cache?.endPass();
    this.previous = { text, split, scans };
    return { blocks: split.blocks, scans, change: last ? change : 'all' };
  }

  /**
   * Reads every date in this convention into `readings`, each block's (none for a block without dates); with no
   * convention, `evidence` sums what the blocks say about one.
   */
  private resolveDates(
    text: string,
    placed: Placement[],
    readings: (ResolvedBlock | undefined)[],
    order: NumericOrder,
    convention: Convention | undefined,
    source: DocumentConvention['source'],
    yearStart: YearStart,
    evidence?: Evidence,
  ): void {
    const reason: CalendarReason = source === 'none' ? 'default' : source;
    // Year context: the nearest preceding year in the same section; a heading opens a section that
    // inherits its parent's year (a stack by heading level).
    // A heading that names a year ("# 1917 in Russia") pins it for its section: a bare year in the section's text
    // ("restores the autocephaly abolished in 1811") then holds only within its own block.
    const stack: { level: number; year?: number; pinned?: boolean }[] = [{ level: 0 }];
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i];
      const scanYears = p.scan.years;
      if (p.analyzed.kind === 'heading') {
        const level = p.analyzed.headingLevel ?? 1;
        while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
        const parent = stack[stack.length - 1];
        stack.push({ level, year: parent.year, pinned: parent.pinned });
        if (scanYears.length && p.mentions.length === 0) Object.assign(stack[stack.length - 1], { year: scanYears[scanYears.length - 1].year, pinned: true });
      }
      const top = stack[stack.length - 1];
      if (p.mentions.length === 0) {
        if (scanYears.length && !top.pinned) top.year = scanYears[scanYears.length - 1].year;
        continue;
      }
      // A block's readings depend only on its text and this context: reuse them while it is the same.
      const region = p.analyzed.region;
      const year = top.year;
      const pinned = !!top.pinned;
      let r: ResolvedBlock | undefined;
      for (const x of p.resolved) {
        if (x.order === order && x.convention === convention && x.reason === reason && x.region === region && x.year === year && x.pinned === pinned && x.yearStart === yearStart) {
          r = x;
          break;
        }
      }
      if (!r) {
        const ctx: ReadingContext = { convention, conventionReason: reason, reform: region ? getReform(region) : undefined, contextYear: year, yearStart };
        r = { order, convention, reason, region, year, pinned, yearStart, ...resolveBlock(text, p, order, scanYears, ctx, pinned) };
        if (p.resolved.length >= 4) p.resolved.shift();
        p.resolved.push(r);
      }
      readings[i] = r;
      top.year = top.pinned ? r.writtenYearAfter : r.yearAfter;
      if (evidence) {
        // Kept with the readings while the block is unchanged, unless its names' picks may change with the document.
        if (!r.evidence || p.ambiguous.length) r.evidence = blockEvidence(r.dates, p.entities, this.dataset);
        addEvidence(evidence, r.evidence);
      }
    }
  }

  private resolveEntities(placed: Placement[]): EntityMention[] {
    const out = this.placements.entities;
    if (!this.placements.holding.ambiguousNames) return out;
    // An ambiguous alias: by the years written around it, what the document names unambiguously, what is related.
    // A pick is made again only when its year or the names the document gives outright changed.
    const named = { has: (id: string) => this.placements.namesUnambiguously(id) };
    const version = this.placements.namedVersion;
    let yearBefore: number | undefined; // the last year written in the blocks before
    for (const p of placed) {
      for (const a of p.ambiguous) {
        const year = (a.nearestYear ??= writtenYearNearest(p, a.mention.start) ?? null) ?? yearBefore;
        if (a.pickedVersion === version && a.pickedYear === year) continue;
        const { mention, ids } = a;
        mention.id = pickEntity(this.dataset, ids, named, year);
        mention.guess = true;
        mention.alternatives = ids;
        [a.pickedYear, a.pickedVersion] = [year, version];
      }
      yearBefore = (p.lastYear ??= lastWrittenYear(p) ?? null) ?? yearBefore;
    }
    return out;
  }

  private assignRegions(placed: Placement[], fm: FrontMatterSettings, settings: Settings): { id?: string; source: DocumentConvention['regionSource'] } {
    const fixed = fm.region ?? (settings.region !== 'auto' && getReform(settings.region) ? settings.region : undefined);
    if (fixed) {
      for (const p of placed) p.analyzed.region = fixed;
      return { id: fixed, source: fm.region ? 'front-matter' : 'setting' };
    }
    // Region auto: what each paragraph names (places, demonyms, events of a region); a paragraph that names
    // none keeps the previous one's, and the document's most named region fills in before the first. A paragraph
    // that names two regions as often keeps the one the text was about, if it is one of them, else the first.
    const documentRegion = this.placements.topRegion(placed);
    let current = documentRegion;
    for (const p of placed) {
      const leading = p.leadingRegions;
      if (leading) current = current !== undefined && leading.includes(current) ? current : leading[0];
      p.analyzed.region = current;
    }
    return { id: documentRegion, source: documentRegion ? 'inferred' : 'none' };
  }
}

/**
 * How undoubled years before 25 March are read: front matter > the setting where it is not the default > a sentence
 * of the text that states it > modern reckoning (1 January), the default.
 */
function documentYearStart(
  placed: readonly Placement[],
  text: string,
  fm: FrontMatterSettings,
  settings: Settings,
): Pick<DocumentConvention, 'yearStart' | 'yearStartSource' | 'yearStartStatement'> {
  if (fm.yearStart) return { yearStart: fm.yearStart, yearStartSource: 'front-matter' };
  if (settings.yearStart !== DEFAULT_SETTINGS.yearStart) return { yearStart: settings.yearStart, yearStartSource: 'setting' };
  for (const p of placed) {
    const s = p.scan.yearStartStatement;
    if (!s) continue;
    const [start, end] = [p.at + s.start, p.at + s.end];
    return { yearStart: s.yearStart, yearStartSource: 'stated', yearStartStatement: { start, end, text: text.slice(start, end).replace(/\s+/g, ' ').trim() } };
  }
  return { yearStart: DEFAULT_SETTINGS.yearStart, yearStartSource: 'default' };
}

/** The first sentence in the document that states its convention, at document offsets. */
function statedConvention(placed: readonly Placement[], text: string): (Span & { calendar: Convention; text: string }) | undefined {
  for (const p of placed) {
    const s = p.scan.statement;
    if (!s) continue;
    const start = p.at + s.start;
    const end = p.at + s.end;
    return { start, end, calendar: s.calendar, text: text.slice(start, end).replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/**
 * Where two texts differ; undefined when they are equal. A `known` change that fits both texts limits the comparison
 * to its own range (outside it the texts are equal); an editor's ranges may be wider than the change (a whole-text
 * replacement), so they are narrowed the same way.
 */
function changeBetween(before: string, after: string, known: KnownChange | undefined): TextChange | undefined {
  const fits =
    known && known.oldLength === before.length && known.start <= known.oldEnd && known.start <= known.newEnd && before.length - known.oldEnd === after.length - known.newEnd;
  if (!fits) return changedRange(before, after);
  if (known.narrowed) return known.start === known.oldEnd && known.start === known.newEnd ? undefined : { start: known.start, oldEnd: known.oldEnd, newEnd: known.newEnd };
  const inner = changedRange(before.slice(known.start, known.oldEnd), after.slice(known.start, known.newEnd));
  return inner && { start: known.start + inner.start, oldEnd: known.start + inner.oldEnd, newEnd: known.start + inner.newEnd };
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
  return isHighSurrogate(text.charCodeAt(MAX_ANALYZED_LENGTH - 1)) ? MAX_ANALYZED_LENGTH - 1 : MAX_ANALYZED_LENGTH;
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

/** One-shot analysis: nothing is kept for a next pass (the CLI, tests, workspace scans). */
export function analyze(text: string, dataset: Dataset, settings: Settings): DocumentAnalysis {
  return new Analyzer(dataset, { reuse: false }).analyze(text, settings);
}

/** The order of the document's ambiguous numeric dates: the setting, else what its dates that show their order prove. */
const NUMERIC_SETTING = { 'day-first': 'dmy', 'month-first': 'mdy', auto: undefined } as const;


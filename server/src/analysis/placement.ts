/**
 * Incremental bookkeeping of the analysis: where each block's scan sits in the document. A block that did not
 * change keeps its placement across passes and is moved in place when text above it changes, so a keystroke costs
 * work in proportion to the blocks it touched, not to the document.
 */
import { getReform, type YearStart } from '../calendar';
import type { BlockFindings } from './checks';
import type { Evidence } from './inferConvention';
import type { Dataset } from '../dataset/dataset';
import type { Block } from '../markdown';
import type { DateMention, DatePart, PairStyle } from '../recognize/types';
import type { Span } from '../util/span';
import { numericProof, type NumericOrder, type NumericProof } from '../recognize/dates';
import type { BlockScan } from './scan';
import type { AnalyzedBlock, CalendarReason, Convention, DocumentAnalysis, EntityMention } from './types';

/** Offsets inside a block scan are block-relative; this makes a document-absolute deep copy. */
export function shift<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shift(v, delta)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = (k === 'start' || k === 'end') && typeof v === 'number' ? v + delta : shift(v, delta);
  }
  return out as T;
}

/** Moves a span by `delta`, in place. */
function moveSpan(s: Span, delta: number): void {
  s.start += delta;
  s.end += delta;
}

function movePart(p: DatePart, delta: number): void {
  moveSpan(p, delta);
  moveSpan(p.daySpan, delta);
  moveSpan(p.monthSpan, delta);
  if (p.yearSpan) moveSpan(p.yearSpan, delta);
  if (p.endDaySpan) moveSpan(p.endDaySpan, delta);
  if (p.endMonthSpan) moveSpan(p.endMonthSpan, delta);
}

/**
 * Moves every span of a date mention by `delta`, in place, its fields written out: a generic walk (a `for … in` over
 * each object) was 8 % of the first 40 keystrokes' analysis after opening the 1 MB draft.
 */
export function moveMention(m: DateMention, delta: number): void {
  moveSpan(m, delta);
  movePart(m.first, delta);
  if (m.second) movePart(m.second, delta);
  if (m.firstMarker) moveSpan(m.firstMarker, delta);
  if (m.secondMarker) moveSpan(m.secondMarker, delta);
  if (m.sharedYearSpan) moveSpan(m.sharedYearSpan, delta);
  if (m.sharedMonthSpan) moveSpan(m.sharedMonthSpan, delta);
  if (m.weekday) moveSpan(m.weekday, delta);
  if (m.sentenceMarker) moveSpan(m.sentenceMarker, delta);
}

function moveBlock(b: AnalyzedBlock, delta: number): void {
  b.start += delta;
  b.end += delta;
  for (const s of b.prose) {
    s.start += delta;
    s.end += delta;
  }
}

/** A block's readings in one context (convention, region, year before it): reused while the context is the same. */
export interface ResolvedBlock {
  convention: Convention | undefined;
  /** The order its ambiguous numeric dates were read in (month-first readings are copies of the mentions). */
  order: NumericOrder;
  reason: CalendarReason;
  region: string | undefined;
  year: number | undefined;
  /** Read under a heading that names its year. */
  pinned: boolean;
  yearStart: YearStart;
  dates: DocumentAnalysis['dates'];
  yearAfter: number | undefined;
  /** The year of the block's last date written with one (else its context year), ignoring bare years. */
  writtenYearAfter: number | undefined;
  /** What these readings say about the document's convention (when it has none), computed on first need. */
  evidence?: Evidence;
}

/** A name whose alias fits several entities, and what its pick was last made from. */
export interface AmbiguousName {
  mention: EntityMention;
  ids: readonly string[];
  /** The year written nearest it in its block (null: none), found on first need; the block's own text decides it. */
  nearestYear?: number | null;
  /** The year and the version of the document's unambiguous names the pick was made with (version -1: not yet made). */
  pickedYear?: number;
  pickedVersion: number;
}

/**
 * A block's findings as KeptFindings (analysis/blockFindings.ts) keeps them, held by its placement: no map to look
 * each of 2,030 blocks up in.
 */
export interface Kept {
  /** Made since the last forgetAll() (KeptFindings.generation). */
  generation: number;
  findings: BlockFindings;
  /** The block's start when they were made: they are moved with it. */
  at: number;
  /** What they were made from besides the block's text (compared by identity: readings are remade when their context changes). */
  reading: ResolvedBlock | undefined;
  convention: Convention | undefined;
  pairHabit: PairStyle | undefined;
  picks: string[];
}

/**
 * What one block contributes at document offsets: its analyzed block, names and date mentions, and its resolved
 * dates for the context they were resolved in. A block that did not change keeps its placement across passes:
 * when it moves (text inserted above it), its objects are moved in place instead of being rebuilt.
 */
export interface Placement {
  scan: BlockScan;
  at: number;
  block: number;
  analyzed: AnalyzedBlock;
  entities: EntityMention[];
  /** Names whose alias fits several entities: their pick depends on the whole document (Analyzer.resolveEntities). */
  ambiguous: AmbiguousName[];
  mentions: DateMention[];
  /** Region votes of the block's own words and of its unambiguous events; undefined when there are none. */
  votes: Map<string, number> | undefined;
  /** The regions its votes favour most (several on a tie, in the order first voted for), found once: the votes of a placement never change. */
  leadingRegions: string[] | undefined;
  /** Readings per context (a few at most: the convention is inferred in two passes). */
  resolved: ResolvedBlock[];
  /** Its numeric dates that prove their order, counted on first need. */
  numericProof?: NumericProof;
  /** The last pass it was placed in (Placements counts them from 1; -1 before its first). */
  pass: number;
  /** The last year the block writes, by a date or a bare year (null: none), found on first need. */
  lastYear?: number | null;
  /** Its findings while they hold (KeptFindings, analysis/blockFindings.ts). */
  kept?: Kept;
}

/** Places each pass's blocks; with `reuse`, unchanged blocks keep (and move) their placement from the last pass. */
export class Placements {
  /** Each scan's placement in the document, reused (and moved) while its block is unchanged. */
  private readonly byScan = new WeakMap<BlockScan, Placement>();
  /** The last pass's placements and the count of passes: the sums below follow the placements that came and went. */
  private live: Placement[] = [];
  private passes = 0;
  /** How many names of each entity the document has whose alias fits that entity only. */
  private readonly named = new Map<string, number>();
  /** Counts the times an entity joined or left `named`: picks made at the same version saw the same names. */
  namedVersion = 0;
  /** The region votes of all blocks. */
  private readonly votes = new Map<string, number>();
  /**
   * How many blocks hold what the document-level passes look for and few blocks have: they skip their walk over
   * every block when none does.
   */
  readonly holding = { statements: 0, yearStartStatements: 0, directives: 0, impossibleDates: 0, ambiguousNames: 0 };
  /** The numeric dates of all blocks that prove their order (day-first or month-first). */
  readonly numericProof: NumericProof = { dmy: 0, mdy: 0 };
  /** How many names and date mentions all blocks hold: the document's lists are made at their size, not grown. */
  readonly totals = { entities: 0, mentions: 0 };
  /**
   * The document's names and blocks in text order, as of the last pass: each pass copies the runs of placements
   * before and after the change from the last pass's lists (native copies) and adds only the changed placements' own.
   */
  entities: EntityMention[] = [];
  blocks: AnalyzedBlock[] = [];

  constructor(
    private readonly dataset: Dataset,
    private readonly reuse: boolean,
  ) {}

  /** Every block's placement at its current offset and index: reused and moved when unchanged, else made. */
  place(blocks: Block[], scans: BlockScan[]): Placement[] {
    const out: Placement[] = new Array(blocks.length);
    const pass = ++this.passes;
    const last = this.live;
    const added = blocks.length - last.length;
    // Placements [0, head) are the last pass's at the same index, and [tail, end) the last pass's as many from the end.
    let head = -1;
    let tail = 0;
    let entitiesBefore = 0; // the names of placements [0, head)
    for (let i = 0; i < blocks.length; i++) {
      const scan = scans[i];
      const at = blocks[i].start;
      let p = this.reuse ? this.reusable(scan, pass, last[i], i >= added ? last[i - added] : undefined) : undefined;
      if (!p) {
        p = this.newPlacement(scan, blocks[i], i);
        // The first placement made of a scan is the one its later blocks look up.
        if (this.reuse && !this.byScan.has(scan)) this.byScan.set(scan, p);
      } else if (p.at !== at || p.block !== i) {
        const delta = at - p.at;
        if (delta !== 0) {
          moveBlock(p.analyzed, delta);
          for (const e of p.entities) {
            e.start += delta;
            e.end += delta;
          }
          for (const m of p.mentions) moveMention(m, delta);
          // Month-first readings hold copies of the mentions, which did not move: read them again when needed.
          if (p.resolved.length && p.resolved.some((r) => r.order === 'mdy')) p.resolved = p.resolved.filter((r) => r.order !== 'mdy');
        }
        p.at = at;
        if (p.block !== i) {
          p.block = i;
          for (const e of p.entities) e.block = i;
          for (const r of p.resolved) for (const d of r.dates) d.block = i;
        }
      }
      if (p.pass !== pass - 1) this.count(p, 1); // new, or not in the last pass
      p.pass = pass;
      out[i] = p;
      if (head < 0) {
        if (p === last[i]) entitiesBefore += p.entities.length;
        else head = i;
      }
      if (i < added || p !== last[i - added]) tail = i + 1;
    }
    for (const p of this.live) if (p.pass !== pass) this.count(p, -1);
    this.live = out;
    // With nothing changed the runs meet (tail 0); a placement is placed once a pass, so they never overlap.
    if (head < 0) head = out.length;
    this.relist(out, head, Math.max(head, tail), entitiesBefore);
    return out;
  }

  /**
   * The lists of the pass whose placements `placed` are: the last pass's, with its placements [head, tail - added)
   * replaced by placed[head, tail).
   */
  private relist(placed: readonly Placement[], head: number, tail: number, entitiesBefore: number): void {
    const entities: EntityMention[] = [];
    for (let i = head; i < tail; i++) for (const e of placed[i].entities) entities.push(e);
    const entitiesAfter = this.totals.entities - entitiesBefore - entities.length;
    const lastEntities = this.entities;
    this.entities = lastEntities.slice(0, entitiesBefore).concat(entities, lastEntities.slice(lastEntities.length - entitiesAfter));
    const blocks: AnalyzedBlock[] = new Array(tail - head);
    for (let i = head; i < tail; i++) blocks[i - head] = placed[i].analyzed;
    const lastBlocks = this.blocks;
    const blocksAfter = placed.length - tail;
    this.blocks = lastBlocks.slice(0, head).concat(blocks, lastBlocks.slice(lastBlocks.length - blocksAfter));
  }

  /**
   * An unchanged block's placement from an earlier pass, unless an identical block (they share one scan) claimed it
   * in this pass already. Most are found without a lookup: at the same index in the last pass (a block before the
   * change) or as many blocks from the end (after it).
   */
  private reusable(scan: BlockScan, pass: number, sameIndex: Placement | undefined, sameFromEnd: Placement | undefined): Placement | undefined {
    return unclaimed(sameIndex, scan, pass) ?? unclaimed(sameFromEnd, scan, pass) ?? unclaimed(this.byScan.get(scan), scan, pass);
  }

  /** Whether the document names the entity by a name that fits it only. */
  namesUnambiguously(id: string): boolean {
    return this.named.has(id);
  }

  /**
   * The region the document's blocks vote for most; on a tie the one voted for first in document order (as a
   * count in that order would pick), looked up in `placed`, the last pass's placements.
   */
  topRegion(placed: readonly Placement[]): string | undefined {
    let most = 0;
    const tied = new Set<string>();
    for (const [region, n] of this.votes) {
      if (n > most) {
        most = n;
        tied.clear();
      }
      if (n === most) tied.add(region);
    }
    if (tied.size <= 1) return tied.values().next().value;
    for (const p of placed) if (p.votes) for (const region of p.votes.keys()) if (tied.has(region)) return region;
    return undefined;
  }

  /** Adds a placement's names and votes to the document's sums (`sign` 1), or takes them away (-1). */
  private count(p: Placement, sign: 1 | -1): void {
    // Both lists are in text order, so the next ambiguous mention is stepped to (no set of them per block).
    let next = 0;
    for (const e of p.entities) {
      if (next < p.ambiguous.length && p.ambiguous[next].mention === e) next++;
      else if (add(this.named, e.id, sign)) this.namedVersion++;
    }
    if (p.votes) for (const [region, n] of p.votes) add(this.votes, region, sign * n);
    this.totals.entities += sign * p.entities.length;
    this.totals.mentions += sign * p.mentions.length;
    const { scan } = p;
    const holding = this.holding;
    if (scan.statement) holding.statements += sign;
    if (scan.yearStartStatement) holding.yearStartStatements += sign;
    if (scan.mayHoldDirective) holding.directives += sign;
    if (scan.impossible.length) holding.impossibleDates += sign;
    if (p.ambiguous.length) holding.ambiguousNames += sign;
    p.numericProof ??= numericProof(p.mentions);
    this.numericProof.dmy += sign * p.numericProof.dmy;
    this.numericProof.mdy += sign * p.numericProof.mdy;
  }

  private newPlacement(scan: BlockScan, block: Block, index: number): Placement {
    const at = block.start;
    const entities: EntityMention[] = [];
    const ambiguous: Placement['ambiguous'] = [];
    let votes: Map<string, number> | undefined;
    for (const region of scan.regionWords) votes = vote(votes, region);
    for (const hit of scan.names) {
      const mention: EntityMention = { start: hit.start + at, end: hit.end + at, id: hit.ids[0], guess: false, block: index };
      entities.push(mention);
      if (hit.ids.length > 1) {
        ambiguous.push({ mention, ids: hit.ids, pickedVersion: -1 });
        continue;
      }
      const region = this.dataset.event(hit.ids[0])?.region;
      if (region && getReform(region)) votes = vote(votes, region);
    }
    return {
      scan,
      at,
      block: index,
      analyzed: { start: block.start, end: block.end, kind: block.kind, headingLevel: block.headingLevel, prose: this.atOffset(scan.prose, at, moveSpan) },
      entities,
      ambiguous,
      mentions: this.atOffset(scan.dates, at, moveMention),
      votes,
      leadingRegions: votes && top(votes),
      resolved: [],
      pass: -1,
      kept: undefined,
    };
  }

  /** A scan's spans at document offsets: a copy when scans are reused (and shared), else the scan's own, moved. */
  private atOffset<T>(spans: T[], at: number, move: (x: T, delta: number) => void): T[] {
    if (this.reuse) return spans.map((x) => shift(x, at));
    for (const x of spans) move(x, at);
    return spans;
  }
}

/** The placement if it is of this scan and not yet placed in this pass. */
function unclaimed(p: Placement | undefined, scan: BlockScan, pass: number): Placement | undefined {
  return p && p.scan === scan && p.pass !== pass ? p : undefined;
}

/** The keys counted most (several when tied), in the map's order. */
function top(counts: Map<string, number>): string[] {
  let best: string[] = [];
  let n = 0;
  for (const [k, v] of counts) {
    if (v > n) [best, n] = [[k], v];
    else if (v === n) best.push(k);
  }
  return best;
}

/** One vote for a region, in a block's votes made on the first (a function, not a closure made for every block). */
function vote(votes: Map<string, number> | undefined, region: string): Map<string, number> {
  const counts = votes ?? new Map<string, number>();
  return counts.set(region, (counts.get(region) ?? 0) + 1);
}

/** Adds `n` to a key's count; a count that reaches 0 is removed. Whether the key came or went. */
function add(counts: Map<string, number>, key: string, n: number): boolean {
  const before = counts.get(key) ?? 0;
  const sum = before + n;
  if (sum === 0) counts.delete(key);
  else counts.set(key, sum);
  return before === 0 || sum === 0;
}

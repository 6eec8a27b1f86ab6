/**
 * The chronology of a draft: every date it writes, every known event and person it names, and every coarser time
 * expression ("c. 1725", "the spring of 1921", "the 1920s"), on one axis of Julian Day Numbers. Pure: from one
 * analysis and the dataset; the LSP layer adds URIs and positions, the CLI writes it out as tables and TimelineJS.
 */
import { daysInMonth, dayRangeWords, fromJdn, MONTH_NAMES, other, tryToJdn, type Calendar, type YMD } from '../calendar';
import type { AnalyzedBlock, Convention, DocumentAnalysis, Finding } from '../analysis/types';
import { STYLE_ABBR } from '../analysis/words';
import type { Dataset } from '../dataset/dataset';
import { parseDatedValue, partialDayRange, valueDays } from '../dataset/dates';
import type { DatedValue } from '../dataset/types';
import { readTimeExpressions, type PartialDay, type TimeExpression } from '../recognize/approximate';
import { firstAtOrAfter } from '../util/search';
import type { Span } from '../util/span';

export type ChronologyPrecision = 'day' | 'month' | 'year' | 'decade' | 'approximate';

/** What an item is, apart from where it stands: one object shared by the entries of an entity, or of coarse expressions written alike. */
export interface ItemFields {
  kind: 'date' | 'event' | 'person';
  label: string;
  /** First and last day, inclusive. */
  startJdn: number;
  endJdn: number;
  precision: ChronologyPrecision;
  edtf: string;
  /** In the document's calendar, then in the other one with its marker. */
  text: string;
  otherCalendarText: string;
  entityId?: string;
}

/** One item at document offsets (what `Chronology` holds for each of its entries, as columns). */
export interface ChronologyEntry extends Span {
  item: ItemFields;
  section?: string;
  /** Codes of the findings on its range, each once. */
  diagnostics: string[];
}

/**
 * The entries of a draft in time order (byTime, then by position): entry i is `item(i)` written at
 * text[start(i), end(i)). Held as columns, not an object each: a long draft's ten thousand entry objects were a third
 * of a chronology's garbage, and with it of the young-generation collections landing in it. The protocol's item is
 * made from the columns (toChronologyItems).
 */
export class Chronology {
  constructor(
    readonly convention: Convention | undefined,
    /** Per entry as placed (dates, names, coarse expressions): its item, its start and end, its heading (-1: none). */
    private readonly items: readonly ItemFields[],
    private readonly spans: Int32Array,
    private readonly headings: Int32Array,
    private readonly titles: readonly string[],
    /** The codes of the few entries (as placed) that have findings. */
    private readonly codes: ReadonlyMap<number, string[]>,
    /** Time order: entry i is placed entry order[i]. */
    private readonly order: Int32Array,
  ) {}

  get length(): number {
    return this.order.length;
  }
  item(i: number): ItemFields {
    return this.items[this.order[i]];
  }
  start(i: number): number {
    return this.spans[2 * this.order[i]];
  }
  end(i: number): number {
    return this.spans[2 * this.order[i] + 1];
  }
  /** The heading it stands under (its text without the #s), if any. */
  section(i: number): string | undefined {
    const h = this.headings[this.order[i]];
    return h < 0 ? undefined : this.titles[h];
  }
  /** Codes of the findings on its range, each once (a list shared by the entries with none: read only). */
  diagnostics(i: number): string[] {
    return this.codes.get(this.order[i]) ?? NO_CODES;
  }
  /** Entry i as one object. */
  entry(i: number): ChronologyEntry {
    return { item: this.item(i), start: this.start(i), end: this.end(i), section: this.section(i), diagnostics: this.diagnostics(i) };
  }
}

/** Earlier first, then the shorter; a stable sort leaves items of the same days in the order they came. */
function byTime(a: { startJdn: number; endJdn: number }, b: { startJdn: number; endJdn: number }): number {
  return a.startJdn - b.startJdn || a.endJdn - b.endJdn;
}

const CIRCA_BEFORE = /\b(?:c\.|ca\.|[Cc]irca)\s?$/;

export function chronology(analysis: DocumentAnalysis, dataset: Dataset): Chronology {
  const { text } = analysis;
  const convention = analysis.convention.convention;
  // Unmarked coarse expressions are read as the document reads its unmarked dates; items are written in the
  // calendar the document writes first (a dual document writes O.S. first, as its snippets do).
  const reading: Calendar = convention === 'julian' ? 'julian' : 'gregorian';
  const writing: Calendar = convention === 'julian' || convention === 'dual' ? 'julian' : 'gregorian';
  const sections = sectionsOf(analysis);
  const findingsOn = findingIndex(analysis.findings);
  // Items of the same days are written alike: their words are made once (a long draft writes "in 1917" hundreds of times).
  const wordsOf = new Map<number | string, Pick<ItemFields, 'edtf' | 'text' | 'otherCalendarText'>>();
  const item = (kind: ItemFields['kind'], label: string, first: number, last: number, precision: ChronologyPrecision, circa: boolean, entityId?: string): ItemFields => {
    const key = wordsKey(first, last, precision, circa);
    let words = wordsOf.get(key);
    if (!words) {
      words = {
        edtf: edtf(first, last, precision, circa),
        text: intervalWords(first, last, writing, circa),
        otherCalendarText: `${intervalWords(first, last, other(writing), circa)} (${STYLE_ABBR[other(writing)]})`,
      };
      wordsOf.set(key, words);
    }
    return { kind, label, startJdn: first, endJdn: last, precision, edtf: words.edtf, text: words.text, otherCalendarText: words.otherCalendarText, entityId };
  };
  /** A dataset entity's item (an event's days, a person's life), or null when its dates are unknown or unreadable. */
  const entityItem = (id: string) => {
    const e = dataset.byId.get(id);
    if (!e) return null;
    const [from, to] = e.type === 'event' ? [e.start, e.end ?? e.start] : [e.born ?? e.died, e.died ?? e.born];
    const first = from && valueDays(from);
    const last = to && valueDays(to);
    if (!from || !to || !first || !last) return null;
    const circa = !!(from.circa || to.circa);
    return item(e.type, e.name, first.first, last.last, circa ? 'approximate' : coarsest(from, to), circa, e.id);
  };

  // A long draft writes the same coarse expressions over and over ("in 1917"): those of one phrase, which share their
  // `from` (approximate.ts), are one item (null where its days do not exist), its label made once.
  const itemOfPhrase = new Map<PartialDay, ItemFields | null>();
  /** A block's coarse expressions' items in this convention, one for each (at offsets as when read; the block has moved since by `moved`). */
  const coarseItems = (expressions: readonly TimeExpression[], moved: number): KeptCoarse['items'] => {
    // Made at its length: an empty array given its first item by push makes room for seventeen.
    const items: KeptCoarse['items'] = new Array(expressions.length);
    for (let i = 0; i < expressions.length; i++) {
      const x = expressions[i];
      let fields = itemOfPhrase.get(x.from);
      if (fields === undefined) {
        const first = tryToJdn(partialDayRange(x.from, reading).first, reading);
        const last = tryToJdn(partialDayRange(x.to, reading).last, reading);
        fields = first === undefined || last === undefined ? null : item('date', written(text, x.start + moved, x.end + moved), first, last, x.precision, x.circa);
        itemOfPhrase.set(x.from, fields);
      }
      items[i] = fields;
    }
    return items;
  };
  // The blocks not read before are read in one pass over the text (what dates and names cover is not a coarse
  // expression of its own), and each that has any keeps them. Those without (half the blocks of a long draft) are
  // read again each time: that is cheap (no words before a year to read), cheaper than keeping an entry each.
  const { blocks, dates, entities } = analysis;
  const before = blocks.length ? coarseUnderFirstBlock.get(blocks[0]) : undefined;
  const now = new Map<AnalyzedBlock, KeptCoarse>();
  const keptOf: (KeptCoarse | undefined)[] = new Array(blocks.length); // per block, looked up once
  let proseToRead = 0;
  // Indexed loops here and below: for…of made an iterator and a result object a step where V8 left it unoptimized.
  for (let i = 0; i < blocks.length; i++) {
    const kept = before?.get(blocks[i]);
    keptOf[i] = kept;
    if (kept) now.set(blocks[i], kept);
    else proseToRead += blocks[i].prose.length;
  }
  if (proseToRead) {
    // Lists made at their length: one grown by push copies itself as it grows, three times its length in all.
    const prose = new Array<Span>(proseToRead);
    let p = 0;
    for (let i = 0; i < blocks.length; i++) {
      const spans = blocks[i].prose;
      if (!keptOf[i]) for (let j = 0; j < spans.length; j++) prose[p++] = spans[j];
    }
    const mentions = new Array<Span>(dates.length);
    for (let i = 0; i < dates.length; i++) mentions[i] = dates[i].mention;
    const found = readTimeExpressions(text, prose, [mentions, analysis.impossibleDates, entities]);
    let k = 0;
    for (let i = 0; i < blocks.length; i++) {
      if (keptOf[i]) continue;
      const first = k;
      while (k < found.length && found[k].start < blocks[i].end) k++;
      if (k === first) continue;
      const expressions = found.slice(first, k);
      const kept: KeptCoarse = { at: blocks[i].start, expressions, convention, items: coarseItems(expressions, 0) };
      now.set(blocks[i], kept);
      keptOf[i] = kept;
    }
  }
  if (blocks.length) coarseUnderFirstBlock.set(blocks[0], now);
  let coarse = 0;
  for (let b = 0; b < blocks.length; b++) {
    const kept = keptOf[b];
    if (!kept) continue;
    if (kept.convention !== convention) {
      kept.convention = convention;
      kept.items = coarseItems(kept.expressions, blocks[b].start - kept.at);
    }
    coarse += kept.items.length;
  }

  // Every entry is placed here (dates, names, coarse expressions, in this order), into columns made at their full
  // length at once and cut to what was placed: an array grown by push copies itself as it grows.
  const capacity = dates.length + entities.length + coarse;
  const items = new Array<ItemFields>(capacity);
  const spans = new Int32Array(2 * capacity);
  const headings = new Int32Array(capacity);
  const codes = new Map<number, string[]>();
  let n = 0;
  const place = (item: ItemFields, start: number, end: number): void => {
    items[n] = item;
    spans[2 * n] = start;
    spans[2 * n + 1] = end;
    headings[n] = sections.headingAt(start);
    const on = findingsOn(start, end);
    if (on !== NO_CODES) codes.set(n, on);
    n++;
  };
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const side = d.first.jdn !== undefined ? d.first : d.second;
    if (side?.jdn === undefined) continue; // no year, or no such day
    const circa = CIRCA_BEFORE.test(text.slice(Math.max(0, d.mention.start - 7), d.mention.start));
    place(item('date', written(text, d.mention.start, d.mention.end), side.jdn, side.endJdn ?? side.jdn, circa ? 'approximate' : 'day', circa), d.mention.start, d.mention.end);
  }
  // A long draft names the same few hundred entities thousands of times: each one's item is made once (per dataset).
  const byEntity = entityItemsOf(dataset, writing);
  for (let i = 0; i < entities.length; i++) {
    const m = entities[i];
    let made = byEntity.get(m.id);
    if (made === undefined) {
      made = entityItem(m.id);
      byEntity.set(m.id, made);
    }
    if (made) place(made, m.start, m.end);
  }
  for (let b = 0; b < blocks.length; b++) {
    const kept = keptOf[b];
    if (!kept) continue;
    const moved = blocks[b].start - kept.at;
    for (let i = 0; i < kept.items.length; i++) {
      const fields = kept.items[i];
      if (fields) place(fields, kept.expressions[i].start + moved, kept.expressions[i].end + moved);
    }
  }
  items.length = n;
  return new Chronology(convention, items, spans.subarray(0, 2 * n), headings.subarray(0, n), sections.titles, codes, inTimeOrder(items, spans));
}

/**
 * The entries' time order (byTime, then by position), as placed entry numbers. A comparator sort of ten thousand
 * entries was a third of the chronology; they are ordered by first day instead (a counting sort over the few distinct
 * days: no list per day), and each day's run sorted by last day and position only when it is not in that order
 * already (its entries come in runs in text order, and one entity's mentions nearly always are).
 */
function inTimeOrder(items: readonly ItemFields[], spans: Int32Array): Int32Array {
  // One Map lookup an entry: each entry's day is numbered as first seen, the days counted by number.
  const numberOf = new Map<number, number>();
  const days: number[] = [];
  const counts: number[] = [];
  const dayOf = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const day = items[i].startJdn;
    let n = numberOf.get(day);
    if (n === undefined) {
      numberOf.set(day, (n = days.length));
      days.push(day);
      counts.push(0);
    }
    counts[n]++;
    dayOf[i] = n;
  }
  const dayOrder = days.map((_, n) => n).sort((x, y) => days[x] - days[y]);
  const next: number[] = new Array<number>(days.length); // per day number: where its next entry goes
  let at = 0;
  for (const n of dayOrder) {
    next[n] = at;
    at += counts[n];
  }
  const order = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) order[next[dayOf[i]]++] = i;
  // Within a day's run, entries placed earlier come first (as a stable sort leaves them).
  const before = (a: number, b: number) => items[a].endJdn - items[b].endJdn || spans[2 * a] - spans[2 * b] || a - b;
  let from = 0;
  for (const n of dayOrder) {
    const to = next[n]; // the end of its run now
    if (!inOrder(order, from, to, before)) order.subarray(from, to).sort(before);
    from = to;
  }
  return order;
}

/** Whether order[from, to) (entries of one first day) is in order already: no sort then. */
function inOrder(order: Int32Array, from: number, to: number, before: (a: number, b: number) => number): boolean {
  for (let i = from + 1; i < to; i++) if (before(order[i - 1], order[i]) > 0) return false;
  return true;
}

const PRECISIONS: readonly ChronologyPrecision[] = ['day', 'month', 'year', 'decade', 'approximate'];

/**
 * What an item's words depend on, as one number where it fits (a string built and hashed per item was one of the
 * dearest lines of a fresh chronology): any first day of 2^26 around the epoch and a span of fewer than 2^21 days (5,700 years).
 */
function wordsKey(first: number, last: number, precision: ChronologyPrecision, circa: boolean): number | string {
  const span = last - first;
  if (Math.abs(first) >= 2 ** 26 || span < 0 || span >= 2 ** 21) return `${first} ${last} ${precision} ${circa}`;
  return ((first * 2 ** 21 + span) * PRECISIONS.length + PRECISIONS.indexOf(precision)) * 2 + (circa ? 1 : 0);
}

/** Entities' items by id (null: no dates to place), per dataset and calendar written in: a dataset does not change. */
const entityItems = new WeakMap<Dataset, Partial<Record<Calendar, Map<string, ItemFields | null>>>>();

function entityItemsOf(dataset: Dataset, writing: Calendar): Map<string, ItemFields | null> {
  let byCalendar = entityItems.get(dataset);
  if (!byCalendar) entityItems.set(dataset, (byCalendar = {}));
  return (byCalendar[writing] ??= new Map());
}

/**
 * A block's coarse expressions, at document offsets as when the block was read at `at` (the block's start then: an
 * expression now stands moved by the block's start less `at`), and the item of each (null where its days do not
 * exist) in the convention they were last made for.
 */
interface KeptCoarse {
  at: number;
  expressions: readonly TimeExpression[];
  convention: Convention | undefined;
  items: (ItemFields | null)[];
}

/**
 * The coarse expressions of each block that has any, as the last chronology of an analysis read them, under the
 * analysis' first block. What they are depends only on the block (its prose, and the dates and names in it), and the
 * Analyzer keeps an unchanged block's object across edits, moving it: a chronology that follows the edits reads the
 * words before years again only in the blocks they touched (all of them once when the first block is edited).
 * One WeakMap entry an analysis and a Map of its blocks, not a WeakMap entry a block: those cost a fresh chronology of
 * a long draft 0.2–0.4 ms. It holds the blocks of the last chronology made while the first block lives.
 */
const coarseUnderFirstBlock = new WeakMap<AnalyzedBlock, Map<AnalyzedBlock, KeptCoarse>>();

/** The text of text[start, end) as written, on one line. */
function written(text: string, start: number, end: number): string {
  const words = text.slice(start, end);
  // Nearly always on one line already: tested first, as a replace makes a new string even where it changes nothing.
  return NOT_ONE_LINE.test(words) ? words.replace(/\s+/g, ' ') : words;
}

/** A line break or tab, or two spaces. Made once: a regex literal in the function made a RegExp object per call. */
const NOT_ONE_LINE = /[^\S ]| {2}/;

const PRECISION_RANK: Record<'day' | 'month' | 'year', number> = { day: 0, month: 1, year: 2 };

/** The coarser of two dataset values' precisions ("1917-10-25" and "1918" give year). */
function coarsest(a: DatedValue, b: DatedValue): 'day' | 'month' | 'year' {
  const of = (v: DatedValue): 'day' | 'month' | 'year' => {
    const p = parseDatedValue(v);
    return p?.day !== undefined ? 'day' : p?.month !== undefined ? 'month' : 'year';
  };
  const [x, y] = [of(a), of(b)];
  return PRECISION_RANK[x] >= PRECISION_RANK[y] ? x : y;
}

/** The codes of no finding: most entries have none, and share this list (frozen, so that nothing adds to it). */
const NO_CODES = Object.freeze([]) as readonly string[] as string[];

/** The codes of the findings on a span (overlapping it, or empty and inside it), each once, in order of position. */
function findingIndex(findings: readonly Finding[]): (start: number, end: number) => string[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let maxLength = 0;
  for (const f of sorted) maxLength = Math.max(maxLength, f.end - f.start);
  let first = 0; // the first finding that starts at or after the last span's start - maxLength
  return (start, end) => {
    // Spans come in runs in text order: step forward from the last answer, and search only when a run starts over.
    const from = start - maxLength;
    if (first > 0 && sorted[first - 1].start >= from) first = firstAtOrAfter(sorted, from);
    else while (first < sorted.length && sorted[first].start < from) first++;
    let codes: string[] = NO_CODES;
    for (let i = first; i < sorted.length && sorted[i].start <= end; i++) {
      const f = sorted[i];
      const on = f.start === f.end ? f.start >= start : f.start < end && f.end > start;
      if (!on || codes.includes(f.code)) continue;
      if (codes === NO_CODES) codes = [];
      codes.push(f.code);
    }
    return codes;
  };
}

/** The titles of the headings (their text without the #s), and the heading an offset stands under (-1: none). */
function sectionsOf(analysis: DocumentAnalysis): { titles: string[]; headingAt: (offset: number) => number } {
  const headings = analysis.blocks.filter((b) => b.kind === 'heading');
  const titles = headings.map((h) =>
    analysis.text
      .slice(h.start, h.end)
      .split(/\r?\n/)[0]
      .replace(/^\s{0,3}#{1,6}\s*/, '')
      .replace(/\s+#+\s*$/, '')
      .trim(),
  );
  let i = -1; // the heading of the last offset asked: items come in runs in text order, so it usually still holds
  const headingAt = (offset: number) => {
    const holds = (i < 0 || headings[i].start <= offset) && (i + 1 === headings.length || headings[i + 1].start > offset);
    if (!holds) i = firstAtOrAfter(headings, offset + 1) - 1;
    return i;
  };
  return { titles, headingAt };
}

function isWholeMonthStart(d: YMD): boolean {
  return d.day === 1;
}

function isWholeMonthEnd(d: YMD, calendar: Calendar): boolean {
  return d.day === daysInMonth(d.year, d.month, calendar);
}

/** A span of days in words in one calendar, as coarse as it is whole: "1917", "1920–1929", "March–May 1921", "3–7 July 1917". */
export function intervalWords(firstJdn: number, lastJdn: number, calendar: Calendar, circa = false): string {
  const first = fromJdn(firstJdn, calendar);
  const last = fromJdn(lastJdn, calendar);
  const c = circa ? 'c. ' : '';
  const month = (d: YMD) => MONTH_NAMES[d.month - 1];
  if (isWholeMonthStart(first) && isWholeMonthEnd(last, calendar)) {
    if (first.month === 1 && last.month === 12) return c + (first.year === last.year ? `${first.year}` : `${first.year}–${last.year}`);
    if (first.year === last.year) return c + (first.month === last.month ? `${month(first)} ${first.year}` : `${month(first)}–${month(last)} ${first.year}`);
    return `${c}${month(first)} ${first.year} – ${month(last)} ${last.year}`;
  }
  return c + dayRangeWords(first, last);
}

// EDTF is written by hand (a few fixed shapes); nothing here parses EDTF, so the `edtf` package is not needed.
/** EDTF (Library of Congress, levels 0–1) for a span of days, read in the proleptic Gregorian calendar as EDTF is. */
export function edtf(firstJdn: number, lastJdn: number, precision: ChronologyPrecision, circa: boolean): string {
  const first = fromJdn(firstJdn, 'gregorian');
  const last = fromJdn(lastJdn, 'gregorian');
  const q = circa ? '~' : '';
  const year = (y: number) => (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
  const two = (n: number) => String(n).padStart(2, '0');
  const span = (a: string, b: string) => (a === b ? a + q : `${a}${q}/${b}${q}`);
  if (isWholeMonthStart(first) && isWholeMonthEnd(last, 'gregorian')) {
    if (first.month === 1 && last.month === 12) {
      // A whole decade, written as one ("the 1920s"): its unspecified last digit.
      if (precision === 'decade' && first.year >= 1000 && first.year % 10 === 0 && last.year === first.year + 9) return `${String(first.year).slice(0, 3)}X${q}`;
      return span(year(first.year), year(last.year));
    }
    return span(`${year(first.year)}-${two(first.month)}`, `${year(last.year)}-${two(last.month)}`);
  }
  return span(`${year(first.year)}-${two(first.month)}-${two(first.day)}`, `${year(last.year)}-${two(last.month)}-${two(last.day)}`);
}

/** The chronologies of several files as one, in time order (a stable sort keeps the files' and the text's order). */
export function mergeChronologies<T extends { startJdn: number; endJdn: number }>(parts: readonly { convention: Convention | undefined; items: readonly T[] }[]): { convention: Convention | undefined; items: T[] } {
  const conventions = new Set(parts.map((p) => p.convention));
  const items = parts.flatMap((p) => p.items).sort(byTime);
  return { convention: conventions.size === 1 ? parts[0].convention : undefined, items };
}

/**
 * The chronology of a draft: every date it writes, every known event and person it names, and every coarser time
 * expression ("c. 1725", "the spring of 1921", "the 1920s"), on one axis of Julian Day Numbers. Pure: from one
 * analysis and the dataset; the LSP layer adds URIs and positions, the CLI writes it out as tables and TimelineJS.
 */
import { daysInMonth, dayRangeWords, fromJdn, MONTH_NAMES, other, tryToJdn, type Calendar, type YMD } from '../calendar';
import type { Convention, DocumentAnalysis, Finding } from '../analysis/types';
import { STYLE_ABBR } from '../analysis/words';
import type { Dataset } from '../dataset/dataset';
import { parseDatedValue, valueDays } from '../dataset/dates';
import type { DatedValue } from '../dataset/types';
import { readTimeExpressions, type PartialDay } from '../recognize/approximate';
import type { Span } from '../util/span';

export type ChronologyPrecision = 'day' | 'month' | 'year' | 'decade' | 'approximate';

/** One item at document offsets (the protocol's ChronologyItem before positions and a URI are added). */
export interface ChronologyEntry extends Span {
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
  section?: string;
  /** Codes of the findings on its range, each once. */
  diagnostics: string[];
}

export interface Chronology {
  convention: Convention | undefined;
  entries: ChronologyEntry[];
}

/** Earlier first; the same days by position in the text (the sort is stable and entries are built in text order per kind). */
export function byTime(a: { startJdn: number; endJdn: number }, b: { startJdn: number; endJdn: number }): number {
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
  const out: ChronologyEntry[] = [];
  const add = (span: Span, kind: ChronologyEntry['kind'], label: string, first: number, last: number, precision: ChronologyPrecision, circa: boolean, entityId?: string) => {
    out.push({
      start: span.start,
      end: span.end,
      kind,
      label,
      startJdn: first,
      endJdn: last,
      precision,
      edtf: edtf(first, last, precision, circa),
      text: intervalWords(first, last, writing, circa),
      otherCalendarText: `${intervalWords(first, last, other(writing), circa)} (${STYLE_ABBR[other(writing)]})`,
      ...(entityId ? { entityId } : {}),
      diagnostics: [],
    });
  };

  const taken: Span[] = []; // what dates and names cover: a coarse expression inside them is not one of its own
  for (const d of analysis.dates) {
    taken.push(d.mention);
    const side = d.first.jdn !== undefined ? d.first : d.second;
    if (side?.jdn === undefined) continue; // no year, or no such day
    const circa = CIRCA_BEFORE.test(text.slice(Math.max(0, d.mention.start - 7), d.mention.start));
    add(d.mention, 'date', written(text, d.mention), side.jdn, side.endJdn ?? side.jdn, circa ? 'approximate' : 'day', circa);
  }
  for (const d of analysis.impossibleDates) taken.push(d);
  for (const m of analysis.entities) {
    taken.push(m);
    const e = dataset.byId.get(m.id);
    if (!e) continue;
    const [from, to] = e.type === 'event' ? [e.start, e.end ?? e.start] : [e.born ?? e.died, e.died ?? e.born];
    const first = from && valueDays(from);
    const last = to && valueDays(to);
    if (!from || !to || !first || !last) continue;
    const circa = !!(from.circa || to.circa);
    add(m, e.type, e.name, first.first, last.last, circa ? 'approximate' : coarsest(from, to), circa, e.id);
  }
  const overlapsTaken = covering(taken);
  for (const x of readTimeExpressions(text, analysis.blocks.flatMap((b) => b.prose))) {
    if (overlapsTaken(x)) continue;
    const first = tryToJdn(firstDay(x.from), reading);
    const last = tryToJdn(lastDay(x.to, reading), reading);
    if (first === undefined || last === undefined) continue;
    add(x, 'date', written(text, x), first, last, x.precision, x.circa);
  }

  const sections = sectionsOf(analysis);
  const findingsOn = findingIndex(analysis.findings);
  for (const e of out) {
    const section = sections(e.start);
    if (section) e.section = section;
    e.diagnostics = findingsOn(e);
  }
  out.sort((a, b) => byTime(a, b) || a.start - b.start);
  return { convention, entries: out };
}

/** The text of a span as written, on one line. */
function written(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/\s+/g, ' ');
}

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

function firstDay(p: PartialDay): YMD {
  return { year: p.year, month: p.month ?? 1, day: p.day ?? 1 };
}

function lastDay(p: PartialDay, calendar: Calendar): YMD {
  const month = p.month ?? 12;
  return { year: p.year, month, day: p.day ?? daysInMonth(p.year, month, calendar) };
}

/** Whether a span overlaps one of `spans` (each sorted by start here once). */
function covering(spans: Span[]): (s: Span) => boolean {
  spans.sort((a, b) => a.start - b.start);
  let maxLength = 0;
  for (const s of spans) maxLength = Math.max(maxLength, s.end - s.start);
  return (s) => {
    for (let i = lowerBound(spans, s.start - maxLength); i < spans.length && spans[i].start < s.end; i++) if (spans[i].end > s.start) return true;
    return false;
  };
}

/** The first index whose start is at or after `offset` (spans sorted by start). */
function lowerBound(spans: readonly Span[], offset: number): number {
  let [lo, hi] = [0, spans.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The codes of the findings on a span (overlapping it, or empty and inside it), each once, in order of position. */
function findingIndex(findings: readonly Finding[]): (s: Span) => string[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let maxLength = 0;
  for (const f of sorted) maxLength = Math.max(maxLength, f.end - f.start);
  return (s) => {
    const codes = new Set<string>();
    for (let i = lowerBound(sorted, s.start - maxLength); i < sorted.length && sorted[i].start <= s.end; i++) {
      const f = sorted[i];
      const on = f.start === f.end ? f.start >= s.start : f.start < s.end && f.end > s.start;
      if (on) codes.add(f.code);
    }
    return [...codes];
  };
}

/** The heading an offset stands under (its text without the #s), if any. */
function sectionsOf(analysis: DocumentAnalysis): (offset: number) => string | undefined {
  const headings = analysis.blocks.filter((b) => b.kind === 'heading');
  const titles = headings.map((h) =>
    analysis.text
      .slice(h.start, h.end)
      .split(/\r?\n/)[0]
      .replace(/^\s{0,3}#{1,6}\s*/, '')
      .replace(/\s+#+\s*$/, '')
      .trim(),
  );
  return (offset) => {
    const i = lowerBound(headings, offset + 1) - 1;
    return i >= 0 ? titles[i] : undefined;
  };
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

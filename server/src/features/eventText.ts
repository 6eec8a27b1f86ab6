/**
 * An event's dates written the way the document writes dates (its convention, pair style and day style) — for
 * snippets, completions and the Insert Event picker alike. Pure functions of the analysis and the dataset entry.
 */
import { calendarInUse, convert, getReform, other, type Calendar, type YMD } from '../calendar';
import { pairHabit, pairStyleFor, partValue } from '../analysis/rewrite';
import type { Convention, DocumentAnalysis } from '../analysis/types';
import { STYLE_ABBR } from '../analysis/words';
import { fullDay, parseDatedValue } from '../dataset/dates';
import type { DatedValue, HistoricalEvent } from '../dataset/types';
import { formatDualDate, formatPart } from '../recognize/format';
import { MONTH_NAMES_LONG } from '../recognize/months';
import type { DateStyle, PairStyle } from '../recognize/types';

/** How the document writes dates: the convention, its usual pair style and its usual day style. */
export interface DocumentHabits {
  convention: Convention | undefined;
  pairStyle: PairStyle;
  /** The calendar written first in a dual date. */
  primary: Calendar;
  style: DateStyle;
}

const DEFAULT_STYLE: DateStyle = { order: 'dmy', month: 'long', ordinal: false };

export function documentHabits(analysis: DocumentAnalysis | undefined): DocumentHabits {
  if (!analysis) return { convention: undefined, pairStyle: pairStyleFor(undefined, undefined), primary: 'gregorian', style: DEFAULT_STYLE };
  const convention = analysis.convention.convention;
  const styles = new Map<string, { style: DateStyle; n: number }>();
  for (const d of analysis.dates) {
    const s = d.mention.first.style;
    // Snippets are English prose: follow the English day orders only.
    if (s.order !== 'dmy' && s.order !== 'mdy') continue;
    const key = `${s.order}/${s.month}/${s.ordinal}`;
    const entry = styles.get(key) ?? { style: { order: s.order, month: s.month === 'numeric' ? 'long' : s.month, ordinal: s.ordinal }, n: 0 };
    entry.n++;
    styles.set(key, entry);
  }
  let style = DEFAULT_STYLE;
  let best = 0;
  for (const { style: s, n } of styles.values()) if (n > best) [style, best] = [s, n];
  // A dual document writes O.S./N.S. (the English slash convention); a Julian one O.S. first.
  const primary: Calendar = convention === 'julian' || convention === 'dual' ? 'julian' : 'gregorian';
  return { convention, pairStyle: pairStyleFor(convention, pairHabit(analysis.dates)), primary, style };
}

// ————— snippet text —————

/** Escapes text for a snippet placeholder (`$`, `}` and `\` are special there). */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Escapes text for a snippet choice (`,`, `|` and `\` are special there). */
export function escapeChoice(text: string): string {
  return text.replace(/[,|\\]/g, (c) => `\\${c}`);
}

export interface Days {
  first: YMD;
  last?: YMD;
}

/** A day or span in both calendars, from the dataset's record (stored once, in its own calendar). */
function bothCalendars(first: { day: YMD; calendar: Calendar }, last: { day: YMD; calendar: Calendar } | undefined): Record<Calendar, Days> {
  const inCal = (f: { day: YMD; calendar: Calendar }, cal: Calendar) => (f.calendar === cal ? f.day : convert(f.day, f.calendar));
  const days = (cal: Calendar): Days => ({ first: inCal(first, cal), last: last && inCal(last, cal) });
  return { julian: days('julian'), gregorian: days('gregorian') };
}

function crossesYear(d: Days): boolean {
  return d.last !== undefined && d.last.year !== d.first.year;
}

/** Full days (or a span of them) in the document's convention: dual in the Julian era, plain N.S. after it. */
function daysPhrase(days: Record<Calendar, Days>, julianEra: boolean, habits: DocumentHabits): string {
  const { style } = habits;
  if (!julianEra) {
    const g = days.gregorian;
    const text = crossesYear(g)
      ? `${formatPart(partValue(g.first, undefined, true), style)} – ${formatPart(partValue(g.last as YMD, undefined, true), style)}`
      : formatPart(partValue(g.first, g.last, true), style);
    // A Julian document reads an unmarked date as O.S.: say that this one is not.
    return habits.convention === 'julian' ? `${text} (${STYLE_ABBR.gregorian})` : text;
  }
  const primary = days[habits.primary];
  const secondary = days[other(habits.primary)];
  const options = { pairStyle: habits.pairStyle, style, secondCalendar: other(habits.primary) };
  if (crossesYear(primary) || crossesYear(secondary)) {
    const one = (p: YMD, s: YMD) => formatDualDate(partValue(p, undefined, true), partValue(s, undefined, true), options);
    return `${one(primary.first, secondary.first)} – ${one(primary.last as YMD, secondary.last as YMD)}`;
  }
  return formatDualDate(partValue(primary.first, primary.last, true), partValue(secondary.first, secondary.last, true), options);
}

/** A partial record: "March 1921", "1921", marked when the document would read it in the other calendar. */
function partialWords(v: DatedValue, habits: DocumentHabits): string | undefined {
  const p = parseDatedValue(v);
  if (!p) return undefined;
  if (p.month === undefined) return String(p.year);
  const month = MONTH_NAMES_LONG[p.month - 1] ?? String(p.month);
  const text = `${month} ${p.year}`;
  const reads: Calendar = habits.convention === 'julian' ? 'julian' : 'gregorian';
  return v.calendar !== reads ? `${text} (${STYLE_ABBR[v.calendar]})` : text;
}

function isJulianEra(e: HistoricalEvent, f: { calendar: Calendar; jdn: number }): boolean {
  if (f.calendar === 'julian') return true;
  const reform = e.region ? getReform(e.region) : undefined;
  return reform !== undefined && calendarInUse(reform, f.jdn) === 'julian';
}

/**
 * The dates of an event as the document would write them, one or more variants (first = default). An event that
 * ended the day after it began is known by its first day (the October Revolution of 25 October), but the full
 * span is offered as the second choice; longer spans are written as spans.
 */
export function eventDateVariants(e: HistoricalEvent, habits: DocumentHabits): string[] {
  const start = fullDay(e.start);
  const end = fullDay(e.end);
  if (start && (end || !e.end)) {
    const era = isJulianEra(e, start);
    const single = daysPhrase(bothCalendars(start, undefined), era, habits);
    if (!end) return [single];
    const span = daysPhrase(bothCalendars(start, end), era, habits);
    return end.jdn - start.jdn === 1 ? [single, span] : [span];
  }
  // Partial dates: write what is known, each end in its own precision.
  const from = start ? daysPhrase(bothCalendars(start, undefined), isJulianEra(e, start), habits) : partialWords(e.start, habits);
  if (!from) return [];
  if (!e.end) return [from];
  const to = end ? daysPhrase(bothCalendars(end, undefined), isJulianEra(e, end), habits) : partialWords(e.end, habits);
  if (!to) return [from];
  return [/^\d+$/.test(from) && /^\d+$/.test(to) ? `${from}–${to}` : `${from} – ${to}`];
}


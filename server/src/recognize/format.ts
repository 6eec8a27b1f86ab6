/**
 * Writes dates back the way the author wrote them (a DateStyle read by the grammar), so quick fixes
 * replace "22 February" with "23 February" and not with "1917-02-23". Inverse of recognize/dates.ts.
 */
import type { Calendar } from '../calendar/types';
import { defaultRangeSep, GENITIVE_MONTHS, MONTH_NAMES_LONG, MONTH_NAMES_OLD, MONTH_NAMES_SHORT, romanNumeral, RU_MONTHS_GENITIVE } from './months';
import type { DateStyle, PairStyle } from './types';

export { MONTH_NAMES_LONG } from './months';

/** A day as values: what formatDay writes. */
export interface DayValue {
  day: number;
  month: number; // 1–12
  year?: number;
}

/** A day or a span of days ("3–7 July", "23 February – 3 March"), with an optional English dual year. */
export interface PartValue extends DayValue {
  endDay?: number;
  endMonth?: number;
  /** "1731/32": written after the year as its last two digits. */
  altYear?: number;
}

/** "st", "nd", "rd" or "th": 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd … 31st. */
export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

/** The day number as the style writes it: "7", "7th", "07" (ISO). Matches a DatePart's daySpan. */
function formatDayNumber(day: number, style: DateStyle): string {
  // A day of a numeric pair's day-only side keeps its leading zero ("05(17).08.1870").
  if (style.order === 'iso' || style.numeric?.padDay) return pad2(day);
  if (style.dayPeriod) return `${day}.`;
  if (!style.ordinal || style.order === 'cyrillic-dmy') return String(day);
  const suffix = ordinalSuffix(day);
  return `${day}${style.shortOrdinal && (suffix === 'nd' || suffix === 'rd') ? 'd' : suffix}`;
}

/** The month as the style writes it: "March", "Mar", "Mar.", "03", "марта". Matches a DatePart's monthSpan. */
export function monthName(month: number, style: DateStyle): string {
  if (style.order === 'iso' || style.month === 'numeric') return pad2(month);
  if (style.order === 'cyrillic-dmy') return (style.lang ? GENITIVE_MONTHS[style.lang] : RU_MONTHS_GENITIVE)[month - 1] ?? String(month);
  const long = MONTH_NAMES_LONG[month - 1] ?? String(month);
  if (style.month === 'long') return long;
  const short = (style.oldMonth ? MONTH_NAMES_OLD : MONTH_NAMES_SHORT)[month - 1] ?? long;
  // "May" has no abbreviation, and "May." would read as a sentence end.
  if (short === long) return long;
  return style.month === 'short-dot' ? `${short}.` : short;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** The year with its dual-year tail ("1731/32") and Russian year word ("1917 г."). */
function yearText(year: number, style: DateStyle, altYear?: number): string {
  let s = String(year);
  if (altYear !== undefined && altYear === year + 1) {
    // Write only the digits that change, at least two: 1731/32, 1699/700.
    const a = String(altYear);
    let k = 0;
    while (k < a.length && a[k] === s[k]) k++;
    s += `/${a.slice(Math.min(k, a.length - 2))}`;
  }
  if (style.order === 'cyrillic-dmy' && style.yearSuffix) s += ` ${style.yearSuffix}`;
  return s;
}

/** The day-and-month text of a part without its year: "7 March", "March 7th", "3–7 July", "23 February – 3 March". */
function dayMonth(p: PartValue, style: DateStyle): string {
  const d = formatDayNumber(p.day, style);
  const m = monthName(p.month, style);
  const cross = p.endMonth !== undefined && p.endMonth !== p.month;
  const sep = style.rangeSep ?? defaultRangeSep(cross);
  if (style.order === 'mdy') {
    if (p.endDay === undefined) return style.the ? `${m} ${style.ye ?? 'the'} ${d}` : `${m} ${d}`;
    const ed = formatDayNumber(p.endDay, style);
    return cross ? `${m} ${d}${sep}${monthName(p.endMonth as number, style)} ${ed}` : `${m} ${d}${sep}${ed}`;
  }
  const of = style.of && style.order === 'dmy' ? ' of' : '';
  if (p.endDay === undefined) return `${d}${of} ${m}`;
  const ed = formatDayNumber(p.endDay, style);
  return cross ? `${d}${of} ${m}${sep}${ed}${of} ${monthName(p.endMonth as number, style)}` : `${d}${sep}${ed}${of} ${m}`;
}

/** The day(s) of a side of a day-only dual date, without month or year: "3", "24–25". */
export function formatDays(p: PartValue, style: DateStyle): string {
  const d = formatDayNumber(p.day, style);
  return p.endDay === undefined ? d : `${d}${style.rangeSep ?? defaultRangeSep(false)}${formatDayNumber(p.endDay, style)}`;
}

/** Appends a year after a day-and-month text: "7 March 1917", "March 7, 1917", "25 октября 1917 г.". */
function withYear(text: string, year: number | undefined, style: DateStyle, altYear?: number): string {
  if (year === undefined) return text;
  return `${text}${style.yearPeriod ? '.' : style.order === 'mdy' || style.yearComma ? ',' : ''} ${yearText(year, style, altYear)}`;
}

/** One day in a style: "7 March 1917" | "March 7, 1917" | "7 Mar. 1917" | "7th March 1917" | "1917-03-07" | "25 октября 1917 г.". */
export function formatDay(date: DayValue, style: DateStyle): string {
  return formatPart(date, style);
}

/** A day or a span of days in a style, with the year when `year` is set (ISO without a year falls back to "7 March"). */
export function formatPart(part: PartValue, style: DateStyle): string {
  if (style.numeric && style.order !== 'iso') return formatNumeric(part, style, style.numeric);
  if (style.order === 'iso' && part.year !== undefined) {
    const one = `${pad4(part.year)}-${pad2(part.month)}-${pad2(part.day)}`;
    if (part.endDay === undefined) return one;
    return `${one}/${pad4(part.year)}-${pad2(part.endMonth ?? part.month)}-${pad2(part.endDay)}`;
  }
  const s: DateStyle = style.order === 'iso' ? { order: 'dmy', month: 'long', ordinal: false } : style;
  return withYear(dayMonth(part, s), part.year, s, part.altYear);
}

/** A numeric date as written: "14.02.1918", "04/13/1916", "1.II.1918"; a range as two dates joined by "–". */
function formatNumeric(p: PartValue, style: DateStyle, n: NonNullable<DateStyle['numeric']>): string {
  const one = (day: number, month: number): string => {
    const d = n.padDay ? pad2(day) : String(day);
    const m = n.roman ? romanNumeral(month) : n.padMonth ? pad2(month) : String(month);
    const dm = style.order === 'mdy' ? `${m}${n.sep}${d}` : `${d}${n.sep}${m}`;
    return p.year === undefined ? dm : `${dm}${n.sep}${pad4(p.year)}`;
  };
  const first = one(p.day, p.month);
  return p.endDay === undefined ? first : `${first}–${one(p.endDay, p.endMonth ?? p.month)}`;
}

export interface DualDateOptions {
  pairStyle: PairStyle;
  /** The style of both sides (the first side's style as read). */
  style: DateStyle;
  /** The calendar of the second side; names its marker in '-marked' pair styles (default julian). */
  secondCalendar?: Calendar;
  /** Override the marker text ("Old Style", "(Julian)" is not allowed inside brackets: give a bare word). */
  markerText?: string;
  /**
   * Write the year once after the pair ("7 March (O.S. 22 February) 1917"). Default: when both sides
   * have the same year (or only one has one). Sides in different years always carry their own.
   */
  sharedYear?: boolean;
  /**
   * Write a day-only pair, the month once after both sides ("3 (16) July 1917", "3/16 July"), when both sides are
   * days of one month; otherwise the sides are written in full.
   */
  dayOnly?: boolean;
}

/** The marker for a calendar in a date style: "O.S."/"N.S.", or Russian "ст. ст."/"н. ст.". */
export function markerFor(calendar: Calendar, style: DateStyle): string {
  if (style.order === 'cyrillic-dmy') return calendar === 'julian' ? 'ст. ст.' : 'н. ст.';
  return calendar === 'julian' ? 'O.S.' : 'N.S.';
}

/**
 * A whole dual date in a pair style:
 *   paren-marked   7 March (O.S. 22 February) 1917 — 16–20 July (O.S. 3–7 July) 1917
 *   bracket-marked 15 March [O.S. 2 March] 1917
 *   paren/bracket  22 February (7 March) 1917 — 25 October [7 November] 1917
 *   slash          22 February/7 March 1917
 *   comma-marked   22 February (O.S.), 7 March (N.S.), 1917
 * Different years: 13 January 1918 (O.S. 31 December 1917). Russian markers follow the date
 * ("7 ноября (25 октября ст. ст.) 1917 г."). ISO sides always carry their own years.
 */
export function formatDualDate(first: PartValue, second: PartValue, options: DualDateOptions): string {
  const { pairStyle, style } = options;
  const y1 = first.year;
  const y2 = second.year;
  const sameYear = y1 === undefined || y2 === undefined || y1 === y2;
  const shared = style.order !== 'iso' && (options.sharedYear ?? sameYear) && sameYear;
  const year = y1 ?? y2;
  const oneMonth = first.month === second.month && first.endMonth === undefined && second.endMonth === undefined;
  if (options.dayOnly && oneMonth && sameYear && style.order !== 'iso' && !pairStyle.endsWith('-marked')) {
    const a = formatDays(first, style);
    const b = formatDays(second, style);
    const pair = pairStyle === 'slash' ? `${a}/${b}` : pairStyle === 'bracket' ? `${a} [${b}]` : `${a} (${b})`;
    return withYear(`${pair} ${monthName(first.month, style)}`, year, style, first.altYear ?? second.altYear);
  }
  // Numeric sides sharing a year are written "24.07 (05.08).1844": day and month, the year after the pair.
  const side = (p: PartValue): string =>
    shared ? (style.order === 'iso' ? formatPart(p, style) : style.numeric ? formatPart({ ...p, year: undefined }, style) : dayMonth(p, style)) : formatPart(p, style);
  const a = side(first);
  let b = side(second);
  let out: string;
  if (pairStyle === 'slash') out = `${a}/${b}`;
  else if (pairStyle === 'comma-marked') {
    const secondCalendar = options.secondCalendar ?? 'julian';
    const m2 = options.markerText ?? markerFor(secondCalendar, style);
    out = `${a} (${markerFor(secondCalendar === 'julian' ? 'gregorian' : 'julian', style)}), ${b} (${m2})`;
    if (shared && year !== undefined) out += `, ${yearText(year, style, first.altYear ?? second.altYear)}`;
    return out;
  }
  else {
    if (pairStyle === 'paren-marked' || pairStyle === 'bracket-marked') {
      const marker = options.markerText ?? markerFor(options.secondCalendar ?? 'julian', style);
      b = style.order === 'cyrillic-dmy' ? `${b} ${marker}` : `${marker} ${b}`;
    }
    const [open, close] = pairStyle.startsWith('bracket') ? ['[', ']'] : ['(', ')'];
    out = `${a} ${open}${b}${close}`;
  }
  if (shared && year !== undefined) out = style.numeric ? `${out}${style.numeric.sep}${pad4(year)}` : withYear(out, year, style, first.altYear ?? second.altYear);
  return out;
}

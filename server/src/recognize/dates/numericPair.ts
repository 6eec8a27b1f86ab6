/**
 * Numeric dual dates as Russian and museum pages write them, the Old Style first, the New in brackets, one year after:
 * "10 (22).4.1870", "10(22).04.1870", "10/22.IV.1870" (day-only: one month for both) and "24.07 (05.08).1844" (day and
 * month on each side). Read only with the four-digit year after the pair, and only where the two days lie about the
 * calendars' offset apart, so a section number "10 (22).4", a ratio or a version number stays what it is.
 */
import { CharCode } from '../../util/charCode';
import type { DateMention, DatePart, DateStyle, PairStyle } from '../types';
import { isDigit, isWordCode, type Tokens } from './tokens';
import { romanMonth } from '../months';

const MONTH = '(\\d{1,2}|[IVX]{1,4})';
/** "10 (22).4.1870", "10(22).04.1870", "10/22.IV.1870": two days, then the shared month and year. */
const DAY_ONLY = new RegExp(`(\\d{1,2})(?:[ \\u00A0]?\\((\\d{1,2})\\)|/(\\d{1,2}))\\.${MONTH}\\.(\\d{4})`, 'y');
/** "24.07 (05.08).1844", "24.07/05.08.1844": day and month on each side, then the shared year. */
const DAY_MONTH = new RegExp(`(\\d{1,2})\\.${MONTH}(?:[ \\u00A0]?\\((\\d{1,2})\\.${MONTH}\\)|/(\\d{1,2})\\.${MONTH})\\.(\\d{4})`, 'y');

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A month as written: 1–12 in digits or a Roman numeral, else 0. */
function monthOf(text: string): number {
  if (!isDigit(text.charCodeAt(0))) return romanMonth(text);
  const m = Number(text);
  return m >= 1 && m <= 12 ? m : 0;
}

/** Days from the first side to the second, across at most one month's end; NaN when further apart. */
function daysApart(d1: number, m1: number, d2: number, m2: number): number {
  if (m2 === m1) return d2 - d1;
  if (m2 === m1 + 1) return MONTH_DAYS[m1 - 1] - d1 + d2;
  return NaN;
}

/** Julian–Gregorian differences a pair can show (10–13 days), give or take a slip the check must catch. */
function plausible(apart: number): boolean {
  return apart >= 8 && apart <= 16;
}

/** A numeric dual date at pos (it ends at its year), or nothing. */
export function readNumericPair(t: Tokens, pos: number): DateMention | undefined {
  // Tried at every number that starts no other date: after one or two digits must come a bracket, a slash or a period.
  let i = pos + 1;
  if (isDigit(t.code(i))) i++;
  const c0 = t.code(i);
  if (c0 !== CharCode.Period && c0 !== CharCode.Slash && c0 !== CharCode.OpenParen && c0 !== CharCode.Space && c0 !== CharCode.NoBreakSpace) return undefined;
  const dayOnly = c0 !== CharCode.Period;
  const m = t.exec(dayOnly ? DAY_ONLY : DAY_MONTH, pos);
  if (!m) return undefined;
  const end = pos + m[0].length;
  const after = t.code(end);
  // "10 (22).4.1870.5", "…1870/3": part of a longer number ("8 (19).11.1711-4 (15).4.1765" is a range of two dates).
  if (isWordCode(after) || ((after === CharCode.Period || after === CharCode.Slash) && isDigit(t.code(end + 1)))) return undefined;
  const year = Number(m[m.length - 1]);
  if (year < 1000 || year > 2999) return undefined;
  // The groups: day-only [d1, d2 (paren), d2 (slash), month]; day-month [d1, m1, d2, m2 (paren), d2, m2 (slash)].
  const g = m.slice(1, -1);
  const paren = (dayOnly ? g[1] : g[2]) !== undefined;
  const [d1t, m1t, d2t, m2t] = dayOnly ? [g[0], g[3], paren ? g[1] : g[2], g[3]] : [g[0], g[1], paren ? g[2] : g[4], paren ? g[3] : g[5]];
  const [d1, d2, m1, m2] = [Number(d1t), Number(d2t), monthOf(m1t), monthOf(m2t)];
  const roman = !isDigit(m1t.charCodeAt(0));
  if (m1 === 0 || m2 === 0 || roman !== !isDigit(m2t.charCodeAt(0))) return undefined;
  if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || !plausible(daysApart(d1, m1, d2, m2))) return undefined;

  // Where each piece lies: the day texts are found from left to right, so equal numbers ("10.10 …") keep their places.
  const text = m[0];
  const at = (s: string, from: number) => pos + text.indexOf(s, from - pos);
  const d1Start = pos;
  const m1Start = dayOnly ? pos + text.lastIndexOf(`.${m1t}.`) + 1 : at(m1t, d1Start + d1t.length + 1);
  const d2Start = dayOnly ? at(d2t, d1Start + d1t.length + 1) : at(d2t, m1Start + m1t.length + 1);
  const m2Start = dayOnly ? m1Start : at(m2t, d2Start + d2t.length + 1);
  const yearStart = end - 4;
  // Padded as written: a leading zero anywhere, or every piece in two digits ("24.07 (05.08)").
  const pieces = dayOnly ? [d1t, d2t, m1t] : [d1t, m1t, d2t, m2t];
  const pad = !roman && (pieces.some((p) => p.charCodeAt(0) === CharCode.Digit0) || pieces.every((p) => p.length === 2));
  const numeric: NonNullable<DateStyle['numeric']> = { sep: '.', padDay: pad, padMonth: pad };
  if (roman) numeric.roman = true;
  const side = (d: number, dStart: number, dText: string, month: number, mStart: number, mText: string): DatePart => {
    const part: DatePart = {
      start: dStart,
      end: dayOnly ? dStart + dText.length : mStart + mText.length,
      day: d,
      month,
      style: { order: 'dmy', month: 'numeric', ordinal: false, numeric: { ...numeric } },
      daySpan: { start: dStart, end: dStart + dText.length },
      monthSpan: { start: mStart, end: mStart + mText.length },
      // Its shape fixes the order: the day comes first, whatever the document's other numeric dates do.
      orderProven: true,
    };
    if (dayOnly) part.dayOnly = true;
    return part;
  };
  const first = side(d1, d1Start, d1t, m1, m1Start, m1t);
  const second = side(d2, d2Start, d2t, m2, m2Start, m2t);
  const pairStyle: PairStyle = paren ? 'paren' : 'slash';
  const mention: DateMention = {
    start: pos,
    end,
    first,
    second,
    pairStyle,
    sharedYear: year,
    sharedYearSpan: { start: yearStart, end },
  };
  if (dayOnly) mention.sharedMonthSpan = { ...first.monthSpan };
  return mention;
}

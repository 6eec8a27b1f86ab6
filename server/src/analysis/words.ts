/** Dates in words for messages and hovers: "7 March 1917 (N.S.)", "16–20 July 1917". */
import { convert, MONTH_NAMES, WEEKDAY_NAMES, weekday, type Calendar, type Reform, type YMD } from '../calendar';
import type { DatedValue } from '../dataset/types';

export const STYLE_ABBR: Record<Calendar, string> = { julian: 'O.S.', gregorian: 'N.S.' };
export const STYLE_NAME: Record<Calendar, string> = { julian: 'Old Style', gregorian: 'New Style' };
export const CALENDAR_NAME: Record<Calendar, string> = { julian: 'Julian', gregorian: 'Gregorian' };

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** "7 March 1917"; "7 March" without the year. */
export function dayWords(d: YMD, withYear = true): string {
  return withYear ? `${d.day} ${monthName(d.month)} ${d.year}` : `${d.day} ${monthName(d.month)}`;
}

/** "16–20 July 1917", "28 February – 3 March 1917", "31 December 1917 – 2 January 1918". */
export function spanWords(first: YMD, last: YMD | undefined, withYear = true): string {
  if (!last) return dayWords(first, withYear);
  if (first.year !== last.year) return `${dayWords(first)} – ${dayWords(last)}`;
  const year = withYear ? ` ${last.year}` : '';
  if (first.month === last.month) return `${first.day}–${last.day} ${monthName(first.month)}${year}`;
  return `${dayWords(first, false)} – ${dayWords(last, false)}${year}`;
}

export function weekdayName(jdn: number): string {
  return WEEKDAY_NAMES[weekday(jdn)];
}

/** A region's name for a sentence: "Russia (Soviet Russia)" → "Russia". */
export function regionLabel(reform: Reform): string {
  return reform.name.replace(/\s*\([^)]*\)$/, '');
}

/** The digits written after the slash of `legal`/`legal + 1`: at least `digits`, and every one that changes (1699/700). */
export function doubleYearTail(legal: number, digits = 1): string {
  const [a, b] = [String(legal), String(legal + 1)];
  let k = 0;
  while (k < b.length && a[k] === b[k]) k++;
  return b.slice(Math.min(b.length - digits, k));
}

/** A dataset value in words, in `calendar` when it is a full day: "3 March 1918", "March 1918", "1918". */
export function valueWords(v: DatedValue, calendar: Calendar): { words: string; day?: YMD } {
  const [year, month, day] = v.date.split('-').map(Number);
  if (day === undefined) return { words: month === undefined ? `${year}` : `${monthName(month)} ${year}` };
  const ymd = { year, month, day };
  const inCal = v.calendar === calendar ? ymd : convert(ymd, v.calendar);
  return { words: dayWords(inCal), day: inCal };
}

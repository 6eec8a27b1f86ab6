/** ISO-style "YYYY-MM-DD" text for calendar days (as used in data/calendar-reforms.json),
 *  plus ordering of YMD values. */
import type { YMD } from './types';

const ISO = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" (year may be negative or longer than four digits). Does not check
 *  that the day exists in any calendar (the reforms data has 30 February 1712, Swedish). */
export function parseYmd(text: string): YMD | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "YYYY-MM-DD", the year zero-padded to four digits (with a minus sign if negative). */
export function formatYmd(date: YMD): string {
  const sign = date.year < 0 ? '-' : '';
  const y = String(Math.abs(date.year)).padStart(4, '0');
  return `${sign}${y}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (same calendar assumed). */
export function compareYmd(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

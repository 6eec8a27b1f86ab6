/** Calendar rules: leap years, month lengths and which dates exist, in the proleptic
 *  Julian and Gregorian calendars (astronomical year numbers). */
import type { Calendar, YMD } from './types';

/** Julian: every fourth year. Gregorian: every fourth year except centuries not divisible by 400. */
export function isLeapYear(year: number, calendar: Calendar): boolean {
  const mod = (n: number): number => ((year % n) + n) % n;
  if (calendar === 'julian') return mod(4) === 0;
  return mod(4) === 0 && (mod(100) !== 0 || mod(400) === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year`; 0 for a month number outside 1–12. */
export function daysInMonth(year: number, month: number, calendar: Calendar): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year, calendar)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** Whether the day exists in that calendar: integer parts, month 1–12, day within the month.
 *  29 February 1700/1800/1900 exist only in the Julian calendar; 31 April in neither. */
export function isValidDate(date: YMD, calendar: Calendar): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (!Number.isSafeInteger(year) || Math.abs(year) > 1_000_000) return false;
  return day >= 1 && day <= daysInMonth(year, month, calendar);
}

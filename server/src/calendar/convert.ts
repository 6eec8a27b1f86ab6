/** Conversions between the Julian and Gregorian calendars, weekdays, and the day
 *  offset between them — all through Julian Day Numbers. */
import type { Calendar, YMD } from './types';
import { floorDiv, fromJdn, toJdn } from './jdn';

/** The other calendar. */
export function other(calendar: Calendar): Calendar {
  return calendar === 'julian' ? 'gregorian' : 'julian';
}

/** The same day written in the other calendar. Throws RangeError if `date` does not exist in `from`. */
export function convert(date: YMD, from: Calendar): YMD {
  return fromJdn(toJdn(date, from), other(from));
}

/** Weekday of a JDN: 0 = Sunday … 6 = Saturday. */
export function weekday(jdn: number): number {
  return (((jdn + 1) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/**
 * How many days the Gregorian date of day `jdn` is ahead of its Julian date: 10 from
 * Julian 1 March 1500 through Julian 29 February 1700, then 11, 12, and 13 from Julian
 * 1 March 1900 (Gregorian 14 March 1900) through Julian 29 February 2100; 0 in 200–300 AD,
 * negative before. It changes on Julian 1 March of a Julian-only leap century.
 */
export function calendarOffset(jdn: number): number {
  const j = fromJdn(jdn, 'julian');
  const y = j.month <= 2 ? j.year - 1 : j.year; // the extra day falls at the end of February
  return floorDiv(y, 100) - floorDiv(y, 400) - 2;
}

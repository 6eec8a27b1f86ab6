/** Julian Day Numbers: the single day count both calendars are converted through.
 *  Proleptic Julian and Gregorian, astronomical years (year 0 = 1 BC), floor division throughout. */
import type { Calendar, YMD } from './types';
import { isValidDate } from './rules';

/** Integer division rounding toward minus infinity (so negative years work). */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** JDN of a day that is assumed valid (no checking); month/day overflow is not normalized meaningfully. */
export function toJdnUnchecked(date: YMD, calendar: Calendar): number {
  const { year, month, day } = date;
  const a = floorDiv(14 - month, 12); // 1 for January and February, else 0
  const y = year + 4800 - a; // years counted from March of -4800
  const m = month + 12 * a - 3; // 0 = March … 11 = February
  const common = day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4);
  return calendar === 'gregorian'
    ? common - floorDiv(y, 100) + floorDiv(y, 400) - 32045
    : common - 32083;
}

/**
 * Julian Day Number (noon-based day count; JDN 0 = 1 January 4713 BC Julian) of a day.
 * Throws RangeError if the date does not exist in that calendar (e.g. 31 April, or
 * 29 February 1900 in the Gregorian calendar); use {@link tryToJdn} to get undefined instead.
 */
export function toJdn(date: YMD, calendar: Calendar): number {
  if (!isValidDate(date, calendar)) {
    throw new RangeError(
      `No such ${calendar} date: ${date.year}-${date.month}-${date.day}`,
    );
  }
  return toJdnUnchecked(date, calendar);
}

/** Like {@link toJdn}, but returns undefined for a date that does not exist in that calendar. */
export function tryToJdn(date: YMD, calendar: Calendar): number | undefined {
  return isValidDate(date, calendar) ? toJdnUnchecked(date, calendar) : undefined;
}

/** The day with Julian Day Number `jdn`, written in `calendar`. `jdn` must be an integer. */
export function fromJdn(jdn: number, calendar: Calendar): YMD {
  if (!Number.isInteger(jdn)) throw new RangeError(`JDN must be an integer, got ${jdn}`);
  let b: number;
  let c: number;
  if (calendar === 'gregorian') {
    const a = jdn + 32044;
    b = floorDiv(4 * a + 3, 146097); // 400-year cycles
    c = a - floorDiv(146097 * b, 4);
  } else {
    b = 0;
    c = jdn + 32082;
  }
  const d = floorDiv(4 * c + 3, 1461); // 4-year cycles
  const e = c - floorDiv(1461 * d, 4); // day within the (March-based) year
  const m = floorDiv(5 * e + 2, 153); // 0 = March … 11 = February
  return {
    year: 100 * b + d - 4800 + floorDiv(m, 10),
    month: m + 3 - 12 * floorDiv(m, 10),
    day: e - floorDiv(153 * m + 2, 5) + 1,
  };
}

/**
 * How far a written day lies from a dataset fact's days, for the checks that catch a plainly wrong day of a known
 * event or life (event-date-mismatch, life-dates-mismatch). The other calendar's day, the other year reckoning's and
 * Sweden's own day of 1700–1712 are other findings' or right, not wrong days: all count as the fact's day here.
 */
import { compareYmd, getReform, interimDate, other, tryToJdn } from '../../calendar';
import { valueDays } from '../../dataset/dates';
import type { DatedValue } from '../../dataset/types';
import { otherReckoningDay } from '../resolve';
import type { ResolvedSide } from '../types';

/** A day further than two years from a fact's days is more likely another fact of the same name (Dublin's Bloody Sunday of 1913) than a slip. */
export const MAX_DISTANCE_DAYS = 731;

const SWEDEN = getReform('sweden');

/** The day ranges a value may mean: its own, and the days references also give for it (`alsoGiven`); none when circa. */
export function valueDayRanges(v: DatedValue): { first: number; last: number }[] {
  if (v.circa) return [];
  const ranges = [valueDays(v), ...(v.alsoGiven ?? []).map((date) => valueDays({ date, calendar: v.calendar }))];
  return ranges.filter((r) => r !== undefined);
}

/**
 * How many days the side lies from the fact's days: 0 when it is one of them read in its own calendar, in the other,
 * in the other year reckoning (legal year from 25 March, modern from 1 January) or in Sweden's calendar.
 */
export function distanceTo(side: ResolvedSide, days: { first: number; last: number }): number {
  const first = side.jdn!;
  const last = side.endJdn ?? first;
  const overlaps = (a: number, b: number) => a <= days.last && b >= days.first;
  if (overlaps(first, last)) return 0;
  const otherFirst = tryToJdn(side.first!, other(side.calendar));
  const otherLast = side.last ? tryToJdn(side.last, other(side.calendar)) : otherFirst;
  if (otherFirst !== undefined && overlaps(otherFirst, otherLast ?? otherFirst)) return 0;
  for (const shifted of otherReckonings(side)) if (overlaps(shifted, shifted + (last - first))) return 0;
  if (!side.last && isSwedishDay(side, days)) return 0;
  return Math.max(first - days.last, days.first - last);
}

/**
 * The side's first day in the other year reckoning. Where the region's legal year is known that is one day
 * (resolve.ts); where it is not, a day before 25 March of a year up to 1752 may be an Old Style day written with either
 * year (Boston's "6 January 1705, as recorded by the Julius calendar" is Franklin's 1705/6), so both neighbours count.
 */
function otherReckonings(side: ResolvedSide): number[] {
  const known = otherReckoningDay(side);
  if (known) return [known.jdn];
  const day = side.first!;
  if (side.legalYear || day.year > 1752 || day.month > 3 || (day.month === 3 && day.day >= 25)) return [];
  return [-1, 1].map((k) => tryToJdn({ ...day, year: day.year + k }, 'julian')).filter((j) => j !== undefined);
}

/** The written day is Sweden's own for one of the fact's days (1 March 1700 – 30 February 1712: "Poltava, 28 June 1709"). */
function isSwedishDay(side: ResolvedSide, days: { first: number; last: number }): boolean {
  if (!SWEDEN) return false;
  for (let jdn = days.first; jdn <= days.last && jdn <= days.first + 31; jdn++) {
    const swedish = interimDate(SWEDEN, jdn);
    if (swedish && compareYmd(swedish, side.first!) === 0) return true;
  }
  return false;
}

/**
 * The legal year of a day where the year number did not change on 1 January (issue 15 §2): England's year began on
 * 25 March until 1751, so 30 January 1649 by modern reckoning was 30 January 1648 there. Read from a region's own
 * `yearStart` rules (those without an area), anno Domini and lagging only.
 */
import type { Reform, YearStartRule } from './reforms';
import type { YMD } from './types';

/** How a document numbers the years of days before 25 March: from 1 January (modern) or as the legal year then did. */
export type YearStart = 'january' | 'march';

export interface LegalYear {
  /** The year number written there and then; the modern one is `date.year`. */
  year: number;
  /** The day that year had begun on ("25 March"). */
  startsOn: { month: number; day: number };
}

/** The region's rule for the year that began in AD `year`. */
function ruleFor(reform: Reform, year: number): YearStartRule | undefined {
  return reform.yearStart.find((r) => r.area === undefined && (r.fromYear ?? -Infinity) <= year && year <= (r.untilYear ?? Infinity));
}

function before(date: YMD, start: { month: number; day: number }): boolean {
  return date.month < start.month || (date.month === start.month && date.day < start.day);
}

/**
 * The legal year of `date` (a modern-reckoning label in the region's calendar of the time) when it differs from the
 * modern year; undefined where they agree or the region's rules do not say.
 */
export function legalYearOf(reform: Reform, date: YMD): LegalYear | undefined {
  const own = ruleFor(reform, date.year);
  // The year that began this calendar year has begun by this day: its number is the modern one.
  if (own && own.startsOn !== 'easter' && !before(date, own.startsOn)) return undefined;
  // Else the day belongs to the year that began the calendar year before, numbered by its start.
  const previous = ruleFor(reform, date.year - 1);
  if (!previous || previous.startsOn === 'easter' || previous.era !== 'anno-domini' || previous.numbering !== 'lagging') return undefined;
  if (previous.startsOn.month === 1 && previous.startsOn.day === 1) return undefined;
  return { year: date.year - 1, startsOn: previous.startsOn };
}

/** The legal year a written date is in when its year is read as that legal year (undefined where the reckonings agree). */
export function legalYearWritten(reform: Reform, written: YMD): LegalYear | undefined {
  const legal = legalYearOf(reform, { ...written, year: written.year + 1 });
  return legal?.year === written.year ? legal : undefined;
}

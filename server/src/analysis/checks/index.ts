/** All checks, one file per diagnostic code; each is a pure function of the analysis. */
import type { Dataset } from '../../dataset/dataset';
import { pairHabit } from '../rewrite';
import type { Finding, DocumentAnalysis } from '../types';
import { checkAmbiguousCalendars } from './ambiguousCalendar';
import { checkCalendarMixups } from './calendarMixup';
import type { Check, CheckContext } from './context';
import { namedLookup } from './named';
import { checkDualDates } from './dualDateMismatch';
import { checkEventDates } from './eventDateMismatch';
import { checkInvalidDates } from './invalidDate';
import { checkLifeDates } from './lifeDatesMismatch';
import { checkReformGaps } from './reformGap';
import { checkWeekdays } from './weekdayMismatch';

const CHECKS: Check[] = [checkDualDates, checkInvalidDates, checkReformGaps, checkWeekdays, checkCalendarMixups, checkEventDates, checkLifeDates, checkAmbiguousCalendars];

export function runChecks(analysis: DocumentAnalysis, dataset: Dataset): Finding[] {
  const ctx: CheckContext = { analysis, dataset, pairHabit: pairHabit(analysis.dates), namedIn: namedLookup(analysis, dataset) };
  const findings = CHECKS.flatMap((check) => check(ctx));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

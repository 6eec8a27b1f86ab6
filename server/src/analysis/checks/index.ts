/** All checks, one file per diagnostic code; each is a pure function of the analysis. */
import type { Dataset } from '../../dataset/dataset';
import type { PairStyle } from '../../recognize/types';
import type { DocumentAnalysis } from '../analyze';
import type { Finding } from '../types';
import { checkAmbiguousCalendars } from './ambiguousCalendar';
import { checkCalendarMixups } from './calendarMixup';
import type { Check, CheckContext } from './context';
import { checkDualDates } from './dualDateMismatch';
import { checkInvalidDates } from './invalidDate';
import { checkReformGaps } from './reformGap';
import { checkWeekdays } from './weekdayMismatch';

const CHECKS: Check[] = [checkDualDates, checkInvalidDates, checkReformGaps, checkWeekdays, checkCalendarMixups, checkAmbiguousCalendars];

function pairHabit(analysis: DocumentAnalysis): PairStyle | undefined {
  const counts = new Map<PairStyle, number>();
  for (const d of analysis.dates) if (d.mention.pairStyle) counts.set(d.mention.pairStyle, (counts.get(d.mention.pairStyle) ?? 0) + 1);
  let best: PairStyle | undefined;
  let n = 0;
  for (const [style, c] of counts) if (c > n) [best, n] = [style, c];
  return best;
}

export function runChecks(analysis: DocumentAnalysis, dataset: Dataset): Finding[] {
  const ctx: CheckContext = { analysis, dataset, pairHabit: pairHabit(analysis) };
  const findings = CHECKS.flatMap((check) => check(ctx));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * reform-gap: a day the region's reform skipped (Russia 1–13 February 1918, Britain 3–13 September 1752), read in the
 * region's own calendar. In a New Style document the same label is a real day (10 February 1918 N.S. is 28 January O.S.).
 */
import { convert, isInReformGap } from '../../calendar';
import { pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding } from '../types';
import { dayWords, regionLabel } from '../words';
import { datesOnlyAfterTheSwitch, isLocalReading, isSkippedDayOfTheSwitch, pairGivesDay, spansTheSwitch, type CheckContext } from './context';

export function checkReformGaps(ctx: CheckContext): Finding[] {
  const { analysis, pairHabit } = ctx;
  const out: Finding[] = [];
  for (const d of analysis.dates) {
    const side = d.first;
    const reform = d.reform;
    if (d.second || !reform || !side.first || side.calendar !== 'gregorian') continue;
    if (!isLocalReading(side, analysis.convention.convention)) continue;
    if (!isInReformGap(reform, side.first, 'gregorian')) continue;
    if (isSkippedDayOfTheSwitch(ctx, d)) continue;
    // The document gives this label as a pair's New Style side ("6 February 1918" over "On January 24 (February 6)
    // 1918 the decree was adopted"): alone, it restates that real day.
    if (side.jdn !== undefined && pairGivesDay(ctx.document().dates, side.jdn)) continue;
    if (side.reason === 'region' && datesOnlyAfterTheSwitch(ctx.document(), d)) continue;
    // "(5 February 1918 – 1 March 1990)": an end of a life across the switch, a day of the new calendar.
    if (spansTheSwitch(analysis, d)) continue;
    // Probably the Old Style date: that day, with its New Style equivalent.
    const asJulian = side.first;
    const ns = convert(asJulian, 'julian');
    const pairStyle = pairStyleFor(analysis.convention.convention, pairHabit);
    const lastJulian = dayWords(reform.lastJulian);
    const firstGregorian = dayWords(reform.firstGregorian);
    out.push({
      code: 'reform-gap',
      severity: 'warning',
      start: d.mention.start,
      end: d.mention.end,
      message:
        `${dayWords(side.first)} never existed in ${regionLabel(reform)}: ${lastJulian} (O.S.) was followed by ${firstGregorian} (N.S.). ` +
        `Read as O.S., it is ${dayWords(ns)} (N.S.)`,
      fixes: [
        {
          title: `Rewrite as O.S. ${dayWords(asJulian)} = ${dayWords(ns)} N.S.`,
          edits: [
            analysis.convention.convention === 'julian'
              ? rewriteAsDual(d.mention, side, 'julian', { primary: { first: asJulian }, secondary: { first: ns } }, pairStyle)
              : rewriteAsDual(d.mention, side, 'gregorian', { primary: { first: ns }, secondary: { first: asJulian } }, pairStyle),
          ],
          safe: true,
          preferred: true,
        },
      ],
    });
  }
  return out;
}

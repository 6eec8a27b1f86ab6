/** reform-gap: a New Style day that the region's reform skipped (Russia 1–13 February 1918, Britain 3–13 September 1752). */
import { convert, isInReformGap } from '../../calendar';
import { pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding } from '../types';
import { dayWords, regionLabel } from '../words';
import type { CheckContext } from './context';

export function checkReformGaps({ analysis, pairHabit }: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const d of analysis.dates) {
    const side = d.first;
    const reform = d.reform;
    if (d.second || !reform || !side.first || side.calendar !== 'gregorian' || side.reason === 'marker') continue;
    if (!isInReformGap(reform, side.first, 'gregorian')) continue;
    // Probably the Old Style date: that day, with its New Style equivalent.
    const asJulian = side.first;
    const ns = convert(asJulian, 'julian');
    const lastJulian = dayWords(reform.lastJulian);
    const firstGregorian = dayWords(reform.firstGregorian);
    out.push({
      code: 'reform-gap',
      severity: 'warning',
      start: d.mention.start,
      end: d.mention.end,
      message:
        `${dayWords(side.first)} (N.S.) never existed in ${regionLabel(reform)}: ${lastJulian} (O.S.) was followed by ${firstGregorian} (N.S.). ` +
        `Read as O.S., it is ${dayWords(ns)} (N.S.)`,
      fixes: [
        {
          title: `Rewrite as O.S. ${dayWords(asJulian)} = ${dayWords(ns)} N.S.`,
          edits: [
            rewriteAsDual(
              d.mention,
              side,
              'gregorian',
              { primary: { first: ns }, secondary: { first: asJulian } },
              pairStyleFor(analysis.convention.convention, pairHabit),
            ),
          ],
          safe: true,
          preferred: true,
        },
      ],
    });
  }
  return out;
}

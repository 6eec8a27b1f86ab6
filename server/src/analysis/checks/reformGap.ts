/**
 * reform-gap: a day the region's reform skipped (Russia 1–13 February 1918, Britain 3–13 September 1752), read in the
 * region's own calendar. In a New Style document the same label is a real day (10 February 1918 N.S. is 28 January O.S.).
 */
import { convert, isInReformGap, tryToJdn } from '../../calendar';
import { pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding, Fix, ResolvedDate } from '../types';
import { dayWords, regionLabel } from '../words';
import { isReadByAGuessedRegion, isSkippedDayOfTheSwitch, lastDateWritingItsYear, pairGivesDay } from '../dayEvidence';
import { datesOnlyAfterTheSwitch, isLocalReading, spansTheSwitch, type CheckContext } from './context';
import { finding } from './finding';

/** A lone date read in the local calendar that names a day the region's reform skipped, and nothing excuses. */
function namesSkippedDay(ctx: CheckContext, d: ResolvedDate): boolean {
  const side = d.first;
  const reform = d.reform;
  if (d.second || !reform || !side.first || side.calendar !== 'gregorian') return false;
  if (!isLocalReading(side, ctx.analysis.convention.convention)) return false;
  if (!isInReformGap(reform, side.first, 'gregorian')) return false;
  if (isSkippedDayOfTheSwitch(ctx, d)) return false;
  // The document gives this label as a pair's New Style side ("6 February 1918" over "On January 24 (February 6)
  // 1918 the decree was adopted"): alone, it restates that real day.
  if (side.jdn !== undefined && pairGivesDay(ctx.document().dates, side.jdn)) return false;
  // Or as a pair's Old Style side ("1916, Apr 1/14th - Bulgaria officially switches" over "1916, Apr 1st - …"): the
  // label names the day the pair gives, the one this check would read it as.
  const asJulian = tryToJdn(side.first, 'julian');
  if (asJulian !== undefined && pairGivesDay(ctx.document().dates, asJulian)) return false;
  if (side.reason === 'region' && datesOnlyAfterTheSwitch(ctx.document(), d)) return false;
  // "(5 February 1918 – 1 March 1990)": an end of a life across the switch, a day of the new calendar.
  return !spansTheSwitch(ctx.document(), d);
}

/**
 * Another date of the document, with its own year, names a day the same reform skipped: a writer who dates such days
 * twice ("Situation at Kut on 22 February 1917 … fought on 23 February 1917" of the Ottoman front; the Ukrainian treaty
 * "signed on 9 February 1918" in its heading and its text) writes the calendar that has them, New Style; one slip is
 * one date. A yearless date after a dated one may have its year from it: it witnesses only for another yearless date
 * (a chronicle's "By 1 February … By 2 February … On 4 February" under its year), or where the text gave that year
 * before the dated one (Kyiv's Arsenal: "On 29 January 1918 … supressed by 4 February 1918 … On 8 February"); one
 * before it has its year from earlier text ("Dahra Bend was taken on 16 February. Finally, the British re-captured Kut
 * on 24 February 1917"), unless it took it from a later date (it opens a range the dated one closes, or its
 * paragraph's narrative is that date's: `narrativeYear`). A stated weekday speaks for its date's calendar
 * itself (weekdayMismatch.ts): such dates neither witness nor are excused.
 */
function namesAnotherSkippedDay(ctx: CheckContext, d: ResolvedDate): boolean {
  if (d.mention.weekday) return false;
  const { dates } = ctx.document();
  const givenBefore = lastDateWritingItsYear(dates, d)?.first.first?.year;
  const ownYear = (o: ResolvedDate) =>
    !o.first.yearFromContext || (o.mention.end <= d.mention.start ? !o.first.yearFromLater : o.first.first?.year === givenBefore);
  return dates.some(
    (o) => o !== d && o.reform === d.reform && !o.mention.weekday && (ownYear(o) || d.first.yearFromContext) && namesSkippedDay(ctx, o),
  );
}

export function checkReformGaps(ctx: CheckContext): Finding[] {
  const { analysis, pairHabit } = ctx;
  const out: Finding[] = [];
  for (const d of analysis.dates) {
    if (!namesSkippedDay(ctx, d) || namesAnotherSkippedDay(ctx, d)) continue;
    const side = d.first;
    const reform = d.reform!;
    // Probably the Old Style date: that day, with its New Style equivalent.
    const asJulian = side.first!;
    const ns = convert(asJulian, 'julian');
    const pairStyle = pairStyleFor(analysis.convention.convention, pairHabit);
    const lastJulian = dayWords(reform.lastJulian);
    const firstGregorian = dayWords(reform.firstGregorian);
    const message =
      `${dayWords(asJulian)} never existed in ${regionLabel(reform)}: ${lastJulian} (O.S.) was followed by ${firstGregorian} (N.S.). ` +
      `Read as O.S., it is ${dayWords(ns)} (N.S.)`;
    const fix: Fix = {
      title: `Rewrite as O.S. ${dayWords(asJulian)} = ${dayWords(ns)} N.S.`,
      edits: [
        analysis.convention.convention === 'julian'
          ? rewriteAsDual(d.mention, side, 'julian', { primary: { first: asJulian }, secondary: { first: ns } }, pairStyle)
          : rewriteAsDual(d.mention, side, 'gregorian', { primary: { first: ns }, secondary: { first: asJulian } }, pairStyle),
      ],
      safe: true,
      preferred: true,
    };
    // Read Old Style only by a region guessed from place words, the label is as likely the real New Style day.
    out.push(finding('reform-gap', d.mention, message, [fix], isReadByAGuessedRegion(ctx, side) ? 'information' : undefined));
  }
  return out;
}

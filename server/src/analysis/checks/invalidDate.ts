/**
 * invalid-date: no such day (31 April), a day or month no calendar has (32 March 1917, 1917-13-45), or a day that
 * exists in one calendar only (29 February 1900 is Julian only).
 */
import { convert, daysInMonth, isValidDate, other, type Calendar, type Reform, type YMD } from '../../calendar';
import { addMarker, pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding, Fix, ResolvedDate, ResolvedSide } from '../types';
import { CALENDAR_NAME, STYLE_ABBR, dayWords, monthName } from '../words';
import type { ImpossibleDate } from '../../recognize/types';
import type { Span } from '../../util/span';
import { isSaidNotToExist } from '../dayEvidence';
import { datesOnlyAfterTheSwitch, spansTheSwitch, type CheckContext } from './context';
import { finding } from './finding';

/** Dates whose day or month no calendar has. No fix: which day was meant (a typo? a swapped pair?) is the writer's to say. */
export function checkImpossibleDates({ analysis }: CheckContext): Finding[] {
  return analysis.impossibleDates.map((d) =>
    finding('invalid-date', d, `${analysis.text.slice(d.start, d.end).replace(/\s+/g, ' ')} is not a date: ${whyImpossible(d)}`),
  );
}

/** Days that do not exist in the calendar they are read in. */
export function checkInvalidDates(ctx: CheckContext): Finding[] {
  const { analysis, pairHabit } = ctx;
  const out: Finding[] = [];
  for (const d of analysis.dates) {
    for (const side of d.second ? [d.first, d.second] : [d.first]) {
      const cal = writersNewStyle(ctx, d, side) ? 'gregorian' : side.calendar;
      const bad = invalidDay(side, cal);
      if (!bad || isLocalInterimDay(bad, d.reform, side)) continue;
      // "There is no 30 February", "Sweden dropped 29 February 1700": the writer says so.
      if (isSaidNotToExist(analysis.text, d.mention)) break;
      const at = d.second ? side.part : d.mention;
      if (bad.year === undefined || !isValidDate(bad as YMD, other(cal))) {
        const days = bad.year === undefined ? maxDays(bad.month) : daysInMonth(bad.year, bad.month, cal);
        out.push(finding('invalid-date', at, `${bad.day} ${monthName(bad.month)}${bad.year === undefined ? '' : ` ${bad.year}`} does not exist: ${monthName(bad.month)} ${bad.year === undefined ? 'has' : `${bad.year} had`} ${days} days`));
        continue;
      }
      // The day exists only in the other calendar: 29 February 1900 read as N.S.
      const day = bad as YMD;
      const there = convert(day, other(cal));
      const fixes: Fix[] = [];
      if (!d.second && !d.selfExplained) {
        fixes.push({ title: `Mark as ${STYLE_ABBR[other(cal)]}`, edits: [addMarker(d.mention, other(cal))], safe: false });
        // A range's end ("21–29 February 1900") is no single day to rewrite as a pair: the mark alone keeps the range.
        if (side.last) { out.push(existsOnlyInOther(at, day, there, cal, fixes)); continue; }
        const primary = analysis.convention.convention === 'julian' ? other(cal) : cal;
        const days = primary === cal ? { primary: { first: there }, secondary: { first: day } } : { primary: { first: day }, secondary: { first: there } };
        fixes.unshift({
          title: `Rewrite as ${STYLE_ABBR[other(cal)]} with its ${STYLE_ABBR[cal]} equivalent`,
          edits: [rewriteAsDual(d.mention, side, primary, days, pairStyleFor(analysis.convention.convention, pairHabit))],
          safe: true,
          preferred: true,
        });
      }
      out.push(existsOnlyInOther(at, day, there, cal, fixes));
    }
  }
  return out;
}

/** "29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)". */
function existsOnlyInOther(at: Span, day: YMD, there: YMD, cal: Calendar, fixes: Fix[]): Finding {
  return finding('invalid-date', at, `${dayWords(day)} exists only in the ${CALENDAR_NAME[other(cal)]} calendar (= ${dayWords(there)} ${STYLE_ABBR[cal]})`, fixes);
}

/**
 * A day only the Julian calendar has, read in it as the region's calendar for want of evidence, in a document that dates
 * nothing before the switch (context.ts): the writer's New Style, where the day does not exist ("29 February 1900" among
 * a Soviet treaty's days of 1922 and 1991), alone or ending a range.
 */
function writersNewStyle(ctx: CheckContext, d: ResolvedDate, side: ResolvedSide): boolean {
  if (d.second || !d.reform || side.reason !== 'region' || side.calendar !== 'julian' || !side.first) return false;
  // Either end of a range may be the day ("21–29 February 1900").
  const julianOnly = [side.first, side.last].some((day) => day && !isValidDate(day, 'gregorian'));
  return julianOnly && !isBirthBeforeTheSwitch(ctx, d) && !spansTheSwitch(ctx.analysis, d) && datesOnlyAfterTheSwitch(ctx.document(), d);
}

/** "born on", "b.", "родился": words that make the date after them a birth. */
const BORN_BEFORE = /(?:\bborn|\bb\.|родил(?:ся|ась)|род\.)[ \t\u00A0]+(?:on[ \t\u00A0]+)?$/iu;

/**
 * "born on 29 February 1900 in Kazan": a birth before the switch, said to be one, is dated in the calendar of its time,
 * whatever the later dates of the life are. Life dates across the switch, "(29 February 1900 – 12 May 1975)", are read
 * so too (context.ts, spansTheSwitch).
 */
function isBirthBeforeTheSwitch(ctx: CheckContext, d: ResolvedDate): boolean {
  const { text } = ctx.document();
  return BORN_BEFORE.test(text.slice(Math.max(0, d.mention.start - 12), d.mention.start));
}

/** Sweden's 30 February 1712, in a paragraph about Sweden: a real day of its own calendar, though no regular calendar has it. */
function isLocalInterimDay(day: { year?: number; month: number; day: number }, reform: Reform | undefined, side: ResolvedSide): boolean {
  const last = reform?.interim?.lastLocal;
  const markedNewStyle = (side.reason === 'marker' || side.reason === 'sentence') && side.calendar === 'gregorian';
  return !!last && day.year === last.year && day.month === last.month && day.day === last.day && !markedNewStyle;
}

/** "there is no month 13, and no month has 45 days". */
function whyImpossible({ day, month }: ImpossibleDate): string {
  const reasons: string[] = [];
  if (month < 1 || month > 12) reasons.push(`there is no month ${month}`);
  if (day < 1) reasons.push('there is no day 0');
  else if (day > 31) reasons.push(`no month has ${day} days`);
  return reasons.join(', and ');
}

function maxDays(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The first day of the side that does not exist in calendar `cal` (also without a year: 31 April never exists). */
function invalidDay(side: ResolvedSide, cal: Calendar): { year?: number; month: number; day: number } | undefined {
  const { part } = side;
  const check = (day: number, month: number, year: number | undefined) => {
    if (month < 1 || month > 12 || day < 1) return { year, month, day };
    if (year === undefined) return day > maxDays(month) ? { month, day } : undefined;
    return isValidDate({ year, month, day }, cal) ? undefined : { year, month, day };
  };
  return (
    check(part.day, part.month, side.first?.year ?? side.year) ??
    (part.endDay !== undefined ? check(part.endDay, part.endMonth ?? part.month, side.last?.year ?? side.year) : undefined)
  );
}

/** dual-date-mismatch: the two sides of a dual date are not the same day (Sweden's own calendar of 1700–1712: swedishDays.ts). */
import { compareYmd, convert, isValidDate, other, toJdn, type YMD } from '../../calendar';
import { namesSwedishCalendar } from '../../recognize/dates/labels';
import { namesACalendar, sentenceAround } from '../../recognize/dates/sentence';
import { isLegalYearPair } from '../dayEvidence';
import { RANGE_JOIN } from '../resolve';
import { rewritePairSide, swappedMarker } from '../rewrite';
import type { Finding, ResolvedDate } from '../types';
import { STYLE_ABBR, spanWords } from '../words';
import { inKeptDaySentence, type CheckContext } from './context';
import { finding } from './finding';
import { checkSwedishDay, isSwedishPair, isUnlabelledSwedishDay } from './swedishDays';

export function checkDualDates({ analysis, document }: CheckContext): Finding[] {
  const out: Finding[] = [];
  let labelsSwedish: boolean | undefined;
  for (let i = 0; i < analysis.dates.length; i++) {
    const d = analysis.dates[i];
    const a = d.first;
    const b = d.second;
    if (!b) {
      const swedish = checkSwedishDay(analysis, i);
      if (swedish) out.push(swedish);
      continue;
    }
    if (!a.first || !b.first) continue;
    if (!isValidDate(a.first, a.calendar) || !isValidDate(b.first, b.calendar)) continue; // invalid-date reports it
    if (a.last && !isValidDate(a.last, a.calendar)) continue;
    if (b.last && !isValidDate(b.last, b.calendar)) continue;
    if (a.calendar === b.calendar) {
      const alike = markedAlike(d);
      if (alike) out.push(alike);
      continue;
    }
    const aInB = { first: convert(a.first, a.calendar), last: a.last && convert(a.last, a.calendar) };
    const bInA = { first: convert(b.first, b.calendar), last: b.last && convert(b.last, b.calendar) };
    if (sameDays(aInB, { first: b.first, last: b.last }) || isLegalYearPair(d) || isKeptToday(analysis.text, d)) continue;
    if (isSwitchEdges(analysis, d)) continue;
    // The whole text is read (so the block's findings are made anew each pass), only for such a pair.
    if (isUnlabelledSwedishDay(d) && !(labelsSwedish ??= namesSwedishCalendar(document().text))) continue;
    if (restatesRange(analysis.text, analysis.dates[i - 1], d, aInB.first)) continue;
    const withYear = b.part.year !== undefined;
    const message =
      `${spanWords(a.first, a.last)} (${STYLE_ABBR[a.calendar]}) is ${spanWords(aInB.first, aInB.last)} (${STYLE_ABBR[b.calendar]}), ` +
      `not ${spanWords(b.first, b.last, withYear || aInB.first.year !== b.first.year)}` +
      (isSwedishPair(d) ? ' (unless the first is a Swedish-calendar day: Sweden ran one day ahead of the Julian calendar in 1700–1712)' : '');
    out.push(finding('dual-date-mismatch', d.mention, message, [
      {
        title: `Correct the ${STYLE_ABBR[b.calendar]} date to ${spanWords(aInB.first, aInB.last, false)}`,
        edits: [rewritePairSide(d, 'second', aInB.first, aInB.last)],
        safe: true,
        preferred: true,
      },
      {
        title: `Correct the ${STYLE_ABBR[a.calendar]} date to ${spanWords(bInA.first, bInA.last, false)}`,
        edits: [rewritePairSide(d, 'first', bInA.first, bInA.last)],
        safe: false,
      },
    ]));
  }
  return out;
}

/** Words of a change of calendar: "the change took place", "was followed by", "switched", "adopted", "introduced". */
const SWITCH_WORDS = /\b(?:chang(?:e|ed|es|ing)|switch(?:ed|es|ing)?|adopt(?:ed|ion|s|ing)?|introduc(?:ed|tion|es|ing)|transition|followed|reform)\b/i;

/**
 * "in catholic areas the change took place 11th/22nd January 1583": a Julian day and the Gregorian day right after it,
 * in a sentence about a change, in a paragraph that names a calendar, are the switch's last old day and first new one,
 * not one day named twice. ("Gustav III's coup … to introduce a division of power" names no calendar.)
 */
function isSwitchEdges(analysis: CheckContext['analysis'], d: ResolvedDate & { block: number }): boolean {
  const a = d.first;
  const b = d.second!;
  if (a.last || b.last || a.calendar !== 'julian' || !a.first || !b.first) return false;
  if (toJdn(b.first, 'gregorian') !== toJdn(a.first, 'julian') + 1) return false;
  const text = analysis.text;
  const [s, e] = sentenceAround(text, d.mention.start);
  const block = analysis.blocks[d.block];
  return SWITCH_WORDS.test(text.slice(s, e)) && namesACalendar(text.slice(block.start, block.end));
}

/**
 * "from 29 December 1825 to 3 January 1826 (10–15 January N.S.)": a bracketed span after the second end of a range
 * written as two dates gives the other calendar's days of the whole range, from the first end's to this one's.
 */
function restatesRange(text: string, prev: ResolvedDate | undefined, d: ResolvedDate, endInB: YMD): boolean {
  const a = d.first;
  const b = d.second!;
  if (!prev || prev.second || !prev.first.first || a.last || !b.first || !b.last) return false;
  if (prev.mention.end > d.mention.start || !RANGE_JOIN.test(text.slice(prev.mention.end, d.mention.start))) return false;
  if (!isValidDate(prev.first.first, a.calendar)) return false;
  return compareYmd(convert(prev.first.first, a.calendar), b.first) === 0 && compareYmd(endInB, b.last) === 0;
}

/**
 * Both sides marked in one calendar ("27–28 May 1905 (O.S.) (14–15 May in the Julian calendar)"): one day restated is
 * no error, two different days cannot both be right. Where the pair holds with one label swapped, that label is the
 * slip, and the fix swaps it in the writer's words.
 */
function markedAlike(d: ResolvedDate): Finding | undefined {
  const a = d.first;
  const b = d.second!;
  const days = (s: typeof a): DaySpan => ({ first: s.first!, last: s.last });
  if (sameDays(days(a), days(b))) return undefined;
  const cal = a.calendar;
  const alt = other(cal);
  const asOther = (s: typeof a): DaySpan => ({ first: convert(s.first!, alt), last: s.last && convert(s.last, alt) });
  const slip = sameDays(asOther(a), days(b)) ? 'first' : sameDays(asOther(b), days(a)) ? 'second' : undefined;
  const [wrong, right] = slip === 'second' ? [b, a] : [a, b];
  const marker = slip === 'first' ? d.mention.firstMarker : slip === 'second' ? d.mention.secondMarker : undefined;
  const swapped = marker && swappedMarker(marker.text);
  const message =
    `${spanWords(a.first!, a.last)} and ${spanWords(b.first!, b.last, b.part.year !== undefined)} are both marked ${STYLE_ABBR[cal]}, ` +
    `but they are not the same day` +
    (slip ? `: ${spanWords(wrong.first!, wrong.last)} (${STYLE_ABBR[alt]}) is ${spanWords(right.first!, right.last)} (${STYLE_ABBR[cal]})` : '');
  return finding('dual-date-mismatch', d.mention, message, marker && swapped
    ? [{ title: `Mark the ${slip} date as ${STYLE_ABBR[alt]}`, edits: [{ start: marker.start, end: marker.end, newText: swapped }], safe: false, preferred: true }]
    : []);
}

/** A day or a range of days, in one calendar. */
type DaySpan = { first: YMD; last?: YMD };

/** The same day, or the same range of days. */
function sameDays(x: DaySpan, y: DaySpan): boolean {
  return compareYmd(x.first, y.first) === 0 && (x.last === undefined) === (y.last === undefined) && (!x.last || compareYmd(x.last, y.last!) === 0);
}

/**
 * "His feast is kept on 25 September (8 October N.S.)", "Tatiana Day, 25 January (12 January O.S.)": a day kept every
 * year, given by today's 13-day difference whatever year the text spoke of last. A pair with no year of its own, in a
 * sentence of such a day, that holds in today's calendars is no slip of the year the context lends it.
 */
function isKeptToday(text: string, d: ResolvedDate): boolean {
  const { mention, first: a, second: b } = d;
  if (!b || a.last || b.last || mention.first.year !== undefined || mention.second?.year !== undefined || mention.sharedYear !== undefined) return false;
  const today = convert({ year: 2000, month: mention.first.month, day: mention.first.day }, a.calendar);
  if (today.month !== mention.second!.month || today.day !== mention.second!.day) return false;
  return inKeptDaySentence(text, mention.start);
}

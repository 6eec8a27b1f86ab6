/** dual-date-mismatch: the two sides of a dual date are not the same day. */
import { compareYmd, convert, fromJdn, getReform, interimDate, isValidDate, other, toJdn, type YMD } from '../../calendar';
import { namesSwedishCalendar, swedishLabelEnd } from '../../recognize/dates/labels';
import { namesACalendar, sentenceAround } from '../../recognize/dates/sentence';
import { isLegalYearPair } from '../dayEvidence';
import { RANGE_JOIN } from '../resolve';
import { rewritePairSide, rewriteSide, swappedMarker } from '../rewrite';
import type { Finding, ResolvedDate } from '../types';
import { STYLE_ABBR, dayWords, spanWords } from '../words';
import { inKeptDaySentence, type CheckContext } from './context';

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
    out.push({
      code: 'dual-date-mismatch',
      severity: 'warning',
      start: d.mention.start,
      end: d.mention.end,
      message:
        `${spanWords(a.first, a.last)} (${STYLE_ABBR[a.calendar]}) is ${spanWords(aInB.first, aInB.last)} (${STYLE_ABBR[b.calendar]}), ` +
        `not ${spanWords(b.first, b.last, withYear || aInB.first.year !== b.first.year)}` +
        (isSwedishPair(d) ? ' (unless the first is a Swedish-calendar day: Sweden ran one day ahead of the Julian calendar in 1700–1712)' : ''),
      fixes: [
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
      ],
    });
  }
  return out;
}

const SWEDEN = getReform('sweden');

/** What may join the days of one fact in several calendars: a comma, "or", "and", "=", a new item of a list. */
const CALENDARS_JOIN = /^[ \t\u00A0]*[,;]?[ \t\u00A0]*(?:\n[ \t\u00A0]*(?:[-*+][ \t\u00A0]+)?)?(?:(?:or|and|=)[ \t\u00A0]+)?$/;

/**
 * Infoboxes give a day of 1700–1712 in three calendars: "3 July 1708 (O.S.), 4 July 1708 (Swedish calendar), 14 July
 * 1708 (N.S.)", "19 November 1700 (O.S.), 20 November 1700 (S.S.), 30 November 1700 (N.S.)". The labelled Swedish day
 * (one ahead of the Julian) must be the day of the labelled ones written beside it; where one of three does not fit the
 * other two, that one is the slip, and where a Swedish day fits no day beside it, the Swedish day is flagged.
 */
function checkSwedishDay(analysis: CheckContext['analysis'], i: number): Finding | undefined {
  const d = analysis.dates[i];
  const s = d.first;
  if (!SWEDEN || !s.first || s.last || d.mention.firstMarker || s.year === undefined) return undefined;
  const labelEnd = swedishLabelEnd(analysis.text, d.mention.end);
  if (labelEnd === undefined) return undefined;
  const text = analysis.text;
  const labelled = (n: ResolvedDate | undefined): n is ResolvedDate =>
    !!n && !n.second && !n.first.last && n.first.jdn !== undefined && (n.mention.firstMarker !== undefined || !!n.mention.sentenceMarker?.attached);
  const prev = analysis.dates[i - 1];
  const next = analysis.dates[i + 1];
  const beside: ResolvedDate[] = [];
  if (labelled(prev) && CALENDARS_JOIN.test(text.slice(Math.max(prev.mention.end, prev.mention.firstMarker?.end ?? 0, prev.mention.sentenceMarker?.end ?? 0), d.mention.start))) beside.push(prev);
  if (labelled(next) && CALENDARS_JOIN.test(text.slice(labelEnd, Math.min(next.mention.start, next.mention.firstMarker?.start ?? Infinity)))) beside.push(next);
  const swedishOf = (n: ResolvedDate) => interimDate(SWEDEN, n.first.jdn!);
  if (beside.length === 0 || beside.some((n) => swedishOf(n) === undefined)) return undefined; // outside 1700–1712
  const misfits = beside.filter((n) => compareYmd(swedishOf(n)!, s.first!) !== 0);
  if (misfits.length === 0) return undefined;
  if (misfits.length < beside.length) {
    // The Swedish day and one labelled day agree: the other labelled day is the slip.
    const n = misfits[0];
    const right = fromJdn(beside.find((x) => x !== n)!.first.jdn!, n.first.calendar);
    return {
      code: 'dual-date-mismatch',
      severity: 'warning',
      start: n.mention.start,
      end: n.mention.end,
      message: `${dayWords(n.first.first!)} (${STYLE_ABBR[n.first.calendar]}) is not the day of ${dayWords(s.first)} in the Swedish calendar: that is ${dayWords(right)} (${STYLE_ABBR[n.first.calendar]})`,
      fixes: [{ title: `Correct the ${STYLE_ABBR[n.first.calendar]} date to ${dayWords(right, false)}`, edits: [rewriteSide(n.first, right, undefined)], safe: true, preferred: true }],
    };
  }
  // The Swedish day fits none of the days beside it; where those agree with each other, it is the slip.
  const ref = misfits[0];
  const right = swedishOf(ref)!;
  const agreed = misfits.every((n) => n.first.jdn === ref.first.jdn);
  return {
    code: 'dual-date-mismatch',
    severity: 'warning',
    start: d.mention.start,
    end: d.mention.end,
    message: `${dayWords(ref.first.first!)} (${STYLE_ABBR[ref.first.calendar]}) is ${dayWords(right)} in the Swedish calendar, not ${dayWords(s.first)}`,
    fixes: [{ title: `Correct the Swedish-calendar date to ${dayWords(right, false)}`, edits: [rewriteSide(s, right, undefined)], safe: agreed && misfits.length > 1, preferred: true }],
  };
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
  return {
    code: 'dual-date-mismatch',
    severity: 'warning',
    start: d.mention.start,
    end: d.mention.end,
    message:
      `${spanWords(a.first!, a.last)} and ${spanWords(b.first!, b.last, b.part.year !== undefined)} are both marked ${STYLE_ABBR[cal]}, ` +
      `but they are not the same day` +
      (slip ? `: ${spanWords(wrong.first!, wrong.last)} (${STYLE_ABBR[alt]}) is ${spanWords(right.first!, right.last)} (${STYLE_ABBR[cal]})` : ''),
    fixes: marker && swapped
      ? [{ title: `Mark the ${slip} date as ${STYLE_ABBR[alt]}`, edits: [{ start: marker.start, end: marker.end, newText: swapped }], safe: false, preferred: true }]
      : [],
  };
}

/** A day or a range of days, in one calendar. */
type DaySpan = { first: YMD; last?: YMD };

/** The same day, or the same range of days. */
function sameDays(x: DaySpan, y: DaySpan): boolean {
  return compareYmd(x.first, y.first) === 0 && (x.last === undefined) === (y.last === undefined) && (!x.last || compareYmd(x.last, y.last!) === 0);
}

/**
 * Sweden 1700–1712 wrote its own calendar, one day ahead of the Julian: a Julian side that is the Swedish day of the
 * other ("28 June 1709 (8 July, N.S.)", the Swedish date of Poltava) may be right — or one day off. Both are said.
 */
function isSwedishPair(d: ResolvedDate): boolean {
  const [julian, gregorian] = d.first.calendar === 'julian' ? [d.first, d.second] : [d.second, d.first];
  if (!d.reform || !julian?.first || julian.last || gregorian?.jdn === undefined) return false;
  const swedish = interimDate(d.reform, gregorian.jdn);
  return swedish !== undefined && compareYmd(swedish, julian.first) === 0;
}

/**
 * In a Swedish or Finnish paragraph, an unlabelled side that is the Swedish day of the other ("the Battle of Poltava on
 * 28 June 1709 (8 July, N.S.)") is that calendar's day, as writers of Swedish history give it — unless the text labels
 * its Swedish days ("4 July 1708 (Swedish calendar)"; checked by the caller, once): then an unlabelled one is Julian,
 * one day off. A labelled O.S. side one day ahead stays a slip (said with the Swedish reading).
 */
function isUnlabelledSwedishDay(d: ResolvedDate): boolean {
  const julianMarker = d.first.calendar === 'julian' ? d.mention.firstMarker : d.mention.secondMarker;
  return julianMarker === undefined && isSwedishPair(d);
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

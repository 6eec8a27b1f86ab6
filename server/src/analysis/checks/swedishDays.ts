/**
 * Sweden's own calendar of 1 March 1700 – 30 February 1712, one day ahead of the Julian, in dual-date-mismatch: a
 * labelled Swedish day checked against the labelled days beside it, and a pair side that is the Swedish day of the other.
 */
import { compareYmd, fromJdn, getReform, interimDate } from '../../calendar';
import { swedishLabelEnd } from '../../recognize/dates/labels';
import { rewriteSide } from '../rewrite';
import type { DocumentAnalysis, Finding, ResolvedDate } from '../types';
import { STYLE_ABBR, dayWords } from '../words';
import { finding } from './finding';

const SWEDEN = getReform('sweden');

/** What may join the days of one fact in several calendars: a comma, "or", "and", "=", a new item of a list. */
const CALENDARS_JOIN = /^[ \t\u00A0]*[,;]?[ \t\u00A0]*(?:\n[ \t\u00A0]*(?:[-*+][ \t\u00A0]+)?)?(?:(?:or|and|=)[ \t\u00A0]+)?$/;

/**
 * Infoboxes give a day of 1700–1712 in three calendars: "3 July 1708 (O.S.), 4 July 1708 (Swedish calendar), 14 July
 * 1708 (N.S.)", "19 November 1700 (O.S.), 20 November 1700 (S.S.), 30 November 1700 (N.S.)". The labelled Swedish day
 * (one ahead of the Julian) must be the day of the labelled ones written beside it; where one of three does not fit the
 * other two, that one is the slip, and where a Swedish day fits no day beside it, the Swedish day is flagged.
 */
export function checkSwedishDay(analysis: DocumentAnalysis, i: number): Finding | undefined {
  const d = analysis.dates[i];
  const s = d.first;
  if (!SWEDEN || !s.first || s.last || d.mention.firstMarker || s.year === undefined) return undefined;
  const labelEnd = swedishLabelEnd(analysis.text, d.mention.end);
  if (labelEnd === undefined) return undefined;
  const text = analysis.text;
  // A day beside it counts when the writer labelled it (its marker, or a phrase right after it), whatever decided its
  // reading: the labels only show that the days stand side by side as the calendars' days. calendarMixup's
  // isDirectlyMarked asks more, that the label decided the reading (a double year outranks a phrase), as it rewrites it.
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
    return finding(
      'dual-date-mismatch',
      n.mention,
      `${dayWords(n.first.first!)} (${STYLE_ABBR[n.first.calendar]}) is not the day of ${dayWords(s.first)} in the Swedish calendar: that is ${dayWords(right)} (${STYLE_ABBR[n.first.calendar]})`,
      [{ title: `Correct the ${STYLE_ABBR[n.first.calendar]} date to ${dayWords(right, false)}`, edits: [rewriteSide(n.first, right, undefined)], safe: true, preferred: true }],
    );
  }
  // The Swedish day fits none of the days beside it; where those agree with each other, it is the slip.
  const ref = misfits[0];
  const right = swedishOf(ref)!;
  const agreed = misfits.every((n) => n.first.jdn === ref.first.jdn);
  return finding(
    'dual-date-mismatch',
    d.mention,
    `${dayWords(ref.first.first!)} (${STYLE_ABBR[ref.first.calendar]}) is ${dayWords(right)} in the Swedish calendar, not ${dayWords(s.first)}`,
    [{ title: `Correct the Swedish-calendar date to ${dayWords(right, false)}`, edits: [rewriteSide(s, right, undefined)], safe: agreed && misfits.length > 1, preferred: true }],
  );
}

/**
 * Sweden 1700–1712 wrote its own calendar, one day ahead of the Julian: a Julian side that is the Swedish day of the
 * other ("28 June 1709 (8 July, N.S.)", the Swedish date of Poltava) may be right — or one day off. Both are said.
 */
export function isSwedishPair(d: ResolvedDate): boolean {
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
export function isUnlabelledSwedishDay(d: ResolvedDate): boolean {
  const julianMarker = d.first.calendar === 'julian' ? d.mention.firstMarker : d.mention.secondMarker;
  return julianMarker === undefined && isSwedishPair(d);
}

/**
 * What every check gets: the analysis so far and the dataset. Block checks see one block at a time — `analysis`'s
 * dates, entities and impossible dates are that block's — so that a block's findings can be kept while it and its
 * context stay the same; what needs the whole document asks `document()`, and the block's findings are then made anew
 * each pass.
 */
import { compareYmd, convert, fromJdn, isInReformGap, toJdn, type YMD } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import { sentenceAround } from '../../recognize/dates/sentence';
import type { PairStyle } from '../../recognize/types';
import { isConvention, writesDay } from '../resolve';
import type { Convention, DocumentAnalysis, Finding, ResolvedDate, ResolvedSide } from '../types';
import type { Named } from './named';

export interface CheckContext {
  analysis: DocumentAnalysis;
  /** The whole document's analysis; asking for it says the findings depend on more than the block. */
  document: () => DocumentAnalysis;
  dataset: Dataset;
  /** The pair style the document uses most ("7 March (O.S. 22 February)" → paren-marked). */
  pairHabit?: PairStyle;
  /** What the date at `at` in block `block` has named around it (named.ts), gathered once per pass for all checks. */
  namedIn: (block: number, at: number) => Named;
}

export type Check = (ctx: CheckContext) => Finding[];

/**
 * The side was read in the region's own calendar of its day: with no convention, or by an Old Style convention
 * (which means the local calendar). Only such a reading can name a day the reform skipped.
 */
export function isLocalReading(side: ResolvedSide, convention: Convention | undefined): boolean {
  return side.reason === 'region' || (convention === 'julian' && isConvention(side.reason));
}

/**
 * The document gives the day `jdn` as a pair whose two sides agree (before offset `before`, when given): the writer
 * has named that day in both calendars, so a lone label of it elsewhere restates the pair's side of the same day.
 */
export function pairGivesDay(dates: readonly ResolvedDate[], jdn: number, before = Infinity): boolean {
  return dates.some((o) => o.mention.start < before && o.second !== undefined && o.first.jdn === jdn && o.second.jdn === jdn);
}

/** Words before a day that say it was not: "there was no 5 September 1752", "не 1 февраля", "dropping 29 February". */
const DENIED_BEFORE = /(?:^|[^\p{L}])(?:no|not|не|нет|dropp(?:ed|ing)|omitt(?:ed|ing)|skipp(?:ed|ing)|drop|omit|skip)\s+(?:the\s+)?$/iu;
/** Words after it: "29 February was dropped", "the days … were omitted", "never existed", "did not exist". */
const DENIED_AFTER = /^[\s,]*(?:(?:was|were|is|are|being)\s+)?(?:dropped|omitted|skipped|left\s+out|never\s+existed|did\s+not\s+exist)\b/iu;

/** The sentence says the day was not ("there was no 5 September 1752", "Sweden dropped 29 February 1700"). */
export function isSaidNotToExist(text: string, mention: { start: number; end: number; weekday?: { start: number } }): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const at = Math.min(mention.start, mention.weekday?.start ?? mention.start);
  const lineEnd = text.indexOf('\n', mention.end);
  return DENIED_BEFORE.test(text.slice(Math.max(lineStart, at - 16), at)) ||
    DENIED_AFTER.test(text.slice(mention.end, Math.min(lineEnd < 0 ? text.length : lineEnd, mention.end + 40)));
}

/**
 * The date is a day its region's reform skipped, written where the sentence speaks of the skipped days themselves,
 * not of something dated: it names both edges of the switch ("the first day after 31 January is to be counted not
 * 1 February but 14 February") or the day the skipped label became ("16 February 1923 became 1 March 1923": Julian
 * 16 February is Gregorian 1 March), or the Julian day it followed at a switch, which may be another place's than the
 * region's (a table of switches: "| Flanders | 1582-12-14 | 1582-12-25 |"), the date is a range that lies wholly in the
 * gap ("the eleven days from 3 to 13 September 1752 were omitted"), or the sentence says the day was not ("there was
 * no 5 September 1752 in England").
 */
export function isSkippedDayOfTheSwitch(ctx: CheckContext, d: ResolvedDate): boolean {
  const reform = d.reform;
  const day = d.first.first;
  if (!reform || !day || !isInReformGap(reform, day, 'gregorian')) return false;
  if (d.first.last && isInReformGap(reform, d.first.last, 'gregorian')) return true;
  // The sentence may run into the block before (a heading right above): its dates are weighed too.
  const analysis = ctx.document();
  const { text } = analysis;
  if (isSaidNotToExist(text, d.mention)) return true;
  const sentence = sentenceAround(text, d.mention.start);
  const names = (other: YMD) => writesDay(analysis.dates, sentence, other);
  const followed = fromJdn(toJdn(day, 'gregorian') - 1, 'julian');
  if ((names(reform.lastJulian) && names(reform.firstGregorian)) || names(convert(day, 'julian')) || names(followed)) return true;
  return isFirstSkippedLabel(reform.lastJulian, day) && explainsTheSwitch(analysis, reform.lastJulian, reform.firstGregorian);
}

/** The label that would have followed the last Julian day ("1 April 1916" after 31 March): the day writers call missing. */
function isFirstSkippedLabel(lastJulian: YMD, day: YMD): boolean {
  const next = fromJdn(toJdn(lastJulian, 'julian') + 1, 'julian');
  return next.year === day.year && next.month === day.month && next.day === day.day;
}

/**
 * A sentence of the document names both edges of the switch ("after March 31, 1916, … April 14, 1916"): the text is
 * about the switch, and the missing day it names elsewhere (its heading, "April 1, 1916 is known as the missing day")
 * is the switch's, not a date of something.
 */
function explainsTheSwitch(analysis: DocumentAnalysis, lastJulian: YMD, firstGregorian: YMD): boolean {
  return analysis.dates.some((o) => {
    const first = o.first.first;
    return first !== undefined && compareYmd(first, lastJulian) === 0 && writesDay(analysis.dates, sentenceAround(analysis.text, o.mention.start), firstGregorian);
  });
}

/**
 * With no convention, a day is read in the local calendar of its time only as a guess. Where the document dates something
 * after the region's switch and nothing before it, the writer writes the calendar of the time after the reform, and a day
 * that only the old calendar has is their New Style: a skipped day ('an independent state on 22 April 1918' among
 * Georgia's dates of May 1918 is 9 April O.S.; reformGap.ts), or 29 February 1900 among a Soviet treaty's days
 * (invalidDate.ts). A text that also dates days before the switch keeps the local reading.
 */
export function datesOnlyAfterTheSwitch(analysis: DocumentAnalysis, d: ResolvedDate): boolean {
  const reform = d.reform!;
  let after = 0;
  for (const o of analysis.dates) {
    const day = o.first.first;
    // A yearless date takes its year from the dates around it, perhaps from this one: it says nothing of its own.
    if (o === d || o.first.jdn === undefined || !day || o.first.yearFromContext) continue;
    if (o.reform && o.first.calendar === 'gregorian' && isInReformGap(o.reform, day, 'gregorian')) continue;
    if (o.first.jdn < reform.firstGregorianJdn) return false;
    after++;
  }
  return after > 0;
}

/** Words of a day kept every year: a feast, a commemoration, a holiday, a name day ("Память", "празднуется"). */
const KEPT_DAY = /\b(?:[Ff]easts?|commemorat\w*|celebrat\w*|kept|keeps?|observ\w*|venerat\w*|holidays?|name[- ]?days?|Day)\b|[Пп]амят|праздн|отмеча/u;

/** The sentence around pos speaks of a day kept every year ("His feast is kept on 25 September", "Liberation Day"). */
export function inKeptDaySentence(text: string, pos: number): boolean {
  const [start, end] = sentenceAround(text, pos);
  return KEPT_DAY.test(text.slice(start, end));
}

/**
 * A day with no year of its own in a sentence about a day kept every year ("today, commemorations are held on 12 July"):
 * a day of the calendar it is kept in today, whatever year the context lends it.
 */
export function isKeptEveryYear(text: string, d: ResolvedDate): boolean {
  return d.mention.first.year === undefined && d.mention.sharedYear === undefined && inKeptDaySentence(text, d.mention.start);
}

/** Only a dash between two dates: "29 February 1900 – 12 May 1975", "(5 February 1918–1 March 1990)". */
const SPAN_DASH = /^[ \t\u00A0]*[–—-][ \t\u00A0]*$/u;

/**
 * The date is an end of a span of years across its region's switch, each end with its own year ("Petrov (29 February
 * 1900 – 12 May 1975)": a life): the start's label comes before the first day of the new calendar, the end's is that
 * day or later. Many writers give each end as its own day was kept (an O.S. birth, an N.S. death), others both New
 * Style, so the start's calendar does not follow from the end's: a start only one calendar has (29 February 1900, a
 * skipped 5 February 1918) is read in the calendar where it exists. (An end in the gap was kept under neither.)
 */
export function spansTheSwitch(analysis: DocumentAnalysis, d: ResolvedDate): boolean {
  const reform = d.reform;
  if (!reform || d.second) return false;
  const i = analysis.dates.findIndex((o) => o === d);
  const { text } = analysis;
  const joined = (a?: ResolvedDate, b?: ResolvedDate) =>
    !!a && !!b && !a.second && !b.second && a.mention.end <= b.mention.start && SPAN_DASH.test(text.slice(a.mention.end, b.mention.start));
  const across = (a: ResolvedDate, b: ResolvedDate) => {
    const [start, end] = [a.first.first, b.first.last ?? b.first.first];
    return !!start && !!end && a.first.part.year !== undefined && b.first.part.year !== undefined && start.year !== end.year &&
      compareYmd(start, reform.firstGregorian) < 0 && compareYmd(end, reform.firstGregorian) >= 0;
  };
  const before = analysis.dates[i - 1];
  const after = analysis.dates[i + 1];
  return (joined(d, after) && across(d, after!)) || (joined(before, d) && across(before!, d));
}

/**
 * What every check gets: the analysis so far and the dataset. Block checks see one block at a time — `analysis`'s
 * dates, entities and impossible dates are that block's — so that a block's findings can be kept while it and its
 * context stay the same; what needs the whole document asks `document()`, and the block's findings are then made anew
 * each pass.
 */
import { compareYmd, isInReformGap } from '../../calendar';
import { sentenceAround } from '../../recognize/dates/sentence';
import type { PairStyle } from '../../recognize/types';
import type { Reading } from '../dayEvidence';
import { isConvention } from '../resolve';
import type { Convention, DocumentAnalysis, Finding, ResolvedDate, ResolvedSide } from '../types';
import type { Named } from './named';

/** A block's reading (`analysis`, `document()`, `dataset`: what dayEvidence.ts reads evidence from), and what checks share. */
export interface CheckContext extends Reading {
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

/**
 * Words of a day kept every year: a feast, a commemoration, a holiday, a name day ("Память", "празднуется"), and the
 * feasts kept on a fixed Julian day, named ("Christmas falls on 7 January (25 December Old Style)", "Рождество").
 */
const KEPT_DAY =
  /\b(?:[Ff]easts?|commemorat\w*|celebrat\w*|kept|keeps?|observ\w*|venerat\w*|holidays?|name[- ]?days?|Day|Christmas|Nativity|New Year|Epiphany|Theophany)\b|[Пп]амят|праздн|отмеча|Рождеств|Крещени/u;

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

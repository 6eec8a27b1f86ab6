/** What every check gets: the analysis so far and the dataset. */
import { isInReformGap, type YMD } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import { sentenceAround } from '../../recognize/dates/sentence';
import type { PairStyle } from '../../recognize/types';
import { isConvention } from '../resolve';
import type { Convention, DocumentAnalysis, Finding, ResolvedDate, ResolvedSide } from '../types';

export interface CheckContext {
  analysis: DocumentAnalysis;
  dataset: Dataset;
  /** The pair style the document uses most ("7 March (O.S. 22 February)" → paren-marked). */
  pairHabit?: PairStyle;
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
 * The date is a day its region's reform skipped, in a sentence that also names both edges of the switch ("the first
 * day after 31 January is to be counted not 1 February but 14 February"): the sentence describes the switch, and
 * the gap day is the skipped day itself, not the date of something.
 */
export function isSkippedDayOfTheSwitch(analysis: DocumentAnalysis, d: ResolvedDate): boolean {
  const reform = d.reform;
  const day = d.first.first;
  if (!reform || !day || !isInReformGap(reform, day, 'gregorian')) return false;
  const [start, end] = sentenceAround(analysis.text, d.mention.start);
  const names = (edge: YMD) => analysis.dates.some((o) => o.mention.start >= start && o.mention.end <= end && sameDay(o.first.first, edge));
  return names(reform.lastJulian) && names(reform.firstGregorian);
}

function sameDay(a: YMD | undefined, b: YMD): boolean {
  return a !== undefined && a.year === b.year && a.month === b.month && a.day === b.day;
}

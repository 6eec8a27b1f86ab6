/** What every check gets: the analysis so far and the dataset. */
import { compareYmd, isInReformGap, type YMD } from '../../calendar';
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

/** A date the sentence denies: "there was no 5 September 1752", "считать не 1 февраля, а 14 февраля". */
const DENIED = /(?:^|[^\p{L}])(?:no|not|не|нет)\s+$/iu;

/**
 * The date is a day its region's reform skipped, written where the sentence speaks of the skipped days themselves,
 * not of something dated: it names both edges of the switch ("the first day after 31 January is to be counted not
 * 1 February but 14 February"), the date is a range that lies wholly in the gap ("the eleven days from 3 to
 * 13 September 1752 were omitted"), or the sentence denies the day ("there was no 5 September 1752 in England").
 */
export function isSkippedDayOfTheSwitch(analysis: DocumentAnalysis, d: ResolvedDate): boolean {
  const reform = d.reform;
  const day = d.first.first;
  if (!reform || !day || !isInReformGap(reform, day, 'gregorian')) return false;
  if (d.first.last && isInReformGap(reform, d.first.last, 'gregorian')) return true;
  const { text } = analysis;
  const lineStart = text.lastIndexOf('\n', d.mention.start - 1) + 1;
  const at = Math.min(d.mention.start, d.mention.weekday?.start ?? d.mention.start);
  if (DENIED.test(text.slice(Math.max(lineStart, at - 12), at))) return true;
  const [start, end] = sentenceAround(text, d.mention.start);
  const names = (edge: YMD) => analysis.dates.some((o) => o.mention.start >= start && o.mention.end <= end && o.first.first && compareYmd(o.first.first, edge) === 0);
  return names(reform.lastJulian) && names(reform.firstGregorian);
}

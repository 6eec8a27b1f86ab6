/** What every check gets: the analysis so far, the dataset, and a few shared helpers. */
import { convert, isValidDate, type Calendar, type YMD } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import type { PairStyle } from '../../recognize/types';
import type { DocumentAnalysis } from '../analyze';
import type { ResolvedSide } from '../resolve';
import type { Finding } from '../types';

export interface CheckContext {
  analysis: DocumentAnalysis;
  dataset: Dataset;
  /** The pair style the document uses most ("7 March (O.S. 22 February)" → paren-marked). */
  pairHabit?: PairStyle;
}

export type Check = (ctx: CheckContext) => Finding[];

/** The side's day(s) in the other calendar, when they exist in its own. */
export function convertedSide(side: ResolvedSide): { first: YMD; last?: YMD } | undefined {
  if (!side.first || !isValidDate(side.first, side.calendar)) return undefined;
  if (side.last && !isValidDate(side.last, side.calendar)) return undefined;
  return { first: convert(side.first, side.calendar), last: side.last && convert(side.last, side.calendar) };
}

/** The side's day(s) read in `calendar` instead of its own (same labels, other calendar). */
export function sameLabels(side: ResolvedSide): { first: YMD; last?: YMD } | undefined {
  return side.first ? { first: side.first, last: side.last } : undefined;
}

export function isConvention(reason: ResolvedSide['reason']): boolean {
  return reason === 'front-matter' || reason === 'setting' || reason === 'inferred';
}

export type { Calendar };

/** What every check gets: the analysis so far and the dataset. */
import type { Dataset } from '../../dataset/dataset';
import type { PairStyle } from '../../recognize/types';
import type { Finding, DocumentAnalysis, ResolvedSide } from '../types';

export interface CheckContext {
  analysis: DocumentAnalysis;
  dataset: Dataset;
  /** The pair style the document uses most ("7 March (O.S. 22 February)" → paren-marked). */
  pairHabit?: PairStyle;
}

export type Check = (ctx: CheckContext) => Finding[];

export function isConvention(reason: ResolvedSide['reason']): boolean {
  return reason === 'front-matter' || reason === 'setting' || reason === 'inferred';
}

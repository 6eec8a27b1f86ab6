/** What every check gets: the analysis so far and the dataset. */
import type { Dataset } from '../../dataset/dataset';
import type { PairStyle } from '../../recognize/types';
import { isConvention } from '../resolve';
import type { Convention, DocumentAnalysis, Finding, ResolvedSide } from '../types';
import type { Named } from './named';

export interface CheckContext {
  analysis: DocumentAnalysis;
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

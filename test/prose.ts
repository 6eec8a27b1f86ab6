/** The prose spans of a whole document, in order: what analyze() feeds the recognizers, for tests that call them directly. */
import { proseSpans, splitBlocks } from '../server/src/markdown';
import type { Span } from '../server/src/util/span';

export function documentProse(text: string): Span[] {
  return splitBlocks(text).flatMap((b) => proseSpans(text, b));
}

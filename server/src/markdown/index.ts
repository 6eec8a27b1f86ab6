/** Which parts of a Markdown text are prose: blocks, inline prose spans, front matter, Clio directives. */
import { splitBlocks } from './blocks';
import { proseSpans } from './prose';
import type { Span } from '../util/span';

export { splitBlocks, splitWithState, resplitBlocks, changedRange, frontMatter } from './blocks';
export type { Block, BlockKind, BlockSplit, FrontMatter, Resplit, TextChange } from './blocks';
export { proseSpans } from './prose';
export { DIRECTIVE_MARK, directives } from './directives';
export type { Directive, DirectiveKind } from './directives';

/** Convenience: the prose spans of a whole document, in order. */
export function documentProse(text: string): Span[] {
  const out: Span[] = [];
  for (const b of splitBlocks(text)) for (const s of proseSpans(text, b)) out.push(s);
  return out;
}

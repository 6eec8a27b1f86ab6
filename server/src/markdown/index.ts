/** Which parts of a Markdown text are prose: blocks, inline prose spans, front matter, Clio directives. */
export { splitBlocks, splitWithState, resplitBlocks, changedRange, frontMatter } from './blocks';
export type { Block, BlockKind, BlockSplit, FrontMatter, Resplit, TextChange } from './blocks';
export { proseSpans } from './prose';
export { DIRECTIVE_MARK, directives } from './directives';
export type { Directive, DirectiveKind } from './directives';


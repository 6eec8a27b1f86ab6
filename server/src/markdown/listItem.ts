/** The list item around an offset of a list block, for checks that weigh what "the same paragraph" names. */
import type { Span } from '../util/span';

/** A line that opens an item: optional indentation, then `-`, `*`, `+` or `1.`/`1)` and a blank. */
const ITEM_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * From the start of the item line at or before `offset` to the start of the next item that is not nested in it
 * (within the block): "- March 8" owns the sub-items under it.
 */
export function listItemAround(text: string, block: Span, offset: number): Span {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > block.start && !ITEM_START.test(lineAt(text, start))) start = text.lastIndexOf('\n', start - 2) + 1;
  start = Math.max(start, block.start);
  const indent = indentOf(lineAt(text, start));
  let end = text.indexOf('\n', offset);
  while (end >= 0 && end + 1 < block.end) {
    const line = lineAt(text, end + 1);
    if (ITEM_START.test(line) && indentOf(line) <= indent) break;
    end = text.indexOf('\n', end + 1);
  }
  return { start, end: end < 0 || end > block.end ? block.end : end };
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * CommonMark's link syntax, as far as "which letters are prose" needs it: where an inline link's `(destination
 * "title")` ends, where a reference label ends, and where a link reference definition ends. Each answers -1 when
 * the text is not that construct, so that it stays text, as CommonMark reads it.
 */

import { CharCode, isLineBreak } from '../util/charCode';

const isBlank = (c: number) => c === CharCode.Space || c === CharCode.Tab;

/** After blanks and at most one line break from i (never past a blank line): the next offset. */
function skipSpace(text: string, i: number, e: number): number {
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  if (i < e && isLineBreak(text.charCodeAt(i))) {
    const j = i + (text.charCodeAt(i) === CharCode.CarriageReturn && text.charCodeAt(i + 1) === CharCode.LineFeed ? 2 : 1);
    let k = j;
    while (k < e && isBlank(text.charCodeAt(k))) k++;
    if (k < e && isLineBreak(text.charCodeAt(k))) return i; // a blank line ends the construct
    return k;
  }
  return i;
}

/** The end of a link destination at i (`<…>` or a run without blanks, its parentheses balanced), or -1. */
function destinationEnd(text: string, i: number, e: number): number {
  if (text.charCodeAt(i) === CharCode.LessThan) {
    for (let j = i + 1; j < e; j++) {
      const c = text.charCodeAt(j);
      if (c === CharCode.Backslash) j++;
      else if (c === CharCode.GreaterThan) return j + 1;
      else if (c === CharCode.LessThan || isLineBreak(c)) return -1;
    }
    return -1;
  }
  let depth = 0;
  let j = i;
  for (; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c === CharCode.Backslash && j + 1 < e && !isLineBreak(text.charCodeAt(j + 1)) && !isBlank(text.charCodeAt(j + 1))) j++;
    else if (c <= CharCode.Space || c === CharCode.DEL) break;
    else if (c === CharCode.OpenParen) {
      if (++depth > 32) return -1;
    } else if (c === CharCode.CloseParen) {
      if (depth === 0) break;
      depth--;
    }
  }
  return j === i || depth !== 0 ? -1 : j;
}

/** The end of a link title at i (`"…"`, `'…'` or `(…)`, no blank line inside), or -1. */
function titleEnd(text: string, i: number, e: number): number {
  const open = text.charCodeAt(i);
  const close = open === CharCode.OpenParen ? CharCode.CloseParen : open;
  if (open !== CharCode.DoubleQuote && open !== CharCode.Apostrophe && open !== CharCode.OpenParen) return -1;
  for (let j = i + 1; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c === CharCode.Backslash) j++;
    else if (c === close) return j + 1;
    else if (open === CharCode.OpenParen && c === CharCode.OpenParen) return -1;
    else if (isLineBreak(c) && skipSpace(text, j, e) === j) return -1;
  }
  return -1;
}

/** The end of an inline link's `(destination "title")` opening at i (`(`), or -1. */
export function linkTailEnd(text: string, i: number, e: number): number {
  let j = skipSpace(text, i + 1, e);
  if (text.charCodeAt(j) === CharCode.CloseParen) return j + 1;
  const d = destinationEnd(text, j, e);
  if (d === -1) return -1;
  j = skipSpace(text, d, e);
  if (j > d) {
    const t = titleEnd(text, j, e);
    if (t !== -1) j = skipSpace(text, t, e);
  }
  return text.charCodeAt(j) === CharCode.CloseParen ? j + 1 : -1;
}

/** The end of a reference label `[…]` at i (no unescaped brackets, not blank, at most 999 characters), or -1. */
export function labelEnd(text: string, i: number, e: number): number {
  let filled = false;
  for (let j = i + 1; j < e && j - i <= 1000; j++) {
    const c = text.charCodeAt(j);
    if (c === CharCode.Backslash) {
      j++;
      filled = true;
    } else if (c === CharCode.CloseSquareBracket) return filled ? j + 1 : -1;
    else if (c === CharCode.OpenSquareBracket) return -1;
    else if (isLineBreak(c) && skipSpace(text, j, e) === j) return -1;
    else if (!isBlank(c) && !isLineBreak(c)) filled = true;
  }
  return -1;
}

/** The end of the line holding i when only blanks follow i on it, else -1. */
function restOfLineBlank(text: string, i: number, e: number): number {
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  return i >= e || isLineBreak(text.charCodeAt(i)) ? i : -1;
}

/**
 * The end (of its last line's content) of a link reference definition `[label]: destination "title"` starting at
 * i, the start of a paragraph's line, or -1. A title that fails leaves the definition ending with its destination
 * when that ended a line.
 */
export function refDefEnd(text: string, i: number, e: number): number {
  let j = i;
  while (j < e && j - i < 3 && text.charCodeAt(j) === CharCode.Space) j++;
  if (text.charCodeAt(j) !== CharCode.OpenSquareBracket) return -1;
  const l = labelEnd(text, j, e);
  if (l === -1 || text.charCodeAt(l) !== CharCode.Colon) return -1;
  const d0 = skipSpace(text, l + 1, e);
  const d = destinationEnd(text, d0, e);
  if (d === -1) return -1;
  const afterDest = restOfLineBlank(text, d, e);
  const t0 = skipSpace(text, d, e);
  if (t0 > d) {
    const t = titleEnd(text, t0, e);
    if (t !== -1) {
      const end = restOfLineBlank(text, t, e);
      if (end !== -1) return end;
    }
  }
  return afterDest;
}

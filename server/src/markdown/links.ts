/**
 * CommonMark's link syntax, as far as "which letters are prose" needs it: where an inline link's `(destination
 * "title")` ends, where a reference label ends, and where a link reference definition ends. Each answers -1 when
 * the text is not that construct, so that it stays text, as CommonMark reads it.
 */

const BACKSLASH = 92;
const LT = 60;
const GT = 62;
const LPAREN = 40;
const RPAREN = 41;
const LBRACK = 91;
const RBRACK = 93;
const NL = 10;
const CR = 13;

const isBlank = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === NL || c === CR;

/** After blanks and at most one line break from i (never past a blank line): the next offset. */
function skipSpace(text: string, i: number, e: number): number {
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  if (i < e && isBreak(text.charCodeAt(i))) {
    const j = i + (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === NL ? 2 : 1);
    let k = j;
    while (k < e && isBlank(text.charCodeAt(k))) k++;
    if (k < e && isBreak(text.charCodeAt(k))) return i; // a blank line ends the construct
    return k;
  }
  return i;
}

/** The end of a link destination at i (`<…>` or a run without blanks, its parentheses balanced), or -1. */
function destinationEnd(text: string, i: number, e: number): number {
  if (text.charCodeAt(i) === LT) {
    for (let j = i + 1; j < e; j++) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) j++;
      else if (c === GT) return j + 1;
      else if (c === LT || isBreak(c)) return -1;
    }
    return -1;
  }
  let depth = 0;
  let j = i;
  for (; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH && j + 1 < e && !isBreak(text.charCodeAt(j + 1)) && !isBlank(text.charCodeAt(j + 1))) j++;
    else if (c <= 32 || c === 127) break;
    else if (c === LPAREN) {
      if (++depth > 32) return -1;
    } else if (c === RPAREN) {
      if (depth === 0) break;
      depth--;
    }
  }
  return j === i || depth !== 0 ? -1 : j;
}

/** The end of a link title at i (`"…"`, `'…'` or `(…)`, no blank line inside), or -1. */
function titleEnd(text: string, i: number, e: number): number {
  const open = text.charCodeAt(i);
  const close = open === LPAREN ? RPAREN : open;
  if (open !== 34 && open !== 39 && open !== LPAREN) return -1;
  for (let j = i + 1; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === close) return j + 1;
    else if (open === LPAREN && c === LPAREN) return -1;
    else if (isBreak(c) && skipSpace(text, j, e) === j) return -1;
  }
  return -1;
}

/** The end of an inline link's `(destination "title")` opening at i (`(`), or -1. */
export function linkTailEnd(text: string, i: number, e: number): number {
  let j = skipSpace(text, i + 1, e);
  if (text.charCodeAt(j) === RPAREN) return j + 1;
  const d = destinationEnd(text, j, e);
  if (d === -1) return -1;
  j = skipSpace(text, d, e);
  if (j > d) {
    const t = titleEnd(text, j, e);
    if (t !== -1) j = skipSpace(text, t, e);
  }
  return text.charCodeAt(j) === RPAREN ? j + 1 : -1;
}

/** The end of a reference label `[…]` at i (no unescaped brackets, not blank, at most 999 characters), or -1. */
export function labelEnd(text: string, i: number, e: number): number {
  let filled = false;
  for (let j = i + 1; j < e && j - i <= 1000; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) {
      j++;
      filled = true;
    } else if (c === RBRACK) return filled ? j + 1 : -1;
    else if (c === LBRACK) return -1;
    else if (isBreak(c) && skipSpace(text, j, e) === j) return -1;
    else if (!isBlank(c) && !isBreak(c)) filled = true;
  }
  return -1;
}

/** The end of the line holding i when only blanks follow i on it, else -1. */
function restOfLineBlank(text: string, i: number, e: number): number {
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  return i >= e || isBreak(text.charCodeAt(i)) ? i : -1;
}

/**
 * The end (of its last line's content) of a link reference definition `[label]: destination "title"` starting at
 * i, the start of a paragraph's line, or -1. A title that fails leaves the definition ending with its destination
 * when that ended a line.
 */
export function refDefEnd(text: string, i: number, e: number): number {
  let j = i;
  while (j < e && j - i < 3 && text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) !== LBRACK) return -1;
  const l = labelEnd(text, j, e);
  if (l === -1 || text.charCodeAt(l) !== 58 /* : */) return -1;
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

/**
 * Inline prose of one block: the offsets of text a reader reads, with code spans, HTML, link targets,
 * images, autolinks, bare URLs and heading markers cut out. One left-to-right pass over the block.
 */
import { isLetterOrDigit } from '../util/chars';
import type { Block } from './blocks';
import type { Span } from '../util/span';

const BACKTICK = 96;
const LT = 60;
const BANG = 33;
const LBRACK = 91;
const RBRACK = 93;
const LPAREN = 40;
const RPAREN = 41;
const BACKSLASH = 92;
const HASH = 35;
const NL = 10;
const CR = 13;

/**
 * Where something to cut (or a line) may begin: the scan jumps from one of these to the next, and the regex engine
 * finds them several times faster than a loop over every character. A bare URL is found at its scheme; the
 * lookaheads keep each match one character long, so where it began is `lastIndex - 1`.
 */
const NEXT_SPECIAL = /[\n\r\\`<!\[\]]|h(?=ttps?:\/\/)|f(?=tp:\/\/)|w(?=ww\.)/gi;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === NL || c === CR || c === 0xa0;
}

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+>|<[?!][^<>]*>/y;
const REFDEF = /[ \t]{0,3}\[[^\]\n\r]+\]:[ \t]*\S/y;
const URL_START = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<]/iy;

/** Index after the `]` matching the `[` at i (nesting counted, escapes skipped), or -1 within [i, e). */
function closeBracket(text: string, i: number, e: number): number {
  let depth = 0;
  for (let j = i; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === LBRACK) depth++;
    else if (c === RBRACK && --depth === 0) return j + 1;
  }
  return -1;
}

/** Index after the `)` closing a link destination that opens at i (`(`), or -1. Quoted titles may hold parens. */
function closeParen(text: string, i: number, e: number): number {
  let depth = 0;
  let quote = 0;
  for (let j = i; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) {
      j++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = 0;
      continue;
    }
    if ((c === 34 || c === 39) && depth === 1 && isSpace(text.charCodeAt(j - 1))) quote = c;
    else if (c === LPAREN) depth++;
    else if (c === RPAREN && --depth === 0) return j + 1;
    else if (c === NL && text.charCodeAt(j + 1) === NL) return -1;
  }
  return -1;
}

/** End of a bare URL starting at i: up to whitespace or `<`, without trailing punctuation or an unbalanced `)`. */
function urlEnd(text: string, i: number, e: number): number {
  let j = i;
  let parens = 0;
  for (; j < e; j++) {
    const c = text.charCodeAt(j);
    if (isSpace(c) || c === LT) break;
    if (c === LPAREN) parens++;
    else if (c === RPAREN) {
      if (parens === 0) break;
      parens--;
    }
  }
  while (j > i && '.,:;!?*_~\'"'.includes(text.charAt(j - 1))) j--;
  return j;
}

/**
 * The prose parts of a block, in order and non-overlapping. Code and front matter have none. Text
 * between HTML tags stays prose; emphasis markers (`*`, `_`) stay inside spans, so the date grammar sees
 * `*7 March 1917*` whole. Line breaks stay inside spans (a soft break may fall inside a dual date), and
 * so do quote markers `>` (harmless punctuation; the grammar steps over them after a soft break).
 */
export function proseSpans(text: string, block: Block): Span[] {
  if (block.kind === 'code' || block.kind === 'frontmatter' || block.kind === 'rule') return [];
  const s = block.start;
  let e = Math.min(block.end, text.length);
  const out: Span[] = [];
  let runStart = s;
  let i = s;
  if (block.kind === 'heading') [i, e] = atxContent(text, s, e);
  runStart = i;
  const cut = (a: number, b: number): void => {
    if (a > runStart) out.push({ start: runStart, end: a });
    if (b > runStart) runStart = b;
  };
  // Backtick runs of a length with no closer left: no later opener of that length can close either.
  let noCloser: Set<number> | undefined;
  let lineStart = true;
  while (i < e) {
    if (lineStart) {
      lineStart = false;
      REFDEF.lastIndex = i;
      if (REFDEF.test(text)) {
        let j = i;
        while (j < e && text.charCodeAt(j) !== NL && text.charCodeAt(j) !== CR) j++;
        cut(i, j);
        i = j;
        continue;
      }
    }
    NEXT_SPECIAL.lastIndex = i;
    if (!NEXT_SPECIAL.test(text) || NEXT_SPECIAL.lastIndex > e) break;
    i = NEXT_SPECIAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === NL || c === CR) {
      lineStart = true;
      i++;
      continue;
    }
    if (c === BACKSLASH) {
      i += 2;
      continue;
    }
    if (c === BACKTICK) {
      let j = i;
      while (j < e && text.charCodeAt(j) === BACKTICK) j++;
      const n = j - i;
      if (!noCloser?.has(n)) {
        let k = j;
        let found = -1;
        for (;;) {
          const a = text.indexOf('`'.repeat(n), k);
          if (a === -1 || a >= e) break;
          let b = a + n;
          while (b < e && text.charCodeAt(b) === BACKTICK) b++;
          if (b - a === n) {
            found = b;
            break;
          }
          k = b;
        }
        if (found === -1) (noCloser ??= new Set()).add(n);
        else {
          cut(i, found);
          i = found;
          continue;
        }
      }
      i = j;
      continue;
    }
    if (c === LT) {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        const end = close === -1 || close + 3 > e ? e : close + 3;
        cut(i, end);
        i = end;
        continue;
      }
      TAG.lastIndex = i;
      if (TAG.test(text) && TAG.lastIndex <= e) {
        cut(i, TAG.lastIndex);
        i = TAG.lastIndex;
        continue;
      }
      i++;
      continue;
    }
    if (c === BANG && text.charCodeAt(i + 1) === LBRACK) {
      const close = closeBracket(text, i + 1, e);
      if (close !== -1) {
        let end = close;
        const n = text.charCodeAt(close);
        if (n === LPAREN) end = closeParen(text, close, e);
        else if (n === LBRACK) end = closeBracket(text, close, e);
        if (end === -1) end = close;
        cut(i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (c === RBRACK) {
      const n = text.charCodeAt(i + 1);
      if (n === LPAREN) {
        const end = closeParen(text, i + 1, e);
        if (end !== -1) {
          cut(i, end);
          i = end;
          continue;
        }
      } else if (n === LBRACK) {
        const end = closeBracket(text, i + 1, e);
        if (end !== -1) {
          cut(i, end);
          i = end;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === LBRACK && text.charCodeAt(i + 1) === 94 /* ^ footnote */) {
      const end = closeBracket(text, i, e);
      if (end !== -1) {
        cut(i, end);
        i = end;
        continue;
      }
    }
    // A URL's scheme (or "www."), not inside a word.
    if (isLetterOrDigit(c) && (i === s || !isLetterOrDigit(text.charCodeAt(i - 1)))) {
      URL_START.lastIndex = i;
      if (URL_START.test(text)) {
        const end = urlEnd(text, i, e);
        cut(i, end);
        i = end;
        continue;
      }
    }
    i++;
  }
  cut(e, e);
  return out;
}

/** The text of an ATX heading line without its `#` markers (opening and closing); setext headings unchanged. */
function atxContent(text: string, s: number, e: number): [number, number] {
  let j = s;
  while (j < e && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (text.charCodeAt(j) !== HASH) return [s, e];
  while (j < e && text.charCodeAt(j) === HASH) j++;
  while (j < e && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let k = e;
  while (k > j && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  let h = k;
  while (h > j && text.charCodeAt(h - 1) === HASH) h--;
  if (h < k && (h === j || text.charCodeAt(h - 1) === 32 || text.charCodeAt(h - 1) === 9)) {
    k = h;
    while (k > j && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  }
  return [j, k];
}

/**
 * Inline prose of one block: the offsets of text a reader reads, with code spans, HTML, link targets,
 * reference labels and definitions, images, autolinks, bare URLs and heading markers cut out. One left-to-right
 * pass over the block.
 */
import { isLetterOrDigit } from '../util/chars';
import type { Block } from './blocks';
import { AUTOLINK, INLINE_HTML } from './html';
import { labelEnd, linkTailEnd, refDefEnd } from './links';
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

const URL_START = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<]/iy;
/** A list item's marker and a quote's markers, before the content where a definition may start. */
const LIST_PREFIX = /[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=[\r\n]|$))/y;
const QUOTE_PREFIX = /[ \t]*(?:>[ \t]?)+/y;
const RAW_ELEMENT = /^<(script|style|textarea|pre)[\s/>]/i;

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

/** An unmatched `[` or `![` of the block. A link may not hold a link: once one closes, the `[`s before it are text. */
interface Opener {
  at: number;
  image: boolean;
  active: boolean;
}

/**
 * The prose parts of a block, in order and non-overlapping. Code and front matter have none. Text
 * between HTML tags stays prose; emphasis markers (`*`, `_`) stay inside spans, so the date grammar sees
 * `*7 March 1917*` whole. Line breaks stay inside spans (a soft break may fall inside a dual date), and
 * so do quote markers `>` (harmless punctuation; the grammar steps over them after a soft break).
 * Links are read as CommonMark reads them: their text is prose, their destination, title and reference label are
 * not; an image is cut whole (its alt text is not the text's prose).
 */
export function proseSpans(text: string, block: Block): Span[] {
  if (block.kind === 'code' || block.kind === 'frontmatter' || block.kind === 'rule') return [];
  const s = block.start;
  let e = Math.min(block.end, text.length);
  const out: Span[] = [];
  let i = s;
  if (block.kind === 'heading') [i, e] = atxContent(text, s, e);
  let runStart = i;
  /** Cuts [a, b) out; a cut that reaches back (an image around links already cut) takes back the spans it covers. */
  const cut = (a: number, b: number): void => {
    if (a > runStart) out.push({ start: runStart, end: a });
    else {
      while (out.length && out[out.length - 1].end > a) {
        const last = out[out.length - 1];
        if (last.start >= a) out.pop();
        else {
          last.end = a;
          break;
        }
      }
    }
    if (b > runStart) runStart = b;
  };
  // Backtick runs of a length with no closer left: no later opener of that length can close either.
  let noCloser: Set<number> | undefined;
  let openers: Opener[] | undefined;
  // Link reference definitions open a paragraph (the block's first line, a list item's first line) or follow one;
  // a setext heading's text may follow them.
  const defsHere = block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'quote' || (block.kind === 'heading' && i === s);
  let defOk = defsHere;
  let lineStart = true;
  while (i < e) {
    if (lineStart) {
      lineStart = false;
      if (defsHere) {
        let p = i;
        if (block.kind === 'list') {
          LIST_PREFIX.lastIndex = i;
          if (LIST_PREFIX.test(text)) {
            p = LIST_PREFIX.lastIndex;
            defOk = true;
          }
        } else if (defOk && block.kind === 'quote') {
          QUOTE_PREFIX.lastIndex = i;
          if (QUOTE_PREFIX.test(text)) p = QUOTE_PREFIX.lastIndex;
        }
        const end = defOk ? refDefEnd(text, p, e) : -1;
        if (end !== -1) {
          cut(i, end);
          i = end;
          continue;
        }
        defOk = false;
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
    // A backslash escapes the next character, except in an HTML block, which is raw.
    if (c === BACKSLASH && block.kind !== 'html') {
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
        else if (block.kind !== 'list' || !crossesItem(text, j, found)) {
          cut(i, found);
          i = found;
          continue;
        }
      }
      i = j;
      continue;
    }
    if (c === LT) {
      AUTOLINK.lastIndex = i;
      INLINE_HTML.lastIndex = i;
      // An unclosed comment hides the rest of the block (as CommonMark's HTML block does to its end).
      let end = AUTOLINK.test(text) ? AUTOLINK.lastIndex : INLINE_HTML.test(text) ? INLINE_HTML.lastIndex : text.startsWith('<!--', i) ? e : -1;
      // Script, style, textarea and pre hold code, not prose: cut to the closing tag.
      const raw = end !== -1 ? RAW_ELEMENT.exec(text.slice(i, i + 10)) : null;
      if (raw) {
        const close = text.slice(end, e).search(new RegExp(`</${raw[1]}\\s*>`, 'i'));
        end = close === -1 ? e : end + close;
      }
      if (end !== -1 && end <= e) {
        cut(i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (c === BANG) {
      if (text.charCodeAt(i + 1) === LBRACK) {
        (openers ??= []).push({ at: i, image: true, active: true });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === LBRACK) {
      if (text.charCodeAt(i + 1) === 94 /* ^ footnote */) {
        const end = closeBracket(text, i, e);
        if (end !== -1) {
          cut(i, end);
          i = end;
          continue;
        }
      }
      (openers ??= []).push({ at: i, image: false, active: true });
      i++;
      continue;
    }
    if (c === RBRACK) {
      const o = openers?.pop();
      const end = o && o.active ? linkEnd(text, o, i, e) : -1;
      if (!o || end === -1) {
        i++; // text, or a shortcut reference link: either way its letters are prose
        continue;
      }
      if (o.image) cut(o.at, end);
      else {
        cut(i, end);
        for (const x of openers!) if (!x.image) x.active = false;
      }
      i = end;
      continue;
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

/** Whether a list item starts on a line within [i, j): a code span cannot reach into the next item. */
function crossesItem(text: string, i: number, j: number): boolean {
  for (let k = text.indexOf('\n', i); k !== -1 && k < j; k = text.indexOf('\n', k + 1)) {
    LIST_PREFIX.lastIndex = k + 1;
    if (LIST_PREFIX.test(text)) return true;
  }
  return false;
}

/**
 * Where the link or image whose text closes at `]` (offset i) ends: after its `(destination "title")`, its reference
 * label (in a chain `[a][b][c]` which are links depends on definitions elsewhere, so every label after the first
 * text is cut), or — for an image — its own `]`. -1 when the brackets are text or a shortcut reference link.
 */
function linkEnd(text: string, o: Opener, i: number, e: number): number {
  const n = text.charCodeAt(i + 1);
  if (n === LPAREN) {
    const end = linkTailEnd(text, i + 1, e);
    if (end !== -1) return end;
  }
  if (n === LBRACK) {
    if (text.charCodeAt(i + 2) === RBRACK) return i + 3;
    let end = labelEnd(text, i + 1, e);
    // `[a][b](/u)`: the second brackets are an inline link's text (unless `a` is defined, which one block can't tell).
    if (end !== -1 && text.charCodeAt(end) === LPAREN && linkTailEnd(text, end, e) !== -1) return -1;
    while (end !== -1 && text.charCodeAt(end) === LBRACK) {
      const more = labelEnd(text, end, e);
      if (more === -1) break;
      end = more;
    }
    if (end !== -1) return end;
  }
  return o.image && labelEnd(text, o.at + 1, e) === i + 1 ? i + 1 : -1;
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

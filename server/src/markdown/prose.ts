/**
 * Inline prose of one block: the offsets of text a reader reads, with code spans, HTML, link targets,
 * reference labels and definitions, images, autolinks, bare URLs and heading markers cut out. One left-to-right
 * pass over the block.
 */
import { CharCode } from '../util/charCode';
import { isLetterOrDigit } from '../util/chars';
import type { Block } from './blocks';
import { AUTOLINK, INLINE_HTML } from './html';
import { labelEnd, linkTailEnd, refDefEnd } from './links';
import type { Span } from '../util/span';

/**
 * Where something to cut (or a line) may begin: the scan jumps from one of these to the next, and the regex engine
 * finds them several times faster than a loop over every character. A bare URL is found at its scheme; the
 * lookaheads keep each match one character long, so where it began is `lastIndex - 1`.
 */
const NEXT_SPECIAL = /[\n\r\\`<!\[\]]|h(?=ttps?:\/\/)|f(?=tp:\/\/)|w(?=ww\.)/gi;
/**
 * The same without URL schemes, for text with no "://" and no "www.": stopping to look ahead at every h, f and w was
 * half of the scan, and a block seldom holds a URL (looking for ":" and "w." first costs less than those stops).
 */
const NEXT_SPECIAL_NOT_URL = /[\n\r\\`<!\[\]]/g;

/** Whether text from `from` on may hold a URL that NEXT_SPECIAL stops at: "://" or "www." (in any case) after it. */
function mayHoldUrl(text: string, from: number): boolean {
  return text.indexOf('://', from) >= 0 || text.indexOf('w.', from) >= 0 || text.indexOf('W.', from) >= 0;
}

function isSpace(c: number): boolean {
  return (
    c === CharCode.Space ||
    c === CharCode.Tab ||
    c === CharCode.LineFeed ||
    c === CharCode.CarriageReturn ||
    c === CharCode.NoBreakSpace
  );
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
    if (c === CharCode.Backslash) j++;
    else if (c === CharCode.OpenSquareBracket) depth++;
    else if (c === CharCode.CloseSquareBracket && --depth === 0) return j + 1;
  }
  return -1;
}

/** End of a bare URL starting at i: up to whitespace or `<`, without trailing punctuation or an unbalanced `)`. */
function urlEnd(text: string, i: number, e: number): number {
  let j = i;
  let parens = 0;
  for (; j < e; j++) {
    const c = text.charCodeAt(j);
    if (isSpace(c) || c === CharCode.LessThan) break;
    if (c === CharCode.OpenParen) parens++;
    else if (c === CharCode.CloseParen) {
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
  const next = mayHoldUrl(text, i) ? NEXT_SPECIAL : NEXT_SPECIAL_NOT_URL;
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
    next.lastIndex = i;
    if (!next.test(text) || next.lastIndex > e) break;
    i = next.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === CharCode.LineFeed || c === CharCode.CarriageReturn) {
      lineStart = true;
      i++;
      continue;
    }
    // A backslash escapes the next character, except in an HTML block, which is raw.
    if (c === CharCode.Backslash && block.kind !== 'html') {
      i += 2;
      continue;
    }
    if (c === CharCode.BackTick) {
      let j = i;
      while (j < e && text.charCodeAt(j) === CharCode.BackTick) j++;
      const n = j - i;
      if (!noCloser?.has(n)) {
        let k = j;
        let found = -1;
        for (;;) {
          const a = text.indexOf('`'.repeat(n), k);
          if (a === -1 || a >= e) break;
          let b = a + n;
          while (b < e && text.charCodeAt(b) === CharCode.BackTick) b++;
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
    if (c === CharCode.LessThan) {
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
    if (c === CharCode.ExclamationMark) {
      if (text.charCodeAt(i + 1) === CharCode.OpenSquareBracket) {
        (openers ??= []).push({ at: i, image: true, active: true });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === CharCode.OpenSquareBracket) {
      if (text.charCodeAt(i + 1) === CharCode.Caret /* footnote */) {
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
    if (c === CharCode.CloseSquareBracket) {
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
  if (n === CharCode.OpenParen) {
    const end = linkTailEnd(text, i + 1, e);
    if (end !== -1) return end;
  }
  if (n === CharCode.OpenSquareBracket) {
    if (text.charCodeAt(i + 2) === CharCode.CloseSquareBracket) return i + 3;
    let end = labelEnd(text, i + 1, e);
    // `[a][b](/u)`: the second brackets are an inline link's text (unless `a` is defined, which one block can't tell).
    if (end !== -1 && text.charCodeAt(end) === CharCode.OpenParen && linkTailEnd(text, end, e) !== -1) return -1;
    while (end !== -1 && text.charCodeAt(end) === CharCode.OpenSquareBracket) {
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
  while (j < e && (text.charCodeAt(j) === CharCode.Space || text.charCodeAt(j) === CharCode.Tab)) j++;
  if (text.charCodeAt(j) !== CharCode.Hash) return [s, e];
  while (j < e && text.charCodeAt(j) === CharCode.Hash) j++;
  while (j < e && (text.charCodeAt(j) === CharCode.Space || text.charCodeAt(j) === CharCode.Tab)) j++;
  let k = e;
  while (k > j && (text.charCodeAt(k - 1) === CharCode.Space || text.charCodeAt(k - 1) === CharCode.Tab)) k--;
  let h = k;
  while (h > j && text.charCodeAt(h - 1) === CharCode.Hash) h--;
  if (h < k && (h === j || text.charCodeAt(h - 1) === CharCode.Space || text.charCodeAt(h - 1) === CharCode.Tab)) {
    k = h;
    while (k > j && (text.charCodeAt(k - 1) === CharCode.Space || text.charCodeAt(k - 1) === CharCode.Tab)) k--;
  }
  return [j, k];
}

/**
 * Block-level split of a Markdown text: one linear pass over lines that says which blocks are code,
 * front matter or prose-bearing (paragraphs, headings, lists, quotes, tables, HTML).
 *
 * Why hand-written rather than markdown-it/micromark: we need exact UTF-16 offsets of *inline* prose
 * (the libraries give line maps for blocks and drop offsets of inline text), a block split that can be
 * re-run on one changed block per keystroke, and a single linear pass over 1 MB drafts with no token
 * tree. We only need "is this prose?", not rendering, so a small line walker is enough; it follows
 * CommonMark where it matters for that question (fences, indented code, front matter, HTML comments).
 */
import type { Span } from '../recognize/types';

export type BlockKind =
  | 'frontmatter'
  | 'code'
  | 'heading'
  | 'paragraph'
  | 'html'
  | 'list'
  | 'quote'
  | 'table'
  | 'rule';

export interface Block extends Span {
  kind: BlockKind;
  /** 1–6 for ATX (`## x`) and setext (`x\n---`) headings. */
  headingLevel?: number;
  /** For fenced code: the info string (` ```js ` → "js"). */
  info?: string;
}

export interface FrontMatter extends Span {
  /** The YAML between the fences (start of the line after `---`, end of the line before the closing fence). */
  contentStart: number;
  contentEnd: number;
}

/**
 * Walks lines ending in LF, CRLF or a lone CR. Keeps the next LF and next CR positions cached so the
 * whole walk is linear even when a text has no CR at all (indexOf runs once per break kind).
 */
class LineWalker {
  private nl = -2;
  private cr = -2;
  private last = 0;
  constructor(private readonly text: string) {}

  /** Returns [contentEnd, nextLineStart] for the line starting at pos (or for the rest of a line from pos). */
  line(pos: number): [number, number] {
    const t = this.text;
    if (pos < this.last) {
      // The caches only hold for forward queries; a step back (end of a block just scanned) refreshes them.
      this.nl = -2;
      this.cr = -2;
    }
    this.last = pos;
    if (this.nl !== -1 && this.nl < pos) this.nl = t.indexOf('\n', pos);
    if (this.cr !== -1 && this.cr < pos) this.cr = t.indexOf('\r', pos);
    let end: number;
    if (this.nl === -1) end = this.cr === -1 ? t.length : this.cr;
    else end = this.cr === -1 || this.nl < this.cr ? this.nl : this.cr;
    if (end === t.length) return [end, end];
    if (t.charCodeAt(end) === 13 && t.charCodeAt(end + 1) === 10) return [end, end + 2];
    return [end, end + 1];
  }
}

const SP = 32;
const TAB = 9;

/** Column width of leading whitespace (tabs to the next multiple of 4) and the first non-blank offset. */
function indentOf(text: string, s: number, e: number): [number, number] {
  let col = 0;
  let i = s;
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === SP) col++;
    else if (c === TAB) col += 4 - (col % 4);
    else break;
  }
  return [col, i];
}

function isBlankLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== SP && c !== TAB && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** Trailing-whitespace-insensitive test that [s,e) holds only `ch` repeated (at least `min` times). */
function isRun(text: string, s: number, e: number, ch: number, min: number): boolean {
  while (e > s && (text.charCodeAt(e - 1) === SP || text.charCodeAt(e - 1) === TAB)) e--;
  if (e - s < min) return false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) !== ch) return false;
  return true;
}

/** Front matter: `---` on the first line to a closing `---` or `...`; unterminated → undefined. */
export function frontMatter(text: string): FrontMatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const w = new LineWalker(text);
  const [e0, n0] = w.line(start);
  if (!isRun(text, start, e0, 45 /* - */, 3) || e0 - start < 3 || n0 === e0) return undefined;
  // Exactly three dashes (plus trailing blanks): a longer run is a thematic break, not a fence.
  if (text.slice(start, e0).trimEnd() !== '---') return undefined;
  let pos = n0;
  while (pos < text.length) {
    const [e, n] = w.line(pos);
    const line = text.slice(pos, e).trimEnd();
    if (line === '---' || line === '...') {
      return { start, end: e, contentStart: n0, contentEnd: pos === n0 ? n0 : lastContentEnd(text, pos) };
    }
    if (n === e) break;
    pos = n;
  }
  return undefined;
}

/** End of the previous line's content, given the start of a line. */
function lastContentEnd(text: string, lineStart: number): number {
  let i = lineStart;
  if (i > 0 && text.charCodeAt(i - 1) === 10) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 13) i--;
  return i;
}

/** Fence opener at `i`: returns [fenceChar, runLength, info] or undefined. */
function fenceAt(text: string, i: number, e: number): [number, number, string] | undefined {
  const c = text.charCodeAt(i);
  if (c !== 96 /* ` */ && c !== 126 /* ~ */) return undefined;
  let j = i;
  while (j < e && text.charCodeAt(j) === c) j++;
  if (j - i < 3) return undefined;
  const info = text.slice(j, e).trim();
  if (c === 96 && info.includes('`')) return undefined;
  return [c, j - i, info];
}

function isListMarker(text: string, i: number, e: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) {
    // - * + followed by a space or end of line
    const n = text.charCodeAt(i + 1);
    return i + 1 >= e || n === SP || n === TAB;
  }
  let j = i;
  while (j < e && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i) return false;
  const d = text.charCodeAt(j);
  if (d !== 46 && d !== 41) return false; // . )
  const n = text.charCodeAt(j + 1);
  return j + 1 >= e || n === SP || n === TAB;
}

/** ATX heading level at `i`, or 0. */
function atxLevel(text: string, i: number, e: number): number {
  let j = i;
  while (j < e && text.charCodeAt(j) === 35 && j - i < 7) j++;
  const level = j - i;
  if (level < 1 || level > 6) return 0;
  if (j < e && text.charCodeAt(j) !== SP && text.charCodeAt(j) !== TAB) return 0;
  return level;
}

function isThematicBreak(text: string, i: number, e: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let count = 0;
  for (let j = i; j < e; j++) {
    const d = text.charCodeAt(j);
    if (d === c) count++;
    else if (d !== SP && d !== TAB) return false;
  }
  return count >= 3;
}

const RAW_HTML = /^<(script|style|textarea)(?=[\s>]|$)/i;

/**
 * Splits a text into blocks: blank lines separate blocks, except that fenced code (unterminated →
 * to the end), front matter and multi-line HTML comments are single blocks whatever they contain.
 * Offsets: start of the block's first line, end of its last line's content (before the line break).
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const w = new LineWalker(text);
  const len = text.length;
  let pos = 0;
  const fm = frontMatter(text);
  if (fm) {
    blocks.push({ start: fm.start, end: fm.end, kind: 'frontmatter' });
    pos = w.line(fm.end)[1];
    if (pos === fm.end) return blocks;
  }
  let cur: Block | undefined; // the open prose block
  let inList = false; // after a list, indented lines (even after blank lines) continue it
  while (pos < len) {
    const [e, next] = w.line(pos);
    if (isBlankLine(text, pos, e)) {
      cur = undefined;
      if (next === e) break;
      pos = next;
      continue;
    }
    const [ind, fc] = indentOf(text, pos, e);

    // Indented code: 4+ columns where no paragraph is open and no list is being continued.
    if (ind >= 4 && !cur && !inList) {
      let end = e;
      let p = next;
      while (p < len && p !== end) {
        const [e2, n2] = w.line(p);
        if (isBlankLine(text, p, e2)) {
          if (n2 === e2) break;
          p = n2;
          continue;
        }
        if (indentOf(text, p, e2)[0] < 4) break;
        end = e2;
        if (n2 === e2) break;
        p = n2;
      }
      blocks.push({ start: pos, end, kind: 'code' });
      pos = w.line(end)[1];
      if (pos === end) break;
      continue;
    }

    const fence = ind < 4 || inList ? fenceAt(text, fc, e) : undefined;
    if (fence) {
      cur = undefined;
      const [ch, n, info] = fence;
      let end = len;
      let p = next;
      let after = len;
      if (next !== e) {
        while (p < len) {
          const [e2, n2] = w.line(p);
          const [, f2] = indentOf(text, p, e2);
          let j = f2;
          while (j < e2 && text.charCodeAt(j) === ch) j++;
          if (j - f2 >= n && isBlankLine(text, j, e2)) {
            end = e2;
            after = n2;
            break;
          }
          if (n2 === e2) break;
          p = n2;
        }
      }
      blocks.push({ start: pos, end, kind: 'code', ...(info ? { info } : {}) });
      if (after <= end) break;
      pos = after;
      continue;
    }

    if (ind < 4) {
      const level = atxLevel(text, fc, e);
      if (level) {
        cur = undefined;
        inList = false;
        blocks.push({ start: pos, end: e, kind: 'heading', headingLevel: level });
        if (next === e) break;
        pos = next;
        continue;
      }
      if (cur && cur.kind === 'paragraph' && (isRun(text, fc, e, 61, 1) || isRun(text, fc, e, 45, 1))) {
        cur.kind = 'heading';
        cur.headingLevel = text.charCodeAt(fc) === 61 ? 1 : 2;
        cur.end = e;
        cur = undefined;
        if (next === e) break;
        pos = next;
        continue;
      }
      if (!cur && isThematicBreak(text, fc, e) && !isListMarker(text, fc, e)) {
        inList = false;
        blocks.push({ start: pos, end: e, kind: 'rule' });
        if (next === e) break;
        pos = next;
        continue;
      }
      // HTML comment spanning blank lines stays one block (a directive or a commented-out passage).
      if (!cur && text.startsWith('<!--', fc)) {
        const close = text.indexOf('-->', fc + 4);
        const end = close === -1 ? len : w.line(close)[0];
        blocks.push({ start: pos, end, kind: 'html' });
        pos = w.line(end)[1];
        if (pos === end) break;
        continue;
      }
      const raw = !cur && text.charCodeAt(fc) === 60 ? RAW_HTML.exec(text.slice(fc, Math.min(e, fc + 12))) : null;
      if (raw) {
        const closer = new RegExp(`</${raw[1]}`, 'gi');
        closer.lastIndex = fc;
        const close = closer.exec(text)?.index ?? -1;
        const end = close === -1 ? len : w.line(close)[0];
        blocks.push({ start: pos, end, kind: 'code' });
        pos = w.line(end)[1];
        if (pos === end) break;
        continue;
      }
    }

    if (cur) {
      cur.end = e;
    } else {
      let kind: BlockKind;
      const c = text.charCodeAt(fc);
      if (inList && ind >= 2) kind = 'list';
      else if (c === 62 /* > */) kind = 'quote';
      else if (isListMarker(text, fc, e)) kind = 'list';
      else if (c === 124 /* | */) kind = 'table';
      else if (c === 60 /* < */ && /[A-Za-z/!?]/.test(text.charAt(fc + 1))) kind = 'html';
      else kind = 'paragraph';
      inList = kind === 'list';
      cur = { start: pos, end: e, kind };
      blocks.push(cur);
    }
    if (next === e) break;
    pos = next;
  }
  return blocks;
}

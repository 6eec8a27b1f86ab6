import type { Span } from '../util/span';
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
  // Cheap refusal first: the walker's first line() call searches the whole text for a line break.
  if (!text.startsWith('---', start)) return undefined;
  // Front matter is short: walk its lines char by char instead of LineWalker, whose first indexOf('\r') would
  // scan the whole (1 MB) document on every keystroke when it has no CR.
  const w = { line: (pos: number) => lineAt(text, pos) };
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

/** [contentEnd, nextLineStart] of the line at pos, scanning only that line. */
function lineAt(text: string, pos: number): [number, number] {
  let e = pos;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 10) return [e, e + 1];
    if (c === 13) return [e, text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1];
    e++;
  }
  return [e, e];
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
  return splitWithState(text).blocks;
}

/**
 * A block split that can be resumed: besides the blocks, the splitter's state where each block began (whether a
 * list was being continued — the only state that crosses a block boundary; no prose block is open there).
 */
export interface BlockSplit {
  blocks: Block[];
  listBefore: boolean[];
}

export function splitWithState(text: string): BlockSplit {
  const split: BlockSplit = { blocks: [], listBefore: [] };
  const fm = frontMatter(text);
  let pos = 0;
  if (fm) {
    split.blocks.push({ start: fm.start, end: fm.end, kind: 'frontmatter' });
    split.listBefore.push(false);
    pos = new LineWalker(text).line(fm.end)[1];
    if (pos === fm.end) return split;
  }
  walkBlocks(text, pos, false, split);
  return split;
}

/** A change of a text: old [start, oldEnd) became new [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Where two texts differ: the longest common prefix and suffix, compared in chunks (string equality is a memcmp in
 * V8) and then by character. Undefined when the texts are equal.
 */
export function changedRange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const CHUNK = 2048;
  const min = Math.min(before.length, after.length);
  let s = 0;
  while (s + CHUNK <= min && before.slice(s, s + CHUNK) === after.slice(s, s + CHUNK)) s += CHUNK;
  while (s < min && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let a = before.length;
  let b = after.length;
  while (a - CHUNK >= s && b - CHUNK >= s && before.slice(a - CHUNK, a) === after.slice(b - CHUNK, b)) {
    a -= CHUNK;
    b -= CHUNK;
  }
  while (a > s && b > s && before.charCodeAt(a - 1) === after.charCodeAt(b - 1)) {
    a--;
    b--;
  }
  return { start: s, oldEnd: a, newEnd: b };
}

/** The result of an incremental split: old blocks [0, from) and [resumedAt, …) were kept, `count` new ones sit between. */
export interface Resplit extends BlockSplit {
  /** New blocks [from, from + count) were split again; the rest are old blocks (shifted after the change). */
  from: number;
  count: number;
  /** Index in the old split of the first kept block after the change (old blocks.length when none). */
  resumedAt: number;
}

/**
 * Splits `text` again after `change`, reusing `prev` (the split of the text before the change; its blocks after the
 * change are shifted in place, so `prev` must not be used afterwards). The walk restarts one block before the
 * changed one — an edit can join a block to the previous one (a deleted blank line, a heading marker removed) —
 * and stops where a block starts at the same place and in the same state as before the change; an opened code
 * fence or HTML comment simply walks on to the end. Equal to `splitWithState(text)` by construction, which the
 * differential test checks.
 */
export function resplitBlocks(prev: BlockSplit, text: string, change: TextChange): Resplit {
  const old = prev.blocks;
  const fm = old.length > 0 && old[0].kind === 'frontmatter' ? old[0] : undefined;
  // Front matter decides where the first block starts: an edit near it, or any edit while the text starts with a
  // fence that may be closed later, splits everything again.
  const fencey = text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if ((fm && change.start <= fm.end + 2) || (!fm && fencey) || change.start <= 1) {
    return { ...splitWithState(text), from: 0, count: Number.POSITIVE_INFINITY, resumedAt: old.length };
  }
  const delta = change.newEnd - change.oldEnd;
  // k: the last block starting at or before the change; restart one block earlier.
  let lo = 0;
  let hi = old.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid].start <= change.start) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let from = Math.max(0, k - 1);
  if (fm && from === 0) from = 1;
  const split: BlockSplit = { blocks: old.slice(0, from), listBefore: prev.listBefore.slice(0, from) };
  let start = from < old.length ? old[from].start : change.start;
  let inList = from < old.length ? prev.listBefore[from] : false;
  if (from >= old.length || old[from].start > change.start) {
    // The change lies before every block (after the front matter): walk from the first line after it.
    start = fm ? new LineWalker(text).line(fm.end)[1] : 0;
    inList = false;
  }
  let j = from;
  const resumed = walkBlocks(text, start, inList, split, (p, listNow) => {
    if (p < change.newEnd) return false;
    const target = p - delta;
    while (j < old.length && old[j].start < target) j++;
    return j < old.length && old[j].start === target && prev.listBefore[j] === listNow;
  });
  const count = split.blocks.length - from;
  const resumedAt = resumed ? j : old.length;
  for (let i = resumedAt; i < old.length; i++) {
    const b = old[i];
    if (delta !== 0) {
      b.start += delta;
      b.end += delta;
    }
    split.blocks.push(b);
    split.listBefore.push(prev.listBefore[i]);
  }
  return { ...split, from, count, resumedAt };
}

/**
 * The block walker from `pos` with the given list state, appending to `out`. `resume(pos, inList)` is asked at
 * every line where a block may start with no prose block open; when it says yes the walk stops there (returns true).
 */
function walkBlocks(text: string, pos: number, listState: boolean, out: BlockSplit, resume?: (pos: number, inList: boolean) => boolean): boolean {
  const blocks = out.blocks;
  const w = new LineWalker(text);
  const len = text.length;
  let cur: Block | undefined; // the open prose block
  let inList = listState; // after a list, indented lines (even after blank lines) continue it
  const push = (b: Block, listBefore: boolean) => {
    blocks.push(b);
    out.listBefore.push(listBefore);
  };
  while (pos < len) {
    if (resume && !cur && resume(pos, inList)) return true;
    const listAtLine = inList;
    // Index, don't destructure: array destructuring runs the iterator protocol here, per line.
    const line = w.line(pos);
    const e = line[0];
    const next = line[1];
    if (isBlankLine(text, pos, e)) {
      cur = undefined;
      if (next === e) break;
      pos = next;
      continue;
    }
    const indent = indentOf(text, pos, e);
    const ind = indent[0];
    const fc = indent[1];

    // Indented code: 4+ columns where no paragraph is open and no list is being continued.
    if (ind >= 4 && !cur && !inList) {
      let end = e;
      let p = next;
      while (p < len && p !== end) {
        const line2 = w.line(p);
        const e2 = line2[0];
        const n2 = line2[1];
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
      push({ start: pos, end, kind: 'code' }, listAtLine);
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
          const line2 = w.line(p);
          const e2 = line2[0];
          const n2 = line2[1];
          const f2 = indentOf(text, p, e2)[1];
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
      push({ start: pos, end, kind: 'code', ...(info ? { info } : {}) }, listAtLine);
      if (after <= end) break;
      pos = after;
      continue;
    }

    if (ind < 4) {
      const level = atxLevel(text, fc, e);
      if (level) {
        cur = undefined;
        inList = false;
        push({ start: pos, end: e, kind: 'heading', headingLevel: level }, listAtLine);
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
        push({ start: pos, end: e, kind: 'rule' }, listAtLine);
        if (next === e) break;
        pos = next;
        continue;
      }
      // HTML comment spanning blank lines stays one block (a directive or a commented-out passage).
      if (!cur && text.startsWith('<!--', fc)) {
        const close = text.indexOf('-->', fc + 4);
        const end = close === -1 ? len : w.line(close)[0];
        push({ start: pos, end, kind: 'html' }, listAtLine);
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
        push({ start: pos, end, kind: 'code' }, listAtLine);
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
      push(cur, listAtLine);
    }
    if (next === e) break;
    pos = next;
  }
  return false;
}

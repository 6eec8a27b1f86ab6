import { CharCode, isAsciiDigit, isAsciiLower, isBlank } from '../util/charCode';
import type { Span } from '../util/span';
import { opensHtmlBlock } from './html';
import { partitionPoint } from '../util/search';
/**
 * Block-level split of a Markdown text: one linear pass over lines that says which blocks are code,
 * front matter or prose-bearing (paragraphs, headings, lists, quotes, tables, HTML).
 *
 * Why hand-written rather than markdown-it/micromark: we need exact UTF-16 offsets of *inline* prose
 * (the libraries give line maps for blocks and drop offsets of inline text), a block split that can be
 * re-run on one changed block per keystroke, and a single linear pass over 1 MB drafts with no token
 * tree. We only need "is this prose?", not rendering, so a small line walker is enough; it follows
 * CommonMark where it matters for that question (fences and indented code, also inside list items and quotes; HTML
 * blocks; front matter), which test/unit/commonmark.test.ts checks against the spec's examples.
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
    if (t.charCodeAt(end) === CharCode.CarriageReturn && t.charCodeAt(end + 1) === CharCode.LineFeed) return [end, end + 2];
    return [end, end + 1];
  }
}

/** From offset i at column col: the column and offset of the first non-blank (tabs to the next multiple of 4). */
function skipBlanks(text: string, i: number, e: number, col: number): [number, number] {
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Space) col++;
    else if (c === CharCode.Tab) col += 4 - (col % 4);
    else break;
  }
  return [col, i];
}

/** Whether the item whose marker at i ends at m may interrupt a paragraph: not empty, and a bullet or `1.`/`1)`. */
function interruptsParagraph(text: string, i: number, m: number, e: number): boolean {
  if (isBlankLine(text, m, e)) return false;
  const c = text.charCodeAt(i);
  return c === CharCode.Dash || c === CharCode.Asterisk || c === CharCode.Plus || Number(text.slice(i, m - 1)) === 1;
}

/** Column width of leading whitespace and the first non-blank offset. */
function indentOf(text: string, s: number, e: number): [number, number] {
  return skipBlanks(text, s, e, 0);
}

function isBlankLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c) && c !== CharCode.ByteOrderMark) return false;
  }
  return true;
}

/** Trailing-whitespace-insensitive test that [s,e) holds only `ch` repeated (at least `min` times). */
function isRun(text: string, s: number, e: number, ch: number, min: number): boolean {
  while (e > s && (text.charCodeAt(e - 1) === CharCode.Space || text.charCodeAt(e - 1) === CharCode.Tab)) e--;
  if (e - s < min) return false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) !== ch) return false;
  return true;
}

/** Front matter: `---` on the first line to a closing `---` or `...`; unterminated → undefined. */
export function frontMatter(text: string): FrontMatter | undefined {
  const start = text.charCodeAt(0) === CharCode.ByteOrderMark ? 1 : 0;
  // Cheap refusal first: the walker's first line() call searches the whole text for a line break.
  if (!text.startsWith('---', start)) return undefined;
  // Front matter is short: walk its lines char by char instead of LineWalker, whose first indexOf('\r') would
  // scan the whole (1 MB) document on every keystroke when it has no CR.
  const w = { line: (pos: number) => lineAt(text, pos) };
  const [e0, n0] = w.line(start);
  if (!isRun(text, start, e0, CharCode.Dash, 3) || e0 - start < 3 || n0 === e0) return undefined;
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
    if (c === CharCode.LineFeed) return [e, e + 1];
    if (c === CharCode.CarriageReturn) return [e, text.charCodeAt(e + 1) === CharCode.LineFeed ? e + 2 : e + 1];
    e++;
  }
  return [e, e];
}

/** End of the previous line's content, given the start of a line. */
function lastContentEnd(text: string, lineStart: number): number {
  let i = lineStart;
  if (i > 0 && text.charCodeAt(i - 1) === CharCode.LineFeed) i--;
  if (i > 0 && text.charCodeAt(i - 1) === CharCode.CarriageReturn) i--;
  return i;
}

/** Fence opener at `i`: returns [fenceChar, runLength, info] or undefined. */
function fenceAt(text: string, i: number, e: number): [number, number, string] | undefined {
  const c = text.charCodeAt(i);
  if (c !== CharCode.BackTick && c !== CharCode.Tilde) return undefined;
  let j = i;
  while (j < e && text.charCodeAt(j) === c) j++;
  if (j - i < 3) return undefined;
  const info = text.slice(j, e).trim();
  if (c === CharCode.BackTick && info.includes('`')) return undefined;
  return [c, j - i, info];
}

/** The offset after a list marker at i (`-`, `*`, `+`, `1.`, `1)` followed by a blank or the line's end), or -1. */
function listMarkerEnd(text: string, i: number, e: number): number {
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (c !== CharCode.Dash && c !== CharCode.Asterisk && c !== CharCode.Plus) {
    j = i;
    while (j < e && j - i < 9 && isAsciiDigit(text.charCodeAt(j))) j++;
    if (j === i) return -1;
    const d = text.charCodeAt(j);
    if (d !== CharCode.Period && d !== CharCode.CloseParen) return -1;
    j++;
  }
  const n = text.charCodeAt(j);
  return j >= e || n === CharCode.Space || n === CharCode.Tab ? j : -1;
}

/** ATX heading level at `i`, or 0. */
function atxLevel(text: string, i: number, e: number): number {
  let j = i;
  while (j < e && text.charCodeAt(j) === CharCode.Hash && j - i < 7) j++;
  const level = j - i;
  if (level < 1 || level > 6) return 0;
  if (j < e && text.charCodeAt(j) !== CharCode.Space && text.charCodeAt(j) !== CharCode.Tab) return 0;
  return level;
}

function isThematicBreak(text: string, i: number, e: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== CharCode.Dash && c !== CharCode.Asterisk && c !== CharCode.Underline) return false;
  let count = 0;
  for (let j = i; j < e; j++) {
    const d = text.charCodeAt(j);
    if (d === c) count++;
    else if (d !== CharCode.Space && d !== CharCode.Tab) return false;
  }
  return count >= 3;
}

/** The closer of an HTML block opened at i by `<!--`, `<?`, `<![CDATA[` or `<!X`, or undefined. */
function htmlCloser(text: string, i: number): string | undefined {
  if (text.startsWith('<!--', i)) return '-->';
  if (text.startsWith('<?', i)) return '?>';
  if (text.startsWith('<![CDATA[', i)) return ']]>';
  const c = text.charCodeAt(i + 2) | 0x20; // ASCII letters to lower case
  return text.charCodeAt(i + 1) === CharCode.ExclamationMark && isAsciiLower(c) ? '>' : undefined;
}

const RAW_HTML = /^<(script|pre|style|textarea)(?=[\s>]|$)/i;

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
 * list was being continued, and its items' columns — the only state that crosses a block boundary; no prose block is
 * open there).
 */
export interface BlockSplit {
  blocks: Block[];
  listBefore: ListState[];
}

/** The content columns of the open list items, outermost first; empty outside a list. */
export type ListState = readonly number[];
const NO_LIST: ListState = [];

export function splitWithState(text: string): BlockSplit {
  const split: BlockSplit = { blocks: [], listBefore: [] };
  const fm = frontMatter(text);
  let pos = 0;
  if (fm) {
    split.blocks.push({ start: fm.start, end: fm.end, kind: 'frontmatter' });
    split.listBefore.push(NO_LIST);
    pos = new LineWalker(text).line(fm.end)[1];
    if (pos === fm.end) return split;
  }
  walkBlocks(text, pos, NO_LIST, split);
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
  const fencey = text.startsWith('---', text.charCodeAt(0) === CharCode.ByteOrderMark ? 1 : 0);
  if ((fm && change.start <= fm.end + 2) || (!fm && fencey) || change.start <= 1) {
    return { ...splitWithState(text), from: 0, count: Number.POSITIVE_INFINITY, resumedAt: old.length };
  }
  const delta = change.newEnd - change.oldEnd;
  // k: the last block starting at or before the change; restart one block earlier.
  const k = partitionPoint(old, (b) => b.start <= change.start) - 1;
  let from = Math.max(0, k - 1);
  if (fm && from === 0) from = 1;
  const split: BlockSplit = { blocks: old.slice(0, from), listBefore: prev.listBefore.slice(0, from) };
  let start = from < old.length ? old[from].start : change.start;
  let inList = from < old.length ? prev.listBefore[from] : NO_LIST;
  if (from >= old.length || old[from].start > change.start) {
    // The change lies before every block (after the front matter): walk from the first line after it.
    start = fm ? new LineWalker(text).line(fm.end)[1] : 0;
    inList = NO_LIST;
  }
  let j = from;
  const resumed = walkBlocks(text, start, inList, split, (p, listNow) => {
    if (p < change.newEnd) return false;
    const target = p - delta;
    while (j < old.length && old[j].start < target) j++;
    return j < old.length && old[j].start === target && sameList(prev.listBefore[j], listNow);
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

/** Where an item's content starts after the list marker ending at m (the marker at offset i, column col). */
interface ItemStart {
  /** The column an item's lines must reach to belong to it. */
  col: number;
  /** The first non-blank after the marker (e when the item's first line is empty). */
  content: number;
  /** Five or more columns after the marker: the first line is indented code. */
  code: boolean;
}

function itemStart(text: string, i: number, m: number, e: number, col: number): ItemStart {
  const markerEnd = col + (m - i);
  const [c, k] = skipBlanks(text, m, e, markerEnd);
  if (k >= e) return { col: markerEnd + 1, content: e, code: false };
  if (c - markerEnd >= 5) return { col: markerEnd + 1, content: k, code: true };
  return { col: c, content: k, code: false };
}

/**
 * After the `>` markers from offset i (column col): [the column the quote's content is measured from, the first
 * non-blank offset, its column]. One blank after a marker belongs to it (of a tab, only one column does).
 */
function quoteContent(text: string, i: number, e: number, col: number): [number, number, number] {
  for (;;) {
    i++;
    col++;
    let base = col;
    const c = text.charCodeAt(i);
    if (c === CharCode.Space) {
      i++;
      col++;
      base = col;
    } else if (c === CharCode.Tab) {
      base = col + 1;
      col += 4 - (col % 4);
      i++;
    }
    const r = skipBlanks(text, i, e, col);
    if (r[1] < e && text.charCodeAt(r[1]) === CharCode.GreaterThan && r[0] - base < 4) {
      i = r[1];
      col = r[0];
      continue;
    }
    return [base, r[1], r[0]];
  }
}

/**
 * The lines of fenced code opened by a run of n `ch` on the line before `next`: [end of its last line's content,
 * start of the line after it]. It ends at the closing fence, else where its container ends — its list item (a line
 * indented less than `base`) or its quote (`quoted`: a line without `>`) — else at the end of the text.
 */
function fenceEnd(w: LineWalker, text: string, e: number, next: number, ch: number, n: number, base: number, quoted: boolean): [number, number] {
  const len = text.length;
  let last = e;
  let p = next;
  if (next === e) return [len, len];
  while (p < len) {
    const line = w.line(p);
    const e2 = line[0];
    const n2 = line[1];
    const r = indentOf(text, p, e2);
    let col = r[0] - base;
    let f = r[1];
    if (quoted) {
      if (col >= 4 || text.charCodeAt(f) !== CharCode.GreaterThan) return [last, p];
      const q = quoteContent(text, f, e2, r[0]);
      col = q[2] - q[0];
      f = q[1];
    } else if (col < 0 && f < e2) return [last, p];
    if (col < 4) {
      let j = f;
      while (j < e2 && text.charCodeAt(j) === ch) j++;
      if (j - f >= n && isBlankLine(text, j, e2)) return [e2, n2];
    }
    last = e2;
    if (n2 === e2) break;
    p = n2;
  }
  return [len, len];
}

/** The end of indented code whose first line ends at e: the following lines indented to `col` (blank ones inside). */
function indentedEnd(w: LineWalker, text: string, e: number, next: number, col: number): number {
  const len = text.length;
  let end = e;
  let p = next;
  while (p < len && p !== end) {
    const line = w.line(p);
    const e2 = line[0];
    const n2 = line[1];
    if (!isBlankLine(text, p, e2)) {
      if (indentOf(text, p, e2)[0] < col) break;
      end = e2;
    }
    if (n2 === e2) break;
    p = n2;
  }
  return end;
}

function sameList(a: ListState, b: ListState): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The block walker from `pos` with the given list state, appending to `out`. `resume(pos, list)` is asked at
 * every line where a block may start with no prose block open; when it says yes the walk stops there (returns true).
 *
 * Containers are followed as far as "is this prose?" needs: list items by their content column (to tell their
 * indented code and fences from their text) and quotes by their `>` markers (code inside them). A quote line that
 * closes the quote's paragraph (`>` alone) or an empty item ends the open block, so that no state but the list's
 * crosses a block boundary.
 */
function walkBlocks(text: string, pos: number, listState: ListState, out: BlockSplit, resume?: (pos: number, list: ListState) => boolean): boolean {
  const blocks = out.blocks;
  const w = new LineWalker(text);
  const len = text.length;
  let cur: Block | undefined; // the open prose block: its paragraph may take the next line
  let list = listState; // the open list items: after a blank line, lines indented to an item's content continue it
  let emptyItem = false; // the last line opened an item with nothing on it: a blank line next closes that item
  let listAtLine = list;
  const push = (b: Block) => {
    blocks.push(b);
    out.listBefore.push(listAtLine);
  };
  /**
   * Ends the open block for a line that starts another: the list items the line is not indented into end with it
   * (whether or not a paragraph was open, so that a walk resumed at that line goes on in the same state).
   */
  const closeTo = (depth: number) => {
    cur = undefined;
    if (depth < list.length) list = depth ? list.slice(0, depth) : NO_LIST;
  };
  /** Extends the open block by the line ending at e, or opens one of this kind. */
  const prose = (kind: BlockKind, start: number, e: number) => {
    if (cur) cur.end = e;
    else {
      cur = { start, end: e, kind };
      push(cur);
    }
  };
  while (pos < len) {
    if (resume && !cur && resume(pos, list)) return true;
    listAtLine = list;
    // Index, don't destructure: array destructuring runs the iterator protocol here, per line.
    const line = w.line(pos);
    const e = line[0];
    const next = line[1];
    if (isBlankLine(text, pos, e)) {
      cur = undefined;
      if (emptyItem) list = list.slice(0, -1);
      emptyItem = false;
      if (next === e) break;
      pos = next;
      continue;
    }
    emptyItem = false;
    const indent = indentOf(text, pos, e);
    const ind = indent[0];
    const fc = indent[1];

    // An HTML block runs to a blank line: only headings and fences (the writer's Markdown) end it early.
    const raw = cur !== undefined && cur.kind === 'html';
    let d = list.length;
    while (d > 0 && list[d - 1] > ind) d--;
    const base = d ? list[d - 1] : 0;
    // The list item the line belongs to (base: its content column), or a new item. A paragraph's lazy lines close no
    // items; a line that starts a block closes those it is not indented into.
    {
      let m = ind - base < 4 ? listMarkerEnd(text, fc, e) : -1;
      // A paragraph outside a list is interrupted only by a non-empty item of `-`, `*`, `+` or `1.` (CommonMark).
      if (m >= 0 && cur && cur.kind !== 'list' && (raw || !interruptsParagraph(text, fc, m, e))) m = -1;
      if (m >= 0 && !isThematicBreak(text, fc, e)) {
        if (cur && cur.kind !== 'list') cur = undefined;
        const item = itemStart(text, fc, m, e, ind);
        list = [...list.slice(0, d), item.col];
        const f = item.code ? undefined : fenceAt(text, item.content, e);
        if (item.code || f) {
          cur = undefined;
          pos = f ? fenced(pos, e, next, f, item.col, false) : code(pos, e, next, item.col + 4);
          if (pos < 0) break;
          continue;
        }
        prose('list', pos, e);
        if (item.content >= e) {
          cur = undefined; // an empty item: its next line is not a lazy one
          emptyItem = true;
        }
        if (next === e) break;
        pos = next;
        continue;
      }
      if (!cur) closeTo(d);
    }
    const rel = ind - base;

    // Indented code: 4+ columns past the item's content (or the margin) where no paragraph is open.
    if (rel >= 4 && !cur) {
      pos = code(pos, e, next, base + 4);
      if (pos < 0) break;
      continue;
    }

    const fence = rel < 4 ? fenceAt(text, fc, e) : undefined;
    if (fence) {
      closeTo(d);
      pos = fenced(pos, e, next, fence, base, false);
      if (pos < 0) break;
      continue;
    }

    if (rel < 4 && text.charCodeAt(fc) === CharCode.GreaterThan && !raw) {
      if (cur && cur.kind !== 'quote') closeTo(d); // a quote interrupts a paragraph
      const [qbase, qfc, qcol] = quoteContent(text, fc, e, ind);
      const qf = qfc < e && qcol - qbase < 4 ? fenceAt(text, qfc, e) : undefined;
      if (qfc < e && (qf || (!cur && qcol - qbase >= 4))) {
        // Code inside the quote: fenced, or indented where the quote has no open paragraph.
        closeTo(d);
        if (qf) pos = fenced(pos, e, next, qf, base, true);
        else {
          push({ start: pos, end: e, kind: 'code' });
          pos = next === e ? -1 : next;
        }
        if (pos < 0) break;
        continue;
      }
      prose('quote', pos, e);
      // `>` alone, a heading or a rule closes the quote's paragraph: the next line is no lazy one.
      if (qfc >= e || atxLevel(text, qfc, e) || isThematicBreak(text, qfc, e)) cur = undefined;
      if (next === e) break;
      pos = next;
      continue;
    }

    if (rel < 4) {
      const level = atxLevel(text, fc, e);
      if (level) {
        closeTo(d);
        push({ start: pos, end: e, kind: 'heading', headingLevel: level });
        if (next === e) break;
        pos = next;
        continue;
      }
      if (cur && cur.kind === 'paragraph' && (isRun(text, fc, e, CharCode.Equals, 1) || isRun(text, fc, e, CharCode.Dash, 1))) {
        cur.kind = 'heading';
        cur.headingLevel = text.charCodeAt(fc) === CharCode.Equals ? 1 : 2;
        cur.end = e;
        cur = undefined;
        if (next === e) break;
        pos = next;
        continue;
      }
      if (!raw && isThematicBreak(text, fc, e)) {
        closeTo(d);
        push({ start: pos, end: e, kind: 'rule' });
        if (next === e) break;
        pos = next;
        continue;
      }
      // An HTML comment (a directive or a commented-out passage), processing instruction, CDATA section or
      // declaration stays one block across blank lines, to its closer.
      const closer = !raw && text.charCodeAt(fc) === CharCode.LessThan ? htmlCloser(text, fc) : undefined;
      if (closer) {
        closeTo(d);
        const close = text.indexOf(closer, fc + 2);
        const end = close === -1 ? len : w.line(close)[0];
        push({ start: pos, end, kind: 'html' });
        pos = w.line(end)[1];
        if (pos === end) break;
        continue;
      }
      const element = !raw && text.charCodeAt(fc) === CharCode.LessThan ? RAW_HTML.exec(text.slice(fc, Math.min(e, fc + 12))) : null;
      if (element) {
        closeTo(d);
        const closer = new RegExp(`</${element[1]}`, 'gi');
        closer.lastIndex = fc;
        const close = closer.exec(text)?.index ?? -1;
        const end = close === -1 ? len : w.line(close)[0];
        push({ start: pos, end, kind: 'code' });
        pos = w.line(end)[1];
        if (pos === end) break;
        continue;
      }
    }

    const c = text.charCodeAt(fc);
    // An HTML block of a block-level tag interrupts a paragraph (other tags don't).
    if (cur && (raw || !(rel < 4 && c === CharCode.LessThan && opensHtmlBlock(text, fc, e, true)))) cur.end = e;
    else {
      closeTo(d);
      let kind: BlockKind;
      if (list.length) kind = 'list';
      else if (c === CharCode.Pipe) kind = 'table';
      else if (c === CharCode.LessThan && opensHtmlBlock(text, fc, e)) kind = 'html';
      else kind = 'paragraph';
      cur = { start: pos, end: e, kind };
      push(cur);
    }
    if (next === e) break;
    pos = next;
  }
  return false;

  /** Pushes indented code from the line [at, e) on (lines indented to `col`); the next line's start, or -1 at the end. */
  function code(at: number, e: number, next: number, col: number): number {
    const end = indentedEnd(w, text, e, next, col);
    push({ start: at, end, kind: 'code' });
    const after = w.line(end)[1];
    return after === end ? -1 : after;
  }

  /** Pushes fenced code opened on the line [at, e); the next line's start, or -1 at the end. */
  function fenced(at: number, e: number, next: number, fence: [number, number, string], base: number, quoted: boolean): number {
    const [ch, n, info] = fence;
    const [end, after] = fenceEnd(w, text, e, next, ch, n, base, quoted);
    push({ start: at, end, kind: 'code', ...(info ? { info } : {}) });
    return after <= end ? -1 : after;
  }
}

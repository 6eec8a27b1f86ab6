/**
 * An open document held in pieces of at most 16 K UTF-16 code units, each with its own line starts, instead of one
 * string: an edit makes one or two new pieces (≈ 32 KB), never a new copy of the whole text. A 1 MB draft's text is a
 * 2 MB string, which V8 puts in its large-object space and frees only in a major GC (bench/README.md). Answers as
 * vscode-languageserver-textdocument does: UTF-16 offsets; line breaks \n, \r\n and \r; an offset between \r and \n is
 * the end of its line; positions past a line's end or the document's end are clamped.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { CharCode, isHighSurrogate, isLineBreak, isLowSurrogate } from '../util/charCode';
import { lastAtOrBefore } from '../util/search';

/** Well under V8's large-object threshold (128 KB, i.e. 64 K two-byte characters), and little to copy per edit. */
export const PIECE_LENGTH = 16 * 1024;

interface Piece {
  text: string;
  /** Offsets in `text` right after each line break, ascending, in (0, text.length]. */
  breaks: number[];
}

export class PieceDocument implements TextDocument {
  private pieces: Piece[];
  // The index of the pieces, set by reindex() from the constructor on.
  /** Where each piece starts in the document, and how many line breaks the pieces before it hold. */
  private starts!: number[];
  private breaksBefore!: number[];
  private total!: number;
  private lines!: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
    /** Smaller in tests, so that their edits cross borders between pieces. */
    private readonly pieceLength = PIECE_LENGTH,
  ) {
    this.pieces = this.cut(content);
    this.reindex();
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The document's length in UTF-16 code units, without building its text. */
  get length(): number {
    return this.total;
  }

  get lineCount(): number {
    return this.lines;
  }

  /** The whole text builds one string of the document's size: for reads that need all of it. */
  getText(range?: Range): string {
    if (!range) return this.pieces.length === 1 ? this.pieces[0].text : this.pieces.map((p) => p.text).join('');
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return this.slice(Math.min(a, b), Math.max(a, b));
  }

  /**
   * The whole text as a concatenation of the pieces: V8 keeps it as a tree of them (a rope) until its characters are
   * first read, so it costs little to hold; the first read builds the whole string.
   */
  rope(): string {
    let text = '';
    for (const piece of this.pieces) text += piece.text;
    return text;
  }

  /** The text of [start, end), read from the pieces it spans. */
  slice(start: number, end: number): string {
    start = Math.max(0, start);
    end = Math.min(end, this.total);
    if (start >= end) return '';
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    if (first === last) return this.pieces[first].text.slice(start - this.starts[first], end - this.starts[first]);
    let text = this.pieces[first].text.slice(start - this.starts[first]);
    for (let k = first + 1; k < last; k++) text += this.pieces[k].text;
    return text + this.pieces[last].text.slice(0, end - this.starts[last]);
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.total), 0);
    const line = this.lineAt(offset);
    const lineStart = this.lineStart(line);
    return { line, character: this.beforeLineBreak(offset, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lines) return this.total;
    if (position.line < 0) return 0;
    const lineStart = this.lineStart(position.line);
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < this.lines ? this.lineStart(position.line + 1) : this.total;
    return this.beforeLineBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  getLineRange(line: number): Range {
    if (line >= this.lines) {
      const last = this.lines - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.total - this.lineStart(last) } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = this.lineStart(line);
    const next = line + 1 < this.lines ? this.lineStart(line + 1) : this.total;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    if (line >= this.lines || line < 0) return '';
    const start = this.lineStart(line);
    const next = line + 1 < this.lines ? this.lineStart(line + 1) : this.total;
    return this.slice(this.beforeLineBreak(next, start), next);
  }

  /** Applies an editor's changes in order (ranges in the text as each change finds it), as TextDocument.update does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        const a = this.offsetAt(change.range.start);
        const b = this.offsetAt(change.range.end);
        this.replace(Math.min(a, b), Math.max(a, b), change.text);
      } else if ('text' in change) {
        this.pieces = this.cut(change.text);
        this.reindex();
      } else throw new Error('Unknown change event received');
    }
    this.currentVersion = version;
  }

  /**
   * Replaces [start, end) with `text`: the pieces it touches are made anew, with a neighbour when the seam would fall
   * inside a \r\n (each piece counts its own line breaks) or the new run is short (so that pieces do not dwindle).
   */
  private replace(start: number, end: number, text: string): void {
    const n = this.pieces.length;
    let lo = n ? this.pieceAt(start) : 0;
    let hi = n ? Math.max(lo, this.pieceAt(end - 1)) : -1;
    let run = n ? this.pieces[lo].text.slice(0, start - this.starts[lo]) + text + this.pieces[hi].text.slice(end - this.starts[hi]) : text;
    const short = run.length < this.pieceLength / 4;
    if (lo > 0 && (short || (run.charCodeAt(0) === CharCode.LineFeed && endsWithCarriageReturn(this.pieces[lo - 1].text)))) {
      lo--;
      run = this.pieces[lo].text + run;
    }
    if (hi < n - 1 && (short || (endsWithCarriageReturn(run) && this.pieces[hi + 1].text.charCodeAt(0) === CharCode.LineFeed))) {
      hi++;
      run += this.pieces[hi].text;
    }
    this.pieces.splice(lo, hi - lo + 1, ...this.cut(run));
    this.reindex();
  }

  /** `text` in pieces of about equal length, at most `pieceLength`, never cut inside a \r\n or a surrogate pair. */
  private cut(text: string): Piece[] {
    const pieces: Piece[] = [];
    const count = Math.ceil(text.length / this.pieceLength);
    const size = Math.ceil(text.length / count);
    let from = 0;
    while (from < text.length) {
      let to = Math.min(from + size, text.length);
      if (to < text.length && isSeam(text.charCodeAt(to - 1), text.charCodeAt(to))) to += to - 1 > from ? -1 : 1;
      pieces.push(pieceOf(text.slice(from, to)));
      from = to;
    }
    return pieces;
  }

  private reindex(): void {
    this.starts = new Array<number>(this.pieces.length);
    this.breaksBefore = new Array<number>(this.pieces.length);
    let offset = 0;
    let breaks = 0;
    for (let k = 0; k < this.pieces.length; k++) {
      this.starts[k] = offset;
      this.breaksBefore[k] = breaks;
      offset += this.pieces[k].text.length;
      breaks += this.pieces[k].breaks.length;
    }
    this.total = offset;
    this.lines = breaks + 1;
  }

  /** The piece holding `offset` (the last piece for the document's end); the document has a piece. */
  private pieceAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /** The line of `offset`: how many line starts (after the first) are at or before it. */
  private lineAt(offset: number): number {
    if (!this.pieces.length) return 0;
    const k = this.pieceAt(offset);
    const breaks = this.pieces[k].breaks;
    return this.breaksBefore[k] + lastAtOrBefore(breaks, offset - this.starts[k]) + 1;
  }

  /** Where line `line` (0 ≤ line < lineCount) starts. */
  private lineStart(line: number): number {
    if (line === 0) return 0;
    // The piece holding the line's break: the last one with fewer breaks before it than `line`.
    const k = lastAtOrBefore(this.breaksBefore, line - 1);
    return this.starts[k] + this.pieces[k].breaks[line - 1 - this.breaksBefore[k]];
  }

  private charCodeAt(offset: number): number {
    const k = this.pieceAt(offset);
    return this.pieces[k].text.charCodeAt(offset - this.starts[k]);
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

function pieceOf(text: string): Piece {
  const breaks: number[] = [];
  // One pass for the three kinds of break, as the library counts them (a \r followed by \n is one break).
  // A piece never ends between \r and \n, so a \r at its end is a break of its own.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === CharCode.LineFeed || (code === CharCode.CarriageReturn && text.charCodeAt(i + 1) !== CharCode.LineFeed)) breaks.push(i + 1);
  }
  return { text, breaks };
}

function endsWithCarriageReturn(text: string): boolean {
  return text.charCodeAt(text.length - 1) === CharCode.CarriageReturn;
}

/** A cut between these two code units would split a \r\n or a surrogate pair. */
function isSeam(before: number, after: number): boolean {
  return (before === CharCode.CarriageReturn && after === CharCode.LineFeed) || (isHighSurrogate(before) && isLowSurrogate(after));
}

/**
 * What changed in each open document since its text was last analyzed, read off the editor's edits as they are
 * applied: the analysis re-splits only that range, and neither compares two whole texts nor reads the previous one.
 * Installed as the TextDocuments configuration, so it sees every edit against the document it applies to; the
 * documents it makes hold their text in pieces (pieceDocument.ts).
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { KnownChange } from '../analysis/analyze';
import { changedRange } from '../markdown/blocks';
import { PieceDocument } from './pieceDocument';

/** The text last taken: its length, and how much of its start and end no edit has touched since. */
interface Since {
  length: number;
  head: number;
  tail: number;
}

export class ChangeTracker implements TextDocumentsConfiguration<PieceDocument> {
  private readonly since = new Map<string, Since>();

  create(uri: string, languageId: string, version: number, content: string): PieceDocument {
    this.since.delete(uri);
    return new PieceDocument(uri, languageId, version, content);
  }

  update(doc: PieceDocument, changes: TextDocumentContentChangeEvent[], version: number): PieceDocument {
    for (const change of changes) {
      const since = this.since.get(doc.uri);
      if (since) {
        const changed = changedSpan(doc, change);
        if (changed) {
          since.head = Math.min(since.head, changed.start);
          since.tail = Math.min(since.tail, doc.length - changed.end);
        }
      }
      doc.update([change], version);
    }
    return doc;
  }

  /**
   * The change from the text last taken to `doc`'s text (undefined: unknown), narrowed edit by edit so that the
   * Analyzer need not read the previous text; `doc`'s text is taken now.
   */
  take(doc: PieceDocument): KnownChange | undefined {
    const since = this.since.get(doc.uri);
    const length = doc.length;
    this.since.set(doc.uri, { length, head: length, tail: length });
    if (!since) return undefined;
    const head = Math.min(since.head, since.length, length);
    const tail = Math.min(since.tail, since.length - head, length - head);
    return { start: head, oldEnd: since.length - tail, newEnd: length - tail, oldLength: since.length, narrowed: true };
  }

  forget(uri: string): void {
    this.since.delete(uri);
  }
}

/**
 * The part of `doc` that `change` really alters: an editor may replace a range with text that begins or ends alike
 * (undo, a completion), and a full-sync client sends the whole text, compared here with the old one (built for it).
 */
function changedSpan(doc: PieceDocument, change: TextDocumentContentChangeEvent): { start: number; end: number } | undefined {
  let start = 0;
  let end = doc.length;
  if ('range' in change) {
    const a = doc.offsetAt(change.range.start);
    const b = doc.offsetAt(change.range.end);
    [start, end] = a <= b ? [a, b] : [b, a];
  }
  const inner = changedRange(doc.slice(start, end), change.text);
  return inner && { start: start + inner.start, end: start + inner.oldEnd };
}

/**
 * What changed in each open document since its text was last analyzed, read off the editor's incremental edits as
 * they are applied: the analysis then compares only that range instead of two whole texts. Installed as the
 * TextDocuments configuration, so it sees every edit against the document it applies to; the documents it makes hold
 * their text in pieces (pieceDocument.ts).
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { KnownChange } from '../analysis/analyze';
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
      if (since && 'range' in change) {
        const a = doc.offsetAt(change.range.start);
        const b = doc.offsetAt(change.range.end);
        const [start, end] = a <= b ? [a, b] : [b, a];
        since.head = Math.min(since.head, start);
        since.tail = Math.min(since.tail, doc.length - end);
      } else this.since.delete(doc.uri); // a whole new text: nothing known
      doc.update([change], version);
    }
    return doc;
  }

  /** The change from the text last taken to `doc`'s text (undefined: unknown), and `doc`'s text is taken now. */
  take(doc: PieceDocument): KnownChange | undefined {
    const since = this.since.get(doc.uri);
    const length = doc.length;
    this.since.set(doc.uri, { length, head: length, tail: length });
    if (!since) return undefined;
    const head = Math.min(since.head, since.length, length);
    const tail = Math.min(since.tail, since.length - head, length - head);
    return { start: head, oldEnd: since.length - tail, newEnd: length - tail, oldLength: since.length };
  }

  forget(uri: string): void {
    this.since.delete(uri);
  }
}

import * as assert from 'node:assert/strict';
import { TextDocument, type Position, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';
import { rng } from '../random';

// The server's open documents are PieceDocuments: every answer must be the library TextDocument's for the same text,
// whatever the edits did to the borders between pieces (tiny pieces here, so that nearly every edit crosses one).

const BITS = ['a', 'é', 'Ж', '\n', '\r\n', '\r', '\r\n\r\n', '😀', '\ud83d', '\ude00', ' 7 March 1917', '', 'xy'];

function randomText(r: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += BITS[Math.floor(r() * BITS.length)];
  return text;
}

/** A position that may lie past its line's end, between \r and \n, or past the document's last line. */
function randomPosition(r: () => number, doc: TextDocument): Position {
  if (r() < 0.05) return { line: doc.lineCount + Math.floor(r() * 3), character: Math.floor(r() * 5) };
  if (r() < 0.3) return doc.positionAt(Math.floor(r() * (doc.getText().length + 1)));
  return { line: Math.floor(r() * doc.lineCount), character: Math.floor(r() * 12) };
}

/** The piece document answers like a fresh library document of the same text. */
function assertSame(pieces: PieceDocument, text: string, r: () => number): void {
  const expected = TextDocument.create(pieces.uri, 'markdown', pieces.version, text);
  assert.equal(pieces.getText(), text);
  assert.equal(pieces.length, text.length);
  assert.equal(pieces.lineCount, expected.lineCount);
  for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(pieces.positionAt(o), expected.positionAt(o), `positionAt(${o})`);
  for (let line = -1; line <= expected.lineCount; line++) {
    for (let character = -1; character < 6; character++) {
      const p = { line, character };
      assert.equal(pieces.offsetAt(p), expected.offsetAt(p), `offsetAt(${line}:${character})`);
    }
    assert.deepEqual(pieces.getLineRange(line), expected.getLineRange(line), `getLineRange(${line})`);
    assert.equal(pieces.getEOLCharacters(line), expected.getEOLCharacters(line), `getEOLCharacters(${line})`);
  }
  for (let i = 0; i < 20; i++) {
    const range = { start: randomPosition(r, expected), end: randomPosition(r, expected) };
    assert.equal(pieces.getText(range), expected.getText(range));
    const a = Math.floor(r() * (text.length + 2)) - 1;
    const b = a + Math.floor(r() * 40);
    assert.equal(pieces.slice(a, b), text.slice(Math.max(0, a), Math.max(0, b)));
  }
}

describe('PieceDocument: an open document held in pieces', () => {
  it('answers as TextDocument after 4,000 random edits: CRLFs and surrogate pairs split across pieces, full texts, undo', () => {
    for (let s = 1; s <= 20; s++) {
      const r = rng(900 + s);
      const pieceLength = 2 + Math.floor(r() * 30);
      let text = randomText(r, Math.floor(r() * 200));
      const doc = new PieceDocument(`file:///p${s}.md`, 'markdown', 1, text, pieceLength);
      const history = [text];
      assertSame(doc, text, r);
      for (let e = 0; e < 200; e++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        let lib = TextDocument.create(doc.uri, 'markdown', doc.version, text);
        for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
          const roll = r();
          if (roll < 0.03) changes.push({ text: randomText(r, Math.floor(r() * 150)) }); // a full-sync client
          else if (roll < 0.06) changes.push({ text: history[Math.floor(r() * history.length)] }); // undo to an earlier text
          else {
            const current = lib.getText();
            // A range by offsets (possibly between \r and \n, or inside a surrogate pair) or by any position.
            const range = r() < 0.7
              ? (() => {
                  const start = Math.floor(r() * (current.length + 1));
                  const end = Math.min(current.length, start + Math.floor(r() * 3 * pieceLength));
                  return { start: lib.positionAt(start), end: lib.positionAt(end) };
                })()
              : { start: randomPosition(r, lib), end: randomPosition(r, lib) };
            changes.push({ range, text: randomText(r, Math.floor(r() * 2 * pieceLength)) });
          }
          // Each change applies to the text the previous one left, as in one didChange (a fresh library document each
          // time: its line bookkeeping trusts a range's lines, which the positions past the end here are not).
          TextDocument.update(lib, [changes[changes.length - 1]], doc.version + 1);
          lib = TextDocument.create(doc.uri, 'markdown', doc.version + 1, lib.getText());
        }
        doc.update(changes, doc.version + 1);
        text = lib.getText();
        history.push(text);
        assert.equal(doc.version, lib.version);
        assertSame(doc, text, r);
      }
    }
  });

  it('edits a 1 MB text with CRLFs in pieces of the default length', () => {
    const text = 'Петроград, 25 октября 1917.\r\n'.repeat(40_000); // 1.16 M UTF-16 units, two bytes each
    const doc = new PieceDocument('file:///big.md', 'markdown', 1, text);
    const middle = doc.positionAt(text.length >> 1);
    doc.update([{ range: { start: middle, end: middle }, text: 'x' }], 2);
    const expected = text.slice(0, text.length >> 1) + 'x' + text.slice(text.length >> 1);
    assert.equal(doc.slice(0, expected.length), expected);
    assert.deepEqual(doc.positionAt(expected.length), TextDocument.create('u', 'm', 1, expected).positionAt(expected.length));
  });
});

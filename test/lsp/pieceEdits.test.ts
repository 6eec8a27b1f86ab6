/**
 * The server holds each open document in pieces (server/src/lsp/pieceDocument.ts). Edits that a piece's bookkeeping
 * could get wrong — across the border of two pieces, a \r\n made or split by an edit, a surrogate pair at a border, a
 * full-sync change, an undo to an earlier text — must leave the server publishing what a fresh open of the same text
 * publishes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PIECE_LENGTH } from '../../server/src/lsp/pieceDocument';
import { LspClient } from './lspClient';

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed.md'), 'utf8');
/** The seed's first paragraphs, about 5 KB. */
const opening = seed.slice(0, seed.indexOf('\n\n', 5_000));

/** About 70 KB of the seed's opening, repeated, with CRLF line breaks: several pieces, dates and findings (an impossible day) all through. */
function draft(): string {
  let text = '';
  for (let n = 1; text.length < 70_000; n++) text += `# Chapter ${n}\r\n\r\nA letter of 30 February 1917 (no. ${n}).\r\n\r\n${opening.replace(/\r?\n/g, '\r\n')}\r\n`;
  return text;
}

/** Where the server's pieces of a fresh text of this length meet (pieceDocument.ts cuts pieces of equal length). */
function borders(length: number): number[] {
  const size = Math.ceil(length / Math.ceil(length / PIECE_LENGTH));
  const at = [];
  for (let b = size; b < length; b += size) at.push(b);
  return at;
}

describe('edits across the pieces an open document is held in', function () {
  this.timeout(120_000);
  let client: LspClient;
  let version = 1;
  let text = '';
  let fresh = 0;
  const uri = 'file:///pieces/draft.md';

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  /** Sends the changes as one didChange and waits for the server's diagnostics of the new version. */
  async function change(changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const doc = TextDocument.create(uri, 'markdown', version, text);
    TextDocument.update(doc, changes, ++version);
    text = doc.getText();
    const wanted = version;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: wanted }, contentChanges: changes });
    return client.waitForDiagnostics(uri, () => client.publications(uri).at(-1)?.version === wanted);
  }

  /** The diagnostics of a fresh open of `text`. */
  async function freshly(): Promise<Diagnostic[]> {
    const other = `file:///pieces/fresh${++fresh}.md`;
    const { diagnostics } = await client.openAndWait(other, text);
    await client.close(other);
    return diagnostics;
  }

  async function assertAsFresh(published: Diagnostic[]): Promise<void> {
    assert.ok(published.length > 10, `only ${published.length} diagnostics to compare`);
    assert.deepEqual(published, await freshly());
  }

  const at = (offset: number) => TextDocument.create(uri, 'markdown', 0, text).positionAt(offset);

  it('opens a draft of several pieces', async () => {
    text = draft();
    await client.open(uri, text);
    await assertAsFresh(await client.waitForDiagnostics(uri));
  });

  it('replaces a range across a border with dated text', async () => {
    const border = borders(text.length)[1];
    const inserted = '\r\nOn 7 March 1917 (O.S. 22 February) the strikes began; Lenin wrote on 25 October 1917.\r\n';
    await assertAsFresh(await change([{ range: { start: at(border - 300), end: at(border + 300) }, text: inserted }]));
  });

  it('makes and splits a \\r\\n across an edit, at a border and elsewhere', async () => {
    // The first line break after a border: delete its \n, leaving a lone \r (still a line break) …
    const cr = text.indexOf('\r\n', borders(text.length)[2]);
    await assertAsFresh(await change([{ range: { start: at(cr + 1), end: at(cr + 2) }, text: '' }]));
    // … and give it back: the \n inserted at the start of the next line joins the \r before the edit.
    await assertAsFresh(await change([{ range: { start: at(cr + 1), end: at(cr + 1) }, text: '\n' }]));
    // An inserted text that ends in \r right before a \n (the \r of a \r\n deleted first).
    const other = text.indexOf('\r\n', borders(text.length)[0] - 40);
    await assertAsFresh(await change([{ range: { start: at(other), end: at(other + 1) }, text: '' }]));
    await assertAsFresh(await change([{ range: { start: at(other), end: at(other) }, text: ' (N.S.)\r' }]));
    // A fresh text whose border falls right between \r and \n (written over the text, so that the borders stay).
    const border = borders(text.length)[3];
    await assertAsFresh(await change([{ text: text.slice(0, border - 1) + '\r\n' + text.slice(border + 1) }]));
    // A piece that ends in \r and the next one in x\n: deleting the x, or inserting a \n before it, makes a \r\n
    // across the border.
    const next = borders(text.length)[2];
    await change([{ text: text.slice(0, next - 1) + '\rx\n' + text.slice(next + 2) }]);
    await assertAsFresh(await change([{ range: { start: at(next), end: at(next) }, text: '\n' }]));
    await change([{ text: text.slice(0, next - 1) + '\rx\n' + text.slice(next + 2) }]);
    await assertAsFresh(await change([{ range: { start: at(next), end: at(next + 1) }, text: '' }]));
  });

  it('keeps surrogate pairs whole at a border and edits next to them', async () => {
    const border = borders(text.length)[2];
    // A full text with an astral character straddling a border (written over the text, so that the borders stay),
    // then edits on each side of it.
    const astral = text.slice(0, border - 1) + '𝔄' + text.slice(border + 1);
    await assertAsFresh(await change([{ text: astral }]));
    await assertAsFresh(await change([{ range: { start: at(border + 1), end: at(border + 1) }, text: '😀 7 March 1917' }]));
    await assertAsFresh(await change([{ range: { start: at(border - 1), end: at(border + 1) }, text: '' }]));
  });

  it('applies several changes of one didChange in order, across borders, and undoes them to the opened text', async () => {
    const opened = draft();
    const [b0, b1, b2] = borders(text.length);
    await assertAsFresh(
      await change([
        { range: { start: at(b2 - 5), end: at(b2 + 5) }, text: '' },
        { range: { start: at(b1 - 2_000), end: at(b1 + 2_000) }, text: 'Ж\r\n\r\n' },
        { range: { start: at(b0), end: at(b0) }, text: 'On 12 March 1917 (O.S. 27 February) the Duma met.\r\n' },
      ]),
    );
    // Undo as an editor sends it: the whole range replaced by the earlier text.
    await assertAsFresh(await change([{ range: { start: at(0), end: at(text.length) }, text: opened }]));
    assert.equal(text, opened);
  });

  it('types one character at a time through a border', async () => {
    const border = borders(text.length)[1];
    for (let i = 0; i < 12; i++) {
      const o = border - 6 + i;
      await change([{ range: { start: at(o), end: at(o) }, text: i % 3 === 2 ? '\n' : 'é' }]);
    }
    await assertAsFresh(client.publications(uri).at(-1)!.diagnostics);
  });
});

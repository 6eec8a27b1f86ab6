/**
 * After a document's first diagnostics the server types into it itself while the writer reads, to have V8 compile
 * the keystroke path before the first real keystroke (server/src/lsp/documentStore.ts, warmUp). That must publish
 * nothing and leave every answer as it was: hovers after it as before it, and a real keystroke after it diagnosed
 * as a fresh open of the same text is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import { LspClient, positionAt } from './lspClient';

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed.md'), 'utf8').replace(/\r\n?/g, '\n');

/** About 60 KB: the seed under numbered chapters, so that dates and names lie on both sides of the middle. */
function draft(): string {
  let text = '';
  for (let n = 1; text.length < 60_000; n++) text += `# Chapter ${n}\n\n${seed}\n`;
  return text;
}

/** Dates and capitalized words in the text's second half, where the warm-up types: their offsets move if it stays. */
function hoverOffsets(text: string): number[] {
  const offsets: number[] = [];
  const found = /\b\d{1,2} [A-Z][a-z]+ \d{4}\b|\b[A-Z][a-z]{3,}\b/g;
  found.lastIndex = text.length >> 1;
  for (let m = found.exec(text); m && offsets.length < 150; m = found.exec(text)) offsets.push(m.index + 1);
  return offsets;
}

describe('the keystroke path prepared after opening', function () {
  this.timeout(60_000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const hovers = (uri: string, positions: Position[]) => Promise.all(positions.map((p) => client.hover(uri, p)));

  it('publishes nothing, and hovers and the next keystroke answer as without it', async () => {
    const uri = 'file:///warm/draft.md';
    const text = draft();
    const positions = hoverOffsets(text).map((o) => positionAt(text, o));
    await client.open(uri, text);
    // Asked with the opening: answered from the first analysis, before the warm-up can begin (it begins after the
    // first diagnostics, in a pause of the requests).
    const asked = hovers(uri, positions);
    await client.waitForDiagnostics(uri, undefined, 30_000);
    const before: (Hover | null)[] = await asked;
    assert.ok(before.filter((h) => h !== null).length >= 20, 'hovers on dates and names in the second half');

    await new Promise((resolve) => setTimeout(resolve, 2_000)); // 12 rounds on 60 KB take well under a second
    assert.equal(client.publications(uri).length, 1, 'the warm-up published nothing');
    assert.deepEqual(await hovers(uri, positions), before);

    // A keystroke after it: the same diagnostics as a fresh open of the edited text.
    const at = positionAt(text, text.indexOf(' ', (text.length * 3) >> 2));
    await client.edit(uri, { start: at, end: at }, ' 31 June 1917');
    const edited = await client.waitForDiagnostics(uri);
    const freshUri = 'file:///warm/fresh.md';
    await client.open(freshUri, client.text(uri));
    assert.deepEqual(edited, await client.waitForDiagnostics(freshUri, undefined, 30_000));
    assert.ok(edited.some((d) => d.code === 'invalid-date'), 'the typed impossible day is found');
  });
});

import assert from 'node:assert/strict';
import { LspClient } from './lspClient';

describe('language server lifecycle (stdio)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('initializes with incremental sync and names itself', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(client.initializeResult!.serverInfo?.name, 'Clio');
  });

  it('publishes diagnostics on open and republishes after an edit', async () => {
    const uri = 'file:///tmp/lifecycle.md';
    await client.open(uri, '# Draft\n\nOn 31 April 1917 some prose.\n');
    const first = await client.waitForDiagnostics(uri);
    assert.deepEqual(first.map((d) => [d.code, d.range.start.line]), [['invalid-date', 2]]);
    const before = client.publications(uri).length;
    await client.edit(uri, { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } }, '30');
    const second = await client.waitForDiagnostics(uri);
    const pubs = client.publications(uri);
    assert.ok(pubs.length > before, 'a new publication after didChange');
    assert.equal(pubs[pubs.length - 1].version, 2);
    assert.equal(client.text(uri), '# Draft\n\nOn 30 April 1917 some prose.\n');
    assert.deepEqual(second.filter((d) => d.code === 'invalid-date'), [], 'the edited text is checked');
  });

  it('clears diagnostics when a document is closed', async () => {
    const uri = 'file:///tmp/closed.md';
    const { diagnostics } = await client.openAndWait(uri, 'On 31 April 1917 some prose.\n');
    assert.deepEqual(diagnostics.map((d) => d.code), ['invalid-date']);
    // A publication after the close, with nothing in it (an earlier empty one would not show the clearing).
    assert.deepEqual(await client.republished(uri, () => client.close(uri)), []);
  });
});

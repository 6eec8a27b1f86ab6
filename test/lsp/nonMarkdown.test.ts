/**
 * The server analyzes only Markdown documents (by languageId, by file name when a client sends none): a dataset or
 * `.clio.json` opened in the editor keeps the dataset-errors the server published for it, open or closed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf } from './lspClient';

const BROKEN_DATASET = '{ "people": [ { "id": "Bad Id" } ] }\n';
const BROKEN_CONFIG = '{ "calendar": "gregorian",, }\n';
const DRAFT = 'In Petrograd the crowds gathered on 7 March 1917.\n';

describe('documents that are not Markdown', () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const hasErrors = (ds: { code?: string | number }[]) => ds.length > 0 && ds.every((d) => d.code === 'dataset-error');
  /** Every publication for the file since the server read the workspace carried its errors (none was an empty list). */
  const neverCleared = (name: string) => client.publications(uri(name)).map((p) => p.diagnostics.length);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clio-nonmd-'));
    writeFileSync(join(dir, 'broken.clio.json'), BROKEN_DATASET);
    writeFileSync(join(dir, 'other.clio.json'), BROKEN_DATASET);
    writeFileSync(join(dir, '.clio.json'), BROKEN_CONFIG);
    client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    for (const name of ['broken.clio.json', 'other.clio.json', '.clio.json']) await client.waitForDiagnostics(uri(name), hasErrors);
  });
  after(async () => {
    await client.stop();
  });

  /** Opens a Markdown draft and waits for its diagnostics: the server has handled every notification sent before. */
  async function settle(name: string): Promise<void> {
    await client.open(uri(name), DRAFT);
    assert.ok((await client.waitForDiagnostics(uri(name))).length > 0, 'the draft is analyzed');
  }

  it('opening a dataset (json) or .clio.json does not hide its dataset-errors', async () => {
    await client.open(uri('broken.clio.json'), BROKEN_DATASET, 'json');
    await client.open(uri('.clio.json'), BROKEN_CONFIG, 'jsonc');
    await client.open(uri('other.clio.json'), BROKEN_DATASET, ''); // a client that sends no languageId
    await settle('draft1.md');
    for (const name of ['broken.clio.json', 'other.clio.json', '.clio.json']) {
      assert.ok(neverCleared(name).every((n) => n > 0), `${name}: ${neverCleared(name).join(', ')}`);
    }
  });

  it('closing them does not clear their dataset-errors either', async () => {
    for (const name of ['broken.clio.json', '.clio.json', 'other.clio.json']) await client.close(uri(name));
    await settle('draft2.md');
    for (const name of ['broken.clio.json', 'other.clio.json', '.clio.json']) {
      assert.ok(neverCleared(name).every((n) => n > 0), `${name}: ${neverCleared(name).join(', ')}`);
    }
  });

  it('they get no Markdown answers; a .md file without a languageId is still a draft', async () => {
    // A name that hovers in a draft gets no hover in JSON.
    const json = '{ "note": "Lenin spoke on 7 March 1917." }\n';
    await client.openAndWait(uri('note.md'), json);
    assert.match(await client.hoverText(uri('note.md'), json, 'Lenin'), /\*\*Vladimir Lenin\*\*/);
    await client.open(uri('note.json'), json, 'json');
    assert.equal(await client.hover(uri('note.json'), positionOf(json, 'Lenin', 1)), null);
    await client.open(uri('no-language.md'), DRAFT, '');
    const diagnostics = await client.waitForDiagnostics(uri('no-language.md'));
    assert.deepEqual(diagnostics.map((d) => d.code), ['ambiguous-calendar']);
  });
});

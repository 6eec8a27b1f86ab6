/**
 * Workspace trust, as VS Code's client reports it (initializationOptions.workspaceTrusted): an untrusted workspace
 * gets the bundled dataset only — its *.clio.json and .clio.json are not read, not even after a reload — while the
 * same folder trusted reads them (the control that shows the fixture would be used).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

const DRAFT = 'Testov and Lenin met in Petrograd on 7 March 1917.\n';

describe('workspace trust', () => {
  let dir: string;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-trust-'));
    const person = { id: 'ivan-testov', name: 'Ivan Testov', aliases: ['Testov'], summary: 'A test entry.', sources: ['Test fixture'] };
    writeFileSync(join(dir, 'people.clio.json'), JSON.stringify({ people: [person] }));
    writeFileSync(join(dir, 'broken.clio.json'), '{ "people": [ { "id": "Bad Id" } ] }');
    writeFileSync(join(dir, '.clio.json'), JSON.stringify({ calendar: 'gregorian' }));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
  });

  /** What a draft beside the files sees: its diagnostics' codes, the hover on a dataset name, broken.clio.json's publications. */
  async function seen(workspaceTrusted?: boolean) {
    const client = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      initializationOptions: workspaceTrusted === undefined ? undefined : { workspaceTrusted },
    });
    try {
      const codes = (await client.openAndWait(uri('draft.md'), DRAFT)).diagnostics.map((d) => d.code);
      // A dataset change reloads the workspace; an untrusted one must stay bundled-only.
      const reloaded = await client.republished(uri('draft.md'), () =>
        client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('people.clio.json'), type: 2 }] }),
      );
      assert.deepEqual(reloaded.map((d) => d.code), codes);
      const hover = await client.hoverText(uri('draft.md'), DRAFT, 'Testov');
      const lenin = await client.hoverText(uri('draft.md'), DRAFT, 'Lenin');
      const brokenErrors = client.publications(uri('broken.clio.json')).flatMap((p) => p.diagnostics).length;
      return { codes, hover, lenin, brokenErrors };
    } finally {
      await client.stop();
    }
  }

  it('an untrusted workspace ignores the *.clio.json and .clio.json beside the draft', async () => {
    const untrusted = await seen(false);
    assert.equal(untrusted.hover, '', 'the workspace dataset is not read');
    assert.match(untrusted.lenin, /\*\*Vladimir Lenin\*\*/, 'the bundled dataset still is');
    assert.deepEqual(untrusted.codes, ['ambiguous-calendar'], '.clio.json calendar: gregorian is not read');
    assert.equal(untrusted.brokenErrors, 0, 'an unread dataset reports nothing');
  });

  it('the same folder trusted (or trust not stated, as other editors do) reads them', async () => {
    for (const trusted of [true, undefined]) {
      const seenTrusted = await seen(trusted);
      assert.match(seenTrusted.hover, /\*\*Ivan Testov\*\*/, String(trusted));
      assert.deepEqual(seenTrusted.codes, [], String(trusted));
      assert.ok(seenTrusted.brokenErrors > 0, String(trusted));
    }
  });
});

/** clio/chronology over stdio against the built server: the exact items of a small draft, and the workspace's Markdown as one chronology. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChronologyRequest, type ChronologyItem, type ChronologyResult } from '../../shared/protocol';
import { GREGORIAN_RUSSIA, LspClient, rangeOf } from './lspClient';

describe('clio/chronology', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  const chronologyOf = (c: LspClient, params: object): Promise<ChronologyResult> => c.request(ChronologyRequest.method, params);

  it('returns the exact items of an open draft, in time order, with ranges, sections and diagnostics', async () => {
    const uri = 'file:///tmp/clio-chronology-1.md';
    const text = `${GREGORIAN_RUSSIA}# 1917\n\nThe July Days of 3 (16) July 1917. By late October 1917 all was ready.\nThe strike of 8 March (O.S. 24 February) 1917.\n`;
    await client.open(uri, text);
    const r = await chronologyOf(client, { textDocument: { uri } });
    const expected: ChronologyItem[] = [
      {
        kind: 'date',
        label: '8 March (O.S. 24 February) 1917',
        startJdn: 2421296,
        endJdn: 2421296,
        precision: 'day',
        edtf: '1917-03-08',
        text: '8 March 1917',
        otherCalendarText: '23 February 1917 (O.S.)',
        uri,
        range: rangeOf(text, '8 March (O.S. 24 February) 1917'),
        section: '1917',
        diagnostics: ['dual-date-mismatch'],
      },
      {
        kind: 'event',
        label: 'July Days',
        startJdn: 2421426,
        endJdn: 2421430,
        precision: 'day',
        edtf: '1917-07-16/1917-07-20',
        text: '16–20 July 1917',
        otherCalendarText: '3–7 July 1917 (O.S.)',
        entityId: 'july-days',
        uri,
        range: rangeOf(text, 'July Days'),
        section: '1917',
        diagnostics: [],
      },
      {
        kind: 'date',
        label: '3 (16) July 1917',
        startJdn: 2421426,
        endJdn: 2421426,
        precision: 'day',
        edtf: '1917-07-16',
        text: '16 July 1917',
        otherCalendarText: '3 July 1917 (O.S.)',
        uri,
        range: rangeOf(text, '3 (16) July 1917'),
        section: '1917',
        diagnostics: [],
      },
      {
        kind: 'date',
        label: 'late October 1917',
        startJdn: 2421523,
        endJdn: 2421533,
        precision: 'approximate',
        edtf: '1917-10-21/1917-10-31',
        text: '21–31 October 1917',
        otherCalendarText: '8–18 October 1917 (O.S.)',
        uri,
        range: rangeOf(text, 'late October 1917'),
        section: '1917',
        diagnostics: [],
      },
    ];
    // The same days sort by their last day: the one-day date before the five-day event.
    expected.splice(1, 2, expected[2], expected[1]);
    assert.deepEqual(r, { convention: 'gregorian', items: expected });
    await client.close(uri);
  });

  it('answers an empty chronology for a document the server does not have open', async () => {
    assert.deepEqual(await chronologyOf(client, { textDocument: { uri: 'file:///tmp/clio-chronology-never-opened.md' } }), { items: [] });
  });

  describe('workspace', () => {
    let root: string;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'clio-chronology-'));
      mkdirSync(join(root, 'part-two'));
      mkdirSync(join(root, 'node_modules'));
      writeFileSync(join(root, 'chapter-1.md'), `${GREGORIAN_RUSSIA}Lenin returned on 16 April 1917.\n`);
      writeFileSync(join(root, 'part-two', 'chapter-2.md'), `${GREGORIAN_RUSSIA}The sailors rose in the spring of 1921; on 7 November 1917 the Bolsheviks took power.\n`);
      writeFileSync(join(root, 'node_modules', 'dep.md'), `${GREGORIAN_RUSSIA}On 1 May 1920.\n`);
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it('merges every Markdown file of the workspace folders into one chronology, open documents as edited', async () => {
      const other = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'book' }] });
      try {
        const chapter1 = pathToFileURL(join(root, 'chapter-1.md')).href;
        await other.open(chapter1, `${GREGORIAN_RUSSIA}Lenin returned on 17 April 1917.\n`);
        const r = await chronologyOf(other, { workspace: true });
        const chapter2 = pathToFileURL(join(root, 'part-two', 'chapter-2.md')).href;
        assert.equal(r.convention, 'gregorian');
        assert.deepEqual(
          r.items.map((i) => [i.label, i.uri]),
          [
            ['Vladimir Lenin', chapter1],
            ['17 April 1917', chapter1],
            ['7 November 1917', chapter2],
            ['spring of 1921', chapter2],
          ],
        );
      } finally {
        await other.stop();
      }
    });
  });
});

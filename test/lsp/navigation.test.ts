/** Navigation through the built server: document and workspace symbols, go to definition, find all references. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkDoneProgress, type DocumentSymbol, type Location, type SymbolInformation } from 'vscode-languageserver-protocol';
import { GREGORIAN_RUSSIA, LspClient, positionOf, rangeOf } from './lspClient';
import { TRAM_DATASET } from './userDataset';

const DATA = resolve(__dirname, '../../data');

/** The 0-based line of `"id": "<id>"` in a data file, found independently of the server. */
function idLine(file: string, id: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(`"id": "${id}"`));
  assert.ok(line >= 0, `${id} in ${file}`);
  return line;
}

describe('navigation through the server', function () {
  describe('document symbols', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start();
    });
    after(async () => {
      await client.stop();
    });

    it('outlines the events and people of the draft, grouped, each with its mentions', async () => {
      const text = `${GREGORIAN_RUSSIA}# 1917\n\nKerensky led the Provisional Government until the October Revolution.\n\nAfter the Bolshevik Revolution, Kerensky fled; Lenin stayed.\n\n\`Trotsky\` in code is not a mention.\n`;
      const uri = 'file:///tmp/clio-nav-symbols.md';
      await client.open(uri, text);
      const symbols: DocumentSymbol[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [['Events', 3], ['People', 3]]);
      const [events, people] = symbols;

      const names = (s: DocumentSymbol) => (s.children ?? []).map((c) => c.name);
      assert.ok(names(events).includes('October Revolution'));
      assert.deepEqual(names(people).filter((n) => n !== 'Provisional Government'), ['Alexander Kerensky', 'Vladimir Lenin']);

      const october = (events.children ?? []).find((c) => c.name === 'October Revolution') as DocumentSymbol;
      assert.equal(october.kind, 24);
      assert.deepEqual(
        (october.children ?? []).map((m) => [m.name, m.range]),
        [
          ['October Revolution', rangeOf(text, 'October Revolution')],
          ['Bolshevik Revolution', rangeOf(text, 'Bolshevik Revolution')],
        ],
      );
      assert.deepEqual(october.selectionRange, rangeOf(text, 'October Revolution'));

      const kerensky = (people.children ?? []).find((c) => c.name === 'Alexander Kerensky') as DocumentSymbol;
      assert.deepEqual(
        (kerensky.children ?? []).map((m) => m.range),
        [rangeOf(text, 'Kerensky', 0), rangeOf(text, 'Kerensky', 1)],
      );
      assert.deepEqual(kerensky.range, { start: rangeOf(text, 'Kerensky', 0).start, end: rangeOf(text, 'Kerensky', 1).end });
      assert.equal(kerensky.detail, '2 mentions');
    });

    it('gives an empty outline for a draft without names', async () => {
      const uri = 'file:///tmp/clio-nav-empty.md';
      await client.open(uri, 'Nothing historical here.\n');
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    });
  });

  describe('workspace symbols and definition (bundled data)', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start();
    });
    after(async () => {
      await client.stop();
    });

    it('finds people and events of the dataset by name, alias and fuzzy prefix, at their entries', async () => {
      const search = (query: string): Promise<SymbolInformation[]> => client.request('workspace/symbol', { query });
      const kerensky = (await search('kerens'))[0];
      assert.equal(kerensky.name, 'Alexander Kerensky');
      assert.equal(kerensky.location.uri, pathToFileURL(join(DATA, 'people.json')).href);
      assert.equal(kerensky.location.range.start.line, idLine(join(DATA, 'people.json'), 'kerensky'));

      assert.equal((await search('oct rev'))[0].name, 'October Revolution');
      assert.ok((await search('Bolshevik Rev')).some((s) => s.name === 'October Revolution'), 'by alias');
      assert.ok((await search('krnsky')).some((s) => s.name === 'Alexander Kerensky'), 'fuzzy');
      const july = (await search('July Days'))[0];
      assert.equal(july.kind, 24);
      assert.equal(july.location.uri, pathToFileURL(join(DATA, 'events.json')).href);
      assert.deepEqual(await search('zzzqqq'), []);
    });

    it('goes from a name to its bundled entry, at the line of its id in data/events.json', async () => {
      const text = `${GREGORIAN_RUSSIA}The Bolshevik Revolution changed everything; Lenin said so.\n`;
      const uri = 'file:///tmp/clio-nav-definition.md';
      await client.open(uri, text);
      const location: Location = await client.request('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'Revolution', 3) });
      const file = join(DATA, 'events.json');
      assert.equal(location.uri, pathToFileURL(file).href);
      const line = idLine(file, 'october-revolution');
      assert.equal(location.range.start.line, line);
      assert.equal(readFileSync(file, 'utf8').split('\n')[line].slice(location.range.start.character, location.range.end.character), '"id": "october-revolution"');

      const lenin: Location = await client.request('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'Lenin', 1) });
      assert.equal(lenin.range.start.line, idLine(join(DATA, 'people.json'), 'lenin'));

      assert.equal(await client.request('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'changed') }), null);
    });
  });

  describe('a workspace with Markdown files and a user dataset', () => {
    let root: string;
    let client: LspClient;
    const fileUri = (name: string) => pathToFileURL(join(root, name)).href;
    const dataset = TRAM_DATASET;

    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'clio-nav-'));
      writeFileSync(join(root, 'a.md'), `${GREGORIAN_RUSSIA}Stale text on disk: Kerensky Kerensky Kerensky.\n`);
      writeFileSync(join(root, 'b.md'), 'In exile Kerensky wrote about Lenin.\n');
      mkdirSync(join(root, 'chapters'));
      writeFileSync(join(root, 'chapters', 'c.md'), '# Notes\n\nAlexander Kerensky, again; and Tramvayev.\n');
      mkdirSync(join(root, 'node_modules'));
      writeFileSync(join(root, 'node_modules', 'x.md'), 'Kerensky in node_modules.\n');
      mkdirSync(join(root, '.notes'));
      writeFileSync(join(root, '.notes', 'y.md'), 'Kerensky in a dot folder.\n');
      writeFileSync(join(root, 'notes.txt'), 'Kerensky in a text file.\n');
      writeFileSync(join(root, 'tram.clio.json'), `${JSON.stringify(dataset, null, 2)}\n`);
      client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'draft' }] });
    });
    after(async () => {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it('finds references across open documents (as edited) and Markdown files on disk, with progress', async () => {
      const text = `${GREGORIAN_RUSSIA}Kerensky spoke. Later, Alexander Kerensky fled.\n`;
      await client.open(fileUri('a.md'), text);
      const progress: string[] = [];
      client.connection.onProgress(WorkDoneProgress.type, 'refs-1', (p) => void progress.push(p.kind));
      const locations: Location[] = await client.request('textDocument/references', {
        textDocument: { uri: fileUri('a.md') },
        position: positionOf(text, 'Kerensky', 2),
        context: { includeDeclaration: false },
        workDoneToken: 'refs-1',
      });
      const got = locations.map((l) => `${l.uri.slice(pathToFileURL(root).href.length + 1)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`).sort();
      const b = 'In exile Kerensky wrote about Lenin.\n';
      const c = '# Notes\n\nAlexander Kerensky, again; and Tramvayev.\n';
      const at = (name: string, t: string, needle: string, k = 0) => {
        const r = rangeOf(t, needle, k);
        return `${name}:${r.start.line}:${r.start.character}-${r.end.character}`;
      };
      assert.deepEqual(
        got,
        [at('a.md', text, 'Kerensky', 0), at('a.md', text, 'Alexander Kerensky'), at('b.md', b, 'Kerensky'), at('chapters/c.md', c, 'Alexander Kerensky')].sort(),
      );
      assert.equal(progress[0], 'begin');
      assert.equal(progress[progress.length - 1], 'end');
      assert.ok(progress.includes('report'), `progress reported while scanning: ${progress.join(',')}`);
    });

    it('includes the dataset entry when asked for the declaration too', async () => {
      const text = 'Lenin arrived.\n';
      await client.open(fileUri('chapters/new.md'), text);
      const locations: Location[] = await client.request('textDocument/references', {
        textDocument: { uri: fileUri('chapters/new.md') },
        position: positionOf(text, 'Lenin', 1),
        context: { includeDeclaration: true },
      });
      const people = pathToFileURL(join(DATA, 'people.json')).href;
      assert.equal(locations[0].uri, people);
      assert.equal(locations[0].range.start.line, idLine(join(DATA, 'people.json'), 'lenin'));
      assert.deepEqual(locations.slice(1).map((l) => l.uri).sort(), [fileUri('b.md'), fileUri('chapters/new.md')]);
    });

    it("goes to a user dataset's entry in its file", async () => {
      const text = 'Tramvayev drove the tram.\n';
      await client.open(fileUri('chapters/d.md'), text);
      const location: Location = await client.request('textDocument/definition', { textDocument: { uri: fileUri('chapters/d.md') }, position: positionOf(text, 'Tram', 1) });
      assert.ok(location, 'a definition for a user entry');
      assert.equal(location.uri, fileUri('tram.clio.json'));
      assert.equal(location.range.start.line, idLine(join(root, 'tram.clio.json'), 'ivan-tramvayev'));
    });
  });
});

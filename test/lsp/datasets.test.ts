/** User datasets and `.clio.json`: read by the server (and the CLI), merged over the bundled data, reloaded live. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../cli/cliRunner';
import { LspClient, message, positionOf } from './lspClient';

const person = (id: string, name: string, alias: string) => ({
  id,
  name,
  aliases: [alias],
  summary: 'A test entry.',
  sources: ['Test fixture'],
  born: { date: '1880-03-01', calendar: 'julian', place: 'Tver' },
});

describe('user datasets and workspace settings', function () {
  let dir: string;
  let client: LspClient;
  const fileUri = (name: string) => pathToFileURL(join(dir, name)).toString();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clio-ws-'));
    writeFileSync(join(dir, 'people.clio.json'), JSON.stringify({ people: [person('ivan-testov', 'Ivan Testov', 'Testov')] }, null, 2));
    client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  });
  after(async () => {
    await client.stop();
  });

  async function reload(): Promise<void> {
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri('people.clio.json'), type: 2 }] });
  }

  it('a workspace *.clio.json entry hovers like a bundled one, with both calendars', async () => {
    const uri = fileUri('draft.md');
    const text = 'Testov met Lenin in 1905.\n';
    await client.openAndWait(uri, text);
    const h = await client.hoverText(uri, text, 'Testov');
    assert.match(h, /\*\*Ivan Testov\*\*/);
    assert.match(h, /born 13 March 1880 \(O\.S\. 1 March\), Tver/);
    assert.match(await client.hoverText(uri, text, 'Lenin'), /\*\*Vladimir Lenin\*\*/);
  });

  it('an entry added to the file appears after it is saved', async () => {
    const uri = fileUri('draft2.md');
    const text = 'Petrova wrote to Testov.\n';
    await client.openAndWait(uri, text);
    assert.equal(await client.hover(uri, positionOf(text, 'Petrova', 2)), null);
    writeFileSync(
      join(dir, 'people.clio.json'),
      JSON.stringify({ people: [person('ivan-testov', 'Ivan Testov', 'Testov'), person('anna-petrova', 'Anna Petrova', 'Petrova')] }, null, 2),
    );
    await client.republished(uri, reload);
    assert.match(await client.hoverText(uri, text, 'Petrova'), /\*\*Anna Petrova\*\*/);
  });

  it('a broken file gets dataset-error diagnostics at the offending place; bundled names still work; fixing clears them', async () => {
    const broken = '{\n  "people": [\n    { "id": "Bad Id", "name": "X", "aliases": [], "summary": "s", "sources": ["t"] },\n' +
      '    { "id": "ok-one", "name": "Oksana Okova", "aliases": ["Okova"], "summary": "s", "sources": ["t"], "born": { "date": "1900-02-29", "calendar": "gregorian" } }\n  ]\n}\n';
    writeFileSync(join(dir, 'people.clio.json'), broken);
    const uri = fileUri('people.clio.json');
    await reload();
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(diagnostics.every((d) => d.code === 'dataset-error' && d.source === 'clio'));
    const messages = diagnostics.map(message);
    assert.ok(messages.some((m) => /people\.0\.id: an id is lowercase words/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /people\[1\]\.born: 1900-02-29 does not exist in the Gregorian calendar/.test(m)), messages.join('\n'));
    const idDiag = diagnostics.find((d) => /people\.0\.id/.test(message(d)))!;
    assert.deepEqual(idDiag.range.start, positionOf(broken, '"Bad Id"'));

    const draft = fileUri('draft3.md');
    const text = 'Lenin spoke.\n';
    await client.openAndWait(draft, text);
    assert.match(await client.hoverText(draft, text, 'Lenin'), /Vladimir Lenin/);

    writeFileSync(join(dir, 'people.clio.json'), JSON.stringify({ people: [person('ivan-testov', 'Ivan Testov', 'Testov')] }));
    await reload();
    assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);
  });

  it('duplicate ids and aliases that shadow bundled names are reported at their place', async () => {
    const text = JSON.stringify(
      { people: [person('ivan-testov', 'Ivan Testov', 'Testov'), person('ivan-testov', 'Ivan Testov II', 'Testov II'), person('v-lenin-2', 'Another Lenin', 'Lenin')] },
      null,
      2,
    );
    writeFileSync(join(dir, 'people.clio.json'), text);
    const uri = fileUri('people.clio.json');
    await reload();
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    const dup = diagnostics.find((d) => /^Duplicate id "ivan-testov"/.test(message(d)));
    assert.ok(dup, diagnostics.map(message).join('\n'));
    assert.equal(dup.severity, 1);
    assert.equal(dup.range.start.line, text.split('\n').findIndex((l, i) => i > 10 && l.includes('"id": "ivan-testov"')));
    const shadow = diagnostics.find((d) => /^Alias "Lenin" is also a name of the bundled lenin/.test(message(d)));
    assert.ok(shadow, diagnostics.map(message).join('\n'));
    assert.equal(shadow.severity, 2);
    writeFileSync(join(dir, 'people.clio.json'), JSON.stringify({ people: [person('ivan-testov', 'Ivan Testov', 'Testov')] }));
    await reload();
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
  });

  it('a 50 MB dataset is refused with a clear message, and the server keeps answering', async function () {
    this.timeout(60000);
    const big = join(dir, 'huge.clio.json');
    writeFileSync(big, `{"people": [${'{"x": 1},'.repeat(50 * 1024 * 1024 / 9)}{"x": 1}]}`);
    await reload();
    const [d] = await client.waitForDiagnostics(fileUri('huge.clio.json'), (ds) => ds.length > 0);
    assert.match(message(d), /^This dataset is 50\.\d MB; Clio reads dataset files up to 5 MB/);
    const draft = fileUri('draft4.md');
    const text = 'Lenin spoke.\n';
    await client.openAndWait(draft, text);
    assert.match(await client.hoverText(draft, text, 'Lenin'), /Vladimir Lenin/);
    rmSync(big);
    await reload();
    await client.waitForDiagnostics(fileUri('huge.clio.json'), (ds) => ds.length === 0);
  });

  it('invalid JSON is reported where it breaks', async () => {
    const text = '{ "people": [ { "id": "x" ,, } ] }';
    writeFileSync(join(dir, 'people.clio.json'), text);
    const uri = fileUri('people.clio.json');
    await reload();
    const [d] = await client.waitForDiagnostics(uri, (ds) => ds.length > 0);
    assert.match(message(d), /^Invalid JSON: /);
    assert.equal(d.range.start.character, text.indexOf(',,') + 1);
    writeFileSync(join(dir, 'people.clio.json'), JSON.stringify({ people: [person('ivan-testov', 'Ivan Testov', 'Testov')] }));
    await reload();
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
  });
});

describe('.clio.json changes results identically in the CLI and the server', () => {
  const draft = 'In Petrograd the crowds gathered on 7 March 1917.\n';

  function workspace(config?: object): string {
    const dir = mkdtempSync(join(tmpdir(), 'clio-cfg-'));
    writeFileSync(join(dir, 'draft.md'), draft);
    if (config) writeFileSync(join(dir, '.clio.json'), JSON.stringify(config));
    return dir;
  }

  async function serverCodes(dir: string): Promise<string[]> {
    const client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    try {
      const uri = pathToFileURL(join(dir, 'draft.md')).toString();
      const { diagnostics } = await client.openAndWait(uri, draft);
      return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
    } finally {
      await client.stop();
    }
  }

  function cliCodes(dir: string): string[] {
    const r = runCli(['check', '--format', 'json', dir]);
    return (JSON.parse(r.stdout) as { code: string; range: { start: { line: number; character: number } } }[]).map(
      (f) => `${f.code}@${f.range.start.line}:${f.range.start.character}`,
    );
  }

  it('without it the date is ambiguous in both', async () => {
    const dir = workspace();
    assert.deepEqual(cliCodes(dir), ['ambiguous-calendar@0:36']);
    assert.deepEqual(await serverCodes(dir), ['ambiguous-calendar@0:36']);
  });

  it('calendar: gregorian in .clio.json settles it in both', async () => {
    const dir = workspace({ calendar: 'gregorian' });
    assert.deepEqual(cliCodes(dir), []);
    assert.deepEqual(await serverCodes(dir), []);
  });

  it('a disabled rule is off in both', async () => {
    const dir = workspace({ disable: ['ambiguous-calendar'] });
    assert.deepEqual(cliCodes(dir), []);
    assert.deepEqual(await serverCodes(dir), []);
  });
});

/** unknown-person through the built server: hints arrive in a later publication, off the keystroke path, with a fix that creates people.clio.json. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import type { CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, LspClient, message, rangeOf } from './lspClient';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../data/schema/clio-dataset.schema.json'), 'utf8')) as object;
const DRAFT = 'In March 1917 Ivan Petrovich Sidorov, a clerk, wrote to Lenin from Petrograd.\n\nLenin did not answer.\n';

const hasHint = (d: Diagnostic[]) => d.some((x) => x.code === 'unknown-person');

describe('unknown-person through the server', function () {
  this.timeout(60000);
  let client: LspClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'clio-unknown-'));
    client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'draft' }] });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes first without the hint, then with it once compromise has run in the background', async () => {
    const uri = pathToFileURL(join(folder, 'chapter.md')).toString();
    await client.open(uri, DRAFT);
    const withHint = await client.waitForDiagnostics(uri, hasHint, 30000);
    const publications = client.publications(uri).filter((p) => p.version === 1);
    assert.ok(publications.length >= 2, `two publications for version 1, got ${publications.length}`);
    assert.equal(hasHint(publications[0].diagnostics), false, 'the first publication does not wait for compromise');

    const hints = withHint.filter((d) => d.code === 'unknown-person');
    assert.equal(hints.length, 1, JSON.stringify(withHint));
    const [hint] = hints;
    assert.deepEqual(hint.range, rangeOf(DRAFT, 'Ivan Petrovich Sidorov'));
    assert.equal(hint.severity, 4);
    assert.equal(hint.source, 'clio');
    assert.match(message(hint), /Ivan Petrovich Sidorov/);

    const actions = (await client.codeActions(uri, hint.range, [hint], ['quickfix'])).filter((a) => a.diagnostics?.[0]?.code === 'unknown-person');
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Add ‘Ivan Petrovich Sidorov’ to the workspace dataset');
    const changes = actions[0].edit?.documentChanges ?? [];
    const fileUri = pathToFileURL(join(folder, 'people.clio.json')).toString();
    assert.deepEqual(changes[0], { kind: 'create', uri: fileUri } satisfies CreateFile);
    const edit = changes[1] as TextDocumentEdit;
    assert.equal(edit.textDocument.uri, fileUri);
    assert.equal(edit.edits.length, 1);
    const file = JSON.parse((edit.edits[0] as TextEdit).newText) as { people: Record<string, unknown>[] };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(file), JSON.stringify(validate.errors));
    assert.deepEqual(file.people, [
      {
        id: 'ivan-petrovich-sidorov',
        name: 'Ivan Petrovich Sidorov',
        aliases: ['Sidorov'],
        summary: 'Added from chapter.md; describe who this was.',
        sources: ['to be added'],
      },
    ]);
  });

  it('keeps the hint across edits elsewhere, and drops it when the name is edited away', async () => {
    const uri = pathToFileURL(join(folder, 'edits.md')).toString();
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, hasHint, 30000);
    // An edit in the other paragraph: the hint comes with the very first publication of the new version.
    await client.edit(uri, rangeOf(client.text(uri), 'did not answer'), 'never answered');
    const next = await client.waitForDiagnostics(uri);
    assert.ok(hasHint(next), 'hints of untouched paragraphs are kept on the keystroke path');
    // Renaming the clerk to a known person removes the hint.
    await client.edit(uri, rangeOf(client.text(uri), 'Ivan Petrovich Sidorov'), 'Leon Trotsky');
    const renamed = await client.waitForDiagnostics(uri);
    assert.equal(hasHint(renamed), false);
  });

  it('the hint and its fix appear in the existing file when people.clio.json exists', async () => {
    const uri = pathToFileURL(join(folder, 'second.md')).toString();
    const dataset = pathToFileURL(join(folder, 'people.clio.json')).toString();
    const existing = '{\n  "people": [\n    { "id": "x-y", "name": "X Y", "aliases": [], "summary": "s", "sources": ["a"] }\n  ]\n}\n';
    await client.open(dataset, existing); // open in the editor: the server edits the open text, at its version
    await client.open(uri, 'Later Maria Ivanova, his wife, wrote again.\n');
    const diagnostics = await client.waitForDiagnostics(uri, hasHint, 30000);
    const hint = diagnostics.find((d) => d.code === 'unknown-person')!;
    const [action] = await client.codeActions(uri, hint.range, [hint], ['quickfix']);
    const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
    assert.equal(changes.length, 1);
    assert.deepEqual(changes[0].textDocument, { uri: dataset, version: 1 });
    const after = applyEdits(existing, changes[0].edits as TextEdit[]);
    const file = JSON.parse(after) as { people: { id: string; name: string }[] };
    assert.deepEqual(
      file.people.map((p) => p.name),
      ['X Y', 'Maria Ivanova'],
    );
    assert.ok(new Ajv().compile(schema)(file));
  });

  it('a clio-disable-next-line comment silences the hint in the line under it only', async () => {
    const uri = pathToFileURL(join(folder, 'silenced.md')).toString();
    const text = `<!-- clio-disable-next-line unknown-person -->\n${DRAFT}\nIn 1918 Pyotr Semyonovich Karpov, a clerk, wrote to Lenin.\n`;
    await client.open(uri, text);
    const withHint = await client.waitForDiagnostics(uri, hasHint, 30000);
    const hints = withHint.filter((d) => d.code === 'unknown-person');
    assert.deepEqual(
      hints.map((d) => d.range),
      [rangeOf(text, 'Pyotr Semyonovich Karpov')],
    );
  });

  it('clio.unknownPeople.enabled: false turns the pass off, and true turns it on again', async () => {
    // A server with the pass on, started with it, shows how long a cold pass takes here (loading compromise is most
    // of it); the server with it off is given twice that to (not) republish.
    const [off, on] = await Promise.all([LspClient.start({ settings: { unknownPeople: { enabled: false } } }), LspClient.start()]);
    try {
      const uri = 'file:///tmp/clio-unknown-off.md';
      const started = Date.now();
      await Promise.all([off.openAndWait(uri, DRAFT), on.open(uri, DRAFT)]);
      await on.waitForDiagnostics(uri, hasHint, 30000);
      await new Promise((r) => setTimeout(r, Date.now() - started));
      assert.ok(off.publications(uri).length > 0);
      assert.deepEqual(off.publications(uri).filter((p) => hasHint(p.diagnostics)), [], 'no hint with the pass off');
      // The quiet was the setting's: turned on, the same server hints the same draft.
      await off.changeSettings({ unknownPeople: { enabled: true } });
      await off.waitForDiagnostics(uri, hasHint, 30000);
    } finally {
      await Promise.all([off.stop(), on.stop()]);
    }
  });
});

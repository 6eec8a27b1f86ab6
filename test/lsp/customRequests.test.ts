/** Clio's custom requests (shared/protocol.ts), each driven through the built server over stdio as the VS Code client calls them. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import {
  CheckWorkspaceRequest,
  ConvertDateAtRequest,
  DocumentInfoRequest,
  EntryAtRequest,
  ListEventsRequest,
  SetConventionEditRequest,
  type CheckWorkspaceResult,
  type ConvertDateResult,
  type DatasetEntryInfo,
  type DocumentInfo,
  type EventListItem,
} from '../../shared/protocol';
import { BUNDLED_FILES } from '../../server/src/dataset/bundled';
import { applyEdits, GREGORIAN_RUSSIA, LspClient, offsetAt, positionOf } from './lspClient';

const DATA = resolve(__dirname, '../../data');
let n = 0;
const nextUri = () => `file:///tmp/clio-custom-${++n}.md`;

async function openDoc(client: LspClient, text: string): Promise<string> {
  const uri = nextUri();
  await client.open(uri, text);
  return uri;
}

/** Waits until `done()` holds, however long a loaded machine takes to deliver trailing notifications; fails after 5 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 5000; !done(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() > deadline) assert.fail(`after 5 s still no ${what}`);
  }
}

function info(client: LspClient, uri: string): Promise<DocumentInfo | null> {
  return client.request(DocumentInfoRequest.method, { textDocument: { uri } });
}

function convertAt(client: LspClient, uri: string, needle: string, delta = 1): Promise<ConvertDateResult | null> {
  return client.request(ConvertDateAtRequest.method, { textDocument: { uri }, position: positionOf(client.text(uri), needle, delta) });
}

function formText(result: ConvertDateResult | null, form: string): string {
  const f = result?.forms.find((x) => x.form === form);
  assert.ok(f, `no ${form} form in ${JSON.stringify(result)}`);
  return f.newText;
}

/** The text a range covers in a file on disk. */
function textAt(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const text = readFileSync(fileURLToPath(uri), 'utf8');
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

describe('custom requests (clio/*)', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  describe('clio/documentInfo', () => {
    it('reports the front matter convention and region, with the region named for display', async () => {
      const uri = await openDoc(client, `${GREGORIAN_RUSSIA}The strike began on 8 March 1917.\n`);
      assert.deepEqual(await info(client, uri), {
        convention: 'gregorian',
        conventionSource: 'front-matter',
        region: 'russia',
        regionName: 'Russia',
        regionSource: 'front-matter',
      });
    });

    it('infers the convention from dual dates and the region from the places named', async () => {
      const uri = await openDoc(client, 'In Petrograd the strike began on 8 March (O.S. 23 February) 1917.\n');
      const i = await info(client, uri);
      assert.equal(i?.convention, 'gregorian');
      assert.equal(i?.conventionSource, 'inferred');
      assert.equal(i?.region, 'russia');
      assert.equal(i?.regionSource, 'inferred');
    });

    it('follows the clio.calendar setting and says so; null for a document the server does not have', async () => {
      await client.changeSettings({ calendar: 'julian' });
      try {
        const uri = await openDoc(client, 'Nothing dated here.\n');
        const i = await info(client, uri);
        assert.equal(i?.convention, 'julian');
        assert.equal(i?.conventionSource, 'setting');
        assert.equal(i?.region, null);
        assert.equal(i?.regionSource, 'none');
      } finally {
        await client.changeSettings({});
      }
      assert.equal(await info(client, 'file:///tmp/never-opened.md'), null);
    });
  });

  describe('clio/listEvents', () => {
    // Every file the server bundles (events.json, russia-…, west-…), read from disk as shipped.
    const events = BUNDLED_FILES.flatMap(({ name }) => JSON.parse(readFileSync(join(DATA, name), 'utf8')).events ?? []) as {
      id: string;
      aliases: string[];
    }[];
    const list = async (text?: string): Promise<EventListItem[]> => {
      const uri = text === undefined ? undefined : await openDoc(client, text);
      return client.request(ListEventsRequest.method, uri ? { textDocument: { uri } } : {});
    };
    const byId = (items: EventListItem[], id: string) => {
      const e = items.find((x) => x.id === id);
      assert.ok(e, `${id} listed`);
      return e;
    };

    it('lists every event of the dataset with its aliases, year and both calendars in words', async () => {
      const items = await list();
      assert.deepEqual(items.map((e) => e.id).sort(), events.map((e) => e.id).sort());
      const october = byId(items, 'october-revolution');
      assert.equal(october.name, 'October Revolution');
      assert.deepEqual(october.aliases, events.find((e) => e.id === 'october-revolution')?.aliases);
      assert.equal(october.year, 1917);
      assert.equal(october.julian, '25–26 October 1917');
      assert.equal(october.gregorian, '7–8 November 1917');
      assert.equal(october.recordedIn, 'julian');
    });

    it('writes the snippet in the document convention: gregorian, julian and dual', async () => {
      const cases: [string, string][] = [
        [GREGORIAN_RUSSIA, 'the October Revolution of 7 November (O.S. 25 October) 1917'],
        ['---\nclio:\n  calendar: julian\n---\n', 'the October Revolution of 25 October (7 November) 1917'],
        ['---\nclio:\n  calendar: dual\n---\n', 'the October Revolution of 25 October/7 November 1917'],
      ];
      for (const [frontMatter, expected] of cases) {
        const october = byId(await list(`${frontMatter}Text.\n`), 'october-revolution');
        assert.equal(october.text, expected);
        // The article and the dates are tab stops the writer can change or delete.
        assert.equal(october.snippet, `\${1:the }October Revolution\${2:${expected.slice('the October Revolution'.length)}}`);
      }
    });

    it('renders spans as spans, and an event without an article has no article stop', async () => {
      const items = await list(GREGORIAN_RUSSIA);
      assert.equal(byId(items, 'july-days').text, 'the July Days of 16–20 July (O.S. 3–7 July) 1917');
      const bloody = byId(items, 'bloody-sunday-1905');
      assert.equal(bloody.text, 'Bloody Sunday of 22 January (O.S. 9 January) 1905');
      assert.equal(bloody.snippet, 'Bloody Sunday${1: of 22 January (O.S. 9 January) 1905}');
    });
  });

  describe('clio/convertDateAt', () => {
    it('offers N.S., O.S. and both dual orders for a marked date, and the current form is flagged', async () => {
      const uri = await openDoc(client, 'The Bolsheviks rose in Petrograd on 25 October 1917 (O.S.) at night.\n');
      const r = await convertAt(client, uri, '25 October');
      assert.ok(r);
      assert.equal(r.text, '25 October 1917 (O.S.)', 'the edit covers the date with its marker');
      assert.equal(formText(r, 'gregorian'), '7 November 1917 (N.S.)');
      assert.equal(formText(r, 'julian'), '25 October 1917 (O.S.)');
      assert.equal(formText(r, 'dual-gregorian-first'), '7 November (O.S. 25 October) 1917');
      assert.equal(formText(r, 'dual-julian-first'), '25 October (7 November) 1917');
      assert.deepEqual(r.forms.filter((f) => f.current).map((f) => f.form), ['julian']);
    });

    it('each edit rewrites the same day: converting the result back gives the original', async () => {
      const original = 'The Bolsheviks rose in Petrograd on 25 October 1917 (O.S.) at night.\n';
      const uri = await openDoc(client, original);
      const r = await convertAt(client, uri, '25 October');
      for (const form of r!.forms) {
        await client.replaceAll(uri, original);
        const converted = applyEdits(original, [form.edit]);
        await client.replaceAll(uri, converted);
        const diagnostics = await client.waitForDiagnostics(uri);
        assert.deepEqual(diagnostics.filter((d) => d.code === 'dual-date-mismatch' || d.code === 'invalid-date'), [], `${form.form}: ${converted}`);
        const back = await convertAt(client, uri, form.newText.slice(0, 3), 0);
        // The same day either way (a marker is left out where the document now reads the date so).
        assert.match(formText(back, 'julian'), /^25 October 1917( \(O\.S\.\))?$/, `${form.form} read back`);
        assert.match(formText(back, 'gregorian'), /^7 November 1917( \(N\.S\.\))?$/, `${form.form} read back`);
        assert.ok(back!.forms.find((f) => f.form === form.form)?.current, `${form.form} is current after applying it`);
      }
    });

    it('writes no marker where the document convention already reads the date so', async () => {
      const uri = await openDoc(client, `${GREGORIAN_RUSSIA}The July Days, 16–20 July 1917, ended the first coalition.\n`);
      const r = await convertAt(client, uri, '16–20 July');
      assert.equal(formText(r, 'gregorian'), '16–20 July 1917');
      assert.equal(formText(r, 'julian'), '3–7 July 1917 (O.S.)');
      assert.equal(formText(r, 'dual-gregorian-first'), '16–20 July (O.S. 3–7 July) 1917');
    });

    it('explains why a date without a year cannot be converted; null away from dates', async () => {
      const uri = await openDoc(client, 'On 25 October the Bolsheviks rose.\n');
      const r = await convertAt(client, uri, '25 October');
      assert.ok(r);
      assert.deepEqual(r.forms, []);
      assert.match(r.problem ?? '', /no year/);
      assert.equal(await convertAt(client, uri, 'Bolsheviks'), null);
    });
  });

  describe('clio/entryAt', () => {
    it('finds the person under the cursor and the bundled entry in data/people.json', async () => {
      const uri = await openDoc(client, 'Lenin returned to Petrograd in April 1917.\n');
      const entry: DatasetEntryInfo | null = await client.request(EntryAtRequest.method, { textDocument: { uri }, position: positionOf(client.text(uri), 'Lenin', 2) });
      assert.ok(entry);
      assert.equal(entry.id, 'lenin');
      assert.equal(entry.type, 'person');
      assert.equal(entry.bundled, true);
      assert.equal(entry.bundledFile, 'people.json');
      assert.ok(entry.location);
      assert.equal(entry.location.uri, pathToFileURL(join(DATA, 'people.json')).href);
      assert.equal(textAt(entry.location.uri, entry.location.range), '"id": "lenin"');
    });

    it('returns null where no name is', async () => {
      const uri = await openDoc(client, 'Lenin returned to Petrograd in April 1917.\n');
      assert.equal(await client.request(EntryAtRequest.method, { textDocument: { uri }, position: positionOf(client.text(uri), 'returned', 2) }), null);
    });
  });

  describe('clio/setConventionEdit', () => {
    const setTo = async (uri: string, calendar: string) => {
      const edits = await client.request<{ range: never; newText: string }[]>(SetConventionEditRequest.method, { textDocument: { uri }, calendar });
      const next = applyEdits(client.text(uri), edits);
      await client.replaceAll(uri, next);
      return next;
    };

    it('creates the front matter when there is none, and the server then reads it', async () => {
      const uri = await openDoc(client, 'On 25 October 1917 the Bolsheviks rose.\n');
      const next = await setTo(uri, 'julian');
      assert.equal(next, '---\nclio:\n  calendar: julian\n---\n\nOn 25 October 1917 the Bolsheviks rose.\n');
      const i = await info(client, uri);
      assert.equal(i?.convention, 'julian');
      assert.equal(i?.conventionSource, 'front-matter');
    });

    it('updates an existing clio.calendar and keeps the rest of the front matter', async () => {
      const uri = await openDoc(client, '---\ntitle: Chapter 3\nclio:\n  calendar: gregorian\n  region: russia\n---\n\nText.\n');
      assert.equal(await setTo(uri, 'dual'), '---\ntitle: Chapter 3\nclio:\n  calendar: dual\n  region: russia\n---\n\nText.\n');
      assert.equal((await info(client, uri))?.convention, 'dual');
    });

    it('adds a clio key to front matter without one; refuses an unknown convention', async () => {
      const uri = await openDoc(client, '---\ntitle: Chapter 3\n---\n\nText.\n');
      assert.equal(await setTo(uri, 'gregorian'), '---\ntitle: Chapter 3\nclio:\n  calendar: gregorian\n---\n\nText.\n');
      assert.deepEqual(await client.request(SetConventionEditRequest.method, { textDocument: { uri }, calendar: 'mayan' }), []);
    });
  });

  describe('clio/checkWorkspace', () => {
    let root: string;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'clio-check-workspace-'));
      mkdirSync(join(root, 'part-two'));
      mkdirSync(join(root, '.drafts'));
      mkdirSync(join(root, 'node_modules'));
      const wrong = `${GREGORIAN_RUSSIA}The strike began on 8 March (O.S. 24 February) 1917.\n`;
      writeFileSync(join(root, 'chapter-1.md'), wrong);
      writeFileSync(join(root, 'part-two', 'chapter-2.md'), `${GREGORIAN_RUSSIA}Nothing happened on 31 April 1917.\n`);
      writeFileSync(join(root, 'part-two', 'clean.md'), `${GREGORIAN_RUSSIA}The strike began on 8 March (O.S. 23 February) 1917.\n`);
      writeFileSync(join(root, '.drafts', 'hidden.md'), wrong);
      writeFileSync(join(root, 'node_modules', 'dep.md'), wrong);
      writeFileSync(join(root, 'notes.txt'), wrong);
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    const codesByFile = (r: CheckWorkspaceResult) =>
      Object.fromEntries(r.files.map((f) => [fileURLToPath(f.uri).slice(root.length + 1), f.diagnostics.map((d) => d.code)]));

    it('checks every *.md under the folders (not dot folders or node_modules) and reports progress on the client token', async () => {
      const progress: string[] = [];
      const listener = client.connection.onProgress(WorkDoneProgress.type, 'check-1', (v: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => {
        progress.push(v.kind);
      });
      try {
        const r: CheckWorkspaceResult = await client.request(CheckWorkspaceRequest.method, { folders: [pathToFileURL(root).href], workDoneToken: 'check-1' });
        assert.equal(r.checked, 3);
        assert.equal(r.cancelled, false);
        assert.deepEqual(codesByFile(r), { 'chapter-1.md': ['dual-date-mismatch'], [join('part-two', 'chapter-2.md')]: ['invalid-date'] });
        assert.ok(r.files.every((f) => f.diagnostics.every((d) => d.source === 'clio')));
        await until(() => progress.includes('end'), "progress 'end'"); // $/progress notifications may trail the response
        assert.equal(progress[0], 'begin');
        assert.equal(progress[progress.length - 1], 'end');
        assert.ok(progress.includes('report'));
      } finally {
        listener.dispose();
      }
    });

    it('checks an open document as it is in the editor, not as it is on disk', async () => {
      const uri = pathToFileURL(join(root, 'chapter-1.md')).href;
      await client.open(uri, `${GREGORIAN_RUSSIA}The strike began on 8 March (O.S. 23 February) 1917.\n`);
      try {
        const r: CheckWorkspaceResult = await client.request(CheckWorkspaceRequest.method, { folders: [pathToFileURL(root).href] });
        assert.deepEqual(codesByFile(r), { [join('part-two', 'chapter-2.md')]: ['invalid-date'] });
      } finally {
        await client.close(uri);
      }
    });

    it('walks the workspace folders from initialize when none are given, with server-created progress', async () => {
      const other = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'book' }] });
      try {
        const tokens: (string | number)[] = [];
        const kinds: string[] = [];
        other.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
          tokens.push(p.token);
          other.connection.onProgress(WorkDoneProgress.type, p.token, (v: { kind: string }) => {
            kinds.push(v.kind);
          });
          return null;
        });
        const r: CheckWorkspaceResult = await other.request(CheckWorkspaceRequest.method, {});
        assert.equal(r.checked, 3);
        assert.equal(r.files.length, 2);
        await until(() => kinds.includes('end'), "progress 'end'");
        assert.equal(tokens.length, 1);
        assert.equal(kinds[0], 'begin');
        assert.equal(kinds[kinds.length - 1], 'end');
      } finally {
        await other.stop();
      }
    });
  });
});

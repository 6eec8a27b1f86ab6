/** Unknown people: the compromise-based finder, its filters and cache, the unknown-person check and its dataset entry. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { datasetAdditionFor, personIdFromName, unknownPersonFindings } from '../../server/src/analysis/checks/unknownPerson';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { Dataset } from '../../server/src/dataset/dataset';
import { applyTextEdits } from '../../server/src/features/codeActions';
import { datasetFileChange } from '../../server/src/features/datasetAddition';
import { proseSpans, splitBlocks } from '../../server/src/markdown';
import { UnknownPeopleFinder, type Nlp, type PersonCandidate } from '../../server/src/recognize/unknownPeople';

const root = resolve(__dirname, '../..');
const dataset = bundledDataset();
const schema = JSON.parse(readFileSync(resolve(root, 'data/schema/clio-dataset.schema.json'), 'utf8')) as object;

/** The real compromise, wrapped so that a test can count how often it is asked to tag a paragraph. */
function countingFinder(capacity?: number): { finder: UnknownPeopleFinder; calls: string[] } {
  const calls: string[] = [];
  const finder = new UnknownPeopleFinder({
    capacity,
    load: async () => {
      const real = (await import('compromise')).default as unknown as Nlp;
      const counted = ((text: string) => {
        calls.push(text);
        return real(text);
      }) as Nlp;
      counted.model = () => real.model();
      return counted;
    },
  });
  return { finder, calls };
}

/** A one-paragraph Markdown text: the paragraph and its prose spans, as the server hands them over. */
function paragraph(text: string) {
  const [block] = splitBlocks(text);
  return { text, prose: proseSpans(text, { ...block, start: 0, end: text.length }) };
}

function names(found: PersonCandidate[]): string[] {
  return found.map((c) => c.name);
}

describe('unknown people (compromise)', function () {
  this.timeout(60000); // the first call loads compromise

  const p = paragraph(
    'In March 1917 Ivan Petrovich Sidorov, a clerk, wrote to Maria Ivanova from Petrograd that Lenin had returned.',
  );

  it('finds full names the dataset lacks, with offsets into the paragraph', async () => {
    const { finder } = countingFinder();
    const found = await finder.find(p.text, p.prose, dataset);
    assert.deepEqual(names(found), ['Ivan Petrovich Sidorov', 'Maria Ivanova']);
    for (const c of found) assert.equal(p.text.slice(c.start, c.end), c.name);
    assert.deepEqual(
      found.map((c) => c.surname),
      ['Sidorov', 'Ivanova'],
    );
  });

  it('skips known people, months and region words', async () => {
    const { finder } = countingFinder();
    const found = await finder.find(p.text, p.prose, dataset);
    for (const word of ['Lenin', 'March', 'Petrograd']) {
      const at = p.text.indexOf(word);
      assert.ok(!found.some((c) => c.start <= at && at < c.end), `${word} is not an unknown person: ${JSON.stringify(found)}`);
    }
    // A name the bundled dataset knows in full is not proposed, nor one whose surname it knows.
    const known = paragraph('Later Nikolai Bukharin and Grigory Zinoviev met Vladimir Lenin in Moscow.');
    assert.deepEqual(names(await finder.find(known.text, known.prose, dataset)), []);
  });

  it('finds what the dataset lacks: a known name becomes a hint with an empty dataset', async () => {
    const { finder } = countingFinder();
    const known = paragraph('Later Nikolai Bukharin wrote to his friends.');
    assert.deepEqual(names(await finder.find(known.text, known.prose, new Dataset([]))), ['Nikolai Bukharin']);
    assert.deepEqual(names(await finder.find(known.text, known.prose, dataset)), []);
  });

  it('offsets are UTF-16 code units, after accents and astral characters', async () => {
    const { finder } = countingFinder();
    const q = paragraph('Le café 🙂 𝔘𝔫𝔦 — on écrit que Maria Ivanova était là, avec Ivan Sidorov.');
    const found = await finder.find(q.text, q.prose, dataset);
    assert.deepEqual(names(found), ['Maria Ivanova', 'Ivan Sidorov']);
    for (const c of found) assert.equal(q.text.slice(c.start, c.end), c.name);
  });

  it('ignores names in code spans and URLs, and drops titles and possessives', async () => {
    const { finder } = countingFinder();
    const q = paragraph('See `Ivan Sidorov` and <https://example.org/Maria_Ivanova>; General Pyotr Krasnov’s men came.');
    const found = await finder.find(q.text, q.prose, dataset);
    assert.deepEqual(names(found), ['Pyotr Krasnov']);
  });

  it('needs two words for a name unless a title precedes it; no sentence-initial common words', async () => {
    const { finder } = countingFinder();
    const q = paragraph('Sidorov arrived. Yesterday Ivanov left. Colonel Zaitsev stayed.');
    const found = await finder.find(q.text, q.prose, dataset);
    assert.deepEqual(names(found), ['Zaitsev']);
  });

  it('runs compromise once per paragraph: later calls are answered from the cache', async () => {
    const { finder, calls } = countingFinder();
    assert.equal(finder.cached(p.text, p.prose, dataset), undefined, 'nothing is cached before the first run');
    const first = await finder.find(p.text, p.prose, dataset);
    assert.equal(calls.length, 1);
    const again = await finder.find(p.text, p.prose, dataset);
    assert.equal(calls.length, 1, 'the same paragraph is not tagged again');
    assert.deepEqual(again, first);
    assert.deepEqual(finder.cached(p.text, p.prose, dataset), first);
    const other = paragraph('Then Maria Ivanova wrote back to Ivan Sidorov.');
    await finder.find(other.text, other.prose, dataset);
    assert.equal(calls.length, 2);
    assert.equal(calls[1], other.text, 'one paragraph per call');
  });

  it('never hands compromise a paragraph that cannot hold an unknown name', async () => {
    const { finder, calls } = countingFinder();
    const q = paragraph('Lenin and Trotsky spoke in Petrograd on 7 November 1917 to the Provisional Government.');
    assert.deepEqual(await finder.find(q.text, q.prose, dataset), []);
    assert.equal(calls.length, 0);
  });

  it('the cache is bounded: the least recently used paragraph is dropped first', async () => {
    const { finder, calls } = countingFinder(2);
    const a = paragraph('Ivan Sidorov wrote.');
    const b = paragraph('Maria Ivanova wrote.');
    const c = paragraph('Pyotr Zaitsev wrote.');
    await finder.find(a.text, a.prose, dataset);
    await finder.find(b.text, b.prose, dataset);
    await finder.find(a.text, a.prose, dataset); // a is now the most recent
    await finder.find(c.text, c.prose, dataset); // drops b
    assert.equal(finder.size, 2);
    assert.equal(calls.length, 3);
    await finder.find(a.text, a.prose, dataset);
    assert.equal(calls.length, 3);
    await finder.find(b.text, b.prose, dataset);
    assert.equal(calls.length, 4);
  });

  it('the seed, with the bundled dataset, yields no unknown-person hints', async () => {
    const { finder, calls } = countingFinder();
    const seed = readFileSync(resolve(root, 'test/fixtures/seed.md'), 'utf8');
    const found: string[] = [];
    let paragraphs = 0;
    for (const b of splitBlocks(seed)) {
      if (b.kind !== 'paragraph' && b.kind !== 'list' && b.kind !== 'quote') continue;
      paragraphs++;
      const text = seed.slice(b.start, b.end);
      const prose = proseSpans(text, { ...b, start: 0, end: text.length });
      found.push(...names(await finder.find(text, prose, dataset)));
    }
    assert.deepEqual(found, []);
    assert.ok(calls.length < paragraphs / 4, `compromise ran on ${calls.length} of ${paragraphs} paragraphs`);
  });
});

describe('unknown-person findings and the dataset entry', () => {
  const candidate: PersonCandidate = { start: 10, end: 32, name: 'Ivan Petrovich Sidorov', surname: 'Sidorov' };

  it('makes a hint with a quick fix that adds a schema-valid person', () => {
    const [f] = unknownPersonFindings([candidate], 'chapter 1.md', dataset);
    assert.equal(f.code, 'unknown-person');
    assert.equal(f.severity, 'hint');
    assert.deepEqual([f.start, f.end], [10, 32]);
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].title, 'Add ‘Ivan Petrovich Sidorov’ to the workspace dataset');
    assert.equal(f.fixes[0].safe, false, 'never applied by fix-all');
    assert.deepEqual(f.fixes[0].datasetAddition, {
      file: 'people.clio.json',
      person: {
        id: 'ivan-petrovich-sidorov',
        name: 'Ivan Petrovich Sidorov',
        aliases: ['Sidorov'],
        summary: 'Added from chapter 1.md; describe who this was.',
        sources: ['to be added'],
      },
    });
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate({ people: [f.fixes[0].datasetAddition!.person] }), JSON.stringify(validate.errors));
  });

  it('ids: accents dropped, never a bundled id (a user entry with a bundled id would replace it)', () => {
    assert.equal(personIdFromName('Émile  Zola-Dupont'), 'emile-zola-dupont');
    assert.equal(personIdFromName('Лев Толстой'), 'person');
    const lenin = dataset.person('lenin') ?? [...dataset.entities()].find((e) => e.type === 'person')!;
    const addition = datasetAdditionFor({ name: lenin.id, surname: lenin.id }, 'x.md', dataset);
    assert.notEqual(addition.person.id, lenin.id);
    assert.ok(!dataset.byId.has(addition.person.id));
  });

  it('creates the file, or appends to its people array keeping it valid', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const { datasetAddition } = unknownPersonFindings([candidate], 'a.md', dataset)[0].fixes[0];
    const created = datasetFileChange(undefined, datasetAddition!);
    assert.equal(created?.kind, 'create');
    const file = JSON.parse(created!.kind === 'create' ? created!.text : '');
    assert.ok(validate(file), JSON.stringify(validate.errors));

    const existing = `{\n  "people": [\n    { "id": "ivan-petrovich-sidorov", "name": "Someone", "aliases": [], "summary": "s", "sources": ["a"] }\n  ],\n  "events": []\n}\n`;
    const change = datasetFileChange(existing, datasetAddition!);
    assert.equal(change?.kind, 'edit');
    const after = applyTextEdits(existing, change!.kind === 'edit' ? change!.edits : []);
    const parsed = JSON.parse(after) as { people: { id: string }[] };
    assert.ok(validate(parsed), JSON.stringify(validate.errors));
    assert.deepEqual(
      parsed.people.map((x) => x.id),
      ['ivan-petrovich-sidorov', 'ivan-petrovich-sidorov-2'],
    );
    const entryEnd = existing.indexOf('}') + 1;
    assert.equal(after.slice(0, entryEnd), existing.slice(0, entryEnd), 'the existing entry is untouched');

    const added = datasetFileChange('{ "events": [] }', datasetAddition!);
    assert.equal(added?.kind, 'edit');
    const noPeople = applyTextEdits('{ "events": [] }', added?.kind === 'edit' ? added.edits : []);
    assert.ok(validate(JSON.parse(noPeople)));
    for (const compact of ['{"people":[]}', '{"people":[{"id":"a","name":"A B","aliases":[],"summary":"s","sources":["x"]}]}']) {
      const c = datasetFileChange(compact, datasetAddition!);
      const text = applyTextEdits(compact, c?.kind === 'edit' ? c.edits : []);
      assert.ok(validate(JSON.parse(text)), `${text}: ${JSON.stringify(validate.errors)}`);
    }
    assert.equal(datasetFileChange('{ "people": [', datasetAddition!), undefined, 'a broken file is not edited');
  });

  it('keeps a CRLF file CRLF: the added entry has no bare LF', () => {
    const { datasetAddition } = unknownPersonFindings([candidate], 'a.md', dataset)[0].fixes[0];
    const entry = '    { "id": "a", "name": "A B", "aliases": [], "summary": "s", "sources": ["x"] }';
    for (const existing of [`{\r\n  "people": [\r\n${entry}\r\n  ]\r\n}\r\n`, '{\r\n  "events": []\r\n}\r\n']) {
      const change = datasetFileChange(existing, datasetAddition!);
      const after = applyTextEdits(existing, change?.kind === 'edit' ? change.edits : []);
      assert.ok(JSON.parse(after).people.some((p: { name: string }) => p.name === datasetAddition!.person.name), after);
      assert.ok(after.split('\r\n').length > existing.split('\r\n').length, `the entry spans CRLF lines: ${JSON.stringify(after)}`);
      assert.doesNotMatch(after, /[^\r]\n/, `no bare LF: ${JSON.stringify(after)}`);
    }
  });
});

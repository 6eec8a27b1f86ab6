/** People and events in the prose: hovers from the dataset, the seed's people recognized, and calendar-mixup. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import people from '../../data/people.json';
import seedPeople from '../fixtures/seed-people.json';
import { applyEdits, GREGORIAN_RUSSIA, hoverMarkdown, LspClient, message, positionAt, positionOf, rangeOf } from './lspClient';

describe('people and events through the server', function () {
  let client: LspClient;
  let n = 0;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const open = (text: string) => client.openAndWait(`file:///tmp/clio-entities-${++n}.md`, text);

  it('a person hover has life dates in both calendars, roles and sources', async () => {
    const text = 'Lenin returned in April.\n';
    const { uri } = await open(text);
    const h = await client.hover(uri, positionOf(text, 'Lenin', 2));
    const value = hoverMarkdown(h);
    assert.match(value, /^\*\*Vladimir Lenin\*\*/);
    assert.match(value, /born 22 April 1870 \(O\.S\. 10 April\), Simbirsk — died 21 January 1924, Gorki/);
    assert.match(value, /_Sources: /);
    const link = /\[Open the dataset entry\]\((file:\/\/[^)#]+)#L(\d+)\)/.exec(value);
    assert.ok(link, value);
    const line = readFileSync(fileURLToPath(link[1]), 'utf8').split('\n')[Number(link[2]) - 1];
    assert.match(line, /"id": "lenin"/);
    assert.deepEqual(h?.range, rangeOf(text, 'Lenin'));
  });

  it('possessives, citation marks and emphasis still name the person; derived words do not', async () => {
    const text = "Lenin's plan, Trotsky[24] and *Stalin* — but Leninism and Trotskyist are ideas.\n";
    const { uri } = await open(text);
    assert.match(await client.hoverText(uri, text, 'Lenin'), /Vladimir Lenin/);
    assert.match(await client.hoverText(uri, text, 'Trotsky'), /Leon Trotsky/);
    assert.match(await client.hoverText(uri, text, 'Stalin'), /Joseph Stalin/);
    assert.equal(await client.hover(uri, positionOf(text, 'Leninism', 3)), null);
    assert.equal(await client.hover(uri, positionOf(text, 'Trotskyist', 3)), null);
  });

  it('an event hover gives its dates in both calendars and its place', async () => {
    const text = `${GREGORIAN_RUSSIA}The October Revolution changed everything.\n`;
    const { uri } = await open(text);
    const value = await client.hoverText(uri, text, 'October Revolution');
    assert.match(value, /^\*\*October Revolution\*\*/);
    assert.match(value, /7 November 1917 \(O\.S\. 25 October\) – 8 November 1917 \(O\.S\. 26 October\) · Petrograd/);
  });

  it('in a Julian-convention document the hover puts O.S. first', async () => {
    const text = '---\nclio:\n  calendar: julian\n---\n\nLenin spoke.\n';
    const { uri } = await open(text);
    assert.match(await client.hoverText(uri, text, 'Lenin'), /born 10 April 1870 \(N\.S\. 22 April\)/);
  });

  it('a bare "Nicholas" is Nicholas II', async () => {
    const text = 'Nicholas abdicated at Pskov.\n';
    const { uri } = await open(text);
    assert.match(await client.hoverText(uri, text, 'Nicholas'), /\*\*Nicholas II\*\*/);
  });

  it('at least 98% of the seed’s person mentions hover as the right person', async () => {
    const seed = readFileSync(resolve(__dirname, '../fixtures/seed.md'), 'utf8');
    const { uri } = await open(seed);
    const names = new Map(people.people.map((p) => [p.id, p.name]));
    // Every occurrence of every way the seed writes a person, longest first so "Vladimir Lenin" is not also "Lenin".
    const mentions = seedPeople.flatMap((p) => p.mentions.map((m) => ({ id: p.id, text: m }))).sort((a, b) => b.text.length - a.text.length);
    const taken: [number, number][] = [];
    const found: { id: string; at: number }[] = [];
    for (const m of mentions) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const hit of seed.matchAll(re)) {
        const at = hit.index!;
        if (taken.some(([s, e]) => at < e && s < at + m.text.length)) continue;
        taken.push([at, at + m.text.length]);
        found.push({ id: m.id, at });
      }
    }
    assert.ok(found.length >= 150, `the seed has many person mentions (${found.length})`);
    const wrong: string[] = [];
    for (const f of found) {
      const value = hoverMarkdown(await client.hover(uri, positionAt(seed, f.at + 1)));
      if (!value.startsWith(`**${names.get(f.id)}**`)) wrong.push(`${f.id} at ${f.at}: ${value.split('\n')[0] || '(no hover)'}`);
    }
    const share = 1 - wrong.length / found.length;
    assert.ok(share >= 0.98, `${(share * 100).toFixed(1)}% right; wrong:\n${wrong.join('\n')}`);
  });

  describe('calendar-mixup', () => {
    it('an O.S. date of an event named in the paragraph, in a New Style chapter', async () => {
      const text = `${GREGORIAN_RUSSIA}The Petrograd Soviet first met on 27 February 1917 in the Tauride Palace.\n`;
      const { uri, diagnostics } = await open(text);
      const [d] = diagnostics.filter((x) => x.code === 'calendar-mixup');
      assert.ok(d, JSON.stringify(diagnostics));
      assert.equal(d.severity, 2);
      assert.deepEqual(d.range, rangeOf(text, '27 February 1917'));
      assert.match(message(d), /^27 February 1917 is the O\.S\. date of the Petrograd Soviet, 12 March 1917 N\.S\.; this document reads unmarked dates as New Style$/);
      const actions = await client.codeActions(uri, d.range, [d], ['quickfix']);
      assert.deepEqual(actions.map((a) => a.title), ['Rewrite as 12 March (O.S. 27 February)', 'Mark as O.S.']);
      const rewritten = applyEdits(text, actions[0].edit!.changes![uri]);
      assert.equal(rewritten, text.replace('27 February 1917', '12 March (O.S. 27 February) 1917'));
      await client.replaceAll(uri, rewritten);
      assert.deepEqual((await client.waitForDiagnostics(uri)).filter((x) => x.code === 'calendar-mixup'), []);
      assert.equal(applyEdits(text, actions[1].edit!.changes![uri]), text.replace('27 February 1917', '27 February 1917 (O.S.)'));
    });

    it('a person’s O.S. birth date in a New Style chapter', async () => {
      const text = `${GREGORIAN_RUSSIA}Stalin was born on 6 December 1878 in Gori.\n`;
      const { diagnostics } = await open(text);
      const [d] = diagnostics.filter((x) => x.code === 'calendar-mixup');
      assert.match(message(d), /^6 December 1878 is the O\.S\. date of Joseph Stalin's birth, 18 December 1878 N\.S\.;/);
    });

    it('the weaker form: a known event of the region and year that the paragraph does not name', async () => {
      const text = `${GREGORIAN_RUSSIA}In the capital, on 25 October 1917, the government fell.\n`;
      const { diagnostics } = await open(text);
      const [d] = diagnostics.filter((x) => x.code === 'calendar-mixup');
      assert.equal(d.severity, 3);
      assert.match(message(d), /not named here/);
    });

    it('never flags a date that a marker, a pair or its own sentence explains, nor the right N.S. date', async () => {
      const text =
        `${GREGORIAN_RUSSIA}The Petrograd Soviet first met on 27 February 1917 (O.S.). ` +
        'The Petrograd Soviet first met on 12 March (O.S. 27 February) 1917. ' +
        'By the Julian calendar the Petrograd Soviet first met on 27 February 1917. ' +
        'The Petrograd Soviet first met on 12 March 1917.\n';
      const { diagnostics } = await open(text);
      assert.deepEqual(diagnostics.filter((x) => x.code === 'calendar-mixup').map(message), []);
    });
  });
});

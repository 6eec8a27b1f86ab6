import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer, analyze } from '../../server/src/analysis/analyze';
import { moveMention, shift } from '../../server/src/analysis/placement';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { changedRange, resplitBlocks, splitWithState } from '../../server/src/markdown';
import { rng } from '../random';

// Differential tests: the incremental paths (Analyzer reused across edits, resplitBlocks) must give exactly what
// a fresh analysis of the same text gives, whatever the edits do to blocks, fences, front matter or conventions.


const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed.md'), 'utf8');
const seedParagraphs = seed.split(/\n{2,}/).filter((p) => p.trim() !== '');

/** Pieces that change Markdown structure, dates, names, regions, conventions and directives. */
const PIECES = [
  '\n', '\n\n', '\r\n', ' ', '# ', '## 1918\n', 'Setext\n===\n', '---\n', '```\n', '~~~', '    ', '- ', '1. ', '> ', '| a |',
  '<!--', '-->', '<!-- clio-disable-next-line -->\n', '<!-- clio-disable calendar-mixup -->', '<script>', '</script>',
  '---\nclio:\n  calendar: julian\n---\n', '---\nclio:\n  region: britain\n---\n',
  '7 March 1917', ' (O.S. 22 February)', '25 October [7 November] 1917', '22 February/7 March 1917', 'Wednesday, ',
  '31 April 1917', '5 February 1918', '1905', ' O.S.', ' N.S.', 'Lenin', 'Kerensky', 'Petrograd', 'London', 'the Tsar',
  'February Revolution', 'Nicholas II', 'Alexander', '`code`', '[link](http://x.y)', 'é', '—',
  // numeric dates: one that proves month-first turns the whole document's ambiguous ones around
  '04/13/1916', '11/07/1917 ', '03.02.1918',
  // Containers: code inside list items and quotes, nested items, definitions.
  '>     ', '> ```\n', '-     ', '  - ', '\t', '[ref]: /u "7 March"\n', '<?php\n', '?>',
];

function mutate(text: string, r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const at = Math.floor(r() * (text.length + 1));
  const roll = r();
  if (roll < 0.45) return text.slice(0, at) + pick(PIECES) + text.slice(at);
  if (roll < 0.75) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 12)));
  if (roll < 0.9) return text.slice(0, at) + pick(PIECES) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 8)));
  // Large edits: cut a passage out when the draft has grown, else paste a whole seed paragraph in.
  if (text.length > 5000) return text.slice(0, at) + text.slice(Math.min(text.length, at + 500 + Math.floor(r() * 2000)));
  return `${text.slice(0, at)}\n\n${pick(seedParagraphs)}\n\n${text.slice(at)}`;
}

function startingDraft(r: () => number): string {
  const parts: string[] = [];
  for (let i = 0; i < 8; i++) {
    if (r() < 0.3) parts.push(`## Part ${i + 1}`);
    parts.push(seedParagraphs[Math.floor(r() * seedParagraphs.length)].slice(0, 600));
  }
  return parts.join('\n\n');
}

describe('incremental analysis equals a fresh analysis', () => {
  it('block split: resplitBlocks after 20,000 random edits equals splitWithState', () => {
    let edits = 0;
    for (let s = 1; s <= 100; s++) {
      const r = rng(s);
      let text = startingDraft(r).slice(0, 1500);
      let split = splitWithState(text);
      for (let e = 0; e < 200; e++) {
        const next = mutate(text, r);
        const change = changedRange(text, next);
        if (change) split = resplitBlocks(split, next, change);
        const fresh = splitWithState(next);
        assert.deepStrictEqual(split.blocks, fresh.blocks, `seed ${s}, edit ${e}`);
        assert.deepStrictEqual(split.listBefore, fresh.listBefore, `seed ${s}, edit ${e}`);
        text = next;
        edits++;
      }
    }
    assert.equal(edits, 20_000);
  });

  it("block split: an edit that moves a list item's content column splits the item's later blocks again", () => {
    for (const [before, after] of [
      ['- a\n\n      code 7 March\n\ntext', '-   a\n\n      code 7 March\n\ntext'],
      ['-   a\n\n      7 March\n\ntext', '- a\n\n      7 March\n\ntext'],
    ]) {
      const split = resplitBlocks(splitWithState(before), after, changedRange(before, after)!);
      assert.deepStrictEqual(split, { ...splitWithState(after), from: split.from, count: split.count, resumedAt: split.resumedAt });
    }
    assert.deepEqual(splitWithState('-   a\n\n      7 March').blocks.map((b) => b.kind), ['list', 'list']);
    assert.deepEqual(splitWithState('- a\n\n      7 March').blocks.map((b) => b.kind), ['list', 'code']);
  });

  it('Analyzer reused across 10,000 random edits equals analyze() of the same text (findings, dates, entities, blocks)', function () {
    this.timeout(180_000);
    const dataset = bundledDataset();
    const settingsList: Settings[] = [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, calendar: 'julian' }, { ...DEFAULT_SETTINGS, region: 'russia' }];
    let edits = 0;
    let withFindings = 0;
    for (let s = 1; s <= 25; s++) {
      const r = rng(1000 + s);
      const settings = settingsList[s % settingsList.length];
      const analyzer = new Analyzer(dataset);
      let text = startingDraft(r);
      analyzer.analyze(text, settings);
      for (let e = 0; e < 400; e++) {
        text = mutate(text, r);
        edits++;
        // Sometimes several edits land between two analyses (debounced typing).
        if (r() < 0.2) continue;
        const incremental = analyzer.analyze(text, settings);
        const fresh = analyze(text, dataset, settings);
        // The whole analysis: text, blocks, dates, entities, convention, front matter, findings.
        assert.deepStrictEqual(incremental, fresh, `seed ${1000 + s}, edit ${e}`);
        if (fresh.findings.length > 0) withFindings++;
      }
    }
    assert.equal(edits, 10_000);
    // The comparison is only meaningful if the drafts keep producing findings along the way.
    assert.ok(withFindings > 1000, `only ${withFindings} analyses had findings`);
  });

  it('Analyzer reused across edits of the context a block is read in (convention, region, year, names, neighbours) equals analyze()', function () {
    this.timeout(180_000);
    // Each block keeps its findings while it and its context stay the same: these drafts hold blocks whose findings
    // change with a block elsewhere (a heading's year, the region named before, a stated convention, a year that
    // picks among the people a name fits, a name's life years or the words before an event in the next block), and
    // the edits flip those elsewhere, besides the random edits above.
    const dataset = bundledDataset();
    const GROUPS = [
      '## 1918\n\nThe Soviets met on 5 February and again later.', 'Lenin spoke in Petrograd.\n\nThe council met on 5 February 1918.',
      'All dates are New Style unless marked otherwise.', 'The February Revolution began on 8 March 1917 when crowds rose.',
      'The February Revolution began on 23 February 1917.', 'Later it was said of Lenin\n\n(1869–1925) that he never slept.',
      'The talks broke off, and after\n\nthe Treaty of Brest-Litovsk was signed on 3 May 1918 the war went on.',
      'In 1825 the Tsar died.\n\nAlexander died on 1 December in Taganrog.', '# Nicholas II\n- Born 18 May 1868', '# Alexander\n- Born 29 April 1818',
      'On 7 November 1917 (O.S. 25 October) the Bolsheviks rose.\n\nOn 25 October 1917 the Winter Palace fell.', 'Wednesday, 7 November 1917',
      '22 February/7 March 1917', 'Alexander III was there.', 'Alexander, in 1850, recalled his birth on 29 April 1818.', 'On 3 March 1916 the war went badly.',
    ];
    // Blocks further apart than the text a check reads around a block: kept findings there depend on context alone.
    const FILLER = 'The talks went on. '.repeat(120);
    const FLIPS: [string, string][] = [
      ['1918', '1917'], ['Petrograd', 'London'], ['New Style', 'Old Style'], ['after', 'then'], ['1925', '1924'], ['1869', '1870'], ['1825', '1881'],
      ['Nicholas II', 'Ivan'], [' (O.S. 25 October)', ''], ['Lenin', 'Kerensky'], ['# ', ''], ['\n\n', '\n'], ['23 February', '8 March'],
      ['Alexander III', 'Loris-Melikov'], ['22 February/7 March 1917', '7 March (O.S. 22 February) 1917'], ['1916', '1919'],
    ];
    const flip = (text: string, r: () => number): string => {
      const [a, b] = FLIPS[Math.floor(r() * FLIPS.length)];
      const [from, to] = r() < 0.5 ? [a, b] : [b, a];
      const at = text.indexOf(from, Math.floor(r() * text.length));
      const i = at >= 0 ? at : text.indexOf(from);
      return i < 0 || from === '' ? text : text.slice(0, i) + to + text.slice(i + from.length);
    };
    const settingsList: Settings[] = [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, calendar: 'julian' }];
    let edits = 0;
    const codes = new Set<string>();
    for (let s = 1; s <= 20; s++) {
      const r = rng(2000 + s);
      const settings = settingsList[s % settingsList.length];
      const analyzer = new Analyzer(dataset);
      let text = GROUPS[Math.floor(r() * GROUPS.length)];
      for (let g = 2 + Math.floor(r() * 10); g > 0; g--) text += (r() < 0.4 ? `\n\n${FILLER}\n\n` : '\n\n') + GROUPS[Math.floor(r() * GROUPS.length)];
      analyzer.analyze(text, settings);
      for (let e = 0; e < 200; e++) {
        text = r() < 0.7 ? flip(text, r) : mutate(text, r);
        edits++;
        const incremental = analyzer.analyze(text, settings);
        const fresh = analyze(text, dataset, settings);
        assert.deepStrictEqual(incremental, fresh, `seed ${2000 + s}, edit ${e}`);
        for (const f of fresh.findings) codes.add(f.code);
      }
    }
    assert.equal(edits, 4_000);
    for (const code of ['reform-gap', 'calendar-mixup', 'life-dates-mismatch', 'event-date-mismatch', 'ambiguous-calendar']) assert.ok(codes.has(code), `no ${code} in any draft`);
  });

  it("the document's region and named entities, kept as running sums, equal a recount after blocks come and go", () => {
    const dataset = bundledDataset();
    const analyzer = new Analyzer(dataset);
    const london = 'The king rode to London.';
    const petrograd = 'Lenin spoke in Petrograd.';
    // One vote each: the tie goes to the region named first in the document, however the sums were reached.
    const texts = [`${london}\n\n${petrograd}`, `The king rode to the sea.\n\n${petrograd}`, `${london}\n\n${petrograd}`, `${petrograd}\n\n${london}`];
    for (const text of texts) assert.deepStrictEqual(analyzer.analyze(text, DEFAULT_SETTINGS), analyze(text, dataset, DEFAULT_SETTINGS));
    assert.deepEqual(
      texts.map((t) => analyzer.analyze(t, DEFAULT_SETTINGS).convention.region),
      ['britain', 'russia', 'britain', 'russia'],
    );
  });

  it('a name several people share is read by the years written nearest it, in a one-shot analysis as in the Analyzer', () => {
    const dataset = bundledDataset();
    // In the second block (far from the document's start), "Alexander" stands nearer the date of 1881 than the bare
    // years of 1709 and 1812.
    const text = `${'The war went on. '.repeat(60)}\n\nIn 1709 the war went on. Later, on 3 March 1881, Alexander was killed. ${'Then came the long years of reform. '.repeat(8)}In 1812 there was war.\n`;
    const once = analyze(text, dataset, DEFAULT_SETTINGS);
    assert.deepEqual(
      once.entities.map((e) => e.id),
      ['alexander-ii'],
    );
    assert.deepStrictEqual(new Analyzer(dataset).analyze(text, DEFAULT_SETTINGS), once);
  });

  it("a name several people share counts for none of them among the names the document gives outright", () => {
    const dataset = bundledDataset();
    // Loris-Melikov is related to Alexander II only; were "Alexander" counted as naming Alexander I outright, that
    // would outweigh him.
    const text = 'Alexander trusted Loris-Melikov.\n\nAlexander ruled on.\n';
    for (const analysis of [analyze(text, dataset, DEFAULT_SETTINGS), new Analyzer(dataset).analyze(text, DEFAULT_SETTINGS)]) {
      assert.deepEqual(
        analysis.entities.map((e) => e.id),
        ['alexander-ii', 'loris-melikov', 'alexander-ii'],
      );
    }
  });

  it('identical blocks copied, moved and removed around each other keep equal to analyze() (each placement is claimed once a pass)', () => {
    // Identical blocks share one scan; an unchanged block finds its placement at its index or as far from the end,
    // so copies of one paragraph coming and going before and after each other test that no placement serves two
    // blocks and none is taken from another scan.
    const dataset = bundledDataset();
    const analyzer = new Analyzer(dataset);
    const same = 'Lenin spoke in Petrograd on 7 March 1917 (O.S. 22 February).';
    const other = 'On 25 October 1917 the Winter Palace fell.';
    const r = rng(77);
    let blocks = [same, other, same, '## 1918', same];
    for (let e = 0; e < 300; e++) {
      const at = Math.floor(r() * (blocks.length + 1));
      const roll = r();
      if (roll < 0.4) blocks.splice(at, 0, r() < 0.7 ? same : other);
      else if (roll < 0.7 && blocks.length > 1) blocks.splice(Math.min(at, blocks.length - 1), 1);
      else blocks = [...blocks.slice(at), ...blocks.slice(0, at)];
      const text = blocks.join('\n\n');
      assert.deepStrictEqual(analyzer.analyze(text, DEFAULT_SETTINGS), analyze(text, dataset, DEFAULT_SETTINGS), `edit ${e}`);
    }
  });

  it("a date mention's written-out move moves every span the generic walk finds", () => {
    // moveMention names the mention's span fields one by one: a span field added to the date grammar without it
    // would be left behind when text above its block changes.
    const dataset = bundledDataset();
    const dev = join(__dirname, '..', 'corpus', 'dev');
    const texts = [seed, ...readdirSync(dev).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dev, f), 'utf8'))];
    const fields = new Set<string>();
    let mentions = 0;
    for (const text of texts) {
      for (const d of analyze(text, dataset, DEFAULT_SETTINGS).dates) {
        const moved = structuredClone(d.mention);
        moveMention(moved, 17);
        assert.deepStrictEqual(moved, shift(d.mention, 17));
        for (const [k, v] of Object.entries(d.mention)) if (v && typeof v === 'object') fields.add(k);
        mentions++;
      }
    }
    assert.ok(mentions > 500, `only ${mentions} date mentions`);
    // The corpus holds every kind of span a mention can carry.
    for (const k of ['first', 'second', 'firstMarker', 'secondMarker', 'sharedYearSpan', 'sharedMonthSpan', 'weekday', 'sentenceMarker']) assert.ok(fields.has(k), `no mention with ${k}`);
  });

  it('an unchanged text and an undo give the same analysis', () => {
    const dataset = bundledDataset();
    const analyzer = new Analyzer(dataset);
    const text = startingDraft(rng(7));
    const first = analyzer.analyze(text, DEFAULT_SETTINGS);
    assert.deepStrictEqual(analyzer.analyze(text, DEFAULT_SETTINGS), first);
    const edited = `${text.slice(0, 100)}\n\n\`\`\`\n${text.slice(100)}`; // an opened fence swallows the rest
    assert.deepStrictEqual(analyzer.analyze(edited, DEFAULT_SETTINGS), analyze(edited, dataset, DEFAULT_SETTINGS));
    assert.deepStrictEqual(analyzer.analyze(text, DEFAULT_SETTINGS), first);
  });

  it("an unlabelled Swedish-calendar pair is weighed anew when a block elsewhere labels a Swedish day (round 41)", () => {
    const dataset = bundledDataset();
    const analyzer = new Analyzer(dataset);
    const settings: Settings = { ...DEFAULT_SETTINGS, region: 'sweden' };
    const FILLER = 'The march went on. '.repeat(120);
    const before = `The battle of Poltava on 28 June 1709 (8 July, N.S.) ended it.\n\n${FILLER}\n\nHolowczyn was fought on 4 July 1708.\n`;
    const after = before.replace('4 July 1708.', '4 July 1708 (Swedish calendar).');
    assert.deepStrictEqual(analyzer.analyze(before, settings).findings.filter((f) => f.code === 'dual-date-mismatch'), []);
    const incremental = analyzer.analyze(after, settings);
    assert.deepStrictEqual(incremental, analyze(after, dataset, settings));
    assert.deepStrictEqual(incremental.findings.filter((f) => f.code === 'dual-date-mismatch').map((f) => after.slice(f.start, f.end)), ['28 June 1709 (8 July, N.S.)']);
  });
  it("a date read by British custom is weighed anew when a block elsewhere names a calendar (round 33's rule)", () => {
    const dataset = bundledDataset();
    const analyzer = new Analyzer(dataset);
    const settings: Settings = { ...DEFAULT_SETTINGS, region: 'britain' };
    const FILLER = 'The Royal Society met often. '.repeat(300);
    const before = `Isaac Newton was born on 4 January 1643.\n\n${FILLER}\n\nHis father had died three months before.\n`;
    const after = before.replace('His father had died three months before.', 'Calendars: the Julian calendar was then in use.');
    const mixups = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.code === 'calendar-mixup').length;
    assert.equal(mixups(analyzer.analyze(before, settings)), 1);
    const incremental = analyzer.analyze(after, settings);
    assert.equal(mixups(analyze(after, dataset, settings)), 0);
    assert.deepStrictEqual(incremental, analyze(after, dataset, settings));
  });
});

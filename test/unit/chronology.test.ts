/** The chronology core (features/chronology.ts): a test draft's items in time order, both calendars, spans, coarse expressions, EDTF. */
import assert from 'node:assert/strict';
import { Analyzer, analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { chronology, edtf, intervalWords, type Chronology, type ChronologyEntry } from '../../server/src/features/chronology';
import type { Finding } from '../../server/src/analysis/types';
import { toJdn } from '../../server/src/calendar';
import { rng } from '../random';

const dataset = bundledDataset();

const DRAFT = `---
clio:
  calendar: gregorian
  region: russia
---
# Revolution

The October Revolution of 7 November 1917 followed the July Days of 3 (16) July 1917.
By late October 1917 the Bolsheviks were ready; in early 1918 the capital moved.

## Aftermath

In the spring of 1921 the sailors rose. The 1920s were hard, the mid-1930s harder.
Peter the Great died c. 1725; circa 1905 there were strikes; in 1917 and October 1917.
`;

function entries(text: string, settings = DEFAULT_SETTINGS): ChronologyEntry[] {
  return entriesOf(chronology(analyze(text, dataset, settings), dataset));
}

function entriesOf(c: Chronology): ChronologyEntry[] {
  return Array.from({ length: c.length }, (_, i) => c.entry(i));
}

/** label | text | other | precision | edtf, one line per item. */
const line = (e: ChronologyEntry) => [e.item.kind, e.item.label, e.item.text, e.item.otherCalendarText, e.item.precision, e.item.edtf].join(' | ');

describe('chronology (core)', () => {
  it('lists a draft\'s dates, events, people and coarse expressions in time order, in both calendars, with EDTF', () => {
    assert.deepEqual(entries(DRAFT).map(line), [
      'person | Peter I | 9 June 1672 – 8 February 1725 | 30 May 1672 – 28 January 1725 (O.S.) | day | 1672-06-09/1725-02-08',
      'date | c. 1725 | c. 1725 | c. 21 December 1724 – 20 December 1725 (O.S.) | approximate | 1725~',
      'date | circa 1905 | c. 1905 | c. 19 December 1904 – 18 December 1905 (O.S.) | approximate | 1905~',
      'date | 1917 | 1917 | 19 December 1916 – 18 December 1917 (O.S.) | year | 1917',
      'date | 3 (16) July 1917 | 16 July 1917 | 3 July 1917 (O.S.) | day | 1917-07-16',
      'event | July Days | 16–20 July 1917 | 3–7 July 1917 (O.S.) | day | 1917-07-16/1917-07-20',
      'date | October 1917 | October 1917 | 18 September 1917 – 18 October 1917 (O.S.) | month | 1917-10',
      'date | late October 1917 | 21–31 October 1917 | 8–18 October 1917 (O.S.) | approximate | 1917-10-21/1917-10-31',
      'date | 7 November 1917 | 7 November 1917 | 25 October 1917 (O.S.) | day | 1917-11-07',
      'event | October Revolution | 7–8 November 1917 | 25–26 October 1917 (O.S.) | day | 1917-11-07/1917-11-08',
      'date | early 1918 | January–April 1918 | 19 December 1917 – 17 April 1918 (O.S.) | approximate | 1918-01/1918-04',
      'date | 1920s | 1920–1929 | 19 December 1919 – 18 December 1929 (O.S.) | decade | 192X',
      'date | spring of 1921 | March–May 1921 | 16 February 1921 – 18 May 1921 (O.S.) | approximate | 1921-03/1921-05',
      'date | mid-1930s | 1934–1936 | 19 December 1933 – 18 December 1936 (O.S.) | approximate | 1934/1936',
    ]);
  });

  it('puts items on the JDN axis with their span, range, section and entity', () => {
    const all = entries(DRAFT);
    const july = all.find((e) => e.item.kind === 'event' && e.item.entityId === 'july-days')!;
    assert.equal(july.item.startJdn, toJdn({ year: 1917, month: 7, day: 3 }, 'julian'));
    assert.equal(july.item.endJdn, toJdn({ year: 1917, month: 7, day: 7 }, 'julian'));
    assert.equal(DRAFT.slice(july.start, july.end), 'July Days');
    assert.equal(july.section, 'Revolution');
    const spring = all.find((e) => e.item.label === 'spring of 1921')!;
    assert.equal(spring.section, 'Aftermath');
    assert.equal(spring.item.startJdn, toJdn({ year: 1921, month: 3, day: 1 }, 'gregorian'));
    assert.equal(spring.item.endJdn, toJdn({ year: 1921, month: 5, day: 31 }, 'gregorian'));
    // Sorted by start, then end, then position.
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      assert.ok(a.item.startJdn < b.item.startJdn || (a.item.startJdn === b.item.startJdn && (a.item.endJdn < b.item.endJdn || (a.item.endJdn === b.item.endJdn && a.start < b.start))), `${a.item.label} before ${b.item.label}`);
    }
  });

  it('keeps items of the same days in text order', () => {
    const text = '# Notes\n\nLenin spoke in 1917. Lenin left in 1917.\n\nIn 1917 Lenin came back.\n';
    const all = entries(text);
    assert.deepEqual(all.map((e) => `${e.item.label}@${e.start}`), ['Vladimir Lenin@9', 'Vladimir Lenin@30', 'Vladimir Lenin@59', '1917@24', '1917@44', '1917@54']);
  });

  it('puts the shorter of two items that begin on the same day first, whichever the text names first', () => {
    const text = '# Notes\n\nIn 1917 the war went on. In early 1917 bread ran out, and in October 1917 the Bolsheviks rose.\n';
    assert.deepEqual(entries(text).map((e) => e.item.label), ['early 1917', '1917', 'October 1917']);
  });

  it('reads coarse expressions for the chronology only: the checks find nothing new in the draft', () => {
    assert.deepEqual(analyze(DRAFT, dataset, DEFAULT_SETTINGS).findings.map((f) => f.code), []);
  });

  it('writes items in a Julian document\'s calendar first, and reads its coarse expressions as Old Style', () => {
    const text = '---\nclio:\n  calendar: julian\n  region: russia\n---\n\nOn 25 October 1917 the Bolsheviks rose; by late October 1917 all was done.\n';
    assert.deepEqual(entries(text).map(line), [
      'date | late October 1917 | 21–31 October 1917 | 3–13 November 1917 (N.S.) | approximate | 1917-11-03/1917-11-13',
      'date | 25 October 1917 | 25 October 1917 | 7 November 1917 (N.S.) | day | 1917-11-07',
    ]);
  });

  it('carries the codes of the diagnostics on an item\'s range, and nothing from elsewhere', () => {
    const text = `${'---\nclio:\n  calendar: gregorian\n  region: russia\n---\n\n'}On 8 March (O.S. 24 February) 1917 the strikes began. On 16 April 1917 Lenin returned.\n`;
    const all = entries(text);
    assert.deepEqual(all.find((e) => e.item.label === '8 March (O.S. 24 February) 1917')?.diagnostics, ['dual-date-mismatch']);
    assert.deepEqual(all.find((e) => e.item.label === '16 April 1917')?.diagnostics, []);
  });

  it('finds the diagnostics of each item whatever order the items are looked at in (dates, then names, then coarse expressions)', () => {
    const text = '# Notes\n\nLenin wrote in 1905. On 7 November 1917 the Bolsheviks rose; in 1918 Lenin moved.\n';
    const analysis = analyze(text, dataset, DEFAULT_SETTINGS);
    const at = (words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length });
    // Findings on a name and a coarse expression before a date, and on ones after it.
    const finding = (code: Finding['code'], span: { start: number; end: number }): Finding => ({ code, severity: 'hint', ...span, message: '', fixes: [] });
    analysis.findings = [finding('unknown-person', at('Lenin')), finding('reform-gap', at('1905')), finding('invalid-date', at('7 November 1917')), finding('weekday-mismatch', at('1918')), finding('life-dates-mismatch', at('Lenin', 30))];
    const got = entriesOf(chronology(analysis, dataset)).map((e) => `${e.item.label}@${e.start}: ${e.diagnostics.join(',')}`);
    assert.deepEqual(got, [
      'Vladimir Lenin@9: unknown-person',
      'Vladimir Lenin@78: life-dates-mismatch',
      '1905@24: reform-gap',
      '7 November 1917@33: invalid-date',
      '1918@73: weekday-mismatch',
    ]);
  });

  it('does not read coarse expressions inside dates or names, nor a bare number without a preposition', () => {
    const text = '# Notes\n\nThe Revolution of 1905 failed. 1500 men marched on 7 November 1917 (25 October 1917 O.S.).\n';
    assert.deepEqual(entries(text).map((e) => e.item.label), ['Russian Revolution of 1905', '7 November 1917 (25 October 1917 O.S.)']);
  });

  it('reads a day written after "c." as approximate: EDTF qualifies it with "~"', () => {
    const text = '---\nclio:\n  calendar: gregorian\n---\n\nThe treaty was signed c. 3 March 1918.\n';
    assert.deepEqual(entries(text).map(line), ['date | 3 March 1918 | c. 3 March 1918 | c. 18 February 1918 (O.S.) | approximate | 1918-03-03~']);
  });

  it('follows an Analyzer across edits: each block\'s coarse expressions, kept while it is unchanged, give what a fresh analysis gives, in either convention', () => {
    const pieces = ['\n\n', ' ', '# ', 'in 1917', 'the 1920s', 'c. 1725', 'late October 1917', 'spring of 1921', ' mid-', '19', '7 November 1917', 'Lenin', 'July Days', '`x`', '<!-- -->'];
    const analyzer = new Analyzer(dataset);
    let text = DRAFT;
    let coarse = 0;
    for (let e = 0; e < 1500; e++) {
      const r = rng(e);
      const at = Math.floor(r() * (text.length + 1));
      const cut = r() < 0.4 ? 1 + Math.floor(r() * 6) : 0;
      text = text.slice(0, at) + (cut && r() < 0.5 ? '' : pieces[Math.floor(r() * pieces.length)]) + text.slice(at + cut);
      // Now and then the convention changes, and with it every item's days and words.
      const settings = e % 10 < 3 ? { ...DEFAULT_SETTINGS, calendar: 'julian' as const } : DEFAULT_SETTINGS;
      const followed = chronology(analyzer.analyze(text, settings), dataset);
      const fresh = chronology(analyze(text, dataset, settings), dataset);
      assert.deepStrictEqual(followed, fresh, `edit ${e}`);
      coarse += entriesOf(fresh).filter((x) => x.item.kind === 'date' && x.item.precision !== 'day').length;
    }
    assert.ok(coarse > 5000, `only ${coarse} coarse expressions on the way`);
  });

  it('writes EDTF and words for whole years, months and days, and qualifies circa', () => {
    const g = (y: number, m: number, d: number) => toJdn({ year: y, month: m, day: d }, 'gregorian');
    assert.equal(edtf(g(1917, 10, 1), g(1917, 10, 31), 'month', true), '1917-10~');
    assert.equal(edtf(g(1920, 1, 1), g(1929, 12, 31), 'year', false), '1920/1929');
    assert.equal(edtf(g(1917, 7, 16), g(1917, 7, 16), 'day', false), '1917-07-16');
    assert.equal(intervalWords(g(1920, 12, 1), g(1921, 2, 28), 'gregorian'), 'December 1920 – February 1921');
  });
});

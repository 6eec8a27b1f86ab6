import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDates, scanDates } from '../../server/src/recognize/dates';
import type { DateMention, DatePart } from '../../server/src/recognize/types';
import { splitBlocks, proseSpans } from '../../server/src/markdown';
import { documentProse } from '../prose';
import type { Span } from '../../server/src/util/span';

const cut = (t: string, s: Span | undefined): string | undefined => (s ? t.slice(s.start, s.end) : undefined);

function one(text: string): DateMention {
  const ds = findDates(text);
  assert.equal(ds.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(ds)}`);
  return ds[0];
}

function values(p: DatePart): Record<string, number | undefined> {
  return { day: p.day, month: p.month, year: p.year, endDay: p.endDay, endMonth: p.endMonth };
}

describe('date grammar: single dates', () => {
  const cases: Array<[string, string, number, number, number | undefined, string, string, string | undefined]> = [
    // text, mention text, day, month, year, day piece, month piece, year piece
    ['On 7 March 1917 it began.', '7 March 1917', 7, 3, 1917, '7', 'March', '1917'],
    ['On March 7, 1917 it began.', 'March 7, 1917', 7, 3, 1917, '7', 'March', '1917'],
    ['On 7 Mar. 1917 it began.', '7 Mar. 1917', 7, 3, 1917, '7', 'Mar.', '1917'],
    ['On 7 Mar 1917 it began.', '7 Mar 1917', 7, 3, 1917, '7', 'Mar', '1917'],
    ['On Sept. 7, 1917 it began.', 'Sept. 7, 1917', 7, 9, 1917, '7', 'Sept.', '1917'],
    ['On 7th March 1917 it began.', '7th March 1917', 7, 3, 1917, '7th', 'March', '1917'],
    ['On March 7th it began.', 'March 7th', 7, 3, undefined, '7th', 'March', undefined],
    ['On 1917-03-07 it began.', '1917-03-07', 7, 3, 1917, '07', '03', '1917'],
    ['On 7 March it began.', '7 March', 7, 3, undefined, '7', 'March', undefined],
    ['On the 7th of March 1917 it began.', '7th of March 1917', 7, 3, 1917, '7th', 'March', '1917'],
    ['On *7 March 1917* it began.', '7 March 1917', 7, 3, 1917, '7', 'March', '1917'],
    ['On 31 April 1917.', '31 April 1917', 31, 4, 1917, '31', 'April', '1917'],
    ['25 октября 1917 г. произошло', '25 октября 1917 г.', 25, 10, 1917, '25', 'октября', '1917'],
    ['25 октября 1917 года произошло', '25 октября 1917 года', 25, 10, 1917, '25', 'октября', '1917'],
    ['Это было 25 октября.', '25 октября', 25, 10, undefined, '25', 'октября', undefined],
    ['Это было 25 октябрь 1917', '25 октябрь 1917', 25, 10, 1917, '25', 'октябрь', '1917'],
  ];
  for (const [text, whole, day, month, year, dayText, monthText, yearText] of cases) {
    it(JSON.stringify(text), () => {
      const m = one(text);
      assert.equal(cut(text, m), whole);
      assert.equal(m.start, text.indexOf(whole));
      assert.equal(m.first.day, day);
      assert.equal(m.first.month, month);
      assert.equal(m.first.year, year);
      assert.equal(cut(text, m.first.daySpan), dayText);
      assert.equal(cut(text, m.first.monthSpan), monthText);
      assert.equal(cut(text, m.first.yearSpan), yearText);
      assert.equal(m.second, undefined);
    });
  }

  it('reads styles', () => {
    assert.deepEqual(one('7 March 1917').first.style, { order: 'dmy', month: 'long', ordinal: false });
    assert.deepEqual(one('March 7, 1917').first.style, { order: 'mdy', month: 'long', ordinal: false });
    assert.deepEqual(one('7 Mar. 1917').first.style, { order: 'dmy', month: 'short-dot', ordinal: false });
    assert.deepEqual(one('7 Mar 1917').first.style, { order: 'dmy', month: 'short', ordinal: false });
    assert.deepEqual(one('7th March 1917').first.style, { order: 'dmy', month: 'long', ordinal: true });
    assert.deepEqual(one('the 7th of March').first.style, { order: 'dmy', month: 'long', ordinal: true, of: true });
    assert.deepEqual(one('1917-03-07').first.style, { order: 'iso', month: 'numeric', ordinal: false });
    assert.deepEqual(one('25 октября 1917 г.').first.style, { order: 'cyrillic-dmy', month: 'long', ordinal: false, yearSuffix: 'г.' });
  });

  it('reads English dual years', () => {
    let m = one('born 11 February 1731/32 in');
    assert.equal(m.first.year, 1731);
    assert.equal(m.first.altYear, 1732);
    assert.equal(m.second, undefined);
    assert.equal(cut('born 11 February 1731/32 in', m), '11 February 1731/32');
    m = one('11 Feb. 1731/2');
    assert.deepEqual([m.first.year, m.first.altYear, m.second], [1731, 1732, undefined]);
    m = one('7 March 1917/9 is not a dual year');
    assert.equal(m.first.altYear, undefined);
  });
});

describe('date grammar: ranges', () => {
  const cases: Array<[string, string, Record<string, number | undefined>]> = [
    ['from 3–7 July 1917 on', '3–7 July 1917', { day: 3, month: 7, year: 1917, endDay: 7, endMonth: undefined }],
    ['from 3-7 July on', '3-7 July', { day: 3, month: 7, year: undefined, endDay: 7, endMonth: undefined }],
    ['from 3—7 July on', '3—7 July', { day: 3, month: 7, year: undefined, endDay: 7, endMonth: undefined }],
    ['from 3 to 7 July on', '3 to 7 July', { day: 3, month: 7, year: undefined, endDay: 7, endMonth: undefined }],
    ['from 23 February – 3 March 1917 on', '23 February – 3 March 1917', { day: 23, month: 2, year: 1917, endDay: 3, endMonth: 3 }],
    ['from July 3–7, 1917 on', 'July 3–7, 1917', { day: 3, month: 7, year: 1917, endDay: 7, endMonth: undefined }],
    ['from February 23 – March 3, 1917 on', 'February 23 – March 3, 1917', { day: 23, month: 2, year: 1917, endDay: 3, endMonth: 3 }],
  ];
  for (const [text, whole, v] of cases) {
    it(JSON.stringify(text), () => {
      const m = one(text);
      assert.equal(cut(text, m), whole);
      assert.deepEqual(values(m.first), v);
    });
  }
  it('gives spans of the range end', () => {
    const t = '23 February – 3 March 1917';
    const m = one(t);
    assert.equal(cut(t, m.first.endDaySpan), '3');
    assert.equal(cut(t, m.first.endMonthSpan), 'March');
    assert.equal(m.first.style.rangeSep, undefined); // the default for cross-month ranges
    assert.equal(one('3 to 7 July').first.style.rangeSep, ' to ');
  });
  it('"and" is not a range', () => {
    const ds = findDates('on 3 and 7 July');
    assert.equal(ds.length, 1);
    assert.deepEqual(values(ds[0].first), { day: 7, month: 7, year: undefined, endDay: undefined, endMonth: undefined });
  });
});

describe('date grammar: weekdays', () => {
  for (const [text, word, value] of [
    ['Wednesday, 7 November 1917', 'Wednesday', 3],
    ['Wed. 7 November 1917', 'Wed', 3],
    ['on Tuesday 7 November', 'Tuesday', 2],
    ['Sunday, March 11, 1917', 'Sunday', 0],
    ['в среду, 7 ноября 1917 г.', 'среду', 3],
  ] as const) {
    it(text, () => {
      const m = one(text);
      assert.equal(cut(text, m.weekday), word);
      assert.equal(m.weekday?.value, value);
      assert.ok(m.start > (m.weekday?.end ?? 0), 'weekday lies before the mention');
    });
  }
});

describe('date grammar: markers', () => {
  const cases: Array<[string, string, 'julian' | 'gregorian']> = [
    ['7 March 1917 O.S. was', 'O.S.', 'julian'],
    ['7 March 1917 N.S. was', 'N.S.', 'gregorian'],
    ['7 March 1917 Old Style was', 'Old Style', 'julian'],
    ['7 March 1917 New Style was', 'New Style', 'gregorian'],
    ['7 March 1917 (O.S.) was', '(O.S.)', 'julian'],
    ['7 March 1917 (Julian) was', '(Julian)', 'julian'],
    ['7 March 1917 (Gregorian) was', '(Gregorian)', 'gregorian'],
    ['7 March 1917 O. S. was', 'O. S.', 'julian'],
    ['O.S. 22 February 1917 was', 'O.S.', 'julian'],
    ['(N.S.) 7 March was', '(N.S.)', 'gregorian'],
    ['25 октября 1917 г. ст. ст. было', 'ст. ст.', 'julian'],
    ['7 ноября 1917 г. н. ст. было', 'н. ст.', 'gregorian'],
    ['25 октября по старому стилю', 'по старому стилю', 'julian'],
    ['7 ноября по новому стилю', 'по новому стилю', 'gregorian'],
  ];
  for (const [text, marker, calendar] of cases) {
    it(text, () => {
      const m = one(text);
      assert.equal(cut(text, m.firstMarker), marker);
      assert.equal(m.firstMarker?.text, marker);
      assert.equal(m.firstMarker?.calendar, calendar);
      assert.equal(m.secondMarker, undefined);
      assert.equal(m.sentenceMarker, undefined);
    });
  }

  it('a marker before the next date does not stick to the previous one', () => {
    const t = 'On 7 March 1917 O.S. and 8 March.';
    const ds = findDates(t);
    assert.equal(ds.length, 2);
    assert.equal(ds[0].firstMarker?.text, 'O.S.');
    assert.equal(ds[1].firstMarker, undefined);
  });
});

describe('date grammar: dual dates', () => {
  interface Case {
    text: string;
    whole: string;
    pairStyle: string;
    first: Record<string, number | undefined>;
    second: Record<string, number | undefined>;
    secondMarker?: string;
    firstMarker?: string;
    sharedYear?: number;
  }
  const u = undefined;
  const cases: Case[] = [
    { text: 'On 7 March (O.S. 22 February) 1917, workers', whole: '7 March (O.S. 22 February) 1917', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.', sharedYear: 1917 },
    { text: 'On 7 March 1917 (O.S. 22 February), workers', whole: '7 March 1917 (O.S. 22 February)', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: 1917, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.' },
    { text: 'on 15 March [O.S. 2 March] 1917.', whole: '15 March [O.S. 2 March] 1917', pairStyle: 'bracket-marked',
      first: { day: 15, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 2, month: 3, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.', sharedYear: 1917 },
    { text: 'on 15 March [O.S. 2 March], on', whole: '15 March [O.S. 2 March]', pairStyle: 'bracket-marked',
      first: { day: 15, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 2, month: 3, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.' },
    { text: 'on 22 February/7 March 1917.', whole: '22 February/7 March 1917', pairStyle: 'slash',
      first: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, second: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, sharedYear: 1917 },
    { text: 'on 22 February / 7 March 1917.', whole: '22 February / 7 March 1917', pairStyle: 'slash',
      first: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, second: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, sharedYear: 1917 },
    { text: 'on 22 February (7 March) 1917.', whole: '22 February (7 March) 1917', pairStyle: 'paren',
      first: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, second: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, sharedYear: 1917 },
    { text: 'on 25 October [7 November] 1917.', whole: '25 October [7 November] 1917', pairStyle: 'bracket',
      first: { day: 25, month: 10, year: u, endDay: u, endMonth: u }, second: { day: 7, month: 11, year: u, endDay: u, endMonth: u }, sharedYear: 1917 },
    { text: 'on 3–7 July (16–20 July) 1917.', whole: '3–7 July (16–20 July) 1917', pairStyle: 'paren',
      first: { day: 3, month: 7, year: u, endDay: 7, endMonth: u }, second: { day: 16, month: 7, year: u, endDay: 20, endMonth: u }, sharedYear: 1917 },
    { text: 'on 16–20 July (O.S. 3–7 July) 1917.', whole: '16–20 July (O.S. 3–7 July) 1917', pairStyle: 'paren-marked',
      first: { day: 16, month: 7, year: u, endDay: 20, endMonth: u }, second: { day: 3, month: 7, year: u, endDay: 7, endMonth: u }, secondMarker: 'O.S.', sharedYear: 1917 },
    { text: 'on 7 March 1917 (22 February 1917 O.S.).', whole: '7 March 1917 (22 February 1917 O.S.)', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: 1917, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: 1917, endDay: u, endMonth: u }, secondMarker: 'O.S.' },
    { text: 'on March 7 (O.S. February 22), 1917, the', whole: 'March 7 (O.S. February 22), 1917', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.', sharedYear: 1917 },
    { text: 'on 7 March\n  (O.S. 22 February) 1917, the', whole: '7 March\n  (O.S. 22 February) 1917', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.', sharedYear: 1917 },
    { text: 'on 7 March (O.S.\r\n22 February) 1917, the', whole: '7 March (O.S.\r\n22 February) 1917', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, secondMarker: 'O.S.', sharedYear: 1917 },
    { text: 'on 13 January 1918 (O.S. 31 December 1917).', whole: '13 January 1918 (O.S. 31 December 1917)', pairStyle: 'paren-marked',
      first: { day: 13, month: 1, year: 1918, endDay: u, endMonth: u }, second: { day: 31, month: 12, year: 1917, endDay: u, endMonth: u }, secondMarker: 'O.S.' },
    { text: 'on 7 March N.S. (22 February O.S.) 1917.', whole: '7 March N.S. (22 February O.S.) 1917', pairStyle: 'paren-marked',
      first: { day: 7, month: 3, year: u, endDay: u, endMonth: u }, second: { day: 22, month: 2, year: u, endDay: u, endMonth: u }, firstMarker: 'N.S.', secondMarker: 'O.S.', sharedYear: 1917 },
    { text: '25 октября (7 ноября) 1917 г. произошло', whole: '25 октября (7 ноября) 1917 г.', pairStyle: 'paren',
      first: { day: 25, month: 10, year: u, endDay: u, endMonth: u }, second: { day: 7, month: 11, year: u, endDay: u, endMonth: u }, sharedYear: 1917 },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.text), () => {
      const m = one(c.text);
      assert.equal(cut(c.text, m), c.whole);
      assert.equal(m.pairStyle, c.pairStyle);
      assert.ok(m.second);
      assert.deepEqual(values(m.first), c.first);
      assert.deepEqual(values(m.second), c.second);
      assert.equal(m.secondMarker?.text, c.secondMarker);
      assert.equal(cut(c.text, m.secondMarker), c.secondMarker);
      assert.equal(m.firstMarker?.text, c.firstMarker);
      assert.equal(m.sharedYear, c.sharedYear);
      if (c.sharedYear !== undefined) assert.equal(cut(c.text, m.sharedYearSpan), String(c.sharedYear));
    });
  }
  it('gives exact spans of the second side', () => {
    const t = 'On 7 March (O.S. 22 February) 1917';
    const m = one(t);
    assert.equal(cut(t, m.second?.daySpan), '22');
    assert.equal(m.second?.daySpan.start, t.indexOf('22'));
    assert.equal(cut(t, m.second?.monthSpan), 'February');
    assert.equal(cut(t, m.second), '22 February');
    assert.equal(m.secondMarker?.calendar, 'julian');
  });
  it('a parenthesis that is not a date is not a pair', () => {
    const ds = findDates('On 7 March (8 March was a Sunday) and (see above) 9 March [24] it ended.');
    assert.deepEqual(ds.map((d) => [d.first.day, d.second?.day]), [[7, undefined], [8, undefined], [9, undefined]]);
  });
});

describe('date grammar: what is not a date', () => {
  for (const t of [
    '17 Marches', 'March alone', 'he may 1917', '2 May be right', 'in May 1917', 'numbers 1917-1918',
    '99999999 March', '0 March 1917', '32 March 1917', 'Marx 7', 'March 1917', '10 - 2 (Lev Kamenev)',
    '7March', 'Mar.7', '3.7 March', 'on 12/7 March', '1917-13-01', '1917-02-30x',
  ]) {
    it(JSON.stringify(t), () => {
      const ds = findDates(t);
      if (t === 'on 12/7 March' || t === '3.7 March') assert.deepEqual(ds, []);
      else assert.deepEqual(ds.map((d) => t.slice(d.start, d.end)), []);
    });
  }
  it('reads a day-month with "May" when a noun follows', () => {
    assert.equal(findDates('On 2 May the army marched').length, 1);
  });
  it('does not produce year 0 or negative years', () => {
    const t = '7 March 0000 and 7 March -1917';
    // Each day is read without the year that cannot be one.
    assert.deepEqual(findDates(t).map((d) => [cut(t, d), d.first.year]), [['7 March', undefined], ['7 March', undefined]]);
  });
});

describe('date grammar: sentence markers', () => {
  it('marks dates in a sentence that names the calendar', () => {
    const t = 'By the Julian calendar then in use in Russia, the revolution began on 25 October. On 7 November, it was over.';
    const ds = findDates(t);
    assert.equal(ds.length, 2);
    assert.equal(ds[0].sentenceMarker?.calendar, 'julian');
    assert.equal(cut(t, ds[0].sentenceMarker), 'Julian calendar');
    assert.equal(ds[1].sentenceMarker, undefined);
  });
  it('according to the Old Style', () => {
    const ds = findDates('The Tsar abdicated on 2 March, according to the Old Style calendar.');
    assert.equal(ds[0].sentenceMarker?.calendar, 'julian');
    assert.equal(ds[0].sentenceMarker?.text, 'Old Style');
  });
  it('does not override a direct marker or reuse a dual date marker, and stays in its own clause', () => {
    const t = 'On 7 March (O.S. 22 February), and by 10 March, workers struck; by the Gregorian calendar it was 11 March 1917 (N.S.).';
    const ds = findDates(t);
    assert.equal(ds.length, 3);
    assert.equal(ds[0].sentenceMarker, undefined);
    assert.equal(ds[1].sentenceMarker, undefined, '10 March is in another clause (before the semicolon)');
    assert.equal(ds[2].sentenceMarker, undefined);
    assert.equal(ds[2].firstMarker?.text, '(N.S.)');
  });
  it('a phrase applies to the dates of its own clause only', () => {
    const t = 'Workers struck on 10 March, while by the Julian calendar the Tsar left on 2 March 1917; on 12 March the Duma met.';
    const ds = findDates(t);
    assert.deepEqual(ds.map((d) => d.sentenceMarker?.calendar), [undefined, 'julian', undefined]);
  });
  it('a phrase in parentheses applies only inside them', () => {
    const t = 'On 7 November 1917, Lenin led a revolt (Russia was still using the Julian calendar, so period references show a 25 October date).';
    const ds = findDates(t);
    assert.equal(ds.length, 2);
    assert.equal(ds[0].sentenceMarker, undefined);
    assert.equal(ds[1].sentenceMarker?.calendar, 'julian');
  });
  it('Russian phrase', () => {
    const ds = findDates('Революция произошла 25 октября 1917 года по юлианскому календарю.');
    assert.equal(ds[0].sentenceMarker?.calendar, 'julian');
  });
});

describe('scanDates: bare years', () => {
  it('finds bare years in order, not inside numbers or dates', () => {
    const t = 'In 1917 and 1917–1918, 50,000 men, 1917.5 and 12000; on 7 March 1917; 1905, 1910s, 2999, 3000, 0999.';
    assert.deepEqual(scanDates(t).years.map((y) => [y.year, t.slice(y.start, y.end)]), [
      [1917, '1917'], [1917, '1917'], [1918, '1918'], [1905, '1905'], [2999, '2999'],
    ]);
  });
  it('takes no count for a year: "capturing 1000 muskets", "1200 men", "1500 roubles"', () => {
    // Langiewicz (batch 21): "capturing 1000 muskets" lent the year 1000 to "On 23 February …" and the dates after it.
    const t = 'In 1863 he captured 1000 muskets and 8 cannon; 1200 men and 1500 roubles came in 1864, and the 1863 uprising';
    assert.deepEqual(scanDates(t).years.map((y) => y.year), [1863, 1864, 1863]);
    // A word of time before it makes it a year again: "In 1917 soldiers mutinied", "by 1905 men".
    assert.deepEqual(scanDates('In 1917 soldiers mutinied; by 1905 men had left; an army of 1500 men').years.map((y) => y.year), [1917, 1905]);
  });
  it('reads years in headings through prose spans', () => {
    const t = '## 1918\n\nText in 1919.\n\n```\n1920\n```\n';
    assert.deepEqual(scanDates(t, documentProse(t)).years.map((y) => y.year), [1918, 1919]);
  });
  it('scanDates gives both at once', () => {
    const r = scanDates('In 1917, on 7 March 1918.');
    assert.deepEqual([r.dates.length, r.years.map((y) => y.year)], [1, [1917]]);
  });
});

describe('date grammar with prose spans', () => {
  it('does not read dates in code, comments, URLs or link targets', () => {
    const t = [
      'A `7 March 1917` b <!-- 8 March 1917 --> c [9 March 1917](https://x.org/10-March-1917 "11 March 1917")',
      'd <https://12.March.1917> https://example.com/1917-03-13 and *14 March 1917*.',
      '',
      '    15 March 1917 in indented code',
      '',
      '```',
      '16 March 1917',
      '```',
    ].join('\n');
    const ds = findDates(t, documentProse(t));
    assert.deepEqual(ds.map((d) => t.slice(d.start, d.end)), ['9 March 1917', '14 March 1917']);
  });
  it('a date does not cross a span boundary', () => {
    const t = '7 March `x` 1917';
    const blocks = splitBlocks(t);
    const ds = findDates(t, proseSpans(t, blocks[0]));
    assert.equal(ds.length, 1);
    assert.equal(ds[0].first.year, undefined);
  });
  it('dual date across a soft break inside a block quote', () => {
    const t = '> On 7 March\n> (O.S. 22 February) 1917 workers struck.';
    const ds = findDates(t, documentProse(t));
    assert.equal(ds.length, 1);
    assert.equal(ds[0].second?.day, 22);
    assert.equal(ds[0].sharedYear, 1917);
  });
});

describe('date grammar: linear time', function () {
  this.timeout(60_000); // adversarial megabytes, twice each, on a machine that may be busy
  const MB = 1 << 20;
  /** Each case makes a text of about `n` characters. */
  const cases: Array<[string, (n: number) => string]> = [
    ['1 March 2 March …', (n) => {
      const parts: string[] = [];
      for (let i = 1, length = 0; length < n; i++) {
        const s = `${(i % 31) + 1} March `;
        parts.push(s);
        length += s.length;
      }
      return parts.join('');
    }],
    ['1111…', (n) => '1'.repeat(n)],
    ['March March …', (n) => 'March '.repeat(n / 6)],
    ['7 March (O.S. 7 March (O.S. …', (n) => '7 March (O.S. '.repeat(n / 14)],
    ['1–1–1–1 …', (n) => '1–'.repeat(n / 2)],
    ['spaces', (n) => `7${' '.repeat(n)}March`],
    ['O.S. O.S. …', (n) => 'O.S. Julian calendar. '.repeat(n / 22) + ' 7 March'],
  ];
  for (const [name, make] of cases) {
    // Not a speed test (bench/ measures speed) but one of growth: four times the text may take at most eight times
    // as long (quadratic backtracking takes sixteen). CPU time, the better of two runs each, so that a busy machine's
    // waits for a core do not count; the 250 ms floor keeps GC and timer noise on small times out (quadratic on 1 MB
    // takes seconds).
    it(`${name}: 1 MB without catastrophic backtracking`, () => {
      scanDates(make(1 << 16)); // warm the JIT so the timing measures the scan, not compilation
      const best = (text: string) => Math.min(...[0, 1].map(() => {
        const t0 = process.cpuUsage();
        scanDates(text);
        const { user, system } = process.cpuUsage(t0);
        return (user + system) / 1000;
      }));
      const small = best(make(MB / 4));
      const large = best(make(MB));
      assert.ok(large < 8 * small + 250, `${name}: 1/4 MB in ${small.toFixed(0)} ms, 1 MB in ${large.toFixed(0)} ms`);
    });
  }
});

describe('seed text', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/seed.md'), 'utf8');
  const { dates, years } = scanDates(text, documentProse(text));
  const show = (d: DateMention): string => text.slice(d.start, d.end);

  it('reads every dual date in it as a pair', () => {
    const pairs = dates.filter((d) => d.second);
    if (process.env.CLIO_SHOW_SEED) {
      for (const d of dates) console.log(`  ${show(d).replace(/\s+/g, ' ')}${d.pairStyle ? ` [${d.pairStyle}]` : ''}${d.sentenceMarker ? ` {${d.sentenceMarker.text}}` : ''}`);
    }
    assert.deepEqual(pairs.map(show), [
      '7 March (O.S. 22 February)',
      '10 March (O.S. 25 February)',
      '11 March (O.S. 26 February)',
      '14 March (O.S. 1 March)',
      '15 March [O.S. 2 March]',
      '16 March (O.S. 3 March)',
      '16 March (O.S. 3 March)',
      '7 November 1917 (O.S. 25 October 1917)',
    ]);
    for (const p of pairs) {
      assert.equal(p.secondMarker?.calendar, 'julian');
      assert.ok(p.pairStyle === 'paren-marked' || p.pairStyle === 'bracket-marked');
    }
    // Every "(O.S." in the text belongs to a pair.
    const osCount = text.split(/[([]O\.S\./).length - 1;
    assert.equal(osCount, pairs.length);
  });

  it('reads the single dates and years', () => {
    const singles = dates.filter((d) => !d.second).map(show);
    assert.ok(singles.includes('27 February'));
    assert.ok(singles.includes('18 June'));
    assert.ok(singles.includes('7 November 1917'));
    assert.ok(singles.includes('25 October'));
    const yearValues = years.map((y) => y.year);
    assert.ok(yearValues.includes(1905));
    assert.ok(yearValues.includes(1921));
    assert.ok(!dates.some((d) => show(d).startsWith('10 - 2')));
    const oct = dates.find((d) => show(d) === '25 October');
    assert.equal(oct?.sentenceMarker?.calendar, 'julian');
  });
});

describe('ISO dates with markers', () => {
  it('reads a marker after an ISO date', () => {
    const [d] = findDates('It is dated 1917-03-11 (O.S.) in the file.');
    assert.equal(d.firstMarker?.calendar, 'julian');
    assert.equal(d.second, undefined);
  });
});

import * as assert from 'node:assert/strict';
import { readMention } from '../../../server/src/recognize/dates/pairs';
import { Tokens } from '../../../server/src/recognize/dates/tokens';
import { findDates } from '../../../server/src/recognize/dates';
import { cut, one, values } from './helpers';

const mention = (text: string, pos = 0) => readMention(new Tokens(text, text.length), pos)?.mention;

describe('date grammar: pairs (pairs.ts)', () => {
  it('paren-marked with a shared year', () => {
    const t = '7 March (O.S. 22 February) 1917, and';
    const m = mention(t);
    assert.equal(cut(t, m), '7 March (O.S. 22 February) 1917');
    assert.equal(m?.pairStyle, 'paren-marked');
    assert.equal(m?.sharedYear, 1917);
    assert.deepEqual(values(m?.second), { day: 22, month: 2, year: undefined, endDay: undefined, endMonth: undefined });
  });
  it('a bracket that gives the other day with its year may go on to name the place: "(September 24, 1802, St. Petersburg)"', () => {
    // Batch 30's probe: a biography's "September 12 (September 24, 1802, St. Petersburg)" left the N.S. day a single date.
    for (const t of ['September 12 (September 24, 1802, St. Petersburg)', '12 September (24 September 1802, St Petersburg)']) {
      const m = mention(t);
      assert.equal(cut(t, m), t);
      assert.equal(m?.pairStyle, 'paren');
      assert.deepEqual([m?.second?.day, m?.second?.month, m?.second?.year], [24, 9, 1802]);
    }
    // only after a side with its year, and only capitalized words: no pair where the bracket says something else
    assert.equal(mention('12 September (24 September, St Petersburg)')?.second, undefined);
    assert.equal(mention('8 November (10 November 1917, published in Moscow)')?.second, undefined);
  });
  it('a side followed by its calendar\'s capitalized name without an article: "(21 July at Julian Calendar)"', () => {
    for (const t of ['1 August 1770 (21 July at Julian Calendar)', '1 August 1770 (21 July 1770 in Julian Calendar)', '21 July 1770 (1 August at Gregorian Calendar)']) {
      const m = mention(t);
      assert.equal(cut(t, m), t);
      assert.equal(m?.pairStyle, 'paren-marked');
      assert.equal(m?.secondMarker?.calendar, t.includes('Julian') ? 'julian' : 'gregorian');
    }
    assert.equal(mention('1 August 1770 (21 July at Julian) x')?.pairStyle, undefined); // "at" only before the full name
  });
  it('an undotted OS/NS right after a date with its year, as mirrors copy Wikipedia: "31 January 1854 OS – 19 July 1895 OS"', () => {
    for (const [t, cal] of [['31 January 1854 OS – 19 July 1895 OS', 'julian'], ['born on 31 January 1854 OS in Tarnovo', 'julian'], ['on 5 October 1908 NS.', 'gregorian']] as const) {
      const at = /\d/.exec(t)!.index;
      assert.equal(readMention(new Tokens(t, t.length), at)?.mention.firstMarker?.calendar, cal, t);
    }
    // Not a product's name, not a label with its colon that leads the next date, not after a yearless date.
    for (const t of ['24 March 2001 OS X', '1 April 1987 OS/2', '26 October 1999 OS 9', '[OS: 20 March 1726 NS: 31 March 1727]', 'on 31 January OS in Tarnovo']) {
      const at = /\d/.exec(t)!.index;
      assert.equal(readMention(new Tokens(t, t.length), at)?.mention.firstMarker, undefined, t);
    }
  });
  it('slash pair', () => {
    const m = mention('22 February/7 March 1917');
    assert.equal(m?.pairStyle, 'slash');
    assert.equal(m?.second?.day, 7);
  });
  it('no slash pair of days a few apart: a two-day battle, a night across a month or a year', () => {
    for (const t of ['31 May/1 June 1916', 'May 31st/June 1st', '31 December 1916/1 January 1917', '30 April/3 May 1918']) {
      assert.equal(mention(t)?.second, undefined, t);
    }
    // Far enough apart to be the two calendars' days, a slip of a day or a swap included.
    for (const t of ['31 May/12 June 1916', '20 December 1916/2 January 1917', '7 March/22 February 1917', '31 December/12 January']) {
      assert.equal(mention(t)?.pairStyle, 'slash', t);
    }
  });
  it('month-first day-only pairs, in brackets or after a slash: "November 19 (29), 1700", "October 5/16, 1701"', () => {
    for (const [t, style] of [['November 19 (29), 1700', 'paren'], ['October 5/16, 1701', 'slash'], ['February 11/22, 1731/2', 'slash']]) {
      const m = mention(t);
      assert.equal(cut(t, m), t);
      assert.equal(m?.pairStyle, style);
      assert.deepEqual([m?.first.day, m?.second?.day, m?.second?.month === m?.first.month, m?.second?.dayOnly], [Number(/\d+/.exec(t)![0]), Number(/[/(](\d+)/.exec(t)![1]), true, true]);
    }
    const ord = mention('December 16th/28th, 1871');
    assert.deepEqual([ord?.pairStyle, ord?.second?.day, ord?.second?.style.ordinal, ord?.sharedYear], ['slash', 28, true, 1871]);
    // After a slash the suffix may be written once, on the second day (a timeline's "1916, Apr 1/14th").
    const once = mention('Apr 1/14th, 1916');
    assert.deepEqual([once?.pairStyle, once?.first.day, once?.second?.day, once?.first.style.ordinal, once?.second?.style.ordinal, once?.sharedYear], ['slash', 1, 14, false, true, 1916]);
    assert.equal(mention('Apr 1 (14th), 1916')?.second, undefined, 'in brackets the days keep one form');
    assert.equal(mention('November 19th (29), 1700')?.second, undefined, 'ordinal and plain days are not mixed');
    // A night across two days ("May 3/4") or a page number is no pair.
    assert.equal(mention('May 3/4, 1800')?.second, undefined);
    assert.equal(mention('October 5/6, 1701')?.second, undefined);
    // Ranges on both sides, as Wikipedia's section titles write them; a range against one day is no pair.
    const range = mention('January 5–6/18–19, 1918');
    assert.deepEqual([range?.pairStyle, range?.second?.day, range?.second?.endDay, range?.second?.month, range?.sharedYear], ['slash', 18, 19, 1, 1918]);
    assert.equal(cut('January 5–6 (18–19), 1918', mention('January 5–6 (18–19), 1918')), 'January 5–6 (18–19), 1918');
    assert.equal(mention('January 5–6/18, 1918')?.second, undefined);
    assert.equal(mention('January 5–6/7–8, 1918')?.second, undefined);
  });
  it('a year after a single date\'s marker is the date\'s, outside the mention like the marker', () => {
    for (const t of ['30 May (O.S.) 1672, and', 'May 30th, O.S., 1672, and', 'February 9, O.S. 1672, and']) {
      const r = readMention(new Tokens(t, t.length), 0);
      assert.equal(r?.mention.sharedYear, 1672, t);
      assert.equal(cut(t, r?.mention.sharedYearSpan), '1672', t);
      assert.equal(r?.mention.end, r?.mention.first.end, t);
      assert.equal(r?.consumed, t.indexOf(', and'), t);
    }
    // A year of the date's own stays; a marker glued to a number that is no year reads none.
    assert.equal(mention('30 May 1672 (O.S.) 1673')?.sharedYear, undefined);
    assert.equal(mention('30 May (O.S.) 12 men')?.sharedYear, undefined);
  });
  it('consumed runs past a marker after a single date', () => {
    const t = '7 March 1917 (O.S.) and';
    const r = readMention(new Tokens(t, t.length), 0);
    assert.equal(r?.consumed, t.indexOf(' and'));
    assert.equal(r?.mention.end, t.indexOf(' ('));
  });
});

describe('date grammar: day-only dual dates', () => {
  const cases: Array<[string, string, string, [number, number, number?], [number, number, number?], number | undefined]> = [
    // text, mention, pair style, first [day, month, endDay], second, shared year
    ['On 3 (17) July 1917 the', '3 (17) July 1917', 'paren', [3, 7], [17, 7], 1917],
    ['On 2 (16) March 1917 the', '2 (16) March 1917', 'paren', [2, 3], [16, 3], 1917],
    ['On 3/17 July 1917 the', '3/17 July 1917', 'slash', [3, 7], [17, 7], 1917],
    ['On 3 (17) July, 1917 the', '3 (17) July, 1917', 'paren', [3, 7], [17, 7], 1917],
    ['On 3 [16] July the', '3 [16] July', 'bracket', [3, 7], [16, 7], undefined],
    ['On 3–7 (16–20) July 1917 the', '3–7 (16–20) July 1917', 'paren', [3, 7, 7], [16, 7, 20], 1917],
    ['Это было 3 (16) июля 1917 года.', '3 (16) июля 1917 года', 'paren', [3, 7], [16, 7], 1917],
  ];
  for (const [text, whole, pairStyle, a, b, year] of cases) {
    it(JSON.stringify(text), () => {
      const m = one(text);
      assert.equal(cut(text, m), whole);
      assert.equal(m.pairStyle, pairStyle);
      assert.deepEqual([m.first.day, m.first.month, m.first.endDay], [a[0], a[1], a[2]]);
      assert.deepEqual([m.second?.day, m.second?.month, m.second?.endDay], [b[0], b[1], b[2]]);
      assert.equal(m.first.dayOnly, true);
      assert.equal(m.second?.dayOnly, true);
      assert.equal(m.first.year, undefined);
      assert.equal(m.sharedYear, year);
      const monthWord = whole.match(/\p{L}+/u)?.[0];
      assert.equal(cut(text, m.sharedMonthSpan), monthWord);
      assert.equal(cut(text, m.first.monthSpan), monthWord);
      assert.equal(cut(text, m.second?.monthSpan), monthWord);
      assert.equal(cut(text, m.first), whole.split(/[ /]/)[0]);
      assert.notEqual(m.first.monthSpan, m.second?.monthSpan, 'own span objects: offsets are moved in place');
    });
  }
  it('the other day labelled inside its bracket, before or after it: "17 [6 OS] June 1799", "17 [O.S. 6] June", "6 (17 N.S.) June"', () => {
    for (const [text, whole, cal] of [
      ['fought on 17 [6 OS] June 1799 near', '17 [6 OS] June 1799', 'julian'],
      ['fought on 17 [O.S. 6] June 1799 near', '17 [O.S. 6] June 1799', 'julian'],
      ['fought on 6 (17 N.S.) June 1799 near', '6 (17 N.S.) June 1799', 'gregorian'],
    ] as const) {
      const m = one(text);
      assert.equal(cut(text, m), whole, text);
      assert.equal(m.secondMarker?.calendar, cal, text);
      assert.deepEqual([m.first.day, m.second?.day, m.sharedYear], whole.startsWith('17') ? [17, 6, 1799] : [6, 17, 1799]);
    }
    // A label needs its bracket (after a slash the day is bare), and a word is no label: "17 [6 OSX] June" is no pair.
    assert.ok(findDates('on 3 [16 OSX] July 1917').every((m) => m.second === undefined));
  });
  it('with ordinals, as older English writes them: "5th/16th October 1701", "the 3rd (16th) of July 1917"', () => {
    for (const [t, whole, style, days] of [
      ['On 5th/16th October 1701 the', '5th/16th October 1701', 'slash', [5, 16]],
      ['On the 3rd (16th) of July 1917 the', '3rd (16th) of July 1917', 'paren', [3, 16]],
    ] as const) {
      const m = one(t);
      assert.equal(cut(t, m), whole);
      assert.equal(m.pairStyle, style);
      assert.deepEqual([m.first.day, m.second?.day, m.first.style.ordinal, m.sharedYear], [...days, true, Number(whole.slice(-4))]);
    }
    // After a slash the suffix may be written once, on the second day (the 1911 Britannica's "the 17/29th of April").
    const once = one('On the 17/29th of April 1818 their');
    assert.deepEqual([once.pairStyle, once.first.day, once.second?.day, once.first.style.ordinal, once.second?.style.ordinal, once.sharedYear], ['slash', 17, 29, false, true, 1818]);
    // Otherwise ordinal and plain days are not mixed, and an ordinal pair needs the offset too.
    assert.equal(findDates('On 5th (16) October 1701 the').find((d) => d.second), undefined);
    assert.equal(findDates('On 5 (16th) October 1701 the').find((d) => d.second), undefined);
    assert.equal(findDates('The 1st (2nd) of May 1701.').find((d) => d.second), undefined);
  });
  it('a range of pairs that writes the month once is read as two pairs, the first with the second\'s month and year', () => {
    // Round 35: "17 [6 OS] – 20 [9 OS] June 1700", "17 (6) – 20 (9) June", "6/17–9/20 June".
    for (const [t, days] of [
      ['lasted 17 [6 OS] – 20 [9 OS] June 1700 in', [[17, 6], [20, 9]]],
      ['lasted 17 (6) – 20 (9) June 1700 in', [[17, 6], [20, 9]]],
      ['lasted 6/17–9/20 June 1700 in', [[6, 17], [9, 20]]],
    ] as const) {
      const ds = findDates(t);
      assert.deepEqual(ds.map((d) => [d.first.day, d.second?.day, d.first.month, d.sharedYear]), days.map(([a, b]) => [a, b, 6, 1700]), t);
      assert.ok(ds[0].end < ds[1].start, t);
    }
    // Not after anything but a pair of the same form.
    assert.equal(findDates('lasted 17 (6) – 20 June 1700 in').find((d) => d.first.day === 17), undefined);
  });
  it('an ordinal pair in brackets is a dual date whatever its days, so a slip of the tens is read and checked', () => {
    for (const [t, days] of [
      ['On the 14th (6th) of May 1818 the', [14, 6]],
      ['On the 3rd [25th] of March 1820 the', [3, 25]],
      ['On the 2nd–3rd (4th–5th) of May 1818 the', [2, 4]],
      ['On the 26th (4th) of May 1818 the', [26, 4]],
      ['On the 1st (3rd) of July the', [1, 3]],
    ] as const) assert.deepEqual([one(t).first.day, one(t).second?.day], days, t);
    // Round 35: days that are not the calendars' pair even with a tens digit wrong are a source's variants, one day or
    // the other (1 July 1700 O.S. is 12 July N.S.; 3 March 1820 O.S. is 15 March, N.S. it is 20 February O.S.), and so
    // is any pair before 1582, when there was no other calendar (14 May 1318 O.S. is 22 May proleptic N.S.).
    for (const t of [
      'The fortress surrendered on the 1st (3rd) of July 1700, according to different chronicles.',
      'On the 3rd [29th] of March 1820 the',
      'The prince died on the 14th (16th) of May 1318, as the chronicles variously record.',
    ]) assert.equal(findDates(t).find((d) => d.second), undefined, t);
    // Not with a slash ("the night of the 5th/7th" may be a span), nor plain days ("vol. 3 (5) March"), nor one apart.
    for (const t of ['On the 5th/7th of June 1830 the', 'In vol. 3 (5) March 1820 the', 'The 1st (2nd) of May 1701.']) {
      assert.equal(findDates(t).find((d) => d.second), undefined, t);
    }
  });
  it('a bracket that labels the date before it, then gives the other day labelled: "12 July 1691 (old style, equivalent to 22 July new style)"', () => {
    const t = 'fought on 12 July 1691 (old style, equivalent to 22 July new style), near';
    const m = one(t);
    assert.equal(cut(t, m), '12 July 1691 (old style, equivalent to 22 July new style)');
    assert.deepEqual([m.pairStyle, m.firstMarker?.calendar, m.second?.day, m.secondMarker?.calendar], ['comma-marked', 'julian', 22, 'gregorian']);
    // Both labels are needed, and they must differ; otherwise the bracket is no pair.
    assert.equal(findDates('on 12 July 1691 (old style, equivalent to 22 July), near').find((d) => d.second), undefined);
    assert.equal(findDates('on 12 July 1691 (old style, equivalent to 22 July old style), near').find((d) => d.second), undefined);
  });
  it('a bracket that labels its date, then gives the other day after a semicolon: "18 February 1917 (O.S.; 3 March N.S.)"', () => {
    const t = 'began on February 18, 1917 (according to the Julian calendar; March 3 on the Gregorian calendar) and';
    const m = one(t);
    assert.equal(cut(t, m), 'February 18, 1917 (according to the Julian calendar; March 3 on the Gregorian calendar)');
    assert.deepEqual([m.pairStyle, m.firstMarker?.calendar, m.second?.day, m.secondMarker?.calendar], ['comma-marked', 'julian', 3, 'gregorian']);
    const short = one('on 18 February 1917 (O.S.; 3 March N.S.) the');
    assert.deepEqual([short.firstMarker?.calendar, short.second?.month, short.second?.day, short.secondMarker?.calendar], ['julian', 3, 3, 'gregorian']);
    // Both labels are needed, and they must differ; otherwise the bracket is no pair.
    assert.equal(findDates('on 18 February 1917 (O.S.; 3 March) the').find((d) => d.second), undefined);
    assert.equal(findDates('on 18 February 1917 (O.S.; 3 March O.S.) the').find((d) => d.second), undefined);
  });
  it('the right ones with months on both sides stay ordinary pairs', () => {
    for (const t of ['23 February (8 March) 1917', '24–25 October (6–7 November) 1917', '19 February (3 March) 1861', '25 октября (7 ноября) 1917 года', '25 жовтня (7 листопада) 1917 року']) {
      const m = one(t);
      assert.equal(cut(t, m), t);
      assert.equal(m.pairStyle, 'paren');
      assert.equal(m.first.dayOnly, undefined);
      assert.equal(m.sharedYear, t.includes('1861') ? 1861 : 1917);
    }
  });
  it('a day-only pair glued to its bracket, as mirrors and Russian web pages write it: "3(16) July 1917", "3(16) июля"', () => {
    const t = 'on 3(16) July 1917 and 3(16) июля 1917 г.';
    assert.deepEqual(findDates(t).map((m) => [cut(t, m), m.first.day, m.second?.day, m.sharedYear]),
      [['3(16) July 1917', 3, 16, 1917], ['3(16) июля 1917 г.', 3, 16, 1917]]);
  });
  it('days too far apart (or too close) are no pair', () => {
    assert.deepEqual(findDates('on 12/7 March'), []);
    assert.deepEqual(findDates('page 3 (4) March'), []);
    assert.deepEqual(findDates('see 3 (30) March'), []);
  });
  it('equation pairs: two marked sides joined by "=" or "or" ("12 April O.S. = 24 April N.S.", "1 Dec 1885 [O.S.] in Russia = 13 Dec 1885 [N.S.]", "9 December (Old Style) or 20 December (New Style) 1712")', () => {
    for (const [t, date, second] of [
      ['Easter fell on 12 April O.S. = 24 April N.S. that year.', '12 April O.S. = 24 April N.S.', 24],
      ['1 Dec 1885 [O.S.] in Russia = 13 Dec 1885 [N.S.] in Germany or USA', '1 Dec 1885 [O.S.] in Russia = 13 Dec 1885 [N.S.]', 13],
      ['the 1st of December (O.S.) = the 13th of December (N.S.), 1885', 'the 1st of December (O.S.) = the 13th of December (N.S.), 1885', 13],
      ['the Battle of Gadebusch on 9 December (Old Style) or 20 December (New Style) 1712', '9 December (Old Style) or 20 December (New Style) 1712', 20],
      ['born 9 December 1712 (O.S.) or 20 December 1712 (N.S.).', '9 December 1712 (O.S.) or 20 December 1712 (N.S.)', 20],
    ] as const) {
      const m = one(t);
      assert.equal(cut(t, m), date.replace(/^the /, ''), t);
      assert.deepEqual([m.pairStyle, m.firstMarker?.calendar, m.second?.day, m.secondMarker?.calendar], ['comma-marked', 'julian', second, 'gregorian'], t);
    }
    // Sides in one calendar, an unmarked first side, or a sum are no pair.
    for (const t of ['12 April O.S. = 24 April O.S.', '12 April = 24 April N.S.', '12 April O.S. in the old town = 24 April N.S.', '3 May 1870 (O.S.) = 2 + 1', '9 December (O.S.) or 10 December (O.S.) 1712', '9 December (Old Style) or 20 December 1712', '9 December 1712 (O.S.) order 20 December (N.S.)']) {
      assert.ok(findDates(t).every((m) => m.second === undefined), t);
    }
  });
  it('each side labelled before its year, joined by a comma: "27 June (O.S.) 1709, 8 July (N.S.) 1709" is one pair in that year', () => {
    const t = 'Poltava was fought on 27 June (O.S.) 1709, 8 July (N.S.) 1709, north of the town.';
    const m = one(t);
    assert.equal(cut(t, m), '27 June (O.S.) 1709, 8 July (N.S.) 1709');
    assert.deepEqual([m.pairStyle, m.firstMarker?.calendar, m.second?.day, m.second?.month, m.secondMarker?.calendar, m.sharedYear], ['comma-marked', 'julian', 8, 7, 'gregorian', 1709]);
    // Labels naming one calendar, or two different years, are two dates: two days of a list, not one day twice.
    for (const u of ['on 27 June (O.S.) 1709, 8 July (O.S.) 1709 they', 'on 27 June (O.S.) 1709, 8 July (N.S.) 1710 they', 'on 27 June (O.S.) 1709, 8 July 1709 they']) {
      assert.ok(findDates(u).every((d) => d.second === undefined), u);
    }
  });
  it('two labelled dates joined by a verb saying they are one day: "fell on", "corresponds to", "was"', () => {
    for (const [t, date] of [
      ['Christmas, 25 December 1929 in the Julian calendar, fell on 7 January 1930 in the Gregorian calendar.', '25 December 1929 in the Julian calendar, fell on 7 January 1930 in the Gregorian calendar'],
      ['Then 25 December 1929 in the Julian calendar corresponds to 7 January 1930 in the Gregorian calendar.', '25 December 1929 in the Julian calendar corresponds to 7 January 1930 in the Gregorian calendar'],
      ['Thus 25 December 1929 (O.S.) was 7 January 1930 (N.S.).', '25 December 1929 (O.S.) was 7 January 1930 (N.S.)'],
    ] as const) {
      const m = one(t);
      assert.equal(cut(t, m), date, t);
      assert.deepEqual([m.pairStyle, m.firstMarker?.calendar, m.second?.day, m.second?.month, m.second?.year, m.secondMarker?.calendar], ['comma-marked', 'julian', 7, 1, 1930, 'gregorian'], t);
    }
    // Two days of a list, labels naming one calendar, other words between, sides years apart, or no year: two dates.
    for (const t of [
      'He left on 3 May 1700 in the Julian calendar, and on 9 May 1700 in the Gregorian calendar he came back.',
      'on 3 May 1700 (O.S.) was 14 May 1700 (O.S.) too',
      'on 3 May 1700 in the Julian calendar was 14 May 1760 in the Gregorian calendar',
      'on 3 May 1700 in the Julian calendar he was 14 May 1700 in the Gregorian calendar',
      'on 25 December in the Julian calendar, fell on 7 January in the Gregorian calendar',
    ]) {
      assert.ok(findDates(t).every((d) => d.second === undefined), t);
    }
  });
});

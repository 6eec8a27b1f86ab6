import * as assert from 'node:assert/strict';
import { readPart, weekdayBefore } from '../../../server/src/recognize/dates/single';
import { Tokens } from '../../../server/src/recognize/dates/tokens';
import { findDates } from '../../../server/src/recognize/dates';
import { formatDay, formatPart } from '../../../server/src/recognize/format';
import { cut, one, values } from './helpers';

const part = (text: string, pos = 0) => readPart(new Tokens(text, text.length), pos, true);

describe('date grammar: one side (single.ts)', () => {
  it('DMY, MDY, ISO, Russian', () => {
    assert.deepEqual(values(part('7 March 1917')), { day: 7, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(part('March 7, 1917')), { day: 7, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(part('1917-03-07')), { day: 7, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(part('25 октября 1917 г.')), { day: 25, month: 10, year: 1917, endDay: undefined, endMonth: undefined });
  });
  it('Ukrainian, and a date written back in Ukrainian', () => {
    const p = part('15 лютого 1862 року');
    assert.deepEqual(values(p), { day: 15, month: 2, year: 1862, endDay: undefined, endMonth: undefined });
    assert.equal(formatPart({ day: 3, month: 2, year: 1862 }, p!.style), '3 лютого 1862 року');
    const r = part('з 14 листопада – 2 грудня 1917 р.', 2);
    assert.deepEqual(values(r), { day: 14, month: 11, year: 1917, endDay: 2, endMonth: 12 });
    assert.equal(formatPart({ day: 1, month: 12, year: 1917, endDay: 19, endMonth: 12 }, r!.style), '1–19 грудня 1917 р.');
    assert.equal(formatPart({ day: 1, month: 12, year: 1917 }, part('1 декабря 1917 г.')!.style), '1 декабря 1917 г.');
  });
  it('ranges within and across months', () => {
    const t = '23 February – 3 March 1917';
    const p = part(t);
    assert.deepEqual(values(p), { day: 23, month: 2, year: 1917, endDay: 3, endMonth: 3 });
    assert.equal(cut(t, p?.endMonthSpan), 'March');
  });
  it('a month-first start and a day-first end are two dates, not a range ending at the bare day', () => {
    // Batch 26 (the 1917–18 Local Council): "from August 15 to 9 December 1917" was read as "August 15 to 9".
    const t = 'which lasted from August 15 to 9 December 1917, …';
    assert.deepEqual(findDates(t).map((m) => t.slice(m.start, m.end)), ['August 15', '9 December 1917']);
    const u = 'from August 15 to 9 (22) December 1917';
    assert.deepEqual(findDates(u).map((m) => u.slice(m.start, m.end)), ['August 15', '9 (22) December 1917']);
    // A forward range in one month is still one date.
    assert.deepEqual(values(part('July 3 to 7, 1917')), { day: 3, month: 7, year: 1917, endDay: 7, endMonth: undefined });
  });
  it('a month-first range whose end carries the other calendar\'s day is two dates, the end a pair with the year', () => {
    // Round 50 (batch 32's Krtsanisi, mutated by the generator): "from September 8 to September 11 (21), 1795" was read
    // as the range "September 8 to September 11", which lost the bracket and the year.
    for (const [t, second] of [
      ['from September 8 to September 11 (21), 1795, at Krtsanisi', 'September 11 (21), 1795'],
      ['from September 28 to October 3 [14], 1795', 'October 3 [14], 1795'],
      ['from September 8 to September 11/22, 1795', 'September 11/22, 1795'],
    ]) {
      const ds = findDates(t);
      assert.deepEqual(ds.map((m) => t.slice(m.start, m.end)), [t.slice(t.indexOf('September'), t.indexOf(' to ')), second]);
      assert.equal(ds[1].sharedYear, 1795);
    }
    // Only the other calendar's day, 8–16 days away: a footnote's number or a day a few apart leaves the range whole.
    for (const t of ['from September 8 to September 11 (10), 1795', 'from September 8 to October 11 (12), 1795']) {
      assert.equal(findDates(t)[0].first.endDay, 11, t);
    }
    assert.deepEqual(values(part('September 8 to September 11, 1795')), { day: 8, month: 9, year: 1795, endDay: 11, endMonth: 9 });
  });
  it('a plain DMY day with a comma before its year, unless a word follows the number', () => {
    // Batch 29 (the 1911 Catholic Encyclopedia): "b. … 4 March, 1748; d. … 11 Oct., 1779; … formed, 29 Feb., 1768, the
    // confederation" — each day was read without its year, and took the year of the date before it.
    const t = 'b. 4 March, 1748; d. 11 Oct., 1779; formed, 29 Feb., 1768, the confederation';
    assert.deepEqual(findDates(t).map((m) => [t.slice(m.start, m.end), m.first.year]), [['4 March, 1748', 1748], ['11 Oct., 1779', 1779], ['29 Feb., 1768', 1768]]);
    assert.equal(part('4 March, 1748 (O.S.)')?.year, 1748);
    // A number a word follows is a count, not the year: "On 7 March, 1500 men crossed".
    assert.deepEqual(values(part('7 March, 1500 men')), { day: 7, month: 3, year: undefined, endDay: undefined, endMonth: undefined });
    assert.equal(part('12th June, 1700 Cossacks')?.year, 1700); // an ordinal day's comma-year, as before
  });
  it('the weekday before a date', () => {
    const t = 'Wednesday, 7 November';
    assert.deepEqual(weekdayBefore(t, 11, 0), { start: 0, end: 9, value: 3 });
    assert.equal(weekdayBefore('wed 7 November', 4, 0), undefined);
  });
});

describe('date grammar: ordinal and inverted forms', () => {
  it('the 16th of July', () => {
    const t = 'on the 16th of July the';
    const m = one(t);
    assert.equal(cut(t, m), '16th of July');
    assert.deepEqual([m.first.day, m.first.month, m.first.style.of, m.first.style.ordinal], [16, 7, true, true]);
  });
  it('March the 16th, 1917 (O.S. March 2): a pair', () => {
    const t = 'on March the 16th, 1917 (O.S. March 2) the';
    const m = one(t);
    assert.equal(cut(t, m), 'March the 16th, 1917 (O.S. March 2)');
    assert.deepEqual(values(m.first), { day: 16, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(m.second), { day: 2, month: 3, year: undefined, endDay: undefined, endMonth: undefined });
    assert.equal(cut(t, m.first.daySpan), '16th');
    assert.equal(m.first.style.the, true);
    assert.equal(m.secondMarker?.calendar, 'julian');
    assert.equal(m.pairStyle, 'paren-marked');
  });
  it('16th July, 1917', () => {
    const t = 'on 16th July, 1917 the';
    const m = one(t);
    assert.equal(cut(t, m), '16th July, 1917');
    assert.equal(cut(t, m.first.yearSpan), '1917');
    assert.equal(m.first.style.yearComma, true);
  });
  it('20 March, 1815: a cardinal day takes the year after its comma too', () => {
    // Batch 23/28 (the Final Act of Vienna's annexes): "signed at Vienna, 20 March, 1815" was read without its year.
    const t = 'signed at Vienna, 20 March, 1815.';
    const m = one(t);
    assert.equal(cut(t, m), '20 March, 1815');
    assert.equal(cut(t, m.first.yearSpan), '1815');
    assert.equal(m.first.style.yearComma, true);
    // A list of yearless days keeps them yearless; the year after the last comma is the last day's.
    const u = 'the acts of 31 May, 1 June, 8 June, 1815.';
    assert.deepEqual(findDates(u).map((d) => [cut(u, d), d.first.year]), [['31 May', undefined], ['1 June', undefined], ['8 June, 1815', 1815]]);
  });
  it('a double year joined by a dash, as older English prints it, only on a day before 25 March', () => {
    const alt = (t: string) => [cut(t, part(t)), part(t)?.year, part(t)?.altYear];
    assert.deepEqual(alt('10th February 1721-2 at'), ['10th February 1721-2', 1721, 1722]);
    assert.deepEqual(alt('February 10, 1721–22 at'), ['February 10, 1721–22', 1721, 1722]);
    assert.deepEqual(alt('24 March 1721-2 at'), ['24 March 1721-2', 1721, 1722]);
    // the 1911 Britannica's Oxford Gazette (batch 19): the next year written in full
    assert.deepEqual(alt('February 5th, 1665–1666 O.S.'), ['February 5th, 1665–1666', 1665, 1666]);
    // After 24 March, across two years, or a longer range: a year and what follows it.
    assert.deepEqual(alt('25 March 1721-2 at'), ['25 March 1721', 1721, undefined]);
    assert.deepEqual(alt('10 December 1917-18 at'), ['10 December 1917', 1917, undefined]);
    assert.deepEqual(alt('10 February 1721-3 at'), ['10 February 1721', 1721, undefined]);
    assert.deepEqual(alt('10 February 1721-1725 at'), ['10 February 1721', 1721, undefined]);
    assert.deepEqual(alt('10 February 1721–1723 at'), ['10 February 1721', 1721, undefined]);
    assert.deepEqual(alt('3–7 February 1721-2 at'), ['3–7 February 1721', 1721, undefined]);
    // Life dates with an unspaced dash (round 35): the digit after it is the next date's day.
    assert.deepEqual(alt('29 February 1900–1 March 1971'), ['29 February 1900', 1900, undefined]);
    assert.deepEqual(alt('10 February 1721-2 March 1790'), ['10 February 1721', 1721, undefined]);
  });
  it('a period between an MDY day and its year, as seventeenth-century printing wrote it: "June 13. 1650", "Feb. 9. 1648"', () => {
    // Batch 19 (the newsbooks and Thomason's tracts): "From Thursday, June 6. to Thursday, June 13. 1650."
    const read = (t: string) => [cut(t, part(t)), part(t)?.day, part(t)?.year, part(t)?.style.yearPeriod];
    assert.deepEqual(read('June 13. 1650. The'), ['June 13. 1650', 13, 1650, true]);
    assert.deepEqual(read('Feb. 9. 1648 on'), ['Feb. 9. 1648', 9, 1648, true]);
    // Written back so: a fix keeps the period.
    assert.equal(formatDay({ day: 12, month: 6, year: 1650 }, part('June 13. 1650.')!.style), 'June 12. 1650');
    // A day-first date, or a period not followed by a year, is no such form.
    assert.deepEqual(read('13. June 1650 he'), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(read('June 13. The king'), ['June 13', 13, undefined, undefined]);
  });
  it('the older English ordinals "2d", "3d", "22d", and they are written back so', () => {
    const read = (t: string) => [cut(t, part(t)), part(t)?.day, part(t)?.year, part(t)?.style.shortOrdinal];
    assert.deepEqual(read('3d June, 1666. The'), ['3d June, 1666', 3, 1666, true]);
    assert.deepEqual(read('22d of May 1666 he'), ['22d of May 1666', 22, 1666, true]);
    assert.deepEqual(read('July 2d, 1776 the'), ['July 2d, 1776', 2, 1776, true]);
    // Only after a day ending in 2 or 3 (not 12 or 13), and not glued to a word.
    assert.equal(part('12d May 1666'), undefined);
    assert.equal(part('4d May 1666'), undefined);
    assert.deepEqual(findDates('A 3d printer on 3 June 1666.').map((d) => d.first.day), [3]);
    const style = { order: 'dmy', month: 'long', ordinal: true, shortOrdinal: true } as const;
    assert.deepEqual([2, 3, 4, 11, 12, 13, 21, 22, 23].map((d) => formatPart({ day: d, month: 6 }, style).split(' ')[0]),
      ['2d', '3d', '4th', '11th', '12th', '13th', '21st', '22d', '23d']);
  });
  it('a comma before the year of a plain day is not read as its year where a word follows the number', () => {
    const ds = findDates('On 16 July, 1917 began');
    assert.equal(ds[0].first.year, undefined);
  });
  it('"March the 6 men" is no date', () => {
    assert.deepEqual(findDates('March the 6 men'), []);
  });
  it('"June ye 15 1691", "Septr 1 ye 28th": gravestones\' and registers\' "ye" for "the", kept as written', () => {
    const t = 'who decd June ye 15 1691, aged 21 years';
    const m = one(t);
    assert.equal(cut(t, m), 'June ye 15 1691');
    assert.deepEqual(values(m.first), { day: 15, month: 6, year: 1691, endDay: undefined, endMonth: undefined });
    assert.equal(cut(t, m.first.daySpan), '15');
    assert.equal(m.first.style.ye, 'ye');
    assert.equal(cut('Died Novr. Ye 28th 1772', one('Died Novr. Ye 28th 1772')), 'Novr. Ye 28th 1772');
    assert.equal(formatPart({ day: 16, month: 6, year: 1691 }, { order: 'mdy', month: 'long', ordinal: false, the: true, ye: 'ye' }), 'June ye 16, 1691');
    assert.deepEqual(findDates('May ye 5 men be blessed'), []);
  });
  it('"Decr 29th 1795", "Septr. 28th": the older abbreviations keeping the last letter, written back as they were', () => {
    const t = 'who died Decr 29th 1795. in the 21st Year';
    const m = one(t);
    assert.equal(cut(t, m), 'Decr 29th 1795');
    assert.deepEqual(values(m.first), { day: 29, month: 12, year: 1795, endDay: undefined, endMonth: undefined });
    assert.deepEqual(findDates('Augt. 6th 1775, Septr. 28th 1758, 10 Octr 1701, Novr 3, Jany 5, Feby 1').map((d) => [d.first.month, d.first.day]),
      [[8, 6], [9, 28], [10, 10], [11, 3], [1, 5], [2, 1]]);
    assert.equal(formatPart({ day: 30, month: 12, year: 1795 }, m.first.style), 'Decr 30th, 1795');
    assert.equal(formatPart({ day: 1, month: 9, year: 1758 }, one('on Septr. 28th 1758').first.style), 'Septr. 1st, 1758');
    assert.deepEqual(findDates('the Decrees of Octroi'), []);
  });
  it('format writes them back', () => {
    assert.equal(formatPart({ day: 17, month: 3, year: 1917 }, { order: 'mdy', month: 'long', ordinal: true, the: true }), 'March the 17th, 1917');
    assert.equal(formatPart({ day: 17, month: 7, year: 1917 }, { order: 'dmy', month: 'long', ordinal: true, yearComma: true }), '17th July, 1917');
  });
});

describe('date grammar: weekday with time of day', () => {
  for (const [text, word, value, date] of [
    ['Tuesday morning, 7 November 1917', 'Tuesday', 2, '7 November 1917'],
    ['Thursday evening, 23 February 1917', 'Thursday', 4, '23 February 1917'],
    ['Monday, the 2nd of March', 'Monday', 1, '2nd of March'],
    ['on Friday night 3 March', 'Friday', 5, '3 March'],
  ] as const) {
    it(text, () => {
      const m = one(text);
      assert.equal(cut(text, m), date);
      assert.equal(cut(text, m.weekday), word);
      assert.equal(m.weekday?.value, value);
    });
  }
  it('no weekday across another word', () => {
    assert.equal(one('Tuesday was bad; morning, 7 November').weekday, undefined);
    assert.equal(one('Tuesday, nor the 7 November').weekday, undefined);
  });
  it('the period Serbian writes after a day, before a month word of the day-month-year languages: "6. априла 1941"', () => {
    const t = 'Рат је почео 6. априла 1941. године.';
    const m = one(t);
    assert.equal(cut(t, m), '6. априла 1941');
    assert.deepEqual([values(m.first), cut(t, m.first.daySpan), m.first.style.dayPeriod, m.first.style.lang], [{ day: 6, month: 4, year: 1941, endDay: undefined, endMonth: undefined }, '6.', true, 'sr']);
    assert.equal(formatPart({ day: 7, month: 4, year: 1941 }, m.first.style), '7. априла 1941');
    assert.equal(cut('dana 6. aprila 1941', part('dana 6. aprila 1941', 5)), '6. aprila 1941');
    // Before an English month the period ends a sentence.
    assert.deepEqual(findDates('He counted to 7. March 1917 was cold.').filter((d) => d.first.day !== undefined), []);
  });
});

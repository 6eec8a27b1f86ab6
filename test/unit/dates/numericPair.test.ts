import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';
import { cut, one, values } from './helpers';

describe('date grammar: numeric dual dates (numericPair.ts)', () => {
  it('reads day-only numeric pairs with one month and year: "10 (22).4.1870", "10(22).04.1870 г.", "10/22.IV.1870"', () => {
    for (const [t, date, style] of [
      ['Lenin, born 10 (22).4.1870 in Simbirsk', '10 (22).4.1870', 'paren'],
      ['родился 10(22).04.1870 г. в Симбирске', '10(22).04.1870', 'paren'],
      ['born 10/22.IV.1870.', '10/22.IV.1870', 'slash'],
    ] as const) {
      const m = one(t);
      assert.equal(cut(t, m), date, t);
      assert.equal(m.pairStyle, style, t);
      assert.deepEqual(values(m.first), { day: 10, month: 4, year: undefined, endDay: undefined, endMonth: undefined }, t);
      assert.deepEqual(values(m.second), { day: 22, month: 4, year: undefined, endDay: undefined, endMonth: undefined }, t);
      assert.equal(m.sharedYear, 1870, t);
      assert.equal(cut(t, m.sharedYearSpan), '1870', t);
      assert.deepEqual([cut(t, m.first.daySpan), cut(t, m.second?.daySpan), m.first.dayOnly, m.second?.dayOnly], ['10', '22', true, true], t);
      assert.equal(cut(t, m.sharedMonthSpan), /\.(\w+)\.1870/.exec(date)![1], t);
      assert.equal(m.first.orderProven, true, 'its shape fixes the order');
    }
    assert.deepEqual(one('10(22).04.1870').first.style.numeric, { sep: '.', padDay: true, padMonth: true });
    assert.deepEqual(one('10/22.IV.1870').first.style.numeric, { sep: '.', padDay: false, padMonth: false, roman: true });
  });

  it('reads numeric pairs with day and month on each side: "24.07 (05.08).1844", "24.07/05.08.1844"', () => {
    for (const t of ['24.07 (05.08).1844', '24.07(05.08).1844', '24.07/05.08.1844']) {
      const m = one(`b. ${t} in Moscow`);
      const text = `b. ${t} in Moscow`;
      assert.equal(cut(text, m), t);
      assert.deepEqual([m.first.day, m.first.month, m.second?.day, m.second?.month, m.sharedYear], [24, 7, 5, 8, 1844], t);
      assert.deepEqual([cut(text, m.first), cut(text, m.second), cut(text, m.second?.monthSpan)], ['24.07', '05.08', '08'], t);
      assert.equal(m.first.dayOnly, undefined);
    }
    // Equal numbers keep their own places.
    const t = '10.10 (22.10).1870';
    const m = one(t);
    assert.deepEqual([cut(t, m.first.daySpan), cut(t, m.first.monthSpan), cut(t, m.second?.daySpan), cut(t, m.second?.monthSpan)], ['10', '10', '22', '10']);
    assert.deepEqual([m.second?.daySpan.start, m.second?.monthSpan.start], [7, 10]);
  });

  it('reads a life range of two numeric pairs as two dates: "8 (19).11.1711-4 (15).4.1765"', () => {
    const t = '8 (19).11.1711-4 (15).4.1765';
    assert.deepEqual(findDates(t).map((m) => cut(t, m)), ['8 (19).11.1711', '4 (15).4.1765']);
  });

  it('leaves what is no dual date: no year, days not about the offset apart, longer numbers, section numbers', () => {
    for (const t of [
      'see § 10 (22).4 of the code', // a section number: no year
      'paragraph 3 (17).5',
      'ratio 1.2 (3.4).2010', // months two apart
      'table 3 (4).5.1870', // a day apart: no calendars' offset
      'version 2 (30).4.1870', // 28 days apart
      'value 10 (22).4.18705', // a five-digit number
      'build 10 (22).4.1870.5', // a longer dotted number
      'code 10 (22).13.1870', // no 13th month
      'id 10 (22).4.0870',
      'x = 24.07 (05.09).1844', // a month and more apart
    ]) {
      assert.deepEqual(findDates(t).filter((m) => m.second).map((m) => cut(t, m)), [], t);
    }
  });
});

import * as assert from 'node:assert/strict';
import { findDates, numericOrder, withNumericOrder } from '../../../server/src/recognize/dates';
import { formatPart } from '../../../server/src/recognize/format';
import { cut, one } from './helpers';

describe('date grammar: numeric dates', () => {
  const cases: Array<[string, string, number, number, number, string, string, 'dmy' | 'mdy', boolean]> = [
    // text, mention, day, month, year, day piece, month piece, order, proven
    ['dated 31.I.1918 in', '31.I.1918', 31, 1, 1918, '31', 'I', 'dmy', true],
    ['dated 13.02.1918 in', '13.02.1918', 13, 2, 1918, '13', '02', 'dmy', true],
    ['dated 26.01.1918 (O.S.) in', '26.01.1918', 26, 1, 1918, '26', '01', 'dmy', true],
    ['dated 04/13/1916 in', '04/13/1916', 13, 4, 1916, '13', '04', 'mdy', true],
    ['dated 03.02.1918 in', '03.02.1918', 3, 2, 1918, '03', '02', 'dmy', false],
    ['dated 13-02-1918 in', '13-02-1918', 13, 2, 1918, '13', '02', 'dmy', true],
  ];
  for (const [text, whole, day, month, year, dayText, monthText, order, proven] of cases) {
    it(JSON.stringify(text), () => {
      const m = one(text);
      assert.equal(cut(text, m), whole);
      assert.deepEqual([m.first.day, m.first.month, m.first.year], [day, month, year]);
      assert.equal(cut(text, m.first.daySpan), dayText);
      assert.equal(cut(text, m.first.monthSpan), monthText);
      assert.equal(cut(text, m.first.yearSpan), String(year));
      assert.equal(m.first.style.order, order);
      assert.equal(m.first.style.month, 'numeric');
      assert.equal(m.first.orderProven, proven);
    });
  }
  it('a marker after a numeric date', () => {
    const m = one('dated 26.01.1918 (O.S.) in');
    assert.equal(m.firstMarker?.calendar, 'julian');
  });
  it('writes numeric dates back as written', () => {
    const style = (t: string) => one(t).first.style;
    assert.equal(formatPart({ day: 14, month: 2, year: 1918 }, style('13.02.1918')), '14.02.1918');
    assert.equal(formatPart({ day: 1, month: 2, year: 1918 }, style('31.I.1918')), '1.II.1918');
    assert.equal(formatPart({ day: 26, month: 4, year: 1916 }, style('04/13/1916')), '04/26/1916');
    assert.equal(formatPart({ day: 8, month: 2, year: 1918 }, style('13-02-1918')), '08-02-1918');
  });
});

describe('numeric order per document', () => {
  it('day-first unless a date proves month-first; a setting wins', () => {
    const dmyDoc = findDates('On 03.02.1918 and 13.02.1918.');
    const mdyDoc = findDates('On 03/02/1918 and 04/13/1916.');
    const lone = findDates('On 03/02/1918.');
    const mixed = findDates('On 04/13/1916 and 13/04/1916.');
    assert.equal(numericOrder(dmyDoc), 'dmy');
    assert.equal(numericOrder(mdyDoc), 'mdy');
    assert.equal(numericOrder(lone), 'dmy', 'never guessed from one ambiguous date');
    assert.equal(numericOrder(mixed), 'dmy');
    assert.equal(numericOrder(lone, 'mdy'), 'mdy');
  });
  it('swaps day and month of ambiguous dates only', () => {
    const text = 'On 03/02/1918 and 04/13/1916.';
    const [a, b] = findDates(text);
    const a2 = withNumericOrder(a, 'mdy');
    assert.deepEqual([a2.first.day, a2.first.month, a2.first.style.order], [2, 3, 'mdy']);
    assert.equal(cut(text, a2.first.daySpan), '02');
    assert.equal(cut(text, a2.first.monthSpan), '03');
    assert.deepEqual([a.first.day, a.first.month], [3, 2], 'the original is untouched');
    assert.equal(withNumericOrder(b, 'dmy'), b, 'a proven date keeps its order');
    assert.equal(withNumericOrder(a, 'dmy'), a);
    assert.equal(formatPart({ day: 4, month: 3, year: 1918 }, a2.first.style), '03/04/1918');
  });
});

describe('date grammar: numbers that are no dates', () => {
  for (const t of ['3/4 of the army', '1.5 million', 'at 12.30 pm', 'version 1.2.3', 'pp. 3–17', 'v1.2.1918', '1.2.1918.4', '13/13/1918', '31.XIII.1918', '3.7.19', '31.IV-1918']) {
    it(JSON.stringify(t), () => assert.deepEqual(findDates(t).map((d) => cut(t, d)), []));
  }
  it('"in 1917/18 season" stays a year', () => {
    const t = 'in 1917/18 season';
    assert.deepEqual(findDates(t), []);
  });
});

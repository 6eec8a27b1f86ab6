// Hebrew-calendar dates beside a civil date (recognize/dates/hebrew.ts), kept on the civil date as `hebrewDay` with
// the calendar in which it is the Hebrew date's day; what that means for the checks is tested in
// test/unit/checks/weekdayMismatch.test.ts.
import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';

describe('date grammar: Hebrew-calendar dates beside a civil date (hebrew.ts)', () => {
  const cal = (t: string) => findDates(t).map((d) => d.hebrewDay?.calendar);
  it('the calendar in which the civil date is the Hebrew date\'s day, before or after it, in brackets or after a dash', () => {
    // 18 Tishri 5561 = 7 October 1800 N.S.; 19 Kislev 5559 = 27 November 1798 N.S. (16 November O.S.).
    assert.deepEqual(cal('The order arrived on 18 Tishrei 5561 [Tuesday, October 7, 1800].'), ['gregorian']);
    assert.deepEqual(cal('November 27 1798 – 19 Kislev 5559. He was released.'), ['gregorian']);
    assert.deepEqual(cal('released on the 19th of Kislev, 5559 (16 November 1798 in the Russian reckoning)'), ['julian']);
  });
  it('the day beside it too, as a Hebrew day begins at the evening before: "22 May 1760 (6 Sivan 5520)"', () => {
    // 6 Sivan 5520 was 21 May 1760 N.S. by day; the evening of 21 May is already 7 Sivan.
    assert.deepEqual(cal('Died 22 May 1760 (6 Sivan 5520) in Międzybóż.'), ['gregorian']);
    assert.deepEqual(cal('died: Sivan 6, 5520, 22 May 1760'), ['gregorian']);
  });
  it('nothing when neither calendar gives the day, when the dates are apart, or when the civil date has a marker', () => {
    assert.deepEqual(cal('May 23, 1760 (or Sivan 6, 5520, by the Jewish calendar)'), [undefined]); // two days off
    assert.deepEqual(cal('On 6 Sivan 5520 he died. His pupils met on 22 May 1760.'), [undefined]);
    assert.deepEqual(cal('22 May 1760 (O.S.) (6 Sivan 5520)'), [undefined]);
    assert.deepEqual(cal('on 19 Tishrei (October 9, 1797)'), [undefined]); // no Hebrew year
  });
});

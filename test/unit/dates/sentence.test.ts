import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';
import { sentenceAround } from '../../../server/src/recognize/dates/sentence';

describe('date grammar: sentence markers (sentence.ts)', () => {
  it('sentence bounds skip abbreviations', () => {
    const t = 'One. It was 7 Mar. 1917 by then. Two.';
    const [s, e] = sentenceAround(t, t.indexOf('7'));
    assert.equal(t.slice(s, e).trim(), 'It was 7 Mar. 1917 by then.');
  });
  it('", and" opens a clause of its own when a calendar\'s words follow it; in a list of dates it does not', () => {
    // Issue #14 §2: the phrase belongs to the dates of its own clause, never to a date in another.
    const ds = findDates('The July Days began on 3 July 1917, and by the Julian calendar the harvest came on 1 August 1917.');
    assert.deepEqual(ds.map((d) => d.sentenceMarker?.calendar), [undefined, 'julian']);
    const list = findDates('Strikes came on 3 July 1917, 5 July 1917, and 7 July 1917, all by the Julian calendar.');
    assert.deepEqual(list.map((d) => d.sentenceMarker?.calendar), ['julian', 'julian', 'julian']);
  });
  it('a phrase marks the unmarked dates of its sentence only', () => {
    const ds = findDates('By the Julian calendar it was 25 October. On 7 November it was over.');
    assert.deepEqual(ds.map((d) => d.sentenceMarker?.calendar), ['julian', undefined]);
  });
  it('a phrase right after a date is that date\'s; a date of the clause that is the same day in the other calendar is read in that one', () => {
    // 12 October 1812 Julian = 24 October Gregorian; 28 January 1725 Julian = 8 February Gregorian.
    const read = (t: string) => findDates(t).map((d) => [d.sentenceMarker?.calendar, d.sentenceMarker?.attached]);
    assert.deepEqual(read('The city fell on 24 October 1812, which was 12 October 1812 in the Julian calendar.'), [['gregorian', undefined], ['julian', true]]);
    assert.deepEqual(read('The treaty is dated 8 February 1725, 28 January 1725 by the old calendar.'), [['gregorian', undefined], ['julian', true]]);
    // Not the ends of a span, nor a date that is another day: the phrase marks them as before.
    assert.deepEqual(read('The army halted on 12 October 1812 and again on 24 October 1812 in the Gregorian calendar.'), [['gregorian', undefined], ['gregorian', true]]);
    assert.deepEqual(read('On 20 October 1812, as on 12 October 1812 in the Julian calendar, it rained.'), [['julian', undefined], ['julian', true]]);
  });
  it('a calendar\'s bare name after "the" labels the date right before it ("8 July in the Gregorian"), and nothing elsewhere', () => {
    const read = (t: string) => findDates(t).map((d) => d.firstMarker?.text ?? d.sentenceMarker?.calendar);
    assert.deepEqual(read('It was fought on 27 June 1709 (Julian calendar), 28 June in the Swedish calendar and 8 July in the Gregorian.'), ['(Julian calendar)', undefined, 'gregorian']);
    assert.deepEqual(read('On 1 February 1918 Russia switched to the Gregorian. On 5 May 1918 in the Julian, it rained.'), [undefined, 'julian']);
    assert.deepEqual(read('Russia switched on 14 February 1918 to the Gregorian.'), [undefined]);
    // Over a phrase of the same clause before it.
    assert.deepEqual(read('It was fought on 27 June 1709 in the Julian calendar and on 8 July in the Gregorian.'), ['julian', 'gregorian']);
  });
  it('a calendar adopted, left or switched to is the sentence\'s topic, not the calendar of its dates', () => {
    const read = (t: string) => findDates(t).map((d) => d.sentenceMarker?.calendar);
    assert.deepEqual(read('Wednesday 2 September was the last day before the adoption of the Gregorian calendar.'), [undefined]);
    assert.deepEqual(read('On 31 January 1918 Russia abandoned the Julian calendar; 1 February 1919 came in a year of change.'), [undefined, undefined]);
    assert.deepEqual(read('On 2 March 1700 Sweden changed from the Julian calendar, a plan soon given up.'), [undefined]);
    assert.deepEqual(read('From 1 March 1700 to 30 February 1712 the Swedish calendar ran ten days behind the Gregorian calendar.'), [undefined, undefined]);
    assert.deepEqual(read('On 1 March 1700 Sweden was one day ahead of the Julian calendar.'), [undefined]);
    assert.deepEqual(read('On 18 January 1923 the colonels adopted the western Gregorian calendar.'), [undefined]);
    // Still a marker where the calendar is the one the date is read by.
    assert.deepEqual(read('On 2 March 1700, by the Julian calendar, Sweden made its plan.'), ['julian']);
  });
  it('so is a calendar named before its verb in the passive, and one "corrected" to (corpus batch 33)', () => {
    // The State Department's "The Clue In The Letter": 11 February 1731 O.S. (legal year) = 22 February 1732 N.S.
    const read = (t: string) => findDates(t).map((d) => d.sentenceMarker?.calendar);
    assert.deepEqual(read('When the Julian Calendar was "corrected" to the Gregorian Calendar in 1752, his birth date and year moved from February 11, 1731, to February 22, 1732.'), [undefined, undefined]);
    assert.deepEqual(read('The Old Style was abandoned on 2 September 1752 in England.'), [undefined]);
    assert.deepEqual(read('The Julian calendar had been replaced in Russia by 14 February 1918.'), [undefined]);
    // Not a verb of change after the name: the phrase marks the dates as before.
    assert.deepEqual(read('The Julian calendar was in use when he was born on 11 February 1731.'), ['julian']);
  });
});

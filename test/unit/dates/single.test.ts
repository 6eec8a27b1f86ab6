import * as assert from 'node:assert/strict';
import { readPart, weekdayBefore } from '../../../server/src/recognize/dates/single';
import { Tokens } from '../../../server/src/recognize/dates/tokens';
import { cut, values } from './helpers';

const part = (text: string, pos = 0) => readPart(new Tokens(text, text.length), pos, true);

describe('date grammar: one side (single.ts)', () => {
  it('DMY, MDY, ISO, Russian', () => {
    assert.deepEqual(values(part('7 March 1917')), { day: 7, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(part('March 7, 1917')), { day: 7, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(part('1917-03-07')), { day: 7, month: 3, year: 1917, endDay: undefined, endMonth: undefined });
    assert.deepEqual(values(part('25 октября 1917 г.')), { day: 25, month: 10, year: 1917, endDay: undefined, endMonth: undefined });
  });
  it('ranges within and across months', () => {
    const t = '23 February – 3 March 1917';
    const p = part(t);
    assert.deepEqual(values(p), { day: 23, month: 2, year: 1917, endDay: 3, endMonth: 3 });
    assert.equal(cut(t, p?.endMonthSpan), 'March');
  });
  it('the weekday before a date', () => {
    const t = 'Wednesday, 7 November';
    assert.deepEqual(weekdayBefore(t, 11, 0), { start: 0, end: 9, value: 3 });
    assert.equal(weekdayBefore('wed 7 November', 4, 0), undefined);
  });
});

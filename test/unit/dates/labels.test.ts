import * as assert from 'node:assert/strict';
import { markerAt, markerBefore } from '../../../server/src/recognize/dates/labels';
import { Tokens } from '../../../server/src/recognize/dates/tokens';

describe('date grammar: labels (labels.ts)', () => {
  const at = (t: string, bareOnly = false) => markerAt(new Tokens(t, t.length), 0, bareOnly);
  it('markers right after a date', () => {
    assert.equal(at('(O.S.)')?.calendar, 'julian');
    assert.equal(at('[Gregorian]')?.calendar, 'gregorian');
    assert.equal(at('(Julian)', true), undefined);
    assert.equal(at('Old Styles'), undefined);
    assert.equal(at('н. ст.')?.calendar, 'gregorian');
  });
  it('markers right before a date', () => {
    const t = 'it was O.S. 7 March';
    assert.deepEqual(markerBefore(t, t.indexOf('7'), 0), { start: 7, end: 11, calendar: 'julian', text: 'O.S.' });
    assert.equal(markerBefore(t, t.indexOf('7'), 9), undefined);
  });
});

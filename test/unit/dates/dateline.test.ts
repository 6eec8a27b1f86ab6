// The place heading a letter's or telegram's date line (recognize/dates/dateline.ts), kept on the date as
// `datelineRegion`; what it means for the calendar is tested in test/unit/checks/weekdayMismatch.test.ts.
import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';

describe('date grammar: datelines (dateline.ts)', () => {
  const place = (t: string) => findDates(t).map((d) => d.datelineRegion);
  it('the place before the date, heading its line, in capitals or not, after a "(Telegraphic)" or a first field', () => {
    // Batch 19: a State Department telegram of 1917 and the British white paper Russia No. 1 (1919).
    assert.deepEqual(place('224.\nSTOCKHOLM, March 15, 1917, 6 p. m.'), ['sweden']);
    assert.deepEqual(place('(Telegraphic) Christiania, August 19, 1918.'), ['denmark-norway']);
    assert.deepEqual(place('Copenhagen, Tuesday, September 3, 1918.'), ['denmark-norway']);
    assert.deepEqual(place('Hotel de Russie, ST. PETERSBURG, 16 December 1871.'), ['russia']);
  });
  it('not a place in a sentence, a place that is no region word, or a second date on the line', () => {
    assert.deepEqual(place('He wrote from London, March 15, 1917, to his wife.'), [undefined]);
    assert.deepEqual(place('In London, 15 March 1917 was cold.'), [undefined]);
    assert.deepEqual(place('Turin, 15 March 1917.'), [undefined]);
    assert.deepEqual(place('London, 5 March 1917, Paris, 6 March 1917.'), ['britain', undefined]);
  });
});

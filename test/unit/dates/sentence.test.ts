import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';
import { sentenceAround } from '../../../server/src/recognize/dates/sentence';

describe('date grammar: sentence markers (sentence.ts)', () => {
  it('sentence bounds skip abbreviations', () => {
    const t = 'One. It was 7 Mar. 1917 by then. Two.';
    const [s, e] = sentenceAround(t, t.indexOf('7'));
    assert.equal(t.slice(s, e).trim(), 'It was 7 Mar. 1917 by then.');
  });
  it('a phrase marks the unmarked dates of its sentence only', () => {
    const ds = findDates('By the Julian calendar it was 25 October. On 7 November it was over.');
    assert.deepEqual(ds.map((d) => d.sentenceMarker?.calendar), ['julian', undefined]);
  });
});

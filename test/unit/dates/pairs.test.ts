import * as assert from 'node:assert/strict';
import { readMention } from '../../../server/src/recognize/dates/pairs';
import { Tokens } from '../../../server/src/recognize/dates/tokens';
import { cut, values } from './helpers';

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
  it('slash pair', () => {
    const m = mention('22 February/7 March 1917');
    assert.equal(m?.pairStyle, 'slash');
    assert.equal(m?.second?.day, 7);
  });
  it('consumed runs past a marker after a single date', () => {
    const t = '7 March 1917 (O.S.) and';
    const r = readMention(new Tokens(t, t.length), 0);
    assert.equal(r?.consumed, t.indexOf(' and'));
    assert.equal(r?.mention.end, t.indexOf(' ('));
  });
});

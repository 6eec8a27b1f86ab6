import * as assert from 'node:assert/strict';
import { resolveDate } from '../../../server/src/analysis/resolve';
import { rewritePairSide } from '../../../server/src/analysis/rewrite';
import { formatDays, formatDualDate } from '../../../server/src/recognize/format';
import type { DateStyle } from '../../../server/src/recognize/types';
import { one } from './helpers';

const DMY: DateStyle = { order: 'dmy', month: 'long', ordinal: false };
const ctx = { convention: 'gregorian' as const, conventionReason: 'front-matter' as never, reform: undefined, contextYear: undefined, yearStart: 'january' as const };

/** Applies one edit to a text. */
function apply(text: string, e: { start: number; end: number; newText: string }): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

describe('fixes keep the writer\'s form', () => {
  it('formats day-only pairs', () => {
    assert.equal(formatDays({ day: 3, month: 7, endDay: 7 }, DMY), '3–7');
    assert.equal(formatDualDate({ day: 3, month: 7, year: 1917 }, { day: 16, month: 7, year: 1917 }, { pairStyle: 'paren', style: DMY, dayOnly: true }), '3 (16) July 1917');
    assert.equal(formatDualDate({ day: 3, month: 7 }, { day: 16, month: 7 }, { pairStyle: 'slash', style: DMY, dayOnly: true }), '3/16 July');
    // Different months: written in full.
    assert.equal(formatDualDate({ day: 31, month: 1, year: 1918 }, { day: 13, month: 2, year: 1918 }, { pairStyle: 'paren', style: DMY, dayOnly: true }), '31 January (13 February) 1918');
  });
  it('3 (17) July 1917 is fixed as 3 (16) July 1917', () => {
    const text = 'On 3 (17) July 1917 the';
    const d = resolveDate(one(text), ctx);
    const edit = rewritePairSide(d, 'second', { year: 1917, month: 7, day: 16 }, undefined);
    assert.equal(apply(text, edit), 'On 3 (16) July 1917 the');
  });
  it('3/17 July stays a slash pair', () => {
    const text = 'On 3/17 July 1917 the';
    const d = resolveDate(one(text), ctx);
    assert.equal(apply(text, rewritePairSide(d, 'second', { year: 1917, month: 7, day: 16 }, undefined)), 'On 3/16 July 1917 the');
  });
  it('a fix into another month writes the pair in full, same pair style', () => {
    const text = 'On 22 (6) February 1917 the';
    const d = resolveDate(one(text), ctx);
    assert.equal(apply(text, rewritePairSide(d, 'second', { year: 1917, month: 3, day: 7 }, undefined)), 'On 22 February (7 March) 1917 the');
  });
});

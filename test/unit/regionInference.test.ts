/**
 * The region a paragraph's dates are read in, inferred from the places it names (analysis/scan.ts region words,
 * analysis/analyze.ts assignRegions): a place named only to compare is not what the paragraph is about, and a
 * paragraph that names two places as often is about the one the text was already about.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { checkDiagnostics } from './checks/annotated';

/** Each block's inferred region, in order (no region set). */
function regionsOf(text: string): (string | undefined)[] {
  return analyze(text, bundledDataset(), DEFAULT_SETTINGS).blocks.map((b) => b.region);
}

describe('region inference', () => {
  it('a place named in a comparison casts no vote: "Like Russia in 1918, Greece …" is about Greece', () => {
    assert.deepEqual(regionsOf('Like Russia in 1918, Greece changed its calendar by decree.\n'), ['greece']);
    assert.deepEqual(regionsOf('Unlike Russia, Sweden went back to the Julian calendar.\n'), ['sweden']);
    assert.deepEqual(regionsOf('The switch came later in Greece than in Russia.\n'), ['greece']);
    assert.deepEqual(regionsOf('As in Britain, the colonies dropped eleven days; Sweden waited.\n'), ['sweden']);
  });

  it('a place named plainly still votes, also in a sentence that compares', () => {
    assert.deepEqual(regionsOf('Russia changed its calendar in 1918, like Greece in 1923.\n'), ['russia']);
    assert.deepEqual(regionsOf('In Russia the decree took effect in February.\n'), ['russia']);
  });

  it('the Greek dates of a paragraph that opens with Russia as its comparison are read in Greece', () => {
    // Greece: Julian Thursday 16 February 1923 became Gregorian Thursday 1 March; in Russia, already Gregorian,
    // 16 February 1923 was a Friday.
    checkDiagnostics(`
      # Greece leaves the Julian calendar

      Like Russia in 1918, Greece changed its calendar by decree. The government ruled that Thursday 16 February 1923 would be Thursday 1 March 1923, so thirteen days were dropped.
    `);
  });

  it('a paragraph that names two regions as often keeps the one the text was about; else the first it names', () => {
    const text = '# The Greek calendar reform\n\nAfter Russia had adopted the Gregorian calendar, the government in Greece followed.\n';
    assert.deepEqual(regionsOf(text), ['greece', 'greece']);
    assert.deepEqual(regionsOf('After Russia had adopted the Gregorian calendar, the government in Greece followed.\n'), ['russia']);
    assert.deepEqual(regionsOf('# Sweden\n\nAfter Russia had adopted the Gregorian calendar, the government in Greece followed.\n'), ['sweden', 'russia']);
    checkDiagnostics(`
      # The Greek calendar reform of 1923

      After Russia had adopted the Gregorian calendar in 1918, the government in Greece followed: Thursday 16 February 1923 would be Thursday 1 March 1923.
    `);
  });
});

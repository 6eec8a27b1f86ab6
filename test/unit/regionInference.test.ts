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
    // Any blank between: a line break, a no-break space, a blank of another script (U+2003).
    assert.deepEqual(regionsOf('The switch came later in Greece than in\nRussia.\n'), ['greece']);
    assert.deepEqual(regionsOf('Like\u00a0Russia in 1918, Greece changed its calendar by decree.\n'), ['greece']);
    assert.deepEqual(regionsOf('Like the\u2003Netherlands in 1700, Sweden changed its calendar.\n'), ['sweden']);
  });

  it('the Ionian Islands under Venice are read in their Orthodox Julian calendar, the quiet reading; Venice itself is Gregorian', () => {
    // Round 35 (issue 14): the islands' Greek population kept the Julian calendar under Venice (to 1797), the British
    // (1815–1864) and Greece (to 1923), while Venice's acts were Gregorian; writers give their days either way.
    assert.deepEqual(regionsOf('The Greek bishop of Zante died on 3 March 1700; the Venetian provveditore wrote from Corfu.\n'), ['greece']);
    assert.deepEqual(regionsOf('The Venetian Senate in Venice ordered a procession on Corfu.\n'), ['rome']);
    checkDiagnostics(`
      The Venetian provveditore of Zante reported the bishop's death in a letter from Corfu dated 29 February 1700.
    `);
    // A weekday of the Venetians' New Style (19 March 1717 N.S. was a Friday; O.S., a Tuesday) reads the date so.
    checkDiagnostics(`
      The Venetian Senate established the procession of St Spyridon in Corfu on Friday, 19 March 1717.
    `);
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
  it('a newspaper dateline names its place in capitals: "ST. PETERSBURG, Monday, Oct. 29, 1888." is about Russia', () => {
    assert.deepEqual(regionsOf('ST. PETERSBURG, Monday, Oct. 29, 1888.\n'), ['russia']);
    assert.deepEqual(regionsOf('LONDON, Oct. 30. The news reached us to-day.\n'), ['britain']);
    // Only a dateline's capitals: a word in capitals elsewhere, or without the comma, names nothing.
    assert.deepEqual(regionsOf('The news reached ST. PETERSBURG on Monday.\n'), [undefined]);
    assert.deepEqual(regionsOf('ST. PETERSBURG IN WINTER\n'), [undefined]);
    // A British paper's report: the dateline's New Style weekday and the paper's own make the text New Style (29 October
    // 1888 N.S. was a Monday, 30 October a Tuesday), so the paper's date is not read as Russia's Old Style.
    checkDiagnostics(`
      # The Borki accident in the British press

      ST. PETERSBURG, Monday, Oct. 29, 1888.

      The Imperial train was derailed to-day near Borki, on the Kursk–Kharkov line. The Emperor is unhurt.

      The Times of Tuesday, October 30, 1888, printed the telegram on its foreign page.
    `);
  });
});

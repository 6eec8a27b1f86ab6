/** The year a date written without one is read in: from the section's heading, earlier dates and bare years — not from asides. */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';

function yearsOf(text: string): Record<string, number | undefined> {
  const a = analyze(text, bundledDataset(), { ...DEFAULT_SETTINGS, calendar: 'gregorian', region: 'russia' });
  return Object.fromEntries(a.dates.map((d) => [text.slice(d.mention.start, d.mention.end), d.first.year]));
}

describe('year context', () => {
  it('life and office years in parentheses, and year spans, do not become the year of later dates', () => {
    const text = '# 1911 in Russia\n\n- 1 July - Sergey Sokolov, minister of Defence (1984–1987)\n- 17 August - Mikhail Botvinnik (b. 1911)\n\nLenin (1870–1924) spoke on 8 October.\n\nSpassky (b. 1937 in Leningrad) won on 9 October.\n';
    assert.deepEqual(yearsOf(text), { '1 July': 1911, '17 August': 1911, '8 October': 1911, '9 October': 1911 });
  });

  it('under a heading that names its year, a bare year in a list item holds only on its own line', () => {
    const text = '# 1917 in Russia\n\n- March 25 - The Church restores the autocephaly abolished in 1811.\n- April 8 - In 1918, on May 2 nothing happened.\n';
    assert.deepEqual(yearsOf(text), { 'March 25': 1917, 'April 8': 1917, 'May 2': 1918 });
  });

  it('without such a heading a bare year carries on, as prose means it', () => {
    const text = 'The war went badly in 1916.\n\nOn 3 March the Tsar left for the front.\n';
    assert.deepEqual(yearsOf(text), { '3 March': 1916 });
  });

  it('a yearless day whose year an earlier paragraph left generations from its own paragraph\'s dates takes the narrative\'s year', () => {
    // Round 45, Sheriffmuir: the year of a protection policy ended the paragraph before; the next paragraph narrates 1715.
    const text =
      'The battle was fought in 1715. The field is protected under the Historic Environment Policy of 2009.\n\n' +
      'Mar declared for James on 6 September and marched south on 10 November. The armies met on 13 November 1715.\n\n' +
      'The rising went on into the winter; on 22 December James landed at Peterhead, and Perth fell on 4 February 1716.\n';
    assert.deepEqual(yearsOf(text), { '6 September': 1715, '10 November': 1715, '13 November 1715': 1715, '22 December': 1715, '4 February 1716': 1716 });
    // A day later in the year than the dated one it runs to is of the year before.
    const winter = 'The plaque dates from 1990.\n\nHe left Perth on 28 December and reached Scone on 4 January 1716.\n';
    assert.deepEqual(yearsOf(winter), { '28 December': 1715, '4 January 1716': 1716 });
    // A year carried within a generation is the narrative's own; so is a year the paragraph writes itself.
    const near = 'The war went badly in 1916.\n\nOn 3 March the Tsar left for the front; on 15 March 1917 he abdicated.\n';
    assert.deepEqual(yearsOf(near), { '3 March': 1916, '15 March 1917': 1917 });
    const own = 'A plaque went up in 1912.\n\nIn 2012, on 7 September, the bicentenary of 7 September 1812 was kept.\n';
    assert.deepEqual(yearsOf(own), { '7 September': 2012, '7 September 1812': 1812 });
  });

  it('a yearless date that opens a range takes the year the range closes with, not the one written before', () => {
    // "8 March to 16 March 1917" is one range; with a weekday on its closing date it is read as two dates.
    const text =
      'The decree of 9 February 1905 stood.\n\nBetween 30 December and 2 January 1918 the year turned.\n\n' +
      'The decree of 9 February 1905 stood again.\n\nThe rising lasted from Thursday 8 March to Thursday 15 March 1917.\n';
    assert.deepEqual(yearsOf(text), { '9 February 1905': 1905, '30 December': 1917, '2 January 1918': 1918, '8 March': 1917, '15 March 1917': 1917 });
  });

  it('an ambiguous name is picked by the year a pair writes on its second side only', () => {
    // "2 March (15 March 1917)" writes 1917, nearer the name than the 1825 the paragraph before left.
    const ids = (text: string) => analyze(text, bundledDataset(), DEFAULT_SETTINGS).entities.map((e) => e.id);
    assert.deepEqual(ids('In 1825 the Decembrists rose.\n\nNicholas abdicated at Pskov on 2 March (15 March 1917).\n'), ['nicholas-ii']);
    // And the year it leaves picks a name in the paragraph after it.
    assert.deepEqual(ids('In 1812 the war went on.\n\nHe was killed on 1 March (13 March 1881).\n\nAlexander was buried.\n'), ['alexander-ii']);
  });
});

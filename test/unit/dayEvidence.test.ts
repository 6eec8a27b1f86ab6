// Whose day is this (server/src/analysis/dayEvidence.ts): the evidence a text gives of which calendar or year a date
// with a weekday that does not fit its reading is in, named by its reason. The weekday-mismatch tests see only whether
// a finding is made; these see which piece of evidence decided, on the examples each piece came from.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { weekdayFitsOtherCalendar, whoseWeekday, type WhoseDay } from '../../server/src/analysis/dayEvidence';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';

const dataset = bundledDataset();

/** The evidence for the first date with a weekday in `text`, and how often the whole document was asked for. */
function whose(text: string, settings: Partial<Settings> = {}): { reason: WhoseDay | undefined; documentAsked: number } {
  const analysis = analyze(text, dataset, { ...DEFAULT_SETTINGS, ...settings });
  const index = analysis.dates.findIndex((d) => d.mention.weekday);
  assert.ok(index >= 0, `no date with a weekday in: ${text}`);
  const d = analysis.dates[index];
  const wanted = d.mention.weekday!.value;
  let documentAsked = 0;
  const reading = { analysis, dataset, document: () => (documentAsked++, analysis) };
  return { reason: whoseWeekday(reading, index, wanted, weekdayFitsOtherCalendar(d, wanted)), documentAsked };
}

describe('dayEvidence: whose day a weekday names', () => {
  it('a yearless date whose weekday fits the year of an earlier date of its month: earlier year', () => {
    // 30 January 1649 (O.S.) was a Tuesday; the aside's 1888 gave it a Monday.
    const opening = 'The trial of the king began on January 20th, 1649. The warrant was found again in 1813 and sold in 1888.';
    const britain = { region: 'britain', calendar: 'julian' } as const;
    assert.equal(whose(`${opening}\n\nOn Tuesday January 30th the sentence was carried out.\n`, britain).reason, 'earlier-year');
    assert.equal(whose(`${opening}\n\nOn Wednesday January 30th the sentence was carried out.\n`, britain).reason, undefined);
  });

  it('a day before 25 March whose weekday fits the legal year: legal year', () => {
    // 30 January 1648/9 O.S. was a Tuesday; 30 January 1648 a Sunday.
    assert.equal(whose('The King was beheaded at Whitehall on Tuesday, 30 January 1648.\n', { region: 'britain', calendar: 'julian' }).reason, 'legal-year');
  });

  it('a label the switch skipped, named as the day it became: skipped day of the switch', () => {
    // Julian 16 February 1923 became Gregorian 1 March 1923, a Thursday.
    assert.equal(whose('The decree declared that Thursday 16 February 1923 would be Thursday 1 March 1923 in Greece.\n', { region: 'greece' }).reason, 'skipped-day-of-the-switch');
  });

  it('the other calendar\'s side of the same day, given by an earlier pair or in the sentence: day given elsewhere', () => {
    // 3 May 1848 O.S. = 15 May N.S., a Monday; 26 December 1825 N.S. = 14 December O.S., the Senate Square rising.
    assert.equal(whose('The Romanians met at Blaj on 3/15 May 1848. On Monday, 3 May, the bishops opened the assembly.\n', { region: 'transylvania' }).reason, 'day-given-elsewhere');
    assert.equal(whose('The ambassador wrote on Monday, 26 December 1825, that the guards had refused the oath; Russian histories date the rising 14 December.\n', { region: 'russia' }).reason, 'day-given-elsewhere');
    assert.equal(whose('The ambassador wrote on Monday, 26 December 1825, that the guards had refused the oath. Russian histories date the rising 14 December.\n', { region: 'russia' }).reason, undefined);
  });

  it('a sentence naming a place then Gregorian: that place\'s day', () => {
    // 4 April 1794 was a Friday N.S. (Kraków), a Tuesday O.S.; Jassy (Moldavia) was Julian.
    assert.equal(whose("On Friday, 4 April 1794, Kościuszko's scythemen won at Racławice near Kraków.\n", { region: 'russia' }).reason, 'gregorian-places-day');
    assert.equal(whose('On Friday, 4 April 1794, the scythemen won at Jassy.\n', { region: 'russia' }).reason, undefined);
  });

  it('weak evidence: a region only inferred, or the date of the writing itself', () => {
    // 29 September 1841 and 4 November 1839 N.S. were a Wednesday and a Monday.
    assert.equal(whose('The mail steamer reached St. Petersburg, Russia, on Wednesday 29 September 1841.\n').reason, 'region-guessed');
    assert.equal(whose('The mail steamer reached St. Petersburg, Russia, on Wednesday 29 September 1841.\n', { region: 'russia' }).reason, undefined);
    assert.equal(whose('# Monday 4 November 1839\n\nFine morning. Read Karamzin.\n', { region: 'russia' }).reason, 'writings-own-date');
    assert.equal(whose('# Monday 4 November 1839: the Panins call\n\nFine morning.\n', { region: 'russia' }).reason, undefined);
  });

  it('asks the whole document only where the weekday fits the other calendar or the year came from the context', () => {
    // 30 January 1648 O.S. was a Sunday, N.S. a Thursday: a Wednesday fits neither, and the year is written.
    assert.deepEqual(whose('The King was beheaded at Whitehall on Wednesday, 30 January 1648.\n', { region: 'britain', calendar: 'julian' }), { reason: undefined, documentAsked: 0 });
    assert.ok(whose('On Friday, 4 April 1794, the scythemen won at Jassy.\n', { region: 'russia' }).documentAsked > 0);
  });
});

// Diagnostic: invalid-date
//
// No such day (31 April 1917), a day or month no calendar has (32 March 1917, 1917-13-45), or a day of one
// calendar only read in the other (29 February 1900 exists in the Julian calendar, not the Gregorian).
// Producer: server/src/analysis/checks/invalidDate.ts.
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

describe('invalid-date', () => {
  it('reports a day that exists in no calendar, without a fix', () => {
    const { findings } = checkDiagnostics(`
      The meeting of 31 April 1917 never happened.
                     ^^^^^^^^^^^^^ error invalid-date: 31 April 1917 does not exist: April 1917 had 30 days
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes, []);
  });

  it('a 29 February 1900 dated from a Gregorian place is no day there, in a text about Russia', () => {
    // Batch 19: a telegram's dateline ("STOCKHOLM, March 15, 1917") in a text set to Russia, with the day changed.
    checkDiagnostics(`
      The Duma met in Petrograd.

      STOCKHOLM, February 29, 1900, 6 p. m.
                 ^^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, { region: 'russia' });
  });

  it('a day labelled "greg." by German Wikipedia\'s dating template is read in the Gregorian calendar', () => {
    // Batch 34: Lodygin in a machine translation of German Wikipedia, "born October 6 . Jul / 18th October  1847 greg.",
    // with the template's Gregorian side changed; unlabelled, the day was read in Russia's Julian calendar, where it exists.
    checkDiagnostics(`
      Alexander Lodygin (born October 6 . Jul / 29th February  1900 greg. In Stenschino) was a Russian electrical engineer.
                                                ^^^^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, { region: 'russia' });
  });

  it('reads an encyclopedia\'s "29 Feb., 1768" with its own year, not the year of the date before it', () => {
    // Batch 29 (the 1911 Catholic Encyclopedia on Pulaski): the comma before the year left the day yearless, and it
    // took 1779 from "11 Oct., 1779" — an error on a right day. A 29 February of a common year is still caught.
    checkDiagnostics(`
      Pulaski, b. 4 March, 1748; d. at Savannah, 11 Oct., 1779. He formed, 29 Feb., 1768, the confederation of Bar.

      Others say it was formed on 29 Feb., 1767, at Bar.
                                  ^^^^^^^^^^^^^ error invalid-date: 29 February 1767 does not exist: February 1767 had 28 days
    `, { region: 'poland' });
  });

  it('a birth before the switch, said to be one, is its own time\'s day among later New Style dates', () => {
    // Round 30 (false-alarm review): a Soviet life, born under the Julian calendar, its later dates after the switch.
    checkDiagnostics(`
      Petrov was born on 29 February 1900 in Kazan. He joined the party on 3 March 1925 and died in Moscow on 12 May 1975.
    `, { region: 'russia' });
    checkDiagnostics(`
      The treaty was signed on 30 December 1922, and the union was dissolved on 26 December 1991. Its author was born on 29 February 1900.
    `, { region: 'russia' });
    // The same day not said to be a birth is still the writer's New Style: see the next test.
  });

  it('finds a day no month has at the day-first end of a range begun month first', () => {
    // Batch 26 (the 1917–18 Local Council, mutated): the end was swallowed as a bare day of August.
    checkDiagnostics(`
      The first session of the council, which lasted from August 15 to 31 November 1917, restored the patriarchate.
                                                                       ^^^^^^^^^^^^^^^^ error invalid-date: 31 November 1917 does not exist: November 1917 had 30 days
    `, { region: 'russia', calendar: 'julian' });
  });

  it('reads life dates across the switch as each day was kept: a Julian-only birth, a New Style death', () => {
    // Round 35 (issue 14): an O.S. birth and an N.S. death is how many writers give a Russian life of 1900–1975.
    checkDiagnostics(`
      Ivan Petrov (29 February 1900 – 12 May 1975) was a Soviet engineer, born in Kazan, Russia.
    `, { region: 'russia' });
    checkDiagnostics(`
      Anna Petrova (29 February 1900–1 March 1971) taught in Moscow from 1 September 1925.
    `, { region: 'russia' });
    // Both ends before the switch, or no dash between them, are no such span: the Julian-only day is the writer's N.S.
    checkDiagnostics(`
      The treaty was signed on 30 December 1922, and the union was dissolved on 26 December 1991. Its draft was dated on 29 February 1900, 12 May 1975.
                                                                                                                         ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, { region: 'russia' });
    // A document that says its dates are New Style still gets the error.
    checkDiagnostics(`
      Ivan Petrov (29 February 1900 – 12 May 1975) was a Soviet engineer.
                   ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, NEW_STYLE_RUSSIA);
  });

  it('"N.S." after a place is Nova Scotia, not a New Style label: a Julian-only day there is the colony\'s own', () => {
    // Round 35 (issue 14): a genealogy's birth and a dateline, in a text about British America.
    checkDiagnostics(`
      Anna Zwicker (b. 29 February 1700, Lunenburg, N.S.) married in 1725.
    `, { region: 'british-america' });
    // A dateline's weekday fits the colony's Old Style (12 March 1751 O.S. was a Tuesday; N.S., a Friday).
    checkDiagnostics(`
      Halifax, N.S., Tuesday, 12 March 1751. The governor wrote to the Board of Trade.
    `, { region: 'british-america' });
    checkDiagnostics(`
      Anna Zwicker was born on 29 February 1700 N.S. and married in 1725.
                               ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1700 exists only in the Julian calendar (= 11 March 1700 N.S.)
    `, { region: 'british-america' });
  });

  it('reads gravestones\' and registers\' dates ("Septr. ye 31st 1758", "Decr 29th 1795", "June ye 15 1691")', () => {
    checkDiagnostics(`
      Here lyeth buried ye body of William Waters, who decd June ye 15 1691, aged 21 years.
                                                            ^^^^^^^^^^^^^^^ information ambiguous-calendar: 15 June 1691 is not marked, and no convention is stated: it is read as Old Style, the calendar British colonies in North America used then (15 June 1691 O.S. = 25 June 1691 N.S.; as N.S. it would be 5 June 1691 O.S.)
      Miss Hephzibah Dickinson, who died Decr 29th 1795. in the 21st Year of hir Age.
      Here lies Ensign Parker who departed this Life Septr. ye 31st 1758 in the 61st year of his Age.
                                                     ^^^^^^^^^^^^^^^^^^^ error invalid-date: 31 September 1758 does not exist: September 1758 had 30 days
    `, { region: 'british-america' });
  });

  it('says when a day exists only in the Julian calendar, and offers to rewrite or mark it', () => {
    const { findings } = checkDiagnostics(`
      The decree is dated 29 February 1900 in the archive.
                          ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits[0].newText]), [
      ['Rewrite as O.S. with its N.S. equivalent', '13 March (O.S. 29 February) 1900'],
      ['Mark as O.S.', ' (O.S.)'],
    ]);
  });

  it('with no convention, reads a Julian-only day in a text that dates only days after the switch as the writer\'s New Style', () => {
    // The reform-gap rule's reading (a skipped day among Georgia's days of 1918): the writer writes the calendar of the
    // time after the reform, where 29 February 1900 never was.
    const { findings } = checkDiagnostics(`
      The treaty was signed on 30 December 1922, and the union was dissolved on 26 December 1991. Its draft was dated on 29 February 1900.
                                                                                                                         ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, { region: 'russia' });
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits[0].newText]), [
      ['Rewrite as O.S. with its N.S. equivalent', '13 March (O.S. 29 February) 1900'],
      ['Mark as O.S.', ' (O.S.)'],
    ]);
    // A day written before the switch, alone or among others, is read in Russia's calendar of its time, where it existed.
    checkDiagnostics(`
      The treaty was signed on 30 December 1922, and the decree on 1 December 1917. Its author was born on 29 February 1900.
                                                                   ^^^^^^^^^^^^^^^ information ambiguous-calendar: …
    `, { region: 'russia' });
    checkDiagnostics(`
      Its author was born on 29 February 1900.
    `, { region: 'russia' });
  });

  it('reads so a range that ends on such a day, and offers only the mark, which keeps the range', () => {
    // Sardarabad (batch 21): an injected range end in a text of 1918–1920 days was read in Transcaucasia's calendar of 1900.
    const { findings } = checkDiagnostics(`
      The battle was fought from 21–29 February 1900; the republic was proclaimed on 28 May 1918 and fell on 28 April 1920.
                                 ^^^^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
                                 ^^^^^^^^^^^^^^^^^^^ information ambiguous-calendar: …
    `, { region: 'transcaucasia' });
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits[0].newText]), [['Mark as O.S.', ' (O.S.)']]);
  });

  it('reports a day that does not exist in the calendar it is read in, and not its weekday: it had none', () => {
    checkDiagnostics(`
      On Friday, 29 February 1900 and on Friday, 30 February 1917 nothing happened.
                 ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
                                                 ^^^^^^^^^^^^^^^^ error invalid-date: 30 February 1917 does not exist: February 1917 had 28 days
    `, NEW_STYLE_RUSSIA);
  });

  it('marks only the bad side of a dual date', () => {
    checkDiagnostics(`
      On 13 March (O.S. 30 February) 1917 nothing happened.
                        ^^^^^^^^^^^ error invalid-date: 30 February 1917 does not exist: February 1917 had 28 days
    `, NEW_STYLE_RUSSIA);
  });

  it('reports a day number no month has, with a month name and a year, in every word order, without a fix', () => {
    const { findings } = checkDiagnostics(`
      The strike began on 32 March 1917 and spread.
                          ^^^^^^^^^^^^^ error invalid-date: 32 March 1917 is not a date: no month has 32 days
      Some write the 40th of May 1917, others May 0, 1917, and one 45 марта 1917 г.
                     ^^^^^^^^^^^^^^^^ error invalid-date: 40th of May 1917 is not a date: no month has 40 days
                                              ^^^^^^^^^^^ error invalid-date: May 0, 1917 is not a date: there is no day 0
                                                                   ^^^^^^^^^^^^^^^^ error invalid-date: 45 марта 1917 г. is not a date: no month has 45 days
    `, NEW_STYLE_RUSSIA);
    assert.ok(findings.every((f) => f.fixes.length === 0));
  });

  it('reports an ISO date whose month or day no calendar has', () => {
    checkDiagnostics(`
      The file is dated 1917-13-45, the copy 1917-03-32 and the index 1917-00-07.
                        ^^^^^^^^^^ error invalid-date: 1917-13-45 is not a date: there is no month 13, and no month has 45 days
                                             ^^^^^^^^^^ error invalid-date: 1917-03-32 is not a date: no month has 32 days
                                                                      ^^^^^^^^^^ error invalid-date: 1917-00-07 is not a date: there is no month 0
      A day not known has a month all the same: 1917-13-00.
                                                ^^^^^^^^^^ error invalid-date: 1917-13-00 is not a date: there is no month 13, and there is no day 0
    `, NEW_STYLE_RUSSIA);
  });

  it('leaves alone numbers that only look like impossible dates, and an ISO day 00 (a day not known)', () => {
    checkDiagnostics(`
      Of 300 delegates, 45 men marched in March 1917; 32.03.1917 is a file number,
      the range 1917-13 and the code 1917-13-45-2 are not dates, nor is 100 May or 50 March.
      A table's day not known: | Courland | 1617-00-00 | 1617-03-00 |
    `, NEW_STYLE_RUSSIA);
  });

  it('keeps the year of an impossible date as the year of later dates', () => {
    // 29 February alone takes 1917 from the broken date before it: 1917 had no 29 February.
    checkDiagnostics(`
      On 32 January 1917 (sic) the order was drafted; it was signed on 29 February.
         ^^^^^^^^^^^^^^^ error invalid-date: 32 January 1917 is not a date: no month has 32 days
                                                                       ^^^^^^^^^^^ error invalid-date: 29 February 1917 does not exist: February 1917 had 28 days
    `, NEW_STYLE_RUSSIA);
  });

  it('accepts leap days that exist: 29 February 1904, 29 February 2000, and 29 February 1900 marked O.S.', () => {
    checkDiagnostics(`
      On 29 February 1904, on 29 February 2000 and on 29 February 1900 (O.S.) the clerks worked.
    `, NEW_STYLE_RUSSIA);
  });

  it('does not flag a day the sentence says was not: "there is no 31 April", "Sweden dropped 29 February 1700"', () => {
    checkDiagnostics(`
      There is no 31 April, and Sweden dropped 29 February 1700; the eleven days 3–13 September 1752 were omitted in Britain.
      The order of 31 April 1917 was signed on 29 February 1900.
                   ^^^^^^^^^^^^^ error invalid-date: 31 April 1917 does not exist: April 1917 had 30 days
                                               ^^^^^^^^^^^^^^^^ error invalid-date: 29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)
    `, NEW_STYLE_RUSSIA);
  });
});

describe('invalid-date: a year written after the marker', () => {
  it('reads "29 February (N.S.) 1900" in 1900, a year the Gregorian calendar gives no 29 February', () => {
    checkDiagnostics(`
      The decree is dated 29 February (N.S.) 1900 in the archive, and 29 February (O.S.) 1900 in the copy.
                          ^^^^^^^^^^^ error invalid-date: …
    `, NEW_STYLE_RUSSIA);
  });
});

describe('invalid-date: a yearless day takes a year of its sentence under which it exists', () => {
  it('reads Sweden\'s "this extra day became February 30th" in 1712, not in 1700, the nearer year', () => {
    // Round 36 (false-alarm probe 5, from probe 3's Swedish page): the nearest year, 1700, has no 30 February.
    checkDiagnostics(`
      Sweden went back to the Julian calendar in 1712, and had to add back the leap day it skipped in 1700; this extra day became February 30th.
    `);
  });

  it('takes a later year of its sentence when no earlier one has the day ("On 29 Feb. in 1768", "29 Feb., A.D. 1768")', () => {
    // Round 48: the day took 1750, the year of the sentence before, and was flagged as a day February 1750 never had.
    checkDiagnostics(`
      He came to Bath in 1750. On 29 Feb. in 1768 he wrote to his brother. The letter is dated 29 Feb., A.D. 1768.
    `, { region: 'britain' });
    // The earlier year of its own sentence still comes first; a later year that has no such day lends none.
    checkDiagnostics(`
      He came to Bath in 1750. In 1764, on 29 February, he wrote again, and in 1768 once more.
      He came to Bath in 1750. On 29 February he wrote again, and in 1769 once more.
                                  ^^^^^^^^^^^ error invalid-date: 29 February 1750 does not exist: February 1750 had 28 days
    `, { region: 'britain' });
  });

  it('still flags the day when no year of its sentence has it, and takes no year from another sentence', () => {
    checkDiagnostics(`
      Sweden went back to the Julian calendar in 1712. The leap day skipped in 1701 was then added; it became February 30th.
                                                                                                              ^^^^^^^^^^^^^ error invalid-date: 30 February 1701 does not exist: February 1701 had 28 days
    `);
  });
});

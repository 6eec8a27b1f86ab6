// Diagnostic: weekday-mismatch
//
// A stated weekday disagrees with its date; the message says when the weekday fits the other calendar's reading
// (7 November 1917 N.S. was a Wednesday; 7 November 1917 O.S. was a Tuesday). Producer:
// server/src/analysis/checks/weekdayMismatch.ts.
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';
import { Analyzer, analyze } from '../../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS, type Settings } from '../../../server/src/analysis/types';
import { bundledDataset } from '../../../server/src/dataset/bundled';

describe('weekday-mismatch', () => {
  it('reads an undotted OS after a date with its year as its marker (Stambolov\'s lead, batch 21)', () => {
    // 31 January 1854 O.S. was a Sunday (a Tuesday N.S.); 6 July 1895 O.S. a Thursday (a Saturday N.S.).
    checkDiagnostics(`
      He was born on Sunday, 31 January 1854 OS in Tarnovo, and died on Saturday, 6 July 1895 OS in Sofia.
                                                                        ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 6 July 1895 (O.S.) was a Thursday, not a Saturday
    `, { calendar: 'gregorian', region: 'bulgaria' });
  });

  it('reads Time\'s dotted "May." in a dateline, so its weekday is checked (batch 30)', () => {
    // Time, 12 May 1923: "Saturday, May. 12, 1923" is right in Greece's new Gregorian calendar; a Friday is not.
    checkDiagnostics(`
      Saturday, May. 12, 1923

      Friday, May. 12, 1923
      ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 12 May 1923 (N.S.) was a Saturday, not a Friday; read as O.S., 12 May 1923 was a Friday, so the date may be O.S.
    `, { region: 'greece' });
  });

  it('gives a yearless date no year from a count before it ("capturing 1000 muskets")', () => {
    // Langiewicz (batch 21): read in the year 1000, the Julian weekday of a Polish day went unchecked.
    checkDiagnostics(`
      The rising began in 1863. He captured 1000 muskets; on Monday, 18 March he took refuge in Austria.
                                                             ^^^^^^^^^^^^^^^^ warning weekday-mismatch: 18 March 1863 (N.S.) was a Wednesday, not a Monday; read as O.S., 18 March 1863 was a Monday, so the date may be O.S.
    `, { region: 'poland' });
  });

  it('checks a day whose year follows a comma ("Sunday, 20 March, 1815", as older English prints it)', () => {
    // Round 42 (batch 28): the Final Act of Vienna's annexes; the year was not read, so the weekday went unchecked.
    // 20 March 1815 was a Monday N.S. and a Saturday O.S.: Sunday fits neither.
    checkDiagnostics(`
      The Declaration was signed at Vienna on Sunday, 20 March, 1815.
                                              ^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 20 March 1815 (N.S.) was a Monday, not a Sunday
    `, { region: 'britain' });
  });

  it('names the right weekday and notes that the stated one fits the O.S. reading', () => {
    const { findings } = checkDiagnostics(`
      On Tuesday, 7 November 1917 the Bolsheviks struck.
         ^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 7 November 1917 (N.S.) was a Wednesday, not a Tuesday; read as O.S., 7 November 1917 was a Tuesday, so the date may be O.S.
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.safe]), [
      ['Read the date as O.S. (mark it)', false],
      ['Change the weekday to Wednesday', false],
    ]);
  });

  it('a traveller who says the place dates days behind him writes New Style: his weekdays are read so', () => {
    // 4 August 1839 was a Sunday N.S. and a Friday O.S.
    checkDiagnostics(`
      The Russians date twelve days behind us: to-day is the 31st of July with them.

      Sunday, 4th August 1839. We heard mass in the cathedral.
    `, { region: 'russia' });
    checkDiagnostics(`
      The Russians keep their own holidays.

      Sunday, 4th August 1839. We heard mass in the cathedral.
      ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 4 August 1839 (O.S.) was a Friday, not a Sunday; read as N.S., 4 August 1839 was a Sunday, so the date may be N.S.
              ^^^^^^^^^^^^^^^ information ambiguous-calendar: 4 August 1839 is not marked, and no convention is stated: …
    `, { region: 'russia' });
  });

  it('a date given as the day of a Hebrew date beside it is read in the calendar that makes it that day', () => {
    // Batch 25 (a Chabad history, in a text about Russia): 18 Tishri 5561 was Tuesday 7 October 1800 N.S.; read in
    // Russia's Julian calendar, 7 October 1800 was a Sunday. A weekday that fits neither reading is still wrong.
    checkDiagnostics(`
      The imperial order arrived on the second day of Chol HaMoed Sukkos, 18 Tishrei 5561 [Tuesday, October 7, 1800].
    `, { region: 'russia' });
    checkDiagnostics(`
      The imperial order arrived on the second day of Chol HaMoed Sukkos, 18 Tishrei 5561 [Monday, October 7, 1800].
                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 7 October 1800 (N.S.) was a Tuesday, not a Monday
    `, { region: 'russia' });
  });

  it('a telegram dated from a place that was Gregorian that day is read there: "STOCKHOLM, Thursday, March 15, 1917"', () => {
    // Batch 19 (a State Department telegram of 1917, in a text about Russia): 15 March 1917 was a Thursday N.S., a
    // Wednesday O.S.; Stockholm had kept the Gregorian calendar since 1753.
    checkDiagnostics(`
      The Duma met in Petrograd.

      STOCKHOLM, Thursday, March 15, 1917, 6 p. m.
    `, { region: 'russia' });
    checkDiagnostics(`
      The Duma met in Petrograd.

      STOCKHOLM, Wednesday, March 15, 1917, 6 p. m.
                 ^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 15 March 1917 (N.S.) was a Thursday, not a Wednesday; read as O.S., 15 March 1917 was a Wednesday, so the date may be O.S.
    `, { region: 'russia' });
    // A place that was Julian decides nothing: a Briton in Petersburg dated his letters New Style.
    checkDiagnostics(`
      Our ambassador wrote home from Russia.

      St. Petersburg, Thursday, March 15, 1917.
    `, { region: 'britain' });
  });

  it('a weekday that fits the year counted from 25 March is the writer\'s reckoning: "Tuesday, 30 January 1648" is 1648/9', () => {
    // Batch 19 (the regicide and the newsbooks): 30 January 1648/9 O.S. was a Tuesday; 30 January 1648 a Sunday.
    checkDiagnostics(`
      The King was beheaded at Whitehall on Tuesday, 30 January 1648, before a great crowd.
    `, { region: 'britain', calendar: 'julian' });
    // A newsbook's dates: the first day of the range takes the year written after the last, through the printer's periods.
    checkDiagnostics(`
      The newsbooks of 1648.

      A Perfect Diurnall, No. 288: From Monday, January 29. to Monday, February 5. 1648.

      Mercurius Politicus, No. 1: From Thursday, June 6. to Thursday, June 13. 1650.
    `, { region: 'britain', calendar: 'julian' });
    checkDiagnostics(`
      Mercurius Politicus, No. 1: From Thursday, June 6. to Friday, June 13. 1650.
                                                            ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 13 June 1650 (O.S.) was a Thursday, not a Friday
    `, { region: 'britain', calendar: 'julian' });
    // A weekday that fits neither year is still wrong, and so is one in a region whose year did not begin on 25 March.
    checkDiagnostics(`
      The King was beheaded at Whitehall on Wednesday, 30 January 1648, before a great crowd.
                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 30 January 1648 (O.S.) was a Sunday, not a Wednesday
    `, { region: 'britain', calendar: 'julian' });
    checkDiagnostics(`
      The envoy was received in Moscow on Tuesday, 30 January 1648.
                                          ^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 30 January 1648 (O.S.) was a Sunday, not a Tuesday
    `, { region: 'russia', calendar: 'julian' });
  });

  it('a pair whose O.S. side is numbered by the legal year names its N.S. day: the weekday is checked against that day', () => {
    // Batch 22 (George Fox in a Wikipedia mirror): "13 January 1691 O.S. (23 January 1692 N.S.)" is 13 January 1691/2;
    // 23 January 1692 N.S. was a Wednesday. The pair itself is no finding, so its weekday must not go unchecked.
    checkDiagnostics(`
      George Fox died on Wednesday, 13 January 1691 O.S. (23 January 1692 N.S.), in London.

      Benjamin Franklin was born on Sunday, January 17, 1706 [O.S. January 6, 1705], in Boston.
    `, { region: 'britain' });
    checkDiagnostics(`
      George Fox died on Saturday, 13 January 1691 O.S. (23 January 1692 N.S.), in London.
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 23 January 1692 (N.S.) was a Wednesday, not a Saturday

      Benjamin Franklin was born on Friday, January 17, 1706 [O.S. January 6, 1705], in Boston.
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 17 January 1706 (N.S.) was a Sunday, not a Friday
    `, { region: 'britain' });
    // A weekday that fits the O.S. side's year as written (13 January 1691 was a Tuesday, 6 January 1705 a Saturday)
    // may make the N.S. year the slip: no weekday finding.
    checkDiagnostics(`
      George Fox died on Tuesday, 13 January 1691 O.S. (23 January 1692 N.S.), in London.

      Benjamin Franklin was born on Saturday, January 17, 1706 [O.S. January 6, 1705], in Boston.
    `, { region: 'britain' });
  });

  it('a pair whose sides differ: a weekday that fits neither side in either calendar is a second slip, checked against the side it is written on (round 39)', () => {
    // The Putilov strike (dev): 18 February 1917 O.S. was a Saturday (3 March N.S.); 2 March 1917 N.S. was a Friday.
    const { findings } = checkDiagnostics(`
      The strike began on Tuesday, February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar) in Petrograd.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 18 February 1917 (O.S.) was a Saturday, not a Tuesday
                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 18 February 1917 (O.S.) is 3 March 1917 (N.S.), not 2 March
    `, { region: 'russia' });
    // The pair leaves open which side is wrong, so the weekday's fix is not one of the safe ones.
    const weekdayFix = findings.find((f) => f.code === 'weekday-mismatch')!.fixes[0];
    assert.deepEqual([weekdayFix.title, weekdayFix.safe], ['Change the weekday to Saturday', false]);
    // A weekday that fits a side in some calendar (Friday: 2 March N.S.; Saturday: 18 February O.S.; Sunday: 18
    // February read as N.S.) may say which side is right: the pair's mismatch alone is reported.
    for (const day of ['Friday', 'Saturday', 'Sunday']) {
      const text = `The strike began on ${day}, 18 February (2 March) 1917 in Petrograd.`;
      const { findings: some } = analyze(text, bundledDataset(), { ...DEFAULT_SETTINGS, region: 'russia' });
      assert.deepEqual(some.map((f) => f.code), ['dual-date-mismatch'], day);
    }
    // A side with its own label is read in that calendar only (round 50): Sunday fits 18 February as N.S., which the
    // writer's "according to the Julian calendar" rules out, so it fits no side and is a second slip.
    checkDiagnostics(`
      The strike began on Sunday, February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar) in Petrograd.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 18 February 1917 (O.S.) was a Saturday, not a Sunday
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 18 February 1917 (O.S.) is 3 March 1917 (N.S.), not 2 March
    `, { region: 'russia' });
    // Saturday, the labelled O.S. side's own weekday, still says which side is right.
    const labelled = analyze('The strike began on Saturday, February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar).', bundledDataset(), { ...DEFAULT_SETTINGS, region: 'russia' });
    assert.deepEqual(labelled.findings.map((f) => f.code), ['dual-date-mismatch']);
  });

  it('a double year written with a dash in full, "February 5th, 1665–1666 O.S.", dates the weekday in the later year', () => {
    // The 1911 Britannica on the Oxford Gazette (batch 19): 5 February 1665/6 O.S. was a Monday (5 February 1665 a Sunday).
    checkDiagnostics(`
      With the publication of the 24th number (Monday, February 5th, 1665–1666 O.S.) the Oxford Gazette became the London Gazette.
    `, { region: 'britain' });
    checkDiagnostics(`
      With the publication of the 24th number (Sunday, February 5th, 1665–1666 O.S.) the Oxford Gazette became the London Gazette.
                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 5 February 1666 (O.S.) was a Monday, not a Sunday
    `, { region: 'britain' });
  });

  it('a date a British writer marks with Russia\'s calendar, "January 1 (Russian) 1813", is read as O.S. for its weekday', () => {
    // Watson's History of Persia (1866), batch 16: 1 January 1813 O.S. (13 January N.S.) was a Wednesday; N.S. a Friday.
    checkDiagnostics(`
      Lankoran was taken by assault on Wednesday, January 1 (Russian) 1813.

      The fort fell on Wednesday, 1 January 1813 (Russian style).
    `, { region: 'britain' });
    checkDiagnostics(`
      Lankoran was taken by assault on Wednesday, January 1, 1813.
                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 1 January 1813 (N.S.) was a Friday, not a Wednesday; read as O.S., 1 January 1813 was a Wednesday, so the date may be O.S.
    `, { region: 'britain' });
  });

  it('without the other-calendar note when the weekday fits neither reading; the fix keeps the abbreviation (the dot stays outside the edit)', () => {
    const { findings } = checkDiagnostics(`
      On Mon. 7 November 1917 the Bolsheviks struck.
         ^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 7 November 1917 (N.S.) was a Wednesday, not a Monday
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes.map((f) => [f.edits[0].newText, f.safe]), [['Wed', true]]);
  });

  it('accepts right weekdays, abbreviated or not, in either calendar', () => {
    checkDiagnostics(`
      Wed. 7 November 1917 and Wednesday, 7 November 1917; Wednesday, 25 October 1917 (O.S.).
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      Britain woke on Thursday, 14 September 1752.
    `, { calendar: 'gregorian', region: 'britain' });
  });

  it('in a New Style document, the sentence that names both edges of a switch reads the last Julian day as Julian, even where it says "the Gregorian calendar"', () => {
    checkDiagnostics(`
      In Britain, Wednesday 2 September 1752 was followed by Thursday 14 September 1752.

      In Russia, Wednesday 31 January 1918 was followed by Thursday 14 February 1918.

      Denmark–Norway adopted the Gregorian calendar in 1700: Sunday, February 18 was followed by Monday, March 1.

      In Sweden, Tuesday 17 February 1753 was followed by Thursday 1 March 1753.
                 ^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 17 February 1753 (O.S.) was a Wednesday, not a Tuesday

      In Britain the post left on Wednesday 2 September 1752.
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 2 September 1752 (N.S.) was a Saturday, not a Wednesday; read as O.S., 2 September 1752 was a Wednesday, so the date may be O.S.
                                            ^^^^^^^^^^^^^^^^ information calendar-mixup: 2 September 1752 is the O.S. date of the adoption of the Gregorian calendar in Britain (not named here), 13 September 1752 N.S.; this document reads unmarked dates as New Style
    `, { calendar: 'gregorian', region: 'auto' });
  });

  it("in an Old Style document, the same sentence reads another region's first Gregorian day as Gregorian", () => {
    checkDiagnostics(`
      In Britain, Wednesday 2 September 1752 was followed by Thursday 14 September 1752.
    `, { calendar: 'julian', region: 'russia' });
  });

  it('a weekday on the label an earlier pair gave the other calendar\'s side of that day restates that side', () => {
    // Transylvania was Gregorian in 1848; its Romanians kept the Julian calendar. 3 May 1848 O.S. = 15 May N.S., a Monday;
    // 3 May 1848 N.S. was a Wednesday.
    checkDiagnostics(`
      The Romanians of Transylvania met at Blaj on 3/15 May 1848. On Monday, 3 May, the bishops opened the assembly.
    `, { region: 'transylvania' });
    checkDiagnostics(`
      The Romanians of Transylvania met at Blaj on 3 (15) May 1848. On Monday, 3 May 1848, the bishops opened it.
    `, { region: 'transylvania' });
    // Without the pair, nothing says the day is Old Style; a weekday that fits neither reading is wrong either way.
    checkDiagnostics(`
      The Romanians of Transylvania met at Blaj. On Monday, 3 May 1848, the bishops opened the assembly.
                                                    ^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 3 May 1848 (N.S.) was a Wednesday, not a Monday; read as O.S., 3 May 1848 was a Monday, so the date may be O.S.
    `, { region: 'transylvania' });
    checkDiagnostics(`
      The Romanians of Transylvania met at Blaj on 3/15 May 1848. On Friday, 3 May, the bishops opened the assembly.
                                                                     ^^^^^^^^^^^^^ warning weekday-mismatch: 3 May 1848 (N.S.) was a Wednesday, not a Friday
    `, { region: 'transylvania' });
  });

  it('a weekday that fits the other calendar, where the sentence also gives the day in the calendar the date was read in, is that side\'s', () => {
    // A Western envoy's Monday, 26 December 1825 (N.S.) is the Senate Square rising of 14 December 1825 (O.S.).
    checkDiagnostics(`
      The ambassador wrote on Monday, 26 December 1825, that the guards had refused the oath; Russian histories date the rising 14 December.
                                      ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 26 December 1825 and 1 other date are not marked, …
    `, { region: 'russia' });
    // Without that day in the sentence the weekday still does not fit the date as read.
    checkDiagnostics(`
      The ambassador wrote on Monday, 26 December 1825, that the guards had refused the oath. Russian histories date the rising 14 December.
                              ^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 26 December 1825 (O.S.) was a Saturday, not a Monday; …
                                      ^^^^^^^^^^^^^^^^ information calendar-mixup: 26 December 1825 is the N.S. date of the Decembrist revolt (not named here), …
                                      ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 26 December 1825 and 1 other date are not marked, …
    `, { region: 'russia' });
  });
});

describe('weekday-mismatch: a day of a place abroad', () => {
  it('a weekday of the Gregorian reading, in a sentence naming a place then Gregorian, is that place\'s day where nothing else decides', () => {
    // 4 April 1794 (Racławice, Gregorian Poland) was a Friday; read as O.S. it would be a Tuesday.
    checkDiagnostics(`
      Suvorov was sent against the Poles in 1794.

      On Friday, 4 April 1794, Kościuszko's scythemen won at Racławice near Kraków.
                 ^^^^^^^^^^^^ information ambiguous-calendar: 4 April 1794 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (4 April 1794 O.S. = 15 April 1794 N.S.; as N.S. it would be 24 March 1794 O.S.)
    `, { region: 'russia' });
    // No place abroad in the sentence, a place abroad that was then Julian (Jassy, Moldavia), or a stated convention:
    // read in Russia's calendar.
    for (const place of ['Racławice', 'Jassy']) {
      checkDiagnostics(`
        Suvorov was sent against the rebels in 1794.

        On Friday, 4 April 1794, the scythemen won at ${place}.
           ^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 4 April 1794 (O.S.) was a Tuesday, not a Friday; read as N.S., 4 April 1794 was a Friday, so the date may be N.S.
                   ^^^^^^^^^^^^ information ambiguous-calendar: 4 April 1794 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (4 April 1794 O.S. = 15 April 1794 N.S.; as N.S. it would be 24 March 1794 O.S.)
      `, { region: 'russia' });
    }
    checkDiagnostics(`
      Dates are given in the Old Style. Suvorov was sent against the Poles in 1794.

      On Friday, 4 April 1794, Kościuszko's scythemen won at Racławice near Kraków.
         ^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 4 April 1794 (O.S.) was a Tuesday, not a Friday; read as N.S., 4 April 1794 was a Friday, so the date may be N.S.
    `, { region: 'russia' });
  });
});

describe('weekday-mismatch: a day the United States kept', () => {
  it('a weekday of the Gregorian reading, in a sentence naming the United States, is its day (Alaska Day, round 40)', () => {
    // 18 October 1867 was a Friday in the Gregorian calendar the United States kept at Sitka; read as O.S. a Wednesday.
    checkDiagnostics(`
      Russian America was sold in 1867.

      On Friday, 18 October 1867, the commissioners of the United States took possession at Sitka.
                 ^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 October 1867 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (18 October 1867 O.S. = 30 October 1867 N.S.; as N.S. it would be 6 October 1867 O.S.)
    `, { region: 'russia' });
    // Without the United States the day is read in Russia's calendar, and the weekday is a slip.
    checkDiagnostics(`
      Russian America was sold in 1867.

      On Friday, 18 October 1867, the commissioners took possession at Sitka.
         ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 18 October 1867 (O.S.) was a Wednesday, not a Friday; read as N.S., 18 October 1867 was a Friday, so the date may be N.S.
                 ^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 October 1867 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (18 October 1867 O.S. = 30 October 1867 N.S.; as N.S. it would be 6 October 1867 O.S.)
    `, { region: 'russia' });
    // "U.S." names it too; "U.S.S.R." does not (Russia's word, Julian in 1867).
    checkDiagnostics(`
      Russian America was sold in 1867.

      On Friday, 18 October 1867, the U.S. flag was raised at Sitka.
                 ^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 October 1867 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (18 October 1867 O.S. = 30 October 1867 N.S.; as N.S. it would be 6 October 1867 O.S.)
    `, { region: 'russia' });
    checkDiagnostics(`
      Russian America was sold in 1867.

      On Friday, 18 October 1867, by a book printed in the U.S.S.R., the flag was lowered at Sitka.
         ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 18 October 1867 (O.S.) was a Wednesday, not a Friday; read as N.S., 18 October 1867 was a Friday, so the date may be N.S.
                 ^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 October 1867 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (18 October 1867 O.S. = 30 October 1867 N.S.; as N.S. it would be 6 October 1867 O.S.)
    `, { region: 'russia' });
    // So does its navy's prefix, and Britain's names hers (Gregorian after 1752).
    checkDiagnostics(`
      Russian America was sold in 1867.

      On Friday, 18 October 1867, the USS Ossipee fired the salute at Sitka.
                 ^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 October 1867 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (18 October 1867 O.S. = 30 October 1867 N.S.; as N.S. it would be 6 October 1867 O.S.)
    `, { region: 'russia' });
    // 2 June 1856 was a Monday in the Gregorian calendar, a Saturday in the Julian.
    for (const prefix of ['HMS', 'H.M.S.']) {
      checkDiagnostics(`
        The Baltic was open again after the war.

        ${prefix} Valorous anchored off Kronstadt on Monday, 2 June 1856.
        ${' '.repeat(prefix.length)}                                            ^^^^^^^^^^^ information ambiguous-calendar: 2 June 1856 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (2 June 1856 O.S. = 14 June 1856 N.S.; as N.S. it would be 21 May 1856 O.S.)
      `, { region: 'russia' });
    }
    // A weekday that fits neither calendar is a slip wherever the day was kept.
    checkDiagnostics(`
      Russian America was sold in 1867.

      On Monday, 18 October 1867, the commissioners of the United States took possession at Sitka.
         ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 18 October 1867 (O.S.) was a Wednesday, not a Monday
                 ^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 October 1867 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (18 October 1867 O.S. = 30 October 1867 N.S.; as N.S. it would be 6 October 1867 O.S.)
    `, { region: 'russia' });
  });
});

describe('weekday-mismatch: a day of a place abroad, named in the heading right above', () => {
  it('reads the place there, and an Analyzer reused across edits of the heading agrees with a fresh analysis', () => {
    const dataset = bundledDataset();
    const analyzer = new Analyzer(dataset);
    const settings: Settings = { ...DEFAULT_SETTINGS, region: 'russia' };
    const body = 'On Friday, 4 April 1794, the scythemen won at Racławice.';
    const texts = [`# Near Kraków\n${body}`, `# Near the river\n${body}`, `# Near Kraków\n${body}`];
    const codes = texts.map((text) => {
      const incremental = analyzer.analyze(text, settings);
      assert.deepStrictEqual(incremental, analyze(text, dataset, settings));
      return incremental.findings.map((f) => f.code);
    });
    assert.deepEqual(codes, [['ambiguous-calendar'], ['weekday-mismatch', 'ambiguous-calendar'], ['ambiguous-calendar']]);
  });
});

describe('weekday-mismatch: a label before the weekday', () => {
  it('reads the date that a phrase right after another date restates in the other calendar in that calendar, and an attached phrase holds after the region\'s reform', () => {
    // 24 October 1812 N.S. = 12 October O.S., both a Saturday; Alaska kept Russia's Julian calendar until October 1867.
    checkDiagnostics(`
      The city surrendered on Saturday 24 October 1812, or Saturday 12 October 1812 by the Julian calendar.
      The city surrendered on Sunday 24 October 1812, or Saturday 12 October 1812 by the Julian calendar.
                              ^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 24 October 1812 (N.S.) was a Saturday, not a Sunday
    `, { region: 'russia' });
    checkDiagnostics(`
      Alaska's first Gregorian day was Friday 18 October 1867, the day after Friday 6 October 1867 in the Julian calendar.
    `, { region: 'british-america' });
  });

  it('reads the date right before a bracket whose first date restates it with a calendar phrase in the other calendar, also without years ("4 December that year (24 November under the Julian calendar …)")', () => {
    // 4 December 1639 N.S. was a Sunday (24 November O.S.); read as O.S. it would be a Wednesday.
    checkDiagnostics(`
      Both were active in 1639. Horrocks observed it on Sunday, 4 December that year (24 November under the Julian calendar then used in England).

      Both were active in 1639. Crabtree observed it on Wednesday, 4 December that year (24 November under the Julian calendar then used in England).
                                                        ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 4 December 1639 (N.S.) was a Sunday, not a Wednesday
    `, { region: 'britain' });
    // A day in the bracket that is no other calendar's name of it (not 10–13 days off) restates nothing: the date keeps
    // the region's calendar of the time, where the weekday fits.
    checkDiagnostics(`
      Both were active in 1639. Gascoigne wrote on Wednesday, 4 December that year (14 November in the Julian calendar).
    `, { region: 'britain' });
  });

  it('reads "NS: Thursday, 25 December 1642" as a New Style date in an Old Style document, as genealogy pages write their fields', () => {
    checkDiagnostics(`
      Isaac Newton was born [OS: Sunday, 25 December 1642 NS: Sunday, 4 January 1643] at Woolsthorpe.

      A letter of NS: Thursday, 25 December 1642 reached him.

      A letter of NS: Sunday, 25 December 1642 reached him.
                      ^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 25 December 1642 (N.S.) was a Thursday, not a Sunday
    `, { calendar: 'julian', region: 'britain' });
  });
});

describe('weekday-mismatch: a year written after the marker', () => {
  it('reads "Wednesday, 8 March (N.S.) 1917" in 1917', () => {
    checkDiagnostics(`
      On Wednesday, 8 March (N.S.) 1917 the women of Petrograd marched; on Thursday, 23 February (O.S.) 1917 they did.
         ^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 8 March 1917 (N.S.) was a Thursday, not a Wednesday
    `, NEW_STYLE_RUSSIA);
  });
});

describe('weekday-mismatch: the older English ordinals', () => {
  it('reads "Monday, 2d September, 1666" (the Great Fire began on Sunday 2 September 1666 O.S.)', () => {
    const { findings } = checkDiagnostics(`
      On Monday, 2d September, 1666, the fire began in Pudding Lane.
         ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 2 September 1666 (O.S.) was a Sunday, not a Monday
    `, { calendar: 'julian', region: 'britain' });
    assert.deepEqual(findings[0].fixes.map((f) => f.edits[0].newText), ['Sunday']);
  });

  it('a yearless date whose weekday fits the year of an earlier date of its month, not the aside\'s year, is that year\'s', () => {
    // 30 January 1649 (O.S., England) was a Tuesday; 30 January 1888 (N.S.) a Monday.
    const opening = 'The trial of the king began on January 20th, 1649. The warrant was found again in 1813 and sold in 1888.';
    checkDiagnostics(`
      ${opening}

      On Tuesday January 30th the sentence was carried out at Whitehall in London.
    `, { region: 'britain', calendar: 'julian' });
    checkDiagnostics(`
      ${opening}

      On Wednesday January 30th the sentence was carried out at Whitehall in London.
         ^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 30 January 1888 (N.S.) was a Monday, not a Wednesday
    `, { region: 'britain', calendar: 'julian' });
  });

  it('a label the switch skipped, named as the day it became, keeps the old calendar\'s weekday', () => {
    // Greece: Julian 16 February 1923 became Gregorian 1 March 1923, a Thursday; Gregorian 16 February was a Friday.
    checkDiagnostics(`
      The decree declared that Thursday 16 February 1923 would be Thursday 1 March 1923 in Greece.
    `, { region: 'greece' });
    checkDiagnostics(`
      The decree declared that Wednesday 16 February 1923 would be Thursday 1 March 1923 in Greece.
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 16 February 1923 (N.S.) was a Friday, not a Wednesday
    `, { region: 'greece' });
  });

  it('an Old Style convention with no region known does not reach past the last reform: a blog post\'s date is New Style', () => {
    // 14 February 2018 (N.S.) was a Wednesday; 14 February 1917 was a Tuesday by the Julian calendar, a Wednesday by the Gregorian.
    checkDiagnostics(`
      Posted on Wednesday, 14 February 2018.
    `, { calendar: 'julian' });
    checkDiagnostics(`
      The letter is dated Wednesday, 14 February 1917.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 14 February 1917 (O.S.) was a Tuesday, not a Wednesday; …
    `, { calendar: 'julian' });
  });
});

describe('weekday-mismatch: a region Clio only inferred', () => {
  // 29 September 1841 was a Wednesday N.S. and a Monday O.S.; 14 July 1789 a Tuesday N.S. and a Saturday O.S.
  it('notes, does not warn, a weekday that fits New Style where only the text\'s place words made the date Old Style', () => {
    checkDiagnostics(`
      The mail steamer reached St. Petersburg, Russia, on Wednesday 29 September 1841.
                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ information weekday-mismatch: 29 September 1841 (O.S.) was a Monday, not a Wednesday; read as N.S., 29 September 1841 was a Wednesday, so the date may be N.S.
                                                                    ^^^^^^^^^^^^^^^^^ information ambiguous-calendar: 29 September 1841 is not marked, and no convention is stated: …
    `);
  });

  it('still warns where the user set the region, or where the weekday fits the Old Style reading in a Gregorian land', () => {
    checkDiagnostics(`
      The mail steamer reached St. Petersburg, Russia, on Wednesday 29 September 1841.
                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 29 September 1841 (O.S.) was a Monday, not a Wednesday; read as N.S., 29 September 1841 was a Wednesday, so the date may be N.S.
                                                                    ^^^^^^^^^^^^^^^^^ information ambiguous-calendar: 29 September 1841 is not marked, and no convention is stated: …
    `, { region: 'russia' });
    checkDiagnostics(`
      In Paris the crowd took the Bastille on Saturday 14 July 1789.
                                              ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 14 July 1789 (N.S.) was a Tuesday, not a Saturday; read as O.S., 14 July 1789 was a Saturday, so the date may be O.S.
    `);
  });

  it('notes, with the region set, a heading that is only a weekday and a date: a diarist\'s own dateline (round 37)', () => {
    // An English diarist in Moscow heads her entries in New Style: 4 November 1839 was a Monday N.S., a Saturday O.S.
    checkDiagnostics(`
      # Monday 4 November 1839
        ^^^^^^^^^^^^^^^^^^^^^^ information weekday-mismatch: 4 November 1839 (O.S.) was a Saturday, not a Monday; read as N.S., 4 November 1839 was a Monday, so the date may be N.S.
               ^^^^^^^^^^^^^^^ information ambiguous-calendar: 4 November 1839 is not marked, and no convention is stated: …

      Fine morning. Read Karamzin's History of Russia.
    `, { region: 'russia' });
    // A heading that says more, a weekday in a sentence, or one that fits neither calendar is still a warning.
    checkDiagnostics(`
      # Monday 4 November 1839: the Panins call
        ^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 4 November 1839 (O.S.) was a Saturday, not a Monday; read as N.S., 4 November 1839 was a Monday, so the date may be N.S.
               ^^^^^^^^^^^^^^^ information ambiguous-calendar: 4 November 1839 and 1 other date are not marked, and no convention is stated: …

      # Tuesday 4 November 1839
        ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 4 November 1839 (O.S.) was a Saturday, not a Tuesday
    `, { region: 'russia' });
  });

  it('notes, with the region set, a periodical\'s issue date in brackets after its number (round 37)', () => {
    // 6 October 1855 was a Saturday N.S., a Thursday O.S.
    checkDiagnostics(`
      After Household Words, No. 239 (Saturday, 6 October 1855), Peter came to Deptford in 1698.
                                      ^^^^^^^^^^^^^^^^^^^^^^^^ information weekday-mismatch: 6 October 1855 (O.S.) was a Thursday, not a Saturday; read as N.S., 6 October 1855 was a Saturday, so the date may be N.S.
                                                ^^^^^^^^^^^^^^ information ambiguous-calendar: 6 October 1855 is not marked, and no convention is stated: …
    `, { region: 'russia' });
    checkDiagnostics(`
      After Household Words (Saturday, 6 October 1855), Peter came to Deptford in 1698.
                             ^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 6 October 1855 (O.S.) was a Thursday, not a Saturday; read as N.S., 6 October 1855 was a Saturday, so the date may be N.S.
                                       ^^^^^^^^^^^^^^ information ambiguous-calendar: 6 October 1855 is not marked, and no convention is stated: …
    `, { region: 'russia' });
  });
});

describe('weekday-mismatch: a journal entry quoted under a page\'s own dateline', () => {
  it('notes a yearless journal entry quoted under a page\'s own dateline, whose year is the dateline\'s (batch 31 probe)', () => {
    // A blog quoting Wesley's journal (1773) under its post dates: 13 September 2014 was a Saturday, and a Friday in
    // the Julian calendar; the entry's Monday is of its own year, which the page does not give.
    checkDiagnostics(`
      Saturday, May 31, 2014

      Monday, September 13.—My cold remaining, I was ill able to speak.
      ^^^^^^^^^^^^^^^^^^^^ information weekday-mismatch: 13 September 2014 (N.S.) was a Saturday, not a Monday
    `, { region: 'britain' });
  });

  it('still warns on a yearless weekday in the prose under a dateline, or under a date that is not alone on its line', () => {
    checkDiagnostics(`
      Saturday, May 31, 2014

      We met again on Monday, September 13 at the chapel.
                      ^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 13 September 2014 (N.S.) was a Saturday, not a Monday
    `, { region: 'britain' });
    // Whitefield's journal: the entry that writes the year is an entry, not a dateline, and the next one is its year's
    // (1739-40: 24 January 1740 by the modern year, as the double year's own day is named; the right Thursday is quiet).
    checkDiagnostics(`
      Friday, January 11. 1739-40. Went this Morning with some Friends to view a Tract of Land.

      Tuesday, January 24. Went this Morning and took Possession of my Lot.
      ^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 24 January 1740 (O.S.) was a Thursday, not a Tuesday
    `, { region: 'british-america' });
  });

  it('a yearless day under a double year is of the year the day fell in, named as the double year\'s own day is (round 48)', () => {
    // Before round 48 the yearless day took the legal year, 1739, and Wednesday (24 January 1739) went unflagged.
    checkDiagnostics(`
      Friday, January 11. 1739-40. Went this Morning with some Friends to view a Tract of Land.

      Wednesday, January 24. Went this Morning and took Possession of my Lot.
      ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 24 January 1740 (O.S.) was a Thursday, not a Wednesday

      Wednesday, January 24. 1739-40. Went again.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 24 January 1740 (O.S.) was a Thursday, not a Wednesday

      Thursday, January 24. Went again.
    `, { region: 'british-america' });
    // Where the document counts years from 25 March, the yearless day is of the legal year 1739: the same day.
    checkDiagnostics(`
      Friday, January 11. 1739-40. Went this Morning with some Friends to view a Tract of Land.

      Wednesday, January 24. Went this Morning and took Possession of my Lot.
      ^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 24 January 1740 (O.S.) was a Thursday, not a Wednesday

      Thursday, January 24. Went again.
    `, { region: 'british-america', yearStart: 'march' });
  });
});

// Diagnostic: reform-gap
//
// A date read in the region's civil calendar of the time that falls in the days its reform skipped: Russia went
// from 31 January 1918 (O.S.) to 14 February 1918 (N.S.), Britain from 2 to 14 September 1752. The cases use no
// convention (the region's calendar reads the date), so they hold whether or not a New Style document's gap days
// are flagged (they are today; docs/design.md plans otherwise). Producer: server/src/analysis/checks/reformGap.ts.
import assert from 'node:assert/strict';
import { checkDiagnostics } from './annotated';

describe('reform-gap', () => {
  it('flags 5 February 1918 in Russia and offers to read it as O.S.', () => {
    const { findings } = checkDiagnostics(`
      The order is dated 5 February 1918.
                         ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: 31 January 1918 (O.S.) was followed by 14 February 1918 (N.S.). Read as O.S., it is 18 February 1918 (N.S.)
    `, { region: 'russia' });
    assert.deepEqual(findings[0].fixes.map((f) => f.edits[0].newText), ['18 February (O.S. 5 February) 1918']);
  });

  it('flags 8 September 1752 in Britain', () => {
    checkDiagnostics(`
      The letter is dated 8 September 1752.
                          ^^^^^^^^^^^^^^^^ warning reform-gap: 8 September 1752 never existed in Great Britain, Ireland and the British Empire: 2 September 1752 (O.S.) was followed by 14 September 1752 (N.S.). Read as O.S., it is 19 September 1752 (N.S.)
    `, { region: 'britain' });
  });

  it('with a stated weekday, still reports the gap; the weekday finding reads the label as N.S., a real day elsewhere', () => {
    // 5 February 1918 was a Tuesday N.S. and a Monday O.S. Wednesday fits neither reading; Monday the O.S. one,
    // which the reform-gap message gives too. Tuesday, the N.S. weekday, reads the date as N.S.: clean.
    checkDiagnostics(`
      The order is dated Wednesday, 5 February 1918, the reply Monday, 5 February 1918, the copy Tuesday, 5 February 1918.
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 5 February 1918 (N.S.) was a Tuesday, not a Wednesday
                                    ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
                                                               ^^^^^^^^^^^^^^^^^^^^^^^ warning weekday-mismatch: 5 February 1918 (N.S.) was a Tuesday, not a Monday; read as O.S., 5 February 1918 was a Monday, so the date may be O.S.
                                                                       ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
    `, { region: 'russia' });
  });

  it('flags 10 October 1582 in Rome, where the first reform skipped 5–14 October', () => {
    checkDiagnostics(`
      The bull was read on 10 October 1582.
                           ^^^^^^^^^^^^^^^ warning reform-gap: 10 October 1582 never existed in …
    `, { region: 'rome' });
  });

  it('does not flag the days either side of the gap, or a date marked O.S.', () => {
    checkDiagnostics(`
      On 31 January 1918 (O.S.) the old calendar ended; on 14 February 1918 the new one began. The order of 5 February 1918 (O.S.) stood.
    `, { region: 'russia' });
  });

  it('does not flag the skipped days in a sentence that describes the switch by both its edges', () => {
    checkDiagnostics(`
      The day after 2 September 1752 was to be reckoned not 3 September but 14 September. The letter is dated 8 September 1752.
                                                                                                              ^^^^^^^^^^^^^^^^ warning reform-gap: 8 September 1752 never existed in …
    `, { region: 'britain', calendar: 'julian' });
    checkDiagnostics(`
      24 января (6 февраля) 1918 г.

      Первый день после 31 января сего года считать не 1 февраля, а 14 февраля, второй день - считать 15 и т.д.
    `, { region: 'russia', calendar: 'julian' });
  });

  it('does not flag the skipped days themselves: a range wholly in the gap, or a day the sentence denies', () => {
    checkDiagnostics(`
      The eleven days from 3 to 13 September 1752 were omitted. There was no 5 September 1752 in England. He came on 4 September 1752, not on the 3rd.
                                                                                                                     ^^^^^^^^^^^^^^^^ warning reform-gap: 4 September 1752 never existed in …
    `, { region: 'britain', calendar: 'julian' });
    checkDiagnostics(`
      Дни с 1 по 13 февраля 1918 года в России не существовали, а приказ от 5 февраля 1918 года существовал.
                                                                            ^^^^^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
    `, { region: 'russia', calendar: 'julian' });
  });

  it('does not flag a skipped label beside the day it became: 16 February 1923 became 1 March 1923 (Julian 16 February is Gregorian 1 March)', () => {
    checkDiagnostics(`
      In 1923 16 February became 1 March 1923 in Greece; a letter of 20 February 1923 came on 1 March 1923.
                                                                     ^^^^^^^^^^^^^^^^ warning reform-gap: 20 February 1923 never existed in Greece: …
    `, { region: 'greece', calendar: 'julian' });
  });

  it('does not flag a skipped label beside the Julian day it followed at a switch, though the switch is another place\'s', () => {
    // The Spanish Netherlands went from 21 December 1582 to 1 January 1583; Flanders, by Anjou's edict, from 14 to 25
    // December. Each row and sentence gives one switch's edges; 27 December follows no Julian day written beside it.
    checkDiagnostics(`
      | Flanders | 1582-12-14 | 1582-12-25 |
      | Southern Netherlands | 1582-12-20 | 1582-12-31 |

      In Flanders 14 December 1582 was followed by 25 December 1582. A letter of 27 December 1582 came later.
                                                                                 ^^^^^^^^^^^^^^^^ warning reform-gap: 27 December 1582 never existed in Spanish (Southern) Netherlands: Brabant, Flanders, Hainaut: …
    `, { region: 'southern-netherlands', calendar: 'julian' });
  });

  it('with no convention, does not flag a skipped day in a text that dates only days after the switch: the writer writes New Style', () => {
    // Transcaucasia went from 17 April 1918 (O.S.) to 1 May 1918 (N.S.); 22 April 1918 N.S. is 9 April O.S.
    checkDiagnostics(`
      The Seim declared an independent state on 22 April 1918. Georgia declared its independence on 26 May 1918.
    `, { region: 'transcaucasia' });
  });

  it('notes, not warns, a skipped day read Old Style only because the region was inferred from the text\'s place words', () => {
    // Round 50 (a probe page on the Transcaucasian Seim, no settings): "on 22 April proclaimed the federation" of 1918 is
    // the New Style day, which the page writes. Only the region Clio guessed from "Tiflis" read it Old Style, where the
    // day was skipped; the modern calendar, which has it, is as likely. A region set by the user still warns.
    checkDiagnostics(`
      The Seim met in Tiflis on 23 February 1918, and on 22 April 1918 it proclaimed the federation.
                                ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 23 February 1918 is not marked, …
                                                         ^^^^^^^^^^^^^ information reform-gap: 22 April 1918 never existed in Transcaucasia: 17 April 1918 (O.S.) was followed by 1 May 1918 (N.S.). Read as O.S., it is 5 May 1918 (N.S.)
    `);
    checkDiagnostics(`
      The decree was published in Petrograd on 5 February 1918.
                                               ^^^^^^^^^^^^^^^ information reform-gap: 5 February 1918 never existed in Russia: …
    `);
    checkDiagnostics(`
      The decree was published in Petrograd on 5 February 1918.
                                               ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
    `, { region: 'russia' });
    // A convention that reads dates in the local calendar is no guess either.
    checkDiagnostics(`
      All dates are given in the Old Style. The decree was published in Petrograd on 5 February 1918.
                                                                                     ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
    `);
  });

  it('does not flag a skipped day that begins a life across the switch: a day of the new calendar; one that ends it was kept in neither', () => {
    // Round 35 (issue 14): a Soviet life begun in the days Russia skipped, given New Style as such births are.
    checkDiagnostics(`
      Nikolai Sokolov (5 February 1918 – 1 March 1990) was a Soviet physicist, born in Petrograd.
      His father Pavel (12 March 1880 – 10 February 1918) was a teacher.
                        ^^^^^^^^^^^^^ information ambiguous-calendar: …
                                        ^^^^^^^^^^^^^^^^ warning reform-gap: 10 February 1918 never existed in Russia: …
      In 1905 his mother moved to Tver.
    `, { region: 'russia' });
    // Days not joined by a dash are no span.
    checkDiagnostics(`
      The order of 12 March 1880 was renewed on 5 February 1918 and again on 1 March 1990.
                   ^^^^^^^^^^^^^ information ambiguous-calendar: …
                                                ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: 31 January 1918 (O.S.) was followed by 14 February 1918 (N.S.). Read as O.S., it is 18 February 1918 (N.S.)
    `, { region: 'russia' });
  });

  it('still flags it where the text also dates a day before the switch, or where the other dates take their year from it', () => {
    checkDiagnostics(`
      The decree of 24 January 1918 (O.S.) was followed by the order of 5 February 1918 and the congress of 15 March 1918.
                                                                        ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
    `, { region: 'russia' });
    checkDiagnostics(`
      The order is dated 5 February 1918 and was read out on 20 February.
                         ^^^^^^^^^^^^^^^ warning reform-gap: 5 February 1918 never existed in Russia: …
    `, { region: 'russia' });
  });

  it('does not flag the missing day a text about the switch names apart from the sentence that gives both edges', () => {
    // Bulgaria: 31 March 1916 (O.S.) was followed by 14 April 1916 (N.S.); "1 April 1916" is the label that never came.
    checkDiagnostics(`
      # 1 April 1916: the day Bulgaria lost

      By the new law, 31 March 1916 was followed not by 1 April but by 14 April 1916. So 1 April 1916 is the day no Bulgarian lived.
    `, { region: 'bulgaria', calendar: 'julian' });
    checkDiagnostics(`
      # 1 April 1916 in Sofia

      By the new law, 31 March 1916 was followed by 14 April 1916. The garrison paraded on 5 April 1916.
                                                                                           ^^^^^^^^^^^^ warning reform-gap: 5 April 1916 never existed in Bulgaria: …
    `, { region: 'bulgaria', calendar: 'julian' });
    checkDiagnostics(`
      The garrison paraded on 1 April 1916.
                              ^^^^^^^^^^^^ warning reform-gap: 1 April 1916 never existed in Bulgaria: …
                              ^^^^^^^^^^^^ information calendar-mixup: 1 April 1916 is the O.S. date of the adoption of the Gregorian calendar …
    `, { region: 'bulgaria', calendar: 'julian' });
  });

  it('does not flag a skipped label that the document gives as a pair\'s New Style side: alone, it restates that real day', () => {
    // 24 January 1918 (O.S.) is 6 February 1918 (N.S.): the heading names the day the pair gives. The O.S.-first pair
    // makes the text Old Style, which reads an unmarked 6 February 1918 in the gap.
    checkDiagnostics(`
      # 6 February 1918

      On 24 January (6 February) 1918 the Council adopted the calendar decree.
    `, { region: 'russia' });
    // A label the pair does not give is still a day that never was.
    checkDiagnostics(`
      # 7 February 1918
        ^^^^^^^^^^^^^^^ warning reform-gap: 7 February 1918 never existed in Russia: …

      On 24 January (6 February) 1918 the Council adopted the calendar decree.
    `, { region: 'russia' });
  });
  it('does not flag a skipped label that the document gives as a pair\'s Old Style side: it names the pair\'s day', () => {
    // Round 38 (probe 7, the region set as eval sets it): a podcast's timeline under bulgaria. Its own pair says 1 April
    // (O.S.) is 14 April (N.S.), the day this check would read the lone label as.
    checkDiagnostics(`
      - 1916, Apr 1st - Most of Kosovo is given to Bulgaria by Austria-Hungary.
      - 1916, Apr 1/14th - Bulgaria officially switches from the Julian to Gregorian calendars.
    `, { region: 'bulgaria' });
    // A label the pair does not give is still a day that never was.
    checkDiagnostics(`
      - 1916, Apr 2nd - Most of Kosovo is given to Bulgaria by Austria-Hungary.
              ^^^^^^^ warning reform-gap: 2 April 1916 never existed in Bulgaria: …
      - 1916, Apr 1/14th - Bulgaria officially switches from the Julian to Gregorian calendars.
    `, { region: 'bulgaria' });
  });
  it('reads "Apr 1/14th" (the suffix once, on the second day) as the switch\'s pair, not a lone skipped day', () => {
    // Round 34's probe: a timeline's "1916, Apr 1/14th - Bulgaria officially switches from the Julian to Gregorian calendars."
    checkDiagnostics(`
      1916, Apr 1/14th - Bulgaria officially switches from the Julian to Gregorian calendars.
    `);
  });
  it('stays quiet where the text dates, each with its year, two different days the reform skipped: it writes New Style', () => {
    // Round 34's probe: "Situation at Kut on 22 February 1917 … fought on 23 February 1917" (the Ottoman front, region
    // turkey): the writer dates the British advance in the calendar that has those days.
    checkDiagnostics(`
      Situation at Kut on 22 February 1917. The Second Battle of Kut was fought on 23 February 1917.
    `, { region: 'turkey' });
    // The same day twice, each with its year: the Ukrainian treaty's heading and text (region russia).
    checkDiagnostics(`
      # The Bread Peace (9 February 1918)

      The treaty between the Ukrainian People's Republic and the Central Powers was signed on 9 February 1918.
    `, { region: 'russia' });
    // Yearless days under their year witness for each other: a chronicle of Kyiv's Arsenal rising (region russia).
    checkDiagnostics(`
      The Arsenal rising in Kyiv lasted from January to February 1918. By 1 February the Rada held the city; by 2 February
      the revolt was over apart from the factory. On 4 February the troops stormed it.
    `, { region: 'russia' });
    // One such day is one slip, and a yearless day that may take its year from it is no second witness.
    checkDiagnostics(`
      The Second Battle of Kut was fought on 23 February 1917; the advance wore off on 27 February.
                                             ^^^^^^^^^^^^^^^^ warning reform-gap: 23 February 1917 never existed in Ottoman Empire / Turkey: …
    `, { region: 'turkey' });
    // A yearless skipped day after the dated one witnesses where the text gave its year before the dated one: its
    // year does not come from it (probe 4's Kyiv Arsenal page, region russia; round 45).
    checkDiagnostics(`
      On 29 January 1918 the workers of the Arsenal rose against the Rada. The rising was put down by 4 February 1918.
         ^^^^^^^^^^^^^^^ information ambiguous-calendar: 29 January 1918 is not marked, …
      On 8 February the Red Army entered Kyiv.
    `, { region: 'russia' });
    // Where the year before it was another, the yearless day has its year from the dated one: no witness.
    checkDiagnostics(`
      On 29 December 1917 the workers of the Arsenal rose against the Rada. The rising was put down by 4 February 1918.
         ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 29 December 1917 is not marked, …
                                                                                                       ^^^^^^^^^^^^^^^ warning reform-gap: 4 February 1918 never existed in Russia: …
      On 8 February the Red Army entered Kyiv.
    `, { region: 'russia' });
    // Round 38 (probe 7, the region set as eval sets it): a yearless skipped day before the dated one has its year from
    // earlier text, and witnesses for it (the fall of Baghdad, region turkey).
    checkDiagnostics(`
      The Khadairi Bend fell on 19 January 1917. Dahra Bend was taken on 16 February. Finally, the British re-captured
                                ^^^^^^^^^^^^^^^ information ambiguous-calendar: 19 January 1917 is not marked, …
      Kut on 24 February 1917.
    `, { region: 'turkey' });
    // Or its year is its paragraph's narrative, which the dated day gives (analysis/contextYear.ts narrativeYear; round 45).
    checkDiagnostics(`
      The field is protected under the Historic Environment Policy of 2009.

      Mar declared for James on 6 September; the armies met on 11 September 1752.
                                                               ^^^^^^^^^^^^^^^^^ warning reform-gap: 11 September 1752 never existed in Great Britain, Ireland and the British Empire: …
    `, { region: 'britain' });
    // Unless it opens a range that the dated day closes: its year is that day's.
    checkDiagnostics(`
      The Khadairi Bend fell on 19 January 1916. The advance went on 16 February till 24 February 1917.
                                ^^^^^^^^^^^^^^^ information ambiguous-calendar: 19 January 1916 is not marked, …
                                                                                      ^^^^^^^^^^^^^^^^ warning reform-gap: 24 February 1917 never existed in Ottoman Empire / Turkey: …
    `, { region: 'turkey' });
  });
});

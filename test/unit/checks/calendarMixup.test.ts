// Diagnostic: calendar-mixup
//
// An unmarked date read in the document's convention that is the other calendar's day of a known event or birth
// named in the paragraph (warning), or of a known event of the paragraph's region it does not name (information):
// the Petrograd Soviet first met on 27 February 1917 O.S. = 12 March N.S. Producer:
// server/src/analysis/checks/calendarMixup.ts.
import assert from 'node:assert/strict';
import type { Settings } from '../../../server/src/analysis/types';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

describe('calendar-mixup', () => {
  it('an O.S. date of an event named in the paragraph, in a New Style chapter', () => {
    const { findings } = checkDiagnostics(`
      The Petrograd Soviet first met on 27 February 1917 in the Tauride Palace.
                                        ^^^^^^^^^^^^^^^^ warning calendar-mixup: 27 February 1917 is the O.S. date of the Petrograd Soviet, 12 March 1917 N.S.; this document reads unmarked dates as New Style
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits[0].newText, f.safe]), [
      ['Rewrite as 12 March (O.S. 27 February)', '12 March (O.S. 27 February) 1917', true],
      ['Mark as O.S.', ' (O.S.)', false],
    ]);
  });

  it('a person’s O.S. birth date in a New Style chapter', () => {
    checkDiagnostics(`
      Stalin was born on 6 December 1878 in Gori.
                         ^^^^^^^^^^^^^^^ warning calendar-mixup: 6 December 1878 is the O.S. date of Joseph Stalin's birth, 18 December 1878 N.S.; …
    `, NEW_STYLE_RUSSIA);
  });

  it('an N.S. date of a named event in an Old Style chapter', () => {
    checkDiagnostics(`
      The October Revolution broke out on 7 November 1917.
                                          ^^^^^^^^^^^^^^^ warning calendar-mixup: 7 November 1917 is the N.S. date of the October Revolution, 25 October 1917 O.S.; this document reads unmarked dates as Old Style
    `, { calendar: 'julian', region: 'russia' });
  });

  it('a range written as two dates takes the label after its second end: the first end is marked too', () => {
    checkDiagnostics(`
      Elizabeth of Russia (December 18, 1709 – December 25, 1761 (Old Style)) was the daughter of Peter the Great.
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      Elizabeth of Russia (December 18, 1709 – December 25, 1761) was the daughter of Peter the Great.
                           ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 18 December 1709 is the O.S. date of Elizabeth of Russia's birth, 29 December 1709 N.S.; …
                                               ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 25 December 1761 is the O.S. date of Elizabeth of Russia's death, 5 January 1762 N.S.; …
    `, NEW_STYLE_RUSSIA);
  });

  it('the weaker form, information: a known event of the region and year that the paragraph does not name', () => {
    checkDiagnostics(`
      In the capital, on 25 October 1917, the government fell.
                         ^^^^^^^^^^^^^^^ information calendar-mixup: 25 October 1917 is the O.S. date of the end of Dual power (not named here), 7 November 1917 N.S.; this document reads unmarked dates as New Style
    `, NEW_STYLE_RUSSIA);
  });

  it('never flags a date that a marker, a pair or its own sentence explains, nor the right N.S. date', () => {
    checkDiagnostics(`
      The Petrograd Soviet first met on 27 February 1917 (O.S.). The Petrograd Soviet first met on 12 March (O.S. 27 February) 1917. By the Julian calendar the Petrograd Soviet first met on 27 February 1917. The Petrograd Soviet first met on 12 March 1917.
    `, NEW_STYLE_RUSSIA);
  });

  it('a date whose other-calendar day the sentence gives after it is a pair spread over the sentence', () => {
    // The Petrograd Soviet first met on 27 February O.S. = 12 March N.S. A wrong N.S. day later does not excuse it,
    // nor does the same day unmarked or marked O.S. (then the first date is as much in doubt as before).
    checkDiagnostics(`
      The Petrograd Soviet first met on 27 February 1917 (in the Tauride Palace; N.S. 12 March).

      The Petrograd Soviet first met on 27 February 1917 (in the Tauride Palace; N.S. 13 March).
                                        ^^^^^^^^^^^^^^^^ warning calendar-mixup: 27 February 1917 is the O.S. date of the Petrograd Soviet, 12 March 1917 N.S.; …

      The Petrograd Soviet first met on 27 February 1917 (in the Tauride Palace, 1917-03-12).
                                        ^^^^^^^^^^^^^^^^ warning calendar-mixup: 27 February 1917 is the O.S. date of the Petrograd Soviet, 12 March 1917 N.S.; …

      The Petrograd Soviet first met on 12 March 1917 (O.S.) in the Tauride Palace (O.S. 27 February).
                                        ^^^^^^^^^^^^^ warning calendar-mixup: 12 March 1917 is marked O.S., but it is the N.S. date of the Petrograd Soviet (= 27 February 1917 O.S.)
    `, NEW_STYLE_RUSSIA);
  });

  it('a date marked in one calendar that is the other calendar’s day of a named fact', () => {
    checkDiagnostics(`
      Pyotr Stolypin died on 18 September 1911 (O.S.) in Kiev.
                             ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 18 September 1911 is marked O.S., but it is the N.S. date of Pyotr Stolypin's death (= 5 September 1911 O.S.)

      Pyotr Stolypin died on 5 September 1911 (O.S.) in Kiev.
    `, NEW_STYLE_RUSSIA);
  });

  it('a date whose bracket names its calendar in words is marked too ("(according to the Julian calendar)")', () => {
    // Batch 18: the Putilov strike began on 18 February 1917 O.S. = 3 March N.S.
    checkDiagnostics(`
      The Putilov strike began on March 3, 1917 (according to the Julian calendar) at the mill.
                                  ^^^^^^^^^^^^^ warning calendar-mixup: 3 March 1917 is marked O.S., but it is the N.S. date of the Putilov strike of 1917 (= 18 February 1917 O.S.)

      The Putilov strike began on February 18, 1917 (according to the Julian calendar) at the mill.
      The Putilov strike began on March 3, 1917 (in the Gregorian calendar) at the mill.
    `, { region: 'russia' });
  });

  it('a phrase attached to the date marks it as a label does ("by the Julian reckoning", "according to the new style")', () => {
    // Issue #14 §1: the July Days began on 3 July 1917 O.S. = 16 July N.S.
    checkDiagnostics(`
      The July Days began on 16 July 1917 by the Julian reckoning.
                             ^^^^^^^^^^^^ warning calendar-mixup: 16 July 1917 is marked O.S., but it is the N.S. date of the July Days (= 3 July 1917 O.S.)

      The July Days began on 3 July 1917 according to the new style.
                             ^^^^^^^^^^^ warning calendar-mixup: 3 July 1917 is marked N.S., but it is the O.S. date of the July Days (= 16 July 1917 N.S.)

      The July Days began on 3 July 1917 by the Julian reckoning, 16 July 1917 by the Western calendar.
    `, NEW_STYLE_RUSSIA);
  });

  it('an inferred convention counts the days of events named through their people', () => {
    // Stolypin was shot on 1 September O.S. (14 September N.S.), an event the text names only through him: with his
    // death's N.S. day it outweighs the one O.S. day, which then stands out.
    checkDiagnostics(`
      Pyotr Stolypin was shot in the Kiev Opera House on 14 September 1911. He died on 18 September 1911.

      Pyotr Stolypin died on 5 September 1911.
                             ^^^^^^^^^^^^^^^^ warning calendar-mixup: 5 September 1911 is the O.S. date of Pyotr Stolypin's death, 18 September 1911 N.S.; this document reads unmarked dates as New Style
    `, { region: 'russia' });
  });

  it('an inferred convention counts a double year as Old Style: the one N.S. day of a named birth stands out', () => {
    checkDiagnostics(`
      Isaac Newton was born on 25 December 1642 and died on 20 March 1726/27.

      Isaac Newton was born at Woolsthorpe on 4 January 1643.
                                              ^^^^^^^^^^^^^^ warning calendar-mixup: 4 January 1643 is the N.S. date of Isaac Newton's birth, 25 December 1642 O.S.; this document reads unmarked dates as Old Style
    `, { region: 'britain' });
  });

  it('an inferred convention counts a slash pair only when it puts New Style first: O.S./N.S. is the slash\'s custom', () => {
    // Wikipedia's section titles write "November 12/25, 1917" in a New Style article: the named assembly's N.S. day
    // decides, and stays clean.
    checkDiagnostics(`
      Election Results (November 12/25, 1917), Meeting in Petrograd (January 5/18, 1918).

      The Russian Constituent Assembly met in the Tauride Palace on 18 January 1918.
    `, { region: 'russia' });
  });

  it('an inferred convention counts the first day of a range ("18–19 January 1918") as it counts a single day', () => {
    checkDiagnostics(`
      The Russian Constituent Assembly met for 13 hours, 18–19 January 1918, and was then dissolved.
    `, { region: 'russia' });
  });

  it('a double year joined by a dash ("20 March 1726-7") is as much an Old Style mark as one with a slash', () => {
    checkDiagnostics(`
      Isaac Newton was born on 25 December 1642 and died on 20 March 1726-7.

      Isaac Newton was born at Woolsthorpe on 4 January 1643.
                                              ^^^^^^^^^^^^^^ warning calendar-mixup: 4 January 1643 is the N.S. date of Isaac Newton's birth, 25 December 1642 O.S.; this document reads unmarked dates as Old Style
    `, { region: 'britain' });
  });

  it('a date the sentence puts in the old calendar is no slip in a New Style chapter', () => {
    checkDiagnostics(`
      Peter the Great was born on 30 May 1672 by the old calendar.

      Peter the Great was born on 30 May 1672, in the Kremlin.
                                  ^^^^^^^^^^^ warning calendar-mixup: 30 May 1672 is the O.S. date of Peter I's birth, 9 June 1672 N.S.; this document reads unmarked dates as New Style
    `, NEW_STYLE_RUSSIA);
  });

  it('a named fact on the other day outweighs an unnamed event on the date’s own day', () => {
    // 8 March 1917 O.S. is the day the imperial family was arrested (not named here); 8 March N.S. began the
    // February Revolution, which the sentence names.
    checkDiagnostics(`
      The February Revolution began on 8 March 1917 (O.S.) in Petrograd.
                                       ^^^^^^^^^^^^ warning calendar-mixup: 8 March 1917 is marked O.S., but it is the N.S. date of the start of the February Revolution (= 23 February 1917 O.S.)

      The February Revolution began on 8 March 1917 in Petrograd.
                                       ^^^^^^^^^^^^ warning calendar-mixup: 8 March 1917 is the N.S. date of the start of the February Revolution, 23 February 1917 O.S.; this document reads unmarked dates as Old Style

      The imperial family was arrested on 8 March 1917 in Tsarskoye Selo.
    `, { calendar: 'julian', region: 'russia' });
  });

  it('in a list, a name counts only in the date’s own item (with its sub-items)', () => {
    checkDiagnostics(`
      - 6 July 1917 - World War I goes on.
        ^^^^^^^^^^^ information calendar-mixup: 6 July 1917 is the O.S. date of the end of the June Offensive (not named here), 19 July 1917 N.S.; this document reads unmarked dates as New Style
      - Brusilov begins the Kerensky Offensive.
      - 23 February 1917
        ^^^^^^^^^^^^^^^^ warning calendar-mixup: 23 February 1917 is the O.S. date of the start of the February Revolution, 8 March 1917 N.S.; this document reads unmarked dates as New Style
        - The February Revolution begins.
    `, NEW_STYLE_RUSSIA);
  });

  it('in a list, a caption item (a date and a word or two) belongs to the item above that names its subject', () => {
    // An infobox flattened to a list. Pushkin: born 26 May 1799 O.S. = 6 June N.S., died 29 January 1837 O.S. = 10 February N.S.
    checkDiagnostics(`
      - Born Alexander Pushkin
      - 26 May 1799
        ^^^^^^^^^^^ warning calendar-mixup: 26 May 1799 is the O.S. date of Alexander Pushkin's birth, 6 June 1799 N.S.; this document reads unmarked dates as New Style
      - Moscow
      - Died 29 January 1837 (aged 37)
             ^^^^^^^^^^^^^^^ warning calendar-mixup: 29 January 1837 is the O.S. date of Alexander Pushkin's death, 10 February 1837 N.S.; this document reads unmarked dates as New Style
      - Lermontov wrote a poem about the duel, which was fought on 27 January 1837 in the afternoon.
    `, NEW_STYLE_RUSSIA);
  });

  it('in a list, a life field (Born, Died) however long belongs to the item above that names the infobox\'s subject', () => {
    // Kutuzov: born 5 September 1745 O.S. = 16 September N.S., died 16 April 1813 O.S. = 28 April N.S.
    checkDiagnostics(`
      - Mikhail Illarionovich Kutuzov
      - Portrait by Józef Oleszkiewicz
      - Born 5 September 1745, Saint Petersburg, Russian Empire
             ^^^^^^^^^^^^^^^^ warning calendar-mixup: 5 September 1745 is the O.S. date of Mikhail Kutuzov's birth, 16 September 1745 N.S.; this document reads unmarked dates as New Style
      - Died 16 April 1813 (aged 67), Bunzlau, Kingdom of Prussia, (now Bolesławiec, Poland)
             ^^^^^^^^^^^^^ warning calendar-mixup: 16 April 1813 is the O.S. date of Mikhail Kutuzov's death, 28 April 1813 N.S.; this document reads unmarked dates as New Style
      - Rank Generalfeldmarschall in the army that took Bunzlau on 16 April 1813 in the morning
    `, NEW_STYLE_RUSSIA);
  });

  it('in a list right under a title that names someone, a life field is about the title\'s subject, not the fields that name others', () => {
    // Ivan VI: born 12 August 1740 O.S. = 23 August N.S., died 5 July 1764 O.S. = 16 July N.S.
    checkDiagnostics(`
      # Ivan VI

      - Predecessor: Anna
      - Successor: Elizabeth
      - Born: Saint Petersburg, 12 August 1740
                                ^^^^^^^^^^^^^^ warning calendar-mixup: 12 August 1740 is the O.S. date of Ivan VI's birth, 23 August 1740 N.S.; this document reads unmarked dates as New Style
      - Died: 16 July 1764 (O.S.) Shlisselburg
              ^^^^^^^^^^^^ warning calendar-mixup: 16 July 1764 is marked O.S., but it is the N.S. date of Ivan VI's death (= 5 July 1764 O.S.)
    `, NEW_STYLE_RUSSIA);
    // Under a title that names nobody the fields are about whoever they name: Ivan VI is not named here.
    checkDiagnostics(`
      # Infobox

      - Predecessor: Anna
      - Successor: Elizabeth
      - Born: Saint Petersburg, 12 August 1740
    `, NEW_STYLE_RUSSIA);
  });

  it('a yearless day in a sentence of a day kept every year is today\'s observance, not the year around it', () => {
    // San Stefano: 19 February 1878 O.S. = 3 March N.S., kept in Bulgaria on 3 March (batch 21's genres, probed).
    checkDiagnostics(`
      The Treaty of San Stefano was signed on 19 February 1878. Bulgaria keeps 3 March as its national day.
    `, { region: 'bulgaria', calendar: 'julian' });
    checkDiagnostics(`
      In 1878 the Treaty of San Stefano was signed on 3 March.
                                                      ^^^^^^^ warning calendar-mixup: 3 March 1878 is the N.S. date of the Treaty of San Stefano, 19 February 1878 O.S.; this document reads unmarked dates as Old Style
      Bulgaria keeps as its national day the day the Treaty of San Stefano was signed, 3 March 1878.
                                                                                       ^^^^^^^^^^^^ warning calendar-mixup: 3 March 1878 is the N.S. date of the Treaty of San Stefano, 19 February 1878 O.S.; this document reads unmarked dates as Old Style
    `, { region: 'bulgaria', calendar: 'julian' });
  });

  it('in a list, an event infobox\'s Date field is about the item above that names the event, as a life field is', () => {
    // Slivnitsa (batch 21): fought 5–7 November 1885 O.S. = 17–19 November N.S.; other fields stay with their own item.
    checkDiagnostics(`
      - Conflict: Battle of Slivnitsa
      - Partof: the Serbo-Bulgarian War
      - Date: 5 November 1885 - 19 November 1885
              ^^^^^^^^^^^^^^^ warning calendar-mixup: 5 November 1885 is the O.S. date of the Battle of Slivnitsa, 17 November 1885 N.S.; this document reads unmarked dates as New Style
      - Place: Slivnitsa, Bulgaria
      - Strength1: 12,000 in the beginning; 32,000 by 5 November 1885
                                                      ^^^^^^^^^^^^^^^ information calendar-mixup: 5 November 1885 is the O.S. date of the Battle of Slivnitsa (not named here), 17 November 1885 N.S.; …
    `, { region: 'bulgaria', calendar: 'gregorian' });
  });

  it('in a list right under a caption paragraph that names someone, a reign field is about the caption\'s subject', () => {
    // Elizabeth: died 25 December 1761 O.S. = 5 January 1762 N.S.
    checkDiagnostics(`
      Yelizaveta Petrovna, Empress and Autocrat of All the Russias.

      - Reign: December 6, 1741 – December 25, 1761
                                  ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 25 December 1761 is the O.S. date of Elizabeth of Russia's death, 5 January 1762 N.S.; …
      - Predecessor: Ivan VI
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      Yelizaveta Petrovna, Empress and Autocrat of All the Russias.

      - Reign: December 6, 1741 – January 5, 1762
    `, NEW_STYLE_RUSSIA);
  });

  it('reads ambiguous numeric dates month-first where the document\'s own numeric dates prove it, or a setting says so', () => {
    // 7 November 1917 N.S. = 25 October O.S., the October Revolution; read day-first, 11/07/1917 is 11 July.
    const OLD_STYLE_RUSSIA = { calendar: 'julian', region: 'russia' } as const;
    const warning = 'warning calendar-mixup: 7 November 1917 is the N.S. date of the October Revolution, 25 October 1917 O.S.; this document reads unmarked dates as Old Style';
    checkDiagnostics(`
      The letter is dated 04/13/1916. The October Revolution broke out on 11/07/1917 in Petrograd.
                                                                          ^^^^^^^^^^ ${warning}
    `, OLD_STYLE_RUSSIA);
    // One ambiguous date proves nothing: day-first, and 11 July is no day of the October Revolution.
    const dayFirst = 'warning event-date-mismatch: 11 July 1917 is not the date of the October Revolution: 25–26 October 1917 (O.S.) = 7–8 November 1917 (N.S.)';
    checkDiagnostics(`
      The October Revolution broke out on 11/07/1917 in Petrograd.
                                          ^^^^^^^^^^ ${dayFirst}
    `, OLD_STYLE_RUSSIA);
    checkDiagnostics(`
      The October Revolution broke out on 11/07/1917 in Petrograd.
                                          ^^^^^^^^^^ ${warning}
    `, { ...OLD_STYLE_RUSSIA, numericDates: 'month-first' });
    checkDiagnostics(`
      The letter is dated 04/13/1916. The October Revolution broke out on 11/07/1917 in Petrograd.
                                                                          ^^^^^^^^^^ ${dayFirst}
    `, { ...OLD_STYLE_RUSSIA, numericDates: 'day-first' });
  });

  describe('the year start (England’s legal year began on 25 March until 1751)', () => {
    // Facts checked independently: Charles I was executed on 30 January 1649 by modern reckoning (30 January 1648
    // in the legal year, written 1648/9); Elizabeth I died on 24 March 1603 (1602/3), the last day of legal 1602;
    // Benjamin Franklin was born in Boston on 6 January 1706 (1705/6); Washington on 11 February 1731/32.
    const OLD_STYLE_BRITAIN: Partial<Settings> = { calendar: 'julian', region: 'britain' };

    it('a legal year in a document that counts years from 1 January (stated), with the double year as the fix', () => {
      const { findings } = checkDiagnostics(`
        Years are taken to begin on 1 January. Charles I was executed on 30 January 1648.
                                                                         ^^^^^^^^^^^^^^^ warning calendar-mixup: 30 January 1648 is the date of Charles I's death in the legal year, which began on 25 March: by modern reckoning it is 30 January 1649 (write 30 January 1648/9); this document counts years from 1 January
      `, OLD_STYLE_BRITAIN);
      assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits[0].newText, f.safe, f.preferred ?? false]), [
        ['Write the double year 1648/9', '1648/9', true, true],
        ['Write the modern year 1649', '1649', false, false],
      ]);
    });

    it('by default years count from 1 January; the right modern years, double years and days from 25 March are fine', () => {
      checkDiagnostics(`
        Elizabeth I died on 24 March 1602 at Richmond.
                            ^^^^^^^^^^^^^ warning calendar-mixup: 24 March 1602 is the date of Elizabeth I's death in the legal year, which began on 25 March: by modern reckoning it is 24 March 1603 (write 24 March 1602/3); this document counts years from 1 January

        Elizabeth I died on 24 March 1603 at Richmond. Charles I was executed on 30 January 1648/9. Charles I was executed on 30 January 1649.
      `, OLD_STYLE_BRITAIN);
    });

    it('a date given by the person\'s own reckoning may carry the legal year: "by Washington\'s calendar, he was born on February 11, 1731"', () => {
      checkDiagnostics(`
        By Washington's calendar, he was actually born on February 11, 1731. Charles I was executed, by his own reckoning, on 30 January 1648.
        Elizabeth I died on 24 March 1602, by the calendar, at Richmond.
                            ^^^^^^^^^^^^^ warning calendar-mixup: 24 March 1602 is the date of Elizabeth I's death in the legal year, which began on 25 March: by modern reckoning it is 24 March 1603 (write 24 March 1602/3); this document counts years from 1 January
      `, OLD_STYLE_BRITAIN);
    });

    it('a date the writer marks Old Style may carry the legal year, as Wikipedia\'s "[O.S. 20 March 1726]" does', () => {
      // Newton died on 20 March 1726/7 O.S. = 31 March 1727 N.S.; the label covers the year start too.
      checkDiagnostics(`
        Newton died on 20 March 1726 (O.S.). Charles I was executed on 30 January 1648 O.S.
        Newton died on 31 March 1727 (N.S.), or 20 March 1726 in the Old Style then used in England.
      `, { region: 'britain' });
    });

    it('not where the date is marked Old Style: the mark covers the legal year too, as genealogies write it', () => {
      checkDiagnostics(`
        George Washington was born on February 11, 1731 (O.S.), at Popes Creek. Benjamin Franklin was born on January 6, 1705, O.S., in Boston.

        Isaac Newton died on 20 March 1726 (Old Style) in Kensington, and on 20 March 1727 (O.S.) by the modern year.

        Benjamin Franklin was born on 6 January 1705 (Julian) in Boston.
                                      ^^^^^^^^^^^^^^ warning calendar-mixup: 6 January 1705 is the date of Benjamin Franklin's birth in the legal year, which began on 25 March: by modern reckoning it is 6 January 1706 (write 6 January 1705/6); this document counts years from 1 January
      `, { region: 'british-america' });
    });

    it('nor where the sentence names the Julian calendar as the one then in use: that was the Old Style, year start and all', () => {
      checkDiagnostics(`
        Benjamin Franklin was born in Boston on January 6, 1705, by the Julian calendar then in use in the colonies.

        Benjamin Franklin was born on 6 January 1705 of the Julian calendar, in use in Boston until 1752.

        According to the Julian calendar, which was in effect at the time, Benjamin Franklin was born on January 6, 1705.

        Benjamin Franklin was born on January 6, 1705, according to the Julian Calendar being observed by the British Empire at the time of his birth.

        Benjamin Franklin was born on 6 January 1705 by the Julian calendar.
                                      ^^^^^^^^^^^^^^ warning calendar-mixup: 6 January 1705 is the date of Benjamin Franklin's birth in the legal year, which began on 25 March: …
      `, { region: 'british-america' });
    });

    it('nor where the sentence also writes the day by modern reckoning: the writer converts it, as almanacs do', () => {
      // 11 February 1731/2 O.S. = 22 February 1732 N.S. (the State Department's "The Clue In The Letter", corpus batch 33).
      checkDiagnostics(`
        Lear wrote that the president's birth day was on the 11th February Old Style. When the Julian Calendar was corrected to the Gregorian Calendar in 1752, Washington's birth date and year moved from February 11, 1731, to February 22, 1732.

        Charles I was executed on 30 January 1648, which by modern reckoning is 30 January 1649.

        George Washington was born on February 11, 1731, and Lear wrote of it on February 14, 1790.
                                      ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 11 February 1731 is the date of George Washington's birth in the legal year, which began on 25 March: by modern reckoning it is 11 February 1732 (write 11 February 1731/2); this document counts years from 1 January
      `, { region: 'british-america' });
    });

    it('in the colonies too, and the fix writes as many digits after the slash as the document does', () => {
      const { findings } = checkDiagnostics(`
        George Washington was born in Virginia on 11 February 1731/32.

        Benjamin Franklin was born in Boston on 6 January 1705.
                                                ^^^^^^^^^^^^^^ warning calendar-mixup: 6 January 1705 is the date of Benjamin Franklin's birth in the legal year, which began on 25 March: by modern reckoning it is 6 January 1706 (write 6 January 1705/06); this document counts years from 1 January
      `, { calendar: 'julian', region: 'british-america' });
      assert.equal(findings[0].fixes[0].edits[0].newText, '1705/06');
    });

    it('a modern year in a document that counts years from 25 March (front matter)', () => {
      const { findings } = checkDiagnostics(`
        ---
        clio:
          yearStart: march
        ---

        Charles I was executed on 30 January 1649.
                                  ^^^^^^^^^^^^^^^ warning calendar-mixup: 30 January 1649 is the date of Charles I's death by modern reckoning, but this document counts years from 25 March: in the legal year it is 30 January 1648 (write 30 January 1648/9)

        Charles I was executed on 30 January 1648. Charles I was executed on 30 January 1648/9.
      `, OLD_STYLE_BRITAIN);
      assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits[0].newText]), [
        ['Write the double year 1648/9', '1648/9'],
        ['Write the legal year 1648', '1648'],
      ]);
    });

    it('a stated year start of 25 March, and the setting, read undoubled years as legal years', () => {
      checkDiagnostics(`
        The year is reckoned from 25 March, as it was then. Charles I was executed on 30 January 1648.
      `, OLD_STYLE_BRITAIN);
      checkDiagnostics(`
        Charles I was executed on 30 January 1648.
      `, { ...OLD_STYLE_BRITAIN, yearStart: 'march' });
    });

    it('a named event beside the date: the year slip is calendar-mixup’s, not event-date-mismatch’s', () => {
      checkDiagnostics(`
        In England the Execution of Charles I (30 January 1648) shocked Europe.
                                               ^^^^^^^^^^^^^^^ warning calendar-mixup: 30 January 1648 is the date of Charles I's death in the legal year, …
      `, OLD_STYLE_BRITAIN);
    });

    it('not where the region’s rules say nothing of a 25 March year (Russia)', () => {
      checkDiagnostics(`
        Charles I was executed on 30 January 1648.
      `, { calendar: 'julian', region: 'russia' });
    });
  });
});

describe('calendar-mixup: one fact on both calendars\' days, with no convention', () => {
  const SWEDEN: Partial<Settings> = { region: 'sweden' };

  it('the day that is not the local calendar\'s is the slip', () => {
    const { findings } = checkDiagnostics(`
      # Battle of Lund

      The Battle of Lund was fought on 4 December 1676 north of the city.
                                       ^^^^^^^^^^^^^^^ information ambiguous-calendar: 4 December 1676 and 1 other date are not marked, and no convention is stated: they are read as Old Style, the calendar Sweden used then …

      The Battle of Lund, on December 14, 1676, was among the bloodiest fought in Scandinavia.
                             ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 14 December 1676 is the N.S. date of the Battle of Lund, 4 December 1676 O.S.; the text also gives its O.S. day, and states no convention: unmarked dates are read as Old Style, the calendar Sweden used then
    `, SWEDEN);
    assert.deepEqual(findings.find((f) => f.code === 'calendar-mixup')!.fixes.map((f) => f.edits[0].newText), ['December 4 (N.S. December 14), 1676', ' (N.S.)']);
  });

  it('two days of one fact in one sentence are a pair the writer explains, not a slip', () => {
    checkDiagnostics(`
      Peter the Great was born on 9 June 1672 (30 May in the calendar then used in Russia).
      Rimsky-Korsakov was born on March 18 (March 6 according to the calendar used at the time), 1844, in Tikhvin.
    `, { region: 'russia' });
  });

  it('one day alone sets the convention, and is quiet in either calendar', () => {
    checkDiagnostics(`
      The Battle of Lund was fought on December 14, 1676.
    `, SWEDEN);
    checkDiagnostics(`
      The Battle of Lund was fought on 4 December 1676.
    `, SWEDEN);
  });

  it('of an event abroad, recorded in the other calendar, the day that is not its own local one is the slip', () => {
    const { findings } = checkDiagnostics(`
      The Treaty of Paris was signed on 30 March 1856 at the Congress of Paris.
                                        ^^^^^^^^^^^^^ information ambiguous-calendar: 30 March 1856 and 1 other date are not marked, …

      The Treaty of Paris, signed on 18 March 1856 at the Congress of Paris, ended the war.
                                     ^^^^^^^^^^^^^ warning calendar-mixup: 18 March 1856 is the O.S. date of the Treaty of Paris (1856), 30 March 1856 N.S.; the text also gives its N.S. day, the one in use where it happened, and states no convention
    `, { region: 'russia' });
    assert.deepEqual(findings.find((f) => f.code === 'calendar-mixup')!.fixes.map((f) => f.edits[0].newText), [' (O.S.)']);
    // Either day alone, or both in one sentence, is fine; and in Britain, whose histories write Old Style, so is either.
    checkDiagnostics(`
      The Treaty of Paris, signed on 18 March 1856 at the Congress of Paris, ended the war.
    `, { region: 'russia' });
    checkDiagnostics(`
      The Treaty of Paris was signed at the Congress of Paris on 30 March 1856, on 18 March 1856 in Russia.
                                                                 ^^^^^^^^^^^^^ information ambiguous-calendar: 30 March 1856 and 1 other date are not marked, …
    `, { region: 'russia' });
    checkDiagnostics(`
      The Battle of Blenheim was fought on 13 August 1704.
                                           ^^^^^^^^^^^^^^ information ambiguous-calendar: 13 August 1704 and 1 other date are not marked, …

      Marlborough's victory at the Battle of Blenheim, on 2 August 1704, saved Vienna.
    `, { region: 'britain' });
  });

  it('a convention decides, not the local calendar: in a New Style text the O.S. day is the slip', () => {
    checkDiagnostics(`
      The Battle of Lund was fought on December 14, 1676.

      The Battle of Lund, on 4 December 1676, was among the bloodiest fought in Scandinavia.
                             ^^^^^^^^^^^^^^^ warning calendar-mixup: 4 December 1676 is the O.S. date of the Battle of Lund, 14 December 1676 N.S.; this document reads unmarked dates as New Style
    `, { region: 'sweden', calendar: 'gregorian' });
  });
});


// Histories of Britain before 1752 give days in Old Style (data/calendar-reforms.json `historiansWrite`); on the
// Continent modern texts give New Style. So in a British text one known event's New Style day is not taken as the
// text's convention: it is read in Old Style, as British history writes it, and is the slip.
describe('calendar-mixup: a region whose histories write its local days', () => {
  it('notes a lone New Style day of a British event, with no convention: the custom alone is a presumption', () => {
    checkDiagnostics(`
      The Battle of Culloden was fought on 27 April 1746 near Inverness.
                                           ^^^^^^^^^^^^^ information calendar-mixup: 27 April 1746 is the N.S. date of the Battle of Culloden, 16 April 1746 O.S.; the text states no convention: unmarked dates are read as Old Style, as histories of Great Britain, Ireland and the British Empire give them
                                           ^^^^^^^^^^^^^ information ambiguous-calendar: 27 April 1746 is not marked, …
    `, { region: 'britain' });
  });

  it('leaves the Old Style day alone, and a British text whose two known days agree on New Style', () => {
    checkDiagnostics(`
      The Battle of Culloden was fought on 16 April 1746 near Inverness.
    `, { region: 'britain' });
    checkDiagnostics(`
      The Battle of Sheriffmuir was fought on 24 November 1715, the Battle of Culloden on 27 April 1746.
    `, { region: 'britain' });
  });

  it('a life that outlasted the reform is given in New Style, its birth too: Johnson\'s 18 September 1709', () => {
    checkDiagnostics(`
      Samuel Johnson (18 September 1709 – 13 December 1784) was an English writer.
                      ^^^^^^^^^^^^^^^^^ information ambiguous-calendar: 18 September 1709 is not marked, …
    `, { region: 'britain' });
    // A life that ended before the reform keeps the custom: Newton's New Style birth alone is noted.
    checkDiagnostics(`
      Isaac Newton was born on 4 January 1643 at Woolsthorpe.
                               ^^^^^^^^^^^^^^ information calendar-mixup: 4 January 1643 is the N.S. date of Isaac Newton's birth, 25 December 1642 O.S.; the text states no convention: unmarked dates are read as Old Style, as histories of Great Britain, Ireland and the British Empire give them
                               ^^^^^^^^^^^^^^ information ambiguous-calendar: 4 January 1643 is not marked, …
    `, { region: 'britain' });
  });

  it('a New Style day the writer gives as the Continent\'s is no slip: "by the continental reckoning", "as the Continent then reckoned", "(…, continental style)"', () => {
    checkDiagnostics(`
      The last battle was fought on Culloden Moor on 16 April 1746. French despatches dated it 27 April 1746 by the continental reckoning.
    `, { region: 'britain' });
    checkDiagnostics(`
      The last battle was fought on Culloden Moor on 16 April 1746. French despatches dated it 27 April 1746, as the Continent then reckoned.
    `, { region: 'britain' });
    checkDiagnostics(`
      The Battle of Culloden was fought on 16 April 1746 (27 April 1746, continental style) near Inverness.
    `, { region: 'britain' });
    checkDiagnostics(`
      The Battle of Culloden was fought on 16 April 1746 (26 April 1746, continental style) near Inverness.
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 16 April 1746 (O.S.) is 27 April 1746 (N.S.), not 26 April 1746
    `, { region: 'britain' });
  });

  it('an event abroad on its own local day is no slip: Marlborough\'s battles in New Style, as every history gives them', () => {
    // Blenheim (Bavaria) is stored on its Gregorian day, Culloden (Britain) on its Julian one.
    checkDiagnostics(`
      The Battle of Blenheim was fought on 13 August 1704 near the Danube.
                                           ^^^^^^^^^^^^^^ information ambiguous-calendar: 13 August 1704 is not marked, …
    `, { region: 'britain' });
    checkDiagnostics(`
      The Battle of Blenheim was fought on 13 August 1704 near the Danube, and the Battle of Malplaquet on 11 September 1709.

      Marlborough wrote home on 2 August 1704.
    `, { region: 'russia' });
  });

  it('on the Continent a lone known day still sets the convention: Lützen in New Style is clean', () => {
    checkDiagnostics(`
      Gustavus Adolphus was killed at Lützen in Saxony on 16 November 1632.
    `, { region: 'protestant-germany' });
  });
});

describe('calendar-mixup: a dual date\'s order breaks a tie with an unmarked day', () => {
  const RUSSIA: Partial<Settings> = { region: 'russia' };

  it('an N.S.-first pair in the infobox, the O.S. day unmarked in the lead', () => {
    checkDiagnostics(`
      # Battle of Sinop

      - Date: 30 November 1853 (18 November O.S.)

      The Battle of Sinop was a naval battle that took place on 18 November 1853 off the Anatolian coast.
                                                                ^^^^^^^^^^^^^^^^ warning calendar-mixup: 18 November 1853 is the O.S. date of the Battle of Sinop, 30 November 1853 N.S.; this document reads unmarked dates as New Style
    `, RUSSIA);
  });

  it('an O.S.-first pair, the N.S. day unmarked', () => {
    checkDiagnostics(`
      # Battle of Sinop

      - Date: 18 November 1853 (30 November N.S.)

      The Battle of Sinop was a naval battle that took place on 30 November 1853 off the Anatolian coast.
                                                                ^^^^^^^^^^^^^^^^ warning calendar-mixup: 30 November 1853 is the N.S. date of the Battle of Sinop, 18 November 1853 O.S.; this document reads unmarked dates as Old Style
    `, RUSSIA);
  });

  it('the unmarked day in the pair\'s calendar is quiet', () => {
    checkDiagnostics(`
      # Battle of Sinop

      - Date: 30 November 1853 (18 November O.S.)

      The Battle of Sinop was a naval battle that took place on 30 November 1853 off the Anatolian coast.
    `, RUSSIA);
  });

  it('in Britain, whose histories write Old Style, a known day in Old Style is the custom: a pair written New Style first does not outvote it', () => {
    // Probe of round 42 (batch 28's genres), the Treaty of Westminster in a mirror that glosses its links: the tie
    // (one N.S.-first pair, one O.S. day of a named fact) went to New Style and Charles I's death became a slip.
    checkDiagnostics(`
      The Treaty of Westminster was signed on 19 February 1674 (Old Style: 9 February 1673) by Charles II of England.
      His father, King Charles I, was executed at Whitehall on 30 January 1649.
                                                               ^^^^^^^^^^^^^^^ information ambiguous-calendar: 30 January 1649 is not marked, and no convention is stated: it is read as Old Style, the calendar Great Britain, Ireland and the British Empire used then (30 January 1649 O.S. = 9 February 1649 N.S.; as N.S. it would be 20 January 1649 O.S.)
    `, { region: 'britain' });
  });
});

describe('calendar-mixup: days kept every year are no evidence of the convention', () => {
  it('pairs of holidays given by today\'s 13 days, with no year of their own, do not make a text New Style', () => {
    // Borodino was fought on 26 August 1812 O.S. (7 September N.S.); the holidays' pairs hold only since 1900, not in
    // the year 1755 the text lends them.
    checkDiagnostics(`
      Moscow University was founded in 1755. Russians keep Christmas on 7 January (25 December O.S.) and the Old New
      Year on 14 January (1 January O.S.). Tatiana Day, 25 January (12 January O.S.), is the students' holiday.

      The Battle of Borodino was fought on 26 August 1812.
    `, { region: 'russia' });
  });

  it('a pair with its own year still votes', () => {
    checkDiagnostics(`
      The manifesto is dated 3 March 1861 (19 February O.S.) and was read on 17 March 1861 (5 March O.S.).

      The Battle of Borodino was fought on 26 August 1812.
                                           ^^^^^^^^^^^^^^ warning calendar-mixup: 26 August 1812 is the O.S. date of the Battle of Borodino, 7 September 1812 N.S.; this document reads unmarked dates as New Style
    `, { region: 'russia' });
  });
});

describe('calendar-mixup: both days of one fact in one sentence are a pair the writer spreads over it', () => {
  const NEW_STYLE_SAXONY: Partial<Settings> = { calendar: 'gregorian', region: 'protestant-germany' };

  it('the other calendar\'s day attributed to one side, with the convention\'s day in the same sentence', () => {
    checkDiagnostics(`
      Swedish accounts date the battle 6 November 1632; Imperial ones 16 November. Gustavus Adolphus fell at Lützen.
    `, NEW_STYLE_SAXONY);
    checkDiagnostics(`
      Gustavus Adolphus fell at Lützen on 16 November 1632; Swedish accounts give 6 November.
                                          ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 16 November 1632 and 2 other dates are not marked, …

      Swedish sources date his death 6 November 1632, the day their church keeps.
    `, { region: 'protestant-germany' });
  });

  it('the other day in another sentence, in a numeric twin or on another line of a list is still a slip', () => {
    checkDiagnostics(`
      Gustavus Adolphus fell at Lützen on 16 November 1632. He died on 6 November 1632.
                                                                       ^^^^^^^^^^^^^^^ warning calendar-mixup: 6 November 1632 is the O.S. date of Gustavus Adolphus's death, 16 November 1632 N.S.; this document reads unmarked dates as New Style
    `, NEW_STYLE_SAXONY);
    checkDiagnostics(`
      Stalin was born on 6 December 1878 (1878-12-18) in Gori.
                         ^^^^^^^^^^^^^^^ warning calendar-mixup: 6 December 1878 is the O.S. date of Joseph Stalin's birth, 18 December 1878 N.S.; …
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      - Stalin was born on 6 December 1878
                           ^^^^^^^^^^^^^^^ warning calendar-mixup: 6 December 1878 is the O.S. date of Joseph Stalin's birth, 18 December 1878 N.S.; …
      - baptised 18 December 1878
    `, NEW_STYLE_RUSSIA);
  });
});

describe('calendar-mixup: a dateline abroad under a declared Old Style', () => {
  const OLD_STYLE_RUSSIA: Partial<Settings> = { calendar: 'julian', region: 'russia' };
  it('keeps the document\'s declared Old Style: a Russian writing from Vienna dates as a Russian', () => {
    // Round 30 (false-alarm review): editions of Russians' letters declare "dates are Old Style" and keep them abroad.
    checkDiagnostics(`
      From the letters of a Russian diplomat.

      Vienna, 1 March 1881. The Emperor Alexander II was assassinated today in St Petersburg.
    `, OLD_STYLE_RUSSIA);
    checkDiagnostics(`
      From the letters of a Russian diplomat.

      Vienna, 13 March 1881. The Emperor Alexander II was assassinated today in St Petersburg.
              ^^^^^^^^^^^^^ warning calendar-mixup: 13 March 1881 is the N.S. date of Alexander II's death, …
    `, OLD_STYLE_RUSSIA);
  });
});

describe('calendar-mixup: a pair whose order is the form\'s custom is no evidence of the convention', () => {
  it('numeric O.S.-first pairs, the citation form, do not make a text Old Style: its N.S. day of a birth is clean', () => {
    checkDiagnostics(`
      Catalogues cite Lenin's birthday as 10 (22).4.1870 and Andropov's as 2 (15).6.1914. The modern date of the
      first is April 22, 1870.
    `);
  });

  it('a pair of a freer form written O.S. first still votes', () => {
    checkDiagnostics(`
      Catalogues cite Lenin's birthday as 10 (22) April 1870 and Andropov's as 2 (15) June 1914. The modern date of the
      first is April 22, 1870.
               ^^^^^^^^^^^^^^ warning calendar-mixup: 22 April 1870 is the N.S. date of Vladimir Lenin's birth, 10 April 1870 O.S.; this document reads unmarked dates as Old Style
    `);
  });
});

describe('calendar-mixup: the modern calendar named in the sentence is the New Style', () => {
  it('a British birth given by the modern calendar, hard-wrapped and spelt "calender", is clean', () => {
    checkDiagnostics(`
      In England, according to the modern calender,
      Isaac Newton was born on 4 January 1643.
    `);
  });

  it('with no such words the same day is read by British custom, as Old Style, and noted', () => {
    checkDiagnostics(`
      In England, Isaac Newton was born on 4 January 1643.
                                           ^^^^^^^^^^^^^^ information calendar-mixup: 4 January 1643 is the N.S. date of Isaac Newton's birth, 25 December 1642 O.S.; the text states no convention: unmarked dates are read as Old Style, as histories of Great Britain, Ireland and the British Empire give them
                                           ^^^^^^^^^^^^^^ information ambiguous-calendar: 4 January 1643 is not marked, and no convention is stated: …
    `);
  });
});

describe('calendar-mixup: British custom is presumed only where the text is silent on the calendars', () => {
  it('a page that names the Julian calendar gives a birth\'s New Style day on purpose', () => {
    checkDiagnostics(`
      On this day in 1643 – January 4th – Isaac Newton was born in England.
                            ^^^^^^^^^^^ information ambiguous-calendar: 4 January 1643 is not marked, and no convention is stated: …

      He was born on Christmas Day 1642, according to the Julian Calendar then in use.
    `);
  });

  it('a marker on another date says as much', () => {
    checkDiagnostics(`
      Charles I was crowned on 2 February 1626 (O.S.). In England, Isaac Newton was born on 4 January 1643.
                                                                                            ^^^^^^^^^^^^^^ information ambiguous-calendar: 4 January 1643 is not marked, and no convention is stated: …
    `);
  });

  it('where the text also gives the fact\'s local day in another sentence, the New Style day is still the slip', () => {
    checkDiagnostics(`
      England kept the Julian calendar until 1752.

      Isaac Newton was born on 25 December 1642. The boy born on 4 January 1643 grew up at Woolsthorpe.
                               ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 25 December 1642 and 1 other date are not marked, …
                                                                 ^^^^^^^^^^^^^^ warning calendar-mixup: 4 January 1643 is the N.S. date of Isaac Newton's birth, 25 December 1642 O.S.; the text also gives its O.S. day, …
    `);
  });
});

// Round 36 (false-alarm probe 5): Halley's "born on Nov. 8, 1656" alone on a children's encyclopedia page was a warning,
// though nothing in the page says it writes Old Style. The custom is now a warning only where the text shows the habit.
describe('calendar-mixup: British custom warns where the text shows the Old Style habit, and notes where it does not', () => {
  it('warns where another unmarked day is a named fact\'s Old Style day', () => {
    checkDiagnostics(`
      Edmond Halley was born on 8 November 1656 in Haggerston. He died on 14 January 1742 at Greenwich.
                                ^^^^^^^^^^^^^^^ warning calendar-mixup: 8 November 1656 is the N.S. date of Edmond Halley's birth, 29 October 1656 O.S.; the text states no convention: unmarked dates are read as Old Style, as histories of Great Britain, Ireland and the British Empire give them
                                ^^^^^^^^^^^^^^^ information ambiguous-calendar: 8 November 1656 and 1 other date are not marked, …
    `, { region: 'britain' });
  });

  it('warns where the text writes a double year, or other days of the Old Style years', () => {
    checkDiagnostics(`
      Edmond Halley was born on 8 November 1656 in Haggerston. He married Mary Tooke on 20 March 1682/3.
                                ^^^^^^^^^^^^^^^ warning calendar-mixup: 8 November 1656 is the N.S. date of Edmond Halley's birth, …
                                ^^^^^^^^^^^^^^^ information ambiguous-calendar: 8 November 1656 is not marked, …
    `, { region: 'britain' });
    checkDiagnostics(`
      Edmond Halley was born on 8 November 1656 in Haggerston. He sailed for St Helena on 10 November 1676.
                                ^^^^^^^^^^^^^^^ warning calendar-mixup: 8 November 1656 is the N.S. date of Edmond Halley's birth, …
                                ^^^^^^^^^^^^^^^ information ambiguous-calendar: 8 November 1656 and 1 other date are not marked, …
    `, { region: 'britain' });
  });

  // Round 38 (probe 7, the region set as eval sets it): the Boyne's "took place on 11 July 1690, but today,
  // commemorations are held on 12 July" warned, the yearless 12 July counted as another day of the Old Style years.
  it('notes the day where the text\'s other day is one kept every year, not a day of the Old Style years', () => {
    checkDiagnostics(`
      The Battle of the Boyne took place on 11 July 1690, but today, commemorations are held on 12 July.
                                            ^^^^^^^^^^^^ information calendar-mixup: 11 July 1690 is the N.S. date of the Battle of the Boyne, 1 July 1690 O.S.; the text states no convention: unmarked dates are read as Old Style, as histories of Great Britain, Ireland and the British Empire give them
                                            ^^^^^^^^^^^^ information ambiguous-calendar: 11 July 1690 and 1 other date are not marked, …
    `, { region: 'britain' });
    // A yearless day that is no day kept every year still shows the habit.
    checkDiagnostics(`
      The Battle of the Boyne took place on 11 July 1690, and William entered Dublin on 6 July.
                                            ^^^^^^^^^^^^ warning calendar-mixup: 11 July 1690 is the N.S. date of the Battle of the Boyne, …
                                            ^^^^^^^^^^^^ information ambiguous-calendar: 11 July 1690 and 1 other date are not marked, …
    `, { region: 'britain' });
  });

  it('notes the day where it is the text\'s only one, or where its other days are named facts\' New Style days', () => {
    checkDiagnostics(`
      Halley was born in Haggerston, near London, on Nov. 8, 1656.
                                                     ^^^^^^^^^^^^ information calendar-mixup: 8 November 1656 is the N.S. date of Edmond Halley's birth, 29 October 1656 O.S.; the text states no convention: unmarked dates are read as Old Style, as histories of Great Britain, Ireland and the British Empire give them
                                                     ^^^^^^^^^^^^ information ambiguous-calendar: 8 November 1656 is not marked, …
    `, { region: 'britain' });
    checkDiagnostics(`
      Astronomer
      Born: November 8, 1656
            ^^^^^^^^^^^^^^^^ information ambiguous-calendar: 8 November 1656 and 2 other dates are not marked, …
      Died: January 25, 1742

      Edmond Halley, born on November 8, 1656, in Haggerston, was a British astronomer.
                             ^^^^^^^^^^^^^^^^ information calendar-mixup: 8 November 1656 is the N.S. date of Edmond Halley's birth, …
    `, { region: 'britain' });
  });

  it('leaves a day its sentence converts on purpose, counting the days the calendars were then apart', () => {
    // Probe 3's page (round 45): Shakespeare's 23 April O.S. given in Cervantes's (Gregorian) calendar to compare them.
    // A count that is not the calendars' gap then (11 days in 1616) explains nothing: the slip is still flagged.
    checkDiagnostics(`
      William Shakespeare and Miguel de Cervantes both died on April 23, 1616, but England still kept the Julian calendar. Shakespeare died 10 days after Cervantes on May 3, 1616.
                                                               ^^^^^^^^^^^^^^ information ambiguous-calendar: 23 April 1616 and 3 other dates are not marked, …

      William Shakespeare and Miguel de Cervantes both died on April 23, 1616, but England still kept the Julian calendar. Shakespeare died 11 days after Cervantes on May 3, 1616.
                                                                                                                                                                       ^^^^^^^^^^^ warning calendar-mixup: 3 May 1616 is the N.S. date of William Shakespeare's death, …
    `, { region: 'britain' });
  });
});

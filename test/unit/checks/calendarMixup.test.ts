// Diagnostic: calendar-mixup
//
// An unmarked date read in the document's convention that is the other calendar's day of a known event or birth
// named in the paragraph (warning), or of a known event of the paragraph's region it does not name (information):
// the Petrograd Soviet first met on 27 February 1917 O.S. = 12 March N.S. Producer:
// server/src/analysis/checks/calendarMixup.ts.
import assert from 'node:assert/strict';
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

  it('a date marked in one calendar that is the other calendar’s day of a named fact', () => {
    checkDiagnostics(`
      Pyotr Stolypin died on 18 September 1911 (O.S.) in Kiev.
                             ^^^^^^^^^^^^^^^^^ warning calendar-mixup: 18 September 1911 is marked O.S., but it is the N.S. date of Pyotr Stolypin's death (= 5 September 1911 O.S.)

      Pyotr Stolypin died on 5 September 1911 (O.S.) in Kiev.
    `, NEW_STYLE_RUSSIA);
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
});

// Diagnostic: ambiguous-calendar
//
// An unmarked date where and when Julian was the local calendar (Russia until 31 January 1918), in a document
// with no convention to read it by. Producer: server/src/analysis/checks/ambiguousCalendar.ts.
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

describe('ambiguous-calendar', () => {
  it('is information where Julian was local and nothing says how to read the date', () => {
    const { findings } = checkDiagnostics(`
      In Petrograd the crowds gathered on 7 March 1917.
                                          ^^^^^^^^^^^^ information ambiguous-calendar: 7 March 1917 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then (7 March 1917 O.S. = 20 March 1917 N.S.; as N.S. it would be 22 February 1917 O.S.)
    `);
    assert.deepEqual(findings[0].fixes.map((f) => f.title), [
      "Set this document's convention to Old Style (front matter)",
      "Set this document's convention to New Style (front matter)",
      'Mark this date as O.S. (= 20 March 1917 N.S.)',
      'Mark this date as N.S. (= 22 February 1917 O.S.)',
    ]);
  });

  it('leaves out a date before the Gregorian calendar existed, which nobody wrote in New Style', () => {
    // Batch 25 (the Muscovy Company's first voyage): the note named 10 May 1553 and offered its "N.S." reading.
    checkDiagnostics(`
      The fleet departed from London on 10 May 1553. Horsey was knighted on 23 July 1603.
                                                                            ^^^^^^^^^^^^ information ambiguous-calendar: 23 July 1603 is not marked, and no convention is stated: it is read as Old Style, the calendar Great Britain, Ireland and the British Empire used then (23 July 1603 O.S. = 2 August 1603 N.S.; as N.S. it would be 13 July 1603 O.S.)
    `, { region: 'britain' });
    checkDiagnostics(`
      The fleet departed from London on 10 May 1553, and Chancellor reached the Dvina on 24 August 1553.
    `, { region: 'britain' });
  });

  it('is reported once per document, at the first such date, with the count', () => {
    // No known fact named: the Tsar's abdication on 2 March, named through him, would point to Old Style.
    checkDiagnostics(`
      In Petrograd the crowds gathered on 7 March 1917.
                                          ^^^^^^^^^^^^ information ambiguous-calendar: 7 March 1917 and 2 other dates are not marked, and no convention is stated: they are read as Old Style, the calendar Russia used then (7 March 1917 O.S. = 20 March 1917 N.S.; as N.S. it would be 22 February 1917 O.S.)

      Snow fell on 2 March 1917, and the trams stopped on 3 April 1917.
    `);
  });

  it('is quiet after the reform, where Gregorian was local, and for marked dates', () => {
    checkDiagnostics(`
      In Petrograd the crowds gathered on 7 March 1920. In London on 7 March 1917 it rained.

      In Petrograd on 7 March 1917 (O.S.) and on 20 March (O.S. 7 March) 1917 they gathered again.
    `);
  });

  it('is quiet when a setting or the document’s own dual dates give a convention', () => {
    checkDiagnostics(`
      In Petrograd the crowds gathered on 7 March 1917.
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      In Petrograd, on 12 March (O.S. 27 February) 1917, the garrison mutinied. On 7 March 1917 the strike began.
    `);
  });

  it('is quiet in a dual-convention document, which reads a date written once in the local calendar', () => {
    const { findings } = checkDiagnostics(`
      ---
      clio:
        calendar: dual
        region: russia
      ---
      The Duma met on 27 April (10 May) 1906. On 3 June 1907 it was dissolved; on 16 June 1920 nothing happened.
    `);
    assert.deepEqual(findings, []);
  });
});

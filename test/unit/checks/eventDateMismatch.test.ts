// Diagnostic: event-date-mismatch
//
// A date written for a known event, right beside its name, that is none of the event's days in either calendar:
// the Treaty of Brest-Litovsk was signed on 3 March 1918 (N.S.), not on 3 May. Producer:
// server/src/analysis/checks/eventDateMismatch.ts.
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

const BREST = '3 March 1918 (N.S.) = 18 February 1918 (O.S.)';

describe('event-date-mismatch', () => {
  it('a wrong day after "was signed on", fixed to the dataset’s day in the writer’s form', () => {
    const { findings } = checkDiagnostics(`
      The Treaty of Brest-Litovsk was signed on 3 May 1918.
                                                ^^^^^^^^^^ warning event-date-mismatch: 3 May 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}
      The Treaty of Brest-Litovsk was signed on May 3rd, 1918.
                                                ^^^^^^^^^^^^^ warning event-date-mismatch: 3 May 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings.map((f) => f.fixes.map((x) => [x.title, x.edits[0].newText, x.safe])), [
      [['Change to 3 March 1918', '3 March 1918', false]],
      [['Change to 3 March 1918', 'March 3rd, 1918', false]],
    ]);
  });

  it('knows the other Brest-Litovsk treaty, the Bread Peace with Ukraine of 9 February 1918 (N.S.)', () => {
    checkDiagnostics(`
      The Bread Peace was signed on 9 February 1918, three weeks before Soviet Russia's treaty.
      The Brotfrieden was signed on 19 February 1918.
                                    ^^^^^^^^^^^^^^^^ warning event-date-mismatch: 19 February 1918 is not the date of the Treaty of Brest-Litovsk with Ukraine: 9 February 1918 (N.S.) = 27 January 1918 (O.S.)
    `, NEW_STYLE_RUSSIA);
  });

  it('a name two events share: a day of either is right; a day of neither is weighed against the nearer', () => {
    // Probe 4: Wikipedia's heading "Treaty of Brest-Litovsk (9 February 1918)" is Ukraine's treaty, not Soviet Russia's.
    const { findings } = checkDiagnostics(`
      # Treaty of Brest-Litovsk (9 February 1918)

      The Treaty of Brest-Litovsk, also known as the Bread Peace, was signed on 9 February 1918 with Ukraine.
      The Treaty of Brest-Litovsk was signed on 3 March 1918 by Soviet Russia.
      The Treaty of Brest-Litovsk was signed on 27 January 1918 (O.S.).
      The Treaty of Brest-Litovsk was signed on 10 February 1918.
                                                ^^^^^^^^^^^^^^^^ warning event-date-mismatch: 10 February 1918 is not the date of the Treaty of Brest-Litovsk with Ukraine: 9 February 1918 (N.S.) = 27 January 1918 (O.S.)
      The Treaty of Brest-Litovsk was signed on 3 May 1918.
                                                ^^^^^^^^^^ warning event-date-mismatch: 3 May 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings.map((f) => f.fixes[0].edits[0].newText), ['9 February 1918', '3 March 1918']);
  });

  it('reads each form where the date belongs to the event: of, on, (…), “, … ,”, a verb, and a line’s “DATE: EVENT”', () => {
    checkDiagnostics(`
      The Decree on Peace of 9 November 1917 offered peace.
                             ^^^^^^^^^^^^^^^ warning event-date-mismatch: 9 November 1917 is not the date of the Decree on Peace: 8 November 1917 (N.S.) = 26 October 1917 (O.S.)

      The October Revolution (5 November 1917) changed everything.
                              ^^^^^^^^^^^^^^^ warning event-date-mismatch: 5 November 1917 is not the date of the October Revolution: 7–8 November 1917 (N.S.) = 25–26 October 1917 (O.S.)

      The Treaty of Brest-Litovsk, 5 March 1918, ended the war in the east.
                                   ^^^^^^^^^^^^ warning event-date-mismatch: 5 March 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}

      The Treaty of Brest-Litovsk on 2 March 1918 ended the war in the east.
                                     ^^^^^^^^^^^^ warning event-date-mismatch: 2 March 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}

      - 1 March 1918 – Treaty of Brest-Litovsk signed
        ^^^^^^^^^^^^ warning event-date-mismatch: 1 March 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}
      - 4 March 1918: the Treaty of Brest-Litovsk
        ^^^^^^^^^^^^ warning event-date-mismatch: 4 March 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}
      - 8 November 1918: Second All-Russian Congress of Soviets opens
        ^^^^^^^^^^^^^^^ warning event-date-mismatch: 8 November 1918 is not the date of the Second All-Russian Congress of Soviets: 7–9 November 1917 (N.S.) = 25–27 October 1917 (O.S.)
    `, NEW_STYLE_RUSSIA);
  });

  it('a span written for a span is fixed to the event’s span', () => {
    const { findings } = checkDiagnostics(`
      The February Revolution (1–5 April 1917) ended the monarchy.
                               ^^^^^^^^^^^^^^ warning event-date-mismatch: 1–5 April 1917 is not the date of the February Revolution: 8–16 March 1917 (N.S.) = 23 February – 3 March 1917 (O.S.)
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes[0].edits[0].newText, '8–16 March 1917');
  });

  it('in an Old Style document, the fix writes the Old Style day', () => {
    const { findings } = checkDiagnostics(`
      The October Revolution broke out on 20 October 1917.
                                          ^^^^^^^^^^^^^^^ warning event-date-mismatch: 20 October 1917 is not the date of the October Revolution: 25–26 October 1917 (O.S.) = 7–8 November 1917 (N.S.)
    `, { calendar: 'julian', region: 'russia' });
    assert.equal(findings[0].fixes[0].edits[0].newText, '25 October 1917');
  });

  it('leaves the right day alone in either calendar, and a day inside the event’s span', () => {
    checkDiagnostics(`
      The Treaty of Brest-Litovsk was signed on 3 March 1918. The Treaty of Brest-Litovsk was signed on 18 February 1918 (O.S.).
      The Treaty of Brest-Litovsk was signed on 18 March (O.S. 5 March) 1918. The July Days, 20 July 1917, ended in defeat.
    `, NEW_STYLE_RUSSIA);
  });

  it('the other calendar’s day stays a calendar-mixup, not this', () => {
    checkDiagnostics(`
      The Treaty of Brest-Litovsk was signed on 18 February 1918.
                                                ^^^^^^^^^^^^^^^^ warning calendar-mixup: 18 February 1918 is the O.S. date of the Treaty of Brest-Litovsk, 3 March 1918 N.S.; …
    `, NEW_STYLE_RUSSIA);
  });

  it('weighs only a date that clearly belongs to the event, and no event that is a body or a lasting state', () => {
    checkDiagnostics(`
      Lenin, who had negotiated the Treaty of Brest-Litovsk, died on 21 January 1924.
      After the October Revolution on 12 March 1918 the capital moved to Moscow.
      On the anniversary of the October Revolution (7 November 1918) the Bolsheviks paraded.
      The Treaty of Brest-Litovsk was signed in March 1918. World War I broke out on 1 September 1939.
      News of the October Revolution on 9 November 1917 reached London. The Petrograd Soviet met on 1 September 1917.
      The Red Terror of 3 October 1918 spread. Dublin’s Bloody Sunday of 31 August 1913 was another.

      - 15 March 1918: Treaty of Brest-Litovsk ratified by the Congress of Soviets
    `, NEW_STYLE_RUSSIA);
  });

  it('warns even where the text gives another date on purpose; a disable comment says “I know”', () => {
    checkDiagnostics(`
      Some accounts say the Treaty of Brest-Litovsk was signed on 3 May 1918.
                                                                  ^^^^^^^^^^ warning event-date-mismatch: 3 May 1918 is not the date of the Treaty of Brest-Litovsk: ${BREST}

      <!-- clio-disable-next-line event-date-mismatch -->
      Some accounts say the Treaty of Brest-Litovsk was signed on 3 May 1918.
    `, NEW_STYLE_RUSSIA);
  });
});

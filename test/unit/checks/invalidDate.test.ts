// Diagnostic: invalid-date
//
// No such day (31 April 1917), or a day of one calendar only read in the other (29 February 1900 exists in the
// Julian calendar, not the Gregorian). Producer: server/src/analysis/checks/invalidDate.ts.
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

  it('marks only the bad side of a dual date', () => {
    checkDiagnostics(`
      On 13 March (O.S. 30 February) 1917 nothing happened.
                        ^^^^^^^^^^^ error invalid-date: 30 February 1917 does not exist: February 1917 had 28 days
    `, NEW_STYLE_RUSSIA);
  });

  it('accepts leap days that exist: 29 February 1904, 29 February 2000, and 29 February 1900 marked O.S.', () => {
    checkDiagnostics(`
      On 29 February 1904, on 29 February 2000 and on 29 February 1900 (O.S.) the clerks worked.
    `, NEW_STYLE_RUSSIA);
  });
});

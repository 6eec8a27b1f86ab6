// Diagnostic: weekday-mismatch
//
// A stated weekday disagrees with its date; the message says when the weekday fits the other calendar's reading
// (7 November 1917 N.S. was a Wednesday; 7 November 1917 O.S. was a Tuesday). Producer:
// server/src/analysis/checks/weekdayMismatch.ts.
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

describe('weekday-mismatch', () => {
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
});

/** The calendar checks and calendar-mixup as a user sees them: codes and ranges from vscode.languages.getDiagnostics. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clioDiagnostics, codeOf, describe, findDiagnostic, openFixture, rangeOf, sleep, waitForCode } from './helpers';

suite('diagnostics', () => {
  test('dual-date-mismatch on "8 March (O.S. 24 February) 1917" in a Gregorian document', async () => {
    const { doc } = await openFixture('mismatch.md');
    const ds = await waitForCode(doc.uri, 'dual-date-mismatch');
    const d = findDiagnostic(ds, 'dual-date-mismatch', rangeOf(doc, '8 March (O.S. 24 February) 1917'));
    // The message names both calendars' days in words (docs/design.md, "Diagnostic codes").
    assert.match(d.message, /23 February/, `message should give the right O.S. day: ${d.message}`);
    assert.match(d.message, /8 March/, d.message);
    assert.ok(d.severity <= vscode.DiagnosticSeverity.Warning, `severity ${d.severity}`);
  });

  test('invalid-date on "31 April 1917"', async () => {
    const { doc } = await openFixture('checks.md');
    const ds = await waitForCode(doc.uri, 'invalid-date');
    findDiagnostic(ds, 'invalid-date', rangeOf(doc, '31 April 1917'));
  });

  test('reform-gap on "5 February 1918" in Russia read in its calendar of the time (a day the reform skipped)', async () => {
    // settings.md sets no convention: the date is read in Russia's own calendar, where the reform skipped it.
    const { doc } = await openFixture('settings.md');
    const ds = await waitForCode(doc.uri, 'reform-gap');
    findDiagnostic(ds, 'reform-gap', rangeOf(doc, '5 February 1918'));
  });

  test('weekday-mismatch on "Tuesday, 7 November 1917" (it was a Wednesday N.S.)', async () => {
    const { doc } = await openFixture('checks.md');
    const ds = await waitForCode(doc.uri, 'weekday-mismatch');
    const d = findDiagnostic(ds, 'weekday-mismatch', rangeOf(doc, 'Tuesday, 7 November 1917'));
    assert.match(d.message, /Wednesday/, d.message);
  });

  test('calendar-mixup on "27 February 1917" next to the Petrograd Soviet (its O.S. date)', async () => {
    const { doc } = await openFixture('checks.md');
    const ds = await waitForCode(doc.uri, 'calendar-mixup');
    findDiagnostic(ds, 'calendar-mixup', rangeOf(doc, '27 February 1917'));
  });

  test('a consistent draft gets no warnings (dual dates right, code block skipped)', async () => {
    const { doc } = await openFixture('clean.md');
    await sleep(1_500); // give the server time to publish
    const bad = clioDiagnostics(doc.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(bad.map(codeOf), [], `unexpected warnings:\n  ${describe(bad)}`);
  });
});

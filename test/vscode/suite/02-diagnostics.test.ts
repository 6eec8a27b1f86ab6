/** The calendar checks and calendar-mixup as a user sees them: codes and ranges from vscode.languages.getDiagnostics. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clioDiagnostics, codeOf, describe, findDiagnostic, openFixture, openUntitled, rangeOf, waitForCode, waitForDiagnostics } from './helpers';

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
    // No diagnostics look the same as none published yet; so clean.md's text gets a wrong day first, which
    // must be reported (the document is checked), and then loses it: what is published then has no warnings.
    const clean = (await openFixture('clean.md')).doc.getText();
    const slip = 'On 31 April 1917 nothing happened.\n';
    const { doc } = await openUntitled(`${clean}\n${slip}`);
    await waitForCode(doc.uri, 'invalid-date');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, rangeOf(doc, slip));
    assert.equal(await vscode.workspace.applyEdit(edit), true, 'applyEdit failed');
    const invalid = (all: vscode.Diagnostic[]) => all.some((d) => d.source === 'clio' && codeOf(d) === 'invalid-date');
    await waitForDiagnostics(doc.uri, (all) => !invalid(all), 10_000, 'republished diagnostics without the invalid date');
    const bad = clioDiagnostics(doc.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(bad.map(codeOf), [], `unexpected warnings:\n  ${describe(bad)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

/** Quick fixes: vscode.executeCodeActionProvider + workspace.applyEdit change the text exactly as expected. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, codeOf, describe, findDiagnostic, openUntitled, rangeOf, textAfter, waitForCode, waitForDiagnostics } from './helpers';

const MISMATCH = `---
clio:
  calendar: gregorian
  region: russia
---

On 8 March (O.S. 24 February) 1917 the women textile workers of Petrograd marched.
`;

suite('quick fixes', () => {
  test('dual-date-mismatch: "correct the O.S. side" rewrites 24 February to 23 February, and only that', async () => {
    const { doc } = await openUntitled(MISMATCH);
    const ds = await waitForCode(doc.uri, 'dual-date-mismatch');
    const d = findDiagnostic(ds, 'dual-date-mismatch', rangeOf(doc, '8 March (O.S. 24 February) 1917'));
    const actions = await codeActions(doc.uri, d.range);
    assert.ok(actions.length > 0, `no quick fix offered at the dual-date-mismatch (${describe([d])})`);
    const expected = MISMATCH.replace('(O.S. 24 February)', '(O.S. 23 February)');
    const fix = actions.find((a) => textAfter(doc, a.edit) === expected);
    assert.ok(fix, `no fix produces ${JSON.stringify(expected.split("\n")[6])}; offered:\n  ${actions.map((a) => `${a.title} → ${JSON.stringify(textAfter(doc, a.edit).split('\n')[6])}`).join('\n  ')}`);

    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, 'applyEdit failed');
    assert.equal(doc.getText(), expected);
    // After the fix the mismatch goes away.
    const gone = (all: vscode.Diagnostic[]) => !all.some((x) => x.source === 'clio' && codeOf(x) === 'dual-date-mismatch');
    const after = await waitForDiagnostics(doc.uri, gone, 5_000, 'republished diagnostics without the mismatch');
    assert.ok(gone(after), `mismatch still reported after the fix:\n  ${describe(after)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('every offered fix for the mismatch changes only the date', async () => {
    const { doc } = await openUntitled(MISMATCH);
    const ds = await waitForCode(doc.uri, 'dual-date-mismatch');
    const d = findDiagnostic(ds, 'dual-date-mismatch', rangeOf(doc, '8 March (O.S. 24 February) 1917'));
    const actions = await codeActions(doc.uri, d.range);
    const fixes = actions.filter((a) => a.edit && a.edit.size > 0);
    assert.ok(fixes.length >= 2, `expected fixes (with edits) for both sides, got: ${actions.map((a) => `${a.title}${a.edit ? '' : ' (no edit)'}`).join(', ') || 'none'}`);
    const before = doc.getText().split('\n');
    for (const f of fixes) {
      const lines = textAfter(doc, f.edit).split('\n');
      assert.equal(lines.length, before.length, f.title);
      lines.forEach((l, i) => { if (i !== 6) assert.equal(l, before[i], `${f.title} changed line ${i}`); });
      assert.match(lines[6], /^On .+ 1917 the women textile workers of Petrograd marched\.$/, f.title);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

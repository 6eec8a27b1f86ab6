/**
 * Clio's commands (palette titles under "Clio:"), declared, registered and run. Each command takes an
 * optional argument that skips its picker (client/src/commands.ts), which is how the tests drive them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateClio, fixtureUri, openFixture, openUntitled, rangeOf } from './helpers';

interface CommandContribution { command: string; title: string; category?: string }

const GREGORIAN = `---
clio:
  calendar: gregorian
  region: russia
---

`;

async function closeActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('commands', () => {
  test('Insert Event…, Convert Date at Cursor, Set Calendar Convention and Show Dataset Entry are declared and registered', async () => {
    await activateClio();
    const declared: CommandContribution[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes?.commands ?? [];
    const titles = declared.map((c) => `${c.category ? c.category + ': ' : ''}${c.title}`);
    for (const want of [/^Clio: Insert Event/, /^Clio: Convert Date at Cursor/, /^Clio: Set Calendar Convention/, /^Clio: Show Dataset Entry/]) {
      assert.ok(titles.some((t) => want.test(t)), `no command titled ${want} in package.json (have: ${titles.join(', ') || 'none'})`);
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepEqual(missing, [], 'declared but not registered after activation');
  });

  test('Insert Event… (october-revolution) inserts the event in the document\'s convention at the cursor', async () => {
    const { doc, editor } = await openUntitled(`${GREGORIAN}Then came `);
    const end = doc.positionAt(doc.getText().length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('clio.insertEvent', 'october-revolution');
    assert.equal(doc.lineAt(end.line).text, 'Then came the October Revolution of 7 November (O.S. 25 October) 1917');
    await closeActive();
  });

  test('Convert Date at Cursor rewrites "7 November 1917" as a dual date and back', async () => {
    const { doc, editor } = await openUntitled(`${GREGORIAN}The Winter Palace fell on 7 November 1917.\n`);
    const at = rangeOf(doc, '7 November 1917').start.translate(0, 3);
    editor.selection = new vscode.Selection(at, at);
    const dual = await vscode.commands.executeCommand<string>('clio.convertDateAtCursor', 'dual-gregorian-first');
    const line = doc.lineAt(at.line).text;
    assert.match(line, /^The Winter Palace fell on 7 November .*25 October.* 1917\.$|^The Winter Palace fell on 7 November 1917 .*25 October.*\.$/, `after conversion: ${line} (command returned ${dual})`);
    assert.ok(line.includes(dual), `the command's result ${JSON.stringify(dual)} is not in the line ${JSON.stringify(line)}`);
    assert.match(line, /O\.S\./, line);

    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('clio.convertDateAtCursor', 'julian');
    assert.match(doc.lineAt(at.line).text, /^The Winter Palace fell on 25 October .*1917.*\.$/, doc.lineAt(at.line).text);
    await closeActive();
  });

  test('Set Calendar Convention (julian) writes clio.calendar into new front matter', async () => {
    const { doc } = await openUntitled('# A chapter\n\nOn 25 October 1917 the Winter Palace was taken.\n');
    await vscode.commands.executeCommand('clio.setCalendarConvention', 'julian');
    const text = doc.getText();
    assert.match(text, /^---\n(?:.*\n)*?clio:\n(?:\s+.*\n)*?\s+calendar: julian\n(?:.*\n)*?---\n/, `front matter not written:\n${text}`);
    assert.ok(text.endsWith('# A chapter\n\nOn 25 October 1917 the Winter Palace was taken.\n'), `the body changed:\n${text}`);
    await closeActive();
  });

  test('Set Calendar Convention (dual) updates an existing clio.calendar', async () => {
    const { doc } = await openUntitled(`${GREGORIAN}On 7 November 1917 the Winter Palace was taken.\n`);
    await vscode.commands.executeCommand('clio.setCalendarConvention', 'dual');
    const text = doc.getText();
    assert.match(text, /calendar: dual\n/, text);
    assert.doesNotMatch(text, /calendar: gregorian/, text);
    assert.match(text, /region: russia\n/, text);
    await closeActive();
  });

  test('Show Dataset Entry on "Lenin" opens his entry in the bundled dataset', async () => {
    const { doc, editor } = await openFixture('people.md');
    const at = rangeOf(doc, 'Lenin reached').start.translate(0, 2);
    editor.selection = new vscode.Selection(at, at);
    const opened = await vscode.commands.executeCommand<string>('clio.showDatasetEntry');
    assert.ok(opened, 'the command opened nothing');
    const shown = vscode.window.activeTextEditor;
    assert.ok(shown && shown.document.uri.toString() !== doc.uri.toString(), 'no other editor became active');
    const near = shown.document.getText(new vscode.Range(shown.selection.start.line, 0, shown.selection.start.line + 3, 0));
    assert.match(near, /"lenin"|Lenin/, `the selection is not at Lenin's entry:\n${near}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Show Dataset Entry on a user-dataset person opens people.clio.json at the entry', async () => {
    const { doc, editor } = await openFixture('people.md');
    const at = rangeOf(doc, 'Ivan Fixturov').start.translate(0, 6);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('clio.showDatasetEntry');
    const shown = vscode.window.activeTextEditor;
    assert.equal(shown?.document.uri.toString(), fixtureUri('people.clio.json').toString());
    const near = shown!.document.getText(new vscode.Range(shown!.selection.start.line, 0, shown!.selection.start.line + 3, 0));
    assert.match(near, /ivan-testovich-fixturov|Ivan Testovich Fixturov/, near);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

/** Completions: the event snippet through vscode.executeCompletionItemProvider, inserted as VS Code would. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openUntitled } from './helpers';

const DOC = (calendar: string) => `---
clio:
  calendar: ${calendar}
  region: russia
---

Then came Octob`;

function label(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : i.label.label;
}

/** Completes at the end of the last line, accepts the "October Revolution" item, returns the resulting line. */
async function completeOctober(calendar: string): Promise<string> {
  const { doc, editor } = await openUntitled(DOC(calendar));
  const line = doc.lineCount - 1;
  const pos = new vscode.Position(line, doc.lineAt(line).text.length); // right after "Octob"
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  const item = list.items.find((i) => /October Revolution/.test(label(i)));
  assert.ok(item, `no "October Revolution" item; got ${list.items.length} items: ${list.items.slice(0, 15).map(label).join(', ')}`);
  const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing
    ?? doc.getWordRangeAtPosition(pos) ?? new vscode.Range(pos, pos);
  const text = item.insertText ?? label(item);
  const snippet = text instanceof vscode.SnippetString ? text : new vscode.SnippetString(text.replace(/[$}\\]/g, '\\$&'));
  assert.equal(await editor.insertSnippet(snippet, range), true, 'insertSnippet failed');
  const result = doc.lineAt(line).text;
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return result;
}

suite('completion', () => {
  test('"Octob" → the October Revolution snippet, Gregorian convention', async () => {
    assert.equal(await completeOctober('gregorian'), 'Then came the October Revolution of 7 November (O.S. 25 October) 1917');
  });

  test('"Octob" → the October Revolution snippet, Julian convention', async () => {
    assert.equal(await completeOctober('julian'), 'Then came the October Revolution of 25 October (7 November) 1917');
  });

  test('"Octob" → the October Revolution snippet, dual convention', async () => {
    assert.equal(await completeOctober('dual'), 'Then came the October Revolution of 25 October/7 November 1917');
  });
});

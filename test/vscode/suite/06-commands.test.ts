/** The commands of #5 are declared under "Clio:" and registered once Clio is active. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateClio } from './helpers';

interface CommandContribution { command: string; title: string; category?: string }

suite('commands', () => {
  test('Insert Event…, Convert Date at Cursor, Set Calendar Convention and Show Dataset Entry are declared and registered', async () => {
    await activateClio();
    const declared: CommandContribution[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes?.commands ?? [];
    const titles = declared.map((c) => `${c.category ? c.category + ': ' : ''}${c.title}`);
    for (const want of [/Insert Event/, /Convert Date at Cursor/, /Set Calendar Convention/, /Show Dataset Entry/]) {
      assert.ok(titles.some((t) => want.test(t)), `no command titled ${want} in package.json (have: ${titles.join(', ') || 'none'})`);
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepEqual(missing, [], 'declared but not registered after activation');
  });
});

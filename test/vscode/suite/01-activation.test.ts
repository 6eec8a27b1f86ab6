/** The extension activates in a real VS Code extension host and its language client starts the server. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateClio, clioDiagnostics, describe, openFixture, waitForDiagnostics } from './helpers';

suite('activation', () => {
  test('Clio is installed, activates, and its language client runs', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    assert.equal(ext.packageJSON.publisher, 'clio-history');
    const api = await activateClio();
    assert.equal(ext.isActive, true);
    assert.equal(api.client.isRunning(), true, 'language client is not running');
    console.log(`    (VS Code ${vscode.version}, extension host ${process.execPath} ${process.version}, ${vscode.env.appName})`);
  });

  test('opening a Markdown draft gives it the markdown language (activation event onLanguage:markdown)', async () => {
    const { doc } = await openFixture('clean.md');
    assert.equal(doc.languageId, 'markdown');
  });

  test('every diagnostic Clio publishes has source "clio"', async () => {
    const { doc } = await openFixture('checks.md');
    // checks.md has findings: wait for them, then every diagnostic the server published must carry source "clio".
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => d.source === 'clio'), 10_000, 'clio diagnostics');
    const fromServer = ds.filter((d) => d.source !== 'markdown'); // VS Code's own Markdown validation, if enabled
    for (const d of fromServer) assert.equal(d.source, 'clio', `diagnostic without source "clio": ${describe([d])}`);
    console.log(`    (${clioDiagnostics(doc.uri).length} clio diagnostics on checks.md)`);
  });
});

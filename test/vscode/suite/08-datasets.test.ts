/** *.clio.json user datasets: VS Code validates them with the contributed JSON Schema; the server reports dataset-error. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateClio, describe, fixtureUri, waitForDiagnostics } from './helpers';

suite('datasets', () => {
  test('package.json contributes the dataset schema for *.clio.json', () => {
    const contrib = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes?.jsonValidation ?? [];
    assert.ok(contrib.some((j: { fileMatch: string | string[] }) => [j.fileMatch].flat().some((m) => /\*\.clio\.json/.test(m))),
      `no jsonValidation for *.clio.json: ${JSON.stringify(contrib)}`);
  });

  test('a broken *.clio.json gets schema errors in the editor', async () => {
    await activateClio();
    const uri = fixtureUri('broken.clio.json');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'json');
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => /summary|sources|pattern|id/i.test(d.message)), 15_000);
    assert.ok(ds.some((d) => /summary|sources/i.test(d.message)), `expected "missing property summary/sources" from the schema; got:\n  ${describe(ds)}`);
  });

  test('a valid *.clio.json has no schema errors', async () => {
    await activateClio();
    const uri = fixtureUri('people.clio.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ds = await waitForDiagnostics(uri, () => false, 3_000);
    assert.deepEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
  });
});

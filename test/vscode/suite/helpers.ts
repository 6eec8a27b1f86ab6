/** Shared helpers for the extension-host suite: everything goes through the public `vscode` API. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'clio-history.clio';

/** Activates Clio and waits until its language client has started (activate() resolves after client.start()). */
export async function activateClio(): Promise<{ client: { isRunning(): boolean } }> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = (await ext.activate()) as { client: { isRunning(): boolean } };
  assert.ok(api?.client, 'activate() did not return { client }');
  return api;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/vscode/fixtures) is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor (as a user would) after Clio is active. */
export async function openFixture(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  await activateClio();
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

/** An untitled Markdown document with the given text (the fixture files on disk stay untouched). */
export async function openUntitled(content: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  await activateClio();
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function clioDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clio');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `predicate` holds for the document's diagnostics (re-checked whenever they change and
 * every 250 ms) and returns them; fails when the timeout passes first, showing what did arrive, so
 * that a test never passes on diagnostics that were never published.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ds = vscode.languages.getDiagnostics(uri);
    if (predicate(ds)) return ds;
    if (Date.now() > deadline) assert.fail(`no ${what} on ${uri.path} within ${timeoutMs} ms; got:\n  ${describe(ds)}`);
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) { sub.dispose(); resolve(); }
      });
      setTimeout(() => { sub.dispose(); resolve(); }, 250);
    });
  }
}

/** Waits for Clio's diagnostics with `code` to appear. */
export async function waitForCode(uri: vscode.Uri, code: string, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const ds = await waitForDiagnostics(uri, (all) => all.some((d) => d.source === 'clio' && codeOf(d) === code), timeoutMs, `clio "${code}" diagnostic`);
  return ds.filter((d) => d.source === 'clio');
}

export function describe(ds: vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(no diagnostics)';
  return ds.map((d) => `${d.source}/${codeOf(d)} ${fmtRange(d.range)} ${JSON.stringify(d.message)}`).join('\n  ');
}

export function fmtRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The range of the first occurrence of `text` in the document (after `after`, if given). */
export function rangeOf(doc: vscode.TextDocument, text: string, after?: string): vscode.Range {
  const all = doc.getText();
  const from = after ? all.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" not in ${doc.uri.path}`);
  const i = all.indexOf(text, from);
  assert.ok(i >= 0, `"${text}" not in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(i), doc.positionAt(i + text.length));
}

/** Position `offset` characters into the first occurrence of `text`. */
export function positionIn(doc: vscode.TextDocument, text: string, offset = 1): vscode.Position {
  return rangeOf(doc, text).start.translate(0, offset);
}

/** Clio's diagnostic with `code` whose range lies inside `within` and overlaps `core` (if given). */
export function findDiagnostic(
  ds: vscode.Diagnostic[], code: string, within: vscode.Range, core?: vscode.Range,
): vscode.Diagnostic {
  const d = ds.find((x) => x.source === 'clio' && codeOf(x) === code && within.contains(x.range) && (!core || !!x.range.intersection(core)));
  assert.ok(d, `expected a clio "${code}" diagnostic inside ${fmtRange(within)}; got:\n  ${describe(ds)}`);
  return d;
}

/** The plain text of every hover at a position. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c))))
    .join('\n');
}

/**
 * Code actions (quick fixes) offered for a range, resolved. Retried for a few seconds while empty:
 * diagnostics reach the extension host before the workbench's marker service, and VS Code sends the
 * markers at the range as the request's context.diagnostics, so a request made the instant the
 * diagnostics arrive can legitimately come back empty.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, timeoutMs = 5_000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let actions: vscode.CodeAction[] = [];
    try {
      actions = ((await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 10,
      )) ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof (a as vscode.Command).command === 'string'));
    } catch (e) {
      // The workbench cancels a code-action request when the document's diagnostics change under it.
      if (!/Canceled/.test(String(e)) || Date.now() > deadline) throw e;
    }
    if (actions.length > 0 || Date.now() > deadline) return actions;
    await sleep(250);
  }
}

/** What a document's text would be after applying `edit` (without touching the document). */
export function textAfter(doc: vscode.TextDocument, edit: vscode.WorkspaceEdit | undefined): string {
  const edits = (edit?.get(doc.uri) ?? []).slice().sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let text = doc.getText();
  for (const e of edits) text = text.slice(0, doc.offsetAt(e.range.start)) + e.newText + text.slice(doc.offsetAt(e.range.end));
  return text;
}

/** Snippet text with its placeholders filled by their defaults ("${1:the} X" → "the X"). */
export function expandSnippet(snippet: string): string {
  let s = snippet;
  let prev;
  do {
    prev = s;
    s = s.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  } while (s !== prev);
  return s.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/** Sets a `clio.*` setting in the user (global) settings of the test profile; returns a restore function. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const cfg = vscode.workspace.getConfiguration('clio');
  const before = cfg.inspect(key)?.globalValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => { await vscode.workspace.getConfiguration('clio').update(key, before, vscode.ConfigurationTarget.Global); };
}

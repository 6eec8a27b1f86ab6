/**
 * Clio: Show Timeline — a webview beside the editor that draws the chronology (`clio/chronology`) of the active
 * Markdown document, or of the whole workspace, and links it both ways with the editor: picking an item selects its
 * text, moving the cursor highlights its item. The drawing lives in client/webview/timeline (dist/timeline.js).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ChronologyRequest, LANGUAGE_ID, type ChronologyParams, type ChronologyResult } from '../../../shared/protocol';
import { exportChronology, type ChronologyFormat } from '../../../shared/chronologyExport';
import type { FromWebview, ToWebview } from '../../webview/timeline/messages';
import type { ClioContext } from '../ctx';

/** How long the view waits after an edit before asking for the chronology again: edits never wait on it. The
 *  workspace's chronology reads every file, so it is asked for less often. */
const REFRESH_MS = 500;
const WORKSPACE_REFRESH_MS = 2000;

export class TimelinePanel implements vscode.Disposable {
  private static readonly panels = new Map<'document' | 'workspace', TimelinePanel>();

  /** Opens (or brings forward) the document's or the workspace's timeline. */
  static show(ctx: ClioContext, document: vscode.TextDocument | undefined): TimelinePanel {
    const mode = document ? 'document' : 'workspace';
    const open = TimelinePanel.panels.get(mode);
    if (open) {
      if (document) open.follow(document);
      open.panel.reveal(undefined, true);
      return open;
    }
    const panel = new TimelinePanel(ctx, document);
    TimelinePanel.panels.set(mode, panel);
    return panel;
  }

  readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private result: ChronologyResult = { convention: undefined, items: [] };
  private ready = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | undefined;
  /** Whether an edit came in while a request was under way. */
  private stale = false;
  /** The column of the editor the timeline serves, so that revealing never opens text in the timeline's column. */
  private editorColumn: vscode.ViewColumn | undefined;

  private constructor(private readonly ctx: ClioContext, private document: vscode.TextDocument | undefined) {
    const dist = vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist');
    this.editorColumn = vscode.window.activeTextEditor?.viewColumn;
    this.panel = vscode.window.createWebviewPanel('clio.timeline', this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [dist],
      retainContextWhenHidden: true,
    });
    this.panel.webview.html = this.html(dist);
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => { if (this.covers(event.document) && event.contentChanges.length) this.scheduleRefresh(); }),
      vscode.workspace.onDidSaveTextDocument((doc) => { if (!this.document && this.covers(doc)) this.scheduleRefresh(); }),
      vscode.window.onDidChangeTextEditorSelection((event) => this.cursorMoved(event.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.document && editor.document.languageId === LANGUAGE_ID) this.follow(editor.document);
        if (editor) this.cursorMoved(editor);
      }),
    );
  }

  private title(): string {
    return this.document ? `Timeline: ${this.document.uri.path.split('/').pop()}` : 'Timeline: workspace';
  }

  /** Shows another document's timeline (document mode follows the active Markdown editor). */
  private follow(document: vscode.TextDocument): void {
    if (this.document?.uri.toString() === document.uri.toString()) return;
    this.document = document;
    this.panel.title = this.title();
    void this.refresh();
  }

  private covers(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== LANGUAGE_ID) return false;
    return this.document ? doc.uri.toString() === this.document.uri.toString() : true;
  }

  private receive(message: FromWebview): void {
    if (message.type === 'ready') {
      this.ready = true;
      void this.refresh();
    } else if (message.type === 'reveal') void this.reveal(message.index);
    else if (message.type === 'export') void this.export();
  }

  /** Export…: the chronology shown, written by the same code as `clio chronology`, to a file the user picks. */
  private async export(): Promise<void> {
    const formats: (vscode.QuickPickItem & { format: ChronologyFormat; ext: string })[] = [
      { label: 'Markdown table', description: 'for an appendix', format: 'md', ext: 'md' },
      { label: 'CSV', format: 'csv', ext: 'csv' },
      { label: 'JSON', description: 'clio/chronology items', format: 'json', ext: 'json' },
      { label: 'TimelineJS', description: 'TimelineJS 3 JSON', format: 'timelinejs', ext: 'json' },
    ];
    const picked = await vscode.window.showQuickPick(formats, { title: 'Clio: Export Chronology' });
    if (!picked) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${this.document ? this.document.uri.path.split('/').pop()!.replace(/\.[^.]*$/, '') : 'book'}-chronology${picked.format === 'timelinejs' ? '.timeline' : ''}.${picked.ext}`;
    const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, title: 'Clio: Export Chronology' });
    if (!target) return;
    const text = exportChronology(this.result, picked.format, {
      fileName: (uri) => vscode.workspace.asRelativePath(this.ctx.client.protocol2CodeConverter.asUri(uri), false),
      title: this.title(),
    });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  }

  /** At most one request every REFRESH_MS while the text changes; the edit itself only arms a timer. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => { this.refreshTimer = undefined; void this.refresh(); }, this.document ? REFRESH_MS : WORKSPACE_REFRESH_MS);
  }

  private async refresh(): Promise<void> {
    if (!this.ready) return;
    if (this.refreshing) { this.stale = true; return this.refreshing; }
    this.refreshing = (async () => {
      try {
        const params: ChronologyParams = this.document ? { textDocument: this.ctx.textDocument(this.document) } : { workspace: true };
        this.result = await this.ctx.client.sendRequest<ChronologyResult>(ChronologyRequest.method, params);
        this.post({ type: 'chronology', result: this.result, workspace: !this.document, title: this.title() });
        const editor = vscode.window.activeTextEditor;
        if (editor) this.cursorMoved(editor);
      } catch (error) {
        void vscode.window.showWarningMessage(`Clio: could not read the chronology: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.refreshing = undefined;
      }
    })();
    await this.refreshing;
    if (this.stale) { this.stale = false; await this.refresh(); }
  }

  private cursorMoved(editor: vscode.TextEditor): void {
    if (!this.ready || !this.covers(editor.document)) return;
    if (editor.viewColumn) this.editorColumn = editor.viewColumn;
    const { line, character } = editor.selection.active;
    this.post({ type: 'cursor', uri: this.ctx.client.code2ProtocolConverter.asUri(editor.document.uri), line, character });
  }

  /** Opens the item's file in the editor's column (not the timeline's) and selects its text. */
  private async reveal(index: number): Promise<void> {
    const item = this.result.items[index];
    if (!item) return;
    const uri = this.ctx.client.protocol2CodeConverter.asUri(item.uri);
    const range = this.ctx.client.protocol2CodeConverter.asRange(item.range);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(visible?.document ?? await vscode.workspace.openTextDocument(uri), { viewColumn: visible?.viewColumn ?? this.editorColumn ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  /** The page: our script and stylesheet only (strict CSP, no network), under a nonce. */
  private html(dist: vscode.Uri): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'timeline.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'timeline.css'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; font-src ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style}">
<title>Clio timeline</title>
</head>
<body>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const [mode, panel] of TimelinePanel.panels) if (panel === this) TimelinePanel.panels.delete(mode);
    clearTimeout(this.refreshTimer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.panel.dispose();
  }
}

/**
 * Check Workspace (the editor's side of `clio check`): asks the server to analyze every Markdown file and shows the results in the Problems panel
 * through a collection of its own — files the editor has open are left to the server's live diagnostics.
 */
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../../shared/protocol';
import type { ClioContext } from './ctx';

export interface WorkspaceCheckSummary {
  checked: number;
  /** Files with problems that were put in the Problems panel (open documents excluded). */
  files: number;
  problems: number;
  cancelled: boolean;
}

export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('clio-workspace');
  private readonly subscriptions: vscode.Disposable[] = [];
  private runs = 0;

  constructor(private readonly ctx: ClioContext) {
    // Once a file is open the server publishes its diagnostics as it changes; the snapshot would duplicate them.
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => this.collection.delete(doc.uri)));
  }

  async run(): Promise<WorkspaceCheckSummary | undefined> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('Clio: open a folder to check its Markdown files.');
      return undefined;
    }
    const client = this.ctx.client;
    const token = `clio-check-workspace-${++this.runs}`;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Clio: checking Markdown files', cancellable: true },
      async (progress, cancel): Promise<CheckWorkspaceResult | undefined> => {
        let done = 0;
        const listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
          if (value.kind === 'end') return;
          const percentage = value.percentage ?? done;
          progress.report({ message: value.message, increment: percentage - done });
          done = percentage;
        });
        try {
          return await client.sendRequest(CheckWorkspaceRequest, { folders: folders.map((f) => f.uri.toString()), workDoneToken: token }, cancel);
        } catch (error) {
          if (cancel.isCancellationRequested) return undefined;
          throw error;
        } finally {
          listener.dispose();
        }
      },
    );
    if (!result) return { checked: 0, files: 0, problems: 0, cancelled: true };
    this.collection.clear();
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let files = 0;
    let problems = 0;
    for (const file of result.files) {
      const uri = client.protocol2CodeConverter.asUri(file.uri);
      if (open.has(uri.toString())) continue;
      this.collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(file.diagnostics));
      files++;
      problems += file.diagnostics.length;
    }
    const summary = { checked: result.checked, files, problems, cancelled: result.cancelled };
    const allProblems = result.files.reduce((n, f) => n + f.diagnostics.length, 0);
    void vscode.window.showInformationMessage(
      `Clio checked ${result.checked} Markdown file${result.checked === 1 ? '' : 's'}${result.cancelled ? ' (cancelled)' : ''}: ` +
        (allProblems ? `${allProblems} problem${allProblems === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'}, shown in the Problems panel.` : 'no problems.'),
    );
    return summary;
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.collection.dispose();
  }
}

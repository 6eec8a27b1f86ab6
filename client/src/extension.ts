/** VS Code entry point: starts Clio's language client, then its commands, status bar and read-only bundled data. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BundledDataProvider } from './bundledData';
import { registerCommands } from './commands';
import { ClioContext } from './ctx';
import { ConventionStatus } from './statusBar';
import { WorkspaceCheck } from './workspaceCheck';

let ctx: ClioContext | undefined;

/** Returns once the server has been initialized, so that tests (and other extensions) can rely on it. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  ctx = new ClioContext(context);
  await ctx.start();
  const workspaceCheck = new WorkspaceCheck(ctx);
  context.subscriptions.push(
    ctx,
    workspaceCheck,
    BundledDataProvider.register(context),
    ...registerCommands(ctx, workspaceCheck),
    new ConventionStatus(ctx),
  );
  return { client: ctx.client };
}

export async function deactivate(): Promise<void> {
  await ctx?.dispose();
  ctx = undefined;
}

/** VS Code entry point: starts the Clio language server and stops it on deactivate. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NAME } from '../../shared/protocol';

let client: LanguageClient | undefined;

/** Returns once the server has been initialized, so that tests (and other extensions) can rely on it. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'clio' },
  };
  client = new LanguageClient('clio', SERVER_NAME, serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

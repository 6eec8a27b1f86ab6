/** Owns the language client: how the server is started, its lifecycle, and typed requests to it. */
import { mkdirSync } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, SERVER_NAME } from '../../shared/protocol';
import { SECTION } from './config';

export class ClioContext implements vscode.Disposable {
  readonly client: LanguageClient;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    const module = extension.asAbsolutePath('dist/server.js');
    // The server's V8 code cache goes in the extension's own storage, not its installation folder, which may be
    // read-only or shared (server/src/util/codeCache.ts; a folder that cannot be made just means no cache).
    const cacheDir = extension.globalStorageUri.fsPath;
    try {
      mkdirSync(cacheDir, { recursive: true });
    } catch {
      // no cache
    }
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { env: { ...process.env, CLIO_CODE_CACHE_DIR: cacheDir } } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: LANGUAGE_ID },
        { scheme: 'untitled', language: LANGUAGE_ID },
      ],
      synchronize: { configurationSection: SECTION },
      // Read on every (re)start: an untrusted workspace gets the bundled dataset only (see package.json capabilities).
      initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    };
    this.client = new LanguageClient('clio', SERVER_NAME, serverOptions, clientOptions);
    // Trusting the workspace lets the server read its datasets and .clio.json: restart it with the new options.
    this.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.client.restart()));
  }

  async start(): Promise<void> {
    await this.client.start();
  }

  /** LSP's identifier of a VS Code document. */
  textDocument(doc: vscode.TextDocument) {
    return this.client.code2ProtocolConverter.asTextDocumentIdentifier(doc);
  }

  async dispose(): Promise<void> {
    for (const s of this.subscriptions.splice(0)) s.dispose();
    if (this.client.needsStop()) await this.client.stop();
  }
}

/** The active editor when it shows a Markdown document Clio checks, else undefined. */
export function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === LANGUAGE_ID ? editor : undefined;
}

/** Shows the bundled dataset files read-only under `clio-data:/events.json`: the extension's own data/ files, not editable. */
import * as vscode from 'vscode';
import { BUNDLED_DATA_SCHEME } from '../../shared/protocol';

export function bundledDataUri(file: string): vscode.Uri {
  return vscode.Uri.from({ scheme: BUNDLED_DATA_SCHEME, path: `/${file}` });
}

/** Documents of a content provider are read-only in VS Code, which is what bundled data should be. */
export class BundledDataProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    // Only file names directly in data/ (no "..") can be shown.
    const name = uri.path.replace(/^\/+/, '');
    if (!/^[\w.-]+\.json$/.test(name)) throw new Error(`Clio: no bundled data file ${uri.path}`);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'data', name));
    return new TextDecoder().decode(bytes);
  }

  static register(context: vscode.ExtensionContext): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(BUNDLED_DATA_SCHEME, new BundledDataProvider(context.extensionUri));
  }
}

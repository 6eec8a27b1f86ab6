/** The server's view of the workspace: loads `.clio.json` and user datasets, reloads them on change, and publishes
 *  `dataset-error` diagnostics in the offending files (cleared once a file is fixed). */
import { URI } from 'vscode-uri';
import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClioConfiguration } from '../../../shared/protocol';
import { bundledDataset } from '../dataset/bundled';
import type { Dataset } from '../dataset/dataset';
import { findDatasetFilesAsync, loadWorkspace, mergeConfiguration, type Workspace } from '../workspace';
import { toDatasetDiagnostics } from './toProtocol';

export class WorkspaceService {
  private workspace: Workspace = { dataset: bundledDataset(), config: {}, files: [] };
  private published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    readonly root: string | undefined,
    private readonly trusted: boolean,
  ) {}

  static rootOf(folders: { uri: string }[] | null | undefined, rootUri: string | null | undefined): string | undefined {
    const uri = folders?.[0]?.uri ?? rootUri ?? undefined;
    if (!uri) return undefined;
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  }

  get dataset(): Dataset {
    return this.workspace.dataset;
  }

  /** Client settings (VS Code) over `.clio.json`. */
  configuration(client: ClioConfiguration): ClioConfiguration {
    return mergeConfiguration(this.workspace.config, client);
  }

  /** Settles when the latest load() has read the workspace. */
  ready: Promise<void> = Promise.resolve();

  /**
   * Reads `.clio.json` and the datasets again (no publishing: initialize may not send notifications yet). The walk
   * for *.clio.json files does not block the server; loads run one after another.
   */
  load(datasetPaths: string[] = []): Promise<void> {
    this.ready = this.ready.then(async () => {
      try {
        const found = this.root && this.trusted ? await findDatasetFilesAsync(this.root) : [];
        this.workspace = loadWorkspace(this.root, { extraPaths: datasetPaths, trusted: this.trusted, found });
      } catch (error) {
        this.connection.console.error(`Clio: could not read the workspace datasets: ${String(error)}`);
      }
    });
    return this.ready;
  }

  /** Publishes each dataset file's problems, and clears files that no longer have any. */
  publishProblems(): void {
    const now = new Set<string>();
    for (const f of this.workspace.files) {
      const uri = URI.file(f.path).toString();
      now.add(uri);
      const doc = TextDocument.create(uri, 'json', 0, f.text);
      void this.connection.sendDiagnostics({ uri, diagnostics: toDatasetDiagnostics(f.problems, doc) });
    }
    for (const uri of this.published) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = now;
  }
}

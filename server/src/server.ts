/** The Clio language server: LSP wiring only. Every answer comes from analyze() and the pure features/. */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_NAME, type ClioConfiguration } from '../../shared/protocol';
import { DocumentStore } from './documentStore';
import { toLspDiagnostics } from './features/diagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let canPullConfiguration = false;
const store = new DocumentStore(
  (uri) => loadConfiguration(uri),
  (uri, version, analysis, doc) => {
    void connection.sendDiagnostics({ uri, version, diagnostics: toLspDiagnostics(analysis, doc) });
  },
  (message) => connection.console.error(message),
);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    },
    serverInfo: { name: SERVER_NAME, version: '0.1.0' },
  };
});

async function loadConfiguration(uri: string): Promise<ClioConfiguration> {
  if (!canPullConfiguration) return {};
  try {
    return ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'clio' })) ?? {}) as ClioConfiguration;
  } catch (error) {
    connection.console.warn(`Clio: could not read settings (${String(error)}); using defaults.`);
    return {};
  }
}

connection.onDidChangeConfiguration(() => store.configurationChanged(documents.all()));
documents.onDidOpen(({ document }) => store.opened(document));
documents.onDidChangeContent(({ document }) => store.changed(document));
documents.onDidClose(({ document }) => {
  store.closed(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();

/** The Clio language server: LSP wiring only. Every answer comes from analyze() and the pure features/. */
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_NAME, type ClioConfiguration } from '../../shared/protocol';
import type { TextEdit } from './analysis/types';
import { bundledDataset } from './dataset/bundled';
import { DocumentStore } from './documentStore';
import { fixAllEdits, fixesIn } from './features/codeActions';
import { toLspDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { inlayHints } from './features/inlayHints';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clio`;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let canPullConfiguration = false;
const store = new DocumentStore(
  () => bundledDataset(),
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
      hoverProvider: true,
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
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

/** The open document and its current analysis, or undefined for unknown/closed documents. */
async function current(uri: string) {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const analysis = await store.analysisOf(doc);
  return analysis && { doc, analysis };
}

function toLspEdits(doc: TextDocument, edits: TextEdit[]) {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

connection.onHover(async ({ textDocument, position }) => {
  const c = await current(textDocument.uri);
  if (!c) return null;
  const hover = hoverAt(c.analysis, bundledDataset(), c.doc.offsetAt(position));
  if (!hover) return null;
  return {
    contents: { kind: 'markdown', value: hover.markdown },
    range: { start: c.doc.positionAt(hover.start), end: c.doc.positionAt(hover.end) },
  };
});

connection.languages.inlayHint.on(async ({ textDocument, range }) => {
  const c = await current(textDocument.uri);
  if (!c) return [];
  const settings = await store.settingsOf(c.doc);
  if (!settings?.inlayHints.otherCalendar) return [];
  return inlayHints(c.analysis, c.doc.offsetAt(range.start), c.doc.offsetAt(range.end)).map((h) => ({
    position: c.doc.positionAt(h.offset),
    label: h.label,
    paddingLeft: true,
    tooltip: h.tooltip,
  }));
});

connection.onCodeAction(async ({ textDocument, range, context }) => {
  const c = await current(textDocument.uri);
  if (!c) return [];
  const { doc, analysis } = c;
  const uri = textDocument.uri;
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !context.only || context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const { finding, fix } of fixesIn(analysis, doc.offsetAt(range.start), doc.offsetAt(range.end))) {
      const diagnostic = context.diagnostics.find(
        (d) => d.code === finding.code && doc.offsetAt(d.range.start) === finding.start && doc.offsetAt(d.range.end) === finding.end,
      );
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnostic ? [diagnostic] : undefined,
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: toLspEdits(doc, fix.edits) } },
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(analysis);
    if (edits.length) actions.push({ title: 'Clio: fix all safe date problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: toLspEdits(doc, edits) } } });
  }
  return actions;
});

connection.onDidChangeConfiguration(() => store.configurationChanged(documents.all()));
documents.onDidOpen(({ document }) => store.opened(document));
documents.onDidChangeContent(({ document }) => store.changed(document));
documents.onDidClose(({ document }) => {
  store.closed(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();

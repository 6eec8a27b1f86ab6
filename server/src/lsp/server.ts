/**
 * The Clio language server: LSP wiring only. Every answer comes from analyze() and the pure features/. Bundled as
 * dist/serverMain.js and loaded by its entry, start.ts (dist/server.js), which tunes V8 first.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ReferencesRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type WorkspaceEdit,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { SERVER_NAME, type ClioConfiguration } from '../../../shared/protocol';
import type { DatasetAddition, DocumentAnalysis, TextEdit } from '../analysis/types';
import type { PieceDocument } from './pieceDocument';
import { bundledDataset } from '../dataset/bundled';
import { ChangeTracker } from './changeTracker';
import { DocumentStore } from './documentStore';
import { fixAllDefersWeekdays, fixAllEdits, fixesIn, replacementBetween } from '../features/codeActions';
import { fixText } from '../features/fixAll';
import { datasetFileUpdate } from '../features/datasetAddition';
import { hoverAt } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import { completionsAt, resolveCompletion, TRIGGER_CHARACTERS } from '../features/completion';
import { DatasetLocator, entityAt, toPath } from '../features/definition';
import { findReferences } from '../features/references';
import { documentSymbols, searchEntities } from '../features/symbols';
import { analyze } from '../analysis/analyze';
import { settingsFromConfiguration } from './settings';
import { WorkspaceService } from './workspaceService';
import { isMarkdownDocument } from '../workspace';
import { HELD_ANALYSIS_MAX_CHARS, started } from './startupTiering';
import { registerCustomRequests } from './customRequests';
import {
  toCompletionItem,
  toDatasetWorkspaceEdit,
  toDiagnostics,
  toDocumentSymbol,
  toEntitySymbol,
  toHover,
  toInlayHint,
  toLocation,
  toTextEdits,
  type Positions,
} from './toProtocol';

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clio`;

const connection = createConnection(ProposedFeatures.all);
const changes = new ChangeTracker();
const documents = new TextDocuments(changes);
let canPullConfiguration = false;
let workspace: WorkspaceService | undefined;
const dataset = () => workspace?.dataset ?? bundledDataset();
/** Workspace folders (file system paths) from initialize, for find-all-references. */
let workspaceFolders: string[] = [];
// The bundled data files ship in data/ next to dist/ (this file is dist/serverMain.js).
const locator = new DatasetLocator(join(__dirname, '..', 'data'), (uri) => {
  const path = toPath(uri);
  try {
    return documents.get(uri)?.getText() ?? (path ? readFileSync(path, 'utf8') : undefined);
  } catch {
    return undefined;
  }
});
const store = new DocumentStore(
  dataset,
  (uri) => loadConfiguration(uri),
  (uri, version, analysis, doc) => {
    void connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(analysis, doc) });
    if (!hoverWarmedUp) {
      hoverWarmedUp = true;
      started();
      setTimeout(() => warmUpHover(analysis, doc), 0);
    }
  },
  (message) => connection.console.error(message),
  changes,
);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const options = params.initializationOptions as { workspaceTrusted?: boolean } | undefined;
  workspaceFolders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []))
    .map(toPath)
    .filter((p): p is string => !!p);
  workspace = new WorkspaceService(connection, WorkspaceService.rootOf(params.workspaceFolders, params.rootUri), options?.workspaceTrusted !== false);
  // Walks the workspace in the background; analyses wait for it (loadConfiguration). Dataset paths from settings
  // follow in onInitialized.
  void workspace.load();
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
      documentSymbolProvider: { label: 'Clio' },
      workspaceSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: { workDoneProgress: true },
    },
    serverInfo: { name: SERVER_NAME, version: '0.1.0' },
  };
});

/** The client's `clio` settings (for a document, or the workspace), over `.clio.json`. */
async function loadConfiguration(uri?: string): Promise<ClioConfiguration> {
  let client: ClioConfiguration = {};
  if (canPullConfiguration) {
    try {
      client = ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'clio' })) ?? {}) as ClioConfiguration;
    } catch (error) {
      connection.console.warn(`Clio: could not read settings (${String(error)}); using defaults.`);
    }
  }
  if (!workspace) return client;
  await workspace.ready;
  return workspace.configuration(client);
}

/** Datasets or settings changed: reload the workspace, then re-analyze every open document. */
async function reloadWorkspace(config?: ClioConfiguration): Promise<void> {
  config ??= await loadConfiguration();
  await workspace?.load(config.dataset?.paths ?? []);
  workspace?.publishProblems();
  store.configurationChanged(documents.all());
}

/**
 * initialize read the workspace without the client's settings, and documents opened since then use them already:
 * the workspace is read, and every document analyzed, again only when the settings name more datasets.
 */
async function applyInitialSettings(): Promise<void> {
  const config = await loadConfiguration();
  if (config.dataset?.paths?.length) await reloadWorkspace(config);
  else workspace?.publishProblems();
}

connection.onInitialized(() => {
  void connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.clio.json' }, { globPattern: '**/.clio.json' }] })
    .catch(() => undefined); // clients without dynamic registration still get reloads on configuration changes
  void applyInitialSettings();
});
connection.onDidChangeWatchedFiles(() => void reloadWorkspace());

/** The open document and its current analysis, or undefined for unknown/closed documents. */
async function current(uri: string) {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const analysis = await store.analysisOf(doc);
  return analysis && { doc, analysis };
}

/** A dataset entry as a link a hover can carry: its file, at the entry's line (VS Code opens `#L<line>`). */
function entryLink(id: string): string | undefined {
  const loc = locator.locate(dataset(), id);
  return loc && `${loc.uri}#L${loc.doc.positionAt(loc.start).line + 1}`;
}

/**
 * V8 compiles a function on its first call: the first hover on a date, a person and an event cost 1–4 ms each
 * against 0.2 ms after (bench/README.md). So once the first diagnostics are out, the server hovers one of each
 * itself, result unused, and the writer's first hovers answer as fast as the later ones.
 */
let hoverWarmedUp = false;
function warmUpHover(analysis: DocumentAnalysis, doc: Positions): void {
  const firstOfType = (type: 'person' | 'event') => analysis.entities.find((e) => dataset().byId.get(e.id)?.type === type)?.start;
  for (const offset of [analysis.dates[0]?.mention.start, firstOfType('person'), firstOfType('event')]) {
    const hover = offset === undefined ? undefined : hoverAt(analysis, dataset(), offset, entryLink);
    if (hover) toHover(doc, hover);
  }
}

connection.onHover(async ({ textDocument, position }) => {
  const c = await current(textDocument.uri);
  if (!c) return null;
  const hover = hoverAt(c.analysis, dataset(), c.doc.offsetAt(position), entryLink);
  return hover ? toHover(c.doc, hover) : null;
});

connection.languages.inlayHint.on(async ({ textDocument, range }) => {
  const c = await current(textDocument.uri);
  if (!c) return [];
  const settings = await store.settingsOf(c.doc);
  if (!settings?.inlayHints.otherCalendar) return [];
  return inlayHints(c.analysis, c.doc.offsetAt(range.start), c.doc.offsetAt(range.end)).map((h) => toInlayHint(c.doc, h));
});

/** The WorkspaceEdit that adds a person to the dataset file of the document's workspace folder (created if missing). */
function datasetEdit(docUri: string, addition: DatasetAddition): WorkspaceEdit | undefined {
  const path = toPath(docUri);
  const folder = workspaceFolders.find((f) => path?.startsWith(f.endsWith(sep) ? f : f + sep)) ?? workspace?.root;
  if (!folder) return undefined;
  const update = datasetFileUpdate(addition, folder, (fileUri) => {
    const open = documents.get(fileUri);
    if (open) return { text: open.getText(), version: open.version };
    const filePath = toPath(fileUri);
    try {
      return filePath && existsSync(filePath) ? { text: readFileSync(filePath, 'utf8'), version: null } : undefined;
    } catch {
      return undefined;
    }
  });
  return update && toDatasetWorkspaceEdit(update);
}

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
      const edit = fix.datasetAddition ? datasetEdit(uri, fix.datasetAddition) : { changes: { [uri]: toTextEdits(doc, fix.edits) } };
      // A dataset addition needs a workspace folder and a valid (or missing) dataset file there.
      if (!edit) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnostic ? [diagnostic] : undefined,
        isPreferred: fix.preferred,
        edit,
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = await fixAll(c);
    if (edits.length) actions.push({ title: 'Clio: fix all safe date problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: toTextEdits(doc, edits) } } });
  }
  return actions;
});

/** Fix alls that took more than one pass, by the analysis they started from: code actions are asked for again and again. */
const multiPassFixAll = new WeakMap<DocumentAnalysis, TextEdit[]>();

/**
 * Fix all's edits. One pass where that is all (most texts); where weekday fixes wait for the others (features/
 * codeActions.ts), every pass `clio check --fix` would run, as one edit, so that one fix all ends where the CLI does.
 */
async function fixAll({ doc, analysis }: { doc: PieceDocument; analysis: DocumentAnalysis }): Promise<TextEdit[]> {
  if (!fixAllDefersWeekdays(analysis)) return fixAllEdits(analysis);
  const known = multiPassFixAll.get(analysis);
  if (known) return known;
  const settings = await store.settingsOf(doc);
  if (!settings) return fixAllEdits(analysis);
  const original = doc.getText();
  const { text } = fixText(original, (t) => (t === original ? analysis : analyze(t, dataset(), settings)));
  const edits = text === original ? [] : [replacementBetween(original, text)];
  multiPassFixAll.set(analysis, edits);
  return edits;
}

connection.onCompletion(async ({ textDocument, position, context }) => {
  const c = await current(textDocument.uri);
  if (!c) return null;
  const items = completionsAt(c.analysis, dataset(), c.doc.offsetAt(position), context?.triggerCharacter);
  return { isIncomplete: false, items: items.map((i) => toCompletionItem(c.doc, i)) };
});
connection.onCompletionResolve((item) => resolveCompletion(item, dataset(), entryLink));

connection.onDocumentSymbol(async ({ textDocument }) => {
  const c = await current(textDocument.uri);
  return c ? documentSymbols(c.analysis, dataset()).map((s) => toDocumentSymbol(c.doc, s)) : null;
});

connection.onWorkspaceSymbol(({ query }) =>
  searchEntities(dataset(), query).flatMap(({ entity }) => {
    const location = locator.locate(dataset(), entity.id);
    return location ? [toEntitySymbol(entity, toLocation(location))] : [];
  }),
);

connection.onDefinition(async ({ textDocument, position }) => {
  const c = await current(textDocument.uri);
  const name = c && entityAt(c.analysis, c.doc.offsetAt(position));
  const entry = name && locator.locate(dataset(), name.id);
  return entry ? toLocation(entry) : null;
});

// onRequest rather than onReferences: the latter takes workDoneToken out of params before the handler sees it.
connection.onRequest(ReferencesRequest.type, async (params, token) => {
  const c = await current(params.textDocument.uri);
  const name = c && entityAt(c.analysis, c.doc.offsetAt(params.position));
  if (!name) return null;
  // Progress on the client's token when it sent one, else on one the server asks the client to create.
  const created = params.workDoneToken === undefined ? await connection.window.createWorkDoneProgress() : undefined;
  const progress = created ?? connection.window.attachWorkDoneProgress(params.workDoneToken);
  progress.begin('Clio: finding references', 0, 'scanning Markdown files', true);
  try {
    const settings = settingsFromConfiguration(await loadConfiguration());
    const open = [];
    for (const doc of documents.all()) {
      const analysis = await store.analysisOf(doc);
      if (analysis) open.push({ uri: doc.uri, doc, analysis });
    }
    const found = await findReferences({
      id: name.id,
      dataset: dataset(),
      open,
      folders: workspaceFolders,
      analyzeText: (text) => analyze(text, dataset(), settings),
      progress: (done, total, file) => progress.report(total ? Math.round((100 * done) / total) : 100, file),
      isCancelled: () => token.isCancellationRequested || (created?.token.isCancellationRequested ?? false),
    });
    const entry = params.context.includeDeclaration ? locator.locate(dataset(), name.id) : undefined;
    return (entry ? [entry, ...found] : found).map(toLocation);
  } finally {
    progress.done();
  }
});

connection.onDidChangeConfiguration(() => void reloadWorkspace());
// Only Markdown drafts are analyzed (and their diagnostics cleared on close): a dataset file opened in the editor
// keeps the dataset-errors the workspace published for it. Documents not opened here are ignored by the store.
documents.onDidOpen(({ document }) => {
  if (document.length > HELD_ANALYSIS_MAX_CHARS) started();
  if (isMarkdownDocument(document.languageId, document.uri)) store.opened(document);
});
documents.onDidChangeContent(({ document }) => store.changed(document));
documents.onDidClose(({ document }) => {
  if (!isMarkdownDocument(document.languageId, document.uri)) return;
  store.closed(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

registerCustomRequests(connection, {
  documents,
  analysisOf: (doc) => store.analysisOf(doc),
  dataset,
  configuration: (uri) => loadConfiguration(uri),
  locate: (id) => {
    const entry = locator.locate(dataset(), id);
    return entry && toLocation(entry);
  },
  workspaceFolders: () => workspaceFolders,
});

documents.listen(connection);
connection.listen();

/**
 * Clio's custom requests (clio/*, typed in shared/protocol.ts): what the VS Code commands and status bar ask the
 * server. The answers are features/ (documentInfo, eventList, dateForms, entryAt, workspaceCheck, chronology); this file only
 * adapts them to LSP: positions in, ranges and diagnostics out.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Location, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PieceDocument } from './pieceDocument';
import {
  CheckWorkspaceRequest,
  ChronologyRequest,
  ConvertDateAtRequest,
  DocumentInfoRequest,
  EntryAtRequest,
  ListEventsRequest,
  SetConventionEditRequest,
  type ChronologyParams,
  type ChronologyResult,
  type ClioConfiguration,
  type FileDiagnostics,
} from '../../../shared/protocol';
import { setConventionEdit } from '../analysis/rewrite';
import type { DocumentAnalysis } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { chronology, mergeChronologies } from '../features/chronology';
import { dateFormsAt } from '../features/dateForms';
import { documentInfo } from '../features/documentInfo';
import { entryAt } from '../features/entryAt';
import { listEvents } from '../features/eventList';
import { checkWorkspace, type WorkspaceCheckHost } from '../features/workspaceCheck';
import { settingsFromConfiguration } from './settings';
import { toChronologyItems, toDiagnostics, toRange, toTextEdits } from './toProtocol';

export interface CustomRequestDeps {
  documents: TextDocuments<PieceDocument>;
  /** The current analysis of an open document (the same one diagnostics and hovers use). */
  analysisOf(doc: PieceDocument): Promise<DocumentAnalysis | undefined>;
  dataset(): Dataset;
  /** The `clio` settings for a resource (client settings over `.clio.json`). */
  configuration(uri: string): Promise<ClioConfiguration>;
  /** Where the dataset defines an entity (the same answer as go to definition). */
  locate(id: string): Location | undefined;
  /** The workspace folders' paths from initialize: what clio/checkWorkspace walks when no folders are given. */
  workspaceFolders(): string[];
}

function toPath(fileOrUri: string): string | undefined {
  if (fileOrUri.startsWith('file:')) return fileURLToPath(fileOrUri);
  return /^[a-z][a-z0-9+.-]+:/i.test(fileOrUri) ? undefined : fileOrUri;
}

export function registerCustomRequests(connection: Connection, deps: CustomRequestDeps): void {
  const { documents } = deps;
  /** The walk and reads of clio/checkWorkspace: open documents as edited, the others as saved. */
  const workspaceHost = (isCancelled: () => boolean, report: WorkspaceCheckHost['report']): WorkspaceCheckHost => ({
    dataset: deps.dataset,
    settingsFor: async (path) => settingsFromConfiguration(await deps.configuration(pathToFileURL(path).href)),
    openDocuments: () => {
      // Matched by path so URI spellings do not matter.
      const byPath = new Map<string, { uri: string; analysis(): Promise<DocumentAnalysis | undefined> }>();
      for (const doc of documents.all()) {
        const path = toPath(doc.uri);
        if (path) byPath.set(resolve(path), { uri: doc.uri, analysis: () => deps.analysisOf(doc) });
      }
      return byPath;
    },
    isCancelled,
    report,
  });
  const documentOf = (uri: string, analysis: DocumentAnalysis) => documents.get(uri) ?? TextDocument.create(uri, 'markdown', 0, analysis.text);
  const open = async (uri: string) => {
    const doc = documents.get(uri);
    const analysis = doc && (await deps.analysisOf(doc));
    return doc && analysis ? { doc, analysis } : undefined;
  };

  connection.onRequest(DocumentInfoRequest, async ({ textDocument }) => {
    const c = await open(textDocument.uri);
    return c ? documentInfo(c.analysis) : null;
  });

  connection.onRequest(ListEventsRequest, async ({ textDocument }) => {
    const c = textDocument ? await open(textDocument.uri) : undefined;
    return listEvents(deps.dataset(), c?.analysis);
  });

  connection.onRequest(ConvertDateAtRequest, async ({ textDocument, position }) => {
    const c = await open(textDocument.uri);
    if (!c) return null;
    const found = dateFormsAt(c.analysis, c.doc.offsetAt(position));
    if (!found) return null;
    const range = toRange(c.doc, found.start, found.end);
    return {
      range,
      text: c.analysis.text.slice(found.start, found.end),
      forms: found.forms.map((f) => ({ ...f, edit: { range, newText: f.newText } })),
      problem: found.problem,
    };
  });

  connection.onRequest(EntryAtRequest, async ({ textDocument, position }) => {
    const c = await open(textDocument.uri);
    const entry = c && entryAt(c.analysis, deps.dataset(), c.doc.offsetAt(position));
    if (!entry) return null;
    const bundled = entry.originFile.startsWith('bundled:');
    return {
      id: entry.id,
      name: entry.name,
      type: entry.type,
      bundled,
      bundledFile: bundled ? entry.originFile.slice('bundled:'.length) : undefined,
      location: deps.locate(entry.id) ?? null,
    };
  });

  connection.onRequest(SetConventionEditRequest, async ({ textDocument, calendar }) => {
    const c = await open(textDocument.uri);
    if (!c || !['gregorian', 'julian', 'dual'].includes(calendar)) return [];
    const edit = setConventionEdit(c.analysis.text, c.analysis.frontMatter.block, calendar);
    return toTextEdits(c.doc, [edit]);
  });

  connection.onRequest(CheckWorkspaceRequest, async (params, token) => {
    // Progress on the client's own token when it sent one, else on one the server creates (window/workDoneProgress/create).
    const created = params.workDoneToken === undefined ? await connection.window.createWorkDoneProgress() : undefined;
    const progress: WorkDoneProgressReporter = created ?? connection.window.attachWorkDoneProgress(params.workDoneToken);
    const isCancelled = () => token.isCancellationRequested || (created?.token.isCancellationRequested ?? false);
    progress.begin('Clio: checking Markdown files', 0, 'finding files', true);
    try {
      const folders = params.folders ?? deps.workspaceFolders().map((p) => pathToFileURL(p).href);
      const roots = folders.map(toPath).filter((p): p is string => p !== undefined);
      const files: FileDiagnostics[] = [];
      const { checked, cancelled } = await checkWorkspace(
        roots,
        workspaceHost(isCancelled, (percent, message) => progress.report(percent, message)),
        ({ uri, analysis }) => {
          const diagnostics = toDiagnostics(analysis, documentOf(uri, analysis));
          if (diagnostics.length) files.push({ uri, diagnostics });
        },
      );
      return { files, checked, cancelled };
    } finally {
      progress.done();
    }
  });

  connection.onRequest(ChronologyRequest.method, async (params: ChronologyParams, token): Promise<ChronologyResult> => {
    const parts: ChronologyResult[] = [];
    const add = (uri: string, analysis: DocumentAnalysis) => {
      const c = chronology(analysis, deps.dataset());
      const doc = documentOf(uri, analysis);
      parts.push({ convention: c.convention, items: toChronologyItems(doc, uri, c) });
    };
    if (params.workspace) {
      const host = workspaceHost(() => token.isCancellationRequested, () => undefined);
      await checkWorkspace(deps.workspaceFolders(), host, ({ uri, analysis }) => add(uri, analysis));
    } else if (params.textDocument) {
      const c = await open(params.textDocument.uri);
      if (c) add(c.doc.uri, c.analysis);
    }
    return parts.length ? mergeChronologies(parts) : { convention: undefined, items: [] };
  });
}

/**
 * Every conversion from Clio's answers (document offsets, plain data) to LSP protocol types, in one place: ranges,
 * diagnostics, edits, hovers, inlay hints, completion items, symbols, chronology items. Conversions only — no connection, no server
 * state — so the CLI's `--format json` takes its LSP positions from here too. Protocol constants are written as their
 * numbers (imports are type-only), so the CLI's bundle does not carry the LSP types package for one range function.
 */
import type {
  CompletionItem,
  CompletionItemKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  Hover,
  InlayHint,
  InsertTextFormat,
  Location,
  Range,
  SymbolInformation,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ChronologyItem } from '../../../shared/protocol';
import type { DocumentAnalysis, Severity, TextEdit } from '../analysis/types';
import type { Chronology } from '../features/chronology';
import type { ClioCompletion, ClioCompletionKind, CompletionData } from '../features/completion';
import type { DatasetFileUpdate } from '../features/datasetAddition';
import type { FileSpan } from '../features/definition';
import type { HoverResult } from '../features/hover';
import type { InlayHintResult } from '../features/inlayHints';
import type { OutlineKind, OutlineSymbol } from '../features/symbols';
import type { DatasetProblem } from '../dataset/load';
import type { Entity } from '../dataset/types';

/** What a conversion needs of a document: offsets (UTF-16 code units) to line/character positions. */
export type Positions = Pick<TextDocument, 'positionAt'>;

export function toRange(doc: Positions, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toTextEdits(doc: Positions, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText }));
}

export function toLocation(s: FileSpan): Location {
  return { uri: s.uri, range: toRange(s.doc, s.start, s.end) };
}

/** A dataset file update as a WorkspaceEdit: CreateFile plus the file's text, or a versioned edit of the existing one. */
export function toDatasetWorkspaceEdit({ uri, version, file, change }: DatasetFileUpdate): WorkspaceEdit {
  if (change.kind === 'create') {
    const start = { line: 0, character: 0 };
    return {
      documentChanges: [
        { kind: 'create', uri },
        { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: change.text }] },
      ],
    };
  }
  return { documentChanges: [{ textDocument: { uri, version }, edits: toTextEdits(file, change.edits) }] };
}

// LSP DiagnosticSeverity: Error 1, Warning 2, Information 3, Hint 4.
const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toDiagnostics(analysis: DocumentAnalysis, doc: Positions): Diagnostic[] {
  return analysis.findings.map((f) => ({
    range: toRange(doc, f.start, f.end),
    severity: LSP_SEVERITY[f.severity],
    code: f.code,
    source: 'clio',
    message: f.message,
  }));
}

/** A dataset file's problems, published on the file itself. */
export function toDatasetDiagnostics(problems: readonly DatasetProblem[], file: Positions): Diagnostic[] {
  return problems.map((p) => ({
    range: toRange(file, p.start, p.end),
    severity: LSP_SEVERITY[p.severity],
    code: 'dataset-error',
    source: 'clio',
    message: p.message,
  }));
}

export function toHover(doc: Positions, hover: HoverResult): Hover {
  return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange(doc, hover.start, hover.end) };
}

export function toInlayHint(doc: Positions, h: InlayHintResult): InlayHint {
  return { position: doc.positionAt(h.offset), label: h.label, paddingLeft: true, tooltip: h.tooltip };
}

// LSP CompletionItemKind: Event 23, Reference 18, Value 12. There is no "person" kind; Reference reads best in editors' icons.
const COMPLETION_KIND: Record<ClioCompletionKind, CompletionItemKind> = { event: 23, person: 18, date: 12 };
// LSP InsertTextFormat: PlainText 1, Snippet 2.
const PLAIN_TEXT: InsertTextFormat = 1;
const SNIPPET: InsertTextFormat = 2;

export function toCompletionItem(doc: Positions, c: ClioCompletion): CompletionItem {
  const labelDetails = c.labelDetail || c.labelDescription ? { detail: c.labelDetail, description: c.labelDescription } : undefined;
  return {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    labelDetails,
    detail: c.detail,
    documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
    insertTextFormat: c.snippet ? SNIPPET : PLAIN_TEXT,
    textEdit: { range: toRange(doc, c.edit.start, c.edit.end), newText: c.edit.newText },
    filterText: c.filterText,
    sortText: c.sortText,
    data: c.entityId ? ({ id: c.entityId, convention: c.convention } satisfies CompletionData) : undefined,
  };
}

// LSP SymbolKind: Namespace 3, Event 24, Object 19 (there is no "person"), Key 20.
const SYMBOL_KIND: Record<OutlineKind, 3 | 24 | 19 | 20> = { group: 3, event: 24, person: 19, mention: 20 };

export function toDocumentSymbol(doc: Positions, s: OutlineSymbol): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: toRange(doc, s.start, s.end),
    selectionRange: toRange(doc, s.selectionStart, s.selectionEnd),
    children: s.children.map((child) => toDocumentSymbol(doc, child)),
  };
}

/** A dataset entry found by workspace symbol search, at the place its dataset file defines it. */
export function toEntitySymbol(entity: Entity, location: Location): SymbolInformation {
  return { name: entity.name, kind: SYMBOL_KIND[entity.type], containerName: entity.type === 'event' ? 'Clio events' : 'Clio people', location };
}

/** The chronology of the document at `uri` as the protocol's items, in its order. */
export function toChronologyItems(doc: Positions, uri: string, c: Chronology): ChronologyItem[] {
  return Array.from({ length: c.length }, (_, i) => toChronologyItem(doc, uri, c, i));
}

/** Entry i of the chronology of the document at `uri` as the protocol's item (its range in LSP positions). */
function toChronologyItem(doc: Positions, uri: string, c: Chronology, i: number): ChronologyItem {
  const { entityId, ...rest } = c.item(i);
  const section = c.section(i);
  return { ...rest, diagnostics: c.diagnostics(i), ...(entityId ? { entityId } : {}), uri, range: toRange(doc, c.start(i), c.end(i)), ...(section ? { section } : {}) };
}

/** What crosses the wire between the VS Code client and the server beyond standard LSP: typed once, imported by both. */

import { RequestType } from 'vscode-jsonrpc';
import type { Diagnostic, Location, Position, Range, TextDocumentIdentifier, TextEdit, WorkDoneProgressParams } from 'vscode-languageserver-protocol';

/** The `clio.*` settings as the client sends them (workspace/configuration section "clio"). */
export interface ClioConfiguration {
  calendar?: 'auto' | 'gregorian' | 'julian' | 'dual';
  region?: string;
  /** How undoubled years before 25 March are numbered where the legal year began then: from 1 January (default) or 25 March. */
  yearStart?: 'january' | 'march';
  diagnostics?: { debounceMs?: number; severity?: Record<string, string> };
  inlayHints?: { otherCalendar?: boolean };
  /** How numeric dates that could be read either way ("03.02.1918") are read. Default auto. */
  numericDates?: 'auto' | 'day-first' | 'month-first';
  dataset?: { paths?: string[] };
  /** Hints for person names no dataset knows, found in the background with compromise. Default true. */
  unknownPeople?: { enabled?: boolean };
}

export const SERVER_NAME = 'Clio';
export const LANGUAGE_ID = 'markdown';

// ---------------------------------------------------------------------------------------------------------------
// Custom requests (clio/*): the VS Code commands and status bar are built on these; any LSP client may call them.
// Positions and ranges are LSP's (0-based lines, UTF-16 characters).

export type ConventionName = 'gregorian' | 'julian' | 'dual';
/** Where a document's convention or region comes from. */
export type SettingSource = 'front-matter' | 'setting' | 'stated' | 'inferred' | 'none';

export interface DocumentParams {
  textDocument: TextDocumentIdentifier;
}

export interface DocumentPositionParams extends DocumentParams {
  position: Position;
}

/** `clio/documentInfo`: the convention and region an open document is read by (the status bar). */
export interface DocumentInfo {
  convention: ConventionName | null;
  conventionSource: SettingSource;
  /** A reform id from data/calendar-reforms.json ("russia"), or null when unknown. */
  region: string | null;
  /** The region's name for display ("Russia"). */
  regionName: string | null;
  regionSource: SettingSource;
}
export const DocumentInfoRequest = new RequestType<DocumentParams, DocumentInfo | null, void>('clio/documentInfo');

/** One event of the dataset, ready for a picker: searchable words and the text to insert. */
export interface EventListItem {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
  /** The year the event began (for searching by year). */
  year: number;
  /** The dates in words in each calendar ("25–26 October 1917"); null where the record is too partial to convert. */
  julian: string | null;
  gregorian: string | null;
  /** The calendar the dataset records the date in. */
  recordedIn: 'julian' | 'gregorian';
  /** An LSP/VS Code snippet in the document's convention: "${1:the }October Revolution${2: of 7 November (O.S. 25 October) 1917}". */
  snippet: string;
  /** The snippet as plain text, with every placeholder's default. */
  text: string;
}
/** `clio/listEvents`: every event, with snippets in the convention of `textDocument` (when given and open). */
export interface ListEventsParams {
  textDocument?: TextDocumentIdentifier;
}
export const ListEventsRequest = new RequestType<ListEventsParams, EventListItem[], void>('clio/listEvents');

export type DateFormName = 'gregorian' | 'julian' | 'dual-gregorian-first' | 'dual-julian-first';
export interface DateForm {
  form: DateFormName;
  /** "New Style", "Old Style", "Both, New Style first", "Both, Old Style first". */
  label: string;
  newText: string;
  edit: TextEdit;
  /** The date is already written this way. */
  current: boolean;
}
/** `clio/convertDateAt`: the date under the cursor and the edits that rewrite it in each form. */
export interface ConvertDateResult {
  /** The text replaced by each form: the date with its own markers. */
  range: Range;
  text: string;
  forms: DateForm[];
  /** Why there are no forms (no year known, no such day), when `forms` is empty. */
  problem?: string;
}
export const ConvertDateAtRequest = new RequestType<DocumentPositionParams, ConvertDateResult | null, void>('clio/convertDateAt');

/** `clio/entryAt`: the person or event named under the cursor and where the dataset defines it. */
export interface DatasetEntryInfo {
  id: string;
  name: string;
  type: 'person' | 'event';
  /** True for entries of the bundled dataset (shown read-only by the VS Code client). */
  bundled: boolean;
  /** The bundled file name ("events.json") for bundled entries. */
  bundledFile?: string;
  /** The entry in its file (a `file:` URI), or null when the file cannot be found. */
  location: Location | null;
}
export const EntryAtRequest = new RequestType<DocumentPositionParams, DatasetEntryInfo | null, void>('clio/entryAt');

/** `clio/setConventionEdit`: the edit that writes `clio: calendar:` into the front matter (creating it as needed). */
export interface SetConventionParams extends DocumentParams {
  calendar: ConventionName;
}
export const SetConventionEditRequest = new RequestType<SetConventionParams, TextEdit[], void>('clio/setConventionEdit');

/**
 * `clio/checkWorkspace`: analyzes every `*.md` under the folders (open documents as they are in the editor)
 * and returns their diagnostics. Reports work-done progress on the given token, else on a server-created one.
 */
export interface CheckWorkspaceParams extends WorkDoneProgressParams {
  /** Folder URIs to walk; the workspace folders the server was initialized with when omitted. */
  folders?: string[];
}
export interface FileDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}
export interface CheckWorkspaceResult {
  /** Only files with at least one diagnostic. */
  files: FileDiagnostics[];
  /** How many Markdown files were analyzed. */
  checked: number;
  cancelled: boolean;
}
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('clio/checkWorkspace');

/**
 * `clio/chronology`: every date, known event and known person a draft (or the whole workspace's Markdown) names,
 * on one axis of Julian Day Numbers. Items are sorted by startJdn, then endJdn, then position in the text.
 */
/** One item of a draft's chronology, on an axis of Julian Day Numbers (never JavaScript Date). */
export interface ChronologyItem {
  kind: 'date' | 'event' | 'person';
  /** What the item is: the date as written ("3 (16) July 1917"), the event's or person's name. */
  label: string;
  /** First and last day (inclusive) as Julian Day Numbers; a person's life or an event's span, an approximate date's interval. */
  startJdn: number;
  endJdn: number;
  precision: 'day' | 'month' | 'year' | 'decade' | 'approximate';
  /** EDTF (Library of Congress): "1917-07-16", "1917-10~", "1921-03/1921-05". Gregorian (EDTF is proleptic Gregorian). */
  edtf: string;
  /** The item's day(s) in the document's convention and in the other calendar, as Clio writes them ("16 July 1917", "3 July 1917 (O.S.)"). */
  text: string;
  otherCalendarText: string;
  entityId?: string;
  uri: string;
  /** Where the text names or writes it. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The heading of the section it stands in, if any. */
  section?: string;
  /** Codes of Clio diagnostics on its range. */
  diagnostics: string[];
}
export interface ChronologyParams { textDocument?: { uri: string }; /** the whole workspace's Markdown files */ workspace?: boolean }
export interface ChronologyResult { convention: 'julian' | 'gregorian' | 'dual' | undefined; items: ChronologyItem[] }
export const ChronologyRequest = { method: 'clio/chronology' } as const;

/** The URI scheme under which the VS Code client shows bundled dataset files read-only (`clio-data:/events.json`). */
export const BUNDLED_DATA_SCHEME = 'clio-data';

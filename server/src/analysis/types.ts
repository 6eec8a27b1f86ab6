/** The result of analyzing one document: plain data, no LSP types, shared by the server, the CLI and the tests. */

import type { DiagnosticCode } from './codes';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** How unmarked dates are read. `auto` infers it from the document's own dual dates. */
export type Convention = 'gregorian' | 'julian' | 'dual';

export interface Settings {
  calendar: Convention | 'auto';
  region: string; // a reform id or 'auto'
  /** Per-code severity overrides; 'off' disables the check. */
  severity: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  inlayHints: { otherCalendar: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  calendar: 'auto',
  region: 'auto',
  severity: {},
  inlayHints: { otherCalendar: true },
};

/** A replacement of text[start, end) by newText (document offsets). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all" and `clio check --fix`. */
  safe: boolean;
  preferred?: boolean;
  /** A change to a workspace dataset file rather than to the document (the LSP layer makes it a WorkspaceEdit). */
  datasetAddition?: DatasetAddition;
}

/** A new person for a dataset file at the workspace root, created if missing (valid under clio-dataset.schema.json). */
export interface DatasetAddition {
  /** File name relative to the workspace root, e.g. `people.clio.json`. */
  file: string;
  person: { id: string; name: string; aliases: string[]; summary: string; sources: string[] };
}

export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
}

/** Where a date's calendar reading comes from (shown on hover). */
export type CalendarReason = 'marker' | 'sentence' | 'pair' | 'front-matter' | 'setting' | 'inferred' | 'region' | 'default';

export interface DocumentConvention {
  convention: Convention | undefined;
  source: 'front-matter' | 'setting' | 'inferred' | 'none';
  region: string | undefined;
  regionSource: 'front-matter' | 'setting' | 'inferred' | 'none';
}


/** What crosses the wire between the VS Code client and the server beyond standard LSP: typed once, imported by both. */

/** The `clio.*` settings as the client sends them (workspace/configuration section "clio"). */
export interface ClioConfiguration {
  calendar?: 'auto' | 'gregorian' | 'julian' | 'dual';
  region?: string;
  diagnostics?: { debounceMs?: number; severity?: Record<string, string> };
  inlayHints?: { otherCalendar?: boolean };
  dataset?: { paths?: string[] };
}

export const SERVER_NAME = 'Clio';
export const LANGUAGE_ID = 'markdown';

/** The messages between the timeline panel (extension host) and its webview page. */
import type { ChronologyResult } from '../../../shared/protocol';

export type ToWebview =
  /** A new chronology to draw; `workspace` when it holds the whole book's files. */
  | { type: 'chronology'; result: ChronologyResult; workspace: boolean; title: string }
  /** The editor's cursor moved: highlight the item there, if any. */
  | { type: 'cursor'; uri: string; line: number; character: number };

export type FromWebview =
  | { type: 'ready' }
  /** The user picked an item (picture or list): reveal and select its text. */
  | { type: 'reveal'; index: number }
  /** Export… in the toolbar: the panel asks for a format and a file. */
  | { type: 'export' };

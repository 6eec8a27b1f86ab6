/** The status bar item of a Markdown editor: the document's calendar convention and region; a click sets the convention. */
import * as vscode from 'vscode';
import { DocumentInfoRequest, type DocumentInfo, type SettingSource } from '../../shared/protocol';
import { SET_CONVENTION_COMMAND } from './commandIds';
import { onDidChangeClioConfiguration } from './config';
import { activeMarkdownEditor, type ClioContext } from './ctx';

/** After a keystroke the analysis changes at most the inferred convention or region: no need to ask at once. */
const EDIT_DEBOUNCE_MS = 400;

const SHORT = { gregorian: 'N.S.', julian: 'O.S.', dual: 'O.S./N.S.' } as const;
const LONG = {
  gregorian: 'New Style (Gregorian)',
  julian: 'Old Style (Julian)',
  dual: 'both calendars (dual dates)',
} as const;
const CONVENTION_SOURCE: Record<SettingSource, string> = {
  'front-matter': 'set in the front matter (`clio: calendar:`)',
  setting: 'from the `clio.calendar` setting',
  stated: 'as the text itself states it',
  inferred: "inferred from the document's own dates (dual dates, known events, weekdays)",
  none: 'not set',
};
const REGION_SOURCE: Record<SettingSource, string> = {
  'front-matter': 'set in the front matter (`clio: region:`)',
  setting: 'from the `clio.region` setting',
  stated: 'as the text itself states it',
  inferred: 'inferred from the places and events the text names',
  none: 'not known',
};

export function statusText(info: DocumentInfo): string {
  const convention = info.convention ? SHORT[info.convention] : 'No convention';
  return `$(calendar) ${convention}${info.regionName ? ` · ${info.regionName}` : ''}`;
}

export function statusTooltip(info: DocumentInfo): vscode.MarkdownString {
  const lines = [
    info.convention
      ? `**Clio:** unmarked dates are read as ${LONG[info.convention]}, ${CONVENTION_SOURCE[info.conventionSource]}.`
      : '**Clio:** no calendar convention: unmarked dates are read by the calendar of their place and time.',
    '',
    info.regionName ? `Region: ${info.regionName}, ${REGION_SOURCE[info.regionSource]}.` : 'Region: not known (set `clio: region:` in the front matter).',
    '',
    'Click to set the calendar convention.',
  ];
  return new vscode.MarkdownString(lines.join('\n'));
}

export class ConventionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clio.convention', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older questions are dropped: only the latest refresh may set the item. */
  private generation = 0;

  constructor(private readonly ctx: ClioContext) {
    this.item.name = 'Clio calendar convention';
    this.item.command = SET_CONVENTION_COMMAND;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length) this.schedule(EDIT_DEBOUNCE_MS);
      }),
      onDidChangeClioConfiguration(() => this.schedule(EDIT_DEBOUNCE_MS)),
    );
    this.schedule(0);
  }

  schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  async refresh(): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const editor = activeMarkdownEditor();
    if (!editor) {
      this.item.hide();
      return;
    }
    let info: DocumentInfo | null = null;
    try {
      info = await this.ctx.client.sendRequest(DocumentInfoRequest, { textDocument: this.ctx.textDocument(editor.document) });
    } catch {
      info = null; // the server is restarting; the next editor change or edit asks again
    }
    if (generation !== this.generation) return;
    if (!info) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(info);
    this.item.tooltip = statusTooltip(info);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.item.dispose();
  }
}

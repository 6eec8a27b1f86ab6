/**
 * Clio's commands (writing assistance, and Check Workspace), each built on one custom request. Every command takes an optional argument that skips
 * its picker, so that tests and keybindings can run it directly.
 */
import * as vscode from 'vscode';
import {
  ConvertDateAtRequest,
  DocumentInfoRequest,
  EntryAtRequest,
  ListEventsRequest,
  SetConventionEditRequest,
  type ConventionName,
  type DateFormName,
  type EventListItem,
} from '../../shared/protocol';
import { bundledDataUri } from './bundledData';
import {
  CHECK_WORKSPACE_COMMAND,
  CONVERT_DATE_COMMAND,
  INSERT_EVENT_COMMAND,
  SET_CONVENTION_COMMAND,
  SHOW_ENTRY_COMMAND,
  SHOW_TIMELINE_COMMAND,
  SHOW_WORKSPACE_TIMELINE_COMMAND,
} from './commandIds';
import { clioConfiguration } from './config';
import { activeMarkdownEditor, type ClioContext } from './ctx';
import { TimelinePanel } from './timeline/panel';
import type { WorkspaceCheck } from './workspaceCheck';

function needMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = activeMarkdownEditor();
  if (!editor) void vscode.window.showInformationMessage('Clio: open a Markdown document first.');
  return editor;
}

interface EventPick extends vscode.QuickPickItem {
  event: EventListItem;
}

/** Insert Event…: a picker over every event, searchable by name, alias and year; inserts the snippet at the cursor. */
async function insertEvent(ctx: ClioContext, eventId?: string): Promise<string | undefined> {
  const editor = needMarkdownEditor();
  if (!editor) return undefined;
  const events = await ctx.client.sendRequest(ListEventsRequest, { textDocument: ctx.textDocument(editor.document) });
  let event: EventListItem | undefined;
  if (eventId !== undefined) {
    event = events.find((e) => e.id === eventId);
    if (!event) throw new Error(`Clio: no event with id "${eventId}"`);
  } else {
    const picks: EventPick[] = events.map((e) => ({
      label: e.name,
      description: e.aliases.join(' · '),
      detail: [e.gregorian && `${e.gregorian} (N.S.)`, e.julian && `${e.julian} (O.S.)`, e.kind].filter(Boolean).join('  —  ') || String(e.year),
      event: e,
    }));
    const picked = await vscode.window.showQuickPick(picks, {
      title: 'Clio: Insert Event',
      placeHolder: 'Type a name, an alias or a year',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    event = picked?.event;
  }
  if (!event) return undefined;
  await editor.insertSnippet(new vscode.SnippetString(event.snippet));
  return event.text;
}

interface FormPick extends vscode.QuickPickItem {
  form: DateFormName;
}

/** Convert Date at Cursor: rewrites the date under the cursor as N.S., O.S. or dual. */
async function convertDate(ctx: ClioContext, formName?: DateFormName): Promise<string | undefined> {
  const editor = needMarkdownEditor();
  if (!editor) return undefined;
  const { document } = editor;
  const version = document.version;
  const result = await ctx.client.sendRequest(ConvertDateAtRequest, {
    textDocument: ctx.textDocument(document),
    position: ctx.client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!result) {
    void vscode.window.showInformationMessage('Clio: there is no date at the cursor.');
    return undefined;
  }
  if (result.forms.length === 0) {
    void vscode.window.showWarningMessage(`Clio: cannot convert “${result.text}”. ${result.problem ?? ''}`);
    return undefined;
  }
  let form = result.forms.find((f) => f.form === formName);
  if (formName === undefined) {
    const picks: FormPick[] = result.forms.map((f) => ({ label: f.newText, description: f.current ? `${f.label} (as written)` : f.label, form: f.form }));
    const picked = await vscode.window.showQuickPick(picks, { title: `Clio: Convert “${result.text}”`, placeHolder: 'Write the date as…' });
    form = result.forms.find((f) => f.form === picked?.form);
  } else if (!form) {
    throw new Error(`Clio: no date form "${formName}" (gregorian, julian, dual-gregorian-first or dual-julian-first)`);
  }
  if (!form || form.current) return form?.newText;
  if (document.version !== version) {
    void vscode.window.showWarningMessage('Clio: the document changed while converting; run the command again.');
    return undefined;
  }
  const range = ctx.client.protocol2CodeConverter.asRange(form.edit.range);
  await editor.edit((b) => b.replace(range, form.newText));
  return form.newText;
}

const CONVENTIONS: { value: ConventionName; label: string; detail: string }[] = [
  { value: 'gregorian', label: 'New Style (Gregorian)', detail: 'Unmarked dates are N.S.; dual dates put N.S. first: 7 November (O.S. 25 October) 1917' },
  { value: 'julian', label: 'Old Style (Julian)', detail: 'Unmarked dates are O.S.; dual dates put O.S. first: 25 October (7 November) 1917' },
  { value: 'dual', label: 'Both calendars', detail: 'Dates are written in both calendars: 25 October/7 November 1917' },
];

interface ConventionPick extends vscode.QuickPickItem {
  value: ConventionName;
}

/** Set Calendar Convention: writes `clio: calendar:` into the document's front matter (the server computes the edit). */
async function setConvention(ctx: ClioContext, convention?: ConventionName): Promise<ConventionName | undefined> {
  const editor = needMarkdownEditor();
  if (!editor) return undefined;
  const textDocument = ctx.textDocument(editor.document);
  if (convention === undefined) {
    const info = await ctx.client.sendRequest(DocumentInfoRequest, { textDocument });
    const setting = clioConfiguration(editor.document.uri).calendar ?? 'auto';
    const picks: ConventionPick[] = CONVENTIONS.map((c) => ({
      label: c.label,
      description: info?.convention === c.value ? `current (${info.conventionSource.replace('-', ' ')})` : undefined,
      detail: c.detail,
      value: c.value,
    }));
    const picked = await vscode.window.showQuickPick(picks, {
      title: 'Clio: Set Calendar Convention',
      placeHolder: `Written to this document's front matter (the clio.calendar setting is ${setting})`,
    });
    convention = picked?.value;
  } else if (!CONVENTIONS.some((c) => c.value === convention)) {
    throw new Error(`Clio: no calendar convention "${convention}" (gregorian, julian or dual)`);
  }
  if (!convention) return undefined;
  const edits = await ctx.client.sendRequest(SetConventionEditRequest, { textDocument, calendar: convention });
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(editor.document.uri, await ctx.client.protocol2CodeConverter.asTextEdits(edits));
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) throw new Error('Clio: could not edit the front matter');
  return convention;
}

/** Show Dataset Entry: opens the entry of the name under the cursor — a user's file at the entry, bundled data read-only. */
async function showDatasetEntry(ctx: ClioContext): Promise<string | undefined> {
  const editor = needMarkdownEditor();
  if (!editor) return undefined;
  const entry = await ctx.client.sendRequest(EntryAtRequest, {
    textDocument: ctx.textDocument(editor.document),
    position: ctx.client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!entry) {
    void vscode.window.showInformationMessage('Clio: there is no known person or event at the cursor.');
    return undefined;
  }
  const uri = entry.bundled && entry.bundledFile ? bundledDataUri(entry.bundledFile) : entry.location && ctx.client.protocol2CodeConverter.asUri(entry.location.uri);
  if (!uri) {
    void vscode.window.showWarningMessage(`Clio: the dataset file of ${entry.name} cannot be found.`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  // The bundled file shown read-only is the same file the server located the entry in, so its range applies.
  let range = entry.location ? ctx.client.protocol2CodeConverter.asRange(entry.location.range) : undefined;
  if (!range) {
    const at = doc.getText().indexOf(`"id": ${JSON.stringify(entry.id)}`);
    range = at >= 0 ? new vscode.Range(doc.positionAt(at), doc.positionAt(at)) : new vscode.Range(0, 0, 0, 0);
  }
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
  return uri.toString();
}

export function registerCommands(ctx: ClioContext, workspaceCheck: WorkspaceCheck): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(INSERT_EVENT_COMMAND, (eventId?: string) => insertEvent(ctx, eventId)),
    vscode.commands.registerCommand(CONVERT_DATE_COMMAND, (form?: DateFormName) => convertDate(ctx, form)),
    vscode.commands.registerCommand(SET_CONVENTION_COMMAND, (convention?: ConventionName) => setConvention(ctx, convention)),
    vscode.commands.registerCommand(SHOW_ENTRY_COMMAND, () => showDatasetEntry(ctx)),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => workspaceCheck.run()),
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, () => {
      const editor = needMarkdownEditor();
      if (editor) TimelinePanel.show(ctx, editor.document);
    }),
    vscode.commands.registerCommand(SHOW_WORKSPACE_TIMELINE_COMMAND, () => { TimelinePanel.show(ctx, undefined); }),
  ];
}

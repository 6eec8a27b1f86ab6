/**
 * Clio's custom requests (clio/*, typed in shared/protocol.ts): what the VS Code commands and status bar ask the
 * server. Each answer is a pure function of a document's analysis and the dataset; the handlers only adapt it to LSP.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Location, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CheckWorkspaceRequest,
  ConvertDateAtRequest,
  DocumentInfoRequest,
  EntryAtRequest,
  ListEventsRequest,
  SetConventionEditRequest,
  type CheckWorkspaceResult,
  type ClioConfiguration,
  type DateFormName,
  type DocumentInfo,
  type EventListItem,
  type FileDiagnostics,
} from '../../../shared/protocol';
import { analyze } from '../analysis/analyze';
import { pairHabit, partValue, pairStyleFor, setConventionEdit } from '../analysis/rewrite';
import { CALENDAR_NAME, regionLabel, spanWords } from '../analysis/words';
import { convert, getReform, isValidDate, other, type Calendar, type YMD } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { fullDay, parseDatedValue } from '../dataset/dates';
import type { HistoricalEvent } from '../dataset/types';
import { toLspDiagnostics } from '../features/diagnostics';
import { documentHabits, escapeSnippet, eventDateVariants, type DocumentHabits } from '../features/eventText';
import { findAt } from '../features/hover';
import { formatDualDate, formatPart, markerFor, type PartValue } from '../recognize/format';
import type { PairStyle } from '../recognize/types';
import { settingsFromConfiguration } from './settings';
import type { DocumentAnalysis } from '../analysis/types';

// ---------------------------------------------------------------------------------------------------------------
// Pure answers (offsets, no LSP types)

/** The document's convention and region, as the status bar shows them. */
export function documentInfo(analysis: DocumentAnalysis): DocumentInfo {
  const { convention, source, region, regionSource } = analysis.convention;
  const reform = region ? getReform(region) : undefined;
  return {
    convention: convention ?? null,
    conventionSource: source,
    region: region ?? null,
    regionName: reform ? regionLabel(reform) : (region ?? null),
    regionSource,
  };
}

interface DaySpan {
  first: YMD;
  last?: YMD;
}


/** One event for the Insert Event picker, with its snippet in the document's convention. */
export function eventListItem(e: HistoricalEvent, habits: DocumentHabits): EventListItem {
  const start = fullDay(e.start);
  const end = fullDay(e.end);
  const words = (c: Calendar): string | null => {
    if (!start) return null;
    const first = start.calendar === c ? start.day : convert(start.day, start.calendar);
    const last = end ? (end.calendar === c ? end.day : convert(end.day, end.calendar)) : undefined;
    return spanWords(first, last);
  };
  const article = e.article ?? 'the';
  const date = eventDateVariants(e, habits)[0];
  const dateTail = date ? ` of ${date}` : '';
  let n = 0;
  const snippet =
    (article ? `\${${++n}:${escapeSnippet(article)} }` : '') + escapeSnippet(e.name) + (date ? `\${${++n}:${escapeSnippet(dateTail)}}` : '');
  return {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    kind: e.kind,
    year: parseDatedValue(e.start)?.year ?? 0,
    julian: words('julian'),
    gregorian: words('gregorian'),
    recordedIn: e.start.calendar,
    snippet,
    text: `${article ? `${article} ` : ''}${e.name}${dateTail}`,
  };
}

/** Every event, with its snippet written the way the document (if any) writes dates. */
export function listEvents(dataset: Dataset, analysis: DocumentAnalysis | undefined): EventListItem[] {
  const habits = documentHabits(analysis);
  const out: EventListItem[] = [];
  for (const e of dataset.entities()) if (e.type === 'event') out.push(eventListItem(e, habits));
  return out.sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
}

export interface DateFormEdit {
  form: DateFormName;
  label: string;
  newText: string;
  current: boolean;
}

export interface DateFormsAt {
  start: number;
  end: number;
  forms: DateFormEdit[];
  problem?: string;
}

const FORM_LABELS: Record<DateFormName, string> = {
  gregorian: 'New Style (N.S.)',
  julian: 'Old Style (O.S.)',
  'dual-gregorian-first': 'Both calendars, New Style first',
  'dual-julian-first': 'Both calendars, Old Style first',
};

/**
 * The date at `offset` rewritten as N.S. only, O.S. only, and both ways round, in the author's style. The edit
 * covers the date with its own markers ("25 October 1917 (O.S.)"); a single-calendar form keeps a marker unless
 * the document's convention (and no sentence naming the other calendar) already reads it that way. A dual date
 * is converted from its first side (a mismatch between its sides is the dual-date-mismatch check's business).
 */
export function dateFormsAt(analysis: DocumentAnalysis, offset: number): DateFormsAt | undefined {
  const spanOf = (d: DocumentAnalysis['dates'][number]): [number, number] => {
    const m = d.mention;
    const marks = [m.firstMarker, m.secondMarker].filter((x) => x !== undefined);
    return [Math.min(m.start, ...marks.map((x) => x.start)), Math.max(m.end, ...marks.map((x) => x.end))];
  };
  const d = findAt(analysis.dates, offset, spanOf);
  if (!d) return undefined;
  const [start, end] = spanOf(d);
  const side = d.first;
  const m = d.mention;
  if (!side.first || side.year === undefined) {
    return { start, end, forms: [], problem: 'This date has no year, in the text or its section, so it cannot be converted.' };
  }
  if (!isValidDate(side.first, side.calendar) || (side.last && !isValidDate(side.last, side.calendar))) {
    return { start, end, forms: [], problem: `${spanWords(side.first, side.last)} does not exist in the ${CALENDAR_NAME[side.calendar]} calendar.` };
  }
  const own: DaySpan = { first: side.first, last: side.last };
  const converted: DaySpan = { first: convert(side.first, side.calendar), last: side.last && convert(side.last, side.calendar) };
  const days: Record<Calendar, DaySpan> = side.calendar === 'julian' ? { julian: own, gregorian: converted } : { julian: converted, gregorian: own };
  const style = m.first.style;
  const written = m.first.year !== undefined || m.second?.year !== undefined || m.sharedYear !== undefined;
  // A year taken from context is written anyway when a conversion moves the day into another year.
  const years = [days.julian.first, days.julian.last, days.gregorian.first, days.gregorian.last].filter((x) => x !== undefined).map((x) => x.year);
  const withYear = written || years.some((y) => y !== side.year);
  // A span that crosses New Year in either calendar is converted by its first day only.
  if (years.some((y) => y !== years[0]) && (own.last || converted.last)) {
    days.julian = { first: days.julian.first };
    days.gregorian = { first: days.gregorian.first };
  }
  const part = (c: Calendar): PartValue => partValue(days[c].first, days[c].last, withYear);
  const convention = analysis.convention.convention;
  const single = (c: Calendar): string => {
    const readsAs = convention === c && (!m.sentenceMarker || m.sentenceMarker.calendar === c);
    return formatPart(part(c), style) + (readsAs ? '' : ` (${markerFor(c, style)})`);
  };
  const habit = pairHabit(analysis.dates);
  const gregorianFirst: PairStyle = habit === 'paren-marked' || habit === 'bracket-marked' ? habit : 'paren-marked';
  const julianFirst: PairStyle = habit ?? (convention === 'dual' ? 'slash' : pairStyleFor('julian', undefined));
  const dual = (first: Calendar, pairStyle: PairStyle): string =>
    formatDualDate(part(first), part(other(first)), { pairStyle, style, secondCalendar: other(first) });
  const texts: Record<DateFormName, string> = {
    gregorian: single('gregorian'),
    julian: single('julian'),
    'dual-gregorian-first': dual('gregorian', gregorianFirst),
    'dual-julian-first': dual('julian', julianFirst),
  };
  const current = analysis.text.slice(start, end);
  const forms = (Object.keys(texts) as DateFormName[]).map((form) => ({
    form,
    label: FORM_LABELS[form],
    newText: texts[form],
    current: texts[form] === current,
  }));
  return { start, end, forms };
}

export interface EntryAt {
  start: number;
  end: number;
  id: string;
  name: string;
  type: 'person' | 'event';
  /** 'bundled:events.json' or a user file's URI/path. */
  originFile: string;
  originOffset?: number;
}

/** The dataset entity named at `offset`. */
export function entryAt(analysis: DocumentAnalysis, dataset: Dataset, offset: number): EntryAt | undefined {
  const mention = findAt(analysis.entities, offset, (e) => [e.start, e.end]);
  const entity = mention && dataset.byId.get(mention.id);
  if (!mention || !entity) return undefined;
  const origin = dataset.origins.get(entity.id);
  return {
    start: mention.start,
    end: mention.end,
    id: entity.id,
    name: entity.name,
    type: entity.type,
    originFile: origin?.file ?? 'bundled:',
    originOffset: origin?.offset,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// LSP handlers

export interface CustomRequestDeps {
  documents: TextDocuments<TextDocument>;
  /** The current analysis of an open document (the same one diagnostics and hovers use). */
  analysisOf(doc: TextDocument): Promise<DocumentAnalysis | undefined>;
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

async function markdownFilesUnder(dir: string, isCancelled: () => boolean, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder is skipped, as the CLI's walk would report it; the rest is still checked
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (isCancelled()) return;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await markdownFilesUnder(path, isCancelled, out);
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(path);
  }
}

export function registerCustomRequests(connection: Connection, deps: CustomRequestDeps): void {
  const { documents } = deps;
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
    const range = { start: c.doc.positionAt(found.start), end: c.doc.positionAt(found.end) };
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
    return [{ range: { start: c.doc.positionAt(edit.start), end: c.doc.positionAt(edit.end) }, newText: edit.newText }];
  });

  connection.onRequest(CheckWorkspaceRequest, async (params, token) => {
    // Progress on the client's own token when it sent one, else on one the server creates (window/workDoneProgress/create).
    const created = params.workDoneToken === undefined ? await connection.window.createWorkDoneProgress() : undefined;
    const progress: WorkDoneProgressReporter = created ?? connection.window.attachWorkDoneProgress(params.workDoneToken);
    const isCancelled = () => token.isCancellationRequested || (created?.token.isCancellationRequested ?? false);
    progress.begin('Clio: checking Markdown files', 0, 'finding files', true);
    try {
      return await checkWorkspace(params.folders ?? deps.workspaceFolders().map((p) => pathToFileURL(p).href), deps, progress, isCancelled);
    } finally {
      progress.done();
    }
  });
}

async function checkWorkspace(
  folders: string[],
  deps: CustomRequestDeps,
  progress: WorkDoneProgressReporter,
  isCancelled: () => boolean,
): Promise<CheckWorkspaceResult> {
  const files: string[] = [];
  const roots = folders.map(toPath).filter((p): p is string => p !== undefined);
  for (const root of roots) await markdownFilesUnder(root, isCancelled, files);
  // Open documents are checked as they are in the editor, matched by path so URI spellings do not matter.
  const openByPath = new Map<string, TextDocument>();
  for (const doc of deps.documents.all()) {
    const path = toPath(doc.uri);
    if (path) openByPath.set(resolve(path), doc);
  }
  const settingsByRoot = new Map<string, ReturnType<typeof settingsFromConfiguration>>();
  const settingsFor = async (file: string) => {
    const root = roots.find((r) => file.startsWith(r.endsWith(sep) ? r : r + sep)) ?? '';
    if (!settingsByRoot.has(root)) settingsByRoot.set(root, settingsFromConfiguration(await deps.configuration(pathToFileURL(root || file).href)));
    return settingsByRoot.get(root)!;
  };
  const out: FileDiagnostics[] = [];
  let checked = 0;
  let lastPercent = -1;
  for (const file of files) {
    if (isCancelled()) break;
    const percent = Math.floor((checked / files.length) * 100);
    if (percent !== lastPercent) {
      progress.report(percent, `${checked}/${files.length} files`);
      lastPercent = percent;
    }
    const openDoc = openByPath.get(resolve(file));
    let doc: TextDocument;
    let analysis: DocumentAnalysis | undefined;
    if (openDoc) {
      doc = openDoc;
      analysis = await deps.analysisOf(openDoc);
    } else {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue; // deleted or unreadable since the walk
      }
      doc = TextDocument.create(pathToFileURL(file).href, 'markdown', 0, text);
      analysis = analyze(text, deps.dataset(), await settingsFor(file));
    }
    checked++;
    if (!analysis) continue;
    const diagnostics = toLspDiagnostics(analysis, doc);
    if (diagnostics.length) out.push({ uri: doc.uri, diagnostics });
    // Let cancellation and the editor's other requests through between files.
    await new Promise((r) => setImmediate(r));
  }
  progress.report(100, `${checked}/${files.length} files`);
  return { files: out, checked, cancelled: isCancelled() };
}

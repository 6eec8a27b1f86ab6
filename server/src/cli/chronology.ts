/** `clio chronology`: the dated items of the files, in time order, written as a table, CSV, JSON or TimelineJS (shared/chronologyExport.ts). */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHRONOLOGY_FORMATS, exportChronology, type ChronologyFormat } from '../../../shared/chronologyExport';
import type { ChronologyResult } from '../../../shared/protocol';
import { analyze } from '../analysis/analyze';
import type { Settings } from '../analysis/types';
import { chronology, mergeChronologies } from '../features/chronology';
import { settingsFromConfiguration } from '../lsp/settings';
import { toChronologyItems } from '../lsp/toProtocol';
import { mergeConfiguration } from '../workspace';
import { filesOfAll, readText } from './files';
import { loadProject } from './project';
import { checkCalendarOption, UsageError } from './usage';

/** Runs `clio chronology`; returns 0, or throws UsageError (exit 2). */
export function runChronology(args: string[], io: { cwd: string; out: (text: string) => void }): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'md' },
      title: { type: 'string' },
      calendar: { type: 'string' },
      region: { type: 'string' },
      dataset: { type: 'string', multiple: true, default: [] },
    },
  });
  if (positionals.length === 0) throw new UsageError('chronology needs at least one PATH');
  if (!(CHRONOLOGY_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown --format ${values.format} (md, csv, json or timelinejs)`);
  checkCalendarOption(values.calendar);
  const { workspace } = loadProject(positionals[0], values.dataset, io.cwd);
  const settings = settingsFromConfiguration(mergeConfiguration(workspace.config, { calendar: values.calendar as Settings['calendar'] | undefined, region: values.region }));
  const names = new Map<string, string>(); // URI → the file as the user named it, relative to the working directory when below it
  const parts: ChronologyResult[] = [];
  for (const file of filesOfAll(positionals)) {
    const path = resolve(io.cwd, file);
    const uri = pathToFileURL(path).href;
    names.set(uri, relative(io.cwd, path) || file);
    const analysis = analyze(readText(file), workspace.dataset, settings);
    const doc = TextDocument.create(uri, 'markdown', 0, analysis.text);
    const c = chronology(analysis, workspace.dataset);
    parts.push({ convention: c.convention, items: toChronologyItems(doc, uri, c) });
  }
  const result = parts.length ? mergeChronologies(parts) : { convention: undefined, items: [] };
  io.out(exportChronology(result, values.format as ChronologyFormat, { fileName: (uri) => names.get(uri) ?? uri, title: values.title }));
  return 0;
}

/** `clio check`: read the workspace like the server does, analyze the files, optionally fix them, report, exit code. */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../analysis/analyze';
import type { Settings } from '../analysis/types';
import { settingsFromConfiguration } from '../lsp/settings';
import { findWorkspaceRoot, loadWorkspace, mergeConfiguration } from '../workspace';
import { checkFiles, readText, toCliFindings } from './checkFiles';
import { filesOfAll } from './files';
import { fixText, type FixResult } from './fix';
import { isGlob } from './glob';
import { painter, useColor, type Paint } from './report/color';
import { jsonReport } from './report/json';
import { sarifReport } from './report/sarif';
import { textReport } from './report/text';
import { countBySeverity, type CliFinding } from './report/types';
import { UsageError } from './usage';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export interface CheckIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean | undefined;
  version: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

interface CheckOptions {
  format: Format;
  settings: Partial<Pick<Settings, 'calendar' | 'region'>>;
  maxWarnings: number | undefined;
  exitZero: boolean;
  fix: boolean;
  color: boolean | undefined;
  paths: string[];
}

function parseCheckArgs(args: string[]): CheckOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      calendar: { type: 'string' },
      region: { type: 'string' },
      'max-warnings': { type: 'string' },
      'exit-zero': { type: 'boolean', default: false },
      fix: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one PATH');
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown --format ${values.format} (text, json or sarif)`);
  if (values.calendar !== undefined && !['gregorian', 'julian', 'dual'].includes(values.calendar)) {
    throw new UsageError(`unknown --calendar ${values.calendar} (gregorian, julian or dual)`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings needs a whole number, not ${values['max-warnings']}`);
    maxWarnings = Number(values['max-warnings']);
  }
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color contradict each other');
  return {
    format: values.format as Format,
    settings: { calendar: values.calendar as Settings['calendar'] | undefined, region: values.region },
    maxWarnings,
    exitZero: values['exit-zero'] === true,
    fix: values.fix === true,
    color: values['no-color'] ? false : values.color,
    paths: positionals,
  };
}

/**
 * The workspace the server would see: .clio.json and *.clio.json datasets of the nearest folder at or above the
 * first PATH (a glob's fixed leading folders) that holds a .clio.json, else of that PATH's folder.
 */
function workspaceRootFor(first: string, cwd: string): string {
  let start = first;
  if (!existsSync(first) && isGlob(first)) {
    const segments = first.split('/');
    const fixed = segments.slice(0, segments.findIndex(isGlob));
    start = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  } else if (!(existsSync(first) && statSync(first).isDirectory())) start = dirname(first);
  return findWorkspaceRoot(resolve(cwd, start));
}

function fixLog(file: string, result: FixResult, paint: Paint): string {
  let out = '';
  for (const a of result.applied) {
    out += `${paint('bold', `${file}:${a.position.line + 1}:${a.position.character + 1}:`)} ${paint('green', 'fixed')} ${paint('dim', a.code + ':')} ${a.title}\n`;
  }
  if (!result.settled) out += `${file}: fixes still pending after several passes; run clio check --fix again or fix by hand\n`;
  return out;
}

/** Runs `clio check`; returns the exit code (0 clean, 1 findings or over --max-warnings); throws UsageError for 2. */
export function runCheck(args: string[], io: CheckIo): number {
  const options = parseCheckArgs(args);
  const display = (file: string) => relative(io.cwd, resolve(io.cwd, file)) || file;
  const root = workspaceRootFor(options.paths[0], io.cwd);
  const workspace = loadWorkspace(root);
  const settings = settingsFromConfiguration(mergeConfiguration(workspace.config, options.settings));
  const files = filesOfAll(options.paths);
  const paint = painter(options.format === 'text' && useColor(options.color, io.env, io.isTTY));
  // Machine formats keep stdout a single document; what --fix did goes to stderr there.
  const log = options.format === 'text' ? io.out : io.err;

  const findings: CliFinding[] = [];
  for (const f of workspace.files) findings.push(...toCliFindings(display(f.path), f.path, f.text, f.problems.map((p) => ({ ...p, code: 'dataset-error', fixes: [] }))));
  // Without --fix, files are checked in parallel (checkFiles); fixing rewrites them one after the other.
  if (!options.fix) {
    const jobs = files.map((file) => ({ read: file, display: display(file), path: resolve(io.cwd, file) }));
    for (const found of checkFiles(jobs, { root, settings }, workspace.dataset)) findings.push(...found);
  } else {
    let fixedFiles = 0;
    let fixedCount = 0;
    for (const file of files) {
      let text = readText(file);
      const result = fixText(text, (t) => analyze(t, workspace.dataset, settings));
      if (result.text !== text) {
        try {
          writeFileSync(file, result.text, 'utf8');
        } catch (error) {
          throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
        text = result.text;
        fixedFiles++;
        fixedCount += result.applied.length;
      }
      log(fixLog(display(file), result, paint));
      findings.push(...toCliFindings(display(file), resolve(io.cwd, file), text, analyze(text, workspace.dataset, settings).findings));
    }
    log(`${fixedCount} fix${fixedCount === 1 ? '' : 'es'} applied in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}\n`);
  }

  if (options.format === 'json') io.out(jsonReport(findings));
  else if (options.format === 'sarif') io.out(sarifReport(findings, { root: io.cwd, version: io.version }));
  else io.out(textReport({ findings, filesChecked: files.length }, paint));

  const counts = countBySeverity(findings);
  if (options.exitZero) return 0; // a report to read, not a gate (npm start on the example draft)
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined) {
    if (counts.warning > options.maxWarnings) {
      io.err(`clio: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`);
      return 1;
    }
    return 0;
  }
  return counts.warning > 0 ? 1 : 0;
}

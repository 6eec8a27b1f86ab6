/** `clio check`: read the project's settings and datasets (project.ts), analyze the files, optionally fix them, report, exit code. */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../analysis/analyze';
import type { Settings } from '../analysis/types';
import { settingsFromConfiguration } from '../lsp/settings';
import { mergeConfiguration } from '../workspace';
import { checkFiles, toCliFindings } from './checkFiles';
import { filesOfAll, readText } from './files';
import { fixText, type FixResult } from '../features/fixAll';
import { describeProject, loadProject } from './project';
import { painter, useColor, type Paint } from './report/color';
import { jsonReport } from './report/json';
import { sarifReport } from './report/sarif';
import { textReport } from './report/text';
import { countBySeverity, type CliFinding } from './report/types';
import { checkCalendarOption, UsageError } from './usage';

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
  /** --dataset files, merged over the project's datasets. */
  datasets: string[];
  verbose: boolean;
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
      dataset: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one PATH');
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown --format ${values.format} (text, json or sarif)`);
  checkCalendarOption(values.calendar);
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
    datasets: values.dataset,
    verbose: values.verbose === true,
    paths: positionals,
  };
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
  const project = loadProject(options.paths[0], options.datasets, io.cwd);
  const workspace = project.workspace;
  if (options.verbose) io.err(describeProject(project, display));
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
    for (const found of checkFiles(jobs, { root: project.root?.path, extraPaths: project.extraPaths, settings }, workspace.dataset)) findings.push(...found);
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

/** The `clio` command line: the same analysis as the language server, for files on disk and CI. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './analysis/analyze';
import type { Finding, Settings } from './analysis/types';
import { formatYmd } from './calendar';
import { ConversionError, conversionText, convertDate } from './convert';
import { settingsFromConfiguration } from './settings';
import { findWorkspaceRoot, loadWorkspace, mergeConfiguration } from './workspace';

const USAGE = `Usage:
  clio check [--format text|json] [--calendar gregorian|julian|dual] [--region ID] PATH...
      Check Markdown files (folders are walked for *.md). Exit 0 when nothing of
      severity warning or error was found, 1 when something was, 2 on bad usage.
  clio convert "DATE" [--from julian|gregorian] [--region ID] [--format text|json]
      Print the day in both calendars and its weekday.
  clio --help`;

class UsageError extends Error {}

interface JsonFinding {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: Finding['severity'];
  code: string;
  message: string;
  fixes: { title: string; edits: { range: JsonFinding['range']; newText: string }[] }[];
}

function markdownFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) files.push(...markdownFiles(child));
    else if (entry.name.endsWith('.md')) files.push(child);
  }
  return files;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function check(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      calendar: { type: 'string' },
      region: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one PATH');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format ${values.format}`);
  if (values.calendar !== undefined && !['gregorian', 'julian', 'dual'].includes(values.calendar)) {
    throw new UsageError(`unknown --calendar ${values.calendar} (gregorian, julian or dual)`);
  }
  // The same workspace the server sees: .clio.json and *.clio.json datasets of the nearest folder (at or above the
  // first PATH) that holds a .clio.json, else of that PATH's folder.
  const first = positionals[0];
  const workspace = loadWorkspace(findWorkspaceRoot(existsSync(first) && statSync(first).isDirectory() ? first : dirname(first)));
  const settings: Settings = settingsFromConfiguration(
    mergeConfiguration(workspace.config, { calendar: values.calendar as Settings['calendar'] | undefined, region: values.region }),
  );
  const files = positionals.flatMap(markdownFiles);
  const results: JsonFinding[] = [];
  for (const f of workspace.files) {
    const doc = TextDocument.create(f.path, 'json', 0, f.text);
    for (const p of f.problems) {
      const range = { start: doc.positionAt(p.start), end: doc.positionAt(p.end) };
      results.push({ file: relative(process.cwd(), f.path) || f.path, range, severity: p.severity, code: 'dataset-error', message: p.message, fixes: [] });
    }
  }
  for (const file of files) {
    const text = readText(file);
    const doc = TextDocument.create(file, 'markdown', 0, text);
    const range = (f: { start: number; end: number }) => ({ start: doc.positionAt(f.start), end: doc.positionAt(f.end) });
    for (const f of analyze(text, workspace.dataset, settings).findings) {
      results.push({
        file: relative(process.cwd(), file) || file,
        range: range(f),
        severity: f.severity,
        code: f.code,
        message: f.message,
        fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: range(e), newText: e.newText })) })),
      });
    }
  }
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    for (const r of results) {
      process.stdout.write(`${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.severity} ${r.code}: ${r.message}\n`);
    }
    const counts = (s: string) => results.filter((r) => r.severity === s).length;
    process.stdout.write(
      `${files.length} file${files.length === 1 ? '' : 's'} checked: ${counts('error')} errors, ${counts('warning')} warnings, ${counts('information') + counts('hint')} notes\n`,
    );
  }
  return results.some((r) => r.severity === 'error' || r.severity === 'warning') ? 1 : 0;
}

function convertCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, region: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  if (positionals.length !== 1) throw new UsageError('convert needs exactly one DATE, e.g. clio convert "22 February 1917" --from julian');
  if (values.from !== undefined && values.from !== 'julian' && values.from !== 'gregorian') throw new UsageError(`unknown --from ${values.from} (julian or gregorian)`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format ${values.format}`);
  let c;
  try {
    c = convertDate(positionals[0], { from: values.from as 'julian' | 'gregorian' | undefined, region: values.region });
  } catch (error) {
    if (error instanceof ConversionError) throw new UsageError(error.message);
    throw error;
  }
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify({ julian: formatYmd(c.julian), gregorian: formatYmd(c.gregorian), weekday: c.weekday }) + '\n');
  } else process.stdout.write(conversionText(c) + '\n');
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest);
      case 'convert':
        return convertCommand(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`clio: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));

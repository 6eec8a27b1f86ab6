/**
 * The workspace as the server and the CLI both see it: `.clio.json` settings and the user's datasets (*.clio.json
 * found under the root, plus configured paths), merged over the bundled data. Pure file reading; no watching here.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { ClioConfiguration } from '../../shared/protocol';
import { BUNDLED_FILES, bundledDataset } from './dataset/bundled';
import { Dataset, type DatasetSource } from './dataset/dataset';
import { datasetTooLarge, loadDatasetFile, MAX_DATASET_BYTES, type DatasetProblem } from './dataset/load';
import { nameMatcher } from './recognize/nameMatchers';

export const CONFIG_FILE = '.clio.json';
const DATASET_SUFFIX = '.clio.json';
const MAX_WALK_ENTRIES = 20000; // a bound on the folder walk so a huge workspace cannot stall the server

export interface FileProblems {
  path: string;
  text: string;
  problems: DatasetProblem[];
}

export interface Workspace {
  dataset: Dataset;
  /** The `.clio.json` settings in ClioConfiguration shape (lowest precedence). */
  config: ClioConfiguration;
  /** Every dataset or config file read, with its problems (empty when fine) — so fixed files can be cleared. */
  files: FileProblems[];
}

/** The one rule for which files are Markdown drafts, for `clio check`, Check Workspace and references: `.md` or `.markdown`, any case. */
function isMarkdownFile(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}

/**
 * Whether an editor's open document is a Markdown draft the server analyzes: languageId `markdown`, or a Markdown
 * file name (clients that send no languageId, or their own, like Emacs' `gfm`). Anything else (`broken.clio.json`
 * opened as `json`) is left alone, so its diagnostics stay those of its owners (the dataset-errors workspace.ts finds).
 */
export function isMarkdownDocument(languageId: string, uri: string): boolean {
  return languageId === 'markdown' || isMarkdownFile(uri.replace(/[?#].*$/, ''));
}

/** One folder's entries a Markdown walk takes, in name order: Markdown files, and folders to walk (dot entries and node_modules skipped). */
function markdownEntries(dir: string, entries: Dirent[]): { path: string; folder: boolean }[] {
  const out: { path: string; folder: boolean }[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push({ path, folder: true });
    // Not sockets or pipes, which a read would hang on; a symbolic link is read through.
    else if ((entry.isFile() || entry.isSymbolicLink()) && isMarkdownFile(entry.name)) out.push({ path, folder: false });
  }
  return out;
}

/** Markdown files under a folder, depth first in name order; an unreadable folder throws (the CLI reports it). */
export function markdownFilesSync(dir: string, out: string[] = []): string[] {
  for (const { path, folder } of markdownEntries(dir, readdirSync(dir, { withFileTypes: true }))) {
    if (folder) markdownFilesSync(path, out);
    else out.push(path);
  }
  return out;
}

/** markdownFilesSync without blocking, for the server: an unreadable folder is skipped and the rest still walked. */
export async function markdownFiles(dir: string, isCancelled: () => boolean = () => false, out: string[] = []): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const { path, folder } of markdownEntries(dir, entries)) {
    if (isCancelled()) return out;
    if (folder) await markdownFiles(path, isCancelled, out);
    else out.push(path);
  }
  return out;
}

/** A walk for `*.clio.json` files: fed one folder's entries at a time, by a synchronous or an asynchronous reader. */
class DatasetWalk {
  /** Folders still to read. */
  readonly pending: string[];
  private readonly found: string[] = [];
  private budget = MAX_WALK_ENTRIES;

  constructor(root: string) {
    this.pending = [root];
  }

  visit(dir: string, entries: Dirent[]): void {
    for (const e of entries) {
      if (--this.budget < 0) {
        this.pending.length = 0;
        return;
      }
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) this.pending.push(p);
      else if (e.isFile() && e.name.endsWith(DATASET_SUFFIX) && e.name !== CONFIG_FILE) this.found.push(p);
    }
  }

  /** Sorted, for a stable merge order. */
  result(): string[] {
    return this.found.sort();
  }
}

/** `*.clio.json` under root (not `.clio.json`, not in node_modules or dot folders), sorted. */
function findDatasetFiles(root: string): string[] {
  const walk = new DatasetWalk(root);
  for (let dir = walk.pending.pop(); dir !== undefined; dir = walk.pending.pop()) {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // unreadable folder: skip it
    }
    walk.visit(dir, entries);
  }
  return walk.result();
}

/** findDatasetFiles without blocking: the server answers the client while the workspace is walked. */
export async function findDatasetFilesAsync(root: string): Promise<string[]> {
  const walk = new DatasetWalk(root);
  for (let dir = walk.pending.pop(); dir !== undefined; dir = walk.pending.pop()) {
    walk.visit(dir, await readdir(dir, { withFileTypes: true }).catch(() => []));
  }
  return walk.result();
}

function readConfig(root: string, files: FileProblems[]): ClioConfiguration & { datasets?: string[] } {
  const path = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const problems: DatasetProblem[] = [];
  files.push({ path, text, problems });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    problems.push({ start: 0, end: 1, severity: 'error', message: `Invalid JSON in ${CONFIG_FILE}: ${(error as Error).message}; its settings are ignored.` });
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const c = raw as Record<string, unknown>;
  const severity: Record<string, string> = {};
  if (typeof c.severity === 'object' && c.severity !== null) Object.assign(severity, c.severity);
  if (Array.isArray(c.disable)) for (const code of c.disable) if (typeof code === 'string') severity[code] = 'off';
  return {
    calendar: typeof c.calendar === 'string' ? (c.calendar as ClioConfiguration['calendar']) : undefined,
    region: typeof c.region === 'string' ? c.region : undefined,
    yearStart: c.yearStart === 'january' || c.yearStart === 'march' ? c.yearStart : undefined,
    numericDates: typeof c.numericDates === 'string' ? (c.numericDates as ClioConfiguration['numericDates']) : undefined,
    diagnostics: { severity },
    datasets: Array.isArray(c.datasets) ? c.datasets.filter((p): p is string => typeof p === 'string') : undefined,
  };
}

/**
 * Reads a workspace root: its `.clio.json` and datasets (found and configured). `extraPaths` come from the
 * `clio.dataset.paths` setting or `clio check --dataset` (relative to root; without a root only absolute ones count). `found` is the result of findDatasetFiles(root) when the caller
 * has walked the workspace already. Untrusted workspaces get the bundled data only.
 */
export function loadWorkspace(root: string | undefined, options: { extraPaths?: string[]; trusted?: boolean; found?: string[] } = {}): Workspace {
  const files: FileProblems[] = [];
  if (options.trusted === false) return { dataset: bundledDataset(), config: {}, files };
  const config: ReturnType<typeof readConfig> = root ? readConfig(root, files) : {};
  // Without a root there is nothing to walk and nothing to resolve a relative path against: absolute paths only.
  const configured = [...(config.datasets ?? []), ...(options.extraPaths ?? [])].flatMap((p) => (isAbsolute(p) ? [p] : root ? [resolve(root, p)] : []));
  const paths = [...new Set([...(options.found ?? (root ? findDatasetFiles(root) : [])), ...configured])];
  const bundled = bundledDataset();
  const sources: DatasetSource[] = BUNDLED_FILES.map(({ name, file }) => ({ origin: `bundled:${name}`, file }));
  for (const path of paths) {
    let text: string;
    try {
      // Measured before reading, so a huge file is never loaded into memory.
      const size = statSync(path).size;
      if (size > MAX_DATASET_BYTES) {
        files.push({ path, text: '', problems: [datasetTooLarge(size)] });
        continue;
      }
      text = readFileSync(path, 'utf8');
    } catch (error) {
      files.push({ path, text: '', problems: [{ start: 0, end: 0, severity: 'error', message: `Cannot read dataset ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }] });
      continue;
    }
    const loaded = loadDatasetFile(text, (alias) => nameMatcher(bundled).lookup(alias));
    files.push({ path, text, problems: loaded.problems });
    sources.push({ origin: path, file: loaded.file, offsets: loaded.offsets });
  }
  const dataset = sources.length === BUNDLED_FILES.length ? bundled : new Dataset(sources);
  return { dataset, config, files };
}

/** VS Code settings override `.clio.json` where they differ from their defaults (unset settings arrive as defaults). */
export function mergeConfiguration(workspace: ClioConfiguration, client: ClioConfiguration): ClioConfiguration {
  return {
    ...workspace,
    ...client,
    calendar: client.calendar && client.calendar !== 'auto' ? client.calendar : workspace.calendar,
    region: client.region && client.region !== 'auto' ? client.region : workspace.region,
    yearStart: client.yearStart && client.yearStart !== 'january' ? client.yearStart : workspace.yearStart,
    numericDates: client.numericDates && client.numericDates !== 'auto' ? client.numericDates : workspace.numericDates,
    diagnostics: {
      ...client.diagnostics,
      severity: { ...workspace.diagnostics?.severity, ...client.diagnostics?.severity },
    },
  };
}

/** What marks a project's root folder: its settings file, or, failing that, a Git repository's `.git` (a folder, or a file in a worktree). */
export type ProjectMarker = typeof CONFIG_FILE | '.git';

/**
 * The project a file or folder belongs to, as linters find theirs: the nearest folder at or above `from` that holds
 * `.clio.json` or `.git` (both in one folder: `.clio.json`). Never a folder above a repository's root, so a draft
 * in a home or temporary folder does not make that whole folder the project. Undefined when there is neither.
 */
export function findProjectRoot(from: string): { root: string; marker: ProjectMarker } | undefined {
  for (let dir = resolve(from); ; dir = resolve(dir, '..')) {
    for (const marker of [CONFIG_FILE, '.git'] as const) {
      if (exists(join(dir, marker), marker === CONFIG_FILE ? 'file' : 'any')) return { root: dir, marker };
    }
    if (resolve(dir, '..') === dir) return undefined;
  }
}

function exists(path: string, kind: 'file' | 'any'): boolean {
  try {
    const stat = statSync(path);
    return kind === 'any' || stat.isFile();
  } catch {
    return false;
  }
}

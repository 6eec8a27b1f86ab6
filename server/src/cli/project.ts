/**
 * Which project a `clio check` run reads, and so which datasets it uses: the project of the first PATH (workspace.ts,
 * findProjectRoot) with its `.clio.json` and `*.clio.json`, plus the `--dataset` files; nothing outside it is walked.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { BUNDLED_FILES } from '../dataset/bundled';
import { CONFIG_FILE, findProjectRoot, loadWorkspace, type ProjectMarker, type Workspace } from '../workspace';
import { isGlob } from './glob';
import { UsageError } from './usage';

export interface Project {
  /** Undefined when no folder at or above the first PATH holds `.clio.json` or `.git`. */
  root?: { path: string; marker: ProjectMarker };
  workspace: Workspace;
  /** The --dataset files, as absolute paths (a worker thread loads the same project from root and these). */
  extraPaths: string[];
  /** The user dataset files read (found in the project, named by `.clio.json`, or given with --dataset), in merge order. */
  datasets: string[];
}

/** The folder a PATH argument starts from: a folder itself, a file's folder, or a glob's fixed leading folders. */
function startFolder(arg: string): string {
  if (!existsSync(arg) && isGlob(arg)) {
    const segments = arg.split('/');
    const fixed = segments.slice(0, segments.findIndex(isGlob));
    return fixed.length === 0 ? '.' : fixed.join('/') || '/';
  }
  return existsSync(arg) && statSync(arg).isDirectory() ? arg : dirname(arg);
}

/** The project of `first` (a PATH argument) with the `--dataset` files, read relative to `cwd`. */
export function loadProject(first: string, datasetArgs: string[], cwd: string): Project {
  const extraPaths = datasetArgs.map((p) => resolve(cwd, p));
  for (const [i, path] of extraPaths.entries()) {
    // A file named on the command line that is not there is bad usage, like a missing PATH.
    if (!existsSync(path) || statSync(path).isDirectory()) throw new UsageError(`cannot read dataset ${datasetArgs[i]}: no such file`);
  }
  const found = findProjectRoot(resolve(cwd, startFolder(first)));
  const workspace = loadWorkspace(found?.root, { extraPaths });
  return {
    root: found && { path: found.root, marker: found.marker },
    workspace,
    extraPaths,
    datasets: workspace.files.map((f) => f.path).filter((p) => basename(p) !== CONFIG_FILE),
  };
}

/** What `--verbose` says about the run's project and datasets, one line each. */
export function describeProject(project: Project, display: (path: string) => string): string {
  const root = project.root
    ? `project: ${display(project.root.path)} (holds ${project.root.marker})`
    : `project: none (no ${CONFIG_FILE} or .git at or above the first PATH); only the bundled dataset and --dataset files`;
  const bundled = `dataset: bundled (${BUNDLED_FILES.map((f) => f.name).join(', ')})`;
  return [root, bundled, ...project.datasets.map((p) => `dataset: ${display(p)}`)].join('\n') + '\n';
}

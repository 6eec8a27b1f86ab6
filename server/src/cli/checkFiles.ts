/**
 * What `clio check` does for each file — read it, analyze it, turn its findings into report findings — and the
 * same over many files, shared with worker threads (dist/checkWorker.js) when there is enough text to be worth it.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analysis/analyze';
import type { Finding, Settings } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { toRange } from '../lsp/toProtocol';
import { readText } from './files';
import { runPooled } from './pool';
import { positionsOf } from '../util/positions';
import type { CliFinding } from './report/types';
import { UsageError } from './usage';

export function toCliFindings(file: string, path: string, text: string, findings: readonly Finding[]): CliFinding[] {
  const doc = positionsOf(text);
  const range = (f: { start: number; end: number }) => toRange(doc, f.start, f.end);
  return findings.map((f) => ({
    file,
    path,
    range: range(f),
    severity: f.severity,
    code: f.code,
    message: f.message,
    fixes: f.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ range: range(e), newText: e.newText })) })),
  }));
}

/** One file to check: where to read it, and the names the report gives it. */
export interface FileJob {
  read: string;
  display: string;
  path: string;
}

/** What a worker needs besides the job: the project to load (its dataset, with the --dataset files) and the settings. */
export interface CheckContext {
  root: string | undefined;
  extraPaths: string[];
  settings: Settings;
}

export function checkFile(job: FileJob, dataset: Dataset, settings: Settings): CliFinding[] {
  const text = readText(job.read);
  return toCliFindings(job.display, job.path, text, analyze(text, dataset, settings).findings);
}

/**
 * The text each thread should have to check before one more is started. A worker thread costs about a second of CPU
 * before it checks at full speed — node's start in the thread (≈ 0.2 s), V8 compiling the analysis again for its own
 * isolate (≈ 0.6 s on a background thread) and its first files in unoptimized code — which is what a warm thread
 * spends checking 15–20 MB. Measured on the 2-core VM (bench/README.md): with one worker, ten 1 MB files took 0.9–1.2 s
 * more CPU than on one thread and ended later; thirty ended 10 % sooner at best, and later when the VM was busy.
 */
const THREAD_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Worker threads besides this one: `CLIO_WORKERS` if set (0 checks one file after the other), else one more thread
 * for each further THREAD_MIN_BYTES of text, up to one per further core.
 */
function workerCount(jobs: readonly FileJob[]): number {
  const forced = process.env.CLIO_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  const most = availableParallelism() - 1;
  let bytes = 0;
  for (const job of jobs) {
    try {
      bytes += statSync(job.read).size;
    } catch {
      // Unreadable: reported when the file is read, in order.
    }
    if (bytes >= (most + 1) * THREAD_MIN_BYTES) break;
  }
  return Math.max(0, Math.min(most, Math.floor(bytes / THREAD_MIN_BYTES) - 1));
}

/** Every file's findings, in file order; an unreadable file throws its UsageError as a loop over the files would. */
export function checkFiles(jobs: readonly FileJob[], context: CheckContext, dataset: Dataset): CliFinding[][] {
  return runPooled(jobs, {
    // This file is bundled into dist/cli.js, next to dist/checkWorker.js.
    script: join(__dirname, 'checkWorker.js'),
    workers: workerCount(jobs),
    data: context,
    local: (job) => checkFile(job, dataset, context.settings),
    reviveError: (e) => (e.name === 'UsageError' ? new UsageError(e.message) : Object.assign(new Error(e.message), { stack: e.stack })),
  });
}

/**
 * Find all references: every mention of a person or event in the workspace's Markdown — open documents as edited,
 * the other Markdown files under the workspace folders as saved on disk (walked as workspace.ts's markdownFiles does).
 */
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dataset } from '../dataset/dataset';
import { toPath, type FileSpan } from './definition';
import type { DocumentAnalysis } from '../analysis/types';
import type { Span } from '../util/span';
import { markdownFiles } from '../workspace';

/** The mentions of one entity in an analyzed document, in order. */
function mentionSpans(analysis: DocumentAnalysis, id: string): Span[] {
  return analysis.entities.filter((e) => e.id === id).map((e) => ({ start: e.start, end: e.end }));
}

export interface OpenDocument {
  uri: string;
  doc: TextDocument;
  analysis: DocumentAnalysis;
}

export interface ReferenceSearch {
  id: string;
  dataset: Dataset;
  open: OpenDocument[];
  /** Workspace folders as file system paths. */
  folders: string[];
  /** The same analysis the open documents get, for a file read from disk. */
  analyzeText(text: string): DocumentAnalysis;
  progress?(done: number, total: number, file: string): void;
  isCancelled?(): boolean;
}

/** Mentions of every entity in a file (with the document that places them): enough to answer any later search. */
interface FileMentions {
  mtimeMs: number;
  size: number;
  doc: TextDocument;
  byId: Map<string, Span[]>;
}

// Per dataset (a reload replaces it, and names may resolve differently), per path.
const cache = new WeakMap<Dataset, Map<string, FileMentions>>();

function spansById(analysis: DocumentAnalysis): Map<string, Span[]> {
  const byId = new Map<string, Span[]>();
  for (const e of analysis.entities) {
    const list = byId.get(e.id) ?? [];
    list.push({ start: e.start, end: e.end });
    byId.set(e.id, list);
  }
  return byId;
}

async function mentionsOnDisk(path: string, search: ReferenceSearch): Promise<FileMentions | undefined> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return undefined;
  }
  let files = cache.get(search.dataset);
  if (!files) cache.set(search.dataset, (files = new Map()));
  const hit = files.get(path);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined; // unreadable: skipped, the search goes on
  }
  const mentions = { mtimeMs: info.mtimeMs, size: info.size, doc: TextDocument.create(pathToFileURL(path).href, 'markdown', 0, text), byId: spansById(search.analyzeText(text)) };
  files.set(path, mentions);
  return mentions;
}

/** Every mention of `search.id`: open documents first (in the order given), then files on disk by path. */
export async function findReferences(search: ReferenceSearch): Promise<FileSpan[]> {
  const cancelled = search.isCancelled ?? (() => false);
  const out: FileSpan[] = [];
  const openPaths = new Set<string>();
  for (const o of search.open) {
    const path = toPath(o.uri);
    if (path) openPaths.add(path);
    for (const s of mentionSpans(o.analysis, search.id)) out.push({ uri: o.uri, doc: o.doc, ...s });
  }
  const files: string[] = [];
  for (const folder of search.folders) await markdownFiles(folder, cancelled, files);
  const onDisk = [...new Set(files)].filter((p) => !openPaths.has(p));
  for (let i = 0; i < onDisk.length; i++) {
    if (cancelled()) break;
    search.progress?.(i, onDisk.length, onDisk[i]);
    const mentions = await mentionsOnDisk(onDisk[i], search);
    if (mentions) for (const s of mentions.byId.get(search.id) ?? []) out.push({ uri: mentions.doc.uri, doc: mentions.doc, ...s });
    // Let cancellation and other requests through between files.
    if (i % 8 === 7) await new Promise<void>((r) => setImmediate(r));
  }
  search.progress?.(onDisk.length, onDisk.length, '');
  return out;
}

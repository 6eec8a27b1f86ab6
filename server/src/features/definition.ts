/**
 * Go to definition: from a name in the draft to its dataset entry — a user's `*.clio.json` at the entry, or the
 * bundled data file shipped next to dist/ (opened read-only by the client).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dataset } from '../dataset/dataset';
import { findAt } from './hover';
import type { DocumentAnalysis, EntityMention } from '../analysis/types';
import { positionsOf } from '../util/positions';
import type { Span } from '../util/span';

/** A span of a file's text and what turns its offsets into positions (lsp/toProtocol's toLocation converts it). */
export interface FileSpan extends Span {
  uri: string;
  doc: Pick<TextDocument, 'positionAt'>;
}

/** The name (entity mention) at an offset, if any. */
export function entityAt(analysis: DocumentAnalysis, offset: number): EntityMention | undefined {
  return findAt(analysis.entities, offset, (e) => [e.start, e.end]);
}

/** The span of `"id": "<id>"` in a dataset file's text, searching from `from` (an entry's offset when known). */
function idPropertySpan(text: string, id: string, from = 0): { start: number; end: number } | undefined {
  const escaped = JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`"id"\\s*:\\s*${escaped}`, 'g');
  re.lastIndex = from;
  const m = re.exec(text) ?? (from > 0 ? ((re.lastIndex = 0), re.exec(text)) : null);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Reads a user's file: open documents first (unsaved edits count), else the disk. */
export type ReadText = (uri: string) => string | undefined;

/**
 * Finds dataset entries in their files. Bundled files never change while the server runs, so their text and the
 * offset of each id are cached; user files are read afresh, since the writer may be editing them.
 */
export class DatasetLocator {
  private readonly bundled = new Map<string, { uri: string; text: string; doc: FileSpan['doc']; spans: Map<string, { start: number; end: number } | undefined> }>();

  /** `dataDir`: the folder of the bundled data files (data/ next to dist/ in the extension). */
  constructor(
    private readonly dataDir: string,
    private readonly readUserText: ReadText,
  ) {}

  locate(dataset: Dataset, id: string): FileSpan | undefined {
    const origin = dataset.origins.get(id);
    if (!origin) return undefined;
    if (origin.file.startsWith('bundled:')) return this.locateBundled(origin.file.slice('bundled:'.length), id);
    const uri = toUri(origin.file);
    const text = this.readUserText(uri);
    if (text === undefined) return undefined;
    const span = idPropertySpan(text, id, origin.offset ?? 0) ?? { start: origin.offset ?? 0, end: origin.offset ?? 0 };
    return { uri, doc: positionsOf(text), ...span };
  }

  private locateBundled(name: string, id: string): FileSpan | undefined {
    let file = this.bundled.get(name);
    if (!file) {
      const path = join(this.dataDir, name);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined; // a server run without its data folder (e.g. bundled elsewhere) has nothing to open
      }
      // Its line starts found by a regex, not by a TextDocument (one character at a time): the first hover that links
      // to an entry of the file waits for them.
      file = { uri: pathToFileURL(path).href, text, doc: positionsOf(text), spans: new Map() };
      this.bundled.set(name, file);
    }
    if (!file.spans.has(id)) file.spans.set(id, idPropertySpan(file.text, id));
    const span = file.spans.get(id);
    if (!span) return undefined;
    return { uri: file.uri, doc: file.doc, ...span };
  }
}

/** Dataset origins are file URIs or plain paths. */
function toUri(fileOrUri: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(fileOrUri) && !/^[a-z]:[\\/]/i.test(fileOrUri) ? fileOrUri : pathToFileURL(fileOrUri).href;
}

/** The file system path of a file URI, or undefined for other schemes. */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

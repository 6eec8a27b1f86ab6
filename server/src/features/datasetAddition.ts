/**
 * Turns a fix's DatasetAddition into the change of a dataset file: a new file, or one entry appended to the
 * `people` array of the existing one (an insertion edit that keeps the file's JSON and formatting intact).
 */
import { join } from 'node:path';
import { findNodeAtLocation, modify, parse, parseTree, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { freeId } from '../analysis/checks/unknownPerson';
import type { DatasetAddition, TextEdit } from '../analysis/types';

export type DatasetFileChange = { kind: 'create'; text: string } | { kind: 'edit'; edits: TextEdit[] };

/** `existing` is the file's current text, or undefined when there is no such file; undefined result: not valid JSON. */
export function datasetFileChange(existing: string | undefined, addition: DatasetAddition): DatasetFileChange | undefined {
  if (existing === undefined || existing.trim() === '') {
    const text = `${JSON.stringify({ people: [addition.person] }, null, 2)}\n`;
    return existing === undefined ? { kind: 'create', text } : { kind: 'edit', edits: [{ start: 0, end: existing.length, newText: text }] };
  }
  const errors: ParseError[] = [];
  const data: unknown = parse(existing, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const people = (data as { people?: unknown }).people;
  if (people !== undefined && !Array.isArray(people)) return undefined;
  const ids = new Set((people ?? []).map((p: unknown) => (p && typeof p === 'object' ? (p as { id?: unknown }).id : undefined)));
  const person = { ...addition.person, id: freeId(addition.person.id, (id) => ids.has(id)) };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const unit = /^([ \t]+)"/m.exec(existing)?.[1] ?? '  ';
  const array = findNodeAtLocation(parseTree(existing)!, ['people']);
  if (!array || array.type !== 'array') {
    // No people yet: jsonc-parser adds the property (its formatting only touches the new text).
    const edits = modify(existing, ['people'], [person], {
      formattingOptions: { insertSpaces: !unit.includes('\t'), tabSize: unit.includes('\t') ? 1 : unit.length, eol },
    });
    return { kind: 'edit', edits: edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content })) };
  }
  // Appended by hand rather than by modify(), which would reformat the entry before it: existing text stays as written.
  const last = array.children?.[array.children.length - 1];
  const lineIndent = (offset: number) => /[ \t]*/.exec(existing.slice(existing.lastIndexOf('\n', offset - 1) + 1))![0];
  const closing = array.offset + array.length - 1;
  const indent = last ? lineIndent(last.offset) : lineIndent(array.offset) + unit;
  const entry = JSON.stringify(person, null, unit).replace(/\n/g, eol + indent);
  const edit: TextEdit = last
    ? { start: last.offset + last.length, end: last.offset + last.length, newText: `,${eol}${indent}${entry}` }
    : { start: array.offset + 1, end: closing, newText: `${eol}${indent}${entry}${eol}${lineIndent(array.offset)}` };
  return { kind: 'edit', edits: [edit] };
}

/** A dataset file as the server sees it: the open editor's text and version, or the text on disk. */
export interface DatasetFileState {
  text: string;
  /** The open document's version; null when read from disk. */
  version: number | null;
}

/** The change to make to the dataset file in `folder` (a file system path); undefined when that file is not valid JSON. */
export interface DatasetFileUpdate {
  uri: string;
  /** The open document's version; null when read from disk or created. */
  version: number | null;
  /** The existing text, to place the edits' offsets. */
  file: Pick<TextDocument, 'positionAt'>;
  change: DatasetFileChange;
}

export function datasetFileUpdate(
  addition: DatasetAddition,
  folder: string,
  read: (uri: string) => DatasetFileState | undefined,
): DatasetFileUpdate | undefined {
  const uri = URI.file(join(folder, addition.file)).toString();
  const existing = read(uri);
  const change = datasetFileChange(existing?.text, addition);
  return change && { uri, version: existing?.version ?? null, file: TextDocument.create(uri, 'json', 0, existing?.text ?? ''), change };
}

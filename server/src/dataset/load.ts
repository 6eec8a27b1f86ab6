/**
 * Reads a user dataset file (*.clio.json): JSON with positions (jsonc-parser), the schema (ajv), and the checks a
 * schema cannot express (dates that exist in their calendar, duplicate ids, aliases that shadow bundled names).
 * Every problem carries the offset range of the offending place; valid entries of a partly broken file are kept.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isValidDate, type Calendar } from '../calendar';
import schema from '../../../data/schema/clio-dataset.schema.json';
import { parseDatedValue } from './dates';
import type { DatasetFile, DatedValue, HistoricalEvent, Person } from './types';

export interface DatasetProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface LoadedDatasetFile {
  file: DatasetFile;
  /** Offset of each kept entry's object in the file, by id. */
  offsets: Map<string, number>;
  problems: DatasetProblem[];
}

/** Files above this size are not parsed (a dataset is hand-written; 5 MB is thousands of entries). */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/** The problem reported for a dataset above MAX_DATASET_BYTES (checked before reading it when it is a file). */
export function datasetTooLarge(size: number): DatasetProblem {
  const mb = (n: number) => (n / 1048576).toFixed(1).replace(/\.0$/, '');
  return {
    start: 0,
    end: 1,
    severity: 'error',
    message: `This dataset is ${(size / 1048576).toFixed(1)} MB; Clio reads dataset files up to ${mb(MAX_DATASET_BYTES)} MB. Split it into several *.clio.json files.`,
  };
}

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  if (!validator) {
    // Loaded on first use: most workspaces have no dataset of their own, and startup should not pay for ajv.
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

/** A value's range; for an object or array just its opening bracket, so a whole entry is not underlined. */
function nodeRange(node: Node | undefined, fallback: [number, number]): [number, number] {
  if (!node) return fallback;
  return node.type === 'object' || node.type === 'array' ? [node.offset, node.offset + 1] : [node.offset, node.offset + node.length];
}

/** "/people/3/born/date" → ["people", 3, "born", "date"] */
function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function schemaMessage(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the file';
  if (e.keyword === 'additionalProperties') return `${where}: unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  if (e.keyword === 'required') return `${where}: missing "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'pattern' && where.endsWith('date')) return `${where}: must be YYYY-MM-DD, YYYY-MM or YYYY`;
  if (e.keyword === 'pattern' && where.endsWith('id')) return `${where}: an id is lowercase words joined by hyphens, e.g. "october-revolution"`;
  return `${where}: ${e.message ?? 'is not valid'}`;
}

/**
 * Parses one dataset file. `bundledAliases` maps an alias to the bundled entity names that use it, so that a user
 * alias shadowing a bundled one is reported (unless the user entry replaces that bundled entity by id).
 */
export function loadDatasetFile(text: string, bundledAliases?: (alias: string) => readonly string[]): LoadedDatasetFile {
  const problems: DatasetProblem[] = [];
  const empty: LoadedDatasetFile = { file: {}, offsets: new Map(), problems };
  if (text.length > MAX_DATASET_BYTES) {
    problems.push(datasetTooLarge(text.length));
    return empty;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    for (const e of errors.slice(0, 20)) {
      problems.push({ start: e.offset, end: e.offset + Math.max(e.length, 1), severity: 'error', message: `Invalid JSON: ${printParseErrorCode(e.error)}` });
    }
    if (!root) problems.push({ start: 0, end: Math.min(1, text.length), severity: 'error', message: 'Invalid JSON: the file is empty' });
    return empty;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ start: 0, end: 1, severity: 'error', message: `Invalid JSON: ${(error as Error).message}` });
    return empty;
  }
  const fileRange: [number, number] = [root.offset, root.offset + 1];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ start: fileRange[0], end: fileRange[1], severity: 'error', message: 'A dataset is an object: { "people": [...], "events": [...] }' });
    return empty;
  }

  // Schema errors, each at its place; an entry with an error is left out, the rest are kept.
  const bad = new Set<string>(); // "people/3"
  const check = validate();
  if (!check(data)) {
    for (const e of check.errors ?? []) {
      const path = pathOf(e.instancePath);
      const [start, end] = nodeRange(findNodeAtLocation(root, path), fileRange);
      problems.push({ start, end, severity: 'error', message: schemaMessage(e) });
      if (path.length >= 2) bad.add(`${path[0]}/${path[1]}`);
      else bad.add('*');
    }
  }
  if (bad.has('*')) return empty;

  const file: DatasetFile = {};
  const offsets = new Map<string, number>();
  const seen = new Map<string, number>();
  const raw = data as { people?: unknown[]; events?: unknown[] };
  for (const key of ['people', 'events'] as const) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    const kept: (Person | HistoricalEvent)[] = [];
    list.forEach((entry, i) => {
      if (bad.has(`${key}/${i}`)) return;
      const e = entry as Person & HistoricalEvent;
      const at = (...p: (string | number)[]) => nodeRange(findNodeAtLocation(root, [key, i, ...p]), fileRange);
      let ok = true;
      for (const field of ['born', 'died', 'start', 'end'] as const) {
        const v = e[field] as DatedValue | undefined;
        if (!v) continue;
        const calendarName = v.calendar === 'julian' ? 'Julian' : 'Gregorian';
        if (!dateExists(v)) {
          const [start, end] = at(field, 'date');
          problems.push({ start, end, severity: 'error', message: `${key}[${i}].${field}: ${v.date} does not exist in the ${calendarName} calendar` });
          ok = false;
        }
        for (const [j, date] of (v.alsoGiven ?? []).entries()) {
          if (dateExists({ date, calendar: v.calendar })) continue;
          const [start, end] = at(field, 'alsoGiven', j);
          problems.push({ start, end, severity: 'error', message: `${key}[${i}].${field}.alsoGiven: ${date} does not exist in the ${calendarName} calendar` });
          ok = false;
        }
      }
      if (seen.has(e.id)) {
        const [start, end] = at('id');
        problems.push({ start, end, severity: 'error', message: `Duplicate id "${e.id}": it is already used earlier in this file` });
        ok = false;
      }
      for (const [j, alias] of e.aliases.entries()) {
        const owners = bundledAliases?.(alias).filter((id) => id !== e.id) ?? [];
        if (owners.length) {
          const [start, end] = at('aliases', j);
          problems.push({
            start,
            end,
            severity: 'warning',
            message: `Alias "${alias}" is also a name of the bundled ${owners.join(', ')}: mentions will be resolved by context. Use the same id to replace the bundled entry instead.`,
          });
        }
      }
      if (!ok) return;
      seen.set(e.id, i);
      offsets.set(e.id, at()[0]);
      kept.push(e);
    });
    if (key === 'people') file.people = kept as Person[];
    else file.events = kept as HistoricalEvent[];
  }
  return { file, offsets, problems };
}

function dateExists(v: DatedValue): boolean {
  const p = parseDatedValue(v);
  if (!p) return false;
  if (p.month === undefined || p.day === undefined) return true;
  return isValidDate({ year: p.year, month: p.month, day: p.day }, v.calendar as Calendar);
}

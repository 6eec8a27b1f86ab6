/**
 * Completion: event snippets in the document's convention ("the October Revolution of 7 November (O.S. 25 October) 1917"),
 * people's names, and the other calendar's day after an unpaired date. A pure function of (analysis, dataset, offset, trigger).
 */
import { calendarInUse, convert, isValidDate, other } from '../calendar';
import type { DocumentAnalysis, EntityMention } from '../analysis/analyze';
import { partValue } from '../analysis/rewrite';
import type { Convention } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { fullDay, parseDatedValue } from '../dataset/dates';
import type { DatedValue, HistoricalEvent, Person } from '../dataset/types';
import { formatDualDate, formatPart, markerFor } from '../recognize/format';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { entityHover, findAt, type EntryLink } from './hover';
import { documentHabits, escapeChoice, escapeSnippet, eventDateVariants, type Days, type DocumentHabits } from './eventText';

export { escapeSnippet };

export type ClioCompletionKind = 'event' | 'person' | 'date';

/** One completion with document offsets; `toLspCompletionItem` turns it into an LSP item at the edge. */
export interface ClioCompletion {
  label: string;
  kind: ClioCompletionKind;
  /** Shown right after the label ("(1881–1970)"). */
  labelDetail?: string;
  /** Shown at the far right (the year of an event). */
  labelDescription?: string;
  detail?: string;
  /** Markdown (the entity's hover). */
  documentation?: string;
  /** `newText` is LSP snippet syntax rather than plain text. */
  snippet: boolean;
  edit: { start: number; end: number; newText: string };
  filterText: string;
  sortText: string;
  entityId?: string;
  /** The document's convention, so that the resolved documentation writes dates its way. */
  convention?: Convention;
}

export const TRIGGER_CHARACTERS = ['@'];

const MAX_WORDS_BACK = 5;

export function completionsAt(analysis: DocumentAnalysis, dataset: Dataset, offset: number, trigger?: string): ClioCompletion[] {
  const prose = proseSpanAt(analysis, offset);
  if (!prose) return [];
  const { habits } = documentFacts(analysis);
  const text = analysis.text;
  const lineStart = Math.max(prose.start, text.lastIndexOf('\n', offset - 1) + 1, text.lastIndexOf('\r', offset - 1) + 1);

  // Right after a date (or the spaces after it) only the date's other calendar makes sense.
  const date = dateCompletion(analysis, offset, lineStart, habits);
  if (date) return [date];
  if (/[\p{L}\p{N}]/u.test(text.charAt(offset))) return []; // inside a word, not at its end
  const typed = typedWords(text, offset, lineStart);
  if (!typed) return [];
  if (trigger === '@' && typed.at === undefined) return [];

  const { mentioned, years } = documentFacts(analysis);
  const out: ClioCompletion[] = [];
  const index = namesIndex(dataset);
  // What was typed from each possible start, lower-cased once (names have several words: "October Rev").
  const typedFrom =
    typed.at !== undefined
      ? [{ start: typed.at, query: text.slice(typed.at + 1, offset).toLowerCase() }]
      : typed.starts.map((start) => ({ start, query: text.slice(start, offset).toLowerCase() }));
  for (const entity of dataset.entities()) {
    const entry = index.get(entity.id)!;
    const { start, query } = replaceStart(typedFrom, entry.lower);
    if (query && !matchesWordStarts(query, entry)) continue;
    const tier = mentioned.has(entity.id) ? 0 : entity.type === 'event' && eventInYears(entity, years) ? 1 : 2;
    const sortKey = `${tier}${entity.type === 'event' ? 0 : 1}${entity.name.toLowerCase()}`;
    const filterText = typed.at === undefined ? entry.filterText : entry.atFilterText;
    // Documentation (the entity's hover) is filled in by completionItem/resolve, for the item the writer looks at.
    if (entity.type === 'event') {
      out.push(eventCompletion(entity, habits, text, start, offset, { filterText, sortText: `${sortKey}0` }));
    } else {
      out.push(...personCompletions(entity, habits, start, offset, { filterText, sortKey }));
    }
  }
  return out;
}

// ————— where completion applies —————

function proseSpanAt(analysis: DocumentAnalysis, offset: number): { start: number; end: number } | undefined {
  const block = findAt(analysis.blocks, offset, (b) => [b.start, b.end]);
  return block?.prose.find((s) => s.start <= offset && offset <= s.end);
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}'’\-.]/u.test(c);
}

/**
 * The words typed before the cursor on its line: the start of each (nearest first, the first possibly empty),
 * and the position of an `@` that opens them. Names have several words, so an item may replace more than one.
 */
function typedWords(text: string, offset: number, lineStart: number): { starts: number[]; at?: number } | undefined {
  let i = offset;
  while (i > lineStart && isWordChar(text.charAt(i - 1))) i--;
  // Sentence dots are word characters for initials ("V. I. Lenin"), but not at the start of a word.
  while (i < offset && text.charAt(i) === '.') i++;
  const starts = [i];
  if (text.charAt(i - 1) === '@') return /[\p{L}\p{N}]/u.test(text.charAt(i - 2)) ? undefined : { starts, at: i - 1 };
  let j = i;
  for (let k = 1; k < MAX_WORDS_BACK; k++) {
    if (j - 1 < lineStart || text.charAt(j - 1) !== ' ') break;
    let w = j - 1;
    while (w > lineStart && isWordChar(text.charAt(w - 1))) w--;
    if (w === j - 1) break;
    starts.push(w);
    if (text.charAt(w - 1) === '@') return /[\p{L}\p{N}]/u.test(text.charAt(w - 2)) ? { starts: [i] } : { starts, at: w - 1 };
    j = w;
  }
  return { starts };
}

/** The farthest word start whose text up to the cursor begins one of the names ("October Rev"), else the current word. */
function replaceStart(typedFrom: { start: number; query: string }[], lowerNames: string[]): { start: number; query: string } {
  for (let k = typedFrom.length - 1; k > 0; k--) {
    if (lowerNames.some((n) => n.startsWith(typedFrom[k].query))) return typedFrom[k];
  }
  return typedFrom[0];
}

/** An entity's names prepared once per dataset: lower-cased, with the offsets where their words start. */
interface NamesEntry {
  lower: string[];
  wordStarts: number[][];
  filterText: string;
  atFilterText: string;
}

const namesByDataset = new WeakMap<Dataset, Map<string, NamesEntry>>();

function namesIndex(dataset: Dataset): Map<string, NamesEntry> {
  let index = namesByDataset.get(dataset);
  if (!index) {
    index = new Map();
    for (const e of dataset.entities()) {
      const names = [e.name, ...e.aliases];
      const lower = names.map((n) => n.toLowerCase());
      const wordStarts = lower.map((n) => [...n.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index!));
      index.set(e.id, { lower, wordStarts, filterText: names.join(' '), atFilterText: names.map((n) => `@${n}`).join(' ') });
    }
    namesByDataset.set(dataset, index);
  }
  return index;
}

/** Prefix or fuzzy match from the start of a word of a name or alias, case-insensitive (as VS Code filters). */
function matchesWordStarts(q: string, entry: NamesEntry): boolean {
  for (let j = 0; j < entry.lower.length; j++) {
    const n = entry.lower[j];
    for (const s of entry.wordStarts[j]) {
      if (n.charCodeAt(s) !== q.charCodeAt(0)) continue;
      let k = 0;
      for (let i = s; i < n.length && k < q.length; i++) if (n.charCodeAt(i) === q.charCodeAt(k)) k++;
      if (k === q.length) return true;
    }
  }
  return false;
}


function documentYears(analysis: DocumentAnalysis): Set<number> {
  const years = new Set<number>();
  for (const d of analysis.dates) {
    if (d.first.year !== undefined) years.add(d.first.year);
    if (d.second?.year !== undefined) years.add(d.second.year);
  }
  return years;
}

function eventInYears(e: HistoricalEvent, years: Set<number>): boolean {
  const from = parseDatedValue(e.start)?.year;
  const to = (e.end && parseDatedValue(e.end)?.year) ?? from;
  if (from === undefined || to === undefined) return false;
  for (const y of years) if (y >= from && y <= to) return true;
  return false;
}

/** "The" at the start of a sentence, "the" elsewhere, none when the writer already typed it. */
function articleFor(e: HistoricalEvent, text: string, start: number): string {
  if (e.article === '') return '';
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\bthe\s+$/i.test(before)) return '';
  const trimmed = before.replace(/[\s*_>#-]+$/, '');
  return trimmed === '' || /[.!?:]["'”’)]?$/.test(trimmed) ? 'The' : e.article ?? 'the';
}

function eventCompletion(
  e: HistoricalEvent & { type: 'event' },
  habits: Habits,
  text: string,
  start: number,
  offset: number,
  item: { filterText: string; sortText: string },
): ClioCompletion {
  const article = articleFor(e, text, start);
  const variants = habits.variants.get(e.id) ?? habits.variants.set(e.id, eventDateVariants(e, habits)).get(e.id)!;
  let stop = 1;
  let snippet = '';
  if (article) snippet += `\${${stop++}:${escapeSnippet(article)}} `;
  snippet += escapeSnippet(e.name);
  if (variants.length === 1) snippet += `\${${stop++}:${escapeSnippet(` of ${variants[0]}`)}}`;
  else if (variants.length > 1) snippet += `\${${stop++}|${variants.map((v) => escapeChoice(` of ${v}`)).join(',')}|}`;
  snippet += '$0';
  return {
    label: e.name,
    kind: 'event',
    labelDescription: variants[0],
    detail: [e.kind, e.place].filter(Boolean).join(' · ') || undefined,
    snippet: true,
    edit: { start, end: offset, newText: snippet },
    filterText: item.filterText,
    sortText: item.sortText,
    entityId: e.id,
    convention: habits.convention,
  };
}

/** A year of a person's life in the document's calendar ("1881"), "c. 1881" when approximate. */
function lifeYear(v: DatedValue | undefined, habits: DocumentHabits): string | undefined {
  if (!v) return undefined;
  const f = fullDay(v);
  const year = f ? (f.calendar === habits.primary ? f.day : convert(f.day, f.calendar)).year : parseDatedValue(v)?.year;
  if (year === undefined) return undefined;
  return `${v.circa ? 'c. ' : ''}${year}`;
}

function lifeDates(p: Person, habits: DocumentHabits): string | undefined {
  const born = lifeYear(p.born, habits);
  const died = lifeYear(p.died, habits);
  if (born && died) return `${born}–${died}`;
  if (born) return `b. ${born}`;
  if (died) return `d. ${died}`;
  return undefined;
}

function personCompletions(
  p: Person & { type: 'person' },
  habits: DocumentHabits,
  start: number,
  offset: number,
  item: { filterText: string; sortKey: string },
): ClioCompletion[] {
  const life = lifeDates(p, habits);
  const base = { kind: 'person' as const, detail: p.roles?.[0], snippet: false, filterText: item.filterText, entityId: p.id, convention: habits.convention };
  const out: ClioCompletion[] = [
    { ...base, label: p.name, labelDetail: life && ` (${life})`, edit: { start, end: offset, newText: p.name }, sortText: `${item.sortKey}0` },
  ];
  if (life) {
    const withLife = `${p.name} (${life})`;
    out.push({ ...base, label: withLife, edit: { start, end: offset, newText: withLife }, sortText: `${item.sortKey}1` });
  }
  return out;
}

// ————— the other calendar's day after a date —————

/** After an unpaired date in a Julian-era context: its other calendar's day, in the document's pair style. */
function dateCompletion(analysis: DocumentAnalysis, offset: number, lineStart: number, habits: DocumentHabits): ClioCompletion | undefined {
  const text = analysis.text;
  let end = offset;
  while (end > lineStart && (text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\t')) end--;
  const d = findAt(analysis.dates, end, (x) => [x.mention.start, x.mention.end]);
  if (!d || d.mention.end !== end || d.second) return undefined;
  const side = d.first;
  if (side.jdn === undefined || !side.first) return undefined;
  if (side.last && !isValidDate(side.last, side.calendar)) return undefined;
  const julianEra = side.calendar === 'julian' || (d.reform !== undefined && calendarInUse(d.reform, side.jdn) === 'julian');
  if (!julianEra) return undefined;
  // A marker after the date ("7 November 1917 (O.S.)") already says which calendar it is.
  if (/^\s*[([]/.test(text.slice(end, end + 3))) return undefined;

  const there = convert(side.first, side.calendar);
  const thereLast = side.last && convert(side.last, side.calendar);
  const otherCal = other(side.calendar);
  const style = side.part.style;
  const written = text.slice(d.mention.start, end);
  const pairStyle = habits.pairStyle;
  let newText: string;
  let start = d.mention.start;
  if (pairStyle === 'slash') {
    // "25 October/7 November 1917": the pair goes before the year, so the whole date is rewritten, O.S. first.
    const here: Days = { first: side.first, last: side.last };
    const theirs: Days = { first: there, last: thereLast };
    const [a, b] = side.calendar === 'julian' ? [here, theirs] : [theirs, here];
    const withYear = side.part.year !== undefined || d.mention.sharedYear !== undefined;
    newText = formatDualDate(partValue(a.first, a.last, withYear), partValue(b.first, b.last, withYear), { pairStyle, style });
  } else {
    const withYear = there.year !== side.first.year || (thereLast !== undefined && thereLast.year !== there.year);
    const day = formatPart(partValue(there, thereLast, withYear), style);
    const marked = pairStyle.endsWith('-marked');
    const marker = markerFor(otherCal, style);
    const inner = marked ? (style.order === 'russian' ? `${day} ${marker}` : `${marker} ${day}`) : day;
    const [open, close] = pairStyle.startsWith('bracket') ? ['[', ']'] : ['(', ')'];
    newText = `${written} ${open}${inner}${close}`;
  }
  // The edit must stay on one line; a date broken over lines gets the suffix appended instead.
  if (/[\r\n]/.test(written)) {
    if (pairStyle === 'slash') return undefined;
    newText = newText.slice(written.length);
    start = end;
  }
  const label = pairStyle === 'slash' || start === end ? newText.trim() : newText.slice(written.length).trim();
  return {
    label,
    kind: 'date',
    detail: `The same day in the ${otherCal === 'julian' ? 'Julian (Old Style)' : 'Gregorian (New Style)'} calendar`,
    snippet: false,
    edit: { start, end: offset, newText },
    filterText: text.slice(start, offset),
    sortText: '0',
  };
}

// ————— LSP edge —————

// There is no "person" kind in LSP; Reference reads best in editors' icons.
const KIND: Record<ClioCompletionKind, CompletionItemKind> = { event: CompletionItemKind.Event, person: CompletionItemKind.Reference, date: CompletionItemKind.Value };

export function toLspCompletionItem(c: ClioCompletion, positionAt: (offset: number) => Position): CompletionItem {
  const labelDetails = c.labelDetail || c.labelDescription ? { detail: c.labelDetail, description: c.labelDescription } : undefined;
  return {
    label: c.label,
    kind: KIND[c.kind],
    labelDetails,
    detail: c.detail,
    documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: { start: positionAt(c.edit.start), end: positionAt(c.edit.end) }, newText: c.edit.newText },
    filterText: c.filterText,
    sortText: c.sortText,
    data: c.entityId ? ({ id: c.entityId, convention: c.convention } satisfies CompletionData) : undefined,
  };
}

/** What an entity item carries to completionItem/resolve. */
export interface CompletionData {
  id: string;
  convention?: Convention;
}

/** completionItem/resolve: the entity's hover as the item's documentation. */
export function resolveCompletion(item: CompletionItem, dataset: Dataset, entryLink?: EntryLink): CompletionItem {
  const data = item.data as CompletionData | undefined;
  const entity = data?.id ? dataset.byId.get(data.id) : undefined;
  if (!entity) return item;
  const value = entityHover(entity, dataset, data?.convention, { start: 0, end: 0, id: entity.id, guess: false, block: 0 }, entryLink);
  return { ...item, documentation: { kind: 'markdown', value } };
}

type Habits = DocumentHabits & { variants: Map<string, string[]> };
const factsByAnalysis = new WeakMap<DocumentAnalysis, { habits: Habits; mentioned: Set<string>; years: Set<number> }>();

/** What every completion request in a document needs, computed once per analysis (not per keystroke of typing). */
function documentFacts(analysis: DocumentAnalysis): { habits: Habits; mentioned: Set<string>; years: Set<number> } {
  let facts = factsByAnalysis.get(analysis);
  if (!facts) {
    // Event dates as this document writes them are cached too: they depend only on its habits.
    facts = { habits: { ...documentHabits(analysis), variants: new Map() }, mentioned: new Set(analysis.entities.map((e: EntityMention) => e.id)), years: documentYears(analysis) };
    factsByAnalysis.set(analysis, facts);
  }
  return facts;
}

/**
 * Completion: event snippets in the document's convention ("the October Revolution of 7 November (O.S. 25 October) 1917"),
 * people's names, and the other calendar's day after an unpaired date. A pure function of (analysis, dataset, offset, trigger).
 */
import { CharCode } from '../util/charCode';
import { calendarInUse, convert, isValidDate, other } from '../calendar';
import { partValue } from '../analysis/rewrite';
import type { Convention, DocumentAnalysis, EntityMention } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { fullDay, parseDatedValue } from '../dataset/dates';
import type { DatedValue, Entity, HistoricalEvent, Person } from '../dataset/types';
import { formatDualDate, formatPart, markerFor } from '../recognize/format';
import type { CompletionItem } from 'vscode-languageserver-types';
import { entityHover, findAt, type EntryLink } from './hover';
import { documentHabits, escapeChoice, escapeSnippet, eventDateVariants, type Days, type DocumentHabits } from './eventText';
import { partitionPoint } from '../util/search';

export type ClioCompletionKind = 'event' | 'person' | 'date';

/** One completion with document offsets; lsp/toProtocol.ts turns it into an LSP item at the edge. */
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
  const facts = documentFacts(analysis);
  const { habits } = facts;
  const text = analysis.text;
  const lineStart = lineStartWithin(text, offset, prose.start);

  // Right after a date (or the spaces after it) only the date's other calendar makes sense.
  const date = dateCompletion(analysis, offset, lineStart, habits);
  if (date) return [date];
  if (/[\p{L}\p{N}]/u.test(text.charAt(offset))) return []; // inside a word, not at its end
  const typed = typedWords(text, offset, lineStart);
  if (!typed) return [];
  if (trigger === '@' && typed.at === undefined) return [];

  const index = datasetIndex(dataset);
  const texts = itemTexts(dataset, index, habits);
  const tiers = tiersFor(facts, dataset, index);
  // What was typed from each possible start, lower-cased once (names have several words: "October Rev").
  const typedFrom =
    typed.at !== undefined
      ? [{ start: typed.at, query: text.slice(typed.at + 1, offset).toLowerCase() }]
      : typed.starts.map((start) => ({ start, query: text.slice(start, offset).toLowerCase() }));
  const farthest = farthestStarts(index, typedFrom);
  const current = typedFrom[0].query;
  const matchesCurrent = current ? candidatesMatching(index, current) : undefined;
  const articles: ArticleChoice[] = []; // by typedFrom index: the article depends only on the text before the start
  const convention = habits.convention;
  const out: ClioCompletion[] = [];
  // Items are assembled from texts prepared once per dataset and habits: an empty query offers every entity.
  for (let i = 0; i < index.candidates.length; i++) {
    const c = index.candidates[i];
    const k = farthest.get(i) ?? 0;
    const { start, query } = typedFrom[k];
    if (k === 0 ? matchesCurrent && !matchesCurrent[i] : !matchesWordStarts(query, c)) continue;
    const [sortText, sortTextWithLife] = c.sortTexts[tiers[i]];
    const filterText = typed.at === undefined ? c.filterText : c.atFilterText;
    const entityId = c.entity.id;
    const edit = (newText: string) => ({ start, end: offset, newText });
    // Documentation (the entity's hover) is filled in by completionItem/resolve, for the item the writer looks at.
    const t = texts[i];
    if (t.type === 'event') {
      const article = (articles[k] ??= articleChoice(text, start));
      out.push({ label: c.entity.name, kind: 'event', labelDescription: t.labelDescription, detail: t.detail, snippet: true, edit: edit(t.snippets[article]), filterText, sortText, entityId, convention });
    } else {
      const { name, detail, labelDetail, withLife } = t;
      out.push({ kind: 'person', detail, snippet: false, filterText, entityId, convention, label: name, labelDetail, edit: edit(name), sortText });
      if (withLife) out.push({ kind: 'person', detail, snippet: false, filterText, entityId, convention, label: withLife, edit: edit(withLife), sortText: sortTextWithLife });
    }
  }
  return out;
}

// ————— where completion applies —————

function proseSpanAt(analysis: DocumentAnalysis, offset: number): { start: number; end: number } | undefined {
  const block = findAt(analysis.blocks, offset, (b) => [b.start, b.end]);
  return block?.prose.find((s) => s.start <= offset && offset <= s.end);
}

/** Where the cursor's line starts, not before `floor` (lastIndexOf would scan a 1 MB document back to its start when it has no '\r'). */
function lineStartWithin(text: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === CharCode.LineFeed || c === CharCode.CarriageReturn) break;
    i--;
  }
  return i;
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

// ————— candidates, prepared once per dataset —————

/** An entity's names and ranks prepared once per dataset: its names lower-cased, with the offsets where their words start. */
interface Candidate {
  entity: Entity;
  lower: string[];
  wordStarts: number[][];
  filterText: string;
  atFilterText: string;
  /** By tier (0 mentioned in the document, 1 an event in its years, 2 the rest): the item's sortText, and its "with life dates" twin's. */
  sortTexts: [string, string][];
  /** The years an event spans, to find the events of the years the document covers. */
  years?: { from: number; to: number };
}

interface DatasetIndex {
  candidates: Candidate[];
  /** Every name and alias lower-cased, sorted, so that the names a typed prefix begins are one range. */
  names: { lower: string; candidate: number }[];
  /** Where each word of each lower-cased name starts, by the word's first character (a code unit). */
  wordsByInitial: Map<number, { candidate: number; name: string; at: number }[]>;
}

const indexByDataset = new WeakMap<Dataset, DatasetIndex>();

function datasetIndex(dataset: Dataset): DatasetIndex {
  let index = indexByDataset.get(dataset);
  if (!index) {
    const candidates: Candidate[] = [];
    const names: DatasetIndex['names'] = [];
    const wordsByInitial: DatasetIndex['wordsByInitial'] = new Map();
    for (const entity of dataset.entities()) {
      const all = [entity.name, ...entity.aliases];
      const lower = all.map((n) => n.toLowerCase());
      const wordStarts = lower.map((n) => [...n.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index!));
      const kind = entity.type === 'event' ? 0 : 1;
      const sortTexts = [0, 1, 2].map((tier): [string, string] => {
        const key = `${tier}${kind}${entity.name.toLowerCase()}`;
        return [`${key}0`, `${key}1`];
      });
      lower.forEach((name, j) => {
        names.push({ lower: name, candidate: candidates.length });
        for (const at of wordStarts[j]) {
          const initial = name.charCodeAt(at);
          const words = wordsByInitial.get(initial) ?? wordsByInitial.set(initial, []).get(initial)!;
          words.push({ candidate: candidates.length, name, at });
        }
      });
      candidates.push({
        entity,
        lower,
        wordStarts,
        filterText: all.join(' '),
        atFilterText: all.map((n) => `@${n}`).join(' '),
        sortTexts,
        years: entity.type === 'event' ? eventYears(entity) : undefined,
      });
    }
    // Plain code-unit order, the order in which startsWith prefixes are contiguous.
    names.sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));
    index = { candidates, names, wordsByInitial };
    indexByDataset.set(dataset, index);
  }
  return index;
}

function eventYears(e: HistoricalEvent): { from: number; to: number } | undefined {
  const from = parseDatedValue(e.start)?.year;
  const to = (e.end && parseDatedValue(e.end)?.year) ?? from;
  return from === undefined || to === undefined ? undefined : { from, to };
}

/**
 * For each candidate that has a name begun by the text typed from an earlier word ("October Rev"): the index in
 * `typedFrom` of the farthest such word. The others replace only the current word (index 0).
 */
function farthestStarts(index: DatasetIndex, typedFrom: { query: string }[]): Map<number, number> {
  const found = new Map<number, number>();
  const { names } = index;
  for (let k = typedFrom.length - 1; k > 0; k--) {
    const q = typedFrom[k].query;
    for (let j = partitionPoint(names, (n) => n.lower < q); j < names.length && names[j].lower.startsWith(q); j++) {
      if (!found.has(names[j].candidate)) found.set(names[j].candidate, k);
    }
  }
  return found;
}

/**
 * Whether `q` matches a name or alias from the start of one of its words: as a prefix or fuzzily (its characters in
 * order, with gaps), case-insensitive, as VS Code filters.
 */
function matchesWordStarts(q: string, c: Candidate): boolean {
  return c.lower.some((name, j) => c.wordStarts[j].some((at) => matchesFrom(q, name, at)));
}

/** The candidates that `matchesWordStarts(q)` accepts, as flags by candidate; only words that start with q's first character are tried. */
function candidatesMatching(index: DatasetIndex, q: string): Uint8Array {
  const matched = new Uint8Array(index.candidates.length);
  for (const w of index.wordsByInitial.get(q.charCodeAt(0)) ?? []) {
    if (!matched[w.candidate] && matchesFrom(q, w.name, w.at)) matched[w.candidate] = 1;
  }
  return matched;
}

function matchesFrom(q: string, name: string, at: number): boolean {
  if (name.charCodeAt(at) !== q.charCodeAt(0)) return false;
  let k = 0;
  for (let i = at; i < name.length && k < q.length; i++) if (name.charCodeAt(i) === q.charCodeAt(k)) k++;
  return k === q.length;
}

// ————— item texts, prepared once per dataset and document habits —————

/** Which article an event's snippet starts with. */
type ArticleChoice = 'none' | 'capital' | 'own';

/** None when the writer already typed "the", "The" at the start of a sentence, else the event's own ("the"). */
function articleChoice(text: string, start: number): ArticleChoice {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\bthe\s+$/i.test(before)) return 'none';
  const trimmed = before.replace(/[\s*_>#-]+$/, '');
  return trimmed === '' || /[.!?:]["'”’)]?$/.test(trimmed) ? 'capital' : 'own';
}

type ItemTexts =
  | { type: 'event'; labelDescription?: string; detail?: string; snippets: Record<ArticleChoice, string> }
  | { type: 'person'; name: string; detail?: string; labelDetail?: string; withLife?: string };

/** Per dataset, by habits key: the texts of each candidate's items (event dates and life years as the document writes them). */
const textsByDataset = new WeakMap<Dataset, Map<string, ItemTexts[]>>();

function itemTexts(dataset: Dataset, index: DatasetIndex, habits: DocumentHabits): ItemTexts[] {
  let byHabits = textsByDataset.get(dataset);
  if (!byHabits) textsByDataset.set(dataset, (byHabits = new Map()));
  // Everything of the habits that event dates and life years are written by.
  const { convention, pairStyle, primary, style } = habits;
  const key = `${convention}|${pairStyle}|${primary}|${style.order}|${style.month}|${style.ordinal}`;
  let texts = byHabits.get(key);
  if (!texts) {
    texts = index.candidates.map((c) => (c.entity.type === 'event' ? eventTexts(c.entity, habits) : personTexts(c.entity, habits)));
    byHabits.set(key, texts);
  }
  return texts;
}

function eventTexts(e: HistoricalEvent, habits: DocumentHabits): ItemTexts {
  const variants = eventDateVariants(e, habits);
  const own = e.article === '' ? '' : (e.article ?? 'the');
  return {
    type: 'event',
    labelDescription: variants[0],
    detail: [e.kind, e.place].filter(Boolean).join(' · ') || undefined,
    snippets: { none: eventSnippet(e, '', variants), capital: eventSnippet(e, own && 'The', variants), own: eventSnippet(e, own, variants) },
  };
}

/** "${1:the} October Revolution${2: of 7 November (O.S. 25 October) 1917}$0", a choice when there are several date variants. */
function eventSnippet(e: HistoricalEvent, article: string, variants: string[]): string {
  let stop = 1;
  let snippet = '';
  if (article) snippet += `\${${stop++}:${escapeSnippet(article)}} `;
  snippet += escapeSnippet(e.name);
  if (variants.length === 1) snippet += `\${${stop++}:${escapeSnippet(` of ${variants[0]}`)}}`;
  else if (variants.length > 1) snippet += `\${${stop++}|${variants.map((v) => escapeChoice(` of ${v}`)).join(',')}|}`;
  return `${snippet}$0`;
}

function personTexts(p: Person, habits: DocumentHabits): ItemTexts {
  const life = lifeDates(p, habits);
  return { type: 'person', name: p.name, detail: p.roles?.[0], labelDetail: life && ` (${life})`, withLife: life && `${p.name} (${life})` };
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
    const inner = marked ? (style.order === 'cyrillic-dmy' ? `${day} ${marker}` : `${marker} ${day}`) : day;
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

interface DocumentFacts {
  habits: DocumentHabits;
  mentioned: Set<string>;
  years: Set<number>;
  /** Each candidate's tier in this document, for the dataset they were ranked against. */
  tiers?: { dataset: Dataset; tiers: Uint8Array };
}
const factsByAnalysis = new WeakMap<DocumentAnalysis, DocumentFacts>();

/** What every completion request in a document needs, computed once per analysis (not per keystroke of typing). */
function documentFacts(analysis: DocumentAnalysis): DocumentFacts {
  let facts = factsByAnalysis.get(analysis);
  if (!facts) {
    facts = { habits: documentHabits(analysis), mentioned: new Set(analysis.entities.map((e: EntityMention) => e.id)), years: documentYears(analysis) };
    factsByAnalysis.set(analysis, facts);
  }
  return facts;
}

function documentYears(analysis: DocumentAnalysis): Set<number> {
  const years = new Set<number>();
  for (const d of analysis.dates) {
    if (d.first.year !== undefined) years.add(d.first.year);
    if (d.second?.year !== undefined) years.add(d.second.year);
  }
  return years;
}

/** Mentioned in the document first (0), then events of the years it covers (1), then the rest (2). */
function tiersFor(facts: DocumentFacts, dataset: Dataset, index: DatasetIndex): Uint8Array {
  if (facts.tiers?.dataset !== dataset) {
    const inYears = (y: { from: number; to: number } | undefined) => {
      if (y) for (const year of facts.years) if (year >= y.from && year <= y.to) return true;
      return false;
    };
    const tiers = Uint8Array.from(index.candidates, (c) => (facts.mentioned.has(c.entity.id) ? 0 : c.entity.type === 'event' && inYears(c.years) ? 1 : 2));
    facts.tiers = { dataset, tiers };
  }
  return facts.tiers.tiers;
}

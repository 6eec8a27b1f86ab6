/**
 * Finds person names the dataset lacks, with `compromise`, one paragraph at a time. compromise is slow (it tags
 * every word), so it is loaded on first use, never sees more than one paragraph per call, and its output is cached
 * by paragraph text; the cheap filters (dataset, prose spans, region words) run on the cached output every time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { regionWordsIndex } from '../calendar';
import { detach } from '../util/strings';
import type { Dataset } from '../dataset/dataset';
import { nameMatcher } from './nameMatchers';
import { MONTH_NAMES_LONG, MONTH_NAMES_SHORT, WEEKDAY_NAMES } from './months';
import type { Span } from '../util/span';

/** The part of compromise's term JSON (`.json({offset: true})`) that we read. Offsets are UTF-16, like ours. */
export interface NlpTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  /** [sentence, term in sentence]. */
  index: [number, number];
  offset: { start: number; length: number };
}

type TermsJson = (options: { offset: true; terms: { offset: true } }) => { terms: NlpTerm[] }[];

export interface NlpView {
  people(): { json: TermsJson };
  json: TermsJson;
}

/** compromise's `nlp` as far as we use it; injectable so tests can count calls. */
export type Nlp = ((text: string) => NlpView) & { model(): { one: { lexicon: Record<string, string | string[]> } } };

/** A name compromise proposed, before the filters that depend on the dataset. Offsets are paragraph-relative. */
export interface RawName extends Span {
  name: string;
  /** Tokens of the name, for the alias and region-word filters. */
  tokens: string[];
  /** Whether a title ("General", "Dr.") stood before it: a lone surname counts only then. */
  titled: boolean;
}

export interface PersonCandidate extends Span {
  /** The name as written, without titles or a possessive ending. */
  name: string;
  surname: string;
}

/** What compromise tags that is never a person. */
const NON_PERSON_TAGS = new Set([
  'Place', 'Country', 'City', 'Region', 'Address', 'Organization', 'SportsTeam', 'Company', 'School',
  'Month', 'WeekDay', 'Date', 'Holiday', 'Value', 'Acronym',
]);
/** Lexicon tags that make a word a name rather than a common word. */
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'ProperNoun']);
/** Titles that compromise does not always tag as honorifics; a title before a lone surname makes it a name. */
const TITLES = new Set([
  'Tsar', 'Tsarina', 'Tsarevich', 'Emperor', 'Empress', 'King', 'Queen', 'Prince', 'Princess', 'Grand', 'Duke', 'Duchess',
  'Count', 'Countess', 'Baron', 'Baroness', 'General', 'Colonel', 'Admiral', 'Marshal', 'Captain', 'Lieutenant', 'Major',
  'Sergeant', 'Commander', 'Commissar', 'Comrade', 'Father', 'Bishop', 'Patriarch', 'Metropolitan', 'Professor', 'Historian',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord', 'Lady', 'Madame', 'Monsieur', 'President', 'Premier', 'Minister', 'Chairman',
  'Chief', 'Deputy', 'Ambassador', 'Consul', 'Secretary', 'Judge', 'Saint', 'St',
]);
/** Lower-case words allowed inside a name ("Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'y', 'bin', 'ibn', 'al']);
const CALENDAR_WORDS = new Set([...MONTH_NAMES_LONG, ...MONTH_NAMES_SHORT, ...WEEKDAY_NAMES]);
/** Title-case words of institutions, events and places in history prose ("Provisional Government", "Red Army"). */
const INSTITUTION_WORDS = new Set([
  'Government', 'Committee', 'Council', 'Congress', 'Conference', 'Assembly', 'Duma', 'Soviet', 'Soviets', 'Party', 'Union',
  'Republic', 'Empire', 'Kingdom', 'State', 'States', 'Army', 'Navy', 'Fleet', 'Guard', 'Guards', 'Front', 'Corps', 'Division',
  'Regiment', 'Opposition', 'Revolution', 'Revolutionary', 'Revolutionaries', 'War', 'Wars', 'Battle', 'Offensive', 'Uprising',
  'Rebellion', 'Mutiny', 'Strike', 'Massacre', 'Trial', 'Trials', 'Purge', 'Terror', 'Crisis', 'Famine', 'Policy', 'Plan',
  'Treaty', 'Pact', 'Manifesto', 'Decree', 'Palace', 'Church', 'Cathedral', 'Monastery', 'Street', 'Square', 'Prospect',
  'Station', 'Bridge', 'River', 'Sea', 'Lake', 'Island', 'Mountains', 'Province', 'Governorate', 'District', 'Oblast',
  'Ministry', 'Commissariat', 'Bureau', 'Inspectorate', 'Secretariat', 'Politburo', 'Orgburo', 'Cheka', 'Bank', 'Company',
  'University', 'Academy', 'Institute', 'School', 'Society', 'League', 'International', 'Communist', 'Socialist', 'Bolshevik',
  'Bolsheviks', 'Menshevik', 'Mensheviks', 'Day', 'Days', 'Week', 'Year', 'Age', 'Era', 'Period', 'Expedition', 'Economic',
  'Central', 'Provisional', 'Temporary', 'National', 'Imperial', 'Royal', 'Workers', 'Peasants', 'People', "People's",
  'Red', 'White', 'Great', 'New', 'Old', 'Civil', 'World', 'Northern', 'Southern', 'Eastern', 'Western', 'United', 'Left', 'Right',
  'The', 'An', 'In', 'On', 'At', 'Of', 'For', 'By', 'After', 'Before', 'During', 'Under', 'With', 'Without', 'From', 'To',
]);

const POSSESSIVE = /['’]s?$/u;
const CAPITALIZED = /^[\p{Lu}\p{Lt}]/u;
/** Between two words of one name: spaces, or the dot of an initial or abbreviation. */
const NAME_GAP = /^\.?[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/u;

function loadCompromise(): Promise<Nlp> {
  // Only for running from source (tests, tsx): the built server runs compromise in dist/nlpWorker.js instead.
  return import('compromise').then((m) => m.default as unknown as Nlp);
}

function inProcess(load: () => Promise<Nlp>): (text: string) => Promise<RawName[]> {
  let nlp: Promise<Nlp> | undefined;
  return async (text) => proposeNames(await (nlp ??= load()), text);
}

const WORKER_IDLE_MS = 5000;

/** Runs compromise off the server's thread when the built worker is there (dist/nlpWorker.js), else in process. */
function defaultProposer(load: () => Promise<Nlp>): (text: string) => Promise<RawName[]> {
  const workerPath = join(__dirname, 'nlpWorker.js');
  if (!existsSync(workerPath)) return inProcess(load);
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let next = 0;
  const pending = new Map<number, (names: RawName[]) => void>();
  // compromise's model takes far more memory than the rest of the server: a worker with nothing to do for a
  // while is ended, and started again when a paragraph needs it.
  const stopWhenIdle = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      if (pending.size === 0 && worker) void worker.terminate();
      worker = undefined;
    }, WORKER_IDLE_MS);
    idle.unref();
  };
  return (text) =>
    new Promise<RawName[]>((resolve) => {
      if (idle) clearTimeout(idle);
      if (!worker) {
        worker = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
        worker.unref(); // never keeps the server alive on its own
        worker.on('message', ([id, names]: [number, RawName[]]) => {
          pending.get(id)?.(names);
          pending.delete(id);
          if (pending.size === 0) stopWhenIdle();
        });
        worker.on('error', () => {
          // A broken worker means no hints, never a broken server.
          for (const done of pending.values()) done([]);
          pending.clear();
          worker = undefined;
        });
      }
      const id = next++;
      pending.set(id, resolve);
      // A pair, not { id, text }: V8 shares the `id` field of all objects that begin with one, and a number there made
      // the analysis's { id, source } region objects' optimized code be thrown away (bench/README.md).
      worker.postMessage([id, text]);
    });
}

/** Replaces everything outside the prose spans by spaces, so offsets stay put and code or URLs never look like names. */
function maskToProse(paragraph: string, prose: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of prose) {
    out += ' '.repeat(Math.max(0, s.start - at)) + paragraph.slice(s.start, s.end);
    at = s.end;
  }
  return out + ' '.repeat(Math.max(0, paragraph.length - at));
}

export interface UnknownPeopleOptions {
  /** Loads compromise (or a stand-in) in this process; called once, on the first paragraph. Given, it is used
   *  instead of the worker. */
  load?: () => Promise<Nlp>;
  /** Paragraphs remembered (least recently used are dropped first). */
  capacity?: number;
}

export class UnknownPeopleFinder {
  private readonly cache = new Map<string, RawName[]>();
  private readonly propose: (text: string) => Promise<RawName[]>;
  private readonly capacity: number;

  constructor(options: UnknownPeopleOptions = {}) {
    const load = options.load;
    this.propose = load ? inProcess(load) : defaultProposer(loadCompromise);
    this.capacity = options.capacity ?? 5000;
  }

  /** The candidates of a paragraph if it was already run, without running anything; undefined otherwise. */
  cached(paragraph: string, prose: readonly Span[], dataset: Dataset): PersonCandidate[] | undefined {
    const key = maskToProse(paragraph, prose);
    if (!mayNameSomeoneUnknown(key, dataset)) return [];
    const raw = this.cache.get(key);
    return raw && keepUnknown(raw, paragraph, dataset);
  }

  /** Unknown people in one paragraph (block text with its prose spans, block-relative). */
  async find(paragraph: string, prose: readonly Span[], dataset: Dataset): Promise<PersonCandidate[]> {
    const key = maskToProse(paragraph, prose);
    // Most paragraphs name only known people: those never reach compromise.
    if (!mayNameSomeoneUnknown(key, dataset)) return [];
    let raw = this.cache.get(key);
    if (raw) {
      // Refresh its place in the LRU order.
      this.cache.delete(key);
    } else {
      raw = await this.propose(key);
    }
    // The key is built from slices of the document: keep an independent copy, not the document behind it.
    this.cache.set(detach(key), raw);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return keepUnknown(raw, paragraph, dataset);
  }

  get size(): number {
    return this.cache.size;
  }
}

const WORD = /[\p{L}\p{M}\p{N}'’]+/gu;

/**
 * A cheap necessary condition for keepUnknown() to keep anything, so that most paragraphs never reach compromise:
 * somewhere two capitalized words in a row that no alias, region word, calendar word or institution word claims
 * (an initial or a title may stand for the first of them).
 */
function mayNameSomeoneUnknown(text: string, dataset: Dataset): boolean {
  const known = nameMatcher(dataset).find(text);
  let k = 0;
  let prev: { end: number; free: boolean; leadIn: boolean } | undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(POSSESSIVE, '');
    const start = m.index!;
    const end = start + m[0].length;
    const joined = prev !== undefined && NAME_GAP.test(text.slice(prev.end, start));
    if (!CAPITALIZED.test(word)) {
      // A particle keeps a name going ("Ludwig van Beethoven"); any other word ends it.
      prev = joined && PARTICLES.has(word) ? { ...prev!, end } : undefined;
      continue;
    }
    while (k < known.length && known[k].end <= start) k++;
    const covered = k < known.length && known[k].start < end;
    const leadIn = word.length === 1 || TITLES.has(word);
    const free = !leadIn && !covered && !claimedWord(word, dataset);
    // A dot joins only after an initial or a title ("V. Sidorov", "Dr. Smith"); after a word it ends a sentence.
    const dotted = joined && text.slice(prev!.end, start).includes('.');
    if (free && joined && prev && (prev.free || prev.leadIn) && (!dotted || prev.leadIn)) return true;
    prev = { end, free, leadIn };
  }
  return false;
}

/** A word that is never part of an unknown person's name: an alias of a known entity, a place, a month, an institution. */
function claimedWord(word: string, dataset: Dataset): boolean {
  return regionWordsIndex().has(word) || CALENDAR_WORDS.has(word) || INSTITUTION_WORDS.has(word) || nameMatcher(dataset).lookup(word).length > 0;
}

/** compromise's people, cut into clean names: split at punctuation, titles and possessives dropped, places rejected. */
export function proposeNames(nlp: Nlp, text: string): RawName[] {
  const lexicon = nlp.model().one.lexicon;
  const lexiconTags = (word: string): string[] => {
    const t = lexicon[word.toLowerCase()];
    return t === undefined ? [] : Array.isArray(t) ? t : [t];
  };
  const isCommonWord = (word: string) => {
    const tags = lexiconTags(word);
    return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
  };
  const isTitle = (t: NlpTerm) => t.tags.includes('Honorific') || TITLES.has(t.text.replace(/\.$/, ''));

  const doc = nlp(text);
  const options = { offset: true, terms: { offset: true } } as const;
  // compromise often stops a name one word early ("Ivan Petrovich | Sidorov", "Colonel | Zaitsev"): a match is
  // extended over the capitalized, untagged-as-anything-else words that follow it in its sentence.
  const sentences = doc.json(options).map((s) => s.terms);
  const where = new Map<number, [number, number]>();
  sentences.forEach((terms, i) => terms.forEach((t, j) => where.set(t.offset.start, [i, j])));
  const out: RawName[] = [];
  for (const match of doc.people().json(options)) {
    const last = match.terms[match.terms.length - 1];
    const at = last && where.get(last.offset.start);
    if (at && !POSSESSIVE.test(last.text)) {
      const terms = sentences[at[0]];
      for (let j = at[1] + 1; j < terms.length; j++) {
        const t = terms[j];
        const prev = terms[j - 1];
        const extendable =
          CAPITALIZED.test(t.text) &&
          NAME_GAP.test(text.slice(prev.offset.start + prev.offset.length, t.offset.start)) &&
          !t.tags.some((tag) => NON_PERSON_TAGS.has(tag) || tag === 'Verb' || tag === 'Adjective') &&
          !isCommonWord(t.text);
        if (!extendable) break;
        match.terms.push(t);
        if (POSSESSIVE.test(t.text)) break;
      }
    }
    // Runs of terms joined by plain spaces (or an initial's dot): "Petrograd — Lenin's" is two runs, not a name.
    const runs: NlpTerm[][] = [];
    let run: NlpTerm[] = [];
    for (const term of match.terms) {
      const prev = run[run.length - 1];
      if (prev && !NAME_GAP.test(text.slice(prev.offset.start + prev.offset.length, term.offset.start))) {
        runs.push(run);
        run = [];
      }
      run.push(term);
      // A possessive or a trailing comma ends a name.
      if (POSSESSIVE.test(term.text) && term.text.length > 2) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);

    for (const terms of runs) {
      let titled = false;
      let first = 0;
      // Leading titles go; so does a sentence-initial common word ("Yesterday Ivanov", "Students").
      while (first < terms.length) {
        const t = terms[first];
        if (isTitle(t)) titled = true;
        else if (!(first === 0 && t.index[1] === 0 && isCommonWord(t.text))) break;
        first++;
      }
      const name = terms.slice(first);
      if (name.length === 0) continue;
      if (name.length === 1 && !titled) continue; // a lone capitalized word is too often a place or a common word
      if (!CAPITALIZED.test(name[0].text) || !CAPITALIZED.test(name[name.length - 1].text)) continue;
      const bad = name.some(
        (t) =>
          t.tags.some((tag) => NON_PERSON_TAGS.has(tag)) ||
          (!CAPITALIZED.test(t.text) && !PARTICLES.has(t.text)) ||
          !/^[\p{L}\p{M}.'’-]+$/u.test(t.text) ||
          (t !== name[0] && lexiconTags(t.text).some((tag) => NON_PERSON_TAGS.has(tag) || tag === 'Preposition' || tag === 'Determiner')),
      );
      if (bad) continue;
      const last = name[name.length - 1];
      const start = name[0].offset.start;
      let end = last.offset.start + last.offset.length;
      const possessive = POSSESSIVE.exec(last.text);
      if (possessive && last.text.length > possessive[0].length + 1) end -= possessive[0].length;
      // A name glued to more word ("Chiang Kai-shek" cut at the hyphen) is not a clean name.
      if (/^-?[\p{L}\p{M}\p{N}]/u.test(text.slice(end, end + 2)) || /[\p{L}\p{M}\p{N}]-?$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      const written = text.slice(start, end);
      const tokens = written.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
      out.push({ start, end, name: written.replace(/\s+/gu, ' '), tokens, titled });
    }
  }
  return out;
}

/** Drops names the dataset knows (any alias in the name, or any of its words an alias), region words and calendar words. */
function keepUnknown(raw: readonly RawName[], paragraph: string, dataset: Dataset): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const r of raw) {
    if (r.tokens.some((t) => claimedWord(t, dataset))) continue;
    if (nameMatcher(dataset).find(paragraph, r.start, r.end).some((hit) => hit.start < r.end && hit.end > r.start)) continue;
    const surname = r.tokens[r.tokens.length - 1];
    out.push({ start: r.start, end: r.end, name: r.name, surname });
  }
  return out;
}

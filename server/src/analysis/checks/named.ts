/**
 * What a date's paragraph names: the dataset entities mentioned there, with their dated facts, and how a fact is
 * named in a message. Shared by the checks that weigh a date against the facts named beside it.
 */
import type { Dataset } from '../../dataset/dataset';
import type { DatedFact } from '../../dataset/dates';
import type { HistoricalEvent } from '../../dataset/types';
import { listItemAround } from '../../markdown/listItem';
import { firstAtOrAfter } from '../../util/search';
import type { DocumentAnalysis, EntityMention } from '../types';
import type { Span } from '../../util/span';

/** A span longer than a week is named by its start or end ("the end of the Russian Revolution"); a shorter one by itself. */
const LONG_EVENT_DAYS = 7;

/** Names that are a common noun with "of" (Storming of …, Abdication of …, Capture of …), not proper names (Battle of …). */
const COMMON_NOUN_TITLE = /^\p{Lu}\p{Ll}+(?:ing|tion|sion|ment|ure|al)\s+of\b/u;

/** An event's name as a sentence uses it: "the Treaty of Brest-Litovsk", "the storming of the Winter Palace". */
export function eventPhrase(e: HistoricalEvent): string {
  const article = e.article ?? 'the';
  // "Storming of the Winter Palace" is a title; in a sentence it is "the storming of the Winter Palace".
  const title = COMMON_NOUN_TITLE.test(e.name) && article ? e.name[0].toLowerCase() + e.name.slice(1) : e.name;
  return article ? `${article} ${title}` : title;
}

/** A fact in words: "Joseph Stalin's birth", "the start of the February Revolution", "the Treaty of Brest-Litovsk". */
export function factWords(f: DatedFact, dataset: Dataset): string {
  const e = dataset.byId.get(f.entityId);
  if (!e) return f.entityId;
  if (e.type === 'person') return `${e.name}'s ${f.what === 'born' ? 'birth' : 'death'}`;
  const name = eventPhrase(e);
  const facts = dataset.factsOf(e.id);
  const span = facts.length > 1 ? facts[facts.length - 1].jdn - facts[0].jdn : 0;
  if (span <= LONG_EVENT_DAYS) return name;
  return f.what === 'began' ? `the start of ${name}` : f.what === 'ended' ? `the end of ${name}` : name;
}

/** What a paragraph names: its entity mentions, the dated facts of their entities with where each name stands, and the ids. */
export interface Named {
  mentions: EntityMention[];
  facts: { at: number; fact: DatedFact }[];
  ids: Set<string>;
  /** The scope reaches into the block before (a list's title): what it names depends on that block too. */
  reachesBack: boolean;
}

/**
 * A lookup of what the date at `at` in block `block` has named around it, memoized per scope: the paragraph, or in
 * a list the date's own item with its sub-items (a chronology's items are separate statements) — reaching back
 * over caption items to the one that names their subject. Names are in document order, so each scope's are found
 * by binary search.
 */
export function namedLookup(analysis: DocumentAnalysis, dataset: Dataset): (block: number, at: number) => Named {
  const byScope = new Map<number, Named>();
  return (block, at) => {
    const b = analysis.blocks[block];
    const scopes = b.kind === 'list' ? subjectItems(analysis, block, at) : [b];
    // Offsets stay below 2^23 (MAX_ANALYZED_LENGTH): one number per scope, from its first start and last end (no
    // block starts at a title and ends inside the list below it, so a title with a field is a scope of its own).
    const key = scopes[0].start * 2 ** 23 + scopes[scopes.length - 1].end;
    let named = byScope.get(key);
    if (named) return named;
    named = { mentions: [], facts: [], ids: new Set(), reachesBack: scopes[0].start < b.start };
    for (const { start, end } of scopes) {
      for (let i = firstAtOrAfter(analysis.entities, start); i < analysis.entities.length && analysis.entities[i].start < end; i++) {
        const e = analysis.entities[i];
        named.mentions.push(e);
        named.ids.add(e.id);
        for (const fact of dataset.factsOf(e.id)) named.facts.push({ at: e.start, fact });
      }
    }
    byScope.set(key, named);
    return named;
  };
}

/** The span names someone (a dataset entity). */
function namesIn(analysis: DocumentAnalysis, { start, end }: Span): boolean {
  const first = analysis.entities[firstAtOrAfter(analysis.entities, start)];
  return first !== undefined && first.start < end;
}

/** At most this many words besides numbers: a caption ("6 June 1799", "Died 10 February 1837 (aged 37)"), not a statement. */
const CAPTION_WORDS = 3;

/**
 * An infobox's life field: "- Born (1745-09-16)16 September 1745, Saint Petersburg", "- Died …", "- Родился …", and a
 * ruler's reign, which ends at death as often as not ("- Reign: December 6, 1741 – January 5, 1762"); likewise an
 * event's or treaty's own day ("- Date: 17 November 1885 - 19 November 1885" under "- Conflict: Battle of Slivnitsa").
 */
const LIFE_FIELD = /^[ \t]*[-*+][ \t]+(?:Born|Died|Bapti[sz]ed|Buried|Birth|Death|Reign|Date|Signed|Родил(?:ся|ась)|Умер(?:ла)?)\b/u;

/**
 * The list item around `at`, extended back over items that name nobody to the item that names their subject: an
 * infobox flattened to a list ("- Born Alexander Pushkin", "- 6 June 1799") is one statement. Captions (a date and
 * a word or two) reach back so; so does a life field however long ("- Born … Saint Petersburg, Russian Empire" under
 * "- Mikhail Illarionovich Kutuzov"), which is always about the infobox's subject. Where the list comes right under
 * a title or caption that names someone ("# Ivan VI", "Elizabeth, Empress of All the Russias."), a life field is about
 * the title's subject, not about the fields between
 * that name others ("- Predecessor: Anna", "- Successor: Elizabeth").
 */
function subjectItems(analysis: DocumentAnalysis, block: number, at: number): Span[] {
  const { text } = analysis;
  const list = analysis.blocks[block];
  const own = listItemAround(text, list, at);
  const lifeField = LIFE_FIELD.test(text.slice(own.start, own.end));
  const title = analysis.blocks[block - 1];
  if (lifeField && (title?.kind === 'heading' || title?.kind === 'paragraph') && namesIn(analysis, title)) return [title, own];
  let item = own;
  while (item.start > list.start) {
    if (namesIn(analysis, item) || (!lifeField && (text.slice(item.start, item.end).match(/\p{L}{2,}/gu)?.length ?? 0) > CAPTION_WORDS)) break;
    item = listItemAround(text, list, item.start - 1);
  }
  return [{ start: item.start, end: own.end }];
}

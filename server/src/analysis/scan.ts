/**
 * The block-local half of the analysis: what each Markdown block contains (dates, bare years, names, region
 * words), with offsets relative to the block. It depends only on the block's text, so results are cached by
 * content and reused across keystrokes; only the blocks an edit touches are scanned again.
 */
import type { Dataset } from '../dataset/dataset';
import { detach } from '../util/strings';
import { CharCode, isAsciiDigit, isDash } from '../util/charCode';
import { isNameChar } from '../util/chars';
import { DIRECTIVE_MARK, proseSpans, type Block } from '../markdown';
import { scanDates } from '../recognize/dates';
import type { AliasHit, AliasMatcher } from '../recognize/entities';
import { BlockWords } from '../recognize/blockWords';
import { REGION_ID_PREFIX, scanMatcher } from '../recognize/nameMatchers';
import { findStatedConvention, findStatedYearStart, type StatedConvention, type StatedYearStart } from '../recognize/statedConvention';
import type { DateMention, ImpossibleDate, YearMention } from '../recognize/types';
import type { Span } from '../util/span';

export interface BlockScan {
  kind: Block['kind'];
  headingLevel?: number;
  prose: Span[];
  dates: DateMention[];
  years: YearMention[];
  /** Dates whose day or month no calendar has ("32 March 1917"), for invalid-date. */
  impossible: ImpossibleDate[];
  names: AliasHit[];
  /** The regions its place names and demonyms belong to, one per word, in order. */
  regionWords: string[];
  /** A sentence in the block that states the text's calendar convention ("All dates are New Style …"). */
  statement?: StatedConvention;
  /** A sentence in the block that states how years are numbered ("Years are taken to begin on 1 January."). */
  yearStartStatement?: StatedYearStart;
  /** The block names DIRECTIVE_MARK, so it may hold a directive comment: only such blocks are searched for them. */
  mayHoldDirective: boolean;
}

const isRegionId = (id: string) => id.startsWith(REGION_ID_PREFIX);

/** What the ids at one alias of the scan matcher mean for a block: its region words, entities, people. */
interface AliasMeaning {
  regions: string[];
  entityIds: readonly string[];
  /** Some entity of the alias is a person. */
  person: boolean;
  /**
   * Whether people are named inside the alias's words, once a hit has been searched: the same for every hit of the
   * alias, as a nested name is a run of the alias's own words.
   */
  personInside?: boolean;
}

/** By the ids array of a trie leaf, shared by every hit of that alias: worked out once, not per hit. */
const meanings = new WeakMap<readonly string[], AliasMeaning>();

function meaningOf(ids: readonly string[], isPerson: (id: string) => boolean): AliasMeaning {
  let meaning = meanings.get(ids);
  if (!meaning) {
    const entityIds = ids.some(isRegionId) ? ids.filter((id) => !isRegionId(id)) : ids;
    const regions = ids.filter(isRegionId).map((id) => id.slice(REGION_ID_PREFIX.length));
    meaning = { regions, entityIds, person: entityIds.some(isPerson) };
    meanings.set(ids, meaning);
  }
  return meaning;
}

export function scanBlock(blockText: string, block: Pick<Block, 'kind' | 'headingLevel' | 'info'>, dataset: Dataset): BlockScan {
  const local: Block = { ...block, start: 0, end: blockText.length };
  const prose = proseSpans(blockText, local);
  const hits: AliasHit[] = [];
  const matcher = scanMatcher(dataset);
  const words = new BlockWords(); // what the alias pass's word loop saw, for the stages after it
  for (const span of prose) matcher.find(blockText, span.start, span.end, hits, words);
  // One pass found names and region words together; a hit may be both ("Georgia"), so split by id.
  const names: AliasHit[] = [];
  let nested = false; // names found inside others come after them: only then is a sort needed
  const regionWords: BlockScan['regionWords'] = block.kind === 'paragraph' ? datelineRegions(blockText, matcher) : [];
  const isPerson = (id: string) => dataset.byId.get(id)?.type === 'person';
  for (const hit of hits) {
    const meaning = meaningOf(hit.ids, isPerson);
    if (meaning.regions.length && !isComparedPlace(blockText, hit.start)) for (const region of meaning.regions) regionWords.push(region);
    if (!meaning.entityIds.length) continue;
    if (meaning.entityIds.length > 1 && isFirstNameOfAnother(blockText, hit)) continue;
    const name = meaning.entityIds === hit.ids ? hit : { ...hit, ids: meaning.entityIds };
    names.push(name);
    // People named inside an event's name ("Lenin's Testament") are mentions of them too.
    if (!meaning.person && meaning.personInside !== false) {
      const before = names.length;
      matcher.findInside(blockText, name, isPerson, names); // isPerson also leaves out region words
      meaning.personInside = names.length > before;
      nested ||= meaning.personInside;
    }
  }
  if (nested) names.sort((a, b) => a.start - b.start || b.end - a.end);
  const { dates, years: allYears, impossible } = prose.length ? scanDates(blockText, prose, words.dateStarts) : { dates: [], years: [], impossible: [] };
  const years = allYears.some((y) => isAsideYear(blockText, y)) ? allYears.filter((y) => !isAsideYear(blockText, y)) : allYears;
  const mayHoldDirective = mayHoldDirectiveComment(blockText);
  const scan: BlockScan = { kind: block.kind, headingLevel: block.headingLevel, prose, dates, years, impossible, names, regionWords, mayHoldDirective };
  // The statements' own pre-tests read the whole block; the word loop saw whether it holds the words they need.
  const statement = words.calendarWord ? findStatedConvention(blockText, prose) : undefined;
  if (statement) scan.statement = statement;
  const yearStartStatement = words.newYearDayWord ? findStatedYearStart(blockText, prose) : undefined;
  if (yearStartStatement) scan.yearStartStatement = yearStartStatement;
  return scan;
}

/**
 * A newspaper's dateline gives its place in capitals ("ST. PETERSBURG, May 20.", "LONDON, Oct. 30"): the place is read
 * as if written "St. Petersburg", so that the report's region is the dateline's, as its dates are that place's.
 */
const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}.'’-]+(?:[ \u00A0]\p{Lu}[\p{Lu}.'’-]*)*),/u;

function datelineRegions(blockText: string, matcher: AliasMatcher): string[] {
  const m = DATELINE.exec(blockText);
  if (!m) return [];
  const titled = m[1].toLowerCase().replace(/(^|[ \u00A0.'’-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());
  return matcher.find(titled).flatMap((hit) => hit.ids.filter(isRegionId).map((id) => id.slice(REGION_ID_PREFIX.length)));
}

/**
 * A one-word name shared by several entries ("Charles", "Catherine") followed by a capitalized word is part of a
 * name no dataset knows ("Charles Darwin", "the Catherine Canal"), not the ruler.
 */
function isFirstNameOfAnother(text: string, hit: AliasHit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (!isNameChar(text.charCodeAt(i))) return false;
  return /^[ \u00a0]\p{Lu}/u.test(text.slice(hit.end, hit.end + 2));
}

/** What `\s` matches in ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiWhitespace(c: number): boolean {
  return (c >= CharCode.Tab && c <= CharCode.CarriageReturn) || c === CharCode.Space;
}

/** The words that set a place beside the text's subject: "Like Russia …", "unlike Britain", "as in Sweden", "than in France". */
const COMPARISON_BEFORE = /\b(?:(?:un)?like|as in|than(?: in)?)\s+(?:the\s+)?$/i;

/**
 * A place named to compare ("Like Russia in 1918, Greece …") is not what the text is about: it casts no region vote,
 * so its calendar history is not the one the paragraph's dates are read in.
 */
function isComparedPlace(text: string, start: number): boolean {
  // The regex needs a blank before the place and "like", "in", "than" or "the" before that: the code units before the
  // place rule out most places without a slice and a regex (a code unit past ASCII may be another blank: the regex decides).
  let i = start - 1;
  while (i >= 0 && isAsciiWhitespace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  const lower = c | 0x20;
  if (c < 128 && !(i < start - 1 && (lower === CharCode.e || lower === CharCode.n))) return false;
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * A year in an aside — life or office years "(1984–1987)", "(b. 1870)", a span "1914–1918" — says nothing about
 * the year the text is in, so it does not become the year of later dates written without one.
 */
function isAsideYear(text: string, y: YearMention): boolean {
  const before = text.charCodeAt(y.start - 1);
  const after = text.charCodeAt(y.end);
  if (after === CharCode.CloseParen || (isDash(after) && isAsciiDigit(text.charCodeAt(y.end + 1)))) return true;
  if (isDash(before) && isAsciiDigit(text.charCodeAt(y.start - 2))) return true;
  // "(1984", "(b. 1870", "(c. 1700": the year opens or nearly opens a parenthesis. Looked for in the six code units
  // before it only, not back through the whole block for every year.
  let open = y.start - 1;
  while (open >= 0 && y.start - open <= 6 && text.charCodeAt(open) !== CharCode.OpenParen) open--;
  return open >= 0 && y.start - open <= 6 && text.indexOf(')', y.end) >= 0 && !text.slice(open, y.start).includes(')');
}

/**
 * Whether the block names DIRECTIVE_MARK after a comment's opening, as every directive does (`markdown/directives.ts`):
 * a search for the rare '<' first, as most blocks hold no comment, where one for 'clio-' stops at every 'c'.
 */
function mayHoldDirectiveComment(blockText: string): boolean {
  const open = blockText.indexOf('<!--');
  return open !== -1 && blockText.includes(DIRECTIVE_MARK, open + 4);
}

/** Caches block scans by block text; entries unused in the last analysis are dropped, so memory follows the document. */
export class BlockScanCache {
  private current = new Map<string, BlockScan>();
  private previous = new Map<string, BlockScan>();

  constructor(private readonly dataset: Dataset) {}

  get(blockText: string, block: Pick<Block, 'kind' | 'headingLevel' | 'info'>): BlockScan {
    const key = `${block.kind}\u0000${block.headingLevel ?? ''}\u0000${blockText}`;
    const known = this.current.get(key);
    if (known) return known;
    // The block text is a slice of the whole document, and a slice keeps its parent alive: a scan or a key holding
    // a piece of it would pin that version of the document for as long as it is cached. Keep copies instead.
    const scan = this.previous.get(key) ?? scanBlock(detach(blockText), block, this.dataset);
    this.current.set(detach(key), scan);
    return scan;
  }

  /** Call after each full pass: what was not used in this pass is forgotten. */
  endPass(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

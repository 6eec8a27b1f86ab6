/**
 * Time expressions coarser than a day, for the chronology only (the checks never see them): "c. 1725", "circa 1905",
 * "early 1918", "late October 1917", "the spring of 1921", "the 1920s", "mid-1930s", "October 1917", "in 1917".
 * Each is read as an interval of months or years as written — no calendar logic here (features/chronology.ts
 * reads it in the document's calendar). Days are written only where the expression narrows a month ("late October").
 */
import { MONTH_NAMES_LONG } from './months';
import { isAsciiLetter } from '../util/charCode';
import { isLetterOrDigit } from '../util/chars';
import type { Span } from '../util/span';

/** One end of an interval as written: a year, a month of it, or a day of that month. */
export interface PartialDay {
  year: number;
  month?: number;
  day?: number;
}

export interface TimeExpression extends Span {
  /** First and last (inclusive); a missing month or day means the whole year or month. Shared by the expressions of
   * one phrase (its words and year, as written) in one reading, and only by them: read only. */
  from: PartialDay;
  to: PartialDay;
  /** 'approximate' for circa, early/mid/late and seasons; else how much the expression names. */
  precision: 'month' | 'year' | 'decade' | 'approximate';
  /** Written with "c.", "ca." or "circa" (EDTF "~"). */
  circa: boolean;
}

const MONTHS = MONTH_NAMES_LONG.join('|');
/**
 * Read from each four-digit year back: a year or a decade ("1920s"), found by a plain scan; then, in the few words
 * before it, an optional "c."/"circa", a preposition or "the", "early"/"mid"/"late" or a season, a month. A bare year
 * counts only after a preposition ("in 1917"): alone, a four-digit number may be a count or a page. Starting from
 * the years (not from every word) keeps the pass a small part of a full check; no nested quantifiers.
 */
const YEAR = /[12]\d{3}s?/g;
const WORDS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(c\.|ca\.|[Cc]irca)\s?)?` +
    String.raw`(?:((?:[Ii]n|[Oo]f|[Bb]y|[Ff]rom|[Tt]o|[Uu]ntil|[Ss]ince|[Dd]uring|[Aa]fter|[Bb]efore|[Yy]ear)\s)|([Tt]he\s))?` +
    String.raw`(?:([Ee]arly|[Mm]id|[Ll]ate)[-\s]|([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)\s(?:of\s)?)?` +
    String.raw`(?:(${MONTHS})\s)?$`,
  'u',
);
/** WORDS_BEFORE's groups (indexed: a named-groups object per match cost more than the rest of the scan). */
const CIRCA = 1;
const PREP = 2;
const THE = 3;
const PART = 4;
const SEASON = 5;
const MONTH = 6;
/** Longer than the longest words WORDS_BEFORE reads ("circa before September " is 23), so none is cut. */
const LOOK_BACK = 48;

/**
 * The words WORDS_BEFORE reads, as it writes them (lower case, and capitalized but for "c" and "ca" and the months,
 * which are only capitalized). Only a decade is read with no words before it, so a year not right after one of these
 * is passed over without running the regex (a year as a count, a page, a name's part).
 */
const LAST_WORDS = [
  ...['c', 'ca'],
  ...['circa', 'in', 'of', 'by', 'from', 'to', 'until', 'since', 'during', 'after', 'before', 'year', 'the']
    .concat(['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'fall'])
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]),
  ...MONTH_NAMES_LONG,
];
const LONGEST_LAST_WORD = Math.max(...LAST_WORDS.map((w) => w.length));
/** LAST_WORDS by length and first letter, at length × 128 + its code: none, one or two words each. */
const LAST_WORDS_BY_START: (string[] | undefined)[] = new Array((LONGEST_LAST_WORD + 1) * 128);
for (const w of LAST_WORDS) (LAST_WORDS_BY_START[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);

/** Whether text[start, end), a run of ASCII letters, may be one of the words WORDS_BEFORE reads, or "circa" and one ("circain"). */
function mayBeWordBefore(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > 5 && (text.startsWith('circa', start) || text.startsWith('Circa', start))) return true;
  if (length > LONGEST_LAST_WORD) return false;
  // Compared in place with the words of its length and first letter: a slice of each run of letters was a third of
  // the pass's garbage, and comparing it with each word of its length a tenth of the pass's time.
  const words = LAST_WORDS_BY_START[length * 128 + text.charCodeAt(start)];
  if (words) for (let i = 0; i < words.length; i++) if (text.startsWith(words[i], start)) return true;
  return false;
}

/** Early, mid and late as thirds of a month (days), a year (months) or a decade (years). */
const THIRDS = { early: 0, mid: 1, late: 2 } as const;
/** Northern seasons as months; winter is left out, since it straddles a year and writers differ on which. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };

/**
 * Every time expression in the prose spans (document offsets, in order), in order; none that overlaps what other
 * readers found (`read`: lists of dates, names…, each in text order) — "October 1917" in "25 October 1917" is not one.
 */
export function readTimeExpressions(text: string, spans: readonly Span[], read: readonly (readonly Span[])[] = []): TimeExpression[] {
  const out: TimeExpression[] = [];
  const next = read.map(() => 0); // per list, the first span that ends after the current year
  // A long draft writes the same few phrases over and over ("in 1917"): each is read once, and its expression (at
  // offsets in the phrase) placed where the phrase stands.
  const readings = new Map<string, TimeExpression | null>();
  // One pass over the text for years, walking the spans beside it (in order), so text between spans is skipped once.
  let s = 0;
  YEAR.lastIndex = spans.length ? spans[0].start : text.length;
  // test, not exec: where the year ends is all it needs, and a match array per year was most of the pass's garbage.
  while (YEAR.test(text)) {
    const end = YEAR.lastIndex;
    const decade = text.charCodeAt(end - 1) === S;
    const at = decade ? end - 5 : end - 4; // where the year starts
    while (s < spans.length && spans[s].end <= at) s++;
    if (s === spans.length) break;
    const span = spans[s];
    if (at < span.start) {
      YEAR.lastIndex = span.start;
      continue;
    }
    if (end > span.end) continue;
    if (at > span.start && isLetterOrDigit(text.charCodeAt(at - 1))) continue;
    if (end < span.end && isLetterOrDigit(text.charCodeAt(end))) continue;
    if (overlapsRead(read, next, at, end)) continue;
    const from = Math.max(span.start, at - LOOK_BACK);
    const first = firstWordBefore(text, from, at);
    // Only a decade is read with no words before it: a year with none of them before it is passed over.
    if (!decade && first === at) continue;
    // WORDS_BEFORE searched from there, and the character before for its lookbehind: a search from every position of
    // LOOK_BACK was most of the pass.
    const start = first > from ? first - 1 : first;
    const phrase = text.slice(start, end);
    let e = readings.get(phrase);
    if (e === undefined) readings.set(phrase, (e = readPhrase(phrase, at - start, decade) ?? null));
    if (e) out.push({ start: start + e.start, end, from: e.from, to: e.to, precision: e.precision, circa: e.circa });
  }
  return out;
}

/** The expression of a phrase (at offsets in it): the words before its year at `at`, and the year or decade, if they make one. */
function readPhrase(phrase: string, at: number, decade: boolean): TimeExpression | undefined {
  const words = WORDS_BEFORE.exec(phrase.slice(0, at));
  // The range is what names the time: "in" and "the" are left out, "c." and "early" kept (a circa mark comes first).
  const lead = !words || words[CIRCA] ? 0 : (words[PREP] ?? words[THE] ?? '').length;
  return expression((words ? words.index : 0) + lead, phrase.length, words, fourDigits(phrase, at), decade);
}

const S = 0x73; // 's', a decade's end

/** The number text[at, at + 4) writes, four ASCII digits. */
function fourDigits(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 4; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

/**
 * Whether [start, end) overlaps a span of one of the lists; next[i] is the first span of list i that ends after the
 * previous start, and is moved up to `start` (every list is walked once over a whole pass).
 */
function overlapsRead(read: readonly (readonly Span[])[], next: number[], start: number, end: number): boolean {
  for (let i = 0; i < read.length; i++) {
    const list = read[i];
    let k = next[i];
    while (k < list.length && list[k].end <= start) k++;
    next[i] = k;
    if (k < list.length && list[k].start < end) return true;
  }
  return false;
}

/** WORDS_BEFORE reads at most this many runs of letters ("circa during autumn of September"). */
const MOST_WORDS = 5;

/**
 * The start of the first of the runs of letters right before `at` (not before `from`) that may be words WORDS_BEFORE
 * reads (at most MOST_WORDS; `at` when there is none): its match cannot start before.
 */
function firstWordBefore(text: string, from: number, at: number): number {
  let first = at;
  for (let runs = 0; runs < MOST_WORDS; runs++) {
    let end = first;
    while (end > from && !isAsciiLetter(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start === end || !mayBeWordBefore(text, start, end)) break;
    first = start;
  }
  return first;
}

/** The expression at [start, end) of a year (or decade) and the words before it, if they make one. */
function expression(start: number, end: number, words: RegExpExecArray | null, year: number, decade: boolean): TimeExpression | undefined {
  const circa = words?.[CIRCA] !== undefined;
  const month = words?.[MONTH] ? MONTH_NAMES_LONG.indexOf(words[MONTH]) + 1 : undefined;
  const part = words?.[PART] ? THIRDS[words[PART].toLowerCase() as keyof typeof THIRDS] : undefined;
  const season = words?.[SEASON] ? SEASONS[words[SEASON].toLowerCase()] : undefined;
  if (decade) {
    if (year % 10 !== 0 || month !== undefined || season) return undefined; // "1917s", "October 1920s"
    const [a, b] = part === undefined ? [0, 9] : [[0, 3], [4, 6], [7, 9]][part];
    return { start, end, from: { year: year + a }, to: { year: year + b }, precision: circa || part !== undefined ? 'approximate' : 'decade', circa };
  }
  if (season) {
    if (part !== undefined || month !== undefined) return undefined;
    return { start, end, from: { year, month: season[0] }, to: { year, month: season[1] }, precision: 'approximate', circa };
  }
  if (month !== undefined) {
    if (part === undefined) return { start, end, from: { year, month }, to: { year, month }, precision: circa ? 'approximate' : 'month', circa };
    // The last third runs to the month's end, whatever its length: the reader fills in the last day.
    const [a, b] = [[1, 10], [11, 20], [21, undefined]][part];
    return { start, end, from: { year, month, day: a }, to: { year, month, day: b }, precision: 'approximate', circa };
  }
  if (part !== undefined) {
    const [a, b] = [[1, 4], [5, 8], [9, 12]][part];
    return { start, end, from: { year, month: a }, to: { year, month: b }, precision: 'approximate', circa };
  }
  // A bare year: only after "c." or a preposition.
  if (!circa && words?.[PREP] === undefined) return undefined;
  return { start, end, from: { year }, to: { year }, precision: circa ? 'approximate' : 'year', circa };
}

/**
 * life-dates-mismatch: life years in parentheses right after a known person's name — "Lenin (1870–1925)",
 * "Lenin (b. 1871)", "(d. 1925)" — that disagree with the dataset. A year right in either calendar is right: a birth
 * on 28 December 1900 O.S. (10 January 1901 N.S.) may be written 1900 or 1901.
 */
import { convert, other, type Calendar } from '../../calendar';
import { valueYear, valueYears } from '../../dataset/dates';
import type { DatedValue, Person } from '../../dataset/types';
import type { Finding, TextEdit } from '../types';
import { STYLE_ABBR, dayWords } from '../words';
import type { CheckContext } from './context';
import { CharCode } from '../../util/charCode';

/** "(1870–1924)", "(b. 1870)", "(born 1870)", "(d. 1924)", "(died 1924)"; "c." before a year makes it approximate. */
const LIFE_YEARS =
  /\s*\(\s*(?<body>(?:(?<fromCirca>c\.|ca\.|circa)\s*)?(?<from>\d{4})\s*[–—-]\s*(?:(?<toCirca>c\.|ca\.|circa)\s*)?(?<to>\d{4})|(?<mark>b\.|born|d\.|died)\s*(?<oneCirca>c\.|ca\.|circa)?\s*(?<one>\d{4}))\s*\)/dy;

/** Years further than this from the dataset's are not life years gone wrong but something else: "Nicholas II (1894–1917)", a reign. */
const MAX_YEAR_SLIP = 10;

/** A one-word name right after a capitalized word is part of a longer name the dataset does not know ("Fyodor Kerensky"). */
const CAPITALIZED_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u;

interface WrittenYear {
  year: number;
  start: number;
  end: number;
  what: 'born' | 'died';
  circa: boolean;
}

/** Any character `\s` matches: tested only past ASCII. */
const WHITESPACE = /\s/;

/**
 * Whether a parenthesis follows `at`, after blanks. Character codes rather than `\s` on one-character strings: this
 * runs for every name on every keystroke.
 */
function opensParenthesis(text: string, at: number): boolean {
  for (let i = at; ; i++) {
    const c = text.charCodeAt(i); // NaN past the end: no parenthesis, no blank
    if (c === CharCode.OpenParen) return true;
    const blank = c > 127 ? WHITESPACE.test(text[i]) : c === CharCode.Space || (c >= CharCode.Tab && c <= CharCode.CarriageReturn);
    if (!blank) return false;
  }
}

/** The years written in parentheses right after the name ending at `at`, if any. */
function lifeYearsAt(text: string, at: number): { body: [number, number]; years: WrittenYear[] } | undefined {
  LIFE_YEARS.lastIndex = at;
  const m = LIFE_YEARS.exec(text);
  const g = m?.groups;
  const ix = m?.indices?.groups;
  if (!g || !ix) return undefined;
  const year = (key: 'from' | 'to' | 'one', what: WrittenYear['what'], circa: string | undefined): WrittenYear => ({
    year: Number(g[key]),
    start: ix[key]![0],
    end: ix[key]![1],
    what,
    circa: circa !== undefined,
  });
  const years = g.one
    ? [year('one', g.mark.startsWith('b') ? 'born' : 'died', g.oneCirca)]
    : [year('from', 'born', g.fromCirca), year('to', 'died', g.toCirca)];
  return { body: ix.body!, years };
}

/** How a birth or death is told: "on 22 April 1870 (N.S.)", with the other calendar's day where its year differs; "in 1870" for a partial date. */
function lifeFactWords(v: DatedValue, calendar: Calendar): string {
  const [year, month, day] = v.date.split('-').map(Number);
  if (day === undefined) return `in ${year}`;
  const recorded = { year, month, day };
  const inCal = v.calendar === calendar ? recorded : convert(recorded, v.calendar);
  const inOther = v.calendar === calendar ? convert(recorded, v.calendar) : recorded;
  const both = inOther.year !== inCal.year ? ` = ${dayWords(inOther)} (${STYLE_ABBR[other(calendar)]})` : '';
  return `on ${dayWords(inCal)} (${STYLE_ABBR[calendar]})${both}`;
}

export function checkLifeDates({ analysis, dataset }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { text } = analysis;
  const convention = analysis.convention.convention;
  for (const name of analysis.entities) {
    // Most names have no parenthesis after them: that test is cheap, so it comes first (this runs on every keystroke).
    if (!opensParenthesis(text, name.end)) continue;
    const person = dataset.person(name.id);
    if (!person || name.guess) continue;
    if (!/\s/.test(text.slice(name.start, name.end)) && CAPITALIZED_WORD_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start))) continue;
    const found = lifeYearsAt(text, name.end);
    if (!found) continue;
    const wrong: { written: WrittenYear; value: DatedValue }[] = [];
    let lifeYears = true;
    for (const written of found.years) {
      const value = person[written.what];
      if (!value || value.circa || written.circa) continue;
      const years = valueYears(value);
      if (years.has(written.year)) continue;
      if (Math.min(...[...years].map((y) => Math.abs(y - written.year))) > MAX_YEAR_SLIP) lifeYears = false;
      wrong.push({ written, value });
    }
    if (!lifeYears || wrong.length === 0) continue;
    out.push(mismatch(person, found.body, wrong, convention === 'gregorian'));
  }
  return out;
}

function mismatch(person: Person, body: [number, number], wrong: { written: WrittenYear; value: DatedValue }[], newStyle: boolean): Finding {
  const edits: TextEdit[] = [];
  const parts: string[] = [];
  for (const { written, value } of wrong) {
    // New Style throughout: the Gregorian year. Otherwise the calendar the dataset recorded the day in, which is the
    // local calendar of the time, as an Old Style convention means.
    const calendar = newStyle ? 'gregorian' : value.calendar;
    const year = valueYear(value, calendar)!;
    edits.push({ start: written.start, end: written.end, newText: String(year) });
    parts.push(`${written.what === 'born' ? 'was born' : 'died'} ${lifeFactWords(value, calendar)}, not in ${written.year}`);
  }
  return {
    code: 'life-dates-mismatch',
    severity: 'warning',
    start: body[0],
    end: body[1],
    message: `${person.name} ${parts.join(', and ')}`,
    fixes: [{ title: `Change to ${edits.map((e) => e.newText).join(' and ')}`, edits, safe: false, preferred: true }],
  };
}

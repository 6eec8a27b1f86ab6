/**
 * life-dates-mismatch: life years in parentheses right after a known person's name — "Lenin (1870–1925)",
 * "Lenin (b. 1871)", "(d. 1925)" — that disagree with the dataset. A year right in either calendar is right: a birth
 * on 28 December 1900 O.S. (10 January 1901 N.S.) may be written 1900 or 1901.
 *
 * And whole days: a birth or death day written for a known person — "Shakespeare died on 24 April 1616", "Newton was
 * born at Woolsthorpe on 4 January 1643", "Lenin (born 22 April 1870)" — that is neither calendar's day of it. The
 * other calendar's day and the other year reckoning's are calendar-mixup's, as for events (factDistance.ts). Only
 * forms where the date plainly is the birth or the death are read: precision over recall.
 */
import { convert, other, type Calendar, type YMD } from '../../calendar';
import { valueYear, valueYears } from '../../dataset/dates';
import type { DatedValue, Person } from '../../dataset/types';
import { CharCode } from '../../util/charCode';
import { firstAtOrAfter } from '../../util/search';
import { rewriteSide } from '../rewrite';
import type { EntityMention, Finding, Fix, ResolvedDate, TextEdit } from '../types';
import { STYLE_ABBR, dayWords, valueWords } from '../words';
import type { CheckContext } from './context';
import { finding } from './finding';
import { distanceTo, MAX_DISTANCE_DAYS, valueDayRanges } from './factDistance';

/** "(1870–1924)", "(b. 1870)", "(born 1870)", "(d. 1924)", "(died 1924)"; "c." before a year makes it approximate. */
const LIFE_YEARS =
  /\s*\(\s*(?<body>(?:(?<fromCirca>c\.|ca\.|circa)\s*)?(?<from>\d{4})\s*[–—-]\s*(?:(?<toCirca>c\.|ca\.|circa)\s*)?(?<to>\d{4})|(?<mark>b\.|born|d\.|died)\s*(?<oneCirca>c\.|ca\.|circa)?\s*(?<one>\d{4}))\s*\)/dy;

/** Years further than this from the dataset's are not life years gone wrong but something else: "Nicholas II (1894–1917)", a reign. */
const MAX_YEAR_SLIP = 10;

/**
 * A one-word name right after a capitalized word or an initial is part of a longer name the dataset does not know
 * ("Fyodor Kerensky", "F. Kerensky"); a word that ends a sentence ("… at Gorki. Lenin died") is not.
 */
const FIRST_NAME_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)\s+$/u;

/** A one-word name that is part of a longer one (FIRST_NAME_BEFORE). */
function isPartOfLongerName(text: string, name: EntityMention): boolean {
  return !/\s/.test(text.slice(name.start, name.end)) && FIRST_NAME_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start));
}

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
  const { day } = valueWords(v, calendar);
  if (!day) return `in ${parseInt(v.date, 10)}`;
  const inOther = convert(day, calendar);
  const both = inOther.year !== day.year ? ` = ${dayWords(inOther)} (${STYLE_ABBR[other(calendar)]})` : '';
  return `on ${dayWords(day)} (${STYLE_ABBR[calendar]})${both}`;
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
    if (isPartOfLongerName(text, name)) continue;
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
  const fix: Fix = { title: `Change to ${edits.map((e) => e.newText).join(' and ')}`, edits, safe: false, preferred: true };
  return finding('life-dates-mismatch', { start: body[0], end: body[1] }, `${person.name} ${parts.join(', and ')}`, [fix]);
}

/** "at Woolsthorpe", "in Simbirsk, Russia": a capitalized place of one to four words. */
const PLACE = String.raw`(?:in|at|near)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;

/**
 * Between the person's name and the date: "was born on", "died in London on", ", born", "(born", "(d.", "was
 * assassinated on". An attack ("was assassinated", "was shot dead") may come days before the death it caused.
 */
const NAME_THEN_DATE = new RegExp(
  String.raw`^(?:,?\s+(?:(?<born>(?:was\s+)?born)|(?<died>died|was\s+(?:executed|beheaded|hanged))|(?<killed>was\s+(?:assassinated|murdered|killed|shot\s+dead)))(?:\s+${PLACE})?,?\s+(?:on\s+)?` +
    String.raw`|\s*\(\s*(?:(?<bornMark>born|b\.)|(?<diedMark>died|d\.))\s*(?:on\s+)?)$`,
  'u',
);

/** After a date in parentheses: its closing parenthesis, or the separator before a second fact ("(b. 4 March 1748; d. …)"). */
const CLOSES_PARENTHESIS = /^\s*[);,]/;

/** A life in full days right after a name: "Lenin (22 April 1870 – 21 January 1924)": the opening, the dash, the close. */
const OPENS_LIFE = /^\s*\(\s*$/;
const LIFE_DASH = /^\s*[–—-]\s*$/;
const CLOSES_LIFE = /^\s*\)/;

/** The days an attack may come before the death it caused (Stolypin was shot on 1 September 1911 O.S. and died on the 5th). */
const ATTACK_DAYS_BEFORE_DEATH = 7;

/** The most the words between a name and its date take: "was born in Simbirsk, Simbirsk Governorate, on". */
const MAX_BETWEEN = 64;
/** Longer than the names a date follows: where the search for the name before a date starts. */
const MAX_NAME = 80;

export function checkLifeDays({ analysis, dataset }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { dates } = analysis;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const side = d.first;
    // A dual date is weighed by dual-date-mismatch and calendar-mixup; a span is no one's birth or death.
    if (d.second || side.jdn === undefined || !side.first || side.last) continue;
    const stated = lifeFactAt(analysis, i);
    if (!stated) continue;
    const { name, what, attack } = stated;
    const people = namesakes(name, dataset);
    // A name several people share may mean any of them: a day of any is right; a day of none is weighed against the nearest.
    let nearest: { person: Person; value: DatedValue; distance: number } | undefined;
    for (const person of people) {
      const value = person[what];
      const ranges = (value ? valueDayRanges(value) : []).map((r) => (attack ? { first: r.first - ATTACK_DAYS_BEFORE_DEATH, last: r.last } : r));
      // No sure day: any may be right.
      const distance = ranges.length ? Math.min(...ranges.map((days) => distanceTo(side, days))) : 0;
      if (distance === 0) {
        nearest = undefined;
        break;
      }
      if (!nearest || distance < nearest.distance) nearest = { person, value: value!, distance };
    }
    if (nearest && nearest.distance <= MAX_DISTANCE_DAYS) out.push(dayMismatch(d, nearest.person, what, nearest.value));
  }
  return out;
}

/**
 * The person and the fact the i-th date is plainly the day of: after a name by NAME_THEN_DATE, or as either end of a
 * life in parentheses ("Lenin (22 April 1870 – 21 January 1924)").
 */
function lifeFactAt(analysis: CheckContext['analysis'], i: number): { name: EntityMention; what: 'born' | 'died'; attack?: boolean } | undefined {
  const { text, dates, entities } = analysis;
  const d = dates[i];
  const named = (opening: ResolvedDate) => {
    const name = nameBefore(entities, opening.mention.start);
    return name && opening.mention.start - name.end <= MAX_BETWEEN && !isPartOfLongerName(text, name) ? name : undefined;
  };
  const between = (a: ResolvedDate, b: ResolvedDate) => text.slice(a.mention.end, b.mention.start);
  const opensLife = (k: number) => {
    const first = dates[k];
    const last = dates[k + 1];
    // The dash between two dates first: most dates have none, and then no name is looked for.
    if (!first || !last || !LIFE_DASH.test(between(first, last)) || !CLOSES_LIFE.test(text.slice(last.mention.end, last.mention.end + 3))) return undefined;
    const name = named(first);
    return name && OPENS_LIFE.test(text.slice(name.end, first.mention.start)) ? name : undefined;
  };
  const birthOfLife = opensLife(i);
  if (birthOfLife) return { name: birthOfLife, what: 'born' };
  const deathOfLife = i > 0 ? opensLife(i - 1) : undefined;
  if (deathOfLife) return { name: deathOfLife, what: 'died' };
  const name = named(d);
  const m = name && NAME_THEN_DATE.exec(text.slice(name.end, d.mention.start));
  if (!name || !m?.groups) return undefined;
  const g = m.groups;
  if ((g.bornMark || g.diedMark) && !CLOSES_PARENTHESIS.test(text.slice(d.mention.end, d.mention.end + 4))) return undefined;
  return { name, what: g.born || g.bornMark ? 'born' : 'died', attack: g.killed !== undefined };
}

/** The last name that ends before `at` and starts after at - MAX_BETWEEN - MAX_NAME (names are in document order). */
function nameBefore(entities: readonly EntityMention[], at: number): EntityMention | undefined {
  let found: EntityMention | undefined;
  for (let i = firstAtOrAfter(entities, at - MAX_BETWEEN - MAX_NAME); i < entities.length && entities[i].start < at; i++) {
    if (entities[i].end <= at) found = entities[i];
  }
  return found;
}

/** The people a name may mean: the one it names, or each an ambiguous name may mean when all of them are people. */
function namesakes(m: EntityMention, dataset: CheckContext['dataset']): Person[] {
  const ids = m.guess && m.alternatives ? m.alternatives : [m.id];
  const people = ids.map((id) => dataset.person(id));
  return people.every((p) => p !== undefined) ? (people as Person[]) : [];
}

/** A value as a day of a life, in `calendar` and the other: "on 23 April 1616 (O.S.) = 3 May 1616 (N.S.)", "in March 1925". */
function valueInWords(v: DatedValue, calendar: Calendar): { words: string; day?: YMD } {
  const { words, day } = valueWords(v, calendar);
  if (!day) return { words: `in ${words}` };
  return { words: `on ${words} (${STYLE_ABBR[calendar]}) = ${dayWords(convert(day, calendar))} (${STYLE_ABBR[other(calendar)]})`, day };
}

function dayMismatch(d: ResolvedDate, person: Person, what: 'born' | 'died', value: DatedValue): Finding {
  const side = d.first;
  const right = valueInWords(value, side.calendar);
  return finding(
    'life-dates-mismatch',
    d.mention,
    `${person.name} ${what === 'born' ? 'was born' : 'died'} ${right.words}, not on ${dayWords(side.first!)}`,
    right.day ? [{ title: `Change to ${dayWords(right.day)}`, edits: [rewriteSide(side, right.day, undefined)], safe: false, preferred: true }] : [],
  );
}

/**
 * life-dates-mismatch, for whole days: a birth or death day written for a known person — "Shakespeare died on
 * 24 April 1616", "Newton was born at Woolsthorpe on 4 January 1643", "Lenin (born 22 April 1870)" — that is neither
 * calendar's day of it. The other calendar's day and the other year reckoning's are calendar-mixup's, as for events
 * (factDistance.ts). Only forms where the date plainly is the birth or the death are read: precision over recall.
 */
import { convert, other, type Calendar } from '../../calendar';
import type { DatedValue, Person } from '../../dataset/types';
import { firstAtOrAfter } from '../../util/search';
import { rewriteSide } from '../rewrite';
import type { EntityMention, Finding, ResolvedDate } from '../types';
import { STYLE_ABBR, dayWords, monthName } from '../words';
import type { CheckContext } from './context';
import { distanceTo, MAX_DISTANCE_DAYS, valueDayRanges } from './factDistance';

/** "at Woolsthorpe", "in Simbirsk, Russia": a capitalized place of one to four words. */
const PLACE = String.raw`(?:in|at|near)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;

/**
 * Between the person's name and the date: "was born on", "died in London on", ", born", "(born", "(d.". The verbs of
 * a death are those that name its day: an attack ("was assassinated", "was shot") may come a day before the death.
 */
const NAME_THEN_DATE = new RegExp(
  String.raw`^(?:,?\s+(?:(?<born>(?:was\s+)?born)|(?<died>died|was\s+(?:executed|beheaded|hanged)))(?:\s+${PLACE})?,?\s+(?:on\s+)?` +
    String.raw`|\s*\(\s*(?:(?<bornMark>born|b\.)|(?<diedMark>died|d\.))\s*(?:on\s+)?)$`,
  'u',
);

/** After a date in parentheses: its closing parenthesis, or the separator before a second fact ("(b. 4 March 1748; d. …)"). */
const CLOSES_PARENTHESIS = /^\s*[);,]/;

/**
 * A one-word name right after a capitalized word or an initial is part of a longer name the dataset does not know
 * ("Fyodor Kerensky", "F. Kerensky"); a word that ends a sentence ("… at Gorki. Lenin died") is not.
 */
const FIRST_NAME_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)\s+$/u;

/** Longer than any name plus the words between it and its date. */
const REACH = 120;

export function checkLifeDays({ analysis, dataset }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { text, entities } = analysis;
  for (const d of analysis.dates) {
    const side = d.first;
    // A dual date is weighed by dual-date-mismatch and calendar-mixup; a span is no one's birth or death.
    if (d.second || side.jdn === undefined || !side.first || side.last) continue;
    const name = nameBefore(entities, d.mention.start);
    if (!name) continue;
    const m = NAME_THEN_DATE.exec(text.slice(name.end, d.mention.start));
    if (!m?.groups) continue;
    const g = m.groups;
    if ((g.bornMark || g.diedMark) && !CLOSES_PARENTHESIS.test(text.slice(d.mention.end, d.mention.end + 4))) continue;
    if (!/\s/.test(text.slice(name.start, name.end)) && FIRST_NAME_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start))) continue;
    const what = g.born || g.bornMark ? 'born' : 'died';
    const people = namesakes(name, dataset);
    // A name several people share may mean any of them: a day of any is right; a day of none is weighed against the nearest.
    let nearest: { person: Person; value: DatedValue; distance: number } | undefined;
    for (const person of people) {
      const value = person[what];
      const ranges = value ? valueDayRanges(value) : [];
      // No sure day: any may be right.
      const distance = ranges.length ? Math.min(...ranges.map((days) => distanceTo(side, days))) : 0;
      if (distance === 0) {
        nearest = undefined;
        break;
      }
      if (!nearest || distance < nearest.distance) nearest = { person, value: value!, distance };
    }
    if (nearest && nearest.distance <= MAX_DISTANCE_DAYS) out.push(mismatch(d, nearest.person, what, nearest.value));
  }
  return out;
}

/** The last name that ends at most REACH before `at` (names are in document order). */
function nameBefore(entities: readonly EntityMention[], at: number): EntityMention | undefined {
  let found: EntityMention | undefined;
  for (let i = firstAtOrAfter(entities, at - REACH); i < entities.length && entities[i].start < at; i++) {
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

/** A full-day value in `calendar`, and its words there and in the other calendar: "23 April 1616 (O.S.) = 3 May 1616 (N.S.)". */
function valueInWords(v: DatedValue, calendar: Calendar) {
  const [year, month, day] = v.date.split('-').map(Number);
  if (day === undefined) return { words: month === undefined ? `in ${year}` : `in ${monthName(month)} ${year}` };
  const recorded = { year, month, day };
  const inCal = v.calendar === calendar ? recorded : convert(recorded, v.calendar);
  const inOther = convert(inCal, calendar);
  return { words: `on ${dayWords(inCal)} (${STYLE_ABBR[calendar]}) = ${dayWords(inOther)} (${STYLE_ABBR[other(calendar)]})`, day: inCal };
}

function mismatch(d: ResolvedDate, person: Person, what: 'born' | 'died', value: DatedValue): Finding {
  const side = d.first;
  const right = valueInWords(value, side.calendar);
  return {
    code: 'life-dates-mismatch',
    severity: 'warning',
    start: d.mention.start,
    end: d.mention.end,
    message: `${person.name} ${what === 'born' ? 'was born' : 'died'} ${right.words}, not on ${dayWords(side.first!)}`,
    fixes: right.day ? [{ title: `Change to ${dayWords(right.day)}`, edits: [rewriteSide(side, right.day, undefined)], safe: false, preferred: true }] : [],
  };
}

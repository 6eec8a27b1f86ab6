/**
 * event-date-mismatch: a date written for a known event — "the Treaty of Brest-Litovsk was signed on 3 May 1918",
 * "the October Revolution (25 October 1917)", "3 March 1918: Treaty of Brest-Litovsk" — that is none of its days in
 * either calendar. The other calendar's day is calendar-mixup's; this is the plainly wrong day. Only the forms where
 * the date clearly belongs to the event are read: precision over recall.
 */
import { other, type Calendar, type YMD } from '../../calendar';
import { valueDays } from '../../dataset/dates';
import type { HistoricalEvent } from '../../dataset/types';
import { rewriteSide } from '../rewrite';
import type { EntityMention, Finding, Fix, ResolvedDate } from '../types';
import { STYLE_ABBR, spanWords, valueWords } from '../words';
import type { CheckContext } from './context';
import { finding } from './finding';
import { distanceTo, MAX_DISTANCE_DAYS } from './factDistance';
import { eventPhrase } from './named';
import { firstAtOrAfter } from '../../util/search';

/** Verbs that join an event to its day, past or a chronology's present: "was signed on", "broke out on", "opens", "was fought on" (not "ratified", "published": other days). */
const VERB = String.raw`(?:(?:was|were|had\s+been|is|are)\s+)?(?:signed|signs|concluded|began|begins|begun|started|starts|broke\s+out|breaks\s+out|erupted|erupts|opened|opens|took\s+place|takes\s+place|happened|occurred|ended|ends|closed|closes|convened|convenes|met|meets|held|issued|proclaimed|declared|adopted|founded|launched|fought)`;

/** Between an event's name and the date after it: "of", "on", "(", ", " and a verb phrase, each alone. */
const EVENT_THEN_DATE = new RegExp(String.raw`^(?:\s+(?:of|on)\s+|\s*\(\s*(?:${VERB}\s+(?:on\s+)?)?|,\s*|\s+${VERB}\s+(?:on\s+)?)$`);
/** What must follow the date for the "(" and "," forms: the closing parenthesis or comma. */
const CLOSES = { '(': /^\s*\)/, ',': /^,/ } as const;
/** A chronology's "DATE: EVENT" / "DATE – EVENT", the date opening its line (after list or heading marks). */
const DATE_THEN_EVENT = /^[*_]*\s*(?::|\s[–—-])\s*[*_]*\s*(?:the\s+)?$/;
const LINE_OPENING = /(?:^|\n)[ \t>#*+\-\d.|_]*$/;
/** …and the event's name ending the line, or followed by one of the verbs ("Treaty of Brest-Litovsk signed"), not "ratified by …". */
const LINE_CLOSING = new RegExp(String.raw`^(?:[*_]*\s*[.;!]?\s*(?:\n|$)|\s+${VERB}\b)`);
/** The date belongs to something else the event only qualifies: "after the July Days on 20 July", "news of the Revolution on …". */
const TIME_FOR_ELSE = /\b(?:after|before|since|until|till|following|by|(?:anniversary|eve|news|word|reports?|celebrations?|commemorations?|memory)\s+of)\s+(?:the\s+)?$/i;

/**
 * Kinds whose name is a body or a lasting state, so that a date beside it may be any day of its life: "the Petrograd
 * Soviet on 1 September 1917" is a later session, not its first meeting; "the Red Terror" outlasts its decree.
 */
const LASTING_KINDS = /\b(?:assembly|parliament|government|faction|campaign|repression)\b/;

/** The forms above join a name and a date within a few words; further names are not weighed (nor sliced out). */
const NEAR = 40;

/** The date belongs to the event by one of the forms above, in the same sentence and adjacent. */
function belongsTo(text: string, name: EntityMention, date: ResolvedDate): boolean {
  const { mention } = date;
  if (name.end <= mention.start) {
    const between = text.slice(name.end, mention.start);
    if (!EVENT_THEN_DATE.test(between)) return false;
    if (TIME_FOR_ELSE.test(text.slice(Math.max(0, name.start - 30), name.start))) return false;
    const opener = between.trim()[0];
    if (opener === '(' || opener === ',') return CLOSES[opener].test(text.slice(mention.end, mention.end + 3));
    return true;
  }
  if (mention.end <= name.start) {
    return (
      DATE_THEN_EVENT.test(text.slice(mention.end, name.start)) &&
      LINE_OPENING.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
      LINE_CLOSING.test(text.slice(name.end, name.end + 40))
    );
  }
  return false;
}

/** An event's days as JDNs, from the first day it may mean to the last; undefined when they are circa, unreadable or not its only days. */
function eventDays(e: HistoricalEvent): { first: number; last: number } | undefined {
  if (e.start.circa || e.end?.circa || (e.kind !== undefined && LASTING_KINDS.test(e.kind))) return undefined;
  const start = valueDays(e.start);
  const end = e.end ? valueDays(e.end) : start;
  return start && end ? { first: start.first, last: end.last } : undefined;
}

/** The event's days in words in `calendar`, and as full days when the dataset has them. */
function eventWords(e: HistoricalEvent, calendar: Calendar): { words: string; first?: YMD; last?: YMD } {
  const start = valueWords(e.start, calendar);
  if (!e.end) return { words: start.words, first: start.day };
  const end = valueWords(e.end, calendar);
  const words = start.day && end.day ? spanWords(start.day, end.day) : `${start.words} – ${end.words}`;
  return { words, first: start.day, last: end.day };
}

export function checkEventDates({ analysis, dataset, namedIn }: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const d of analysis.dates) {
    const side = d.first;
    // A dual date is weighed by dual-date-mismatch and calendar-mixup; a single day or span is weighed here.
    if (d.second || side.jdn === undefined || !side.first) continue;
    const near = (m: EntityMention) => m.end >= d.mention.start - NEAR && m.start <= d.mention.end + NEAR;
    // Most dates have no event's name near them: found by binary search before the paragraph's names are gathered.
    if (!eventNear(analysis.entities, d, near, dataset)) continue;
    let events: HistoricalEvent[] = [];
    for (const m of namedIn(d.block, d.mention.start).mentions) {
      if (near(m) && (events = namesakes(m, dataset)).length > 0 && belongsTo(analysis.text, m, d)) break;
      events = [];
    }
    // A name two events share ("the Treaty of Brest-Litovsk": Ukraine's of 9 February 1918, Soviet Russia's of
    // 3 March) may mean either: a day of any of them is right; a day of none is weighed against the nearest.
    let nearest: { event: HistoricalEvent; distance: number } | undefined;
    for (const event of events) {
      const days = eventDays(event);
      const distance = days ? distanceTo(side, days) : 0; // an event without sure days may have any
      if (distance === 0) {
        nearest = undefined;
        break;
      }
      if (!nearest || distance < nearest.distance) nearest = { event, distance };
    }
    if (nearest && nearest.distance <= MAX_DISTANCE_DAYS) out.push(mismatch(d, nearest.event));
  }
  return out;
}

/**
 * The events a name may mean: the one it names, or each an ambiguous name may mean when all of them are events (a
 * name that may be a person's says nothing of an event's day).
 */
function namesakes(m: EntityMention, dataset: CheckContext['dataset']): HistoricalEvent[] {
  const ids = m.guess && m.alternatives ? m.alternatives : [m.id];
  const events = ids.map((id) => dataset.event(id));
  return events.every((e) => e !== undefined) ? (events as HistoricalEvent[]) : [];
}

/** Whether some event's name stands within NEAR of the date (names are in document order, none longer than MAX_NAME). */
function eventNear(entities: readonly EntityMention[], d: ResolvedDate, near: (m: EntityMention) => boolean, dataset: CheckContext['dataset']): boolean {
  for (let i = firstAtOrAfter(entities, d.mention.start - NEAR - MAX_NAME); i < entities.length && entities[i].start <= d.mention.end + NEAR; i++) {
    if (near(entities[i]) && dataset.event(entities[i].id)) return true;
  }
  return false;
}

/** Longer than any event's name as written: where the search for a name that ends near a date starts. */
const MAX_NAME = 200;

function mismatch(d: ResolvedDate, event: HistoricalEvent): Finding {
  const side = d.first;
  const cal = side.calendar;
  const right = eventWords(event, cal);
  const inOther = eventWords(event, other(cal));
  const written = spanWords(side.first!, side.last);
  // Both calendars where they differ; a month or a year is the same in both.
  const dated = right.words === inOther.words ? right.words : `${right.words} (${STYLE_ABBR[cal]}) = ${inOther.words} (${STYLE_ABBR[other(cal)]})`;
  const fixes: Fix[] = [];
  if (right.first) {
    // A span written for a span keeps both ends; a single day is the event's first (or only) day.
    const last = side.last && right.last ? right.last : undefined;
    const newDays = spanWords(right.first, last);
    fixes.push({ title: `Change to ${newDays}`, edits: [rewriteSide(side, right.first, last)], safe: false, preferred: true });
  }
  return finding('event-date-mismatch', d.mention, `${written} is not the date of ${eventPhrase(event)}: ${dated}`, fixes);
}

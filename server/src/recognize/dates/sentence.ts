/**
 * Sentence markers: a phrase that names a calendar ("by the Julian calendar then in use", "according to the Old
 * Style", "по юлианскому календарю") marks the unmarked dates of its sentence; inside parentheses, only the dates
 * inside the same parentheses.
 */
import { fromJdn, other, tryToJdn, type Calendar } from '../../calendar';
import { CharCode, isBlank, isLineBreak } from '../../util/charCode';
import { firstAtOrAfter } from '../../util/search';
import type { CalendarMarker, DateMention } from '../types';
import type { Span } from '../../util/span';
import { isPlaceAbbreviation } from './labels';
import { isLetterCode, markerCalendar, SENTENCE_PHRASE } from './tokens';
import { partitionPoint } from '../../util/search';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'etc', 'cf', 'vs', 'no', 'vol', 'pp', 'ca',
  'ст', 'г', 'гг', 'н', 'им', 'т', 'е', 'e', 'g', 'i',
]);
const SENTENCE_REACH = 1000;
const PAREN_REACH = 300;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== CharCode.Period && c !== CharCode.ExclamationMark && c !== CharCode.QuestionMark) return false;
  let j = i + 1;
  while (j < text.length && /["'”’)\]*_]/.test(text.charAt(j))) j++;
  const n = text.charCodeAt(j);
  if (j < text.length && !isBlank(n) && !isLineBreak(n)) return false;
  if (c === CharCode.Period) {
    let k = i;
    while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
    const word = text.slice(k, i);
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return false;
  }
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  const next = text.charAt(j);
  return next === '' || !/\p{Ll}/u.test(next);
}

function isBlankLineBreak(text: string, i: number): boolean {
  // i at a line break: is the next line blank?
  let j = i + 1;
  if (text.charCodeAt(i) === CharCode.CarriageReturn && text.charCodeAt(j) === CharCode.LineFeed) j++;
  while (j < text.length && (text.charCodeAt(j) === CharCode.Space || text.charCodeAt(j) === CharCode.Tab)) j++;
  return j >= text.length || isLineBreak(text.charCodeAt(j));
}

/** The sentence around pos: from after the previous sentence end or blank line to the next (at most SENTENCE_REACH away). */
export function sentenceAround(text: string, pos: number): [number, number] {
  let s = Math.max(0, pos - SENTENCE_REACH);
  for (let i = pos - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c) && isBlankLineBreak(text, i)) {
      s = i + 1;
      break;
    }
    if (isSentenceEnd(text, i)) {
      s = i + 1;
      break;
    }
  }
  let e = Math.min(text.length, pos + SENTENCE_REACH);
  for (let i = pos; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c) && isBlankLineBreak(text, i)) {
      e = i;
      break;
    }
    if (isSentenceEnd(text, i)) {
      e = i + 1;
      break;
    }
  }
  return [s, e];
}

/** The parentheses enclosing pos within [s, e), or undefined. */
function parensAround(text: string, pos: number, s: number, e: number): [number, number] | undefined {
  let depth = 0;
  let open = -1;
  for (let i = pos - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (c === CharCode.CloseParen) depth++;
    else if (c === CharCode.OpenParen) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open === -1) return undefined;
  depth = 0;
  for (let i = pos; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.OpenParen) depth++;
    else if (c === CharCode.CloseParen) {
      if (depth === 0) return [open, i + 1];
      depth--;
    }
  }
  return undefined;
}

/**
 * A clause boundary: a semicolon, a comma before a conjunction that opens a contrasting clause, or ", and" that opens
 * a clause with a calendar's words ("began on 3 July 1917, and by the Julian calendar the harvest came on 1 August").
 * A bare ", and" may join the dates of a list ("3, 5, and 7 July, all by the Julian calendar"): no boundary there.
 */
const CLAUSE_BREAK = /;|,[ \t\u00A0]+(?:but|while|whereas|although|though|yet)\b|,[ \t\u00A0]+and[ \t\u00A0]+(?=(?:by|according|in)[ \t\u00A0])/g;

/** The clause boundaries of a sentence, each as [where it starts, where the next clause starts]; once per sentence. */
function clauseBreaks(text: string, s: number, e: number): [number, number][] {
  // On the sentence's own slice (at most two reaches long): a search of the whole text would not stop at its end.
  const sentence = text.slice(s, e);
  const out: [number, number][] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) out.push([s + m.index, s + m.index + m[0].length]);
  return out;
}

/**
 * The clause of [start, end) within the sentence [s, e): a calendar phrase belongs to the dates of its own clause
 * ("by 10 March, workers struck; by the Gregorian calendar it was 11 March" — only 11 March is Gregorian).
 */
function clauseAround(breaks: readonly [number, number][], start: number, end: number, s: number, e: number): [number, number] {
  let from = s;
  let to = e;
  // The first break at or after the phrase's end; the one before it bounds the clause's start.
  const lo = partitionPoint(breaks, (b) => b[0] < end);
  if (lo < breaks.length) to = breaks[lo][0];
  for (let i = lo - 1; i >= 0; i--) {
    if (breaks[i][1] <= start) {
      from = breaks[i][1];
      break;
    }
  }
  return [from, to];
}

function hasDirectMarker(m: DateMention): boolean {
  return m.firstMarker !== undefined || m.secondMarker !== undefined;
}

/**
 * The phrase follows a date directly: "12 October 1812 in the Julian calendar", "28 January 1725, by the old calendar",
 * or opens a bracket right after it: "25 March 1821 (in the Julian calendar)".
 */
const ATTACHED = /^[ \t\u00A0]*,?[ \t\u00A0]*(?:[([][ \t\u00A0]*)?(?:(?:in|by|on|according[ \t\u00A0]+to|under)[ \t\u00A0]+the[ \t\u00A0]+)?$/;
/** Words that join two dates as the ends of a span or items of a list, not as one day named twice. */
const SPAN_WORDS = /[–—-]|\b(?:to|until|till|through|and|from|between)\b/;

/**
 * `d` is the other calendar's name of the day the phrase puts `owner` in, and nothing between them makes the two a
 * span or a list: "24 October 1812, which was 12 October 1812 in the Julian calendar" — the phrase is 12 October's,
 * and 24 October is the same day in the Gregorian calendar, not a second Julian date.
 */
function restates(text: string, d: DateMention, owner: DateMention, calendar: Calendar): boolean {
  if (d.second || owner.second || d.first.endDay !== undefined || owner.first.endDay !== undefined) return false;
  const between = d.end <= owner.start ? text.slice(d.end, owner.start) : text.slice(owner.end, d.start);
  if (SPAN_WORDS.test(between)) return false;
  const year = owner.first.year ?? d.first.year;
  // Neither writes its year ("on 4 December that year (24 November under the Julian calendar)"): the same day in some
  // century of the calendars' overlap, 10 to 13 days apart.
  if (year === undefined) return OFFSET_YEARS.some((y) => sameDay(d, owner, calendar, y, undefined));
  return sameDay(d, owner, calendar, year, d.first.year ?? year);
}

/** A year in each century of the Julian–Gregorian overlap, 1582–1923 (offsets of 10, 11, 12 and 13 days). */
const OFFSET_YEARS = [1650, 1750, 1850, 1910];

/** `owner` in `calendar`, in `year`, is `d`'s day (and, when given, `dYear`) in the other calendar. */
function sameDay(d: DateMention, owner: DateMention, calendar: Calendar, year: number, dYear: number | undefined): boolean {
  const jdn = tryToJdn({ year, month: owner.first.month, day: owner.first.day }, calendar);
  if (jdn === undefined) return false;
  const same = fromJdn(jdn, other(calendar));
  return same.month === d.first.month && same.day === d.first.day && (dYear === undefined || same.year === dYear);
}

/** What may stand between a date and a bracket that restates it: "4 December that year (24 November …)". */
const BEFORE_BRACKET = /^[ \t\u00A0]*(?:\p{L}+[ \t\u00A0]+){0,3}$/u;

/**
 * The date right before the bracket [open, …) that holds the phrase's owner as its first date, when the owner
 * restates it in the phrase's calendar: then it is that day in the other calendar.
 */
function restatedBeforeBracket(text: string, mentions: DateMention[], open: number, owner: DateMention, calendar: Calendar): DateMention | undefined {
  const i = firstAtOrAfter(mentions, open);
  if (i === 0 || mentions[i] !== owner) return undefined;
  const d = mentions[i - 1];
  if (d.end > open || !BEFORE_BRACKET.test(text.slice(d.end, open))) return undefined;
  return restates(text, d, owner, calendar) ? d : undefined;
}

/**
 * A calendar named as what was adopted, left or switched to ("prior to the adoption of the Gregorian calendar",
 * "Britain adopted the Gregorian calendar", "changed from the Julian calendar", "\"corrected\" to the Gregorian"), or
 * one another calendar is measured against ("ten days behind the Gregorian calendar") is the sentence's topic: it says
 * nothing of the calendar its dates are written in (the last Julian day is often one of them).
 */
const CALENDAR_AS_TOPIC = new RegExp(
  '\\b(?:(?:adopt(?:ion|ed|s|ing)?|introduc(?:tion|ed|es|ing)|switch(?:ed|es|ing)?|chang(?:e|ed|es|ing)|conver(?:sion|ted|ts|ting)|' +
    'transition|replac(?:ed|es|ing|ement)|return(?:ed|s|ing)?|revert(?:ed|s|ing)?|abandon(?:ed|s|ing|ment)?|went\\s+over|' +
    'correct(?:ed|ion|ing)?)[\"\'”’]?' +
    '(?:\\s+(?:of|to|from|back\\s+to|by))?|behind|ahead\\s+of|than|(?:in|out\\s+of)\\s+(?:phase|step|line|sync)\\s+with)' +
    '\\s+the\\s+(?:(?:new|old|western|reformed|revised|civil)\\s+)?$',
  'i',
);

/**
 * The same in the passive, with the calendar before its verb: "when the Julian Calendar was \"corrected\" to the
 * Gregorian Calendar", "the Old Style was abandoned in 1752".
 */
const CALENDAR_AS_SUBJECT =
  /^["'”’]?[ \t\u00A0]+(?:was|were|had[ \t\u00A0]+been|is|has[ \t\u00A0]+been)[ \t\u00A0]+["'“‘]?(?:adopted|introduced|switched|changed|converted|replaced|reverted|abandoned|corrected|reformed|superseded|dropped|discarded)\b/i;

function isCalendarAsTopic(before: string, after: string): boolean {
  return CALENDAR_AS_TOPIC.test(before) || CALENDAR_AS_SUBJECT.test(after);
}

/**
 * Whether the text names a calendar anywhere: a marker ("O.S.") or a phrase ("the Julian calendar", "New Style"), on a
 * date or not. A writer who does knows both calendars and chose which days to mark.
 */
export function namesACalendar(text: string): boolean {
  SENTENCE_PHRASE.lastIndex = 0;
  const found = SENTENCE_PHRASE.test(text);
  SENTENCE_PHRASE.lastIndex = 0;
  return found;
}

/**
 * Gives `sentenceMarker` to the unmarked mentions in the sentence (or parentheses) of each calendar phrase in the
 * prose `spans`. `used` holds the starts of markers already read as a date's own, which are no phrases.
 */
export function addSentenceMarkers(text: string, spans: Span[], mentions: DateMention[], used: Set<number> | undefined): void {
  if (mentions.length === 0) return;
  let sentStart = -1;
  let sentEnd = -1;
  let doneStart = -1;
  let breaks: [number, number][] = [];
  let doneEnd = -1;
  let k = 0;
  SENTENCE_PHRASE.lastIndex = spans[0].start;
  for (let m = SENTENCE_PHRASE.exec(text); m; m = SENTENCE_PHRASE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < spans.length && spans[k].end <= start) k++;
    if (k === spans.length) break;
    const span = spans[k];
    if (start < span.start) {
      SENTENCE_PHRASE.lastIndex = span.start;
      continue;
    }
    if (used?.has(start) || end > span.end) continue;
    if (isLetterCode(text.charCodeAt(start - 1)) || (/[a-zа-я]$/.test(m[0]) && isLetterCode(text.charCodeAt(end)))) continue;
    if (isPlaceAbbreviation(text, start, m[0])) continue;
    const i0 = firstAtOrAfter(mentions, start);
    // Inside a date (e.g. the marker of a dual date that was consumed) → not a sentence phrase.
    if (i0 > 0 && mentions[i0 - 1].end > start) continue;
    const owner = i0 > 0 && ATTACHED.test(text.slice(mentions[i0 - 1].end, start)) ? mentions[i0 - 1] : undefined;
    const marker: CalendarMarker = { start, end, calendar: markerCalendar(m[0]), text: m[0] };
    // A phrase right after a date is that date's own word, over any phrase of the clause before it ("27 June 1709
    // in the Julian calendar and 8 July in the Gregorian"). A calendar's bare name labels only that date
    // ("switched to the Gregorian." names the calendar, not a date's).
    if (owner && !hasDirectMarker(owner) && !owner.sentenceMarker?.attached) owner.sentenceMarker = { ...marker, attached: true };
    if (m.groups?.bare || isCalendarAsTopic(text.slice(Math.max(span.start, start - 40), start), text.slice(end, Math.min(span.end, end + 40)))) continue;
    // Hits in the sentence already handled reuse its bounds, so long unpunctuated runs stay linear.
    if (start >= sentEnd) {
      [sentStart, sentEnd] = sentenceAround(text, start);
      breaks = clauseBreaks(text, sentStart, sentEnd);
    }
    let s = sentStart;
    let e = sentEnd;
    const parens = parensAround(text, start, Math.max(s, start - PAREN_REACH), Math.min(e, end + PAREN_REACH));
    if (parens) {
      [s, e] = parens;
      const d = owner && restatedBeforeBracket(text, mentions, s, owner, marker.calendar);
      if (d && !hasDirectMarker(d) && !d.sentenceMarker) d.sentenceMarker = { ...marker, calendar: other(marker.calendar) };
    } else [s, e] = clauseAround(breaks, start, end, s, e);
    if (!parens && s === doneStart && e === doneEnd) continue;
    else [doneStart, doneEnd] = [s, e];
    for (let i = firstAtOrAfter(mentions, s); i < mentions.length && mentions[i].start < e; i++) {
      const d = mentions[i];
      if (hasDirectMarker(d) || d.sentenceMarker) continue;
      // Each date its own copy: a mention's offsets are moved in place when its block moves.
      d.sentenceMarker = owner && restates(text, d, owner, marker.calendar)
        ? { ...marker, calendar: other(marker.calendar) }
        : { ...marker };
    }
  }
}

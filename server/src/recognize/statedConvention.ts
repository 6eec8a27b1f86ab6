/**
 * A sentence in which the text states its own calendar convention: "All dates are New Style unless marked
 * otherwise.", "Dates are given in the Old Style until February 1918 and in the New Style thereafter.", "This
 * article uses Gregorian dates.", "Даты до 1 февраля 1918 г. даны по старому стилю." The first calendar the
 * statement names is the one it declares: "Old Style until … New Style thereafter" is the local calendar, which is
 * what an Old Style convention means.
 */
import type { Calendar } from '../calendar/types';
import type { YearStart } from '../calendar/yearStart';
import type { Span } from '../util/span';
import { sentenceAround } from './dates/sentence';

export interface StatedConvention extends Span {
  calendar: Calendar;
}

/**
 * A calendar named as a convention; group 1 = old|new, group 2 = julian|gregorian|western, group 3 = the abbreviation
 * ("O.S."), group 4 = the calendar of the time ("the calendar then in use in Russia": the local one, Old Style).
 */
const STYLE = String.raw`(?:the\s+)?(?:(old|new)[\s-]+style|(julian|gregorian|western)(?:\s+(?:calendar|style|reckoning|dates?))?|([on]\.\s?s\.)|(calendar\s+(?:then\s+)?(?:in\s+use|used|in\s+force)))`;
const WORK = String.raw`(?:article|book|chapter|page|text|work|account|essay|section|study|volume|biography|paper)`;
const VERB = String.raw`(?:are|is|were|have\s+been|will\s+be|follows?)`;
const PARTICIPLE = String.raw`(?:given|written|expressed|shown|stated|rendered|reckoned|cited|quoted|listed|recorded|reported|used)`;
const EN_DATES = new RegExp(
  String.raw`\b(?:all\s+)?dates\b[^.!?\n]{0,80}?\b${VERB}(?:\s+(?:all|here|usually|generally|always))?(?:\s+${PARTICIPLE})?(?:\s+(?:here|below|throughout))?(?:\s+(?:in|by|according\s+to|as|under|using))?\s+${STYLE}`,
  'i',
);
const EN_THIS = new RegExp(String.raw`\bthis\s+${WORK}\s+(?:uses|follows|employs|adopts)\s+${STYLE}`, 'i');
/**
 * The calendar as the subject, used here: "The Old Style is used throughout.", "Old Style dating is used throughout this
 * book.", "The Julian calendar is used for all dates.", "Throughout this volume the Old Style is followed." Only with
 * words that make it the text's (throughout, this book, all dates, here): "the Julian calendar is used by the Church"
 * is a fact, not a convention.
 */
const EN_USED = new RegExp(
  String.raw`(?:\b(?:throughout|in)\s+this\s+${WORK},?\s+)?\b${STYLE}(?:\s+(?:calendar|dates|dating))?\s+(?:is|are)\s+(?:used|followed|employed|adopted)(?:\s+(?:(?:throughout|here)(?=\s*(?:[.;,)]|$))|for\s+(?:all\s+)?(?:the\s+)?dates|(?:throughout|in)\s+this\s+${WORK}))?`,
  'i',
);
const OURS = /^(?:throughout|in)\s|\s(?:throughout|here|for\s+(?:all\s+)?(?:the\s+)?dates|this\s+\w+)$/i;

/**
 * A traveller's own reckoning, told by how far the place's lags or leads it: "the Russians date twelve days behind us",
 * "their calendar is twelve days behind ours" (the writer's dates are New Style), "the French reckon ten days before
 * us" (an Englishman's before 1752: Old Style). Group 1 = behind|after, else the other reckoning is ahead.
 */
const EN_BEHIND_US =
  /\b(?:ten|eleven|twelve|thirteen|1[0-3])\s+days\s+(?:(behind|after|later\s+than)|before|ahead\s+of|earlier\s+than|in\s+advance\s+of)\s+(?:us|ours|our\s+(?:own\s+)?(?:calendar|style|reckoning|account|dates?))\b/i;
/** Russian: "Даты … по старому стилю", "даты … нового стиля" (the sentence may hold "г." abbreviations). */
const RU_DATES = /(?:^|[^\p{L}])[Дд]аты[^!?\n]{0,80}?(?:по\s+(старому|новому)\s+стилю|(старого|нового)\s+стиля)/u;

/**
 * Cheap test first: a statement names dates (or "this article …") and a calendar. String search, not a regex: an
 * unanchored alternation run on every block cost as much as masking the prose. Nearly every block names no
 * calendar, and a search costs in proportion to how often the first letter it looks for occurs: each calendar word
 * is looked for from a rarer letter in it first ("yle", then "tyle"), which took the test from 4.2 to 2.7 ms a MB.
 * The block scan calls the finders below only where its word loop saw a word of `PRE_TEST_WORDS`
 * (`blockWords.ts`): a statement that can do without all of them needs its word added there too.
 */
const CALENDAR_WORDS: readonly (readonly [rarer: string, word: string])[] = [
  ['yle', 'tyle'],
  ['ulian', 'ulian'],
  ['gorian', 'regorian'],
  ['stern', 'estern'],
  ['стил', 'стил'],
  ['.S.', 'O.S.'],
  ['.S.', 'N.S.'],
  ['ndar', 'alendar'],
];
const SUBJECT_WORDS = ['ates', 'аты', ' uses ', ' follows ', ' employs ', ' adopts ', ' used', ' followed'];
function mayState(text: string): boolean {
  return CALENDAR_WORDS.some(([rarer, word]) => text.includes(rarer) && text.includes(word)) && SUBJECT_WORDS.some((w) => text.includes(w));
}
/** Likewise for a lag told against "us": it says "days" and "us" or "our". */
function mayTellLag(text: string): boolean {
  return text.includes(' days ') && (text.includes(' us') || text.includes(' our'));
}

function calendarOf(m: RegExpExecArray): Calendar {
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
  return /^(?:old|julian|o\.|calendar|старому|старого)/.test(word) ? 'julian' : 'gregorian';
}

/** "The Old Style is used throughout": a calendar used, said to be the text's own. */
function usedHere(prose: string): RegExpExecArray | null {
  const m = EN_USED.exec(prose);
  return m && OURS.test(m[0]) ? m : null;
}

/** The first convention stated in the prose spans of `text`, with the whole sentence's span. */
export function findStatedConvention(text: string, spans: readonly Span[]): StatedConvention | undefined {
  const states = mayState(text);
  const lags = mayTellLag(text);
  if (!states && !lags) return undefined;
  for (const span of spans) {
    const prose = text.slice(span.start, span.end);
    const m = states ? EN_DATES.exec(prose) ?? EN_THIS.exec(prose) ?? usedHere(prose) ?? RU_DATES.exec(prose) : null;
    const lag = !m && lags ? EN_BEHIND_US.exec(prose) : null;
    if (!m && !lag) continue;
    const [start, end] = sentenceAround(text, span.start + (m ?? lag)!.index);
    return { start: Math.max(start, span.start), end: Math.min(end, span.end), calendar: m ? calendarOf(m) : lag![1] ? 'gregorian' : 'julian' };
  }
  return undefined;
}

export interface StatedYearStart extends Span {
  yearStart: YearStart;
}

/** The day a year starts on, as a convention names it: group 1 names 1 January, group 2 25 March. */
const NEW_YEAR_DAY = String.raw`(?:(1\s+January|January\s+1(?:st)?|1st\s+January|the\s+first\s+of\s+January)|(25\s+March|March\s+25(?:th)?|25th\s+March|Lady\s+Day))\b`;
const START = String.raw`(?:begin(?:ning)?|start(?:ing)?|commenc(?:e|ing))`;
/**
 * How the text numbers years, said as a convention, not as history: "Years are taken to begin on 1 January.", "The
 * year is reckoned from 25 March.", "… with the year beginning on 1 January", "the start of the year adjusted to
 * 1 January". "In England the year began on 25 March" describes the time and is not matched.
 */
const YEAR_START = new RegExp(
  String.raw`\byears?\b[^.!?\n]{0,40}?\b(?:is|are|has\s+been|have\s+been)\s+(?:here\s+|throughout\s+|always\s+)?(?:taken|treated|assumed|regarded|considered|reckoned|counted|numbered)\s+(?:as\s+|to\s+)?(?:${START}\s+)?(?:on\s+|from\s+|with\s+|at\s+)?${NEW_YEAR_DAY}` +
    String.raw`|\bwith\s+(?:the\s+)?(?:new\s+)?years?\s+(?:taken\s+as\s+|assumed\s+to\s+be\s+)?${START}\s+(?:on\s+|from\s+)?${NEW_YEAR_DAY}` +
    String.raw`|\b(?:start|beginning)\s+of\s+(?:the\s+)?years?\s+(?:is\s+|being\s+)?(?:adjusted|taken|set|changed)\s+(?:to|as)\s+${NEW_YEAR_DAY}`,
  'i',
);

/**
 * Cheap tests first: every statement says "year" and names its day (January, March or Lady Day). One block in nine of
 * a long draft says "year", and most of those name no such day: YEAR_START runs on one in fifty.
 */
const YEAR_WORD = /year/i;
const NEW_YEAR_DAY_WORD = /january|march|lady/i;

/** The first year start the prose spans of `text` state, with the whole sentence's span. */
export function findStatedYearStart(text: string, spans: readonly Span[]): StatedYearStart | undefined {
  if (!YEAR_WORD.test(text) || !NEW_YEAR_DAY_WORD.test(text)) return undefined;
  for (const span of spans) {
    const m = YEAR_START.exec(text.slice(span.start, span.end));
    if (!m) continue;
    const [start, end] = sentenceAround(text, span.start + m.index);
    return { start: Math.max(start, span.start), end: Math.min(end, span.end), yearStart: m[1] ?? m[3] ?? m[5] ? 'january' : 'march' };
  }
  return undefined;
}

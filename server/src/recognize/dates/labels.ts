/**
 * Calendar labels written with a date: a marker right after a date, a range or one side of a pair ("(O.S.)",
 * "N.S.", "[Julian]", "ст. ст.", "по старому стилю"), or right before it ("O.S. 22 February"). Phrases that label
 * a whole sentence or clause are read in sentence.ts.
 */
import { CharCode } from '../../util/charCode';
import { monthWord, weekdayWord } from '../months';
import type { CalendarMarker } from '../types';
import { BARE_MARKER_SRC, CALENDAR_LABEL_SRC, isLetterCode, isWordCode, markerCalendar, PAREN_MARKER_SRC, type Tokens } from './tokens';

/**
 * A marker right at a position: "(O.S.)", "[Julian]", "(according to the Julian calendar)" (the bracket closes on the
 * words, so they are the date's own label, as "(Julian calendar)" is), or bare "O.S.", "Old Style", "ст. ст.".
 */
const MARKER_AT = new RegExp(
  `[([][ \\t\\u00A0]*(?:(?:in|on|by|under|according[ \\t\\u00A0]+to)[ \\t\\u00A0]+the[ \\t\\u00A0]+)?(?:${PAREN_MARKER_SRC})[ \\t\\u00A0]*[)\\]]|(?:${BARE_MARKER_SRC})`,
  'y',
);
const BARE_MARKER_AT = new RegExp(`(?:${BARE_MARKER_SRC})`, 'y');
/**
 * A marker ending just before a date ("O.S. 7 March", "(N.S.) 7 March"), or a field label without dots, as genealogy
 * pages write them ("[OS: 20 March 1726 NS: 31 March 1727]"): undotted, only with its colon. Applied to a short slice.
 */
const MARKER_BEFORE = new RegExp(
  `(?:[([][ \\t\\u00A0]*(?:${PAREN_MARKER_SRC})[ \\t\\u00A0]*[)\\]]|${BARE_MARKER_SRC})[ \\t\\u00A0,:]*$|(?:OS|NS)[ \\t\\u00A0]*:[ \\t\\u00A0]*$`,
);

/** A marker right at pos (parenthesized, or bare only when `bareOnly`); bare words must end at a word boundary. */
export function markerAt(t: Tokens, pos: number, bareOnly: boolean): CalendarMarker | undefined {
  const m = t.exec(bareOnly ? BARE_MARKER_AT : MARKER_AT, pos);
  if (!m) return undefined;
  const end = pos + m[0].length;
  if (m[0].endsWith('e') || m[0].endsWith('ю') || m[0].endsWith('м')) {
    if (isWordCode(t.code(end))) return undefined;
  }
  return { start: pos, end, calendar: markerCalendar(m[0]), text: m[0] };
}

/**
 * Inside a pair's brackets the calendar may be named in words — "(Gregorian: 16 October)", "(Julian date: March 1)", "(16 October, Gregorian
 * calendar)", "(16 October in the Gregorian calendar)", "(March 3 on the Gregorian calendar)", "(5 October Julian)",
 * "(7 March, old-style)", "(7 March according to the Old Style calendar)", "(24 November under the Julian calendar then
 * used in England)", and Wikipedia's capitalized name without an article, "(21 July at Julian Calendar)", "(21 July
 * 1770 in Julian Calendar)": there the bracket bounds the words, so they are the side's label, where in running prose
 * "Julian" alone is not.
 */
const BRACKET_LABEL = new RegExp(
  `(?:(?:in|on|by|under|according[ \t\u00A0]+to)[ \t\u00A0]+the[ \t\u00A0]+|(?:in|at)[ \t\u00A0]+(?=(?:Julian|Gregorian)[ \t\u00A0]+[Cc]alendar))?(?:[OoNn](?:ld|ew)[ \t\u00A0-][Ss]tyle(?:[ \t\u00A0]+calendar)?|${BARE_MARKER_SRC}|(?:[JjGg](?:ulian|regorian)|Western)(?:[ \t\u00A0]+(?:[Cc]alendar|reckoning|style|date))?|[Cc]ontinental[ \t\u00A0]+(?:calendar|reckoning|style|date)|(?:[Oo]ld|[Nn]ew)[ \t\u00A0]+calendar)`,
  'y',
);

/** A calendar label at pos inside a pair's brackets: a bare marker ("O.S.") or the calendar named in words. */
export function bracketLabelAt(t: Tokens, pos: number): CalendarMarker | undefined {
  // The words first, so that "Old Style calendar" is read whole rather than as the bare "Old Style".
  const m = t.exec(BRACKET_LABEL, pos);
  if (m && !isWordCode(t.code(pos + m[0].length))) return { start: pos, end: pos + m[0].length, calendar: markerCalendar(m[0]), text: m[0] };
  return markerAt(t, pos, true);
}

/**
 * Inside a pair's brackets a marker may have lost its dots, as older mirrors write Wikipedia's: "July 3 (June 22 OS),
 * 1790", "17 July (6 July OS) 1788", "(OS July 6)". Read only there, where the side and the closing bracket around it
 * bound the word; elsewhere an undotted "OS" is a word like any other.
 */
const UNDOTTED_LABEL = /(?:OS|NS)(?![\p{L}\p{N}])/uy;

/** An undotted label at pos inside a pair's brackets. */
export function undottedLabelAt(t: Tokens, pos: number): CalendarMarker | undefined {
  const m = t.exec(UNDOTTED_LABEL, pos);
  return m ? { start: pos, end: pos + m[0].length, calendar: markerCalendar(m[0]), text: m[0] } : undefined;
}

/**
 * After a date with its year, Wikipedia's rendering without dots, as mirrors copy it: "31 January 1854 OS – 19 July 1895
 * OS", "born on 31 January 1854 OS in Tarnovo". Not where a product name goes on ("OS X", "OS/2", "OS 9"), nor before a
 * colon, where it labels the next date ("[OS: 20 March 1726 NS: 31 March 1727]").
 */
const UNDOTTED_AFTER_DATE = /(?:OS|NS)(?![\p{L}\p{N}/:])(?![ \t\u00A0]+(?:X\b|\p{N}))/uy;

/** An undotted label at pos, right after a date that has its year. */
export function undottedAfterDateAt(t: Tokens, pos: number): CalendarMarker | undefined {
  const m = t.exec(UNDOTTED_AFTER_DATE, pos);
  return m ? { start: pos, end: pos + m[0].length, calendar: markerCalendar(m[0]), text: m[0] } : undefined;
}

/**
 * What a bracket may add after its side's calendar before it closes — when and where that calendar was in use:
 * "(14–15 May in the Julian calendar then in use in Russia)", "(2 May, Julian calendar, used in Russia at the time)".
 */
const LABEL_QUALIFIER =
  /,?[ \t\u00A0]+(?:then[ \t\u00A0]+|at[ \t\u00A0]+the[ \t\u00A0]+time[ \t\u00A0]+)?(?:in[ \t\u00A0]+(?:use|force)|used|observed)(?:[ \t\u00A0]+(?:in|by)[ \t\u00A0]+(?:the[ \t\u00A0]+)?\p{Lu}\p{L}*(?:[ \t\u00A0]+\p{Lu}\p{L}*)?|[ \t\u00A0]+there)?(?:[ \t\u00A0]+at[ \t\u00A0]+the[ \t\u00A0]+time|[ \t\u00A0]+then)?/uy;

/** The length of such a qualifier right at pos (a label's end), or 0. */
export function labelQualifierAt(t: Tokens, pos: number): number {
  const m = t.exec(LABEL_QUALIFIER, pos);
  return m && !isWordCode(t.code(pos + m[0].length)) ? m[0].length : 0;
}

/**
 * A bracket that names no calendar but says its day is the one in use then: "(March 6 according to the calendar used
 * at the time)", "(30 May in the calendar then used in Russia)", or Russia's own, as travellers and envoys named it:
 * "(27 June by the Russian calendar)", "(27 June, Russian style)", "(16 October in Russia)". A writer adds this only to
 * the old, local day (the other side is the modern one), so it labels the side Old Style.
 */
const CALENDAR_OF_THE_TIME =
  /,?[ \t\u00A0]+(?:(?:according[ \t\u00A0]+to|on|in|by)[ \t\u00A0]+)?(?:the[ \t\u00A0]+calendar(?:[ \t\u00A0]+then)?[ \t\u00A0]+(?:used|in[ \t\u00A0]+use|in[ \t\u00A0]+force|observed)(?:[ \t\u00A0]+(?:in|by)[ \t\u00A0]+(?:the[ \t\u00A0]+)?\p{Lu}\p{L}*(?:[ \t\u00A0]+\p{Lu}\p{L}*)?|[ \t\u00A0]+there)?(?:[ \t\u00A0]+at[ \t\u00A0]+the[ \t\u00A0]+time|[ \t\u00A0]+then)?|(?:the[ \t\u00A0]+)?Russian[ \t\u00A0]+(?:calendar|style|stile|reckoning)|in[ \t\u00A0]+Russia(?:[ \t\u00A0]+at[ \t\u00A0]+the[ \t\u00A0]+time|[ \t\u00A0]+then)?)/uy;

/** Such a phrase right after a bracketed side's date (at pos), as that side's Old Style label. */
export function calendarOfTheTimeAt(t: Tokens, pos: number): CalendarMarker | undefined {
  const m = t.exec(CALENDAR_OF_THE_TIME, pos);
  if (!m || isWordCode(t.code(pos + m[0].length))) return undefined;
  const text = m[0].replace(/^,?[ \t\u00A0]+/, '');
  const end = pos + m[0].length;
  return { start: end - text.length, end, calendar: 'julian', text };
}

/**
 * Sweden's own calendar of 1700–1712 named as a date's label: "4 July 1708 (Swedish calendar)", "20 November 1700 (S.S.)",
 * "28 June in the Swedish calendar", "Swedish style". "S.S." only in brackets: bare, it is a ship ("the S.S. Baltic").
 */
const SWEDISH_CALENDAR = /\bSwedish[ \t\u00A0]+(?:[Cc]alendar|[Ss]tyle|reckoning)\b|\([ \t\u00A0]*S\.[ \u00A0]?S\.[ \t\u00A0]*\)/u;

/** Whether the text labels any day as the Swedish calendar's: its writer then labels each such day. */
export function namesSwedishCalendar(text: string): boolean {
  return SWEDISH_CALENDAR.test(text);
}

/**
 * Sweden's calendar named right after one date, as infoboxes and histories label its days: "4 July 1708 (Swedish
 * calendar)", "20 November 1700 (S.S.)", "28 June in the Swedish calendar", "(in the Swedish style)".
 */
const SWEDISH_LABEL_AT =
  /(?:[ \t\u00A0]*\([ \t\u00A0]*(?:(?:in|by|according[ \t\u00A0]+to)[ \t\u00A0]+the[ \t\u00A0]+)?(?:Swedish[ \t\u00A0]+(?:[Cc]alendar|[Ss]tyle|reckoning)|S\.[ \u00A0]?S\.)[ \t\u00A0]*\)|,?[ \t\u00A0]+(?:in|by|according[ \t\u00A0]+to)[ \t\u00A0]+the[ \t\u00A0]+Swedish[ \t\u00A0]+(?:[Cc]alendar|[Ss]tyle|reckoning)(?![\p{L}\p{N}]))/uy;

/** Where a Swedish-calendar label right after a date (at `pos`, the date's end) ends, or undefined. */
export function swedishLabelEnd(text: string, pos: number): number | undefined {
  SWEDISH_LABEL_AT.lastIndex = pos;
  return SWEDISH_LABEL_AT.test(text) ? SWEDISH_LABEL_AT.lastIndex : undefined;
}

/** A label after a comma: "26 Feb., O.S.", "(16–20 July, Gregorian calendar)". */
const COMMA_LABEL = new RegExp(`,[ \\t\\u00A0]*((?:${BARE_MARKER_SRC}|${CALENDAR_LABEL_SRC}))`, 'y');

/**
 * A calendar label after a comma right at pos ("26 Feb., O.S."), ending at a word boundary and not followed by a
 * date (in "7 March, O.S. 22 February" the marker is the next date's).
 */
export function commaLabelAt(t: Tokens, pos: number, startsDate: (pos: number) => boolean): CalendarMarker | undefined {
  const m = t.exec(COMMA_LABEL, pos);
  if (!m) return undefined;
  const end = pos + m[0].length;
  if (isWordCode(t.code(end))) return undefined;
  if (startsDate(t.gap(end))) return undefined;
  const start = end - m[1].length;
  return { start, end, calendar: markerCalendar(m[1]), text: m[1] };
}

/** Where a thing "happened elsewhere": "(13 February in the rest of Europe)", "(13 February abroad)", "(27 April on the Continent)". */
const ELSEWHERE = /(?:in the rest of Europe|elsewhere in Europe|in (?:Western |western )?Europe|in the West|on the Continent|abroad|elsewhere)/y;

/** The length of an "elsewhere" phrase at pos (after blanks), or 0. */
export function elsewhereAt(t: Tokens, pos: number): number {
  const g = t.gap(pos);
  if (g === pos) return 0;
  const m = t.exec(ELSEWHERE, g);
  return m && !isWordCode(t.code(g + m[0].length)) ? g + m[0].length - pos : 0;
}

const LOOKBEHIND = 28;

function isMarkerTrail(c: number): boolean {
  return c === CharCode.Space || c === CharCode.Tab || c === CharCode.NoBreakSpace || c === CharCode.Comma || c === CharCode.Colon;
}

/** "in brackets", "в скобках" and up to two words ("the date", "число") right before a label. */
const BRACKETS_BEFORE = /(?:\bin (?:brackets|parentheses)|в скобках)(?:[ \t\u00A0]+[\p{L}.]+){0,2}[ \t\u00A0]*$/iu;

/**
 * Whether the words before a label say it names the bracketed side of the pair after it, as the 1918 decree's
 * instruction does ("писать в скобках число по старому стилю: 14 (1) февраля"): the label is not the first side's.
 */
export function labelsTheBrackets(text: string, labelStart: number, low: number): boolean {
  return BRACKETS_BEFORE.test(text.slice(Math.max(low, labelStart - 40), labelStart));
}

/** "N.S.", "NS": New Style, or Nova Scotia after a place. */
const NS_WORD = /^N\.?[ \u00A0]?S\.?$/;
/** A capitalized word (or two), perhaps with a comma, ending right before a label: "Halifax, ", "Lunenburg ", "Cape Breton, ". */
const PLACE_BEFORE = /(?:^|[^\p{L}\p{N}.])(\p{Lu}\p{Ll}+)(?:[ \t\u00A0]+\p{Lu}\p{Ll}+)?,?[ \t\u00A0]*$/u;

/**
 * "Halifax, NS", "Lunenburg, N.S.": after a place the letters are Nova Scotia, not New Style ("Lunenburg, N.S., 7 June
 * 1753" is a dateline, "born in Halifax, N.S. on 2 May 1760" a birthplace). After a month or a weekday ("4 May N.S.")
 * they stay a label.
 */
export function isPlaceAbbreviation(text: string, start: number, marker: string): boolean {
  if (!NS_WORD.test(marker)) return false;
  const m = PLACE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return !!m && !monthWord(m[1]) && weekdayWord(m[1]) === undefined;
}

/** A marker ending just before pos ("O.S. 7 March"), not reaching back before `low`. Short slices only. */
export function markerBefore(text: string, pos: number, low: number): CalendarMarker | undefined {
  const from = Math.max(low, pos - LOOKBEHIND);
  if (from >= pos) return undefined;
  // Cheap test first: a marker ends in ".", ")", "]", "e" (Style), "ю" (стилю), "м" (стилем) or "S" (a field label "NS:").
  let i = pos - 1;
  while (i >= from && isMarkerTrail(text.charCodeAt(i))) i--;
  const last = text.charAt(i);
  if (last !== '.' && last !== ')' && last !== ']' && last !== 'e' && last !== 'ю' && last !== 'м' && last !== 'S') return undefined;
  const slice = text.slice(from, pos);
  const m = MARKER_BEFORE.exec(slice);
  if (!m) return undefined;
  const start = from + m.index;
  const raw = m[0].replace(/[ \t\u00A0,:]+$/, '');
  if (isLetterCode(text.charCodeAt(start - 1)) || isPlaceAbbreviation(text, start, raw)) return undefined;
  return { start, end: start + raw.length, calendar: markerCalendar(raw), text: raw };
}

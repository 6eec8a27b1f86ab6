/**
 * Tokens of the date grammar: days, months (English, Russian, Ukrainian), years, range connectors, the gaps between them,
 * and the character classes they are read with. Each reader looks at one position and either returns a token
 * with its exact span or nothing; none looks back or scans ahead unboundedly, so every read is short.
 */
import type { Calendar } from '../../calendar/types';
import { CharCode, isAsciiDigit } from '../../util/charCode';
import { isLetterOrDigit } from '../../util/chars';
import { monthWord, MONTH_NAMES_LONG, MONTH_NAMES_OLD, MONTH_NAMES_SHORT, SR_LATN_MONTHS_GENITIVE, type MonthLang } from '../months';
import type { DateStyle } from '../types';
import type { Span } from '../../util/span';
import { keepShape } from '../../util/keepShape';

// ---------------------------------------------------------------------------------------------
// Lexicon

/**
 * Candidate starts: a date has a day, so it starts with digits (DMY, ISO, Russian) or an English month (MDY): the
 * first three letters of a month, title or upper case. Keyed by the three code units (each ASCII, 7 bits), so no
 * word is sliced out of the text to look it up; most words are ruled out by their first letter.
 */
const monthStartKey = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;
const MONTH_STARTS_EN = titleAndUpper(MONTH_NAMES_SHORT.map((m) => m.slice(0, 3)));
const MONTH_STARTS = new Set(MONTH_STARTS_EN.map((m) => monthStartKey(m.charCodeAt(0), m.charCodeAt(1), m.charCodeAt(2))));
const MONTH_INITIALS = new Uint8Array(128);
for (const m of MONTH_STARTS_EN) MONTH_INITIALS[m.charCodeAt(0)] = 1;

/** Whether a date can start at `pos`: a digit, or the first three letters of an English month. */
export function startsDate(text: string, pos: number): boolean {
  const a = text.charCodeAt(pos);
  if (isAsciiDigit(a)) return true;
  if (!(a < 128) || MONTH_INITIALS[a] === 0) return false;
  const b = text.charCodeAt(pos + 1);
  const c = text.charCodeAt(pos + 2);
  return b < 128 && c < 128 && MONTH_STARTS.has(monthStartKey(a, b, c));
}

/**
 * The candidate starts of the prose spans, in order: where a date can start and no letter or digit comes before (a
 * span's start counts as a word's). The block scan gets them from the alias pass's word loop instead
 * (`recognize/blockWords.ts`); this is the same list for callers without one.
 */
export function dateStarts(text: string, spans: readonly Span[]): number[] {
  const starts: number[] = [];
  for (const span of spans) {
    for (let pos = span.start; pos < span.end; pos++) {
      if ((pos === span.start || !isWordCode(text.charCodeAt(pos - 1))) && startsDate(text, pos)) starts.push(pos);
    }
  }
  return starts;
}

function titleAndUpper(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.toUpperCase()]);
}
const EN_MONTH_WORDS = [...titleAndUpper(MONTH_NAMES_LONG), ...titleAndUpper([...MONTH_NAMES_SHORT, 'Sep']), ...MONTH_NAMES_OLD.filter((w) => w.length > 3 && w !== 'June' && w !== 'July' && w !== 'Apl')]
  .filter((w, i, a) => a.indexOf(w) === i)
  .sort((a, b) => b.length - a.length);
/**
 * "May." dotted like the other months, as Time's datelines write every month ("Saturday, May. 12, 1923"): only where a
 * day and a year follow, since a sentence may end in "May." and the next begin with a number.
 */
const MAY_DOT_DAY_YEAR = /\.[ \u00A0]\d{1,2},?[ \u00A0]\d{4}(?!\d)/y;
/** English month words are capitalized: lower-case "may"/"march" are the verb, not the month. */
const EN_MONTH = new RegExp(`(?:${EN_MONTH_WORDS.join('|')})`, 'y');
/**
 * A month name and a day run on to a year: "December 25, 1805August 10, 1863", a range whose dash a copy lost (as
 * mirrors of Wikipedia's life dates write it). The year ends where the month begins.
 */
const RUN_ON_MONTH = new RegExp(`(?:${MONTH_NAMES_LONG.join('|')})[ \\u00A0]\\d`, 'y');
/**
 * German Wikipedia's dating template glued by a translation to the month or the year before it: "17 Octoberjul. / 29
 * October 1847greg.", "6 Augustjul. / 18 August 1847greg." ("jul." only before the template's slash, as in
 * BARE_MARKER_SRC).
 */
const GLUED_TEMPLATE_MARKER = /(?:jul\.(?=[ \u00A0]*\/)|greg\.)/y;
/**
 * Cyrillic month names: Russian, genitive and nominative, Ukrainian and Serbian, genitive ("жовтня", "листопада",
 * "априла"); the first letter may be capitalized. `monthWord` tells the language.
 */
const CYRILLIC_MONTH =
  /(?:[Яя]нвар[яь]|[Фф]еврал[яь]|[Мм]арта?|[Аа]прел[яь]|[Мм]а[йя]|[Ии]юн[яь]|[Ии]юл[яь]|[Аа]вгуста?|[Сс]ентябр[яь]|[Оо]ктябр[яь]|[Нн]оябр[яь]|[Дд]екабр[яь]|[Сс]ічня|[Лл]ютого|[Бб]ерезня|[Кк]вітня|[Тт]равня|[Чч]ервня|[Лл]ипня|[Сс]ерпня|[Вв]ересня|[Жж]овтня|[Лл]истопада|[Гг]рудня|[Јј]ануара|[Фф]ебруара|[Аа]прила|[Мм]аја|[Јј]уна|[Јј]ула|[Сс]ептембра|[Оо]ктобра|[Нн]овембра|[Дд]ецембра)/y;
/** Serbian month names in Latin script, lower case as Serbian writes them ("6 aprila 1941"): "Marta", "Maja" are names. */
const SR_LATN_MONTH = new RegExp(`(?:${SR_LATN_MONTHS_GENITIVE.join('|')})`, 'y');
const YEAR = /\d{4}/y;
const ALT_YEAR = /\/(\d{1,4})/y;
/**
 * "1721-2", "1745–46", "1665–1666": the double year as older English prints it, read only where a double year can
 * stand (year() keeps it only when it names the next year).
 */
const DASH_ALT_YEAR = /[-\u2013](\d{4}|\d{1,2})(?![-\u2013\d])/y;
/**
 * The year word after a Cyrillic date's year: Russian "г." / "года" / "году", Ukrainian "р." / "року" / "році", Serbian
 * "године" / "godine".
 */
const CYRILLIC_YEAR_WORD = /[ \u00A0]?(године|godine|года|году|гг?\.|г|року|році|рр?\.|р)/y;
/** Between tokens: blanks and emphasis markers, and at most one line break (a soft break; `>` continues a quote). */
const GAP = /[ \t\u00A0*_]*(?:(?:\r\n?|\n)[ \t\u00A0>*_]*)?/y;
/** Before an MDY year: blanks, an optional comma, a soft break. */
const COMMA_GAP = /[ \t\u00A0*_]*,?[ \t\u00A0]*(?:(?:\r\n?|\n)[ \t\u00A0>]*)?/y;
/** Range connectors: en dash, em dash, hyphen (spaced or not), "to". "and" is not a range. */
const RANGE = /[ \t\u00A0]*([–—‒-])[ \t\u00A0]*|[ \t\u00A0]+(to|по)[ \t\u00A0]+/y;
const OF = /of[ \t\u00A0]+/y;

/**
 * The Continent's calendar, as British writers before 1752 named the New Style: "continental style", "by the
 * continental reckoning", "in the continental calendar" (never "continental" alone: a continental breakfast).
 */
const CONTINENTAL_SRC = '[Cc]ontinental[ \\u00A0](?:[Cc]alendar|[Ss]tyle|reckoning|dating)';
/**
 * Calendar names written out as a label: "Julian calendar" (also title-cased, "Julian Calendar"), "Western calendar",
 * "old calendar" (not "new calendar year").
 */
export const CALENDAR_LABEL_SRC =
  '(?:(?:[JjGg](?:ulian|regorian)|Western)[ \\u00A0][Cc]alendar|(?:[Oo]ld|[Nn]ew)[ \\u00A0]calendar|' + CONTINENTAL_SRC + ')(?![ \\u00A0]+years?\\b)';
/**
 * Calendar markers written bare after or before a date: "O.S.", "Old Style", "ст. ст.", "по старому стилю", Ukrainian
 * "за старим стилем", and the Latin of envoys' and merchants' letters, "st. v." / "st. n.", "stilo veteri" / "stylo novo";
 * and German Wikipedia's dating template as its translations keep it, "6 October jul. / 18 October 1847 greg.", "October
 * 6 . Jul / 18th October 1847 greg." ("jul." and ". Jul" only before the template's slash, where they cannot be the month).
 */
export const BARE_MARKER_SRC =
  'O\\.[ \\u00A0]?S\\.|N\\.[ \\u00A0]?S\\.|o\\.[ \\u00A0]?s\\.|n\\.[ \\u00A0]?s\\.|A\\.[ \\u00A0]?S\\.|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle|ст\\.[ \\u00A0]?ст\\.|н\\.[ \\u00A0]?ст\\.|по старому стилю|по новому стилю|за старим стилем|за новим стилем|' +
  '[Ss]t\\.[ \\u00A0]?(?:v(?:et)?|n(?:ov)?)\\.|[Ss]t[iy]lo[ \\u00A0](?:veteri|vetere|novo)|jul\\.(?=[ \\u00A0]*\\/)|\\.[ \\u00A0]Jul(?=[ \\u00A0]*\\/)|greg\\.';
/**
 * Markers also read inside brackets: "(Julian)", "[NS]", "(O.S)" with its last dot lost (a slip or the OCR's), and
 * Russia's own calendar as British writers named it, "January 1 (Russian) 1813", "(Russian style)": Old Style.
 */
export const PAREN_MARKER_SRC = `${BARE_MARKER_SRC}|${CALENDAR_LABEL_SRC}|Julian|Gregorian|OS|NS|O\\.[ \\u00A0]?S|N\\.[ \\u00A0]?S|Russian(?:[ \\u00A0](?:style|stile|calendar|reckoning))?`;
/**
 * Phrases that put a sentence's dates in a calendar ("by the Julian calendar", "according to the Old Style", "as the
 * Continent then reckoned": the New Style, as British writers before 1752 put it).
 */
export const SENTENCE_PHRASE =
  /[JjGg](?:ulian|regorian)[ \t\u00A0-]+(?:[Cc]alend[ae]r|reckoning|style|dating|dates?)|(?<bare>Julian|Gregorian)(?<=\bthe[ \t\u00A0]{1,3}(?:Julian|Gregorian))(?=[ \t\u00A0]{0,3}[.,;:)\]])|[OoNn](?:ld|ew)[ \t\u00A0]+[Ss]tyle|O\.[ \u00A0]?S\.|N\.[ \u00A0]?S\.|по[ \t\u00A0]+(?:старому|новому)[ \t\u00A0]+стилю|по[ \t\u00A0]+(?:юлианскому|григорианскому)[ \t\u00A0]+календарю|за[ \t\u00A0]+(?:старим|новим)[ \t\u00A0]+стилем|за[ \t\u00A0]+(?:юліанським|григоріанським)[ \t\u00A0]+календарем|(?:ст\.|н\.)[ \u00A0]?ст\.|(?:Western|[Oo]ld|[Nn]ew|[Mm]odern)[ \t\u00A0]+calend[ae]r(?![ \t\u00A0]+years?\b)|\b[Cc]ontinental[ \t\u00A0]+(?:[Cc]alendar|reckoning|dating)|\bas[ \t\u00A0]+the[ \t\u00A0]+Continent(?:[ \t\u00A0]+then)?[ \t\u00A0]+(?:reckoned|dated|counted)\b/g;

/** The calendar a marker or phrase names. */
export function markerCalendar(text: string): Calendar {
  return /O\.|o\.|A\.[ \u00A0]?S|OS|[Oo]ld|Julian|julian|jul\.|\.[ \u00A0]Jul|Russian|Юлиан|юлиан|юліан|ст\.[ \u00A0]?ст|старому|старим|t\.[ \u00A0]?v|lo[ \u00A0]vet/.test(text) ? 'julian' : 'gregorian';
}

/** Numeric dates: day and month (or month and day), one separator twice, a four-digit year; Roman months with dots. */
export const NUMERIC_DATE = /(\d{1,2})([./-])(\d{1,2}|[IVX]{1,4})\2(\d{4})/y;

// ---------------------------------------------------------------------------------------------
// Character classes

export const isWordCode = isLetterOrDigit;
export const isDigit = isAsciiDigit;

/** "st", "nd", "rd" or "th" (lower case, as the ordinal suffix of a day). */
export function isOrdinalSuffix(a: number, b: number): boolean {
  return (
    (a === CharCode.s && b === CharCode.t) ||
    (a === CharCode.n && b === CharCode.d) ||
    (a === CharCode.r && b === CharCode.d) ||
    (a === CharCode.t && b === CharCode.h)
  );
}

/** "2d", "3d", "22d", "23d" (not "12d", "13d"): the "d" after a day ending in 2 or 3. */
function isShortOrdinal(value: number, c: number): boolean {
  const last = value % 10;
  return c === CharCode.d && (last === 2 || last === 3) && value !== 12 && value !== 13;
}

export function isLetterCode(c: number): boolean {
  return c === c && !isDigit(c) && isWordCode(c);
}

/** ".", "," or ":" — after a number and before a digit they make it "7.5", "3,000", "7:30", not a day. */
function isNumberJoiner(c: number): boolean {
  return c === CharCode.Period || c === CharCode.Comma || c === CharCode.Colon;
}

// ---------------------------------------------------------------------------------------------
// Token shapes

export interface Tok extends Span {
  value: number;
}
export interface DayTok extends Tok {
  ordinal: boolean;
  /** "2d", "3d", "22d": the older English ordinal of days ending in 2 or 3. */
  shortOrdinal?: boolean;
}
export interface MonthTok extends Span {
  month: number;
  lang: MonthLang;
  form: DateStyle['month'];
  /** "Novr", "Septr.": the older abbreviation. */
  old?: boolean;
}
/** How a date written with this month word is ordered, and in which language: "25 октября", "25 жовтня", "7 March". */
export function monthOrder(month: MonthTok): Pick<DateStyle, 'order' | 'lang'> {
  if (month.lang === 'en') return { order: 'dmy' };
  return month.lang === 'ru' ? { order: 'cyrillic-dmy' } : { order: 'cyrillic-dmy', lang: month.lang };
}

export interface YearTok extends Span {
  /** Span of the four digits. */
  digits: Span;
  value: number;
  alt?: number;
  suffix?: string;
}

// ---------------------------------------------------------------------------------------------
// Readers

/** Reads tokens of `text` up to `limit` (the end of the prose span being scanned): nothing is read past it. */
export class Tokens {
  constructor(
    readonly text: string,
    readonly limit: number,
  ) {}

  /** A sticky regex at pos, if its match ends within the limit. */
  exec(re: RegExp, pos: number): RegExpExecArray | null {
    if (pos >= this.limit) return null;
    re.lastIndex = pos;
    const m = re.exec(this.text);
    return m && re.lastIndex <= this.limit ? m : null;
  }

  /** Whether German Wikipedia's template marker starts at pos glued to the word before it ("Octoberjul. /", "1847greg."). */
  gluedTemplateMarker(pos: number): boolean {
    return isLetterCode(this.code(pos - 1)) || isDigit(this.code(pos - 1)) ? this.exec(GLUED_TEMPLATE_MARKER, pos) !== null : false;
  }

  /** The code unit at i, NaN at and past the limit. */
  code(i: number): number {
    return i < this.limit ? this.text.charCodeAt(i) : NaN;
  }

  /** After blanks, emphasis and one soft line break. */
  gap(pos: number): number {
    GAP.lastIndex = pos;
    GAP.test(this.text);
    return Math.min(GAP.lastIndex, this.limit);
  }

  /** After blanks, an optional comma and one soft line break (before an MDY year). */
  commaGap(pos: number): number {
    COMMA_GAP.lastIndex = pos;
    COMMA_GAP.test(this.text);
    return Math.min(COMMA_GAP.lastIndex, this.limit);
  }

  /** After spaces and no-break spaces only. */
  spaces(pos: number): number {
    let i = pos;
    while (this.code(i) === CharCode.Space || this.code(i) === CharCode.NoBreakSpace) i++;
    return i;
  }

  /** A day number 1–31, with an optional ordinal suffix ("7", "07", "7th"). */
  day(pos: number): DayTok | undefined {
    const d = this.dayNumber(pos);
    return d && d.value >= 1 && d.value <= 31 ? d : undefined;
  }

  /** One or two digits in the place of a day, whatever their value ("32" in "32 March 1917"), with an ordinal suffix. */
  dayNumber(pos: number): DayTok | undefined {
    // By hand, like /(\d{1,2})(st|nd|rd|th)?/y: tried at every number in the prose, and a regex match allocates.
    const d0 = this.code(pos);
    if (!isDigit(d0)) return undefined;
    let value = d0 - CharCode.Digit0;
    let end = pos + 1;
    if (isDigit(this.code(end))) value = value * 10 + this.code(end++) - CharCode.Digit0;
    let ordinal = isOrdinalSuffix(this.code(end), this.code(end + 1));
    if (ordinal) end += 2;
    const shortOrdinal = !ordinal && isShortOrdinal(value, this.code(end));
    if (shortOrdinal) [ordinal, end] = [true, end + 1];
    const c = this.code(end);
    if (isWordCode(c)) return undefined;
    // "7.5", "3,000", "7:30" are numbers, not days.
    if (isNumberJoiner(c) && isDigit(this.code(end + 1))) return undefined;
    return shortOrdinal ? { start: pos, end, value, ordinal, shortOrdinal } : { start: pos, end, value, ordinal };
  }

  /**
   * A month word: English (capitalized or upper case, long or abbreviated), Russian or Ukrainian. `lang`: the language
   * of a month read before (a range's end month is written in the same alphabet).
   */
  month(pos: number, lang?: MonthLang): MonthTok | undefined {
    if (lang === undefined || lang === 'en') {
      const m = this.exec(EN_MONTH, pos);
      if (m) {
        let end = pos + m[0].length;
        const c = this.code(end);
        if (!isWordCode(c) || this.gluedTemplateMarker(end)) {
          const w = monthWord(m[0]);
          if (w) {
            let form: DateStyle['month'] = w.short ? 'short' : 'long';
            if (c === CharCode.Period && (w.short || (w.month === 5 && this.exec(MAY_DOT_DAY_YEAR, end)))) {
              form = 'short-dot';
              end++;
            }
            return w.old ? { start: pos, end, month: w.month, lang: 'en', form, old: true } : { start: pos, end, month: w.month, lang: 'en', form };
          }
        }
      }
    }
    if (lang !== 'en') {
      const m = this.exec(CYRILLIC_MONTH, pos);
      if (m && !isWordCode(this.code(pos + m[0].length))) {
        const w = monthWord(m[0]);
        if (w) return { start: pos, end: pos + m[0].length, month: w.month, lang: w.lang, form: 'long' };
      }
    }
    if (lang === undefined || lang === 'sr-Latn') {
      const m = this.exec(SR_LATN_MONTH, pos);
      if (m && !isWordCode(this.code(pos + m[0].length))) return { start: pos, end: pos + m[0].length, month: monthWord(m[0])!.month, lang: 'sr-Latn', form: 'long' };
    }
    return undefined;
  }

  /** The month after a day: " March", " of March" (at least one blank before it). */
  monthAfter(pos: number, lang?: MonthLang): { month: MonthTok; of: boolean } | undefined {
    let g = this.gap(pos);
    if (g === pos) return undefined;
    let of = false;
    const o = this.exec(OF, g);
    if (o) {
      g = this.gap(g + o[0].length);
      of = true;
    }
    const month = this.month(g, lang);
    return month ? { month, of } : undefined;
  }

  /**
   * A year 1000–2999, with an English dual year ("1731/32") and, after a Cyrillic month, its year word ("1917 г.",
   * "1917 року"). `dashAlt`: a dash may join the dual year too ("1721-2"), for a day between 1 January and 24 March,
   * where a year range cannot be.
   */
  year(pos: number, cyrillic: boolean, dashAlt = false): YearTok | undefined {
    const m = this.exec(YEAR, pos);
    if (!m) return undefined;
    let end = pos + 4;
    const value = Number(m[0]);
    if (value < 1000 || value > 2999) return undefined;
    const tok: YearTok = { start: pos, end, digits: { start: pos, end }, value };
    const slash = this.exec(ALT_YEAR, end);
    const a = slash ?? (dashAlt ? this.exec(DASH_ALT_YEAR, end) : null);
    // "29 February 1900–1 March 1971": a dash and a day of the next date's month, not the dual year 1900/1.
    if (a && !isWordCode(this.code(end + a[0].length)) && (slash || !this.monthAfter(end + a[0].length))) {
      // "1731/32", "1731/2", "1699/700": the digits replace the year's last digits; only year + 1 is a dual year.
      const digits = a[1];
      const alt = Number(String(value).slice(0, 4 - digits.length) + digits);
      if (alt === value + 1) {
        tok.alt = alt;
        end += a[0].length;
      }
    }
    if (cyrillic) {
      const r = this.exec(CYRILLIC_YEAR_WORD, end);
      if (r && !isLetterCode(this.code(end + r[0].length))) {
        tok.suffix = r[1];
        end += r[0].length;
      }
    }
    const c = this.code(end);
    if (isWordCode(c) && !this.exec(RUN_ON_MONTH, end) && !this.gluedTemplateMarker(end)) return undefined;
    if ((c === CharCode.Period || c === CharCode.Comma) && isDigit(this.code(end + 1))) return undefined; // 1917.5, 1917,000
    tok.end = end;
    return tok;
  }

  /** A range connector and how it is written: "–", " – ", "-", " to ", " по ". */
  range(pos: number): { end: number; sep: string } | undefined {
    const m = this.exec(RANGE, pos);
    if (!m) return undefined;
    const spaced = m[0].length > 1 && m[1] !== undefined;
    const sep = m[1] !== undefined ? (spaced ? ` ${m[1]} ` : m[1]) : ` ${m[2]} `;
    return { end: pos + m[0].length, sep };
  }
}
keepShape(new Tokens('', 0));

/**
 * The date grammar: finds every date in prose exactly as written — day, month and year pieces, ranges,
 * dual dates, calendar markers, weekdays — with UTF-16 offsets. No calendar logic here.
 *
 * Shape: one compiled global regex finds candidate starts (digit runs and English month words); a
 * small hand parser made of sticky regexes reads the date forward from each candidate. Every token
 * regex is anchored and has no nested quantifiers, and the scan never goes back before a found date,
 * so the whole pass is linear in the text length.
 */
import type { Calendar } from '../calendar/types';
import { isLetterOrDigit } from '../util/chars';
import { defaultRangeSep, monthWord, weekdayWord, MONTH_NAMES_LONG, MONTH_NAMES_SHORT } from './months';
import type { CalendarMarker, DateMention, DatePart, DateStyle, PairStyle, YearMention } from './types';
import { firstAtOrAfter } from '../util/search';
import type { Span } from '../util/span';

// ---------------------------------------------------------------------------------------------
// Tokens

/**
 * Candidate starts: a date has a day, so it starts with digits (DMY, ISO, Russian) or an English month (MDY): the
 * first three letters of a month, title or upper case. Factored by first letter, which the regex engine tests
 * twice as fast as twenty alternatives.
 */
const ANCHOR = /\d+|J(?:an|u[nl]|AN|U[NL])|F(?:eb|EB)|M(?:a[ry]|A[RY])|A(?:pr|ug|PR|UG)|S(?:ep|EP)|O(?:ct|CT)|N(?:ov|OV)|D(?:ec|EC)/g;

function titleAndUpper(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.toUpperCase()]);
}
const EN_MONTH_WORDS = [...titleAndUpper(MONTH_NAMES_LONG), ...titleAndUpper([...MONTH_NAMES_SHORT, 'Sep'])]
  .filter((w, i, a) => a.indexOf(w) === i)
  .sort((a, b) => b.length - a.length);
/** English month words are capitalized: lower-case "may"/"march" are the verb, not the month. */
const EN_MONTH = new RegExp(`(?:${EN_MONTH_WORDS.join('|')})`, 'y');
/** Russian month names, genitive and nominative; the first letter may be capitalized. */
const RU_MONTH = /(?:[Яя]нвар[яь]|[Фф]еврал[яь]|[Мм]арта?|[Аа]прел[яь]|[Мм]а[йя]|[Ии]юн[яь]|[Ии]юл[яь]|[Аа]вгуста?|[Сс]ентябр[яь]|[Оо]ктябр[яь]|[Нн]оябр[яь]|[Дд]екабр[яь])/y;
const YEAR = /\d{4}/y;
const ALT_YEAR = /\/(\d{1,4})/y;
const RU_YEAR_WORD = /[ \u00A0]?(года|году|гг?\.|г)/y;
const ISO = /(\d{4})-(\d{2})-(\d{2})/y;
/** Between tokens: blanks and emphasis markers, and at most one line break (a soft break; `>` continues a quote). */
const GAP = /[ \t\u00A0*_]*(?:(?:\r\n?|\n)[ \t\u00A0>*_]*)?/y;
/** Before an MDY year: blanks, an optional comma, a soft break. */
const COMMA_GAP = /[ \t\u00A0*_]*,?[ \t\u00A0]*(?:(?:\r\n?|\n)[ \t\u00A0>]*)?/y;
/** Range connectors: en dash, em dash, hyphen (spaced or not), "to". "and" is not a range. */
const RANGE = /[ \t\u00A0]*([–—‒-])[ \t\u00A0]*|[ \t\u00A0]+(to|по)[ \t\u00A0]+/y;
const OF = /of[ \t\u00A0]+/y;

const BARE_MARKER_SRC =
  'O\\.[ \\u00A0]?S\\.|N\\.[ \\u00A0]?S\\.|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle|ст\\.[ \\u00A0]?ст\\.|н\\.[ \\u00A0]?ст\\.|по старому стилю|по новому стилю';
const PAREN_MARKER_SRC = `${BARE_MARKER_SRC}|Julian|Gregorian|OS|NS`;
/** A marker right at a position: "(O.S.)", "[Julian]", or bare "O.S.", "Old Style", "ст. ст.". */
const MARKER_AT = new RegExp(`[([][ \\t\\u00A0]*(?:${PAREN_MARKER_SRC})[ \\t\\u00A0]*[)\\]]|(?:${BARE_MARKER_SRC})`, 'y');
const BARE_MARKER_AT = new RegExp(`(?:${BARE_MARKER_SRC})`, 'y');
/** A marker ending just before a date ("O.S. 7 March", "(N.S.) 7 March"). Applied to a short slice. */
const MARKER_BEFORE = new RegExp(`(?:[([][ \\t\\u00A0]*(?:${PAREN_MARKER_SRC})[ \\t\\u00A0]*[)\\]]|${BARE_MARKER_SRC})[ \\t\\u00A0,:]*$`);
/** Phrases that put a sentence's dates in a calendar. */
const SENTENCE_PHRASE =
  /[JjGg](?:ulian|regorian)[ \t\u00A0-]+(?:calendar|reckoning|style|dating|dates?)|[OoNn](?:ld|ew)[ \t\u00A0]+[Ss]tyle|O\.[ \u00A0]?S\.|N\.[ \u00A0]?S\.|по[ \t\u00A0]+(?:старому|новому)[ \t\u00A0]+стилю|по[ \t\u00A0]+(?:юлианскому|григорианскому)[ \t\u00A0]+календарю|(?:ст\.|н\.)[ \u00A0]?ст\./g;

/** Words that follow the modal verb "may" ("2 May be"): a day before them is not a date. */
const MODAL_FOLLOWERS = new Set([
  'be', 'have', 'not', 'also', 'well', 'never', 'seem', 'need', 'come', 'go', 'take', 'make', 'help', 'become',
  'prove', 'find', 'lead', 'get', 'give', 'allow', 'cause', 'result', 'bring', 'mean', 'appear', 'remain', 'want',
  'wish', 'look', 'feel', 'say', 'see', 'use', 'indeed', 'therefore', 'thus', 'already', 'even', 'perhaps',
]);

// ---------------------------------------------------------------------------------------------
// Character classes

const isWordCode = isLetterOrDigit;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** "st", "nd", "rd" or "th" (lower case, as the ordinal suffix of a day). */
function isOrdinalSuffix(a: number, b: number): boolean {
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}
function isLetterCode(c: number): boolean {
  return c === c && !isDigit(c) && isWordCode(c);
}

function markerCalendar(text: string): Calendar {
  return /O\.|OS|[Oo]ld|Julian|julian|Юлиан|юлиан|ст\.[ \u00A0]?ст|старому/.test(text) ? 'julian' : 'gregorian';
}

// ---------------------------------------------------------------------------------------------
// Parser

interface Tok extends Span {
  value: number;
}
interface MonthTok extends Span {
  month: number;
  lang: 'en' | 'ru';
  form: DateStyle['month'];
}
interface YearTok extends Span {
  /** Span of the four digits. */
  digits: Span;
  value: number;
  alt?: number;
  suffix?: string;
}
interface DayTok extends Tok {
  ordinal: boolean;
}

/** A parsed part before year sharing is decided; `order` tells MDY from DMY for the pair rules. */
type Part = DatePart;

class Scanner {
  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  private exec(re: RegExp, pos: number): RegExpExecArray | null {
    if (pos >= this.limit) return null;
    re.lastIndex = pos;
    const m = re.exec(this.text);
    return m && re.lastIndex <= this.limit ? m : null;
  }

  gap(pos: number): number {
    GAP.lastIndex = pos;
    GAP.test(this.text);
    return Math.min(GAP.lastIndex, this.limit);
  }

  private code(i: number): number {
    return i < this.limit ? this.text.charCodeAt(i) : NaN;
  }

  day(pos: number): DayTok | undefined {
    // By hand, like /(\d{1,2})(st|nd|rd|th)?/y: tried at every number in the prose, and a regex match allocates.
    const d0 = this.code(pos);
    if (!isDigit(d0)) return undefined;
    let value = d0 - 48;
    let end = pos + 1;
    if (isDigit(this.code(end))) value = value * 10 + this.code(end++) - 48;
    const ordinal = isOrdinalSuffix(this.code(end), this.code(end + 1));
    if (ordinal) end += 2;
    const c = this.code(end);
    if (isWordCode(c)) return undefined;
    // "7.5", "3,000", "7:30" are numbers, not days.
    if ((c === 46 || c === 44 || c === 58) && isDigit(this.code(end + 1))) return undefined;
    if (value < 1 || value > 31) return undefined;
    return { start: pos, end, value, ordinal };
  }

  month(pos: number, lang?: 'en' | 'ru'): MonthTok | undefined {
    if (lang !== 'ru') {
      const m = this.exec(EN_MONTH, pos);
      if (m) {
        let end = pos + m[0].length;
        const c = this.code(end);
        if (!isWordCode(c)) {
          const w = monthWord(m[0]);
          if (w) {
            let form: DateStyle['month'] = w.short ? 'short' : 'long';
            if (w.short && c === 46) {
              form = 'short-dot';
              end++;
            }
            return { start: pos, end, month: w.month, lang: 'en', form };
          }
        }
      }
    }
    if (lang !== 'en') {
      const m = this.exec(RU_MONTH, pos);
      if (m && !isWordCode(this.code(pos + m[0].length))) {
        const w = monthWord(m[0]);
        if (w) return { start: pos, end: pos + m[0].length, month: w.month, lang: 'ru', form: 'long' };
      }
    }
    return undefined;
  }

  year(pos: number, russian: boolean): YearTok | undefined {
    const m = this.exec(YEAR, pos);
    if (!m) return undefined;
    let end = pos + 4;
    const value = Number(m[0]);
    if (value < 1000 || value > 2999) return undefined;
    const tok: YearTok = { start: pos, end, digits: { start: pos, end }, value };
    const a = this.exec(ALT_YEAR, end);
    if (a && !isWordCode(this.code(end + a[0].length))) {
      // "1731/32", "1731/2", "1699/700": the digits replace the year's last digits; only year + 1 is a dual year.
      const digits = a[1];
      const alt = Number(String(value).slice(0, 4 - digits.length) + digits);
      if (alt === value + 1) {
        tok.alt = alt;
        end += a[0].length;
      }
    }
    if (russian) {
      const r = this.exec(RU_YEAR_WORD, end);
      if (r && !isLetterCode(this.code(end + r[0].length))) {
        tok.suffix = r[1];
        end += r[0].length;
      }
    }
    const c = this.code(end);
    if (isWordCode(c)) return undefined;
    if ((c === 46 || c === 44) && isDigit(this.code(end + 1))) return undefined; // 1917.5, 1917,000
    tok.end = end;
    return tok;
  }

  range(pos: number): { end: number; sep: string } | undefined {
    const m = this.exec(RANGE, pos);
    if (!m) return undefined;
    const spaced = m[0].length > 1 && m[1] !== undefined;
    const sep = m[1] !== undefined ? (spaced ? ` ${m[1]} ` : m[1]) : ` ${m[2]} `;
    return { end: pos + m[0].length, sep };
  }

  /** A marker right at pos (parenthesized or bare); bare words must end at a word boundary. */
  markerAt(pos: number, bareOnly: boolean): CalendarMarker | undefined {
    const m = this.exec(bareOnly ? BARE_MARKER_AT : MARKER_AT, pos);
    if (!m) return undefined;
    const end = pos + m[0].length;
    if (m[0].endsWith('e') || m[0].endsWith('ю')) {
      if (isWordCode(this.code(end))) return undefined;
    }
    return { start: pos, end, calendar: markerCalendar(m[0]), text: m[0] };
  }

  /** ISO 8601 day "1917-03-07"; not part of a longer hyphenated number. */
  iso(pos: number): Part | undefined {
    const m = this.exec(ISO, pos);
    if (!m) return undefined;
    const end = pos + 10;
    const c = this.code(end);
    if (isWordCode(c) || ((c === 45 || c === 46) && isDigit(this.code(end + 1)))) return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return {
      start: pos,
      end,
      day,
      month,
      year,
      yearSpan: { start: pos, end: pos + 4 },
      style: { order: 'iso', month: 'numeric', ordinal: false },
      daySpan: { start: pos + 8, end },
      monthSpan: { start: pos + 5, end: pos + 7 },
    };
  }

  private addYear(part: Part, y: YearTok): void {
    part.year = y.value;
    part.yearSpan = y.digits;
    if (y.alt !== undefined) part.altYear = y.alt;
    if (y.suffix !== undefined) part.style.yearSuffix = y.suffix;
    part.end = y.end;
  }

  /** "7 March 1917", "7th of March", "3–7 July", "23 February – 3 March 1917", "25 октября 1917 г." */
  dmy(pos: number, allowYear: boolean): Part | undefined {
    const d = this.day(pos);
    if (!d) return undefined;
    let month: MonthTok | undefined;
    let end2: DayTok | undefined;
    let endMonth: MonthTok | undefined;
    let sep: string | undefined;
    let of = false;
    const r = this.range(d.end);
    if (r) {
      const d2 = this.day(r.end);
      const m = d2 ? this.monthAfter(d2.end) : undefined;
      if (d2 && m) {
        month = m.month;
        of = m.of;
        end2 = d2;
        sep = r.sep;
      }
    }
    if (!month) {
      const m = this.monthAfter(d.end);
      if (!m) return undefined;
      month = m.month;
      of = m.of;
      const r2 = this.range(month.end);
      if (r2) {
        const d2 = this.day(r2.end);
        const m2 = d2 ? this.monthAfter(d2.end, month.lang) : undefined;
        if (d2 && m2) {
          end2 = d2;
          endMonth = m2.month;
          sep = r2.sep;
        }
      }
    }
    // "May" has one form; in "7 May – 6 Jun." the end month tells the abbreviation style.
    const form = month.month === 5 && endMonth && month.lang === 'en' ? endMonth.form : month.form;
    const style: DateStyle = { order: month.lang === 'ru' ? 'russian' : 'dmy', month: form, ordinal: d.ordinal };
    if (of) style.of = true;
    if (sep !== undefined && sep !== defaultRangeSep(endMonth !== undefined)) style.rangeSep = sep;
    const last = endMonth ?? (end2 && end2.end > month.end ? end2 : month);
    const part: Part = {
      start: d.start,
      end: last.end,
      day: d.value,
      month: month.month,
      style,
      daySpan: { start: d.start, end: d.end },
      monthSpan: { start: month.start, end: month.end },
    };
    if (end2) {
      part.endDay = end2.value;
      part.endDaySpan = { start: end2.start, end: end2.end };
      if (endMonth) {
        part.endMonth = endMonth.month;
        part.endMonthSpan = { start: endMonth.start, end: endMonth.end };
      }
    }
    if (allowYear) this.yearAfter(part, false);
    return part;
  }

  /** The month after a day: " March", " of March" (at least one blank before it). */
  private monthAfter(pos: number, lang?: 'en' | 'ru'): { month: MonthTok; of: boolean } | undefined {
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

  /** "March 7, 1917", "Sept. 7th", "July 3–7, 1917", "February 23 – March 3". */
  mdy(pos: number, allowYear: boolean): Part | undefined {
    const month = this.month(pos, 'en');
    if (!month) return undefined;
    const g = this.gap(month.end);
    if (g === month.end) return undefined;
    const d = this.day(g);
    if (!d) return undefined;
    const style: DateStyle = { order: 'mdy', month: month.form, ordinal: d.ordinal };
    const part: Part = {
      start: pos,
      end: d.end,
      day: d.value,
      month: month.month,
      style,
      daySpan: { start: d.start, end: d.end },
      monthSpan: { start: month.start, end: month.end },
    };
    const r = this.range(d.end);
    if (r) {
      const d2 = this.day(r.end);
      if (d2) {
        part.endDay = d2.value;
        part.endDaySpan = { start: d2.start, end: d2.end };
        part.end = d2.end;
        if (r.sep !== defaultRangeSep(false)) style.rangeSep = r.sep;
      } else {
        const m2 = this.month(r.end, 'en');
        const g2 = m2 ? this.gap(m2.end) : 0;
        const d3 = m2 && g2 > m2.end ? this.day(g2) : undefined;
        if (m2 && d3) {
          part.endDay = d3.value;
          part.endMonth = m2.month;
          part.endDaySpan = { start: d3.start, end: d3.end };
          part.endMonthSpan = { start: m2.start, end: m2.end };
          part.end = d3.end;
          if (month.month === 5) style.month = m2.form;
          if (r.sep !== defaultRangeSep(true)) style.rangeSep = r.sep;
        }
      }
    }
    if (allowYear) this.yearAfter(part, true);
    return part;
  }

  /** Reads the year after a part ("7 March 1917", "March 7, 1917") into it, if there is one. */
  yearAfter(part: Part, mdy: boolean): void {
    let g: number;
    if (mdy) {
      COMMA_GAP.lastIndex = part.end;
      COMMA_GAP.test(this.text);
      g = Math.min(COMMA_GAP.lastIndex, this.limit);
    } else g = this.gap(part.end);
    if (g === part.end) return;
    const y = this.year(g, part.style.order === 'russian');
    if (y) this.addYear(part, y);
  }

  part(pos: number, allowYear: boolean): Part | undefined {
    const c = this.code(pos);
    if (isDigit(c)) return this.iso(pos) ?? this.dmy(pos, allowYear);
    return this.mdy(pos, allowYear);
  }

  /** A whole mention at pos: a part, an optional marker, an optional second side and a shared year. */
  mention(pos: number): { mention: DateMention; consumed: number } | undefined {
    const first = this.part(pos, true);
    if (!first) return undefined;
    const mention: DateMention = { start: first.start, end: first.end, first };
    let consumed = first.end;
    let cursor = first.end;
    let g = this.gap(cursor);
    const m1 = g > cursor || this.code(g) === 40 || this.code(g) === 91 ? this.markerAt(g, false) : undefined;
    if (m1) {
      mention.firstMarker = m1;
      consumed = m1.end;
      cursor = m1.end;
      g = this.gap(cursor);
    }
    // An ISO date takes a marker ("1917-03-11 (O.S.)") but is never one side of a pair.
    if (first.style.order === 'iso') return { mention, consumed };
    const open = this.code(g);
    if (open === 40 /* ( */ || open === 91 /* [ */) {
      const pair = this.bracketPair(g, open === 40 ? 41 : 93, first);
      if (pair) {
        mention.second = pair.second;
        if (pair.marker) mention.secondMarker = pair.marker;
        mention.pairStyle = (open === 40 ? 'paren' : 'bracket') + (pair.marker ? '-marked' : '') as PairStyle;
        mention.end = pair.end;
      }
    } else if (!m1) {
      // Slash pair: "22 February/7 March 1917", "22 February / 7 March 1917".
      let s = cursor;
      while (this.code(s) === 32 || this.code(s) === 0xa0) s++;
      if (this.code(s) === 47 /* / */ && this.code(s + 1) !== 47) {
        const q = this.gap(s + 1);
        const second = this.part(q, first.year !== undefined);
        if (second && second.style.order !== 'iso') {
          mention.second = second;
          mention.pairStyle = 'slash';
          mention.end = second.end;
        }
      }
    }
    if (mention.second) {
      consumed = Math.max(consumed, mention.end);
      if (first.year === undefined && mention.second.year === undefined) {
        const mdy = first.style.order === 'mdy';
        let y0: number;
        if (mdy) {
          COMMA_GAP.lastIndex = mention.end;
          COMMA_GAP.test(this.text);
          y0 = Math.min(COMMA_GAP.lastIndex, this.limit);
        } else y0 = this.gap(mention.end);
        const y = y0 > mention.end ? this.year(y0, first.style.order === 'russian') : undefined;
        if (y) {
          mention.sharedYear = y.value;
          mention.sharedYearSpan = y.digits;
          if (y.suffix) first.style.yearSuffix = y.suffix;
          mention.end = y.end;
          consumed = y.end;
        }
      }
      // A trailing marker after a slash pair's second side: "22 February/7 March 1917 N.S." is ambiguous; leave it.
      if (mention.pairStyle === 'slash' && !mention.secondMarker) {
        const gg = this.gap(mention.second.end);
        const m2 = gg > mention.second.end && mention.second.end === mention.end ? this.markerAt(gg, false) : undefined;
        if (m2) {
          mention.secondMarker = m2;
          consumed = m2.end;
        }
      }
    }
    return { mention, consumed };
  }

  /** The bracketed second side: "(O.S. 22 February)", "[2 March]", "(22 February 1917 O.S.)". */
  private bracketPair(open: number, close: number, first: Part): { second: Part; marker?: CalendarMarker; end: number } | undefined {
    let q = this.gap(open + 1);
    let marker = this.markerAt(q, true);
    if (marker) {
      q = marker.end;
      while (this.code(q) === 44 || this.code(q) === 58) q++; // "O.S.," "O.S.:"
      q = this.gap(q);
    }
    const second = this.part(q, true);
    if (!second || second.style.order === 'iso') return undefined;
    let r = this.gap(second.end);
    if (!marker) {
      const after = r > second.end ? this.markerAt(r, true) : undefined;
      if (after) {
        marker = after;
        r = this.gap(after.end);
      }
    }
    if (this.code(r) !== close) return undefined;
    void first;
    return { second, ...(marker ? { marker } : {}), end: r + 1 };
  }
}

// ---------------------------------------------------------------------------------------------
// Look-behind helpers (short slices, only after a date was found)

const LOOKBEHIND = 28;

function markerBefore(text: string, pos: number, low: number): CalendarMarker | undefined {
  const from = Math.max(low, pos - LOOKBEHIND);
  if (from >= pos) return undefined;
  // Cheap test first: a marker ends in ".", ")", "]", "e" (Style) or "ю" (стилю).
  let i = pos - 1;
  while (i >= from && /[ \t\u00A0,:]/.test(text.charAt(i))) i--;
  const last = text.charAt(i);
  if (last !== '.' && last !== ')' && last !== ']' && last !== 'e' && last !== 'ю') return undefined;
  const slice = text.slice(from, pos);
  const m = MARKER_BEFORE.exec(slice);
  if (!m) return undefined;
  const start = from + m.index;
  const raw = m[0].replace(/[ \t\u00A0,:]+$/, '');
  if (isLetterCode(text.charCodeAt(start - 1))) return undefined;
  return { start, end: start + raw.length, calendar: markerCalendar(raw), text: raw };
}

function weekdayBefore(text: string, pos: number, low: number): (Span & { value: number }) | undefined {
  // By hand rather than a $-anchored regex: this runs once per date and must cost next to nothing.
  let i = pos;
  let breaks = 0;
  while (i > low) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) {
      if (c === 10 && text.charCodeAt(i - 2) === 13) i--;
      if (++breaks > 1) return undefined;
    } else if (c !== 32 && c !== 9 && c !== 0xa0) break;
    i--;
  }
  if (i > low && text.charCodeAt(i - 1) === 44) i--; // "Wednesday,"
  if (i > low && text.charCodeAt(i - 1) === 46) i--; // "Wed."
  const e = i;
  if (e === pos) return undefined; // "Wednesday7"
  while (i > low && e - i < 12 && isLetterCode(text.charCodeAt(i - 1))) i--;
  if (i === e || (i > 0 && isLetterCode(text.charCodeAt(i - 1)))) return undefined;
  const word = text.slice(i, e);
  const c0 = word.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return undefined; // English weekdays are capitalized ("sat" is a verb)
  const value = weekdayWord(word);
  return value === undefined ? undefined : { start: i, end: e, value };
}

/** "2 May be": the modal verb after a day number, not the month. */
function isModalMay(text: string, mention: DateMention, limit: number): boolean {
  const f = mention.first;
  if (mention.second || f.year !== undefined || f.endDay !== undefined || f.month !== 5 || f.style.order !== 'dmy') return false;
  let i = f.end;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  let j = i;
  while (j < limit && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  return j > i && !isWordCode(text.charCodeAt(j)) && MODAL_FOLLOWERS.has(text.slice(i, j));
}

// ---------------------------------------------------------------------------------------------
// Sentence markers

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'etc', 'cf', 'vs', 'no', 'vol', 'pp', 'ca',
  'ст', 'г', 'гг', 'н', 'им', 'т', 'е', 'e', 'g', 'i',
]);
const SENTENCE_REACH = 1000;
const PAREN_REACH = 300;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  let j = i + 1;
  while (j < text.length && /["'”’)\]*_]/.test(text.charAt(j))) j++;
  const n = text.charCodeAt(j);
  if (j < text.length && n !== 32 && n !== 10 && n !== 13 && n !== 9 && n !== 0xa0) return false;
  if (c === 46) {
    let k = i;
    while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
    const word = text.slice(k, i);
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return false;
  }
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
  const next = text.charAt(j);
  return next === '' || !/\p{Ll}/u.test(next);
}

function isBlankLineBreak(text: string, i: number): boolean {
  // i at a line break: is the next line blank?
  let j = i + 1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(j) === 10) j++;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j >= text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
}

function sentenceAround(text: string, pos: number): [number, number] {
  let s = Math.max(0, pos - SENTENCE_REACH);
  for (let i = pos - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 13) && isBlankLineBreak(text, i)) {
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
    if ((c === 10 || c === 13) && isBlankLineBreak(text, i)) {
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
    if (c === 41) depth++;
    else if (c === 40) {
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
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return [open, i + 1];
      depth--;
    }
  }
  return undefined;
}

function hasDirectMarker(m: DateMention): boolean {
  return m.firstMarker !== undefined || m.secondMarker !== undefined;
}

function addSentenceMarkers(text: string, spans: Span[], mentions: DateMention[], used: Set<number> | undefined): void {
  if (mentions.length === 0) return;
  let sentStart = -1;
  let sentEnd = -1;
  let doneStart = -1;
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
    const i0 = firstAtOrAfter(mentions, start);
    // Inside a date (e.g. the marker of a dual date that was consumed) → not a sentence phrase.
    if (i0 > 0 && mentions[i0 - 1].end > start) continue;
    const marker: CalendarMarker = { start, end, calendar: markerCalendar(m[0]), text: m[0] };
    // Hits in the sentence already handled reuse its bounds, so long unpunctuated runs stay linear.
    if (start >= sentEnd) [sentStart, sentEnd] = sentenceAround(text, start);
    let s = sentStart;
    let e = sentEnd;
    const parens = parensAround(text, start, Math.max(s, start - PAREN_REACH), Math.min(e, end + PAREN_REACH));
    if (parens) [s, e] = parens;
    else if (s === doneStart && e === doneEnd) continue;
    else [doneStart, doneEnd] = [s, e];
    for (let i = firstAtOrAfter(mentions, s); i < mentions.length && mentions[i].start < e; i++) {
      const d = mentions[i];
      // Each date its own copy: a mention's offsets are moved in place when its block moves.
      if (!hasDirectMarker(d) && !d.sentenceMarker) d.sentenceMarker = { ...marker };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

export interface DateScan {
  dates: DateMention[];
  years: YearMention[];
}

/**
 * Dates and bare years in one pass. `spans` are the prose spans (sorted, non-overlapping); default the
 * whole text. A date never crosses a span boundary.
 *
 * Span conventions: a mention runs from its first part's day (or month, MDY) to the end of the last
 * piece of the date structure — second side, closing bracket, shared year, "г.". A weekday before the
 * date and a marker written before it or right after a single date are reported in `weekday` /
 * `firstMarker` but lie outside the mention's span, so replacing [start, end) keeps them. `daySpan`
 * includes an ordinal suffix ("7th"); `monthSpan` includes an abbreviation's dot ("Mar.").
 */
export function scanDates(text: string, spans?: Span[]): DateScan {
  const all = spans ?? [{ start: 0, end: text.length }];
  const dates: DateMention[] = [];
  const years: YearMention[] = [];
  let usedMarkers: Set<number> | undefined;
  if (all.length === 0) return { dates, years };
  // One pass of the anchor regex over the whole prose range; spans are followed with a pointer, so the cost does
  // not grow with the number of spans (a paragraph with links has many). test() rather than exec(): no match
  // object per candidate; where the match began follows from where it ended (three letters, or a digit run).
  let k = 0;
  let span = all[0];
  let sc = new Scanner(text, span.end);
  let low = span.start; // nothing before this may be read again (a previous date or its marker)
  ANCHOR.lastIndex = span.start;
  for (let from = span.start; ANCHOR.test(text); from = ANCHOR.lastIndex) {
    const anchorEnd = ANCHOR.lastIndex;
    const digits = isDigit(text.charCodeAt(anchorEnd - 1));
    let pos = anchorEnd - 3;
    if (digits) for (pos = anchorEnd - 1; pos > from && isDigit(text.charCodeAt(pos - 1)); ) pos--;
    if (pos >= span.end) {
      while (k < all.length && all[k].end <= pos) k++;
      if (k === all.length) break;
      span = all[k];
      sc = new Scanner(text, span.end);
      low = span.start;
      if (pos < span.start) {
        ANCHOR.lastIndex = span.start;
        continue;
      }
    }
    const prev = pos > span.start ? text.charCodeAt(pos - 1) : NaN;
    if (isWordCode(prev)) continue;
    // "3.7 March", "12/7 March", "10:7": a digit run glued to a preceding number is not a date start.
    const gluedToNumber =
      digits && (prev === 46 || prev === 44 || prev === 58 || prev === 47) && pos - 2 >= span.start && isDigit(text.charCodeAt(pos - 2));
    const found = gluedToNumber ? undefined : sc.mention(pos);
    if (found && !isModalMay(text, found.mention, span.end)) {
      const { mention } = found;
      const f = mention.first;
      if (!mention.firstMarker) {
        const mb = markerBefore(text, f.start, low);
        if (mb) mention.firstMarker = mb;
      }
      const fm = mention.firstMarker;
      const wd = weekdayBefore(text, f.start, low) ?? (fm && fm.end <= f.start ? weekdayBefore(text, fm.start, low) : undefined);
      if (wd) mention.weekday = wd;
      if (mention.firstMarker) (usedMarkers ??= new Set()).add(mention.firstMarker.start);
      if (mention.secondMarker) (usedMarkers ??= new Set()).add(mention.secondMarker.start);
      dates.push(mention);
      low = found.consumed;
      ANCHOR.lastIndex = Math.max(found.consumed, mention.end);
      continue;
    }
    if (digits && anchorEnd - pos === 4) {
      const next = anchorEnd < span.end ? text.charCodeAt(anchorEnd) : NaN;
      if (anchorEnd <= span.end && !isWordCode(next) && !((next === 46 || next === 44) && isDigit(text.charCodeAt(anchorEnd + 1))) && !gluedToNumber) {
        const year = Number(text.slice(pos, anchorEnd));
        if (year >= 1000 && year <= 2999) years.push({ start: pos, end: anchorEnd, year });
      }
    }
  }
  addSentenceMarkers(text, all, dates, usedMarkers);
  return { dates, years };
}

/** Every date in the prose spans (default: the whole text), in order. */
export function findDates(text: string, spans?: Span[]): DateMention[] {
  return scanDates(text, spans).dates;
}

/** Bare years 1000–2999 in the prose spans that are not part of a date, in order. */
export function findYears(text: string, spans?: Span[]): YearMention[] {
  return scanDates(text, spans).years;
}

/**
 * One side of a date: a day or a span of days with its month and, when written, its year —
 * "7 March 1917", "the 7th of March", "March 7, 1917", "3–7 July", "23 February – 3 March", "1917-03-07",
 * "25 октября 1917 г." — and the words around a single date: the weekday before it, and "2 May be" (the verb).
 */
import { CharCode, isAsciiLower, isBlank } from '../../util/charCode';
import { defaultRangeSep, romanMonth, weekdayWord } from '../months';
import type { DateMention, DatePart, DateStyle, ImpossibleDate } from '../types';
import type { Span } from '../../util/span';
import { isDigit, isLetterCode, isWordCode, monthOrder, NUMERIC_DATE, type DayTok, type MonthTok, type Tokens, type YearTok } from './tokens';

const ISO = /(\d{4})-(\d{2})-(\d{2})/y;
/** "the" between an MDY month and its day, or "ye" as gravestones and registers write it ("June ye 15 1691"). */
const THE = /(?:the|[Yy]e)[ \t\u00A0]/y;

/** Words that follow the modal verb "may" ("2 May be"): a day before them is not a date. */
const MODAL_FOLLOWERS = new Set([
  'be', 'have', 'not', 'also', 'well', 'never', 'seem', 'need', 'come', 'go', 'take', 'make', 'help', 'become',
  'prove', 'find', 'lead', 'get', 'give', 'allow', 'cause', 'result', 'bring', 'mean', 'appear', 'remain', 'want',
  'wish', 'look', 'feel', 'say', 'see', 'use', 'indeed', 'therefore', 'thus', 'already', 'even', 'perhaps',
]);

/** The numbers of "YYYY-MM-DD" at pos, whatever their values; not part of a longer hyphenated number. */
function isoNumbers(t: Tokens, pos: number): { year: number; month: number; day: number } | undefined {
  // Tried at every number in the prose: the dash after four digits is looked at before running the regex.
  if (t.code(pos + 4) !== CharCode.Dash) return undefined;
  const m = t.exec(ISO, pos);
  if (!m) return undefined;
  const c = t.code(pos + 10);
  if (isWordCode(c) || ((c === CharCode.Dash || c === CharCode.Period) && isDigit(t.code(pos + 11)))) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** ISO 8601 day "1917-03-07". */
function readIso(t: Tokens, pos: number): DatePart | undefined {
  const iso = isoNumbers(t, pos);
  if (!iso) return undefined;
  const { year, month, day } = iso;
  const end = pos + 10;
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

/**
 * Numeric dates: "13.02.1918", "26.01.1918", "04/13/1916", "13-02-1918", "31.I.1918" (Roman month). Read day-first
 * unless a number over 12 proves month-first; `orderProven` says whether the date shows its order by itself.
 * Never without a four-digit year: "1.5", "12.30", "3/4", "1.2.3" are numbers.
 */
function readNumeric(t: Tokens, pos: number): DatePart | undefined {
  // Tried at every number: rule out by hand what is not one or two digits and a separator before running the regex.
  let i = pos + 1;
  if (isDigit(t.code(i))) i++;
  const sep0 = t.code(i);
  if (sep0 !== CharCode.Period && sep0 !== CharCode.Slash && sep0 !== CharCode.Dash) return undefined;
  const m = t.exec(NUMERIC_DATE, pos);
  if (!m) return undefined;
  const end = pos + m[0].length;
  const c = t.code(end);
  if (isWordCode(c) || ((c === CharCode.Period || c === CharCode.Dash || c === CharCode.Slash || c === CharCode.Comma) && isDigit(t.code(end + 1)))) return undefined;
  const [, aText, sep, bText, yText] = m;
  const year = Number(yText);
  if (year < 1000 || year > 2999) return undefined;
  const a = Number(aText);
  const roman = romanMonth(bText);
  const isRoman = !isDigit(bText.charCodeAt(0));
  if (isRoman && (roman === 0 || sep !== '.')) return undefined;
  const b = isRoman ? roman : Number(bText);
  let mdy = false;
  let proven = isRoman || a > 12;
  if (!isRoman && b > 12) {
    if (a > 12) return undefined;
    mdy = true;
    proven = true;
  }
  const [day, month] = mdy ? [b, a] : [a, b];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const aSpan = { start: pos, end: pos + aText.length };
  const bStart = aSpan.end + 1;
  const bSpan = { start: bStart, end: bStart + bText.length };
  const yStart = bSpan.end + 1;
  const [dayText, monthText] = mdy ? [bText, aText] : [aText, bText];
  // Two digits where a leading zero was written ("03.02.1918") or both pieces have two ("13.12.1918"): "31.I.1918" no.
  const zero = dayText.charCodeAt(0) === CharCode.Digit0 || monthText.charCodeAt(0) === CharCode.Digit0;
  const pad = zero || (!isRoman && dayText.length === 2 && monthText.length === 2);
  const numeric: NonNullable<DateStyle['numeric']> = { sep, padDay: pad, padMonth: pad && !isRoman };
  if (isRoman) numeric.roman = true;
  return {
    start: pos,
    end,
    day,
    month,
    year,
    yearSpan: { start: yStart, end },
    style: { order: mdy ? 'mdy' : 'dmy', month: 'numeric', ordinal: false, numeric },
    daySpan: mdy ? bSpan : aSpan,
    monthSpan: mdy ? aSpan : bSpan,
    orderProven: proven,
  };
}

function addYear(part: DatePart, y: YearTok): void {
  part.year = y.value;
  part.yearSpan = y.digits;
  if (y.alt !== undefined) part.altYear = y.alt;
  if (y.suffix !== undefined) part.style.yearSuffix = y.suffix;
  part.end = y.end;
}

/**
 * "6. априла 1941", "25. марта", "6. aprila 1941": Serbian writes the day as an ordinal with a period; the day takes it
 * only before a month word of the day-month-year languages ("марта" is Serbian and Russian; "7. March" ends a sentence).
 */
function serbianDayPeriod(t: Tokens, d: DayTok | undefined): (DayTok & { period?: boolean }) | undefined {
  if (!d || t.code(d.end) !== CharCode.Period) return d;
  // Asked for in Cyrillic, then in Serbian Latin script: never an English month.
  const month = t.monthAfter(d.end + 1, 'ru') ?? t.monthAfter(d.end + 1, 'sr-Latn');
  return month ? { ...d, end: d.end + 1, period: true } : d;
}

/** "7 March 1917", "7th of March", "3–7 July", "23 February – 3 March 1917", "25 октября 1917 г." */
function readDmy(t: Tokens, pos: number, allowYear: boolean): DatePart | undefined {
  const d = serbianDayPeriod(t, t.day(pos));
  if (!d) return undefined;
  let month: MonthTok | undefined;
  let end2: DayTok | undefined;
  let endMonth: MonthTok | undefined;
  let sep: string | undefined;
  let of = false;
  const r = t.range(d.end);
  if (r) {
    const d2 = t.day(r.end);
    const m = d2 ? t.monthAfter(d2.end) : undefined;
    if (d2 && m) {
      month = m.month;
      of = m.of;
      end2 = d2;
      sep = r.sep;
    }
  }
  if (!month) {
    const m = t.monthAfter(d.end);
    if (!m) return undefined;
    month = m.month;
    of = m.of;
    const r2 = t.range(month.end);
    if (r2) {
      const d2 = t.day(r2.end);
      const m2 = d2 ? t.monthAfter(d2.end, month.lang) : undefined;
      if (d2 && m2) {
        end2 = d2;
        endMonth = m2.month;
        sep = r2.sep;
      }
    }
  }
  // "May" has one form; in "7 May – 6 Jun." the end month tells the abbreviation style.
  const form = month.month === 5 && endMonth && month.lang === 'en' ? endMonth.form : month.form;
  const style: DateStyle = { ...monthOrder(month), month: form, ordinal: d.ordinal };
  if (d.shortOrdinal) style.shortOrdinal = true;
  if (d.period) style.dayPeriod = true;
  if (month.old) style.oldMonth = true;
  if (of) style.of = true;
  if (sep !== undefined && sep !== defaultRangeSep(endMonth !== undefined)) style.rangeSep = sep;
  const last = endMonth ?? (end2 && end2.end > month.end ? end2 : month);
  const part: DatePart = {
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
  if (allowYear) yearAfter(t, part, false);
  return part;
}

/** "March 7, 1917", "Sept. 7th", "July 3–7, 1917", "February 23 – March 3". */
function readMdy(t: Tokens, pos: number, allowYear: boolean): DatePart | undefined {
  const month = t.month(pos, 'en');
  if (!month) return undefined;
  let g = t.gap(month.end);
  if (g === month.end) return undefined;
  // "March the 16th": "the" before an ordinal day; "June ye 15 1691": the old "ye", before an ordinal or a day with its year.
  const theWord = t.exec(THE, g)?.[0];
  const ye = theWord !== undefined && theWord[0] !== 't';
  if (theWord) g = t.gap(g + theWord.length);
  const d = t.day(g);
  if (!d || (theWord && !ye && !d.ordinal)) return undefined;
  const style: DateStyle = { order: 'mdy', month: month.form, ordinal: d.ordinal };
  if (d.shortOrdinal) style.shortOrdinal = true;
  if (month.old) style.oldMonth = true;
  if (theWord) style.the = true;
  if (ye) style.ye = theWord[0] === 'Y' ? 'Ye' : 'ye';
  const part: DatePart = {
    start: pos,
    end: d.end,
    day: d.value,
    month: month.month,
    style,
    daySpan: { start: d.start, end: d.end },
    monthSpan: { start: month.start, end: month.end },
  };
  const r = t.range(d.end);
  if (r) {
    const d2 = t.day(r.end);
    // "from August 15 to 9 December 1917", "August 15 to 9 (22) December": a day with its own month after it, or a day
    // before the start, is not this month's range end but the next date, written day first.
    const nextDate = d2 !== undefined && (d2.value <= d.value || t.monthAfter(d2.end) !== undefined);
    if (d2 && !nextDate) {
      part.endDay = d2.value;
      part.endDaySpan = { start: d2.start, end: d2.end };
      part.end = d2.end;
      if (r.sep !== defaultRangeSep(false)) style.rangeSep = r.sep;
    } else if (!d2) {
      const m2 = t.month(r.end, 'en');
      const g2 = m2 ? t.gap(m2.end) : 0;
      const d3 = m2 && g2 > m2.end ? t.day(g2) : undefined;
      if (m2 && d3 && !otherCalendarsDayAfter(t, d3.end, d3.value)) {
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
  if (allowYear) yearAfter(t, part, true);
  // "May ye 5 men …" is a wish: an unsuffixed day after "ye" is a date only with its year ("June ye 15 1691").
  if (ye && !d.ordinal && part.year === undefined) return undefined;
  return part;
}

/**
 * "from September 8 to September 11 (21), 1795": a range's end followed by the other calendar's day alone, in brackets
 * or after a slash, is a dual date of its own, and the range is two dates, as it is written day first ("from 8 September
 * to 11 (22) September 1795"); the pair then gives its year to the opening day. The two days must be the calendars'
 * distance apart (8–16 days), as for any day-only pair, so "September 11 (p. 3)" or "(1)" is no such day.
 */
function otherCalendarsDayAfter(t: Tokens, end: number, day: number): boolean {
  const open = t.code(t.spaces(end));
  const close = open === CharCode.OpenParen ? CharCode.CloseParen : open === CharCode.OpenSquareBracket ? CharCode.CloseSquareBracket : undefined;
  if (close === undefined && open !== CharCode.Slash) return false;
  const other = t.day(close === undefined ? t.spaces(end) + 1 : t.spaces(t.spaces(end) + 1));
  if (!other || Math.abs(other.value - day) < 8 || Math.abs(other.value - day) > 16) return false;
  return close === undefined || t.code(t.spaces(other.end)) === close;
}

/** Reads the year after a part ("7 March 1917", "March 7, 1917") into it, if there is one. */
export function yearAfter(t: Tokens, part: DatePart, mdy: boolean): void {
  if (mdy && t.code(part.end) === CharCode.Period && t.code(part.end + 1) === CharCode.Space) {
    // "June 13. 1650", "Feb. 9. 1648": seventeenth-century printing put a period after the day, then the year.
    const y = t.year(t.spaces(part.end + 1), false, canHaveDoubleYear(part));
    if (y) {
      addYear(part, y);
      part.style.yearPeriod = true;
    }
    return;
  }
  const g = mdy ? t.commaGap(part.end) : t.gap(part.end);
  if (g === part.end) {
    // "16th July, 1917", "b. 4 March, 1748; d. … 11 Oct., 1779", "signed at Vienna, 20 March, 1815": older English puts a
    // comma before the year of a DMY day. After a plain day the number may be a count ("On 7 March, 1500 men crossed"),
    // so it is a year there only where no word follows it.
    if (part.style.order === 'dmy' && t.code(g) === CharCode.Comma) {
      const g2 = t.commaGap(g);
      const y = g2 > g + 1 ? t.year(g2, false) : undefined;
      if (y && (part.style.ordinal || !isWordCode(t.code(t.spaces(y.end))))) {
        addYear(part, y);
        part.style.yearComma = true;
      }
    }
    return;
  }
  const y = t.year(g, part.style.order === 'cyrillic-dmy', canHaveDoubleYear(part));
  if (y) addYear(part, y);
}

/** A single day between 1 January and 24 March, the days a legal year beginning on 25 March gave two years. */
function canHaveDoubleYear(part: DatePart): boolean {
  return part.endDay === undefined && part.endMonth === undefined && (part.month < 3 || (part.month === 3 && part.day < 25));
}

/** One side at pos, in whichever form it is written. */
export function readPart(t: Tokens, pos: number, allowYear: boolean): DatePart | undefined {
  const c = t.code(pos);
  if (isDigit(c)) return readIso(t, pos) ?? readNumeric(t, pos) ?? readDmy(t, pos, allowYear);
  return readMdy(t, pos, allowYear);
}

/** A day number no month has: 0, or over 31. */
const isImpossibleDay = (day: number) => day < 1 || day > 31;

/**
 * A date whose day or month no calendar has, read only in shapes that are dates beyond doubt: a day number with a
 * month name and a year ("32 March 1917", "32nd of March 1917", "March 32, 1917", "32 марта 1917 г.") or
 * "YYYY-MM-DD" with a month over 12 or a day over 31 ("1917-13-45"). Tried only where no real date was read.
 * "32.03.1917" is not read: a numeric triple may be something else (a version, a catalogue number). Nor is an ISO day
 * 00: tables and databases write it for a day not known ("1617-00-00", "1617-03-00": the year, the month).
 */
export function readImpossible(t: Tokens, pos: number): ImpossibleDate | undefined {
  if (!isDigit(t.code(pos))) {
    const month = t.month(pos, 'en');
    const g = month ? t.gap(month.end) : pos;
    const d = month && g > month.end ? t.dayNumber(g) : undefined;
    if (!month || !d || !isImpossibleDay(d.value)) return undefined;
    const y = t.year(t.commaGap(d.end), false);
    return y && y.start > d.end ? { start: pos, end: y.end, day: d.value, month: month.month, year: y.value, yearSpan: y.digits } : undefined;
  }
  const iso = isoNumbers(t, pos);
  if (iso) {
    const { year, month, day } = iso;
    const dayNotKnown = day === 0 && month <= 12;
    const bad = !dayNotKnown && (month < 1 || month > 12 || isImpossibleDay(day));
    return bad && year >= 1000 && year <= 2999 ? { start: pos, end: pos + 10, day, month, year, yearSpan: { start: pos, end: pos + 4 } } : undefined;
  }
  const d = t.dayNumber(pos);
  if (!d || !isImpossibleDay(d.value)) return undefined;
  const m = t.monthAfter(d.end);
  if (!m) return undefined;
  const g = t.gap(m.month.end);
  const y = g > m.month.end ? t.year(g, m.month.lang !== 'en') : undefined;
  return y ? { start: pos, end: y.end, day: d.value, month: m.month.month, year: y.value, yearSpan: y.digits } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Around a single date (short reads, only after a date was found)

/** Times of day written between a weekday and its date: "Tuesday morning, 7 November". */
const TIMES_OF_DAY = new Set(['morning', 'forenoon', 'afternoon', 'evening', 'night', 'noon', 'midday', 'midnight']);

/** Before i: blanks and at most one line break; returns where they start, or -1 past a second break. */
function blanksBefore(text: string, i: number, low: number): number {
  let breaks = 0;
  while (i > low) {
    const c = text.charCodeAt(i - 1);
    if (c === CharCode.LineFeed || c === CharCode.CarriageReturn) {
      if (c === CharCode.LineFeed && text.charCodeAt(i - 2) === CharCode.CarriageReturn) i--;
      if (++breaks > 1) return -1;
    } else if (!isBlank(c)) break;
    i--;
  }
  return i;
}

/** The start of the word of letters ending at e (at most 12 letters, a whole word), or e. */
function wordBefore(text: string, e: number, low: number): number {
  let i = e;
  while (i > low && e - i < 12 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i > 0 && isLetterCode(text.charCodeAt(i - 1)) ? e : i;
}

/**
 * The weekday written just before pos, not before `low`: "Wednesday, 7 November", "Wed. 7 November",
 * "Tuesday morning, 7 November", "Monday, the 2nd of March" (pos at the day, after "the").
 */
export function weekdayBefore(text: string, pos: number, low: number): (Span & { value: number }) | undefined {
  // By hand rather than a $-anchored regex: this runs once per date and must cost next to nothing.
  let i = blanksBefore(text, pos, low);
  if (i < 0) return undefined;
  if (i < pos && i - 3 >= low && text.startsWith('the', i - 3) && wordBefore(text, i, low) === i - 3) {
    i = blanksBefore(text, i - 3, low); // "Monday, the 2nd of March"
    if (i < 0) return undefined;
  }
  if (i > low && text.charCodeAt(i - 1) === CharCode.Comma) i--; // "Wednesday,"
  if (i > low && text.charCodeAt(i - 1) === CharCode.Period) i--; // "Wed."
  let e = i;
  if (e === pos) return undefined; // "Wednesday7"
  i = wordBefore(text, e, low);
  if (i < e && TIMES_OF_DAY.has(text.slice(i, e))) {
    // "Tuesday morning, 7 November": the weekday is the word before the time of day.
    e = i;
    i = blanksBefore(text, e, low);
    if (i === e || i < 0) return undefined;
    e = i;
    i = wordBefore(text, e, low);
  }
  if (i === e) return undefined;
  const word = text.slice(i, e);
  if (isAsciiLower(word.charCodeAt(0))) return undefined; // English weekdays are capitalized ("sat" is a verb)
  const value = weekdayWord(word);
  return value === undefined ? undefined : { start: i, end: e, value };
}

/** "2 May be": the modal verb after a day number, not the month. */
export function isModalMay(text: string, mention: DateMention, limit: number): boolean {
  const f = mention.first;
  if (mention.second || f.year !== undefined || f.endDay !== undefined || f.month !== 5 || f.style.order !== 'dmy') return false;
  let i = f.end;
  while (i < limit && (text.charCodeAt(i) === CharCode.Space || text.charCodeAt(i) === CharCode.NoBreakSpace)) i++;
  let j = i;
  while (j < limit && isAsciiLower(text.charCodeAt(j))) j++;
  return j > i && !isWordCode(text.charCodeAt(j)) && MODAL_FOLLOWERS.has(text.slice(i, j));
}

/**
 * A whole date mention: one side (single.ts), the marker after it, and the second side of a dual date —
 * "7 March (O.S. 22 February) 1917", "15 March [O.S. 2 March]", "22 February (7 March) 1917",
 * "22 February/7 March 1917", "12 April O.S. = 24 April N.S." — with the year written once after the pair. Numeric pairs
 * ("10 (22).4.1870") are read in numericPair.ts.
 */
import { convert, isValidDate, toJdnUnchecked } from '../../calendar';
import { CharCode, isDash } from '../../util/charCode';
import type { CalendarMarker, DateMention, DatePart, PairStyle } from '../types';
import { bracketLabelAt, calendarOfTheTimeAt, commaLabelAt, elsewhereAt, labelQualifierAt, markerAt, undottedAfterDateAt, undottedLabelAt } from './labels';
import { readPart, yearAfter } from './single';
import { defaultRangeSep } from '../months';
import { isDigit, isOrdinalSuffix, monthOrder, type DayTok, type Tokens } from './tokens';
import { readNumericPair } from './numericPair';

export interface ReadMention {
  mention: DateMention;
  /** Where reading stopped: past the mention and any marker read with it; nothing before it is read again. */
  consumed: number;
}

/** A whole mention at pos: a part, an optional marker, an optional second side and a shared year. */
export function readMention(t: Tokens, pos: number): ReadMention | undefined {
  const first = readPart(t, pos, true);
  if (!first) {
    const dayOnly = readDayOnlyPair(t, pos);
    if (dayOnly) return dayOnly;
    const numeric = readNumericPair(t, pos);
    return numeric && { mention: numeric, consumed: numeric.end };
  }
  const mention: DateMention = { start: first.start, end: first.end, first };
  let consumed = first.end;
  let cursor = first.end;
  let g = t.gap(cursor);
  const m1 =
    g > cursor || t.code(g) === CharCode.OpenParen || t.code(g) === CharCode.OpenSquareBracket || t.gluedTemplateMarker(g)
      ? markerAt(t, g, false) ?? (g > cursor && first.year !== undefined ? undottedAfterDateAt(t, g) : undefined)
      : undefined;
  if (m1) {
    mention.firstMarker = m1;
    consumed = m1.end;
    cursor = m1.end;
    g = t.gap(cursor);
  } else {
    const label = commaLabelAt(t, cursor, (q) => readPart(t, q, false) !== undefined);
    if (label) {
      mention.firstMarker = label;
      return { mention, consumed: (first.year === undefined ? shareYearAfterMarker(t, mention, label, false) : undefined) ?? label.end };
    }
  }
  // An ISO date takes a marker ("1917-03-11 (O.S.)") but is never one side of a pair.
  if (first.style.order === 'iso') return { mention, consumed };
  if (m1 && first.year === undefined) {
    const pair = labelBeforeYearPair(t, mention, m1);
    if (pair) return pair;
  }
  if (first.year !== undefined) {
    const pair = verbJoinedPair(t, mention, m1 ?? (g > cursor ? proseLabelAt(t, g) : undefined));
    if (pair) return pair;
  }
  const join = m1 ? (t.code(cursor) === CharCode.Comma ? cursor : (templateSlash(t, cursor) ?? equalsOrAt(t, cursor))) : undefined;
  if (m1 && join !== undefined) {
    const pair = commaMarkedPair(t, mention, m1, join);
    if (pair) return pair;
  }
  if (!m1 && first.year !== undefined && t.code(cursor) === CharCode.Comma) {
    const pair = commaLabelledSecond(t, mention, cursor);
    if (pair) return pair;
  }
  const open = t.code(g);
  if (!m1 && (open === CharCode.OpenParen || open === CharCode.OpenSquareBracket) && equivalentPair(t, mention, g)) {
    consumed = mention.end;
  } else if (open === CharCode.OpenParen || open === CharCode.OpenSquareBracket) {
    const pair = bracketPair(t, g, open === CharCode.OpenParen ? CharCode.CloseParen : CharCode.CloseSquareBracket);
    if (pair) {
      mention.second = pair.second;
      if (pair.marker) mention.secondMarker = pair.marker;
      if (pair.elsewhere) mention.secondElsewhere = true;
      mention.pairStyle = ((open === CharCode.OpenParen ? 'paren' : 'bracket') + (pair.marker ? '-marked' : '')) as PairStyle;
      mention.end = pair.end;
    } else if (!m1) readMonthFirstDayOnly(t, mention, g + 1, open === CharCode.OpenParen ? CharCode.CloseParen : CharCode.CloseSquareBracket);
  } else if (!m1) {
    // Slash pair: "22 February/7 March 1917", "22 February / 7 March 1917".
    const s = t.spaces(cursor);
    if (t.code(s) === CharCode.Slash && t.code(s + 1) !== CharCode.Slash) {
      const q = t.gap(s + 1);
      const second = readPart(t, q, first.year !== undefined);
      if (second && second.style.order !== 'iso' && !adjacentDays(first, second)) {
        mention.second = second;
        mention.pairStyle = 'slash';
        mention.end = second.end;
      } else if (!second) readMonthFirstDayOnly(t, mention, s + 1, undefined); // "October 5/16, 1701"
    }
  }
  if (m1 && !mention.second && first.year === undefined) consumed = shareYearAfterMarker(t, mention, m1, first.style.order === 'cyrillic-dmy') ?? consumed;
  if (mention.second) {
    consumed = Math.max(consumed, mention.end);
    if (first.year === undefined && mention.second.year === undefined) {
      // "March 2 (15), 1917", and after a closed bracket "13 March [1 March, Old Style], 1881": a comma may come first.
      const bracketed = t.code(mention.end - 1) === CharCode.CloseParen || t.code(mention.end - 1) === CharCode.CloseSquareBracket;
      const y0 = first.style.order === 'mdy' || bracketed ? t.commaGap(mention.end) : t.gap(mention.end);
      const y = y0 > mention.end ? t.year(y0, first.style.order === 'cyrillic-dmy') : undefined;
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
      const gg = t.gap(mention.second.end);
      const m2 = gg > mention.second.end && mention.second.end === mention.end ? markerAt(t, gg, false) : undefined;
      if (m2) {
        mention.secondMarker = m2;
        consumed = m2.end;
      }
    }
  }
  return { mention, consumed };
}

/**
 * Two sides a few days apart are consecutive days, not two calendars' names of one day: "the Battle of Jutland, 31 May/1
 * June 1916", "the night of 31 December 1916/1 January 1917". The calendars were ten days or more apart after 1582.
 */
function adjacentDays(a: DatePart, b: DatePart): boolean {
  const year = a.year ?? b.year ?? 2001;
  const apart = toJdnUnchecked({ year: b.year ?? year, month: b.month, day: b.day }, 'gregorian') - toJdnUnchecked({ year, month: a.month, day: a.day }, 'gregorian');
  // Without years, "31 December/1 January" turns the year: count around it.
  const days = a.year === undefined && b.year === undefined ? ((apart % 365) + 365 + 182) % 365 - 182 : apart;
  return Math.abs(days) < 8;
}

/**
 * "30 May (O.S.) 1672", "May 30th, O.S., 1672", "February 9, O.S. 1748": the year written after a
 * single date's marker is the date's: given to the mention as its shared year, and where it ends returned. It stays
 * outside the mention (like the marker), so a fix of the day keeps both.
 */
function shareYearAfterMarker(t: Tokens, mention: DateMention, marker: CalendarMarker, cyrillic: boolean): number | undefined {
  const g = t.commaGap(marker.end);
  const y = g > marker.end ? t.year(g, cyrillic) : undefined;
  if (!y) return undefined;
  mention.sharedYear = y.value;
  mention.sharedYearSpan = y.digits;
  return y.end;
}

const EQUIVALENT = /,[ \t\u00A0]+(?:equivalent[ \t\u00A0]+to|that[ \t\u00A0]+is|i\.[ \t\u00A0]?e\.,?)[ \t\u00A0]+|;[ \t\u00A0]+/y;

/**
 * "12 July 1691 (old style, equivalent to 22 July new style)" (Wikipedia's Aughrim), "18 February 1917 (O.S.; 3 March
 * N.S.)", "February 18, 1917 (according to the Julian calendar; March 3 on the Gregorian calendar)": the bracket first
 * labels the date before it, then gives the other calendar's day with its own label. Both sides are then marked, as in
 * a comma pair.
 */
function equivalentPair(t: Tokens, mention: DateMention, open: number): boolean {
  const close = t.code(open) === CharCode.OpenParen ? CharCode.CloseParen : CharCode.CloseSquareBracket;
  const l1 = bracketLabelAt(t, t.gap(open + 1));
  const eq = l1 && t.exec(EQUIVALENT, l1.end);
  if (!l1 || !eq) return false;
  const second = readPart(t, l1.end + eq[0].length, mention.first.year !== undefined);
  if (!second || second.style.order === 'iso') return false;
  let r = t.gap(second.end);
  if (t.code(r) === CharCode.Comma) r = t.gap(r + 1);
  const l2 = r > second.end ? bracketLabelAt(t, r) : undefined;
  if (!l2 || l2.calendar === l1.calendar || t.code(t.gap(l2.end)) !== close) return false;
  mention.firstMarker = l1;
  mention.second = second;
  mention.secondMarker = l2;
  mention.pairStyle = 'comma-marked';
  mention.end = t.gap(l2.end) + 1;
  return true;
}

/** The bracketed second side: "(O.S. 22 February)", "[2 March]", "(22 February 1917 O.S.)", "(16 October, Gregorian calendar)". */
function bracketPair(
  t: Tokens,
  open: number,
  close: number,
): { second: DatePart; marker?: CalendarMarker; elsewhere?: boolean; end: number } | undefined {
  let q = t.gap(open + 1);
  let marker = bracketLabelAt(t, q) ?? undottedLabelAt(t, q);
  if (marker) {
    q = marker.end;
    while (t.code(q) === CharCode.Comma || t.code(q) === CharCode.Colon) q++; // "O.S.," "O.S.:"
    q = t.gap(q);
  }
  const second = readPart(t, q, true);
  if (!second || second.style.order === 'iso') return undefined;
  let r = t.gap(second.end);
  if (!marker) {
    // "(30 November N.S.)", "(30 November, N.S.)", "[13 March, Old Style]"
    const comma = t.code(r) === CharCode.Comma ? t.gap(r + 1) : -1;
    const at = comma > r + 1 ? comma : r > second.end ? r : -1;
    const after = at < 0 ? undefined : bracketLabelAt(t, at) ?? undottedLabelAt(t, at);
    if (after) {
      marker = after;
      r = t.gap(after.end + labelQualifierAt(t, after.end));
    } else {
      // "(March 6 according to the calendar used at the time)": the local calendar of the time, Old Style.
      const local = calendarOfTheTimeAt(t, second.end);
      if (local) {
        marker = local;
        r = t.gap(local.end);
      }
    }
  }
  // "31 January (13 February in the rest of Europe)": the other calendar's day, elsewhere.
  const away = t.code(r) === close ? 0 : elsewhereAt(t, second.end);
  if (away > 0) r = t.gap(second.end + away);
  if (t.code(r) !== close && !marker && away === 0 && second.year !== undefined) r = placeAfter(t, r) ?? r;
  if (t.code(r) !== close) return undefined;
  return { second, ...(marker ? { marker } : {}), ...(away > 0 ? { elsewhere: true } : {}), end: r + 1 };
}

/** ", St. Petersburg": a comma and up to four capitalized words. */
const PLACE = /,[ \t\u00A0]+\p{Lu}[\p{L}.'’-]*(?:[ \t\u00A0]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t\u00A0]*/uy;

/**
 * "September 12 (September 24, 1802, St. Petersburg)": a bracket that gives the other calendar's day with its year may
 * go on to name the place, as life dates do; where the place ends, or undefined.
 */
function placeAfter(t: Tokens, pos: number): number | undefined {
  const m = t.exec(PLACE, pos);
  return m ? pos + m[0].length : undefined;
}

/** The day(s) of a day-only side: "3", "24–25", and with `ordinal` "5th", "24th–25th" (ordinals or not, all alike). */
function days(t: Tokens, pos: number, ordinal = false): { first: DayTok; last?: DayTok; sep?: string } | undefined {
  const first = t.day(pos);
  if (!first || first.ordinal !== ordinal) return undefined;
  const r = t.range(first.end);
  const last = r && isDigit(t.code(r.end)) ? t.day(r.end) : undefined;
  if (!r || !last || last.ordinal !== ordinal || last.value <= first.value) return { first };
  return { first, last, sep: r.sep };
}

/**
 * Julian–Gregorian differences a day-only pair can show: 10–13 days, give or take the slip a checker must catch. An
 * ordinal pair in brackets ("the 14th (16th) of May") is a dual date whatever its days, so it is read with a wider
 * slip — a lost tens digit — and checked; only a difference of one stays out, as "the 1st (2nd)" reads as either day.
 */
function plausibleOffset(a: number, b: number, ordinalBracket = false): boolean {
  const d = Math.abs(a - b);
  return ordinalBracket ? d >= 2 : d >= 8 && d <= 16;
}

/**
 * Day-only dual dates, the standard form of Russian historiography: "3 (16) July 1917", "24–25 (6–7) …", "3/16 July",
 * "3 [16] июля 1917 г.", and in older English with ordinals "5th/16th October 1701", "the 3rd (16th) of July". Both
 * sides are days of the one month written after them; the two days must differ by about the calendars' offset, so
 * "12/7 March" or "page 3 (17) March" stay what they are.
 */
function readDayOnlyPair(t: Tokens, pos: number): ReadMention | undefined {
  // Tried at every number that starts no other date: after one or two digits (and an ordinal suffix) must come "/", a
  // bracket or a dash.
  let i = pos + 1;
  if (isDigit(t.code(i))) i++;
  const ordinal = isOrdinalSuffix(t.code(i), t.code(i + 1));
  if (ordinal) i += 2;
  const c0 = t.code(t.spaces(i));
  if (c0 !== CharCode.Slash && c0 !== CharCode.OpenParen && c0 !== CharCode.OpenSquareBracket && !isDash(c0)) return undefined;
  const a = days(t, pos, ordinal);
  if (!a) return undefined;
  const aEnd = (a.last ?? a.first).end;
  let q: number;
  let close = NaN;
  let pairStyle: PairStyle;
  const c = t.code(aEnd);
  if (c === CharCode.Slash) {
    pairStyle = 'slash';
    q = aEnd + 1;
  } else {
    // "3 (16) July", and as mirrors and Russian web pages glue it, "3(16) июля" (the month-first "August 17(29)" too).
    const g = t.spaces(aEnd);
    const open = t.code(g);
    if (open === CharCode.OpenParen) [pairStyle, close] = ['paren', CharCode.CloseParen];
    else if (open === CharCode.OpenSquareBracket) [pairStyle, close] = ['bracket', CharCode.CloseSquareBracket];
    else return undefined;
    q = g + 1;
  }
  // In brackets the other day may carry its label, before or after it: "17 [6 OS] – 20 [9 OS] June", "17 [O.S. 6] June".
  let label = close === close ? markerAt(t, q, true) : undefined;
  if (label) q = t.spaces(label.end);
  // "the 17/29th of April 1818" (the 1911 Britannica): after a slash the suffix may be written once, on the second day.
  const bOrdinal = ordinal || (pairStyle === 'slash' && !days(t, q, false));
  const b = days(t, q, bOrdinal);
  if (!b || (a.last === undefined) !== (b.last === undefined)) return undefined;
  const wide = ordinal && bOrdinal && pairStyle !== 'slash';
  if (!plausibleOffset(a.first.value, b.first.value, wide) || (a.last && b.last && !plausibleOffset(a.last.value, b.last.value, wide))) return undefined;
  let end = (b.last ?? b.first).end;
  if (close === close) {
    const g = t.spaces(end);
    const after = label || g === end ? undefined : markerAt(t, g, true) ?? undottedLabelAt(t, g);
    if (after) [label, end] = [after, after.end];
    if (t.code(end) !== close) return undefined;
    end++;
  }
  // "17 [6 OS] – 20 [9 OS] June 1700", "6/17–9/20 June": the first pair of a range of pairs has the month and year of the
  // second, which is read after it as a pair of its own; each is checked.
  const next = t.monthAfter(end) ? undefined : nextPairOfRange(t, end, pairStyle);
  const nextMonth = next && t.month(next.sharedMonthSpan!.start);
  const m = nextMonth ? { month: nextMonth, of: !!next!.first.style.of } : t.monthAfter(end);
  if (!m || (m.of && !bOrdinal)) return undefined; // "the 3rd (16th) of July"
  const month = m.month;
  const side = (d: { first: DayTok; last?: DayTok; sep?: string }, ordinal: boolean): DatePart => {
    const style: DatePart['style'] = { ...monthOrder(month), month: month.form, ordinal };
    if (m.of) style.of = true;
    if (d.sep !== undefined && d.sep !== defaultRangeSep(false)) style.rangeSep = d.sep;
    const part: DatePart = {
      start: d.first.start,
      end: (d.last ?? d.first).end,
      day: d.first.value,
      month: month.month,
      style,
      daySpan: { start: d.first.start, end: d.first.end },
      monthSpan: { start: month.start, end: month.end },
      dayOnly: true,
    };
    if (d.last) {
      part.endDay = d.last.value;
      part.endDaySpan = { start: d.last.start, end: d.last.end };
    }
    return part;
  };
  const first = side(a, ordinal);
  const second = side(b, bOrdinal);
  const mention: DateMention = {
    start: first.start,
    end: next ? end : month.end,
    first,
    second,
    pairStyle,
    sharedMonthSpan: { start: month.start, end: month.end },
  };
  if (label) mention.secondMarker = label;
  if (next) {
    // The pair after it gives the year for both.
    if (next.sharedYear !== undefined) [mention.sharedYear, mention.sharedYearSpan] = [next.sharedYear, next.sharedYearSpan];
  } else {
    // The year written after the month belongs to both sides: read it as a shared year. A pair takes the comma before
    // it that older English gives an ordinal day ("16th July, 1917") whatever its days: "3 (16) July, 1917", "20 [9 OS] June, 1799".
    const probe: DatePart = { ...first, end: month.end, style: { ...first.style, ordinal: true } };
    yearAfter(t, probe, false);
    if (probe.year !== undefined && probe.yearSpan) {
      mention.sharedYear = probe.year;
      mention.sharedYearSpan = probe.yearSpan;
      if (probe.style.yearSuffix !== undefined) first.style.yearSuffix = probe.style.yearSuffix;
      if (probe.style.yearComma) first.style.yearComma = true;
      mention.end = probe.end;
    }
  }
  // Read wide, an ordinal pair must still be the calendars' pair with at most a tens digit wrong.
  if (wide && !plausibleOffset(a.first.value, b.first.value) && !otherDayButTens(a.first.value, b.first.value, month.month, mention.sharedYear)) return undefined;
  return { mention, consumed: mention.end };
}

/** The day-only pair after a range connector at `end`, written in the same style: the second of a range of pairs. */
function nextPairOfRange(t: Tokens, end: number, pairStyle: PairStyle): DateMention | undefined {
  const r = t.range(end);
  if (!r || !isDigit(t.code(r.end))) return undefined;
  const next = readDayOnlyPair(t, r.end)?.mention;
  return next && next.pairStyle === pairStyle && next.first.endDay === undefined && next.sharedMonthSpan ? next : undefined;
}

/**
 * Whether day `b` of the month is the other calendar's day of day `a` (of `month`, `year`), either way round, or that day
 * with its tens digit lost or wrong ("the 14th (16th) of May 1818": 14 May O.S. is 26 May N.S.). Days two or three
 * apart that are not ("the 1st (3rd) of July 1700, according to the chronicles": 1 July O.S. is 12 July) are a source's
 * variants, one day or the other, not a pair of calendars; so is any such pair before 1582. Without a year there is
 * nothing to weigh: read as a pair.
 */
function otherDayButTens(a: number, b: number, month: number, year: number | undefined): boolean {
  if (year === undefined) return true;
  if (year < 1582) return false; // no other calendar yet: a chronicle's variants ("the 14th (16th) of May 1318")
  const day = { year, month, day: a };
  return (['julian', 'gregorian'] as const).some((cal) => isValidDate(day, cal) && (convert(day, cal).day - b) % 10 === 0);
}

/**
 * The month-first day-only pair "November 19 (29), 1700", "October 5/16, 1701", and of ranges "January 5–6/18–19, 1918"
 * (Wikipedia's section titles): the bracket, or the slash, gives only the other calendar's day(s) of the same month.
 * `from` is just past the opening bracket or the slash; `close` is the closing bracket, none after a slash. Sets the
 * mention's second side in place when it reads one.
 */
function readMonthFirstDayOnly(t: Tokens, mention: DateMention, from: number, close: number | undefined): void {
  const first = mention.first;
  if (first.style.order !== 'mdy' || first.year !== undefined) return;
  const at = close === undefined ? from : t.spaces(from);
  // "December 16th/28th, 1871"; after a slash the suffix may be written once, on the second day ("Apr 1/14th").
  const once = close === undefined && !first.style.ordinal && !days(t, at, false);
  const b = days(t, at, first.style.ordinal || once);
  if (!b || (first.endDay === undefined) !== (b.last === undefined) || !plausibleOffset(first.day, b.first.value)) return;
  if (b.last && first.endDay !== undefined && !plausibleOffset(first.endDay, b.last.value)) return;
  let end = (b.last ?? b.first).end;
  if (close !== undefined) {
    end = t.spaces(end);
    if (t.code(end) !== close) return;
    end++;
  }
  first.dayOnly = true;
  mention.second = {
    start: b.first.start,
    end: (b.last ?? b.first).end,
    day: b.first.value,
    month: first.month,
    style: { ...first.style, ordinal: first.style.ordinal || once },
    daySpan: { start: b.first.start, end: b.first.end },
    monthSpan: { ...first.monthSpan },
    dayOnly: true,
  };
  if (b.last) {
    mention.second.endDay = b.last.value;
    mention.second.endDaySpan = { start: b.last.start, end: b.last.end };
    if (b.sep !== undefined && b.sep !== defaultRangeSep(false)) mention.second.style.rangeSep = b.sep;
  }
  mention.pairStyle = close === undefined ? 'slash' : close === CharCode.CloseParen ? 'paren' : 'bracket';
  mention.sharedMonthSpan = { ...first.monthSpan };
  mention.end = end;
}

/** What may stand between a comma pair's comma and its second side: "the", and words that say it is the same day. */
const THE = /(?:(?:that[ \t\u00A0]+is|i\.[ \u00A0]?e\.,?|or|equivalent[ \t\u00A0]+to)[ \t\u00A0]+)?(?:the[ \t\u00A0]+)?/y;

/** Where a comma pair's second side starts: after the comma's space and THE's words; none without a space. */
function secondSideAfter(t: Tokens, comma: number): number | undefined {
  const q = t.gap(comma + 1);
  if (q === comma + 1) return undefined;
  const the = t.exec(THE, q);
  return the ? q + the[0].length : q;
}

const isEnglishOrder = (p: DatePart) => p.style.order === 'dmy' || p.style.order === 'mdy';

/** The slash after a marked side, as German Wikipedia's dating template joins its sides ("6 October jul. / 18 October"). */
function templateSlash(t: Tokens, cursor: number): number | undefined {
  const s = t.spaces(cursor);
  return t.code(s) === CharCode.Slash && t.code(s + 1) !== CharCode.Slash ? s : undefined;
}

/**
 * "12 April O.S. = 24 April N.S.", "1 Dec 1885 [O.S.] in Russia = 14 Dec 1885 [N.S.]" (genealogy and dating guides):
 * an equals sign between a marked side and the other, where the first side may say where its calendar was kept; or
 * "or", as prose writes it: "on 9 December (Old Style) or 20 December (New Style) 1712".
 */
const EQUALS_OR = /[ \t\u00A0]+(?:(?:in[ \t\u00A0]+\p{Lu}\p{L}+[ \t\u00A0]+)?=|or(?![\p{L}\p{N}]))/uy;

/** Where an equation pair's "=" (or the last letter of its "or") stands after a marked side, if one does. */
function equalsOrAt(t: Tokens, pos: number): number | undefined {
  const m = t.exec(EQUALS_OR, pos);
  return m ? pos + m[0].length - 1 : undefined;
}

/**
 * Two sides, each with its own marker, joined by a comma (or by "=" or "or": `equalsOrAt`; or by German Wikipedia's
 * template slash, "6 October jul. / 18 October 1847 greg.": `templateSlash`): "31 January 1918 (Julian calendar), 13 February 1918
 * (Gregorian calendar)", "the 16th of July (O.S.), the 30th of July (N.S.), 1917" (the year written once after),
 * "12 March 1705 O.S., that is 23 March 1705 N.S.", "… (N.S.), or 20 March 1727 (O.S.)".
 * The markers must name different calendars; the first side's marker lies inside the mention.
 */
function commaMarkedPair(t: Tokens, mention: DateMention, m1: CalendarMarker, comma: number): ReadMention | undefined {
  const q = secondSideAfter(t, comma);
  if (q === undefined) return undefined;
  const first = mention.first;
  // German Wikipedia's dating template writes the year once, after the second side: "6 October jul. / 18 October 1847 greg.".
  const yearOnSecond = first.year === undefined && t.code(comma) === CharCode.Slash;
  const second = readPart(t, q, first.year !== undefined || yearOnSecond);
  // The template's translations may turn one side and not the other: "October 6 . Jul / 18th October 1847 greg.".
  if (!second || second.style.order === 'iso') return undefined;
  if (second.style.order !== first.style.order && !(yearOnSecond && isEnglishOrder(first) && isEnglishOrder(second))) return undefined;
  if ((first.year === undefined) !== (second.year === undefined) && !yearOnSecond) return undefined;
  const g = t.gap(second.end);
  const m2 = g > second.end || t.code(g) === CharCode.OpenParen || t.gluedTemplateMarker(g) ? markerAt(t, g, false) : undefined;
  if (!m2 || m2.calendar === m1.calendar) return undefined;
  mention.second = second;
  mention.secondMarker = m2;
  // The template's slash, like any slash pair, puts Old Style first whatever the writer's convention: it does not vote.
  mention.pairStyle = t.code(comma) === CharCode.Slash ? 'slash' : 'comma-marked';
  mention.end = m2.end;
  if (first.year === undefined) {
    const y0 = t.commaGap(m2.end);
    const y = y0 > m2.end ? t.year(y0, first.style.order === 'cyrillic-dmy') : undefined;
    if (y) {
      mention.sharedYear = y.value;
      mention.sharedYearSpan = y.digits;
      mention.end = y.end;
    }
  }
  return { mention, consumed: mention.end };
}

/**
 * "born 9 September (O.S.) 1778, 21 September (N.S.) 1778": each side labelled between its month and its year, the two
 * joined by a comma. Read as one pair only where both years are the same (written twice, given once as the shared
 * year); the markers must name different calendars.
 */
function labelBeforeYearPair(t: Tokens, mention: DateMention, m1: CalendarMarker): ReadMention | undefined {
  const first = mention.first;
  const y1 = t.year(t.gap(m1.end), false);
  if (!y1 || y1.start === m1.end || t.code(y1.end) !== CharCode.Comma) return undefined;
  const q = secondSideAfter(t, y1.end);
  const second = q === undefined ? undefined : readPart(t, q, false);
  if (!second || second.year !== undefined || second.style.order !== first.style.order) return undefined;
  const g = t.gap(second.end);
  const m2 = g > second.end || t.code(g) === CharCode.OpenParen ? markerAt(t, g, false) : undefined;
  if (!m2 || m2.calendar === m1.calendar) return undefined;
  const y2 = t.year(t.gap(m2.end), false);
  if (!y2 || y2.start === m2.end || y2.value !== y1.value || y2.alt !== y1.alt) return undefined;
  mention.firstMarker = m1;
  mention.second = second;
  mention.secondMarker = m2;
  mention.pairStyle = 'comma-marked';
  mention.sharedYear = y1.value;
  mention.sharedYearSpan = y1.digits;
  mention.end = y2.end;
  return { mention, consumed: y2.end };
}

/** Words between a verb-joined pair's sides that say they are one day: "fell on", "corresponds to", "was", "equals". */
const ONE_DAY_VERB =
  /,?[ \t\u00A0]+(?:f(?:ell|alls)[ \t\u00A0]+on|correspond(?:s|ed)[ \t\u00A0]+to|was|is|equals|=)[ \t\u00A0]+/y;

/** A label written out after a date in running prose ("in the Julian calendar", "by the Old Style"), not a bare adjective. */
function proseLabelAt(t: Tokens, pos: number): CalendarMarker | undefined {
  const label = bracketLabelAt(t, pos);
  return label && !BARE_CALENDAR_WORD.test(label.text) ? label : undefined;
}

/**
 * "25 December 1929 in the Julian calendar, fell on 7 January 1930 in the Gregorian calendar", "… (O.S.) corresponds to
 * … (N.S.)", "… in the Julian calendar was …": two dated sides, each labelled, joined by a verb saying they are one day.
 * Strict, since prose lists days of different events: both years written, labels naming different calendars, only the
 * verb between, and the sides within two months of each other.
 */
function verbJoinedPair(t: Tokens, mention: DateMention, label: CalendarMarker | undefined): ReadMention | undefined {
  const first = mention.first;
  const verb = label && t.exec(ONE_DAY_VERB, label.end);
  if (!label || !verb || first.year === undefined) return undefined;
  const second = readPart(t, label.end + verb[0].length, true);
  if (!second || second.year === undefined || second.style.order !== first.style.order) return undefined;
  const g = t.gap(second.end);
  const label2 = g > second.end ? (proseLabelAt(t, g) ?? markerAt(t, g, false)) : undefined;
  if (!label2 || label2.calendar === label.calendar) return undefined;
  const days = (p: DatePart) => toJdnUnchecked({ year: p.year!, month: p.month, day: p.day }, 'gregorian');
  if (Math.abs(days(second) - days(first)) > 60) return undefined;
  mention.firstMarker = label;
  mention.second = second;
  mention.secondMarker = label2;
  mention.pairStyle = 'comma-marked';
  mention.end = label2.end;
  return { mention, consumed: label2.end };
}

/** A calendar named by a bare adjective only ("Julian", "Western"): in running prose that is no label. */
const BARE_CALENDAR_WORD = /^(?:[JjGg](?:ulian|regorian)|Western)$/;

/**
 * A full date, a comma, and the other calendar's day with only that day labelled, as Western biographers add the local
 * day: "died at Bunzlau on 28 April 1813, 16 April by the Russian calendar", "on 15 June 1865, 27 June by the Western
 * calendar", "… 1813, or 16 April Old Style", "… 1813, 16 April (O.S.)". The label says the first side is the other calendar. The second side has
 * no year of its own and falls in the same or a neighbouring month; otherwise it is another day ("on 3 June 1812,
 * 26 August (O.S.) being the day of Borodino").
 */
function commaLabelledSecond(t: Tokens, mention: DateMention, comma: number): ReadMention | undefined {
  const q = secondSideAfter(t, comma);
  if (q === undefined) return undefined;
  const first = mention.first;
  const second = readPart(t, q, false);
  if (!second || second.year !== undefined || second.style.order !== first.style.order) return undefined;
  const months = Math.abs(second.month - first.month);
  if (months > 1 && months !== 11) return undefined;
  const g = t.gap(second.end);
  const words = g > second.end ? bracketLabelAt(t, g) : undefined;
  const label = (words && !BARE_CALENDAR_WORD.test(words.text) ? words : undefined) ?? (g > second.end ? markerAt(t, g, false) : undefined) ?? calendarOfTheTimeAt(t, second.end);
  if (!label) return undefined;
  mention.second = second;
  mention.secondMarker = label;
  mention.pairStyle = 'comma-marked';
  mention.end = label.end;
  return { mention, consumed: label.end };
}

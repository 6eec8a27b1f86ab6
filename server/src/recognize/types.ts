/** What the date grammar finds in prose: positions and values exactly as written, no calendar logic. */
import type { Calendar } from '../calendar/types';
import type { Span } from '../util/span';

/** How a date was written, so that a fix can write a new date the same way. */
export interface DateStyle {
  /** 'cyrillic-dmy': day, Russian or Ukrainian month name, year (and a year word) — no ordinals, a marker after the day. */
  order: 'dmy' | 'mdy' | 'iso' | 'cyrillic-dmy'; // 7 March 1917 | March 7, 1917 | 1917-03-07 | 25 октября 1917
  month: 'long' | 'short' | 'short-dot' | 'numeric'; // March | Mar | Mar. | 03
  ordinal: boolean; // 7th March
  /** "2d", "3d", "22d": the older English ordinal ("nd"/"rd" written "d"). */
  shortOrdinal?: boolean;
  /** "the 7th of March": the day is joined to the month by "of". */
  of?: boolean;
  /** "March the 16th": "the" between an MDY month and its day. */
  the?: boolean;
  /** "Novr. 28th", "Septr 1": the month in the older abbreviation that keeps its last letter. */
  oldMonth?: boolean;
  /** "June ye 15", "Novr. Ye 28th": the article written "ye" (gravestones, registers), as written. */
  ye?: 'ye' | 'Ye';
  /** "16th July, 1917": a comma between a DMY day-and-month and its year. */
  yearComma?: boolean;
  /** "June 13. 1650": a period between an MDY day and its year, as seventeenth-century printing wrote it. */
  yearPeriod?: boolean;
  /** Russian or Ukrainian year word after the year as written: "г." | "года" | "году" | "р." | "року". */
  yearSuffix?: string;
  /**
   * `order` 'cyrillic-dmy' with Ukrainian ("25 жовтня 1917 року") or Serbian month names, Cyrillic or Latin ("6 априла",
   * "6 aprila"); unset: Russian ones.
   */
  lang?: 'uk' | 'sr' | 'sr-Latn';
  /** "6. априла 1941": a period after the day, as Serbian writes its ordinal (inside `daySpan`). */
  dayPeriod?: boolean;
  /**
   * Numeric dates ("13.02.1918", "04/13/1916", "31.I.1918"; `month` is 'numeric', `order` 'dmy' or 'mdy'): the
   * separator, whether day and month were written with two digits, and a Roman-numeral month.
   */
  numeric?: { sep: string; padDay: boolean; padMonth: boolean; roman?: boolean };
  /** The range separator as written between days ("–", "-", "—", " to "); formatters default to "–". */
  rangeSep?: string;
}

/** One calendar's side of a date: a day or a span of days ("3–7 July", "23 February – 3 March"). */
export interface DatePart extends Span {
  day: number;
  month: number;
  /** The year as written inside this part, if any. */
  year?: number;
  /** Span of the year digits when written. */
  yearSpan?: Span;
  /** For ranges: the last day. */
  endDay?: number;
  endMonth?: number;
  style: DateStyle;
  /** Spans of the pieces, so a fix can rewrite only what changes. */
  daySpan: Span;
  monthSpan: Span;
  /** For ranges: spans of the last day and (when written) of its own month ("23 February – 3 March"). */
  endDaySpan?: Span;
  endMonthSpan?: Span;
  /** English dual year "11 February 1731/32": the second (New-Year-adjusted) year. */
  altYear?: number;
  /**
   * A side of a day-only dual date, "3 (16) July 1917", "3/16 July": the part is its day(s) only ([start, end) covers
   * "3" or "3–7"); its month (and year) is the one written once after the pair (`DateMention.sharedMonthSpan`,
   * copied into `monthSpan`). A fix rewrites only the day(s) while the month stays the same.
   */
  dayOnly?: boolean;
  /**
   * Numeric dates only: true when the date shows its own order (a number over 12, "13.02.1918", "04/13/1916", or a
   * Roman month); false when day and month could be swapped ("03.02.1918", read day-first). See `numericOrder`.
   */
  orderProven?: boolean;
}

export interface CalendarMarker extends Span {
  calendar: Calendar;
  text: string; // "O.S.", "New Style", "(Julian)", "ст. ст." …
  /** A sentence phrase written right after this date ("6 October 1867 in the Julian calendar"): the date's own word. */
  attached?: boolean;
}

/** How the two sides of a dual date are joined. */
export type PairStyle =
  | 'paren-marked' // 7 March (O.S. 22 February) 1917
  | 'bracket-marked' // 15 March [O.S. 2 March] 1917
  | 'paren' // 22 February (7 March) 1917
  | 'bracket' // 25 October [7 November] 1917
  | 'slash' // 22 February/7 March 1917
  | 'comma-marked'; // 16 July (O.S.), 29 July (N.S.), 1917 — each side with its own marker

export interface DateMention extends Span {
  /** The side written first. */
  first: DatePart;
  /** The side written second, for dual dates. */
  second?: DatePart;
  pairStyle?: PairStyle;
  /** Markers that apply to the first / second side ("7 March (O.S. 22 February)": second side marked julian). */
  firstMarker?: CalendarMarker;
  secondMarker?: CalendarMarker;
  /** Year written after the whole dual date ("7 March (O.S. 22 February) 1917"), applying to both sides. */
  sharedYear?: number;
  sharedYearSpan?: Span;
  /**
   * "31 January (13 February in the rest of Europe)": the second side is the day where the other calendar was in
   * use, not a date of the place the text is about (no reform-gap or local-calendar checks for it).
   */
  secondElsewhere?: boolean;
  /** Day-only dual dates ("3 (16) July 1917"): the month written once after the pair, for both sides. */
  sharedMonthSpan?: Span;
  /** "Wednesday, 7 November 1917". 0 = Sunday … 6 = Saturday. */
  weekday?: Span & { value: number };
  /**
   * A phrase in the date's own sentence that names a calendar ("by the Julian calendar then in use",
   * "according to the Old Style"), set only when the date has no direct marker. When the phrase sits
   * inside parentheses, it applies only to dates inside the same parentheses.
   */
  sentenceMarker?: CalendarMarker;
  /** The region of the place heading the date's line as a letter's dateline ("STOCKHOLM, March 15, 1917"). */
  datelineRegion?: string;
  /**
   * A Hebrew-calendar date written beside this one as the same day ("22 May 1760 (6 Sivan 5520)"), and the calendar in
   * which this date is that day; set only when exactly one calendar fits.
   */
  hebrewDay?: Span & { calendar: Calendar };
}

/** A bare year in prose ("in 1917", "## 1918"), used to give years to dates written without one. */
export interface YearMention extends Span {
  year: number;
}

/**
 * A date whose day or month no calendar has, written where the shape leaves no doubt that a date was meant: a day
 * number with a month name and a year ("32 March 1917", "March 32, 1917"), or "YYYY-MM-DD" ("1917-13-45").
 * Kept apart from `DateMention`: nothing can be computed from it, only reported.
 */
export interface ImpossibleDate extends Span {
  day: number;
  /** As written: a month name's number, or the number between an ISO date's dashes (13 in "1917-13-45"). */
  month: number;
  year: number;
  /** The year's four digits. */
  yearSpan: Span;
}

/**
 * Hebrew-calendar dates written beside a civil date: "18 Tishrei 5561 [Tuesday, October 7, 1800]", "22 May 1760 (6 Sivan
 * 5520)", "November 27 1798 – 19 Kislev 5559". Jewish histories give such a pair as one day, so the Hebrew date says in
 * which calendar the civil date is written: the one in which it is that day (or the day beside it, as a Hebrew day
 * begins at the evening before and converters differ by one). Most give the Gregorian day, some in Russia the Julian
 * one; a pair that fits neither is left to the usual reading. The Hebrew date itself is never checked.
 */
import { toJdn, tryToJdn, type Calendar } from '../../calendar';
import type { DateMention } from '../types';
import type { Span } from '../../util/span';

/** Spellings of the Hebrew months, by the name ICU's Hebrew calendar gives them in English. */
const MONTHS: Record<string, string> = {
  tishri: 'Tishri', tishrei: 'Tishri',
  heshvan: 'Heshvan', cheshvan: 'Heshvan', marcheshvan: 'Heshvan', marheshvan: 'Heshvan', ḥeshvan: 'Heshvan',
  kislev: 'Kislev', kislew: 'Kislev', chislev: 'Kislev',
  tevet: 'Tevet', teveth: 'Tevet', tebeth: 'Tevet', teves: 'Tevet',
  shevat: 'Shevat', shvat: 'Shevat', shebat: 'Shevat',
  adar: 'Adar', 'adar i': 'Adar I', 'adar ii': 'Adar II', 'adar rishon': 'Adar I', 'adar sheni': 'Adar II',
  nisan: 'Nisan', nissan: 'Nisan',
  iyar: 'Iyar', iyyar: 'Iyar',
  sivan: 'Sivan', siwan: 'Sivan',
  tammuz: 'Tamuz', tamuz: 'Tamuz',
  av: 'Av', ab: 'Av', 'menachem av': 'Av',
  elul: 'Elul',
};
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** "6 Sivan 5520", "19th of Kislev, 5559", "Sivan 6, 5520": a day, a Hebrew month and a year of the world (Anno Mundi). */
const HEBREW_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?: of)? (?<m1>${MONTH_RE})|(?<m2>${MONTH_RE}) (?<d2>\\d{1,2}))(?:,)? (?<y>5\\d{3})(?!\\d)`,
  'giu',
);
/** Only brackets, commas, a dash or "or" between the two dates of one day. */
const BETWEEN = /^[\s,;:([\]=–—-]*(?:or\b[\s([]*)?$/u;
const MAX_GAP = 12;
/** A year of the world of these centuries: the cheap test before the month names are looked for. */
const AM_YEAR = /(?<!\d)5[3-7]\d\d(?!\d)/;

/**
 * Made at the first Hebrew date, not at load: building a Hebrew-calendar formatter loads ICU's calendar data, about
 * 20 ms and 8 MB that a server's start or a `clio check` of texts without Hebrew dates should not pay.
 */
let formatter: Intl.DateTimeFormat | null | undefined;
function hebrewFormatter(): Intl.DateTimeFormat | undefined {
  if (formatter === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-hebrew', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      formatter = f.resolvedOptions().calendar === 'hebrew' ? f : null;
    } catch {
      formatter = null; // a runtime without ICU's calendars: no Hebrew date is read
    }
  }
  return formatter ?? undefined;
}

/** The Hebrew date (day, month as ICU names it, year) of a Julian Day Number. */
function hebrewDayOf(formatter: Intl.DateTimeFormat, jdn: number): string | undefined {
  const parts = formatter.formatToParts(new Date((jdn - 2440588) * 86400000));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('day')} ${get('month')} ${get('year')}`;
}

/** Marks each civil date written beside a Hebrew date of the same day with the calendar that makes it that day. */
export function addHebrewDays(text: string, spans: readonly Span[], dates: DateMention[]): void {
  if (dates.length === 0 || !AM_YEAR.test(text)) return;
  const formatter = hebrewFormatter();
  if (!formatter) return;
  HEBREW_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEBREW_DATE.exec(text))) {
    const h = { start: m.index, end: m.index + m[0].length };
    if (!spans.some((s) => s.start <= h.start && h.end <= s.end)) continue;
    const g = m.groups!;
    const month = MONTHS[(g.m1 ?? g.m2).toLowerCase()];
    const civil = besideCivil(text, dates, h);
    const calendar = civil && calendarNaming(formatter, civil, `${Number(g.d1 ?? g.d2)} ${month} ${g.y}`, month);
    if (calendar) civil.hebrewDay = { ...h, calendar };
  }
}

/** The dated single civil date just before or after the Hebrew date, with nothing but brackets or commas between. */
function besideCivil(text: string, dates: readonly DateMention[], h: Span): DateMention | undefined {
  for (const d of dates) {
    if (d.second || d.first.year === undefined || d.first.altYear !== undefined || d.first.endDay !== undefined || d.firstMarker) continue;
    const start = d.weekday && d.weekday.start < d.start ? d.weekday.start : d.start;
    const gap = d.end <= h.start ? text.slice(d.end, h.start) : h.end <= start ? text.slice(h.end, start) : undefined;
    if (gap !== undefined && gap.length <= MAX_GAP && BETWEEN.test(gap)) return d;
  }
  return undefined;
}

/** The one calendar in which the civil date is the Hebrew date's day (or the day beside it). */
function calendarNaming(formatter: Intl.DateTimeFormat, d: DateMention, written: string, month: string): Calendar | undefined {
  const date = { year: d.first.year!, month: d.first.month, day: d.first.day };
  const fits = (['julian', 'gregorian'] as const).filter((cal) => {
    if (tryToJdn(date, cal) === undefined) return false;
    const jdn = toJdn(date, cal);
    // A plain "Adar" is Adar II in a leap year.
    return [jdn - 1, jdn, jdn + 1].some((j) => {
      const named = hebrewDayOf(formatter, j);
      return named === written || (month === 'Adar' && named === written.replace(' Adar ', ' Adar II '));
    });
  });
  return fits.length === 1 ? fits[0] : undefined;
}

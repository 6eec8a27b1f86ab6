/**
 * Gives every date mention its year (its own, else the one contextYear.ts reads it in) and its calendar: marker on the
 * date > the dual date it belongs to > a sentence that names the calendar > the document's convention > the region's
 * calendar at the time.
 */
import {
  allReforms,
  calendarInUse,
  getReform,
  compareYmd,
  other,
  weekday as dayOfWeek,
  toJdn,
  isValidDate,
  legalYearOf,
  legalYearWritten,
  type Calendar,
  type Reform,
  type YMD,
  type YearStart,
} from '../calendar';
import { sentenceAround } from '../recognize/dates/sentence';
import type { DateMention, DatePart } from '../recognize/types';
import type { CalendarReason, Convention, ResolvedDate, ResolvedSide } from './types';

/**
 * What may join the two ends of a range written as two dates: "to", "and" (after "between"), a dash, "до", "по"; after
 * the period an old printer put after a day ("From Thursday, June 6. to Thursday, June 13. 1650").
 */
export const RANGE_JOIN = /^\.?\s*,?\s*(?:to|till|until|through|and|до|по|и|[-–—])\s*$/iu;

export interface ReadingContext {
  convention: Convention | undefined;
  conventionReason: CalendarReason;
  reform: Reform | undefined;
  contextYear: number | undefined;
  yearStart: YearStart;
}

function sideDays(part: DatePart, year: number): { first: YMD; last?: YMD } {
  const first = { year, month: part.month, day: part.day };
  if (part.endDay === undefined) return { first };
  const endMonth = part.endMonth ?? part.month;
  // "28 December – 3 January" runs into the next year.
  return { first, last: { year: endMonth < part.month ? year + 1 : year, month: endMonth, day: part.endDay } };
}

function jdnOf(date: YMD | undefined, calendar: Calendar): number | undefined {
  return date && isValidDate(date, calendar) ? toJdn(date, calendar) : undefined;
}

function side(part: DatePart, year: number | undefined, yearFromContext: boolean, calendar: Calendar, reason: CalendarReason): ResolvedSide {
  const s: ResolvedSide = { part, year, yearFromContext, calendar, reason };
  if (year === undefined) return s;
  const { first, last } = sideDays(part, year);
  s.first = first;
  s.last = last;
  s.jdn = jdnOf(first, calendar);
  s.endJdn = jdnOf(last, calendar);
  return s;
}

/**
 * The calendar a region's people wrote a day in: Julian while it was theirs, Gregorian from the reform. A label
 * that names a real day in neither (Russia's 1–13 February 1918, read either way, falls on the other side of the
 * reform) is Gregorian, so that reform-gap can say the day never existed there.
 */
export function localCalendarOf(reform: Reform, date: YMD): Calendar {
  const asJulian = jdnOf(date, 'julian');
  if (asJulian !== undefined && calendarInUse(reform, asJulian) === 'julian') return 'julian';
  return 'gregorian';
}

/** The Gregorian calendar began on 15 October 1582: a date before it is Julian whatever a convention says. */
const FIRST_GREGORIAN_DAY: YMD = { year: 1582, month: 10, day: 15 };
export function beforeGregorian(date: YMD): boolean {
  return compareYmd(date, FIRST_GREGORIAN_DAY) < 0;
}

/** The side was read by the document's convention (declared or inferred), not by anything on the date itself. */
export function isConvention(reason: CalendarReason): boolean {
  return reason === 'front-matter' || reason === 'setting' || reason === 'stated' || reason === 'inferred';
}

/** Which reading of an unmarked single date the document's context gives. */
function contextReading(ctx: ReadingContext, year: number | undefined, part: DatePart, weekday: number | undefined): { calendar: Calendar; reason: CalendarReason } {
  const date = year === undefined ? undefined : { year, month: part.month, day: part.day };
  // Old Style means the local calendar: in a Russian chapter, O.S. until 31 January 1918 and N.S. after it. A dual
  // convention gives both calendars; a date written in one only is read, like Old Style, in the local one.
  if ((ctx.convention === 'julian' || ctx.convention === 'dual') && date && ctx.reform) {
    return { calendar: localCalendarOf(ctx.reform, date), reason: ctx.conventionReason };
  }
  // Nor, with no region known, after every region had left the Julian calendar (a blog post's "14 февраля 2018 г.").
  if (ctx.convention === 'julian' && date && isAfterEveryReform(date)) return { calendar: 'gregorian', reason: 'default' };
  if (ctx.convention === 'gregorian' || ctx.convention === 'julian') {
    // New Style cannot reach before the Gregorian calendar existed.
    const calendar = ctx.convention === 'gregorian' && date && beforeGregorian(date) ? 'julian' : ctx.convention;
    return { calendar, reason: ctx.conventionReason };
  }
  if (date && weekday !== undefined) {
    // With no convention, a stated weekday can say which calendar is meant: with a region, only by fitting the
    // local calendar (one that fits only the foreign calendar is more likely a slip, and weekday-mismatch says
    // both); with no region, by fitting either.
    const fits = (ctx.reform ? [localCalendarOf(ctx.reform, date)] : (['julian', 'gregorian'] as const)).filter((c) => {
      const jdn = jdnOf(date, c);
      return jdn !== undefined && dayOfWeek(jdn) === weekday;
    });
    if (fits.length === 1) return { calendar: fits[0], reason: 'weekday' };
  }
  if (date && ctx.reform) return { calendar: localCalendarOf(ctx.reform, date), reason: 'region' };
  // Before 1582 no one wrote Gregorian dates; after it, with no region known, N.S. is the modern default.
  return { calendar: date && beforeGregorian(date) ? 'julian' : 'gregorian', reason: 'default' };
}

/** The year candidates for a side without its own year, nearest first. */
function pairYears(part: DatePart, otherPart: DatePart, otherYear: number): number[] {
  // Across New Year the O.S. side may be in December of the year before ("19 December 1917 / 1 January 1918").
  if (part.month === 12 && otherPart.month === 1) return [otherYear - 1, otherYear];
  if (part.month === 1 && otherPart.month === 12) return [otherYear + 1, otherYear];
  return [otherYear];
}

/** Which side of an unmarked pair is Julian: the assignment that makes both the same day, else by ordering. */
function assignUnmarkedPair(a: DatePart, ya: number | undefined, b: DatePart, yb: number | undefined, ctx: ReadingContext): Calendar {
  if (ya !== undefined && yb !== undefined) {
    const aj = jdnOf({ year: ya, month: a.month, day: a.day }, 'julian');
    const bg = jdnOf({ year: yb, month: b.month, day: b.day }, 'gregorian');
    if (aj !== undefined && aj === bg) return 'julian';
    const ag = jdnOf({ year: ya, month: a.month, day: a.day }, 'gregorian');
    const bj = jdnOf({ year: yb, month: b.month, day: b.day }, 'julian');
    if (ag !== undefined && ag === bj) return 'gregorian';
    // Neither reading agrees: the side with the later label is the Gregorian one (the offset is positive after 300 AD).
    const la = (ya * 12 + a.month) * 32 + a.day;
    const lb = (yb * 12 + b.month) * 32 + b.day;
    if (la !== lb) return la < lb ? 'julian' : 'gregorian';
  }
  return ctx.convention === 'gregorian' ? 'gregorian' : 'julian';
}

/**
 * The sentence's calendar phrase, unless it would make a date Julian where and when the region had long been
 * Gregorian ("On Friday 16 February 2024 Greece marked the day it left the Julian calendar"). Within a year of the
 * reform an O.S. label is still how people wrote ("1 February 1918 by the old style"), so the phrase holds there.
 * A phrase written right after the date is its own label and holds anywhere ("Friday 6 October 1867 in the Julian
 * calendar", of Alaska's last Russian day).
 */
function sentenceMarkerFor(mention: DateMention, year: number | undefined, ctx: ReadingContext): DateMention['sentenceMarker'] {
  const marker = mention.sentenceMarker;
  if (!marker || marker.attached || marker.calendar !== 'julian' || year === undefined) return marker;
  const asGregorian = jdnOf({ year, month: mention.first.month, day: mention.first.day }, 'gregorian');
  if (asGregorian === undefined) return marker;
  const reformDay = ctx.reform ? (ctx.reform.previousCalendar === 'julian' || ctx.reform.previousCalendar === 'rumi' ? ctx.reform.firstGregorianJdn : -Infinity) : LAST_REFORM_JDN;
  return asGregorian > reformDay + 366 ? undefined : marker;
}

/** Greece, 1 March 1923 N.S.: after it no European country kept the Julian calendar for civil dates. */
const LAST_REFORM_JDN = toJdn({ year: 1923, month: 3, day: 1 }, 'gregorian');

/**
 * A sentence that names both edges of a switch ("Wednesday 2 September 1752 was followed by Thursday 14 September
 * 1752", "Sunday, February 18 is followed by Monday, March 1" of 1700) writes the last Julian day in the Julian
 * calendar and the first Gregorian day in the Gregorian, whatever the document's convention or the paragraph's
 * region: each unmarked edge is read so, as its sentence explains it, in the region whose edges they are.
 */
export function readSwitchEdges<D extends ResolvedDate>(text: string, dates: D[], ctx: ReadingContext): void {
  for (const [i, d] of dates.entries()) {
    const day = d.first.first;
    // A phrase of the sentence ("adopt the Gregorian calendar: Wednesday 2 September is followed by …") names the
    // calendar the switch is to, not the one each edge is in; only the date's own marks stand.
    if (d.second || !day || (d.selfExplained && d.first.reason !== 'sentence')) continue;
    const onEdge = reformsWithEdgeOn(day);
    if (!onEdge) continue;
    // The context's reform first, then the others in their order (a reform with no edge on the day is skipped).
    for (const reform of ctx.reform ? [ctx.reform, ...onEdge] : onEdge) {
      const edge = compareYmd(day, reform.lastJulian) === 0 ? 'julian' : compareYmd(day, reform.firstGregorian) === 0 ? 'gregorian' : undefined;
      if (!edge) continue;
      const otherEdge = edge === 'julian' ? reform.firstGregorian : reform.lastJulian;
      if (!writesDay(dates, sentenceAround(text, d.mention.start), otherEdge, d)) continue;
      if (d.first.calendar !== edge) {
        const again = resolveDate({ ...d.mention, sentenceMarker: undefined }, { ...ctx, reform, contextYear: d.first.year, convention: edge, conventionReason: 'sentence' });
        dates[i] = Object.assign(d, again, { mention: d.mention, selfExplained: true });
      }
      break;
    }
  }
}

/**
 * The reforms whose last Julian or first Gregorian day may be `day`, in their order, by a number made of the day
 * (the caller compares the days themselves); built once.
 */
let reformEdges: Map<number, Reform[]> | undefined;
const ymdNumber = (d: YMD) => (d.year * 13 + d.month) * 32 + d.day;

let lastReform: Reform | undefined;
function lastReformEver(): Reform {
  return (lastReform ??= allReforms().reduce((a, b) => (b.firstGregorianJdn > a.firstGregorianJdn ? b : a)));
}
function lastReformYear(): number {
  return lastReformEver().firstGregorian.year;
}
function isAfterEveryReform(date: YMD): boolean {
  const jdn = jdnOf(date, 'gregorian');
  return jdn !== undefined && jdn >= lastReformEver().firstGregorianJdn;
}

/** Undefined for nearly every day: a date is no longer compared with the 84 edges of 42 reforms. */
function reformsWithEdgeOn(day: YMD): readonly Reform[] | undefined {
  if (!reformEdges) {
    reformEdges = new Map();
    for (const reform of allReforms()) {
      for (const edge of new Set([ymdNumber(reform.lastJulian), ymdNumber(reform.firstGregorian)])) {
        const list = reformEdges.get(edge) ?? [];
        list.push(reform);
        reformEdges.set(edge, list);
      }
    }
  }
  return reformEdges.get(ymdNumber(day));
}

/** Whether a date of `dates` (other than `except`) inside `[start, end)`, a sentence, starts on `day`. */
export function writesDay(dates: readonly ResolvedDate[], [start, end]: readonly [number, number], day: YMD, except?: ResolvedDate): boolean {
  return dates.some((o) => o !== except && o.mention.start >= start && o.mention.end <= end && o.first.first !== undefined && compareYmd(o.first.first, day) === 0);
}

/**
 * A dateline's place ("STOCKHOLM, March 15, 1917") where it was Gregorian on the day: nobody there wrote Old Style,
 * so the date is that place's, whatever region the paragraph is about. A Julian place decides nothing: foreigners
 * there dated their letters New Style as often as not. A document declared Old Style (front matter, a setting, its own
 * words) keeps it abroad: an edition of a Russian's letters dates "Vienna, 1 March 1881" as the Russian did.
 */
function datelineReform(mention: DateMention, year: number | undefined, ctx: ReadingContext): Reform | undefined {
  const id = mention.datelineRegion;
  if (id === undefined || year === undefined || id === ctx.reform?.id) return undefined;
  if (ctx.convention === 'julian' && ctx.conventionReason !== 'inferred') return undefined;
  const reform = getReform(id);
  return reform && localCalendarOf(reform, { year, month: mention.first.month, day: mention.first.day }) === 'gregorian' ? reform : undefined;
}

/**
 * A side's year as written, in modern reckoning: of a double year the later ("11 February 1731/32" is 1732 from
 * 1 January), else its own, else the one written once after the pair.
 */
export function modernYearOf(part: DatePart, shared: number | undefined): number | undefined {
  return part.altYear ?? part.year ?? shared;
}

export function resolveDate(mention: DateMention, ctx: ReadingContext): ResolvedDate {
  const { first: a, second: b } = mention;
  const shared = mention.sharedYear;
  if (!b) {
    const written = modernYearOf(a, shared);
    const place = datelineReform(mention, written ?? ctx.contextYear, ctx);
    if (place) ctx = { ...ctx, reform: place };
    // Years counted from 25 March: an undoubled year (written, or the context's) on a day before it is the legal
    // year, the modern one less one.
    const given = written ?? ctx.contextYear;
    const yearStartRead = ctx.yearStart === 'march' && a.altYear === undefined && given !== undefined && ctx.reform !== undefined &&
      legalYearWritten(ctx.reform, { year: given, month: a.month, day: a.day }) !== undefined;
    const year = given !== undefined && yearStartRead ? given + 1 : given;
    const marker = mention.firstMarker ?? sentenceMarkerFor(mention, year, ctx);
    // A double year is itself an Old Style mark: only a Julian legal year that began on 25 March needs two numbers.
    const reading: { calendar: Calendar; reason: CalendarReason } = mention.firstMarker
      ? { calendar: mention.firstMarker.calendar, reason: 'marker' }
      : a.altYear !== undefined
        ? { calendar: 'julian', reason: 'double-year' }
        : marker
          ? { calendar: marker.calendar, reason: 'sentence' }
          : mention.hebrewDay
            ? { calendar: mention.hebrewDay.calendar, reason: 'hebrew-date' }
            : contextReading(ctx, year, a, mention.weekday?.value);
    const first = side(a, year, written === undefined, reading.calendar, reading.reason);
    if (ctx.reform && first.first && a.altYear === undefined && reading.calendar === localCalendarOf(ctx.reform, first.first)) {
      const legal = legalYearOf(ctx.reform, first.first);
      if (legal) Object.assign(first, { legalYear: legal, yearStartRead });
    }
    return { mention, first, reform: ctx.reform, selfExplained: marker !== undefined || a.altYear !== undefined || mention.hebrewDay !== undefined };
  }

  // Years: written on the side (a double year's modern one, "1 February 1732/3"), else shared after the pair, else
  // the other side's, else context.
  let ya = modernYearOf(a, shared);
  let yb = modernYearOf(b, shared);
  const aFromContext = ya === undefined && yb === undefined;
  if (ya === undefined && yb !== undefined) ya = pairYears(a, b, yb)[0];
  if (yb === undefined && ya !== undefined) yb = pairYears(b, a, ya)[0];
  // The two sides name different days only while a Julian calendar was in civil use somewhere: a year after the
  // last reform (a byline's "January 3, 2022") is not the year of "September 9 (20)", which stays without one.
  const contextYear = ctx.contextYear !== undefined && ctx.contextYear <= lastReformYear() ? ctx.contextYear : undefined;
  ya ??= contextYear;
  // A yearless pair across New Year takes the context's year on its first side and the next (or last) on the other:
  // "He died on December 31 (January 13 in Gregorian calendar)" in 1905 is 13 January 1906.
  yb ??= ya !== undefined ? pairYears(b, a, ya)[0] : contextYear;

  let aCalendar: Calendar;
  let reason: CalendarReason = 'marker';
  if (mention.firstMarker) aCalendar = mention.firstMarker.calendar;
  else if (mention.secondMarker) aCalendar = other(mention.secondMarker.calendar);
  else {
    reason = 'pair';
    aCalendar = assignUnmarkedPair(a, ya, b, yb, ctx);
  }
  const bCalendar = mention.firstMarker && mention.secondMarker ? mention.secondMarker.calendar : other(aCalendar);

  // A side whose year came from the other side may sit across New Year: pick the year that makes the pair agree.
  if (a.year === undefined && shared === undefined && b.year !== undefined) ya = bestYear(a, b, b.year, aCalendar, bCalendar) ?? ya;
  if (b.year === undefined && shared === undefined && a.year !== undefined) yb = bestYear(b, a, a.year, bCalendar, aCalendar) ?? yb;

  return {
    mention,
    first: side(a, ya, aFromContext, aCalendar, reason),
    second: side(b, yb, aFromContext, bCalendar, reason),
    reform: ctx.reform,
    selfExplained: true,
  };
}

function bestYear(part: DatePart, otherPart: DatePart, otherYear: number, cal: Calendar, otherCal: Calendar): number | undefined {
  const target = jdnOf({ year: otherYear, month: otherPart.month, day: otherPart.day }, otherCal);
  if (target === undefined) return undefined;
  for (const y of [otherYear, otherYear - 1, otherYear + 1]) {
    if (jdnOf({ year: y, month: part.month, day: part.day }, cal) === target) return y;
  }
  return undefined;
}

/**
 * The day the side's words name in the other year reckoning, where the two differ (a day before 25 March in England
 * before 1752): read as modern, the written year taken as legal is a year later; read as legal, a year earlier.
 */
export function otherReckoningDay(side: ResolvedSide): { first: YMD; jdn: number } | undefined {
  if (!side.legalYear || !side.first) return undefined;
  const first = { ...side.first, year: side.first.year + (side.yearStartRead ? -1 : 1) };
  const jdn = jdnOf(first, side.calendar);
  return jdn === undefined ? undefined : { first, jdn };
}

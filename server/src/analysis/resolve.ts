/**
 * Gives every date mention its year and its calendar: marker on the date > the dual date it belongs to >
 * a sentence that names the calendar > the document's convention > the region's calendar at the time.
 */
import {
  calendarInUse,
  other,
  toJdn,
  isValidDate,
  type Calendar,
  type Reform,
  type YMD,
} from '../calendar';
import type { DateMention, DatePart } from '../recognize/types';
import type { CalendarReason, Convention, ResolvedDate, ResolvedSide } from './types';

export interface ReadingContext {
  convention: Convention | undefined;
  conventionReason: CalendarReason;
  reform: Reform | undefined;
  contextYear: number | undefined;
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

/** Which reading of an unmarked single date the document's context gives. */
function contextReading(ctx: ReadingContext, year: number | undefined, part: DatePart): { calendar: Calendar; reason: CalendarReason } {
  if (ctx.convention === 'gregorian' || ctx.convention === 'julian') return { calendar: ctx.convention, reason: ctx.conventionReason };
  if (year !== undefined && ctx.reform) {
    const jdn = jdnOf({ year, month: part.month, day: part.day }, 'julian') ?? jdnOf({ year, month: part.month, day: part.day }, 'gregorian');
    if (jdn !== undefined) return { calendar: calendarInUse(ctx.reform, jdn), reason: 'region' };
  }
  // Before 1582 no one wrote Gregorian dates; after it, with no region known, N.S. is the modern default.
  return { calendar: year !== undefined && year < 1582 ? 'julian' : 'gregorian', reason: 'default' };
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

export function resolveDate(mention: DateMention, ctx: ReadingContext): ResolvedDate {
  const { first: a, second: b } = mention;
  const shared = mention.sharedYear;
  if (!b) {
    // "11 February 1731/32": the second year is the modern (1 January) reckoning of the day.
    const written = a.altYear ?? a.year ?? shared;
    const year = written ?? ctx.contextYear;
    const marker = mention.firstMarker ?? mention.sentenceMarker;
    const reading = marker
      ? { calendar: marker.calendar, reason: (mention.firstMarker ? 'marker' : 'sentence') as CalendarReason }
      : contextReading(ctx, year, a);
    return {
      mention,
      first: side(a, year, written === undefined, reading.calendar, reading.reason),
      reform: ctx.reform,
      selfExplained: marker !== undefined,
    };
  }

  // Years: written on the side, else shared after the pair, else the other side's, else context.
  let ya = a.year ?? shared;
  let yb = b.year ?? shared;
  const aFromContext = ya === undefined && yb === undefined;
  if (ya === undefined && yb !== undefined) ya = pairYears(a, b, yb)[0];
  if (yb === undefined && ya !== undefined) yb = pairYears(b, a, ya)[0];
  ya ??= ctx.contextYear;
  yb ??= ctx.contextYear;

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

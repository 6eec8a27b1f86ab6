/** Dataset dates as days: parsing "1917-10-25"/"1917-10"/"1917" with their calendar, and the dated facts of an entity. */
import { daysInMonth, fromJdn, isValidDate, toJdn, type Calendar, type YMD } from '../calendar';
import type { DatedValue, Entity } from './types';

export interface DayPrecision {
  year: number;
  month?: number;
  day?: number;
}

export function parseDatedValue(v: DatedValue): DayPrecision | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v.date);
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** The first and last day a partial date may mean in `calendar`: the day itself, or all of its month or year. */
export function partialDayRange(p: DayPrecision, calendar: Calendar): { first: YMD; last: YMD } {
  const lastMonth = p.month ?? 12;
  return {
    first: { year: p.year, month: p.month ?? 1, day: p.day ?? 1 },
    last: { year: p.year, month: lastMonth, day: p.day ?? daysInMonth(p.year, lastMonth, calendar) },
  };
}

/** A full day in its recorded calendar, with its JDN; undefined for partial or invalid dates. */
export function fullDay(v: DatedValue | undefined): { day: YMD; calendar: Calendar; jdn: number } | undefined {
  if (!v) return undefined;
  const p = parseDatedValue(v);
  if (!p || p.month === undefined || p.day === undefined) return undefined;
  const day = { year: p.year, month: p.month, day: p.day };
  if (!isValidDate(day, v.calendar)) return undefined;
  return { day, calendar: v.calendar, jdn: toJdn(day, v.calendar) };
}

export interface DatedFact {
  entityId: string;
  /** "began", "ended", "born", "died", or "" for a one-day event. */
  what: 'began' | 'ended' | 'born' | 'died' | 'on';
  day: YMD;
  calendar: Calendar;
  jdn: number;
}

/**
 * Every full-day fact of an entity: an event's start and end, a person's birth and death; after them, the days
 * references also give for each (`alsoGiven`), so that a text writing one is not told it wrote another calendar's.
 */
export function datedFacts(e: Entity): DatedFact[] {
  const out: DatedFact[] = [];
  const also: [DatedFact['what'], DatedValue][] = [];
  const add = (what: DatedFact['what'], v: DatedValue | undefined) => {
    const f = fullDay(v);
    if (f) out.push({ entityId: e.id, what, ...f });
    for (const date of v?.alsoGiven ?? []) also.push([what, { date, calendar: v!.calendar }]);
  };
  if (e.type === 'event') {
    add(e.end ? 'began' : 'on', e.start);
    add('ended', e.end);
  } else {
    add('born', e.born);
    add('died', e.died);
  }
  for (const [what, v] of also) add(what, v);
  return out;
}


/**
 * The days a value may mean, as JDNs in its own calendar: one day, or all of its month or year when it is partial
 * ("1918-03" is 1–31 March 1918). Undefined for a malformed or impossible value.
 */
export function valueDays(v: DatedValue): { first: number; last: number } | undefined {
  const p = parseDatedValue(v);
  if (!p) return undefined;
  const { first, last } = partialDayRange(p, v.calendar);
  if (!isValidDate(first, v.calendar) || !isValidDate(last, v.calendar)) return undefined;
  return { first: toJdn(first, v.calendar), last: toJdn(last, v.calendar) };
}

/** The year a value falls in, read in `calendar` ("1900-12-28" Julian is 1901 Gregorian); for a partial value, its first day's. */
export function valueYear(v: DatedValue, calendar: Calendar): number | undefined {
  const days = valueDays(v);
  return days && fromJdn(days.first, calendar).year;
}

/** Every year a value may be written with, in either calendar, over all the days it may mean. */
export function valueYears(v: DatedValue): Set<number> {
  const days = valueDays(v);
  const years = new Set<number>();
  if (!days) return years;
  for (const calendar of ['julian', 'gregorian'] as const) {
    for (let y = fromJdn(days.first, calendar).year; y <= fromJdn(days.last, calendar).year; y++) years.add(y);
  }
  return years;
}

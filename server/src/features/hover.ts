/** Hover: what the dataset knows about a name, and any date in both calendars with why it is read that way. */
import { calendarInUse, convert, gapDescription, isInReformGap, isValidDate, other, type Calendar, type YMD } from '../calendar';
import { isConvention } from '../analysis/resolve';
import type { CalendarReason, Convention, DocumentAnalysis, DocumentConvention, EntityMention, ResolvedDate, ResolvedSide } from '../analysis/types';
import { CALENDAR_NAME, STYLE_ABBR, STYLE_NAME, dayWords, doubleYearTail, monthName, regionLabel, spanWords, weekdayName } from '../analysis/words';
import type { Dataset } from '../dataset/dataset';
import { datedFacts, parseDatedValue } from '../dataset/dates';
import type { DatedValue, Entity, HistoricalEvent, Person } from '../dataset/types';
import { partitionPoint } from '../util/search';

export interface HoverResult {
  start: number;
  end: number;
  markdown: string;
}

/** The innermost item at `offset`: a date (or its weekday), else a name. */
/** Where a dataset entry can be opened (a file URI with its line), for the hover's link to it. */
export type EntryLink = (id: string) => string | undefined;

export function hoverAt(analysis: DocumentAnalysis, dataset: Dataset, offset: number, entryLink?: EntryLink): HoverResult | undefined {
  const date = findAt(analysis.dates, offset, (d) => [Math.min(d.mention.start, d.mention.weekday?.start ?? Infinity), d.mention.end]);
  if (date) return { start: date.mention.start, end: date.mention.end, markdown: dateHover(date, dataset, analysis.convention) };
  const name = innermost(analysis.entities, offset);
  if (name) {
    const entity = dataset.byId.get(name.id);
    if (entity) return { start: name.start, end: name.end, markdown: entityHover(entity, dataset, analysis.convention.convention, name, entryLink) };
  }
  return undefined;
}

/** The narrowest name covering `offset` (names nest: "Lenin" inside "Lenin's Testament"). */
function innermost(entities: readonly EntityMention[], offset: number): EntityMention | undefined {
  // The last mention starting at or before offset, then the few before it that may nest.
  const hi = partitionPoint(entities, (e) => e.start <= offset) - 1;
  let best: EntityMention | undefined;
  for (let i = hi; i >= 0 && i > hi - 8; i--) {
    const e = entities[i];
    if (e.start <= offset && offset <= e.end && (!best || e.end - e.start < best.end - best.start)) best = e;
  }
  return best;
}

/** Binary search over items sorted by start. */
export function findAt<T>(items: readonly T[], offset: number, span: (t: T) => [number, number]): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = span(items[mid]);
    if (offset < s) hi = mid - 1;
    else if (offset > e) lo = mid + 1;
    else return items[mid];
  }
  return undefined;
}

const REASONS: Record<CalendarReason, (cal: Calendar, region: string | undefined, doc: DocumentConvention) => string> = {
  marker: (cal) => `marked ${STYLE_ABBR[cal]} in the text`,
  'double-year': () => 'a double year is written only for Old Style dates, in a year that began on 25 March',
  sentence: (cal) => `its sentence says it is ${STYLE_NAME[cal]}`,
  'hebrew-date': (cal) => `the Hebrew-calendar date beside it is this day in the ${CALENDAR_NAME[cal]} calendar`,
  pair: () => 'read from the dual date (only this assignment makes both sides agree, or the later day is N.S.)',
  'front-matter': (cal) => `the front matter sets \`clio.calendar: ${cal}\``,
  setting: (cal) => `the \`clio.calendar\` setting is \`${cal}\``,
  stated: (_cal, _region, doc) => `the text states its convention: “${doc.statement?.text ?? ''}”`,
  inferred: (cal, _region, doc) => `this document's own dates point to it (${evidenceWords(cal, doc.evidence)})`,
  weekday: () => 'its weekday fits this calendar only',
  region: (cal, region) => `no convention is set, and ${region ?? 'the region'} used the ${CALENDAR_NAME[cal]} calendar then`,
  default: (cal) => `no convention or region is known; ${STYLE_NAME[cal]} assumed`,
};

function sideLine(side: ResolvedSide): string {
  if (!side.first) return `**${side.part.day} ${monthName(side.part.month)}** — no year in the text or its section`;
  if (!isValidDate(side.first, side.calendar) || (side.last && !isValidDate(side.last, side.calendar))) {
    return `**${spanWords(side.first, side.last)}** (${STYLE_ABBR[side.calendar]}) — no such day in the ${CALENDAR_NAME[side.calendar]} calendar`;
  }
  const first = convert(side.first, side.calendar);
  const last = side.last && convert(side.last, side.calendar);
  const weekday = side.jdn !== undefined && !side.last ? `, a ${weekdayName(side.jdn)}` : '';
  return `**${spanWords(side.first, side.last)}** (${STYLE_ABBR[side.calendar]}) = **${spanWords(first, last)}** (${STYLE_ABBR[other(side.calendar)]})${weekday}`;
}

function evidenceWords(cal: Calendar, e: DocumentConvention['evidence']): string {
  if (!e) return 'its dual dates';
  const count = (n: number, one: string, many: string) => (n ? [`${n} ${n === 1 ? one : many}`] : []);
  return [
    ...count(e.dualDates, `dual date with ${STYLE_ABBR[cal]} first`, `dual dates with ${STYLE_ABBR[cal]} first`),
    ...count(e.doubleYears, 'double year', 'double years'),
    ...count(e.eventDays, `known event's ${STYLE_ABBR[cal]} day`, `known events' ${STYLE_ABBR[cal]} days`),
    ...count(e.weekdays, `weekday that fits ${STYLE_ABBR[cal]} only`, `weekdays that fit ${STYLE_ABBR[cal]} only`),
  ].join(', ');
}

/** Why a side is read in its calendar, in a sentence. */
function readingWords(d: ResolvedDate, doc: DocumentConvention): string {
  const side = d.first;
  const region = d.reform && regionLabel(d.reform);
  let why = REASONS[side.reason](side.calendar, region, doc);
  // A convention holds only where its calendar was in use: say so when it gave way to the local calendar.
  if (doc.convention && doc.convention !== 'dual' && doc.convention !== side.calendar && isConvention(side.reason)) {
    why = `the document's ${STYLE_NAME[doc.convention]} (${why}) applies only where and when the ${CALENDAR_NAME[doc.convention]} calendar was in use, and ${region ? `${region} used` : 'the world used'} the ${CALENDAR_NAME[side.calendar]} calendar then`;
  }
  const year = side.yearFromContext && side.year !== undefined ? ` The year ${side.year} comes from the context.` : '';
  return `Read as ${STYLE_NAME[side.calendar]}: ${why}.${year}`;
}

const YEAR_START_SOURCES: Record<DocumentConvention['yearStartSource'], (doc: DocumentConvention) => string> = {
  'front-matter': (doc) => `the front matter sets \`clio.yearStart: ${doc.yearStart}\``,
  setting: (doc) => `the \`clio.yearStart\` setting is \`${doc.yearStart}\``,
  stated: (doc) => `the text states it: “${doc.yearStartStatement?.text ?? ''}”`,
  default: () => 'nothing says otherwise, so years are read by modern reckoning',
};

/** A day before the legal year's start (England before 1752): its year in each reckoning, and which one was read. */
function yearStartWords(side: ResolvedSide, doc: DocumentConvention): string | undefined {
  const legal = side.legalYear;
  if (!legal || !side.first) return undefined;
  const modern = side.first.year;
  const start = `${legal.startsOn.day} ${monthName(legal.startsOn.month)}`;
  const which = side.yearFromContext ? 'year from the context,' : 'written';
  const read = side.yearStartRead
    ? `the ${which} ${legal.year} is read as the legal year, counted from ${start}`
    : `the ${which} ${modern} is read as the modern year, counted from 1 January`;
  return (
    `Legal year ${legal.year}, modern year ${modern}: the year then began on ${start} there, so this day was ` +
    `${dayWords({ ...side.first, year: legal.year })} at the time (${dayWords(side.first, false)} ${legal.year}/${doubleYearTail(legal.year)}) ` +
    `and ${dayWords(side.first)} counted from 1 January. Here ${read} (${YEAR_START_SOURCES[doc.yearStartSource](doc)}).`
  );
}

function dateHover(d: ResolvedDate, dataset: Dataset, doc: DocumentConvention): string {
  const lines: string[] = [sideLine(d.first)];
  if (d.second) lines.push(sideLine(d.second));
  const { year: legal, altYear: modern } = d.mention.first;
  if (legal !== undefined && modern !== undefined) {
    lines.push('', `Legal year ${legal}, modern year ${modern}: the year then began on 25 March, so this day fell in ${modern} counted from 1 January.`);
  }
  const side = d.first;
  const yearStart = yearStartWords(side, doc);
  if (yearStart) lines.push('', yearStart);
  lines.push('', readingWords(d, doc));
  if (d.reform && side.jdn !== undefined && d.reform.previousCalendar === 'julian') {
    const inUse = calendarInUse(d.reform, side.jdn);
    // A New Style label the reform skipped is a real day, but it had no such name there: say what it was called.
    const unnamed = side.first && isInReformGap(d.reform, side.first, side.calendar)
      ? ` This day had no such name there: it was ${dayWords(convert(side.first, side.calendar))} (O.S.).`
      : '';
    lines.push('', `${d.reform.name} used the ${CALENDAR_NAME[inUse]} calendar on this day.${unnamed} ${gapDescription(d.reform)}`);
  }
  if (side.jdn !== undefined) {
    const onThisDay = dataset.eventFactsOn(side.jdn).map((f) => dataset.byId.get(f.entityId)?.name).filter((n): n is string => !!n);
    if (onThisDay.length) lines.push('', `On this day: ${[...new Set(onThisDay)].join('; ')}.`);
  }
  return lines.join('\n');
}

/** "22 April 1870 (O.S. 10 April)" for a Julian record, in the document's convention order. */
function datedValueWords(v: DatedValue, convention?: Convention): string {
  const p = parseDatedValue(v);
  if (!p) return v.date;
  const circa = v.circa ? 'c. ' : '';
  if (p.month === undefined) return `${circa}${p.year}`;
  if (p.day === undefined) return `${circa}${monthName(p.month)} ${p.year}${v.calendar === 'julian' ? ' (O.S.)' : ''}`;
  const day: YMD = { year: p.year, month: p.month, day: p.day };
  if (!isValidDate(day, v.calendar)) return v.date;
  // A Gregorian record is shown as is; a Julian one with its N.S. day too.
  if (v.calendar === 'gregorian') return `${circa}${dayWords(day)}`;
  const os = day;
  const ns = convert(day, 'julian');
  if (convention === 'julian') return `${circa}${dayWords(os)} (N.S. ${dayWords(ns, ns.year !== os.year)})`;
  return `${circa}${dayWords(ns)} (O.S. ${dayWords(os, ns.year !== os.year)})`;
}

/** "died 22 April 1616 (also given: 23 April 1616), Madrid". */
function lifeFactWords(what: 'born' | 'died', v: DatedValue, convention?: Convention): string {
  const also = v.alsoGiven?.length ? ` (also given: ${v.alsoGiven.map((date) => datedValueWords({ date, calendar: v.calendar }, convention)).join(', ')})` : '';
  return `${what} ${datedValueWords(v, convention)}${also}${v.place ? `, ${v.place}` : ''}`;
}

function personHover(p: Person, convention?: Convention): string[] {
  const life: string[] = [];
  if (p.born) life.push(lifeFactWords('born', p.born, convention));
  if (p.died) life.push(lifeFactWords('died', p.died, convention));
  const out = [`**${p.name}**${p.roles?.length ? ` — ${p.roles.join('; ')}` : ''}`];
  if (life.length) out.push('', life.join(' — '));
  return out;
}

function eventHover(e: HistoricalEvent, dataset: Dataset, convention?: Convention): string[] {
  const when = e.end ? `${datedValueWords(e.start, convention)} – ${datedValueWords(e.end, convention)}` : datedValueWords(e.start, convention);
  const out = [`**${e.name}**${e.kind ? ` — ${e.kind}` : ''}`, '', `${when}${e.place ? ` · ${e.place}` : ''}`];
  const people = (e.people ?? []).map((id) => dataset.byId.get(id)?.name).filter((n): n is string => !!n);
  if (people.length) out.push('', `Key people: ${people.join(', ')}`);
  return out;
}

export function entityHover(entity: Entity, dataset: Dataset, convention: Convention | undefined, mention: EntityMention, entryLink?: EntryLink): string {
  const lines = entity.type === 'person' ? personHover(entity, convention) : eventHover(entity, dataset, convention);
  lines.push('', entity.summary);
  const related = (entity.related ?? [])
    .map((id) => dataset.byId.get(id))
    .filter((e): e is Entity => !!e && e.type === 'event')
    .slice(0, 5)
    .map((e) => {
      const f = datedFacts(e)[0];
      return f ? `${e.name} (${dayWords(f.calendar === 'julian' ? convert(f.day, 'julian') : f.day)})` : e.name;
    });
  if (related.length) lines.push('', `Related: ${related.join('; ')}`);
  if (mention.guess && mention.alternatives) {
    const others = mention.alternatives.filter((id) => id !== entity.id).map((id) => dataset.byId.get(id)?.name ?? id);
    lines.push('', `_A guess from context: this name may also be ${others.join(' or ')}._`);
  }
  lines.push('', `_Sources: ${entity.sources.join('; ')}_`);
  const link = entryLink?.(entity.id);
  if (link) lines.push('', `[Open the dataset entry](${link})`);
  return lines.join('\n');
}

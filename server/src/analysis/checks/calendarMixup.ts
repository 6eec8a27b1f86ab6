/**
 * calendar-mixup: an unmarked date read in the document's convention that is instead the other calendar's date of
 * a known fact — of an event or person named in the same paragraph (warning), or, weaker, of a known event of the
 * paragraph's region that the paragraph does not name (information). With no convention, a date read in the local
 * calendar is one only where the text also gives the fact on its local day. Also a day before 25 March whose year is
 * the other year reckoning's of a named fact (England's legal year began on 25 March until 1751).
 */
import { convert, other, tryToJdn } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import type { DatedFact } from '../../dataset/dates';
import { namesACalendar, sentenceAround } from '../../recognize/dates/sentence';
import { addMarker, pairStyleFor, rewriteAsDual, swappedMarker } from '../rewrite';
import type { DocumentAnalysis, Finding, Fix, ResolvedDate } from '../types';
import type { CalendarMarker } from '../../recognize/types';
import { STYLE_ABBR, STYLE_NAME, dayWords, doubleYearTail, monthName, regionLabel } from '../words';
import { isConvention, otherReckoningDay } from '../resolve';
import { countsTheCalendarsApart, isSkippedDayOfTheSwitch, sentenceGivesDay } from '../dayEvidence';
import { isKeptEveryYear, type CheckContext } from './context';
import { finding } from './finding';
import { factWords, type Named } from './named';

export function checkCalendarMixups(ctx: CheckContext): Finding[] {
  const { analysis, dataset, pairHabit, namedIn } = ctx;
  const out: Finding[] = [];
  const yearSlips = new Set<ResolvedDate>();
  for (let i = 0; i < analysis.dates.length; i++) {
    const d = analysis.dates[i];
    if (d.second || !d.first.legalYear) continue;
    const slip = yearStartSlip(d, i, namedIn(d.block, d.mention.start), ctx);
    if (slip) {
      out.push(slip);
      yearSlips.add(d);
    }
  }
  // Unmarked dates read by the convention, and dates whose own marker may be the slip ("18 September 1911 (O.S.)").
  const isCandidate = (d: ResolvedDate) =>
    !d.second && d.first.jdn !== undefined && d.first.first && (isConvention(d.first.reason) || isDirectlyMarked(d) || d.first.reason === 'region') &&
    !yearSlips.has(d) &&
    !isSkippedDayOfTheSwitch(ctx, d);
  let localDays: Map<number, ResolvedDate[]> | undefined; // built once, only when a date read by region needs it
  let otherReadDays: Map<number, ResolvedDate[]> | undefined; // the same dates by their other calendar's day
  let speaksOfCalendars: boolean | undefined; // asked of the whole document (so said: ctx.document()), only once a date read by British custom needs it
  for (let i = 0; i < analysis.dates.length; i++) {
    const d = analysis.dates[i];
    if (!isCandidate(d)) continue;
    const side = d.first;
    if (side.jdn === undefined || !side.first) continue;
    const cal = side.calendar;
    const otherJdn = tryToJdn(side.first, other(cal));
    if (otherJdn === undefined) continue;
    // Every finding below needs a known fact on the date's day or on its other-calendar day; most dates have none,
    // and then what their paragraph names is never gathered (this check runs over the whole document per keystroke).
    if (dataset.factsOn(side.jdn).length === 0 && dataset.factsOn(otherJdn).length === 0) continue;
    // "Bulgaria keeps 3 March as its national day": a yearless day kept every year is a day of the calendar it is
    // kept in today, whichever calendar the event's own year gave it; the year the context lends it claims nothing.
    if (isKeptEveryYear(analysis.text, d)) continue;
    if (!isDirectlyMarked(d) && givesOtherDayLater(analysis, i, otherJdn)) continue;
    const named = namedIn(d.block, d.mention.start);
    const { ids } = named;
    // Read in the region's calendar on the day of an event abroad whose own local day the text gives in another
    // sentence: of its two days, the event's local one is the writer's and this one the slip ("signed on 18 March
    // 1856" in a Russian text that elsewhere dates the Treaty of Paris 30 March 1856). Not where histories write the
    // region's own days (a British history may give Blenheim in Old Style).
    const abroad = side.reason === 'region' && !d.reform?.historiansWriteLocal ? nearestFact(named, side.jdn, d.mention.start) : undefined;
    if (abroad && abroad.calendar === other(cal) &&
        writesDayElsewhere(analysis, (otherReadDays ??= regionReadDays(ctx.document(), true)).get(side.jdn), d)) {
      out.push(notTheLocalDay(d, abroad, dataset));
      continue;
    }
    // A date that is itself a named fact's day in the convention is fine.
    if (named.facts.some((n) => n.fact.jdn === side.jdn)) continue;
    // The name nearest the date is the one the sentence is about.
    let fact = nearestFact(named, otherJdn, d.mention.start);
    // So is an unnamed event's day, unless the paragraph names a fact on the other day: "The February Revolution
    // began on 8 March 1917 (O.S.)" is its N.S. day, though the imperial family's arrest fell on 8 March O.S.
    if (!fact && dataset.eventFactsOn(side.jdn).length > 0) continue;
    if (isDirectlyMarked(d)) {
      // Only a name in the paragraph outweighs what the writer marked.
      if (fact) out.push(wrongMarker(d, fact, dataset));
      continue;
    }
    let strong = true;
    if (!fact) {
      // An event of the paragraph's region on that day: named through its people ("Nicholas II abdicated"), or not at all.
      const region = analysis.blocks[d.block].region;
      const onDay = dataset.eventFactsOn(otherJdn).filter((f) => region !== undefined && dataset.event(f.entityId)?.region === region);
      fact = onDay.find((f) => dataset.event(f.entityId)?.people?.some((p) => ids.has(p)));
      if (!fact) {
        fact = onDay[0];
        strong = false;
      }
    }
    if (!fact) continue;
    if (sentenceGivesDay(analysis, i, fact.jdn) || countsTheCalendarsApart(analysis.text, d)) continue;
    // With no convention a date is read in the local calendar, and that reading alone is no reason to call it a slip
    // (the writer may use the other calendar throughout). A text that also gives the fact on its local day is one:
    // of its two days for one fact, the local reading makes this one the other calendar's.
    // So is a region whose histories give its local days (British history writes Old Style): there the local reading
    // is the custom, and the other calendar's day of a fact is a slip.
    const local = side.reason === 'region';
    // An event abroad is given on its own local day, not the region's: "Blenheim was fought on 13 August 1704" in a
    // British history is the battle's Bavarian (Gregorian) day, as every history writes it; the dataset records each
    // day in the calendar in force where it happened.
    if (local && fact.calendar === other(cal)) continue;
    // The custom is what a text silent on the calendars is presumed to follow. One that names them (a marker, "the
    // Julian calendar") leaves a day unmarked by choice: "born on Christmas Day 1642, according to the Julian Calendar
    // then in use … On this day in 1643 – January 4th – Isaac Newton was born" gives the New Style on purpose. There the
    // local reading is weighed as anywhere else: a slip only where the text also gives the fact's local day.
    const custom = local && !!d.reform?.historiansWriteLocal && !(speaksOfCalendars ??= namesACalendar(ctx.document().text));
    // A life that outlasted the reform is given in New Style by custom, its birth too: Johnson kept his birthday on
    // 18 September after 1752, and histories write "Samuel Johnson (18 September 1709 – 13 December 1784)".
    if (custom && cal === 'julian' && fact.what === 'born' && diedAfterReform(fact, dataset, d.reform!.firstGregorianJdn)) continue;
    if (local && !custom && !writesDayElsewhere(analysis, (localDays ??= regionReadDays(ctx.document())).get(fact.jdn), d)) continue;
    // The custom is a presumption: a warning where the text shows the habit, a note where the custom is all there is
    // (a page that gives only Halley's "born 8 November 1656" may be New Style throughout).
    const presumed = custom && !showsLocalHabit(ctx, d);
    const inConvention = convert(side.first, other(cal));
    const lastInConvention = side.last && tryToJdn(side.last, other(cal)) !== undefined ? convert(side.last, other(cal)) : undefined;
    const otherAbbr = STYLE_ABBR[other(cal)];
    const message =
      `${dayWords(side.first)} is the ${otherAbbr} date of ${factWords(fact, dataset)}${strong ? '' : ' (not named here)'}, ` +
      `${dayWords(inConvention)} ${STYLE_ABBR[cal]}; ` +
      (custom
        ? `the text states no convention: unmarked dates are read as ${STYLE_NAME[cal]}, as histories of ${regionLabel(d.reform!)} give them`
        : local
        ? `the text also gives its ${STYLE_ABBR[cal]} day, and states no convention: unmarked dates are read as ${STYLE_NAME[cal]}, the calendar ${regionLabel(d.reform!)} used then`
        : `this document reads unmarked dates as ${STYLE_NAME[cal]}`);
    const fixes: Fix[] = [
      {
        title: `Rewrite as ${dayWords(inConvention, false)} (${otherAbbr} ${dayWords(side.first, false)})`,
        edits: [
          rewriteAsDual(
            d.mention,
            side,
            cal,
            { primary: { first: inConvention, last: lastInConvention }, secondary: { first: side.first, last: side.last } },
            pairStyleFor(analysis.convention.convention, pairHabit),
          ),
        ],
        safe: strong,
        preferred: true,
      },
      { title: `Mark as ${otherAbbr}`, edits: [addMarker(d.mention, other(cal))], safe: false },
    ];
    // A note where the fact is not named here, or where the region's custom is all that presumes the calendar.
    out.push(finding('calendar-mixup', d.mention, message, fixes, !strong || presumed ? 'information' : undefined));
  }
  return out;
}

/**
 * Whether a text read by its region's custom shows that habit beyond `d`: a double year ("1731/32"), or another unmarked
 * day that is the local day of a fact of someone or something the text names; failing those, other unmarked days of the
 * local calendar's time (a history of several days, the custom's home), unless one is such a fact's other-calendar day.
 */
function showsLocalHabit({ analysis, dataset }: CheckContext, d: ResolvedDate): boolean {
  let factDays: Set<number> | undefined;
  let others = false;
  let otherDayOfFact = false;
  for (const o of analysis.dates) {
    if (o === d || o.second || o.first.jdn === undefined || !o.first.first) continue;
    if (o.first.reason === 'double-year') return true;
    if (o.first.reason !== 'region' || o.first.calendar !== d.first.calendar) continue;
    // "… but today, commemorations are held on 12 July": a day kept every year is no day of the Old Style years.
    if (isKeptEveryYear(analysis.text, o)) continue;
    factDays ??= new Set(analysis.entities.flatMap((e) => dataset.factsOf(e.id).map((f) => f.jdn)));
    if (factDays.has(o.first.jdn)) return true;
    const otherJdn = tryToJdn(o.first.first, other(o.first.calendar));
    if (otherJdn !== undefined && factDays.has(otherJdn)) otherDayOfFact = true;
    others = true;
  }
  return others && !otherDayOfFact;
}

/** Whether the person born on `birth` died on or after the region's first Gregorian day. */
function diedAfterReform(birth: DatedFact, dataset: Dataset, firstGregorianJdn: number): boolean {
  return dataset.factsOf(birth.entityId).some((f) => f.what === 'died' && f.jdn >= firstGregorianJdn);
}

/** The unmarked single dates read in the local calendar for want of a convention, by day (or by the other calendar's day). */
function regionReadDays(analysis: DocumentAnalysis, byOtherDay = false): Map<number, ResolvedDate[]> {
  const byDay = new Map<number, ResolvedDate[]>();
  for (const o of analysis.dates) {
    if (o.second || o.first.reason !== 'region' || o.first.jdn === undefined || !o.first.first) continue;
    const jdn = byOtherDay ? tryToJdn(o.first.first, other(o.first.calendar)) : o.first.jdn;
    if (jdn === undefined) continue;
    const list = byDay.get(jdn);
    if (list) list.push(o);
    else byDay.set(jdn, [o]);
  }
  return byDay;
}

/** `d`, read in the region's calendar, is the day of `fact`, an event abroad recorded in the other calendar. */
function notTheLocalDay(d: ResolvedDate, fact: DatedFact, dataset: Dataset): Finding {
  const side = d.first;
  const cal = side.calendar;
  const day = side.first!;
  const local = convert(day, cal);
  return finding(
    'calendar-mixup',
    d.mention,
    `${dayWords(day)} is the ${STYLE_ABBR[cal]} date of ${factWords(fact, dataset)}, ${dayWords(local)} ${STYLE_ABBR[other(cal)]}; ` +
      `the text also gives its ${STYLE_ABBR[other(cal)]} day, the one in use where it happened, and states no convention`,
    [{ title: `Mark as ${STYLE_ABBR[cal]}`, edits: [addMarker(d.mention, cal)], safe: false, preferred: true }],
  );
}

/**
 * One of `onDay` (dates read like `d`, in the local calendar, on a fact's day) stands in another sentence than `d`.
 * Within one sentence two days of one fact are a pair the writer explains ("9 June 1672 (30 May in the calendar then
 * used in Russia)"), not a slip.
 */
function writesDayElsewhere(analysis: DocumentAnalysis, onDay: readonly ResolvedDate[] | undefined, d: ResolvedDate): boolean {
  if (!onDay) return false;
  const [start, end] = sentenceAround(analysis.text, d.mention.start);
  return onDay.some((o) => o.mention.end <= start || o.mention.start >= end);
}

/**
 * The sentence gives the date's day after it, marked in the convention's calendar: "The 3 September 1843 Revolution
 * (…; N.S. 15 September)". A pair spread over a sentence says the first date is the other calendar's.
 */
function givesOtherDayLater(analysis: DocumentAnalysis, index: number, otherJdn: number): boolean {
  const dates = analysis.dates;
  const d = dates[index];
  // The sentence's end is found only once a later date of the paragraph would do (this runs per keystroke, over the
  // whole document's dates): the first such date decides, as any after it ends later still.
  for (let i = index + 1; i < dates.length && dates[i].block === d.block; i++) {
    const o = dates[i];
    if ((isDirectlyMarked(o) || o.first.reason === 'sentence') && o.first.calendar === d.first.calendar && o.first.jdn === otherJdn) {
      return o.mention.end <= sentenceAround(analysis.text, d.mention.start)[1];
    }
  }
  return false;
}

/**
 * Read by the writer's mark on the date itself: its own label, or a phrase attached to it ("16 July 1917 by the Julian
 * reckoning") — the mark that decided the reading, as wrongMarker rewrites it (swedishDays' `labelled` asks only that a
 * mark is there).
 */
function isDirectlyMarked(d: ResolvedDate): boolean {
  return directMarker(d) !== undefined;
}

function directMarker(d: ResolvedDate): CalendarMarker | undefined {
  if (d.first.reason === 'marker') return d.mention.firstMarker;
  return d.first.reason === 'sentence' && d.mention.sentenceMarker?.attached ? d.mention.sentenceMarker : undefined;
}

/**
 * The word that makes the date Julian is "O.S." or "Old Style", on the date or in its sentence: in England and its
 * colonies that was the calendar and its year start together ("born February 11, 1731 (O.S.)", "20 March 1726 in the
 * Old Style"). "Julian" names the calendar only, unless the words around it say it was the one then in use ("according
 * to the then-used Julian calendar", "of the Julian calendar, in use before England's calendar reformation").
 */
function namesOldStyle(d: ResolvedDate, text: string): boolean {
  const side = d.first;
  const marker = side.reason === 'marker' ? d.mention.firstMarker : side.reason === 'sentence' ? d.mention.sentenceMarker : undefined;
  if (side.calendar !== 'julian' || marker === undefined) return false;
  if (/O\.[ \u00A0]?S\.|o\.[ \u00A0]?s\.|[Oo]ld[ \t\u00A0-][Ss]tyle|\bOS\b/.test(marker.text)) return true;
  return /[Jj]ulian/.test(marker.text) && THEN_IN_USE.test(text.slice(Math.max(0, marker.start - 16), marker.end + 24));
}

/**
 * "by Washington's calendar, he was born on February 11, 1731", "according to their own reckoning": the writer gives
 * the day as the person's own reckoning had it, legal year and all.
 */
const OWN_RECKONING = /\b(?:by|according\s+to|in)\s+(?:his|her|their|\p{Lu}[\p{L}\p{M}-]*['’]s)\s+(?:own\s+)?(?:calendar|reckoning)\b/u;

/** The date's sentence, up to the date, gives it by someone's own reckoning (OWN_RECKONING). */
function byOwnReckoning(text: string, d: ResolvedDate): boolean {
  const [start] = sentenceAround(text, d.mention.start);
  return OWN_RECKONING.test(text.slice(start, d.mention.start));
}

/**
 * "then-used", "then in use", ", in use before …", "used at the time", "which was in effect at the time", "being
 * observed by the British Empire": the calendar of the time, year start and all.
 */
const THEN_IN_USE =
  /\bthen[- ](?:used|in use)\b|,\s*in use\b|\b(?:used|observed) (?:then|at the time)\b|\bin use at the time\b|\b(?:which was|then|still) in (?:effect|force)\b|\bin (?:effect|force) at the time\b|\bbeing (?:observed|used)\b/i;

/** A date marked in one calendar that is the other calendar's day of a fact the paragraph names. */
function wrongMarker(d: ResolvedDate, fact: DatedFact, dataset: Dataset): Finding {
  const side = d.first;
  const marker = directMarker(d)!;
  const cal = side.calendar;
  const day = side.first!;
  const swapped = swappedMarker(marker.text);
  return finding(
    'calendar-mixup',
    d.mention,
    `${dayWords(day)} is marked ${STYLE_ABBR[cal]}, but it is the ${STYLE_ABBR[other(cal)]} date of ${factWords(fact, dataset)} ` +
      `(= ${dayWords(convert(day, other(cal)))} ${STYLE_ABBR[cal]})`,
    swapped ? [{ title: `Mark as ${STYLE_ABBR[other(cal)]}`, edits: [{ start: marker.start, end: marker.end, newText: swapped }], safe: false, preferred: true }] : [],
  );
}

/** The fact named nearest `at` whose day is `jdn`: the one the sentence is about. */
function nearestFact(named: Named, jdn: number | undefined, at: number): DatedFact | undefined {
  let fact: DatedFact | undefined;
  let distance = Infinity;
  for (const n of named.facts) {
    if (n.fact.jdn === jdn && Math.abs(n.at - at) < distance) [fact, distance] = [n.fact, Math.abs(n.at - at)];
  }
  return fact;
}

/**
 * A day before the legal year's start (25 March in England until 1751) whose written year is a named fact's in the
 * other reckoning: the legal year in a document that counts years from 1 January ("Charles I was executed on
 * 30 January 1648"), or the modern year in one that counts them from 25 March. A date the writer marks Old Style may
 * carry the legal year whatever the document's reckoning: in England the Old Style was that year too ("Newton died on
 * 20 March 1726 (O.S.)", as in Wikipedia's "[O.S. 20 March 1726]").
 */
function yearStartSlip(d: ResolvedDate, index: number, named: Named, { analysis, dataset, document }: CheckContext): Finding | undefined {
  const side = d.first;
  const yearSpan = side.part.yearSpan;
  if (!side.legalYear || !side.first || side.jdn === undefined || !yearSpan || named.facts.some((n) => n.fact.jdn === side.jdn)) return undefined;
  const asLegal = side.yearStartRead === true;
  if ((namesOldStyle(d, document().text) || byOwnReckoning(document().text, d)) && !asLegal) return undefined;
  // The day the writer may have meant: the written year in the other reckoning.
  const meant = otherReckoningDay(side);
  const fact = meant && nearestFact(named, meant.jdn, d.mention.start);
  if (!meant || !fact) return undefined;
  // The sentence also writes the fact's day in the other reckoning ("his birth date and year moved from February 11,
  // 1731, to February 22, 1732"): the writer gives both years on purpose, as almanacs do.
  if (sentenceGivesDay(analysis, index, fact.jdn)) return undefined;
  const modern = meant.first.year;
  const legal = modern - 1;
  const written = asLegal ? modern : legal;
  const dayMonth = dayWords(side.first, false);
  const day = (year: number | string) => `${dayMonth} ${year}`;
  const start = `${side.legalYear.startsOn.day} ${monthName(side.legalYear.startsOn.month)}`;
  const doubled = `${legal}/${doubleYearTail(legal, doubleYearDigits(document()))}`;
  const own = asLegal ? legal : modern; // the year in the document's own reckoning
  const double: Fix = { title: `Write the double year ${doubled}`, edits: [{ ...yearSpan, newText: doubled }], safe: false };
  const single: Fix = { title: `Write the ${asLegal ? 'legal' : 'modern'} year ${own}`, edits: [{ ...yearSpan, newText: String(own) }], safe: false };
  // The double year keeps what was written and adds the other reckoning, with as many digits as the writer's own.
  Object.assign(double, { preferred: true, safe: true });
  const write = day(doubled);
  const message = asLegal
    ? `${day(written)} is the date of ${factWords(fact, dataset)} by modern reckoning, but this document counts years from ${start}: ` +
      `in the legal year it is ${day(legal)} (write ${write})`
    : `${day(written)} is the date of ${factWords(fact, dataset)} in the legal year, which began on ${start}: ` +
      `by modern reckoning it is ${day(modern)} (write ${write}); this document counts years from 1 January`;
  return finding('calendar-mixup', d.mention, message, [double, single]);
}

/** How many digits the document writes after a double year's slash ("1731/32": 2); 1 when it writes none. */
function doubleYearDigits(analysis: DocumentAnalysis): number {
  for (const d of analysis.dates) {
    const span = d.mention.first.altYear !== undefined ? d.mention.first.yearSpan : undefined;
    const tail = span && /^\s*\/\s*(\d+)/.exec(analysis.text.slice(span.end, span.end + 8));
    if (tail) return tail[1].length;
  }
  return 1;
}

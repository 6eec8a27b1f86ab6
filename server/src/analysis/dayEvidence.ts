/**
 * Whose day is this: evidence in the text of which calendar, or which year, the writer meant a date in, beyond how
 * resolve.ts read it (which already weighs markers, pairs, calendar phrases, conventions, a weekday that fits the
 * region's calendar and a dateline's place, `datelineReform`). The checks ask here when a date read one way looks
 * wrong: weekday-mismatch asks `whoseWeekday` once, for a weekday that does not fit; calendar-mixup and reform-gap ask
 * for the evidence they need. Pure: what needs the whole document asks `document()`, which says a block's findings
 * depend on more than the block (checks/context.ts), so it is asked only on the rare path.
 */
import { calendarInUse, compareYmd, convert, fromJdn, getReform, isInReformGap, legalYearOf, legalYearWritten, other, toJdn, tryToJdn, weekday, type YMD } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { sentenceAround } from '../recognize/dates/sentence';
import { REGION_ID_PREFIX, scanMatcher } from '../recognize/nameMatchers';
import { writesDay } from './resolve';
import type { DocumentAnalysis, ResolvedDate } from './types';

/** What the evidence is read from (a check's context is one): the block's analysis, the whole document on demand, the dataset. */
export interface Reading {
  analysis: DocumentAnalysis;
  /** The whole document's analysis; asking for it says the answer depends on more than the block. */
  document: () => DocumentAnalysis;
  dataset: Dataset;
}

/** Why a date is the writer's day though it looks wrong as read. */
export type WhoseDay =
  /** A yearless date's weekday fits the year of an earlier date of its month (`fitsAnEarlierYear`). */
  | 'earlier-year'
  /** A day before 25 March numbered by the legal year (`fitsTheLegalYear`). */
  | 'legal-year'
  /** A label the switch skipped, where the text speaks of the skipped days themselves (`isSkippedDayOfTheSwitch`). */
  | 'skipped-day-of-the-switch'
  /** The writer gave the other calendar's side of the same day elsewhere (`pairGivesDay`, `sentenceGivesDay`). */
  | 'day-given-elsewhere'
  /** The sentence names a place then Gregorian, and the date is its day (`isAGregorianPlacesDay`). */
  | 'gregorian-places-day'
  /** Read Old Style only because the region was inferred from the text's place words (`readOldStyleByGuess`). */
  | 'region-guessed'
  /** A diary heading's or a periodical's own date, in the writer's calendar (`isAWritingsOwnDate`). */
  | 'writings-own-date'
  /** A yearless entry quoted under a page's own dateline, whose year it took (`isAnEntryUnderADateline`). */
  | 'dateline-year';

/** Evidence that the reading was a guess, not that the date is right: a finding is noted (information), not warned. */
export const WEAK_EVIDENCE: ReadonlySet<WhoseDay> = new Set<WhoseDay>(['region-guessed', 'writings-own-date', 'dateline-year']);

/**
 * The day of a lone date in the other calendar than it was read in, where its stated weekday `wanted` fits that
 * reading and nothing on the date says its calendar ("On Tuesday, 7 November 1917" in a New Style text: Tuesday is
 * 7 November O.S.).
 */
export function weekdayFitsOtherCalendar(d: ResolvedDate, wanted: number): number | undefined {
  if (d.second || d.selfExplained || !d.first.first) return undefined;
  const jdn = tryToJdn(d.first.first, other(d.first.calendar));
  return jdn !== undefined && weekday(jdn) === wanted ? jdn : undefined;
}

/**
 * Whose day a stated weekday that does not fit the date as read names: the first evidence the text gives, weighed in
 * this order, or undefined (a slip). `wanted` is the weekday written; `otherJdn` the date's other-calendar day where
 * the weekday fits it (`weekdayFitsOtherCalendar`): only then can a place, a pair or a guess speak for that calendar.
 */
export function whoseWeekday(reading: Reading, index: number, wanted: number, otherJdn: number | undefined): WhoseDay | undefined {
  const d = reading.analysis.dates[index];
  // The earlier date may sit in another block: asking the whole document is rare (a wrong weekday on a yearless date).
  if (d.first.yearFromContext && fitsAnEarlierYear(reading.document().dates, d, wanted)) return 'earlier-year';
  if (d.first.yearFromContext && isAnEntryUnderADateline(reading.document(), d, wanted)) return 'dateline-year';
  if (!d.second && fitsTheLegalYear(d, wanted)) return 'legal-year';
  if (otherJdn === undefined) return undefined;
  // A label the switch skipped, named as the day it became ("Thursday 16 February would be Thursday 1 March"), is
  // the old calendar's name of that day, and its weekday is that day's.
  if (isSkippedDayOfTheSwitch(reading, d)) return 'skipped-day-of-the-switch';
  // A weekday that fits the other calendar, on the label an earlier pair gave that calendar's side of the same day,
  // is the writer restating that side ("met at Blaj on 3/15 May 1848. On Monday, 3 May, …" — Monday in the Julian
  // calendar the Romanians kept while Transylvania's civil one was Gregorian).
  if (pairGivesDay(reading.document().dates, otherJdn, d.mention.start)) return 'day-given-elsewhere';
  // The sentence also gives the day in the calendar this date was read in ("on Monday, 26 December 1825 …; Russian
  // histories date it 14 December"): the writer spreads a pair over it, and this side's weekday is its calendar's.
  if (sentenceGivesDay(reading.analysis, index, otherJdn)) return 'day-given-elsewhere';
  if (isAGregorianPlacesDay(reading, d, otherJdn)) return 'gregorian-places-day';
  return readOldStyleByGuess(reading, d);
}

/**
 * A yearless date's weekday is evidence of its year. Where the year it took from the text before is wrong for it but
 * the year of an earlier date of the same month fits, read as that date was, the writer has gone back to that story
 * after an aside about later years ("the story begins on January 27th, 1649 … does not end until 1888. … Tuesday
 * January 30th"): no finding.
 */
function fitsAnEarlierYear(dates: readonly ResolvedDate[], d: ResolvedDate, wanted: number): boolean {
  const { first } = d.first;
  if (!first) return false;
  return dates.some((o) => {
    if (o.mention.start >= d.mention.start || o.first.yearFromContext || !o.first.first || o.first.first.month !== first.month) return false;
    if (o.first.first.year === first.year) return false;
    const jdn = tryToJdn({ ...first, year: o.first.first.year }, o.first.calendar);
    return jdn !== undefined && weekday(jdn) === wanted;
  });
}

/**
 * A yearless entry heading quoted under a page's own dateline: a blog post dated "Saturday, May 31, 2014" on a line of
 * its own, then Wesley's "Monday, September 13.—My cold remaining …" (1773). The year the entry took is the dateline's,
 * which dates the writing, not the entry; where the weekday fits that year in neither calendar, the entry is of another
 * year, which the text does not give: noted, not warned. The entry opens its line; the dateline is the nearest earlier
 * date that writes its year, a weekday and a date alone on their line.
 */
function isAnEntryUnderADateline(doc: DocumentAnalysis, d: ResolvedDate, wanted: number): boolean {
  const { first } = d.first;
  if (d.second || d.first.yearFromLater || !d.mention.weekday || !first) return false;
  if (!opensItsLine(doc.text, Math.min(d.mention.start, d.mention.weekday.start))) return false;
  const source = lastDateWritingItsYear(doc.dates, d);
  if (!source?.mention.weekday || source.first.first?.year !== first.year || source.second) return false;
  if (!opensItsLine(doc.text, Math.min(source.mention.start, source.mention.weekday.start))) return false;
  if (!endsItsLine(doc.text, source.mention.end)) return false;
  return (['julian', 'gregorian'] as const).every((cal) => {
    const jdn = tryToJdn(first, cal);
    return jdn === undefined || weekday(jdn) !== wanted;
  });
}

/** The last date before `d` that writes its own year: the year a yearless date after it takes. */
export function lastDateWritingItsYear(dates: readonly ResolvedDate[], d: ResolvedDate): ResolvedDate | undefined {
  let last: ResolvedDate | undefined;
  for (const o of dates) {
    if (o.mention.start >= d.mention.start) break;
    if (!o.first.yearFromContext && o.first.first) last = o;
  }
  return last;
}

/** Nothing but spaces (or a heading's hashes) before `at` on its line. */
function opensItsLine(text: string, at: number): boolean {
  return /^[ \t]*(?:#{1,6}[ \t]+)?$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/** Nothing but spaces or periods after `at` on its line. */
function endsItsLine(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  return /^[ \t.]*$/.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * A weekday that fits the written year read as the legal year — counted from 25 March, as England did until 1752 — is
 * the writer's reckoning, not a slip: "beheaded at Whitehall on Tuesday, 30 January 1648" is 30 January 1648/9, a
 * Tuesday (30 January 1648 was a Sunday); so is a newsbook's "From Monday, January 29. to Monday, February 5. 1648".
 * Only for a day before 25 March read in the local Julian calendar, where the legal year then began on 25 March.
 */
function fitsTheLegalYear(d: ResolvedDate, wanted: number): boolean {
  const side = d.first;
  if (!side.first || !d.reform || side.calendar !== 'julian' || side.yearStartRead || side.part.altYear !== undefined) return false;
  if (!legalYearWritten(d.reform, side.first)) return false;
  const jdn = tryToJdn({ ...side.first, year: side.first.year + 1 }, 'julian');
  return jdn !== undefined && weekday(jdn) === wanted;
}

/**
 * "31 March 1727 [O.S. 20 March 1726]", "January 17, 1706 [O.S. January 6, 1705]": the O.S. side numbered by the legal
 * year of its day (England's began on 25 March until 1752), as biographies write a day between 1 January and 24 March.
 * With no region known ("baptised 11 Feb 1731 O.S. = 22 Feb 1732 N.S." in a genealogy line) it is read by England's
 * rule, where such pairs come from: a year that lags on a day after 24 March is still a slip.
 */
export function isLegalYearPair(d: ResolvedDate): boolean {
  const [julian, gregorian] = d.first.calendar === 'julian' ? [d.first, d.second] : [d.second, d.first];
  const reform = d.reform ?? getReform('britain');
  if (!reform || !julian?.first || !gregorian?.first || julian.last || gregorian.last || gregorian.calendar !== 'gregorian') return false;
  const day = convert(gregorian.first, 'gregorian');
  return day.month === julian.first.month && day.day === julian.first.day && legalYearOf(reform, day)?.year === julian.first.year;
}

/**
 * The document gives the day `jdn` as a pair whose two sides agree (before offset `before`, when given): the writer
 * has named that day in both calendars, so a lone label of it elsewhere restates the pair's side of the same day.
 */
export function pairGivesDay(dates: readonly ResolvedDate[], jdn: number, before = Infinity): boolean {
  return dates.some((o) => o.mention.start < before && o.second !== undefined && o.first.jdn === jdn && o.second.jdn === jdn);
}

/**
 * Another date of the sentence, in words and on the same line, falls on the fact's day: the writer gives both
 * calendars' days of one fact ("Gustavus Adolphus fell on 16 November 1632; Swedish accounts give 6 November",
 * "Swedish accounts date the battle 6 November 1632; Imperial ones 16 November"), a pair spread over the sentence, not
 * a slip. A numeric twin ("16 September 1745 (1745-09-16)") restates the writer's own day, and an infobox or list line
 * is no sentence of prose, so neither counts.
 */
export function sentenceGivesDay(analysis: DocumentAnalysis, index: number, factJdn: number): boolean {
  const dates = analysis.dates;
  const d = dates[index];
  const onDay = (o: ResolvedDate) => !o.second && o.first.jdn === factJdn && o.mention.first.style.month !== 'numeric';
  let sentence: [number, number] | undefined; // found only once a date of the paragraph on that day would do
  const within = (o: ResolvedDate) => {
    sentence ??= sentenceAround(analysis.text, d.mention.start);
    const [from, to] = o.mention.start < d.mention.start ? [o.mention.end, d.mention.start] : [d.mention.end, o.mention.start];
    return o.mention.start >= sentence[0] && o.mention.end <= sentence[1] && !analysis.text.slice(from, to).includes('\n');
  };
  for (let i = index - 1; i >= 0 && dates[i].block === d.block; i--) if (onDay(dates[i])) return within(dates[i]);
  for (let i = index + 1; i < dates.length && dates[i].block === d.block; i++) if (onDay(dates[i])) return within(dates[i]);
  return false;
}

/** A number of days the calendars were apart in some century, in figures or words: "10 days", "ten days". */
const DAYS_APART = /\b(10|11|12|13|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen)\s+days\b/g;
const DAY_WORDS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13 };

/**
 * The sentence counts the days between the two calendars at `d`'s time, as many as they were apart then: its day is
 * converted on purpose to compare two facts ("Shakespeare died 10 days after Cervantes on May 3, 1616": Shakespeare's
 * 23 April in Cervantes's calendar), not written in the wrong calendar by a slip.
 */
export function countsTheCalendarsApart(text: string, d: ResolvedDate): boolean {
  const day = d.first.first!;
  const julian = tryToJdn(day, 'julian');
  const gregorian = tryToJdn(day, 'gregorian');
  if (julian === undefined || gregorian === undefined) return false;
  const [start, end] = sentenceAround(text, d.mention.start);
  for (const m of text.slice(start, end).matchAll(DAYS_APART)) {
    if ((DAY_WORDS[m[1].toLowerCase()] ?? Number(m[1])) === julian - gregorian) return true;
  }
  return false;
}

/**
 * A date read in its region's Julian calendar for want of any other evidence, whose weekday fits the Gregorian reading,
 * in a sentence that names a place where the Gregorian calendar was then in use, is that place's day, as the writer
 * dated it there ("On Friday, 4 April 1794, Kościuszko's scythemen won at Racławice near Kraków" in a text set to
 * Russia): no finding. A convention or any other evidence of one still decides.
 */
function isAGregorianPlacesDay(reading: Pick<Reading, 'document' | 'dataset'>, d: ResolvedDate, gregorianJdn: number): boolean {
  if (d.first.reason !== 'region' || d.first.calendar !== 'julian') return false;
  // The sentence may run into the block before (a heading right above): the finding then depends on the document.
  const { text } = reading.document();
  const [start, end] = sentenceAround(text, d.mention.start);
  return scanMatcher(reading.dataset).find(text, start, end).some((hit) => hit.ids.some((id) => {
    if (!id.startsWith(REGION_ID_PREFIX)) return false;
    const reform = getReform(id.slice(REGION_ID_PREFIX.length));
    return reform !== undefined && calendarInUse(reform, gregorianJdn) === 'gregorian';
  }));
}

/**
 * The date was read Old Style only because the region Clio inferred from the text's place words kept the Julian
 * calendar then: no convention, no setting or front matter naming the region. A weekday that fits the New Style
 * reading, the modern default, is then the writer's own evidence against a guess (a steamer that reached St. Petersburg
 * "on Wednesday September 29, 1841"; an English diarist's headings in Moscow; an English periodical's issue date in a
 * text about Peter the Great): it is noted, not warned. Where the user set the region (but for the date of the writing
 * itself, below), or the text's convention reads the date, a weekday that fits only the other calendar is still a
 * warning.
 */
function readOldStyleByGuess(reading: Pick<Reading, 'analysis' | 'document'>, d: ResolvedDate): 'region-guessed' | 'writings-own-date' | undefined {
  const side = d.first;
  if (side.calendar !== 'julian' || side.reason !== 'region') return undefined;
  if (isReadByAGuessedRegion(reading, side)) return 'region-guessed';
  return isAWritingsOwnDate(reading.analysis.text, d) ? 'writings-own-date' : undefined;
}

/**
 * The side was read in its region's calendar for want of any other evidence, and that region is Clio's guess from the
 * text's place words (no setting or front matter names it, no convention reads the date): the reading is a guess twice
 * over, and the modern calendar is as likely. Findings that rest on it are noted, not warned (a weekday here, a day the
 * guessed region's reform skipped in reformGap.ts).
 */
export function isReadByAGuessedRegion(reading: Pick<Reading, 'document'>, side: ResolvedDate['first']): boolean {
  // Rare (a finding already found): asking the document makes the finding follow a change of the region's source.
  return side.reason === 'region' && reading.document().convention.regionSource === 'inferred';
}

/**
 * The date of the writing itself, not of what it tells: a heading that is a weekday and a date and nothing else (a
 * diary entry's or a page's own dateline: "# Monday 4 November 1839" over an English diarist's day in Moscow), or a
 * periodical's issue date in brackets after its number ("Household Words Vol. XII, No. 239 (Saturday, October 6th,
 * 1855)" cited in a text about Peter the Great). It is the writer's day in the writer's calendar, whatever the region
 * the text is about, so a weekday that fits New Style there is noted, not warned, even where the region is set.
 */
function isAWritingsOwnDate(text: string, d: ResolvedDate): boolean {
  const start = d.mention.weekday?.start ?? d.mention.start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/\bNo\.[ \u00A0]?\d+,?[ \u00A0]?[([]$/.test(before)) return true;
  return /^#{1,6}[ \t]+$/.test(before) && endsItsLine(text, d.mention.end);
}

/** Words before a day that say it was not: "there was no 5 September 1752", "не 1 февраля", "dropping 29 February". */
const DENIED_BEFORE = /(?:^|[^\p{L}])(?:no|not|не|нет|dropp(?:ed|ing)|omitt(?:ed|ing)|skipp(?:ed|ing)|drop|omit|skip)\s+(?:the\s+)?$/iu;
/** Words after it: "29 February was dropped", "the days … were omitted", "never existed", "did not exist". */
const DENIED_AFTER = /^[\s,]*(?:(?:was|were|is|are|being)\s+)?(?:dropped|omitted|skipped|left\s+out|never\s+existed|did\s+not\s+exist)\b/iu;

/** The sentence says the day was not ("there was no 5 September 1752", "Sweden dropped 29 February 1700"). */
export function isSaidNotToExist(text: string, mention: { start: number; end: number; weekday?: { start: number } }): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const at = Math.min(mention.start, mention.weekday?.start ?? mention.start);
  const lineEnd = text.indexOf('\n', mention.end);
  return DENIED_BEFORE.test(text.slice(Math.max(lineStart, at - 16), at)) ||
    DENIED_AFTER.test(text.slice(mention.end, Math.min(lineEnd < 0 ? text.length : lineEnd, mention.end + 40)));
}

/**
 * The date is a day its region's reform skipped, written where the sentence speaks of the skipped days themselves,
 * not of something dated: it names both edges of the switch ("the first day after 31 January is to be counted not
 * 1 February but 14 February") or the day the skipped label became ("16 February 1923 became 1 March 1923": Julian
 * 16 February is Gregorian 1 March), or the Julian day it followed at a switch, which may be another place's than the
 * region's (a table of switches: "| Flanders | 1582-12-14 | 1582-12-25 |"), the date is a range that lies wholly in the
 * gap ("the eleven days from 3 to 13 September 1752 were omitted"), or the sentence says the day was not ("there was
 * no 5 September 1752 in England").
 */
export function isSkippedDayOfTheSwitch(reading: Pick<Reading, 'document'>, d: ResolvedDate): boolean {
  const reform = d.reform;
  const day = d.first.first;
  if (!reform || !day || !isInReformGap(reform, day, 'gregorian')) return false;
  if (d.first.last && isInReformGap(reform, d.first.last, 'gregorian')) return true;
  // The sentence may run into the block before (a heading right above): its dates are weighed too.
  const analysis = reading.document();
  const { text } = analysis;
  if (isSaidNotToExist(text, d.mention)) return true;
  const sentence = sentenceAround(text, d.mention.start);
  const names = (other: YMD) => writesDay(analysis.dates, sentence, other);
  const followed = fromJdn(toJdn(day, 'gregorian') - 1, 'julian');
  if ((names(reform.lastJulian) && names(reform.firstGregorian)) || names(convert(day, 'julian')) || names(followed)) return true;
  return isFirstSkippedLabel(reform.lastJulian, day) && explainsTheSwitch(analysis, reform.lastJulian, reform.firstGregorian);
}

/** The label that would have followed the last Julian day ("1 April 1916" after 31 March): the day writers call missing. */
function isFirstSkippedLabel(lastJulian: YMD, day: YMD): boolean {
  const next = fromJdn(toJdn(lastJulian, 'julian') + 1, 'julian');
  return next.year === day.year && next.month === day.month && next.day === day.day;
}

/**
 * A sentence of the document names both edges of the switch ("after March 31, 1916, … April 14, 1916"): the text is
 * about the switch, and the missing day it names elsewhere (its heading, "April 1, 1916 is known as the missing day")
 * is the switch's, not a date of something.
 */
function explainsTheSwitch(analysis: DocumentAnalysis, lastJulian: YMD, firstGregorian: YMD): boolean {
  return analysis.dates.some((o) => {
    const first = o.first.first;
    return first !== undefined && compareYmd(first, lastJulian) === 0 && writesDay(analysis.dates, sentenceAround(analysis.text, o.mention.start), firstGregorian);
  });
}

/**
 * The year a date is read in, and the year written near a name. A yearless date is read in, first to last: the year of
 * the date that closes a range it opens ("from 2 to 6 September 1666"); the year of its paragraph's narrative, when
 * the year still in effect, left by an earlier paragraph, lies generations from the first year the paragraph's dates
 * write; else its context year — the last year written before it in its block (a bare year, or the year a date
 * leaves), else the one its section carries (Analyzer.resolveDates walks the sections) — moved to a year of its
 * sentence when the day does not exist in it. An ambiguous name is picked by the year written nearest it in its
 * block, else the last one written before.
 */
import { compareYmd, isValidDate, type Reform, type YearStart } from '../calendar';
import { withNumericOrder, type NumericOrder } from '../recognize/dates';
import { sentenceAround } from '../recognize/dates/sentence';
import type { DateMention } from '../recognize/types';
import type { Placement } from './placement';
import { modernYearOf, RANGE_JOIN, readSwitchEdges, resolveDate, type ReadingContext } from './resolve';
import type { BlockScan } from './scan';
import type { DocumentAnalysis } from './types';

/**
 * A block's dates read each in its year, from `ctx.contextYear`, the year the blocks before left; and the years it
 * leaves to the next: the last one written (`yearAfter`) and the last a date writes (`writtenYearAfter`). `pinned`:
 * the section's heading names its year, so a bare year holds only to the end of its line (a list item).
 */
export function resolveBlock(
  text: string,
  p: Placement,
  order: NumericOrder,
  years: BlockScan['years'],
  ctx: ReadingContext,
  pinned: boolean,
): { dates: DocumentAnalysis['dates']; yearAfter: number | undefined; writtenYearAfter: number | undefined } {
  let year = ctx.contextYear;
  let writtenYearAfter = ctx.contextYear;
  let bareEnd = -1; // where the bare year in effect ends, while one is
  let inherited = true; // `year` is still the one the blocks before left: no year is written in the block before
  let firstWritten: DateMention | null | undefined; // the block's first date that writes a year, once looked for
  let y = 0;
  const dates: DocumentAnalysis['dates'] = [];
  const here = { ...ctx }; // resolveDate keeps nothing of its context: one object serves every date
  for (const [i, mention] of p.mentions.entries()) {
    // Bare years written before this date in the block count as context.
    const local = mention.start - p.at;
    while (y < years.length && years[y].start < local) {
      year = years[y].year;
      bareEnd = p.at + years[y++].end;
      inherited = false;
    }
    const lineBreak = bareEnd >= 0 ? text.indexOf('\n', bareEnd) : -1;
    if (pinned && lineBreak >= 0 && lineBreak < mention.start) [year, bareEnd] = [writtenYearAfter, -1];
    let later = rangeOpeningYear(text, mention, p.mentions[i + 1]);
    if (later === undefined && inherited && year !== undefined) {
      firstWritten ??= p.mentions.find((m) => writtenYear(m) !== undefined) ?? null;
      later = narrativeYear(mention, firstWritten ?? undefined, year);
    }
    here.contextYear = later ?? yearTheDayExistsIn(mention, year, () => sentenceYears(text, p, years, y, mention), ctx.reform);
    const resolved = resolveDate(order === 'mdy' ? withNumericOrder(mention, order) : mention, here) as DocumentAnalysis['dates'][number];
    resolved.block = p.block;
    if (later !== undefined && resolved.first.yearFromContext) resolved.first.yearFromLater = true;
    dates.push(resolved);
    const written = yearLeftBy(mention, ctx.yearStart);
    if (written !== undefined) [year, writtenYearAfter, bareEnd, inherited] = [written, written, -1, false];
  }
  while (y < years.length) year = years[y++].year;
  readSwitchEdges(text, dates, ctx);
  return { dates, yearAfter: year, writtenYearAfter };
}

/**
 * The year of a yearless date that opens a range closed by a date with its year: "from 2 September to 6 September
 * 1666", "between 29 June and 3 July 1747" (one year less across New Year: "from 28 December to 3 January 1667").
 * That year, not the one written before, is the writer's.
 */
function rangeOpeningYear(text: string, mention: DateMention, next: DateMention | undefined): number | undefined {
  if (!next || writtenYear(mention) !== undefined) return undefined;
  const closing = writtenYear(next);
  // The closing date's weekday stands between ("to Thursday 6 September 1666").
  const nextStart = next.weekday && next.weekday.start < next.start ? next.weekday.start : next.start;
  if (closing === undefined || nextStart < mention.end || !RANGE_JOIN.test(text.slice(mention.end, nextStart))) return undefined;
  return mention.first.month > next.first.month ? closing - 1 : closing;
}

/** A paragraph does not leap generations between a yearless day and the next day it dates with its year. */
const NARRATIVE_SPAN_YEARS = 50;

/**
 * The year of a yearless date while its context year is still the one an earlier paragraph left, when `next`, the
 * paragraph's first date that writes a year, lies generations from that year: the paragraph narrates that date's time,
 * and the year left over was an aside's (Sheriffmuir's "on 6 September declared … on 10 November … met on 13 November
 * 1715", after a paragraph that ends on "the Scottish Historical Environment Policy of 2009"). One year less for a day
 * later in the year than that date, as a narrative runs forward to it.
 */
function narrativeYear(mention: DateMention, next: DateMention | undefined, year: number): number | undefined {
  const written = next && writtenYear(next);
  if (written === undefined || writtenYear(mention) !== undefined || Math.abs(written - year) <= NARRATIVE_SPAN_YEARS) return undefined;
  const { first } = mention;
  const to = next!.first;
  return first.month > to.month || (first.month === to.month && first.day > to.day) ? written - 1 : written;
}

/** The year a date writes as written — its own (of a double year "1739/40", the earlier), its pair's shared one, or its second side's. */
function writtenYear(m: DateMention): number | undefined {
  return m.first.year ?? m.sharedYear ?? m.second?.year;
}

/**
 * The year a date leaves to the yearless days after it: the one it writes, and of a double year the one the document
 * counts in — the modern year unless its years begin on 25 March. Whitefield's "Friday, January 11. 1739-40", then
 * "Wednesday, January 24." is 24 January 1740, as the double year's own day is.
 */
function yearLeftBy(m: DateMention, yearStart: YearStart): number | undefined {
  return (yearStart === 'march' ? undefined : m.first.altYear) ?? writtenYear(m);
}

/**
 * The year of a yearless day that its context year has not, taken from a year of its sentence under which the day
 * exists, an earlier one first: Sweden's "went back to the Julian calendar in 1712, and … the leap day they skipped in
 * 1700; this extra day became February 30th" is 30 February 1712, not a day 1700 never had; "On 29 Feb. in 1768" is of
 * 1768, not of a year an earlier sentence wrote. `sentence` gives the sentence's years, those before the day nearest
 * first, then those after it (asked for only then: the keystroke path reads every date).
 */
function yearTheDayExistsIn(mention: DateMention, year: number | undefined, sentence: () => number[], reform: Reform | undefined): number | undefined {
  const { first } = mention;
  if (year === undefined || first.year !== undefined || mention.sharedYear !== undefined || mention.second) return year;
  const exists = (y: number) => {
    const day = { year: y, month: first.month, day: first.day };
    const last = reform?.interim?.lastLocal;
    return isValidDate(day, 'julian') || isValidDate(day, 'gregorian') || (!!last && compareYmd(day, last) === 0);
  };
  return exists(year) ? year : (sentence().find(exists) ?? year);
}

/**
 * The year a date writes, in modern reckoning (of a double year "1739/40", the later): its first side's own, its pair's
 * shared one, else its second side's ("22 February (7 March 1917)" is of 1917, as writtenYear reads it too).
 */
function modernWrittenYear(m: DateMention): number | undefined {
  return modernYearOf(m.first, m.sharedYear) ?? (m.second && modernYearOf(m.second, undefined));
}

/**
 * The year written nearest `offset` (a document offset) in the block — by a date or a bare year; of two as near, the
 * earlier. Reads the placement's mentions, which are at document offsets whether or not scans are shared, and its
 * bare years at block offsets: no list of years is built and sorted per block.
 */
export function writtenYearNearest(p: Placement, offset: number): number | undefined {
  let best: number | undefined;
  let bestAt = 0;
  let bestDistance = Infinity;
  for (const m of p.mentions) {
    const year = modernWrittenYear(m);
    const distance = Math.abs(m.start - offset);
    if (year === undefined || distance > bestDistance || (distance === bestDistance && m.start > bestAt)) continue;
    best = year;
    bestAt = m.start;
    bestDistance = distance;
  }
  for (const y of p.scan.years) {
    const at = p.at + y.start;
    const distance = Math.abs(at - offset);
    if (distance > bestDistance || (distance === bestDistance && at > bestAt)) continue;
    best = y.year;
    bestAt = at;
    bestDistance = distance;
  }
  return best;
}

/** The last year the block writes, by a date or a bare year. */
export function lastWrittenYear(p: Placement): number | undefined {
  let date: DateMention | undefined;
  for (let i = p.mentions.length - 1; i >= 0 && !date; i--) if (modernWrittenYear(p.mentions[i]) !== undefined) date = p.mentions[i];
  const years = p.scan.years;
  const bare = years.length ? years[years.length - 1] : undefined;
  if (date && (!bare || date.start > p.at + bare.start)) return modernWrittenYear(date);
  return bare?.year;
}

/**
 * The bare years written in `mention`'s sentence: those before it (the first `count` of the block's), nearest first,
 * then those after it, nearest first ("On 29 Feb. in 1768").
 */
function sentenceYears(text: string, p: Placement, years: BlockScan['years'], count: number, mention: DateMention): number[] {
  const out: number[] = [];
  const [start, end] = sentenceAround(text, mention.start);
  for (let i = count - 1; i >= 0 && p.at + years[i].start >= start; i--) out.push(years[i].year);
  for (let i = count; i < years.length && p.at + years[i].start < end; i++) if (p.at + years[i].start >= mention.end) out.push(years[i].year);
  return out;
}


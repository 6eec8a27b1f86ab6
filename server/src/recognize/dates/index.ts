/**
 * The date grammar: finds every date in prose exactly as written — day, month and year pieces, ranges,
 * dual dates, calendar markers, weekdays — with UTF-16 offsets. No calendar logic here.
 *
 * Where a form is read:
 *   tokens.ts    days, months, years, range connectors, gaps; the marker lexicon
 *   single.ts    one side: "7 March 1917", "March 7, 1917", "the 7th of March", "3–7 July", ISO, "13.02.1918",
 *                "31.I.1918"; the weekday before a date; dates no calendar has ("32 March 1917", "1917-13-45")
 *   pairs.ts     a whole mention: one side, its marker, the second side of a dual date, the shared year
 *   numericPair.ts  numeric dual dates: "10 (22).4.1870", "10/22.IV.1870", "24.07 (05.08).1844"
 *   labels.ts    calendar labels written with a date: "(O.S.)", "N.S.", "[Julian]", "O.S. 22 February"
 *   numericOrder.ts  day-first or month-first numeric dates, decided per document
 *   sentence.ts  phrases that label a sentence's dates: "by the Julian calendar", "по старому стилю"
 *   dateline.ts  the place heading a letter's or telegram's date line: "STOCKHOLM, March 15, 1917"
 *   index.ts     the scan: candidate starts over the prose spans, bare years
 *
 * Shape: candidate starts (digit runs and English month words, `startsDate`) come from a word loop — the
 * block scan's alias pass, or `dateStarts`; a small hand parser made of sticky regexes reads the date forward
 * from each candidate. Every token
 * regex is anchored and has no nested quantifiers, and the scan never goes back before a found date,
 * so the whole pass is linear in the text length.
 */
import { CharCode } from '../../util/charCode';
import type { CalendarMarker, DateMention, ImpossibleDate, YearMention } from '../types';
import type { Span } from '../../util/span';
import { datelineRegion } from './dateline';
import { addHebrewDays } from './hebrew';
import { labelsTheBrackets, markerBefore } from './labels';
import { readMention } from './pairs';
import { addSentenceMarkers } from './sentence';
import { isModalMay, readImpossible, weekdayBefore } from './single';
import { dateStarts, isDigit, isWordCode, Tokens } from './tokens';

export { numericOrder, numericProof, orderFromProof, withNumericOrder, type NumericOrder, type NumericProof } from './numericOrder';

export interface DateScan {
  dates: DateMention[];
  years: YearMention[];
  /** Dates whose day or month no calendar has ("32 March 1917", "1917-13-45"); rare, usually empty. */
  impossible: ImpossibleDate[];
}

function isNumberGlue(c: number): boolean {
  return c === CharCode.Period || c === CharCode.Comma || c === CharCode.Colon || c === CharCode.Slash;
}

/**
 * "and", "to", "until" or a dash between the two ends of a range written as two dates; a dash joins two dates of
 * different years, which the grammar reads as two mentions ("December 18, 1709 – December 25, 1761").
 */
const RANGE_JOIN = /^(?:[ \t\u00A0]+(?:and|to|until|till|through)[ \t\u00A0]+|[ \t\u00A0]*[–—‒-][ \t\u00A0]*)$/;

/**
 * "between 3 July and 7 July (Julian calendar)", "(December 18, 1709 – December 25, 1761 (Old Style))": a label after
 * the second end of a range written as two dates labels the first end too (a copy: offsets are moved in place), when
 * that one has no label of its own; so does the label of a pair's first side when the pair closes the range
 * ("between 3 July and 7 July (Julian calendar), that is 16–20 July (Gregorian calendar)").
 */
function shareRangeLabel(text: string, prev: DateMention, mention: DateMention, label: CalendarMarker): void {
  if (prev.second || prev.firstMarker || mention.start - prev.end > 12) return;
  if (!RANGE_JOIN.test(text.slice(prev.end, mention.start))) return;
  prev.firstMarker = { ...label };
}

/**
 * Dates and bare years in one pass. `spans` are the prose spans (sorted, non-overlapping); default the
 * whole text. A date never crosses a span boundary.
 *
 * Span conventions: a mention runs from its first part's day (or month, MDY) to the end of the last
 * piece of the date structure — second side, closing bracket, shared year, "г.". A weekday before the
 * date and a marker written before it or right after a single date are reported in `weekday` /
 * `firstMarker` but lie outside the mention's span, so replacing [start, end) keeps them. `daySpan`
 * includes an ordinal suffix ("7th"); `monthSpan` includes an abbreviation's dot ("Mar.").
 *
 * `starts` are the candidate starts as `dateStarts` finds them, when the caller has them already (the block scan
 * takes them from the alias pass's word loop).
 */
export function scanDates(text: string, spans?: Span[], starts?: readonly number[]): DateScan {
  const all = spans ?? [{ start: 0, end: text.length }];
  const dates: DateMention[] = [];
  const years: YearMention[] = [];
  const impossible: ImpossibleDate[] = [];
  let usedMarkers: Set<number> | undefined;
  if (all.length === 0) return { dates, years, impossible };
  // The candidate starts are followed with one pointer over the spans, so the cost does not grow with the number of
  // spans (a paragraph with links has many).
  let k = 0;
  let span = all[0];
  let tokens = new Tokens(text, span.end);
  let low = span.start; // nothing before this may be read again (a previous date or its marker)
  let resume = span.start; // candidates before this lie inside a date (or an impossible one) already read
  for (const pos of starts ?? dateStarts(text, all)) {
    if (pos < resume) continue;
    const digits = isDigit(text.charCodeAt(pos));
    let anchorEnd = pos + 3; // a digit run's end, or the end of a month's first three letters
    if (digits) for (anchorEnd = pos + 1; isDigit(text.charCodeAt(anchorEnd)); ) anchorEnd++;
    if (pos >= span.end) {
      while (k < all.length && all[k].end <= pos) k++;
      if (k === all.length) break;
      span = all[k];
      tokens = new Tokens(text, span.end);
      low = span.start;
      if (pos < span.start) continue;
    }
    const prev = pos > span.start ? text.charCodeAt(pos - 1) : NaN;
    if (isWordCode(prev)) continue;
    // "3.7 March", "12/7 March", "10:7": a digit run glued to a preceding number is not a date start.
    const gluedToNumber = digits && isNumberGlue(prev) && pos - 2 >= span.start && isDigit(text.charCodeAt(pos - 2));
    const found = gluedToNumber ? undefined : readMention(tokens, pos);
    if (found && !isModalMay(text, found.mention, span.end)) {
      const { mention } = found;
      const f = mention.first;
      let wd = weekdayBefore(text, f.start, low);
      if (!mention.firstMarker) {
        // "O.S. 7 March", or the label before the weekday: "NS: Friday, 31 March 1727".
        const mb = markerBefore(text, f.start, low) ?? (wd ? markerBefore(text, wd.start, low) : undefined);
        // A label before a pair whose second side carries the same label is neither side's.
        if (mb && mb.calendar !== mention.secondMarker?.calendar) {
          const bracketed = !mention.secondMarker && (mention.pairStyle === 'paren' || mention.pairStyle === 'bracket');
          if (bracketed && labelsTheBrackets(text, mb.start, low)) mention.secondMarker = mb;
          else mention.firstMarker = mb;
        }
      }
      const fm = mention.firstMarker;
      wd ??= fm && fm.end <= f.start ? weekdayBefore(text, fm.start, low) : undefined;
      if (wd) mention.weekday = wd;
      const place = datelineRegion(text, (wd ?? f).start, span.start);
      if (place) mention.datelineRegion = place;
      if (fm && fm.start >= f.end && dates.length > 0) shareRangeLabel(text, dates[dates.length - 1], mention, fm);
      if (mention.firstMarker) (usedMarkers ??= new Set()).add(mention.firstMarker.start);
      if (mention.secondMarker) (usedMarkers ??= new Set()).add(mention.secondMarker.start);
      dates.push(mention);
      low = found.consumed;
      resume = Math.max(found.consumed, mention.end);
      continue;
    }
    const bad = gluedToNumber ? undefined : readImpossible(tokens, pos);
    if (bad) {
      impossible.push(bad);
      // Its year still sets the context of later dates, as it did when only the year was read.
      years.push({ ...bad.yearSpan, year: bad.year });
      low = bad.end;
      resume = bad.end;
      continue;
    }
    if (digits && anchorEnd - pos === 4) {
      const next = anchorEnd < span.end ? text.charCodeAt(anchorEnd) : NaN;
      const decimal = (next === CharCode.Period || next === CharCode.Comma) && isDigit(text.charCodeAt(anchorEnd + 1));
      if (anchorEnd <= span.end && !isWordCode(next) && !decimal && !gluedToNumber) {
        const year = Number(text.slice(pos, anchorEnd));
        if (year >= 1000 && year <= 2999 && !countedNoun(text, pos, anchorEnd)) years.push({ start: pos, end: anchorEnd, year });
      }
    }
  }
  addSentenceMarkers(text, all, dates, usedMarkers);
  addHebrewDays(text, all, dates);
  return { dates, years, impossible };
}

/**
 * What a number counts in military and economic prose: "capturing 1000 muskets and 8 cannon", "1200 men", "1500 roubles".
 * Such a number is no year for the yearless dates after it ("On 23 February he again defeated the Russians") — unless a
 * word of time leads it: "In 1917 soldiers mutinied", "by 1905 men …" name a year.
 */
const COUNTED_NOUN =
  /[ \t\u00A0]+(?:men|soldiers|troops|muskets|rifles|guns|cannons?|sabres|horses|cavalry|infantry|Cossacks|janissaries|killed|wounded|dead|prisoners|captives|people|persons|souls|families|households|inhabitants|ships|vessels|roubles|rubles|pounds|dollars|florins|ducats|thalers|copies|versts|miles|kilometres|kilometers|km|feet|acres|desyatins)\b/y;

const YEAR_LEAD = /\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]fter|[Bb]efore|[Dd]uring|[Ee]arly|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Yy]ear)[ \t\u00A0]+$/;

function countedNoun(text: string, start: number, end: number): boolean {
  COUNTED_NOUN.lastIndex = end;
  return COUNTED_NOUN.test(text) && !YEAR_LEAD.test(text.slice(Math.max(0, start - 12), start));
}

/** Every date in the prose spans (default: the whole text), in order. */
export function findDates(text: string, spans?: Span[]): DateMention[] {
  return scanDates(text, spans).dates;
}


/** weekday-mismatch: a stated weekday disagrees with the date; says when it fits the other calendar's reading. */
import { calendarInUse, getReform, legalYearWritten, other, tryToJdn, weekday, WEEKDAY_NAMES } from '../../calendar';
import { sentenceAround } from '../../recognize/dates/sentence';
import { REGION_ID_PREFIX, scanMatcher } from '../../recognize/nameMatchers';
import { addMarker } from '../rewrite';
import type { Finding, Fix, ResolvedDate, ResolvedSide } from '../types';
import { STYLE_ABBR, dayWords } from '../words';
import { sentenceGivesDay } from './calendarMixup';
import { isLegalYearPair } from './dualDateMismatch';
import { isSkippedDayOfTheSwitch, pairGivesDay, type CheckContext } from './context';

/** The weekday written the way the author wrote it: "Wednesday", "Wed.", "Wed". */
function weekdayLike(written: string, day: number): string {
  const name = WEEKDAY_NAMES[day];
  if (/day$/i.test(written)) return name;
  const short = name.slice(0, written.replace(/\.$/, '').length);
  return written.endsWith('.') ? `${short}.` : short;
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
 * The date was read Old Style only because the region Clio inferred from the text's place words kept the Julian
 * calendar then: no convention, no setting or front matter naming the region. A weekday that fits the New Style
 * reading, the modern default, is then the writer's own evidence against a guess (a steamer that reached St. Petersburg
 * "on Wednesday September 29, 1841"; an English diarist's headings in Moscow; an English
 * periodical's issue date in a text about Peter the Great): it is noted, not warned. Where the user set the region
 * (but for the date of the writing itself, below),
 * or the text's convention reads the date, a weekday that fits only the other calendar is still a warning.
 */
function onlyAGuessAgainstNewStyle(ctx: CheckContext, d: ResolvedDate): boolean {
  const side = d.first;
  if (side.calendar !== 'julian' || side.reason !== 'region') return false;
  // Rare (a mismatched weekday): asking the document makes the finding follow a change of the region's source.
  return ctx.document().convention.regionSource === 'inferred' || isAWritingsOwnDate(ctx.analysis.text, d);
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
  const lineEnd = text.indexOf('\n', d.mention.end);
  return /^#{1,6}[ \t]+$/.test(before) && /^[ \t.]*$/.test(text.slice(d.mention.end, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * A date read in its region's Julian calendar for want of any other evidence, whose weekday fits the Gregorian reading,
 * in a sentence that names a place where the Gregorian calendar was then in use, is that place's day, as the writer
 * dated it there ("On Friday, 4 April 1794, Kościuszko's scythemen won at Racławice near Kraków" in a text set to
 * Russia): no finding. A convention or any other evidence of one still decides.
 */
function isAGregorianPlacesDay(ctx: CheckContext, d: ResolvedDate, gregorianJdn: number): boolean {
  if (d.first.reason !== 'region' || d.first.calendar !== 'julian') return false;
  // The sentence may run into the block before (a heading right above): the finding then depends on the document.
  const { text } = ctx.document();
  const [start, end] = sentenceAround(text, d.mention.start);
  return scanMatcher(ctx.dataset).find(text, start, end).some((hit) => hit.ids.some((id) => {
    if (!id.startsWith(REGION_ID_PREFIX)) return false;
    const reform = getReform(id.slice(REGION_ID_PREFIX.length));
    return reform !== undefined && calendarInUse(reform, gregorianJdn) === 'gregorian';
  }));
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
 * The side whose day the weekday is checked against. A pair whose sides differ is reported as a mismatch, except one
 * whose O.S. side is numbered by the legal year ("13 January 1691 O.S. (23 January 1692 N.S.)" is 13 January 1691/2),
 * which names its N.S. side's day: the weekday is that day's, unless it fits the O.S. side's year as written (then the
 * N.S. year may be the slip, not the weekday). On another pair whose sides differ, a weekday that fits neither side in
 * either calendar is a second slip whichever side is wrong, checked against the side it is written on ("Tuesday,
 * February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar)": a Saturday O.S.); one that
 * fits a side may be the writer's evidence of which side is right, and the pair's mismatch already says it.
 */
function pairsDay(d: ResolvedDate, wanted: number): ResolvedSide | undefined {
  if (!d.second || d.second.jdn === d.first.jdn) return d.first;
  if (!isLegalYearPair(d)) return fitsNoSide(d, wanted) ? d.first : undefined;
  const [julian, gregorian] = d.first.calendar === 'julian' ? [d.first, d.second] : [d.second, d.first];
  return julian.jdn !== undefined && weekday(julian.jdn) === wanted ? undefined : gregorian;
}

/** Whether the weekday fits no side of the pair, read in either calendar. */
function fitsNoSide(d: ResolvedDate, wanted: number): boolean {
  return [d.first, d.second].every((s) => !s?.first || (['julian', 'gregorian'] as const).every((cal) => {
    const jdn = tryToJdn(s.first!, cal);
    return jdn === undefined || weekday(jdn) !== wanted;
  }));
}

export function checkWeekdays(ctx: CheckContext): Finding[] {
  const { analysis } = ctx;
  const out: Finding[] = [];
  for (let i = 0; i < analysis.dates.length; i++) {
    const d = analysis.dates[i];
    const wd = d.mention.weekday;
    const side = d.first;
    if (!wd || side.jdn === undefined || !side.first) continue;
    const day = pairsDay(d, wd.value);
    if (day?.jdn === undefined || !day.first) continue;
    const actual = weekday(day.jdn);
    if (actual === wd.value) continue;
    // The earlier date may sit in another block: asking the whole document is rare (a wrong weekday on a yearless date).
    if (side.yearFromContext && fitsAnEarlierYear(ctx.document().dates, d, wd.value)) continue;
    if (!d.second && fitsTheLegalYear(d, wd.value)) continue;
    const cal = day.calendar;
    const otherJdn = tryToJdn(side.first, other(cal));
    const fitsOther = !d.second && !d.selfExplained && otherJdn !== undefined && weekday(otherJdn) === wd.value;
    // A label the switch skipped, named as the day it became ("Thursday 16 February would be Thursday 1 March"), is
    // the old calendar's name of that day, and its weekday is that day's.
    if (fitsOther && isSkippedDayOfTheSwitch(ctx, d)) continue;
    // A weekday that fits the other calendar, on the label an earlier pair gave that calendar's side of the same day,
    // is the writer restating that side ("met at Blaj on 3/15 May 1848. On Monday, 3 May, …" — Monday in the Julian
    // calendar the Romanians kept while Transylvania's civil one was Gregorian).
    if (fitsOther && pairGivesDay(ctx.document().dates, otherJdn, d.mention.start)) continue;
    // The sentence also gives the day in the calendar this date was read in ("on Monday, 26 December 1825 …; Russian
    // histories date it 14 December"): the writer spreads a pair over it, and this side's weekday is its calendar's.
    if (fitsOther && sentenceGivesDay(analysis, i, otherJdn)) continue;
    if (fitsOther && isAGregorianPlacesDay(ctx, d, otherJdn)) continue;
    const written = analysis.text.slice(wd.start, wd.end);
    const fixes: Fix[] = [
      {
        title: `Change the weekday to ${WEEKDAY_NAMES[actual]}`,
        edits: [{ start: wd.start, end: wd.end, newText: weekdayLike(written, actual) }],
        // On a pair whose sides differ, the weekday is checked against the side it is written on, which may be the wrong one.
        safe: !fitsOther && !(d.second && d.second.jdn !== side.jdn && !isLegalYearPair(d)),
        preferred: !fitsOther,
      },
    ];
    let message = `${dayWords(day.first)} (${STYLE_ABBR[cal]}) was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[wd.value]}`;
    if (fitsOther) {
      message += `; read as ${STYLE_ABBR[other(cal)]}, ${dayWords(side.first)} was a ${WEEKDAY_NAMES[wd.value]}, so the date may be ${STYLE_ABBR[other(cal)]}`;
      fixes.unshift({ title: `Read the date as ${STYLE_ABBR[other(cal)]} (mark it)`, edits: [addMarker(d.mention, other(cal))], safe: false, preferred: true });
    }
    out.push({ code: 'weekday-mismatch', severity: fitsOther && onlyAGuessAgainstNewStyle(ctx, d) ? 'information' : 'warning', start: wd.start, end: d.mention.end, message, fixes });
  }
  return out;
}


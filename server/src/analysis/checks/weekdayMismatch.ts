/**
 * weekday-mismatch: a stated weekday disagrees with the date; says when it fits the other calendar's reading. Whose day
 * the weekday names, where the text gives evidence of it, is asked of dayEvidence.ts.
 */
import { other, tryToJdn, weekday, WEEKDAY_NAMES } from '../../calendar';
import { WEAK_EVIDENCE, isLegalYearPair, weekdayFitsOtherCalendar, whoseWeekday } from '../dayEvidence';
import { addMarker } from '../rewrite';
import type { Finding, Fix, ResolvedDate, ResolvedSide } from '../types';
import { STYLE_ABBR, dayWords } from '../words';
import type { CheckContext } from './context';
import { finding } from './finding';

/** The weekday written the way the author wrote it: "Wednesday", "Wed.", "Wed". */
function weekdayLike(written: string, day: number): string {
  const name = WEEKDAY_NAMES[day];
  if (/day$/i.test(written)) return name;
  const short = name.slice(0, written.replace(/\.$/, '').length);
  return written.endsWith('.') ? `${short}.` : short;
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

/**
 * Whether the weekday fits no side of the pair, each read in either calendar — or, where the side carries its own label
 * ("February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar)"), in that calendar only.
 */
function fitsNoSide(d: ResolvedDate, wanted: number): boolean {
  return [d.first, d.second].every((s) => !s?.first || (s.reason === 'marker' ? [s.calendar] : (['julian', 'gregorian'] as const)).every((cal) => {
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
    const otherJdn = weekdayFitsOtherCalendar(d, wd.value);
    const fitsOther = otherJdn !== undefined;
    // The text says whose day the weekday names: the writer's reckoning, no slip; weak evidence only lowers the finding.
    const whose = whoseWeekday(ctx, i, wd.value, otherJdn);
    if (whose && !WEAK_EVIDENCE.has(whose)) continue;
    const cal = day.calendar;
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
    out.push(finding('weekday-mismatch', { start: wd.start, end: d.mention.end }, message, fixes, whose ? 'information' : undefined));
  }
  return out;
}


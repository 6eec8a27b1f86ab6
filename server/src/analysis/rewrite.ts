/** Text for quick fixes: a date rewritten in the author's own style, a marker added or swapped, a front matter key set. */
import { other, type Calendar, type YMD } from '../calendar';
import { formatDays, formatDualDate, formatPart, markerFor, type PartValue } from '../recognize/format';
import type { DateMention, DateStyle, PairStyle } from '../recognize/types';
import type { Convention, TextEdit, ResolvedSide } from './types';
import { STYLE_ABBR } from './words';

export function partValue(first: YMD, last: YMD | undefined, withYear: boolean): PartValue {
  const v: PartValue = { day: first.day, month: first.month, year: withYear ? first.year : undefined };
  if (last) {
    v.endDay = last.day;
    if (last.month !== first.month) v.endMonth = last.month;
  }
  return v;
}

/**
 * Replaces one side of a date (its own span) by other values in the same style. It keeps the year if the side
 * had one, and adds it when the new day falls in another year than the one the side is read in.
 */
export function rewriteSide(side: ResolvedSide, first: YMD, last: YMD | undefined): TextEdit {
  const { part } = side;
  const withYear = part.year !== undefined || first.year !== side.year || (last !== undefined && last.year !== first.year);
  const value = partValue(first, last, withYear);
  // A side written with a double year ("1 February 1732/3") keeps it while the new day still needs one (before 25 March).
  if (part.altYear !== undefined && !last && (first.month < 3 || (first.month === 3 && first.day < 25))) Object.assign(value, { year: first.year - 1, altYear: first.year });
  return { start: part.start, end: part.end, newText: formatPart(value, part.style) };
}

/**
 * Rewrites one side of a dual date. When the new day falls in another year than the year written once after the
 * pair ("24 December/28 December 1752" → O.S. 24 December 1752 is 4 January 1753), rewriting the side alone would
 * leave "…/4 January 1753 1752"; the whole pair is written again with a year on each side instead.
 */
export function rewritePairSide(
  date: { mention: DateMention; first: ResolvedSide; second?: ResolvedSide },
  which: 'first' | 'second',
  first: YMD,
  last: YMD | undefined,
): TextEdit {
  const { mention, second } = date;
  const changed = which === 'first' ? date.first : second;
  const kept = which === 'first' ? second : date.first;
  if (mention.first.dayOnly && changed && kept?.first && second) return rewriteDayOnlySide(mention, changed, kept, which, first, last);
  if (!changed || !kept?.first || !second || !mention.pairStyle || mention.sharedYear === undefined) return rewriteSide(changed ?? date.first, first, last);
  const keptYear = kept.first.year;
  if (first.year === keptYear && (last?.year ?? keptYear) === keptYear) return rewriteSide(changed, first, last);
  const newValue = partValue(first, last, true);
  const keptValue = partValue(kept.first, kept.last, true);
  const [v1, v2] = which === 'first' ? [newValue, keptValue] : [keptValue, newValue];
  const newText = formatDualDate(v1, v2, {
    pairStyle: mention.pairStyle,
    style: mention.first.style,
    secondCalendar: second.calendar,
    markerText: mention.secondMarker?.text,
  });
  return { start: mention.start, end: mention.end, newText };
}

/**
 * A side of a day-only pair ("3 (17) July 1917"): only its day(s) while the new day is in the same month and year
 * ("3 (16) July"); else the whole pair in full, in the same pair style ("31 January (13 February) 1918").
 */
function rewriteDayOnlySide(mention: DateMention, changed: ResolvedSide, kept: ResolvedSide, which: 'first' | 'second', first: YMD, last: YMD | undefined): TextEdit {
  const part = changed.part;
  const style = mention.first.style;
  if (first.month === part.month && (last?.month ?? first.month) === part.month && first.year === changed.year && (last?.year ?? first.year) === first.year) {
    // The side's own style: "17/29th" writes its suffix on the second day only.
    return { start: part.start, end: part.end, newText: formatDays(partValue(first, last, false), part.style) };
  }
  const withYear = mention.sharedYear !== undefined;
  const newValue = partValue(first, last, withYear);
  const keptValue = partValue(kept.first as YMD, kept.last, withYear);
  const [v1, v2] = which === 'first' ? [newValue, keptValue] : [keptValue, newValue];
  const newText = formatDualDate(v1, v2, { pairStyle: mention.pairStyle ?? 'paren', style });
  return { start: mention.start, end: mention.end, newText };
}

/** Inserts " (O.S.)" or " (N.S.)" right after the date ("(O.S.) " before an ISO day: the grammar reads no marker after one). */
export function addMarker(mention: DateMention, calendar: Calendar): TextEdit {
  const style = mention.first.style;
  if (style.order === 'iso') return { start: mention.start, end: mention.start, newText: `(${STYLE_ABBR[calendar]}) ` };
  const marker = markerFor(calendar, style);
  return { start: mention.end, end: mention.end, newText: ` (${marker})` };
}

/** The pair style a document uses most in its dual dates, if it has any. */
export function pairHabit(dates: readonly { mention: DateMention }[]): PairStyle | undefined {
  const counts = new Map<PairStyle, number>();
  for (const d of dates) if (d.mention.pairStyle) counts.set(d.mention.pairStyle, (counts.get(d.mention.pairStyle) ?? 0) + 1);
  let best: PairStyle | undefined;
  let n = 0;
  for (const [style, c] of counts) if (c > n) [best, n] = [style, c];
  return best;
}

/** The pair style a document already uses most, else the default for its convention. */
export function pairStyleFor(convention: Convention | undefined, habit: PairStyle | undefined): PairStyle {
  if (habit) return habit;
  if (convention === 'dual') return 'slash';
  return convention === 'julian' ? 'paren' : 'paren-marked';
}

const ISO_PAIR_STYLE: DateStyle = { order: 'dmy', month: 'long', ordinal: false };

/**
 * Rewrites a single date as a dual date with `primary` written first: "12 March (O.S. 27 February) 1917".
 * `day`/`last` are the day(s) in `primary`'s calendar.
 */
export function rewriteAsDual(
  mention: DateMention,
  side: ResolvedSide,
  primary: Calendar,
  days: { primary: { first: YMD; last?: YMD }; secondary: { first: YMD; last?: YMD } },
  pairStyle: PairStyle,
): TextEdit {
  const withYear = side.part.year !== undefined || mention.sharedYear !== undefined;
  // ISO days cannot be paired ("1918-08-17 [1918-08-30]" reads as two dates): a dual date is written in words.
  const style = side.part.style.order === 'iso' ? ISO_PAIR_STYLE : side.part.style;
  const text = formatDualDate(
    partValue(days.primary.first, days.primary.last, withYear),
    partValue(days.secondary.first, days.secondary.last, withYear),
    { pairStyle, style, secondCalendar: other(primary) },
  );
  return { start: mention.start, end: mention.end, newText: text };
}

/** Sets `clio.calendar` in the front matter, creating the block or the key as needed. */
export function setConventionEdit(
  text: string,
  block: { start: number; contentStart: number; contentEnd: number } | undefined,
  calendar: Convention,
): TextEdit {
  if (!block) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: 0, end: 0, newText: `---${eol}clio:${eol}  calendar: ${calendar}${eol}---${eol}${eol}` };
  }
  const yaml = text.slice(block.contentStart, block.contentEnd);
  // The opening `---` line's own ending: a one-line YAML body carries none to copy.
  const eol = text.slice(block.start, block.contentStart).includes('\r\n') ? '\r\n' : '\n';
  const existing = /^([ \t]+)calendar:[^\r\n]*/m.exec(yaml);
  const clio = /^clio:[ \t]*$/m.exec(yaml);
  if (clio && existing && existing.index > clio.index) {
    const start = block.contentStart + existing.index;
    return { start, end: start + existing[0].length, newText: `${existing[1]}calendar: ${calendar}` };
  }
  if (clio) {
    const at = block.contentStart + clio.index + clio[0].length;
    return { start: at, end: at, newText: `${eol}  calendar: ${calendar}` };
  }
  const at = block.contentEnd;
  const lead = yaml.length === 0 || yaml.endsWith('\n') ? '' : eol;
  return { start: at, end: at, newText: `${lead}clio:${eol}  calendar: ${calendar}${yaml.length === 0 ? eol : ''}` };
}

/** The other style's words, in the form the writer used: O.S. ↔ N.S., OS ↔ NS, Old Style ↔ New Style, Julian ↔ Gregorian. */
const MARKER_SWAPS: [RegExp, (m: string) => string][] = [
  [/\b([OoNn])(\.\s?[Ss]\.)/, (m) => (/^[Oo]/.test(m) ? (m[0] === 'O' ? 'N' : 'n') : m[0] === 'N' ? 'O' : 'o') + m.slice(1)],
  [/\b[ON]S\b/, (m) => (m[0] === 'O' ? 'NS' : 'OS')],
  [/\b(Old|New|old|new)(?=[\s-]+[Ss]tyle)/, (m) => ({ Old: 'New', New: 'Old', old: 'new', new: 'old' })[m] ?? m],
  [/\b(Julian|Gregorian|julian|gregorian)\b/, (m) => ({ Julian: 'Gregorian', Gregorian: 'Julian', julian: 'gregorian', gregorian: 'julian' })[m] ?? m],
];

export function swappedMarker(text: string): string | undefined {
  for (const [re, swap] of MARKER_SWAPS) {
    const m = re.exec(text);
    if (m) return text.slice(0, m.index) + swap(m[0]) + text.slice(m.index + m[0].length);
  }
  return undefined;
}

/**
 * Time expressions coarser than a day, for the chronology only (the checks never see them): "c. 1725", "circa 1905",
 * "early 1918", "late October 1917", "the spring of 1921", "the 1920s", "mid-1930s", "October 1917", "in 1917".
 * Each is read as an interval of months or years as written — no calendar logic here (features/chronology.ts
 * reads it in the document's calendar). Days are written only where the expression narrows a month ("late October").
 */
import { MONTH_NAMES_LONG } from './months';
import type { Span } from '../util/span';

/** One end of an interval as written: a year, a month of it, or a day of that month. */
export interface PartialDay {
  year: number;
  month?: number;
  day?: number;
}

export interface TimeExpression extends Span {
  /** First and last (inclusive); a missing month or day means the whole year or month. */
  from: PartialDay;
  to: PartialDay;
  /** 'approximate' for circa, early/mid/late and seasons; else how much the expression names. */
  precision: 'month' | 'year' | 'decade' | 'approximate';
  /** Written with "c.", "ca." or "circa" (EDTF "~"). */
  circa: boolean;
}

const MONTHS = MONTH_NAMES_LONG.join('|');
/**
 * One pass over prose: an optional "c."/"circa", an optional "early"/"mid"/"late" or season, an optional month, a
 * year or a decade ("1920s"). A bare year counts only after a preposition ("in 1917"): alone, a four-digit number
 * may be a count or a page. Anchored on words at both ends; no nested quantifiers, so linear in the text.
 */
const EXPRESSION = new RegExp(
  String.raw`\b(?:(?<circa>c\.|ca\.|[Cc]irca)\s?)?` +
    String.raw`(?:(?<prep>(?:[Ii]n|[Oo]f|[Bb]y|[Ff]rom|[Tt]o|[Uu]ntil|[Ss]ince|[Dd]uring|[Aa]fter|[Bb]efore|[Yy]ear)\s)|(?:[Tt]he\s)?)` +
    String.raw`(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]|(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)\s(?:of\s)?)?` +
    String.raw`(?:(?<month>${MONTHS})\s)?(?<year>[12]\d{3})(?<decade>s)?(?![\d\p{L}])`,
  'dgu',
);

/** Early, mid and late as thirds of a month (days), a year (months) or a decade (years). */
const THIRDS = { early: 0, mid: 1, late: 2 } as const;
/** Northern seasons as months; winter is left out, since it straddles a year and writers differ on which. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };

/** Every time expression in the spans (prose at document offsets), in order. */
export function readTimeExpressions(text: string, spans: readonly Span[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(EXPRESSION)) {
      const g = m.groups as Record<string, string | undefined>;
      const e = expression(g);
      if (!e) continue;
      // The range is what names the time: "in" and "the" are left out, "c." and "early" kept.
      const at = m.indices?.groups ?? {};
      const first = at.circa ?? at.part ?? at.season ?? at.month ?? at.year;
      out.push({ start: span.start + (first ? first[0] : m.index), end: span.start + m.index + m[0].length, ...e });
    }
  }
  return out;
}

function expression(g: Record<string, string | undefined>): Omit<TimeExpression, 'start' | 'end'> | undefined {
  const year = Number(g.year);
  const circa = g.circa !== undefined;
  const month = g.month ? MONTH_NAMES_LONG.indexOf(g.month) + 1 : undefined;
  const part = g.part ? THIRDS[g.part.toLowerCase() as keyof typeof THIRDS] : undefined;
  const season = g.season ? SEASONS[g.season.toLowerCase()] : undefined;
  if (g.decade) {
    if (year % 10 !== 0 || month !== undefined || season) return undefined; // "1917s", "October 1920s"
    const [a, b] = part === undefined ? [0, 9] : [[0, 3], [4, 6], [7, 9]][part];
    return { from: { year: year + a }, to: { year: year + b }, precision: circa || part !== undefined ? 'approximate' : 'decade', circa };
  }
  if (season) {
    if (part !== undefined || month !== undefined) return undefined;
    return { from: { year, month: season[0] }, to: { year, month: season[1] }, precision: 'approximate', circa };
  }
  if (month !== undefined) {
    if (part === undefined) return { from: { year, month }, to: { year, month }, precision: circa ? 'approximate' : 'month', circa };
    // The last third runs to the month's end, whatever its length: the reader fills in the last day.
    const [a, b] = [[1, 10], [11, 20], [21, undefined]][part];
    return { from: { year, month, day: a }, to: { year, month, day: b }, precision: 'approximate', circa };
  }
  if (part !== undefined) {
    const [a, b] = [[1, 4], [5, 8], [9, 12]][part];
    return { from: { year, month: a }, to: { year, month: b }, precision: 'approximate', circa };
  }
  // A bare year: only after "c." or a preposition.
  if (!circa && g.prep === undefined) return undefined;
  return { from: { year }, to: { year }, precision: circa ? 'approximate' : 'year', circa };
}

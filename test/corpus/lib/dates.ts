// The corpus tooling's own date finder: a small set of regexes for the date forms found in the corpus
// passages. Independent of server/src/recognize (the eval must not measure Clio with Clio's own grammar).
import { type Cal, type Ymd, MONTHS, WEEKDAYS, convert, isValid, sameYmd } from "./calendar";

const MONTH_RE = "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
const DAY_RE = "\\d{1,2}(?:st|nd|rd|th)?";
/**
 * A year, with an English double year: "1731/32", and with a dash "1721-2", "1665–1666" (a dash-joined next year
 * only, and not the start of a range to another date: "1914–11 November 1918").
 */
const YEAR_RE = `\\d{4}(?:/\\d{2,4}|[–-](?:\\d{4}|\\d{1,2})(?![\\d–-])(?!\\s?${MONTH_RE}))?`;
const LAB_RE = "(?:O\\.\\s?S\\.|N\\.\\s?S\\.|Old Style|New Style|old style|new style)";
/** A label that leads a bracketed side: the markers, or words ending in a colon ("(Julian date: March 1)", "(Julian calendar: July 24)"). */
const LEAD_LAB_RE = `(?:${LAB_RE}|(?:Julian|Gregorian) (?:date|calendar):)`;
/** A calendar named after a bracketed side, Wikipedia's "(21 July at Julian Calendar)", "(21 July 1770 in Julian Calendar)". */
const CAL_AFTER_RE = "(?:(?:in|at|by|on|under|according to)(?: the)? )?(?:Julian|Gregorian) [Cc]alendar";
/** A label after a bracketed side, right before its bracket or year: also undotted ("(June 22 OS), 1790"). */
const TAIL_LAB_RE = `(?:${LAB_RE}|OS|NS)`;
const WD_RE = `(?:${WEEKDAYS.join("|")})`;

export function monthNumber(s: string): number {
  const k = s.replace(/\.$/, "").slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(k) + 1;
}
const dayNumber = (s: string) => parseInt(s, 10);
/** "1731/32", "1665–1666" → 1732, 1666 (the historical year); "1725" → 1725; a dash to any other year keeps the first. */
export function yearNumber(s: string): number {
  const [a, b] = s.split(/[/–-]/);
  if (!b) return parseInt(a, 10);
  const full = parseInt(b.length === 4 ? b : a.slice(0, 4 - b.length) + b, 10);
  return s.includes("/") || full === parseInt(a, 10) + 1 ? full : parseInt(a, 10);
}
// A calendar's name decides before the first letter: "on the Gregorian calendar" starts with an o but is not O.S.
const labelCal = (s: string | undefined): Cal | undefined =>
  !s ? undefined : /Julian/.test(s) ? "julian" : /Gregorian/.test(s) ? "gregorian" : /^(?:O|o)/.test(s) ? "julian" : "gregorian";

export interface Span { start: number; end: number }
export interface Side { d: number; m: number; y?: number; day: Span; month: Span; year?: Span; label?: Cal }
export interface Mention {
  kind: "single" | "dual";
  form: string;
  start: number;
  end: number;
  text: string;
  sides: Side[]; // one for single, two for dual (in text order)
  year?: number; // the year that applies (own or shared or from context)
  yearSpan?: Span; // the shared year of a dual date
  marker?: Cal; // a single date's own marker (O.S., (Julian) …)
  weekday?: { value: number; span: Span };
  /**
   * A single date that ends a range: the range's first day ("9–14 June 1667", "from September 8 to September 11, 1795"),
   * 0 when the first end lies in another month ("August 28 to September 3, 1795").
   */
  rangeFrom?: number;
  /** A single date labelled in a third calendar ("4 July 1708 (Swedish calendar)"): neither reading is known. */
  otherCalendar?: boolean;
  paragraph: number;
  /** Filled in by interpret(): which calendar each side is in (dual), the Julian-calendar reading. */
}

interface Pattern { form: string; re: RegExp; dual: boolean }
const P = (form: string, src: string, dual = true): Pattern => ({ form, re: new RegExp(src, "gd"), dual });

const PATTERNS: Pattern[] = [
  // 9 June [O.S. 30 May] 1672 · 8 February [O.S. 28 January 1725] · 7 March (O.S. 22 February) 1917
  P("dmy-bracket-label", `(?<d1>${DAY_RE}) (?<m1>${MONTH_RE})(?:,? (?<y1>${YEAR_RE}))?,? ?[\\[(]\\s?(?<lab2>${LEAD_LAB_RE}),? (?<d2>${DAY_RE}) (?<m2>${MONTH_RE})(?:,? (?<y2>${YEAR_RE}))?\\s?[\\])](?:,? (?<y>${YEAR_RE}))?`),
  // 13 March [1 March, Old Style], 1881
  P("dmy-bracket-label-after", `(?<d1>${DAY_RE}) (?<m1>${MONTH_RE})(?:,? (?<y1>${YEAR_RE}))? ?[\\[(](?<d2>${DAY_RE}) (?<m2>${MONTH_RE})(?:,? (?<y2>${YEAR_RE}))?,? (?<lab2>${TAIL_LAB_RE})[\\])](?:,? (?<y>${YEAR_RE}))?`),
  // January 17 [O.S. January 5] 1884 · June 9 [May 30, Old Style], 1672 · February 22, 1732 [O.S. February 11, 1731] · March 13, 1881 (Julian date: March 1)
  P("mdy-bracket", `(?<m1>${MONTH_RE}) (?<d1>${DAY_RE})(?:,? (?<y1>${YEAR_RE}))?,? ?[\\[(]\\s?(?:(?<lab2>${LEAD_LAB_RE}),? )?(?<m2>${MONTH_RE}) (?<d2>${DAY_RE})(?:,? (?<lab2b>${TAIL_LAB_RE}))?(?:,? (?<y2>${YEAR_RE}))?\\s?[\\])](?:,? (?<y>${YEAR_RE}))?`),
  // 14 (26) December 1825 · 3 [16] July 1917 · a machine translation's "3 ( 15 ) June 1830" · a mirror's "3(16) July 1917"
  P("day-only", `(?<d1>\\d{1,2}) ?[\\[(] ?(?<d2>\\d{1,2}) ?[\\])] (?<m1>${MONTH_RE})(?:,? (?<y>${YEAR_RE}))?`),
  // December 14 (26), 1825 · "June 3 ( 15 ), 1830" · Absolute Astronomy's "August 17(29), 1851"
  P("day-only-mdy", `(?<m1>${MONTH_RE}) (?<d1>\\d{1,2}) ?[\\[(] ?(?<d2>\\d{1,2}) ?[\\])](?:,? (?<y>${YEAR_RE}))?`),
  // 13 November (25 November) 1810: both days in full, unlabelled, the year after the pair
  P("dmy-paren-shared-year", `(?<d1>${DAY_RE}) (?<m1>${MONTH_RE}) [\\[(](?<d2>${DAY_RE}) (?<m2>${MONTH_RE})[\\])],? (?<y>${YEAR_RE})`),
  // 6 March/21 February 1821 · 22 February/7 March 1917 · with each side's year, 16 February 1923/1 March 1923
  P("slash", `(?<d1>${DAY_RE}) (?<m1>${MONTH_RE})(?:,? (?<y1>${YEAR_RE}))? ?/ ?(?<d2>${DAY_RE}) (?<m2>${MONTH_RE}),? (?<y>${YEAR_RE})`),
  // 3/17 July 1917
  P("slash-day", `(?<d1>\\d{1,2})/(?<d2>\\d{1,2}) (?<m1>${MONTH_RE}),? (?<y>${YEAR_RE})`),
  // 14 December 1825 (26 December) · 1 July 1690 (11 July N.S.) · 1 August 1770 (21 July at Julian Calendar)
  P("dmy-paren-second", `(?<d1>${DAY_RE}) (?<m1>${MONTH_RE}),? (?<y1>${YEAR_RE}) [\\[(](?:(?<lab2>${LAB_RE}),? )?(?<d2>${DAY_RE}) (?<m2>${MONTH_RE})(?:,? (?<y2>${YEAR_RE}))?(?:,? (?<lab2b>${LAB_RE}|${CAL_AFTER_RE}))?[\\])]`),
];

const SINGLE = P("single",
  `(?:(?<wd>${WD_RE}),? (?:(?:morning|evening|night|afternoon),? )?(?:the )?)?(?:(?<d1>${DAY_RE}) (?:of )?(?<m1>${MONTH_RE})|(?<m1b>${MONTH_RE}) (?:the )?(?<d1b>${DAY_RE})(?![\\d]))(?:,? (?<y>${YEAR_RE}))?(?:(?<mk>,? ?(?:[\\[(](?:${LAB_RE}|Julian(?: [Cc]alendar)?|Gregorian(?: [Cc]alendar)?|on the Julian [Cc]alendar|in the Julian [Cc]alendar|on the Gregorian [Cc]alendar|(?<other>Swedish [Cc]alendar))[\\])]|[\\[(](?:(?:under|in|on|by|according to) the )?(?:Julian|Gregorian) [Cc]alendar(?=;)| ${LAB_RE}(?!\\s?:)| (?:under|in|on|by|according to) the (?:Julian|Gregorian) [Cc]alendar))(?:\\s(?<ya>${YEAR_RE})(?![\\d/]))?)?`, false);

const UNREAD_PAIR_AFTER = /^(?:[–-]\d{1,2})?\/\d/;

type Groups = Record<string, [number, number] | undefined>;

/**
 * A label written before a date ("O.S. 22 February", genealogy pages' "[OS: 20 March 1726 NS: 31 March 1727]"):
 * dotted or spelled out, or undotted with its colon. Tested on the text just before a single date.
 */
const LABEL_BEFORE = new RegExp(`(?<![\\w])[\\[(]?(?<lab>${LAB_RE}|OS:|NS:)[\\])]?[ \\t,:]*$`);
/** The label before a date and where it starts; findDates drops it when a date before already took it as its own. */
function labelBefore(text: string, start: number): { cal: Cal; at: number } | undefined {
  const from = Math.max(0, start - 16);
  const m = LABEL_BEFORE.exec(text.slice(from, start));
  const cal = labelCal(m?.groups?.lab);
  return cal && m ? { cal, at: from + m.index } : undefined;
}

/** A day and a range dash just before a date: "9–" in "9–14 June 1667", "14–" in "(14–15 May …)". */
const RANGE_BEFORE = /(?<![\d])(\d{1,2})(?:st|nd|rd|th)?[ \t]?[–-][ \t]?$/;
/**
 * A whole first end and a connector just before a date: "September 8 to " in "from September 8 to September 11, 1795",
 * "8 September – ". Its month word must be a month's name.
 */
const RANGE_END_BEFORE = /(?:\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?|\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?),?(?:[ \t]?[–—-][ \t]?| (?:to|until|till|through) )$/;
const rangeFrom = (text: string, start: number, month: number): number | undefined => {
  const m = RANGE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (m) return parseInt(m[1], 10);
  const w = RANGE_END_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const from = w ? monthNumber(w[1] ?? w[4]) : 0;
  // The first end's day bounds the second's only within one month; a later month's end takes any day.
  return from === 0 ? undefined : from === month ? parseInt(w![2] ?? w![3], 10) : 0;
};

function side(text: string, g: Groups, dk: string, mk: string, yk: string | undefined, lab?: Cal): Side | undefined {
  const dd = g[dk], mm = g[mk];
  if (!dd || !mm) return undefined;
  const yy = yk ? g[yk] : undefined;
  return {
    d: dayNumber(text.slice(dd[0], dd[1])), m: monthNumber(text.slice(mm[0], mm[1])),
    y: yy ? yearNumber(text.slice(yy[0], yy[1])) : undefined,
    day: { start: dd[0], end: dd[1] }, month: { start: mm[0], end: mm[1] },
    year: yy ? { start: yy[0], end: yy[1] } : undefined, label: lab,
  };
}

/** Paragraph index of each offset (paragraphs are separated by blank lines). */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n[ \t]*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}

const OTHER_CALENDAR_LINE =
  /\b(Islamic|Hijri|Jewish|Hebrew|Coptic|Ethiopian|Iranian|Persian|Chinese|Buddhist|Hindu|Malayalam|Bengali|Dangun|Berber|Armenian|Assyrian|Byzantine|Japanese|Korean)\b[^\n]{0,40}\b(calendar|era)\b/i;

function lineAt(text: string, offset: number): string {
  const end = text.indexOf("\n", offset);
  return text.slice(text.lastIndexOf("\n", offset) + 1, end < 0 ? text.length : end);
}

/** What joins the two ends of a range written as two dates: a dash, "to", "until", "and". */
const RANGE_JOIN = /^(?:\s*[–—‒-]\s*|\s+(?:to|until|till|through|and)\s+)$/;

export function findDates(text: string): Mention[] {
  const out: Mention[] = [];
  const taken: Span[] = [];
  const free = (s: number, e: number) => taken.every((t) => e <= t.start || s >= t.end);
  const pstarts = paragraphStarts(text);
  const para = (i: number) => pstarts.filter((s) => s <= i).length - 1;
  const leading = new Map<number, number>(); // a single date's start → where the label read before it starts
  for (const p of [...PATTERNS, SINGLE]) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const start = m.index, end = m.index + m[0].length;
      // a preceding digit or letter means we matched inside something else
      if (start > 0 && /[\w]/.test(text[start - 1])) continue;
      if (!free(start, end)) continue;
      const g = ((m as RegExpExecArray & { indices: { groups?: Groups } }).indices.groups ?? {}) as Groups;
      const str = (k: string) => (g[k] ? text.slice(g[k]![0], g[k]![1]) : undefined);
      let mention: Mention | undefined;
      if (p.dual) {
        const lab2 = labelCal(str("lab2") ?? str("lab2b"));
        const s1 = side(text, g, "d1", "m1", "y1");
        const s2 = p.form === "day-only" || p.form === "day-only-mdy" || p.form === "slash-day"
          ? side(text, { ...g, m2: g.m1 }, "d2", "m2", undefined, lab2)
          : side(text, g, "d2", "m2", "y2", lab2);
        if (!s1 || !s2) continue;
        if (lab2) s1.label = lab2 === "julian" ? "gregorian" : "julian";
        const ys = g.y;
        mention = { kind: "dual", form: p.form, start, end, text: m[0], sides: [s1, s2], paragraph: para(start),
          year: ys ? yearNumber(text.slice(ys[0], ys[1])) : s1.y ?? s2.y,
          yearSpan: ys ? { start: ys[0], end: ys[1] } : undefined };
      } else {
        // The 1911 Britannica writes the year after the marker: "the 2nd of November (N.S.) 1793".
        const s1 = side(text, g, g.d1 ? "d1" : "d1b", g.m1 ? "m1" : "m1b", g.ya ? "ya" : "y");
        if (!s1) continue;
        // One side of a slash pair this finder does not read ("November 12/25, 1917", "January 5–6/18–19, 1918"):
        // which calendar it is in is not known here, so it is no date to plant an error in.
        if (UNREAD_PAIR_AFTER.test(text.slice(end, end + 8))) continue;
        const mk = str("mk");
        const wd = g.wd;
        const before = mk ? undefined : labelBefore(text, start);
        if (before) leading.set(start, before.at);
        mention = { kind: "single", form: g.d1 ? "dmy" : "mdy", start, end, text: m[0], sides: [s1], paragraph: para(start),
          year: s1.y, marker: g.other ? undefined : mk ? labelCal(mk.replace(/^[,\s[(]+/, "")) : before?.cal, otherCalendar: g.other ? true : undefined,
          weekday: wd ? { value: WEEKDAYS.indexOf(text.slice(wd[0], wd[1])), span: { start: wd[0], end: wd[1] } } : undefined,
          rangeFrom: wd ? undefined : rangeFrom(text, start, s1.m) };
      }
      if (!mention.sides.every((s) => s.m >= 1 && s.d >= 1 && s.d <= 31)) continue;
      // A line about another calendar ("Coptic calendar 1528/29 (10/11 September)") writes day spans, not Julian/Gregorian dates.
      if (OTHER_CALENDAR_LINE.test(lineAt(text, start))) continue;
      out.push(mention);
      taken.push({ start, end });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "3 July 1708 (O.S.), 4 July 1708": a label the date before took as its own does not also lead the next one.
  for (const mn of out) {
    const at = leading.get(mn.start);
    if (at !== undefined && out.some((o) => o !== mn && o.start <= at && at < o.end)) mn.marker = undefined;
  }
  // "December 18, 1709 – December 25, 1761 (Old Style)": a label after a range's second end labels its first end too.
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1], b = out[i];
    if (a.kind === "single" && b.kind === "single" && !a.marker && b.marker && RANGE_JOIN.test(text.slice(a.end, b.start))) a.marker = b.marker;
  }
  // A date without its own year takes the year of the previous dated mention in the same paragraph, else the
  // year of a chronology's title line ("# 1917 in Russia", "# February 1918").
  const title = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const tm = /^#\s*(?:[A-Z][a-z]+\s)?(\d{4})\b/.exec(title);
  const docYear = tm ? parseInt(tm[1], 10) : undefined;
  let lastYear: number | undefined, lastPara = -1, lastEnd = 0;
  for (const mn of out) {
    if (mn.paragraph !== lastPara) { lastYear = docYear; lastEnd = 0; }
    lastPara = mn.paragraph;
    if (mn.year === undefined) mn.year = bareYearBefore(text, Math.max(lastEnd, pstarts[mn.paragraph]), mn.start) ?? lastYear;
    lastEnd = mn.end;
    for (const s of mn.sides) if (s.y === undefined) s.y = mn.year;
    if (mn.year !== undefined) lastYear = mn.year;
  }
  return out;
}

/**
 * A bare year written earlier in a yearless date's own sentence, after the date before it: "He was born 1610 and
 * baptised 29th June" is 29 June 1610, not the year of a date in an earlier sentence.
 */
function bareYearBefore(text: string, from: number, start: number): number | undefined {
  const s = text.slice(from, start);
  const sentence = s.slice(Math.max(s.lastIndexOf(". "), s.lastIndexOf("\n")) + 1);
  const years = [...sentence.matchAll(/(?<![\d/])(1[5-9]\d\d)(?![\d/])/g)];
  return years.length ? parseInt(years[years.length - 1][1], 10) : undefined;
}

export interface DualReading { julian: number; gregorian: number } // side indices
/** Which side of a dual date is Julian: by label, else by arithmetic. undefined when neither order is right. */
export function readDual(mn: Mention): { reading?: DualReading; consistent: boolean } {
  const [a, b] = mn.sides;
  if (a.y === undefined || b.y === undefined) return { consistent: true };
  const A: Ymd = { y: a.y, m: a.m, d: a.d }, B: Ymd = { y: b.y, m: b.m, d: b.d };
  // the year of a dual date written once belongs to both sides; around New Year the other side may lie in the next/previous year
  const fits = (j: Ymd, g: Ymd) => {
    const c = convert("julian", j);
    return c.m === g.m && c.d === g.d && (c.y === g.y || !(a.year && b.year));
  };
  const labelled = a.label ?? b.label;
  if (labelled) {
    const reading: DualReading = a.label === "julian" ? { julian: 0, gregorian: 1 } : { julian: 1, gregorian: 0 };
    const j = reading.julian === 0 ? A : B, g = reading.julian === 0 ? B : A;
    return { reading, consistent: isValid("julian", j) && isValid("gregorian", g) && fits(j, g) };
  }
  if (isValid("julian", A) && isValid("gregorian", B) && fits(A, B)) return { reading: { julian: 0, gregorian: 1 }, consistent: true };
  if (isValid("julian", B) && isValid("gregorian", A) && fits(B, A)) return { reading: { julian: 1, gregorian: 0 }, consistent: true };
  return { consistent: false };
}

export const ymdOf = (s: Side): Ymd | undefined => (s.y === undefined ? undefined : { y: s.y, m: s.m, d: s.d });
export { MONTHS, sameYmd };

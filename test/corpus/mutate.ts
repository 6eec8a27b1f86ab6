// Mutation generator for the corpus eval (issue #14 §4): injects ONE calendar error at a time into an
// untouched passage, using its own date arithmetic (lib/calendar.ts) and its own date regexes
// (lib/dates.ts) — never server/src, so the eval is not circular. Deterministic (seeded by slug and kind).
//
//   npx tsx test/corpus/mutate.ts dev/<slug>      prints the mutants of one dev passage (never run on heldout
//                                                 while tuning the checks)
import { readdirSync, readFileSync } from "node:fs";
import { rng } from "../random";
import { join } from "node:path";
import {
  isReformEdges, yearFromLadyDay,
  type Cal, type Ymd, MONTHS, ROMAN, WEEKDAYS, convert, daysInMonth, fromJdn, gapDays, isValid, offsetOf, reform,
  sameYmd, toJdn, weekday,
} from "./lib/calendar";
import { type Mention, findDates, readDual, ymdOf } from "./lib/dates";
import { type Meta, type Passage, loadHalf, singleCalendar, truthCalendar, type Half } from "./lib/corpus";

export interface Mutant {
  id: string;
  kind: Kind;
  text: string;
  /** The mutated span, as offsets into `text` (UTF-16 code units, like LSP positions). */
  start: number;
  end: number;
  codes: string[];
  description: string;
}

/** The kinds and the diagnostic codes that count as catching each. */
export const KINDS = {
  "swap-sides": ["dual-date-mismatch"],
  "shift-one-side": ["dual-date-mismatch"],
  "wrong-century-offset": ["dual-date-mismatch"],
  "reform-gap": ["reform-gap", "invalid-date"],
  "feb29-gregorian-nonleap": ["invalid-date"],
  "day31-of-30-month": ["invalid-date", "dual-date-mismatch"],
  "feb30": ["invalid-date", "dual-date-mismatch"],
  "weekday-other-calendar": ["weekday-mismatch"],
  "weekday-neither": ["weekday-mismatch"],
  "event-os-in-ns-text": ["calendar-mixup"],
  "event-ns-in-os-text": ["calendar-mixup"],
  "both-labelled-reversed": ["dual-date-mismatch"],
  "day-only-dual-off-by-one": ["dual-date-mismatch"],
  "numeric-dual-off-by-one": ["dual-date-mismatch"],
  "marker-flip": ["dual-date-mismatch", "calendar-mixup"],
  "year-one-side": ["dual-date-mismatch"],
} as const satisfies Record<string, readonly string[]>;
export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

// ---------------------------------------------------------------- seeded randomness
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
function pick<T>(r: () => number, xs: T[], n: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

// ---------------------------------------------------------------- rendering in the writer's style
function renderDay(d: number, like: string): string {
  if (!/\d(st|nd|rd|th)$/.test(like)) return String(d);
  const suf = d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th";
  return `${d}${suf}`;
}
function renderMonth(m: number, like: string): string {
  if (/\.$/.test(like)) return m === 9 && /^Sept/.test(like) ? "Sept." : m === 5 ? "May" : MONTHS[m - 1].slice(0, 3) + ".";
  return MONTHS[m - 1];
}
const addDays = (cal: Cal, x: Ymd, n: number): Ymd => fromJdn(cal, toJdn(cal, x) + n);

/** Re-render a mention with new values for some sides (day, month and — where the side has its own — year). */
function reRender(text: string, mn: Mention, values: (Ymd | undefined)[], sharedYear?: number): string {
  const edits: { start: number; end: number; s: string }[] = [];
  mn.sides.forEach((side, i) => {
    const v = values[i];
    if (!v) return;
    edits.push({ start: side.day.start, end: side.day.end, s: renderDay(v.d, text.slice(side.day.start, side.day.end)) });
    if (side.month.start !== mn.sides[0].month.start || i === 0)
      edits.push({ start: side.month.start, end: side.month.end, s: renderMonth(v.m, text.slice(side.month.start, side.month.end)) });
    if (side.year) edits.push({ start: side.year.start, end: side.year.end, s: String(v.y) });
  });
  if (sharedYear !== undefined && mn.yearSpan) edits.push({ start: mn.yearSpan.start, end: mn.yearSpan.end, s: String(sharedYear) });
  const uniq = edits.filter((e, i) => edits.findIndex((f) => f.start === e.start) === i).sort((a, b) => b.start - a.start);
  let out = text.slice(mn.start, mn.end);
  for (const e of uniq) out = out.slice(0, e.start - mn.start) + e.s + out.slice(e.end - mn.start);
  return out;
}

// ---------------------------------------------------------------- known dates (events and people) from data/
interface Known { names: string[]; date: Ymd; cal: Cal; what: string }
let known: Known[] | undefined;
function knownDates(): Known[] {
  if (known) return known;
  known = [];
  const dataDir = join(__dirname, "..", "..", "data");
  const parse = (x: { date: string; calendar: Cal } | undefined) => {
    if (!x || !/^\d{4}-\d\d-\d\d$/.test(x.date)) return undefined;
    const [y, m, d] = x.date.split("-").map(Number);
    return { date: { y, m, d }, cal: x.calendar };
  };
  // Every data file that holds people or events (the bundled dataset spans several files; calendar-reforms.json holds neither).
  type Dated = { date: string; calendar: Cal };
  const files = readdirSync(dataDir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(join(dataDir, f), "utf8")) as {
    events?: { name: string; aliases?: string[]; start?: Dated; end?: Dated }[];
    people?: { name: string; aliases?: string[]; born?: Dated; died?: Dated }[];
  });
  for (const e of files.flatMap((f) => f.events ?? [])) {
    for (const [p, what] of [[e.start, "start"], [e.end, "end"]] as const) {
      const d = parse(p);
      if (d) known.push({ names: [e.name, ...(e.aliases ?? [])], ...d, what: `${e.name} (${what})` });
    }
  }
  for (const p of files.flatMap((f) => f.people ?? [])) {
    const names = [p.name, ...(p.aliases ?? []).filter((a) => a.includes(" "))];
    for (const [x, what] of [[p.born, "born"], [p.died, "died"]] as const) {
      const d = parse(x);
      if (d) known.push({ names, ...d, what: `${p.name} (${what})` });
    }
  }
  return known;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function paragraphText(text: string, mn: Mention): string {
  const before = text.lastIndexOf("\n\n", mn.start);
  const after = text.indexOf("\n\n", mn.end);
  return text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
}
function knownIn(paragraph: string): Known[] {
  return knownDates().filter((k) => k.names.some((n) => new RegExp(`(?<![\\w])${escapeRe(n)}(?![\\w])`).test(paragraph)));
}

// ---------------------------------------------------------------- the generator
interface Cand { kind: Kind; start: number; end: number; rep: string; description: string }

/** The Julian and Gregorian reading of a mention, when the passage decides it. */
function readingOf(meta: Meta, mn: Mention): { j: Ymd; g: Ymd; ji?: number; gi?: number } | undefined {
  if (mn.kind === "dual") {
    const r = readDual(mn);
    if (!r.consistent || !r.reading) return undefined;
    const j = ymdOf(mn.sides[r.reading.julian]), g = ymdOf(mn.sides[r.reading.gregorian]);
    if (!j || !g || sameYmd(j, g)) return undefined;
    return { j, g, ji: r.reading.julian, gi: r.reading.gregorian };
  }
  const cal = singleCalendar(meta, mn);
  const x = ymdOf(mn.sides[0]);
  if (!cal || !x || !isValid(cal, x) || x.y < 1583) return undefined;
  const other = convert(cal, x);
  return cal === "julian" ? { j: x, g: other } : { j: other, g: x };
}

function candidates(p: Passage): Cand[] {
  const { text, meta } = p;
  const out: Cand[] = [];
  const mentions = findDates(text);
  const add = (kind: Kind, mn: Mention, rep: string, description: string, start = mn.start, end = mn.end) =>
    out.push({ kind, start, end, rep, description });
  const region = meta.settings.region;
  for (const mn of mentions) {
    if (mn.otherCalendar) continue; // a Swedish-calendar day: the generator knows neither of its readings
    const rd = readingOf(meta, mn);
    // A range's end ("9–14 June 1667") takes only a changed day that still ends the range after its first day:
    // a weekday or a whole pair written into it ("9–Tuesday, 14 June", "27–15 May") is no form a writer uses.
    const inRange = mn.rangeFrom !== undefined;
    const endsRange = (v: Ymd) => !inRange || v.d > mn.rangeFrom!;
    const orig = text.slice(mn.start, mn.end);
    const single = mn.kind === "single";
    const s0 = mn.sides[0];
    const hasYear = single && !!s0.year;
    const y = mn.year;
    // ---- dual-date kinds
    if (!single && rd && rd.ji !== undefined && rd.gi !== undefined) {
      const labelled = mn.sides.some((s) => s.label);
      const vals = (j: Ymd, g: Ymd) => { const v: Ymd[] = []; v[rd.ji!] = j; v[rd.gi!] = g; return v; };
      const sameYearSides = rd.j.y === rd.g.y && !mn.sides.some((s) => s.year);
      if (labelled && sameYearSides) {
        add("swap-sides", mn, reRender(text, mn, vals(rd.g, rd.j)), `sides swapped: O.S. side now ${rd.g.d} ${MONTHS[rd.g.m - 1]}`);
        const flipped = orig.replace(/O\.\s?S\.|N\.\s?S\.|Old Style|New Style|old style|new style/, (l) =>
          ({ "O.S.": "N.S.", "N.S.": "O.S.", "O. S.": "N. S.", "N. S.": "O. S.", "Old Style": "New Style", "New Style": "Old Style", "old style": "new style", "new style": "old style" })[l] ?? l);
        if (flipped !== orig) add("marker-flip", mn, flipped, "the O.S./N.S. label of the bracketed side flipped");
      }
      for (const [which, delta] of [["gregorian", 1], ["gregorian", -1], ["julian", 1], ["julian", -1]] as const) {
        const j = which === "julian" ? addDays("julian", rd.j, delta) : rd.j;
        const g = which === "gregorian" ? addDays("gregorian", rd.g, delta) : rd.g;
        if ((j.y !== rd.j.y || g.y !== rd.g.y) && !mn.sides.every((s) => s.year)) continue;
        if (isReformEdges(j, g)) continue; // a switch's last old day and first new one, not a slip
        add("shift-one-side", mn, reRender(text, mn, vals(j, g)), `${which} side ${delta > 0 ? "+" : ""}${delta} day`);
      }
      const off = offsetOf(rd.j);
      for (const wrong of [10, 11, 12, 13].filter((o) => o !== off)) {
        const g = fromJdn("gregorian", toJdn("gregorian", rd.j) + wrong);
        if (g.y !== rd.g.y && !mn.sides.every((s) => s.year)) continue;
        add("wrong-century-offset", mn, reRender(text, mn, vals(rd.j, g)), `N.S. side computed with offset ${wrong} instead of ${off}`);
      }
      if (mn.sides.every((s) => s.year)) {
        for (const i of [0, 1]) {
          const v: (Ymd | undefined)[] = [undefined, undefined];
          const s = ymdOf(mn.sides[i])!;
          v[i] = { ...s, y: s.y + (i === 0 ? 1 : -1) };
          if (isValid(i === rd.ji ? "julian" : "gregorian", v[i]!)) add("year-one-side", mn, reRender(text, mn, v), `year of side ${i + 1} changed`);
        }
      }
      // day 31 of a 30-day month on one side
      for (const i of [0, 1]) {
        const s = ymdOf(mn.sides[i])!;
        if ([4, 6, 9, 11].includes(s.m)) {
          const v: (Ymd | undefined)[] = [undefined, undefined];
          v[i] = { ...s, d: 31 };
          add("day31-of-30-month", mn, reRender(text, mn, v), `side ${i + 1} set to 31 ${MONTHS[s.m - 1]}`);
        }
      }
    }
    // ---- years-on-both-sides form for year-one-side when the dual shares one year
    if (!single && rd && rd.ji !== undefined && !mn.sides.every((s) => s.year) && y !== undefined && mn.yearSpan) {
      const [a, b] = [ymdOf(mn.sides[0])!, ymdOf(mn.sides[1])!];
      const lab = mn.sides[1].label === "julian" ? "O.S. " : mn.sides[1].label === "gregorian" ? "N.S. " : "";
      const rep = mn.form.startsWith("mdy") || mn.form === "day-only-mdy"
        ? `${MONTHS[a.m - 1]} ${a.d}, ${a.y} [${lab}${MONTHS[b.m - 1]} ${b.d}, ${b.y + 1}]`
        : `${a.d} ${MONTHS[a.m - 1]} ${a.y} (${lab}${b.d} ${MONTHS[b.m - 1]} ${b.y + 1})`;
      add("year-one-side", mn, rep, "the second side written with its own year, one year off");
    }
    // ---- kinds built from any date whose two readings are known
    if (rd && y !== undefined && !mn.weekday && !inRange) {
      const { j, g } = rd;
      const us = mn.form.startsWith("mdy") || mn.form === "day-only-mdy";
      const labels = pick(rng(hash(p.slug + mn.start)), [["(O.S.)", "(N.S.)"], ["(Julian calendar)", "(Gregorian calendar)"]], 1)[0];
      const dm = (x: Ymd) => (us ? `${MONTHS[x.m - 1]} ${x.d}, ${x.y}` : `${x.d} ${MONTHS[x.m - 1]} ${x.y}`);
      add("both-labelled-reversed", mn, `${dm(g)} ${labels[0]}, ${dm(j)} ${labels[1]}`, "both sides labelled, labels reversed");
      if (j.m === g.m && j.y === g.y) {
        for (const delta of [1, -1]) {
          const gd = g.d + delta;
          if (gd < 1 || gd > daysInMonth("gregorian", g.y, g.m)) continue;
          add("day-only-dual-off-by-one", mn, us ? `${MONTHS[j.m - 1]} ${j.d} (${gd}), ${j.y}` : `${j.d} (${gd}) ${MONTHS[j.m - 1]} ${j.y}`,
            `day-only dual date, N.S. day ${delta > 0 ? "+1" : "-1"}`);
        }
      }
      const roman = rng(hash(p.slug + "num" + mn.start))() < 0.5;
      const num = (x: Ymd) => `${x.d}.${roman ? ROMAN[x.m - 1] : String(x.m).padStart(2, "0")}.${x.y}`;
      for (const which of ["julian", "gregorian"] as const) {
        const jj = which === "julian" ? addDays("julian", j, 1) : j;
        const gg = which === "gregorian" ? addDays("gregorian", g, -1) : g;
        add("numeric-dual-off-by-one", mn, `${num(gg)} (O.S. ${num(jj)})`, `numeric dual date, ${which} side off by one`);
      }
    }
    // ---- single-date kinds
    if (single && y !== undefined) {
      const cal = singleCalendar(meta, mn);
      const x = ymdOf(s0)!;
      const setDate = (v: Ymd) => reRender(text, mn, [v]);
      const addDate = (kind: Kind, v: Ymd, description: string) => { if (endsRange(v)) add(kind, mn, setDate(v), description); };
      // day 31 of a 30-day month / 30 February
      const m30 = [4, 6, 9, 11].includes(x.m) ? x.m : [4, 6, 9, 11].reduce((a, b) => (Math.abs(b - x.m) < Math.abs(a - x.m) ? b : a));
      addDate("day31-of-30-month", { y: x.y, m: m30, d: 31 }, `31 ${MONTHS[m30 - 1]}`);
      if (!(region === "sweden" && x.y === 1712)) addDate("feb30", { y: x.y, m: 2, d: 30 }, "30 February");
      // reform gap read in the local calendar
      if (hasYear && meta.truth.convention === "julian-until-reform" && region && !mn.marker && cal === "julian") {
        for (const gd of pick(rng(hash(p.slug + "gap" + mn.start)), gapDays(region), 2))
          addDate("reform-gap", gd, `${gd.d} ${MONTHS[gd.m - 1]} ${gd.y}: skipped by the ${region} reform`);
      }
      // 29 February of a Gregorian non-leap century year, where that day would be read as Gregorian
      if (hasYear && !mn.marker) {
        const ys = [1700, 1800, 1900].filter((cy) => truthCalendar(meta, { y: cy, m: 2, d: 28 }) === "gregorian");
        const cy = ys.sort((a, b) => Math.abs(a - x.y) - Math.abs(b - x.y))[0];
        if (cy !== undefined && !(region === "sweden" && cy === 1700)) addDate("feb29-gregorian-nonleap", { y: cy, m: 2, d: 29 }, `29 February ${cy}`);
      }
      // weekdays
      if (cal && isValid(cal, x) && x.y >= 1583 && !inRange) {
        const jdn = toJdn(cal, x);
        const right = weekday(jdn);
        const other = weekday(toJdn(cal === "julian" ? "gregorian" : "julian", x));
        const wdStart = mn.weekday ? mn.weekday.span.start : mn.start;
        const dateText = text.slice(mn.weekday ? mn.weekday.span.end : mn.start, mn.end);
        const withWd = (w: number) => (mn.weekday ? WEEKDAYS[w] + dateText : `${WEEKDAYS[w]}, ${dateText}`);
        if (other !== right) add("weekday-other-calendar", mn, withWd(other), `${WEEKDAYS[other]}: the weekday of the ${cal === "julian" ? "Gregorian" : "Julian"} reading`, wdStart);
        // Where the year was counted from 25 March (England until 1752), an undoubled "30 January 1648" may be the legal
        // year's, 1648/9: that day's weekday is the writer's too, not an error.
        const yearText = s0.year ? text.slice(s0.year.start, s0.year.end) : "";
        const legal = cal === "julian" && (x.m < 3 || (x.m === 3 && x.d < 25)) && !/[/–-]/.test(yearText) && yearFromLadyDay(region, x.y) &&
          isValid("julian", { ...x, y: x.y + 1 }) ? weekday(toJdn("julian", { ...x, y: x.y + 1 })) : undefined;
        const neither = [0, 1, 2, 3, 4, 5, 6].filter((w) => w !== right && w !== other && w !== legal);
        for (const w of pick(rng(hash(p.slug + "wd" + mn.start)), neither, 2))
          add("weekday-neither", mn, withWd(w), `${WEEKDAYS[w]}: fits neither calendar (${WEEKDAYS[right]} as meant)`, wdStart);
      }
      // known events / people named in the paragraph
      if (cal && !mn.marker) {
        for (const k of knownIn(paragraphText(text, mn))) {
          const kj = k.cal === "julian" ? k.date : convert("gregorian", k.date);
          const kg = k.cal === "gregorian" ? k.date : convert("julian", k.date);
          if (sameYmd(kj, kg)) continue;
          if (region && reform(region) && toJdn("julian", kj) > reform(region)!.lastJulianJdn) continue; // not a Julian-era date there
          if (!hasYear && kj.y !== kg.y) continue;
          if (cal === "gregorian" && sameYmd(x, kg)) {
            addDate("event-os-in-ns-text", kj, `the O.S. date of ${k.what} written unmarked in an N.S. text`);
            add("marker-flip", mn, `${orig} (O.S.)`, `an O.S. marker on the N.S. date of ${k.what}`);
          }
          if (cal === "julian" && sameYmd(x, kj)) addDate("event-ns-in-os-text", kg, `the N.S. date of ${k.what} written unmarked in an O.S. text`);
        }
      }
    }
  }
  return out;
}

export const PER_KIND = 3;

/** All mutants of one passage: up to PER_KIND per applicable kind, chosen by a seeded shuffle. */
export function mutate(p: Passage, perKind = PER_KIND): Mutant[] {
  const cands = candidates(p);
  const out: Mutant[] = [];
  for (const kind of KIND_NAMES) {
    const mine = cands.filter((c) => c.kind === kind && p.text.slice(c.start, c.end) !== c.rep);
    // at most one mutant per date mention and kind, spread over the passage
    const byStart = new Map<number, Cand[]>();
    for (const c of mine) byStart.set(c.start, [...(byStart.get(c.start) ?? []), c]);
    const r = rng(hash(`${p.slug}:${kind}`));
    const chosen = pick(r, [...byStart.values()], perKind).map((cs) => pick(r, cs, 1)[0]);
    chosen.sort((a, b) => a.start - b.start).forEach((c, i) => {
      const text = p.text.slice(0, c.start) + c.rep + p.text.slice(c.end);
      out.push({ id: `${p.slug}__${kind}__${i + 1}`, kind, text, start: c.start, end: c.start + c.rep.length, codes: [...KINDS[kind]], description: c.description });
    });
  }
  return out;
}

if (require.main === module) {
  const arg = process.argv[2] ?? "";
  const [half, slug] = arg.split("/") as [Half, string];
  if (half !== "dev" || !slug) {
    console.error("usage: tsx test/corpus/mutate.ts dev/<slug>   (held-out passages are not shown)");
    process.exit(2);
  }
  const p = loadHalf("dev").find((x) => x.slug === slug);
  if (!p) { console.error(`no dev passage ${slug}`); process.exit(2); }
  for (const m of mutate(p)) console.log(`${m.id} [${m.codes.join("|")}] ${m.description}\n    ${m.text.slice(m.start, m.end)}`);
}

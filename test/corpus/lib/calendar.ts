// Independent calendar arithmetic for the corpus tooling. Deliberately NOT imported from server/src:
// the mutation generator and the eval must not share code with the thing they measure.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Cal = "julian" | "gregorian";
export interface Ymd { y: number; m: number; d: number }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

const div = (a: number, b: number) => Math.floor(a / b);

/** Julian Day Number of a proleptic Gregorian or Julian calendar date (Fliegel–Van Flandern style). */
export function toJdn(cal: Cal, { y, m, d }: Ymd): number {
  const a = div(14 - m, 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const base = d + div(153 * mm + 2, 5) + 365 * yy + div(yy, 4);
  return cal === "gregorian" ? base - div(yy, 100) + div(yy, 400) - 32045 : base - 32083;
}

export function fromJdn(cal: Cal, jdn: number): Ymd {
  let b: number, c: number;
  if (cal === "gregorian") {
    const a = jdn + 32044;
    b = div(4 * a + 3, 146097);
    c = a - div(146097 * b, 4);
  } else {
    b = 0;
    c = jdn + 32082;
  }
  const d = div(4 * c + 3, 1461);
  const e = c - div(1461 * d, 4);
  const m = div(5 * e + 2, 153);
  return { d: e - div(153 * m + 2, 5) + 1, m: m + 3 - 12 * div(m, 10), y: 100 * b + d - 4800 + div(m, 10) };
}

export function isLeap(cal: Cal, y: number): boolean {
  return cal === "julian" ? y % 4 === 0 : (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(cal: Cal, y: number, m: number): number {
  if (m === 2) return isLeap(cal, y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValid(cal: Cal, date: Ymd): boolean {
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= daysInMonth(cal, date.y, date.m);
}

export function convert(from: Cal, date: Ymd): Ymd {
  return fromJdn(from === "julian" ? "gregorian" : "julian", toJdn(from, date));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(jdn: number): number {
  return (((jdn + 1) % 7) + 7) % 7;
}

/** Gregorian minus Julian, in days, for a Julian date (how many days the same name comes earlier in Gregorian). */
export function offsetOf(julian: Ymd): number {
  return toJdn("julian", julian) - toJdn("gregorian", julian);
}

/** The offset rule written out, for the tests: 10 before Julian 1 March 1700, then 11, 12, 13 (to 2099). */
export function offsetRule(julian: Ymd): number {
  const key = julian.y * 10000 + julian.m * 100 + julian.d;
  if (key < 17000301) return 10;
  if (key < 18000301) return 11;
  if (key < 19000301) return 12;
  return 13;
}

export const sameYmd = (a: Ymd, b: Ymd) => a.y === b.y && a.m === b.m && a.d === b.d;
export const fmt = (x: Ymd) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`;

export interface Reform { id: string; lastJulian: Ymd; firstGregorian: Ymd; lastJulianJdn: number; firstGregorianJdn: number }

let reforms: Map<string, Reform> | undefined;
const parseIso = (s: string): Ymd => {
  const [y, m, d] = s.split("-").map(Number);
  return { y, m, d };
};

/** Region reform days from data/calendar-reforms.json (data, not server code). */
export function reform(region: string): Reform | undefined {
  if (!reforms) {
    reforms = new Map();
    const file = join(__dirname, "..", "..", "..", "data", "calendar-reforms.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as { reforms: { id: string; lastJulian: string; firstGregorian: string }[] };
    for (const r of json.reforms) {
      const lastJulian = parseIso(r.lastJulian);
      const firstGregorian = parseIso(r.firstGregorian);
      reforms.set(r.id, { id: r.id, lastJulian, firstGregorian, lastJulianJdn: toJdn("julian", lastJulian),
        firstGregorianJdn: toJdn("gregorian", firstGregorian) });
    }
  }
  return reforms.get(region);
}

/**
 * Are these a reform's last Julian day and first Gregorian day ("15 February 1923/1 March 1923", Greece)? Such a pair
 * names the switch's edges, which writers give joined like a pair; it is no slip of one side.
 */
export function isReformEdges(julian: Ymd, gregorian: Ymd): boolean {
  reform("");
  return [...reforms!.values()].some((r) => sameYmd(r.lastJulian, julian) && sameYmd(r.firstGregorian, gregorian));
}

let marchYears: Map<string, { from: number; until: number }[]> | undefined;
/**
 * Did the region's legal year (its main area's) begin on 25 March in year `y`, numbered from that day ("lagging", as
 * England counted until 1751)? Then a writer's "30 January 1648" may be 30 January 1648/9. From data/calendar-reforms.json.
 */
export function yearFromLadyDay(region: string | undefined, y: number): boolean {
  if (!marchYears) {
    marchYears = new Map();
    const file = join(__dirname, "..", "..", "..", "data", "calendar-reforms.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as { reforms: { id: string; yearStart?: { area?: string; startsOn: string; numbering?: string; fromYear?: number; untilYear?: number }[] }[] };
    for (const r of json.reforms) {
      const spans = (r.yearStart ?? []).filter((e) => !e.area && e.startsOn === "03-25" && e.numbering === "lagging")
        .map((e) => ({ from: e.fromYear ?? -Infinity, until: e.untilYear ?? Infinity }));
      if (spans.length) marchYears.set(r.id, spans);
    }
  }
  return !!region && (marchYears.get(region) ?? []).some((s) => y >= s.from && y <= s.until);
}

/** Gregorian days that the region's reform skipped (empty when none). */
export function gapDays(region: string): Ymd[] {
  const r = reform(region);
  if (!r) return [];
  const out: Ymd[] = [];
  for (let j = toJdn("gregorian", r.lastJulian) + 1; j < r.firstGregorianJdn; j++) out.push(fromJdn("gregorian", j));
  return out;
}

/** Is the region on the Julian calendar on this day (given as a JDN)? */
export function julianLocally(region: string | undefined, jdn: number): boolean | undefined {
  if (!region) return undefined;
  const r = reform(region);
  if (!r) return undefined;
  return jdn <= r.lastJulianJdn;
}

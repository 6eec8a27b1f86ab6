/** The Julian→Gregorian reform of each region (data/calendar-reforms.json), typed and checked,
 *  with questions about it: which calendar was civil on a day, the skipped days, region words. */
import type { Calendar, YMD } from './types';
import reformsData from '../../../data/calendar-reforms.json';
import { fromJdn, toJdn, tryToJdn } from './jdn';
import { calendarOffset, weekday, WEEKDAY_NAMES } from './convert';
import { compareYmd, parseYmd } from './format';
import { isValidDate } from './rules';

/** The calendar a region used before its reform. 'rumi': Ottoman civil calendar (Julian months and days). */
export type PreviousCalendar =
  | 'julian'
  | 'rumi'
  | 'japanese-lunisolar'
  | 'korean-lunisolar'
  | 'chinese-lunisolar';

/** What was written locally on a day: one of the two, an interim (Sweden 1700–1712) or a non-Julian predecessor. */
export type LocalCalendar = Calendar | 'swedish' | Exclude<PreviousCalendar, 'julian'>;

export interface ReformVariant {
  area: string;
  lastJulian: YMD;
  firstGregorian: YMD;
  notes?: string;
  sources?: string[];
}

/** A span before the reform when local dates ran a fixed number of days ahead of the Julian calendar. */
export interface InterimCalendar {
  name: string;
  firstJulian: YMD;
  lastJulian: YMD;
  /** As written locally; `lastLocal` may be a day no regular calendar has (1712-02-30). */
  firstLocal: YMD;
  lastLocal: YMD;
  daysAheadOfJulian: number;
  firstJdn: number;
  lastJdn: number;
  notes?: string;
}

/**
 * When the year number changed there for a span of years (data/calendar-reforms.json `yearStart`). Years are
 * Anno Domini years in which a year so reckoned began: England's last Lady Day year began on 25 March 1751
 * (untilYear 1751) and the next on 1 January 1752 (fromYear 1752).
 */
export interface YearStartRule {
  /** Part of the region (e.g. "Scotland"); undefined = the whole region. */
  area?: string;
  name: string;
  /** MM-DD on which the year number changed, or 'easter' (moveable). */
  startsOn: { month: number; day: number } | 'easter';
  fromYear?: number;
  untilYear?: number;
  /** Before startsOn the previous year's number ('lagging': English, Florentine, Venetian) or from it the next one's ('leading': Pisan). */
  numbering: 'lagging' | 'leading';
  era: 'anno-domini' | 'anno-mundi';
  notes?: string;
  sources: readonly string[];
}

export interface Reform {
  id: string;
  name: string;
  /** Last day before the change, a Julian date (for non-Julian predecessors: that day's Julian name). */
  lastJulian: YMD;
  /** First day after the change, a Gregorian date. */
  firstGregorian: YMD;
  lastJulianJdn: number;
  /** Always lastJulianJdn + 1. */
  firstGregorianJdn: number;
  /** Day labels skipped (= calendarOffset at the change); 0 real days were lost. */
  skippedDays: number;
  previousCalendar: PreviousCalendar;
  lastLocalLabel?: string;
  /** The exact day is uncertain (see notes). */
  approximate: boolean;
  words: readonly string[];
  notes?: string;
  sources: readonly string[];
  variants: readonly ReformVariant[];
  interim?: InterimCalendar;
  /** Year-start rules, oldest first within each area (empty when not modelled). */
  yearStart: readonly YearStartRule[];
  /** Modern histories give the region's days before the reform in its local calendar (British history: Old Style). */
  historiansWriteLocal: boolean;
}

function fail(where: string, what: string): never {
  throw new Error(`calendar-reforms.json: ${where}: ${what}`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') fail(where, `"${key}" must be a non-empty string`);
  return v;
}

function optStr(o: Record<string, unknown>, key: string, where: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, where);
}

function strList(o: Record<string, unknown>, key: string, where: string, optional = false): string[] {
  const v = o[key];
  if (v === undefined && optional) return [];
  if (!Array.isArray(v) || !v.every((s): s is string => typeof s === 'string')) {
    fail(where, `"${key}" must be an array of strings`);
  }
  return v;
}

function day(o: Record<string, unknown>, key: string, cal: Calendar | 'any', where: string): YMD {
  const text = str(o, key, where);
  const d = parseYmd(text);
  if (!d) fail(where, `"${key}" is not YYYY-MM-DD: ${text}`);
  if (cal !== 'any' && !isValidDate(d, cal)) fail(where, `"${key}" ${text} is not a ${cal} date`);
  return d;
}

/** Checks that `firstGregorian` is the day after `lastJulian`; returns both JDNs. */
function step(lastJulian: YMD, firstGregorian: YMD, where: string): [number, number] {
  const a = toJdn(lastJulian, 'julian');
  const b = toJdn(firstGregorian, 'gregorian');
  if (b !== a + 1) fail(where, `firstGregorian is ${b - a} days after lastJulian, not 1`);
  return [a, b];
}

function optYear(o: Record<string, unknown>, key: string, where: string): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(where, `"${key}" must be an integer year`);
  return v;
}

/** Parses a reform's `historiansWrite` (the calendar modern histories give its days in), sources required. */
function historiansWriteLocal(raw: unknown, where: string): boolean {
  if (raw === undefined) return false;
  const w = `${where} historiansWrite`;
  if (!isRecord(raw)) fail(w, 'not an object');
  if (raw['calendar'] !== 'local') fail(w, '"calendar" must be "local"');
  optStr(raw, 'notes', w);
  strList(raw, 'sources', w);
  return true;
}

/** Parses a reform's `yearStart` rules; rules for one area must follow each other without overlapping. */
function yearStartRules(raw: unknown, where: string): YearStartRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(where, '"yearStart" must be an array');
  const lastByArea = new Map<string, YearStartRule>();
  return raw.map((r: unknown, k: number): YearStartRule => {
    const w = `${where} yearStart[${k}]`;
    if (!isRecord(r)) fail(w, 'not an object');
    const text = str(r, 'startsOn', w);
    const m = /^(\d{2})-(\d{2})$/.exec(text);
    // Any day of a leap year (29 February included) is a possible start.
    if (text !== 'easter' && !(m && isValidDate({ year: 2000, month: Number(m[1]), day: Number(m[2]) }, 'gregorian'))) {
      fail(w, `"startsOn" must be MM-DD or "easter": ${text}`);
    }
    const fromYear = optYear(r, 'fromYear', w);
    const untilYear = optYear(r, 'untilYear', w);
    if (fromYear !== undefined && untilYear !== undefined && untilYear < fromYear) fail(w, 'untilYear before fromYear');
    const numbering = r['numbering'] ?? 'lagging';
    if (numbering !== 'lagging' && numbering !== 'leading') fail(w, `unknown numbering ${String(numbering)}`);
    const era = r['era'] ?? 'anno-domini';
    if (era !== 'anno-domini' && era !== 'anno-mundi') fail(w, `unknown era ${String(era)}`);
    const area = optStr(r, 'area', w);
    const notes = optStr(r, 'notes', w);
    const rule: YearStartRule = {
      ...(area !== undefined ? { area } : {}),
      name: str(r, 'name', w),
      startsOn: m ? { month: Number(m[1]), day: Number(m[2]) } : 'easter',
      ...(fromYear !== undefined ? { fromYear } : {}),
      ...(untilYear !== undefined ? { untilYear } : {}),
      numbering,
      era,
      ...(notes !== undefined ? { notes } : {}),
      sources: strList(r, 'sources', w),
    };
    const prev = lastByArea.get(area ?? '');
    if (prev && (prev.untilYear === undefined || fromYear === undefined || fromYear <= prev.untilYear)) {
      fail(w, `overlaps the previous rule for ${area ?? 'the region'}`);
    }
    lastByArea.set(area ?? '', rule);
    return rule;
  });
}

const PREVIOUS: readonly PreviousCalendar[] = [
  'julian',
  'rumi',
  'japanese-lunisolar',
  'korean-lunisolar',
  'chinese-lunisolar',
];

/** Parses and checks reform data shaped like data/calendar-reforms.json; throws Error naming the bad entry. */
export function parseReforms(raw: unknown): Reform[] {
  if (!isRecord(raw) || !Array.isArray(raw['reforms'])) fail('top level', '"reforms" array missing');
  const seen = new Set<string>();
  return raw['reforms'].map((item: unknown, i: number): Reform => {
    if (!isRecord(item)) fail(`reforms[${i}]`, 'not an object');
    const id = str(item, 'id', `reforms[${i}]`);
    const where = `reform "${id}"`;
    if (seen.has(id)) fail(where, 'duplicate id');
    seen.add(id);
    const lastJulian = day(item, 'lastJulian', 'julian', where);
    const firstGregorian = day(item, 'firstGregorian', 'gregorian', where);
    const [lastJulianJdn, firstGregorianJdn] = step(lastJulian, firstGregorian, where);
    const prevRaw = item['previousCalendar'] ?? 'julian';
    const previousCalendar = PREVIOUS.find((p) => p === prevRaw);
    if (!previousCalendar) fail(where, `unknown previousCalendar ${String(prevRaw)}`);
    const variants = (Array.isArray(item['variants']) ? item['variants'] : []).map(
      (v: unknown, j: number): ReformVariant => {
        const w = `${where} variants[${j}]`;
        if (!isRecord(v)) fail(w, 'not an object');
        const vl = day(v, 'lastJulian', 'julian', w);
        const vf = day(v, 'firstGregorian', 'gregorian', w);
        step(vl, vf, w);
        const notes = optStr(v, 'notes', w);
        const sources = v['sources'] === undefined ? undefined : strList(v, 'sources', w);
        return {
          area: str(v, 'area', w),
          lastJulian: vl,
          firstGregorian: vf,
          ...(notes !== undefined ? { notes } : {}),
          ...(sources !== undefined ? { sources } : {}),
        };
      },
    );
    let interim: InterimCalendar | undefined;
    const ri = item['interim'];
    if (ri !== undefined) {
      const w = `${where} interim`;
      if (!isRecord(ri)) fail(w, 'not an object');
      const firstJulian = day(ri, 'firstJulian', 'julian', w);
      const lastJ = day(ri, 'lastJulian', 'julian', w);
      const ahead = ri['daysAheadOfJulian'];
      if (typeof ahead !== 'number' || !Number.isInteger(ahead)) fail(w, 'daysAheadOfJulian must be an integer');
      const notes = optStr(ri, 'notes', w);
      interim = {
        name: str(ri, 'name', w),
        firstJulian,
        lastJulian: lastJ,
        firstLocal: day(ri, 'firstLocal', 'any', w),
        lastLocal: day(ri, 'lastLocal', 'any', w),
        daysAheadOfJulian: ahead,
        firstJdn: toJdn(firstJulian, 'julian'),
        lastJdn: toJdn(lastJ, 'julian'),
        ...(notes !== undefined ? { notes } : {}),
      };
      if (interim.lastJdn < interim.firstJdn || interim.lastJdn >= lastJulianJdn) {
        fail(w, 'must be a span before the reform');
      }
    }
    const notes = optStr(item, 'notes', where);
    const lastLocalLabel = optStr(item, 'lastLocalLabel', where);
    return {
      id,
      name: str(item, 'name', where),
      lastJulian,
      firstGregorian,
      lastJulianJdn,
      firstGregorianJdn,
      skippedDays: calendarOffset(firstGregorianJdn),
      previousCalendar,
      ...(lastLocalLabel !== undefined ? { lastLocalLabel } : {}),
      approximate: item['approximate'] === true,
      words: strList(item, 'words', where),
      ...(notes !== undefined ? { notes } : {}),
      sources: strList(item, 'sources', where),
      variants,
      ...(interim ? { interim } : {}),
      yearStart: yearStartRules(item['yearStart'], where),
      historiansWriteLocal: historiansWriteLocal(item['historiansWrite'], where),
    };
  });
}

const REFORMS: readonly Reform[] = parseReforms(reformsData);
const BY_ID = new Map(REFORMS.map((r) => [r.id, r]));

/** All bundled reforms, in file order. */
export function allReforms(): readonly Reform[] {
  return REFORMS;
}

/** The bundled reform with this id, or undefined. */
export function getReform(id: string): Reform | undefined {
  return BY_ID.get(id);
}

/**
 * Which of the two calendars dates were reckoned in there on day `jdn`: 'julian' up to and
 * including the last Julian day (also for the Ottoman Rumi calendar, whose days were Julian, and
 * for the Swedish interim 1700–1712, the nearest of the two — see {@link localCalendarAt}),
 * 'gregorian' from the first Gregorian day. Where the earlier calendar was lunisolar (Japan,
 * Korea, China) no Julian date was ever local, so this answers 'gregorian' throughout.
 */
export function calendarInUse(reform: Reform, jdn: number): Calendar {
  if (jdn >= reform.firstGregorianJdn) return 'gregorian';
  return reform.previousCalendar === 'julian' || reform.previousCalendar === 'rumi' ? 'julian' : 'gregorian';
}

/** The calendar actually written there on day `jdn`, including interims and non-Julian predecessors. */
export function localCalendarAt(reform: Reform, jdn: number): LocalCalendar {
  if (jdn >= reform.firstGregorianJdn) return 'gregorian';
  const i = reform.interim;
  if (i && jdn >= i.firstJdn && jdn <= i.lastJdn) return 'swedish';
  return reform.previousCalendar;
}

/** The date as written locally during the reform's interim (e.g. Swedish 30 February 1712), or undefined outside it. */
export function interimDate(reform: Reform, jdn: number): YMD | undefined {
  const i = reform.interim;
  if (!i || jdn < i.firstJdn || jdn > i.lastJdn) return undefined;
  if (jdn === i.lastJdn) return { ...i.lastLocal };
  return fromJdn(jdn + i.daysAheadOfJulian, 'julian');
}

/**
 * True if `date`, read in `calendar`, names a day that the reform skipped there: a Gregorian
 * reading strictly between lastJulian and firstGregorian (Russia 1–13 February 1918, Britain
 * 3–13 September 1752, Rome 5–14 October 1582). Julian readings are real days, so always false;
 * also false where the earlier calendar was lunisolar (nothing was skipped) and for invalid dates.
 */
export function isInReformGap(reform: Reform, date: YMD, calendar: Calendar): boolean {
  if (calendar !== 'gregorian' || !isValidDate(date, 'gregorian')) return false;
  if (reform.previousCalendar !== 'julian' && reform.previousCalendar !== 'rumi') return false;
  return compareYmd(date, reform.lastJulian) > 0 && compareYmd(date, reform.firstGregorian) < 0;
}

/** The first and last skipped Gregorian labels, or undefined if nothing was skipped (lunisolar predecessors). */
function gapRange(reform: Reform): { first: YMD; last: YMD } | undefined {
  if (reform.previousCalendar !== 'julian' && reform.previousCalendar !== 'rumi') return undefined;
  const jdnOfLabel = tryToJdn(reform.lastJulian, 'gregorian');
  // The first skipped label is the day after lastJulian's label, read as Gregorian.
  const first =
    jdnOfLabel !== undefined
      ? fromJdn(jdnOfLabel + 1, 'gregorian')
      : { year: reform.lastJulian.year, month: 3, day: 1 }; // lastJulian was 29 Feb in a Julian-only leap year
  // The last skipped label is the Gregorian name of the last Julian day.
  const last = fromJdn(reform.lastJulianJdn, 'gregorian');
  return compareYmd(first, last) <= 0 ? { first, last } : undefined;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "4 October 1582" */
function formatDayWords(date: YMD): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1] ?? `month ${date.month}`} ${date.year}`;
}

/** "3–7 July 1917", "23 February 1917 – 3 March 1917": a day or a span of days in words. */
export function dayRangeWords(first: YMD, last: YMD): string {
  if (first.year === last.year && first.month === last.month) {
    return first.day === last.day
      ? formatDayWords(first)
      : `${first.day}–${last.day} ${MONTH_NAMES[first.month - 1]} ${first.year}`;
  }
  return `${formatDayWords(first)} – ${formatDayWords(last)}`;
}

/**
 * One sentence for hovers and messages, e.g. "Russia (Soviet Russia): Wednesday 31 January 1918
 * (Julian) was followed by Thursday 14 February 1918 (Gregorian); 1–13 February 1918 never existed there."
 */
export function gapDescription(reform: Reform): string {
  const wdLast = WEEKDAY_NAMES[weekday(reform.lastJulianJdn)];
  const wdFirst = WEEKDAY_NAMES[weekday(reform.firstGregorianJdn)];
  const next = `${wdFirst} ${formatDayWords(reform.firstGregorian)} (Gregorian)`;
  if (reform.previousCalendar !== 'julian' && reform.previousCalendar !== 'rumi') {
    const label = reform.lastLocalLabel ? `${reform.lastLocalLabel} of the lunisolar calendar` : 'the last day of the lunisolar calendar';
    const greg = formatDayWords(fromJdn(reform.lastJulianJdn, 'gregorian'));
    return `${reform.name}: ${label} (${wdLast} ${greg} Gregorian) was followed by ${next}; no day was skipped.`;
  }
  const lastWords =
    reform.previousCalendar === 'rumi' && reform.lastLocalLabel
      ? `${wdLast} ${reform.lastLocalLabel}, i.e. ${formatDayWords(reform.lastJulian)} (Julian)`
      : `${wdLast} ${formatDayWords(reform.lastJulian)} (Julian)`;
  const gap = gapRange(reform);
  const skipped = gap ? `; ${dayRangeWords(gap.first, gap.last)} never existed there` : '';
  return `${reform.name}: ${lastWords} was followed by ${next}${skipped}.`;
}

let wordsIndex: Map<string, string> | undefined;

/** Region words (case-sensitive proper nouns) → region id. Each word belongs to one region (checked by tests). */
export function regionWordsIndex(): Map<string, string> {
  if (!wordsIndex) {
    wordsIndex = new Map();
    for (const r of REFORMS) {
      for (const w of r.words) if (!wordsIndex.has(w)) wordsIndex.set(w, r.id);
    }
  }
  return wordsIndex;
}

/** Words claimed by more than one region (should be empty for the bundled data). */
export function regionWordCollisions(reforms: readonly Reform[] = REFORMS): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const r of reforms) {
    for (const w of r.words) {
      const o = owner.get(w);
      if (o !== undefined && o !== r.id) out.push(`${w}: ${o}, ${r.id}`);
      else owner.set(w, r.id);
    }
  }
  return out;
}

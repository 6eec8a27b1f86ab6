/** The bundled dataset (every file in BUNDLED_FILES under data/): schema, ids, dates and calendars,
 *  references, regions, alias collisions, and the seed fixtures that name its entries. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { regionNamedMostIn } from '../regions';
import {
  type Calendar,
  type YMD,
  calendarInUse,
  daysInMonth,
  getReform,
  isValidDate,
  toJdn,
} from '../../server/src/calendar';
import type { DatedValue, HistoricalEvent as Event, Person } from '../../server/src/dataset/types';
import { BUNDLED_FILES } from '../../server/src/dataset/bundled';
import { aliasTokens } from '../../server/src/recognize/entities';

const ROOT = join(__dirname, '..', '..');
const readJson = (rel: string): any => JSON.parse(readFileSync(join(ROOT, rel), 'utf8'));

type Dated = DatedValue;
type Entry = Person | Event;
interface Mention {
  id: string;
  mentions: string[];
}

const schema = readJson('data/schema/clio-dataset.schema.json');
/** Every bundled file, read from disk as the shipped extension reads it (the list is the one the server bundles). */
const bundledFiles = BUNDLED_FILES.map(({ name }) => ({ name, data: readJson(`data/${name}`) }));
const people: Person[] = bundledFiles.flatMap(({ data }) => data.people ?? []);
const events: Event[] = bundledFiles.flatMap(({ data }) => data.events ?? []);
const all: Entry[] = [...people, ...events];
const byId = new Map<string, Entry>(all.map((e) => [e.id, e]));
const personIds = new Set(people.map((p) => p.id));
const eventIds = new Set(events.map((e) => e.id));

/** A stored date as a span of days: a full date is one day; "YYYY-MM" and "YYYY" cover the month or year. */
function parse(d: Dated): { first: YMD; last: YMD; full: boolean } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d.date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const day: YMD = { year, month: Number(m[2]), day: Number(m[3]) };
    return { first: day, last: day, full: true };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return { first: { year, month, day: 1 }, last: { year, month, day: daysInMonth(year, month, d.calendar) }, full: false };
  }
  return { first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 }, full: false };
}

/** JDN range covered by a stored date. */
function jdnRange(d: Dated): [number, number] {
  const p = parse(d);
  assert.ok(p, `unparseable date ${d.date}`);
  return [toJdn(p.first, d.calendar), toJdn(p.last, d.calendar)];
}

/** Every stored date, labelled with where it comes from. */
function allDates(): Array<{ where: string; d: Dated }> {
  const out: Array<{ where: string; d: Dated }> = [];
  for (const p of people) {
    if (p.born) out.push({ where: `${p.id}.born`, d: p.born });
    if (p.died) out.push({ where: `${p.id}.died`, d: p.died });
  }
  for (const e of events) {
    out.push({ where: `${e.id}.start`, d: e.start });
    if (e.end) out.push({ where: `${e.id}.end`, d: e.end });
  }
  return out;
}

/**
 * The calendar a date should carry in a region: the one calendarInUse gives for every day of the span,
 * or undefined when a partial date straddles the reform.
 */
function expectedCalendar(region: string, d: Dated): Calendar | undefined {
  const reform = getReform(region);
  assert.ok(reform, `no reform ${region}`);
  const [a, b] = jdnRange(d);
  const ca = calendarInUse(reform, a);
  return ca === calendarInUse(reform, b) ? ca : undefined;
}

/** An alias as the recognizer keys it (server/src/recognize/entities.ts): its word tokens joined by spaces, so
 *  "Polish–Soviet War" and "Polish-Soviet War" are one alias. */
function tokenKey(alias: string): string {
  return aliasTokens(alias).join(' ');
}

/**
 * Aliases (as token keys) that knowingly name more than one entry; the recognizer reports them as
 * ambiguous. Each needs a reason.
 */
const REGNAL = 'rulers of one name, told apart by the years around the mention (analysis/analyze.ts, pickByContext)';
const ALLOWED_COLLISIONS: Record<string, string> = {
  Alexander: REGNAL,
  'Tsar Alexander': REGNAL,
  'Emperor Alexander': REGNAL,
  Nicholas: REGNAL,
  'Tsar Nicholas': REGNAL,
  'Emperor Nicholas': REGNAL,
  Catherine: REGNAL,
  'Empress Catherine': REGNAL,
  Peter: REGNAL,
  'Emperor Peter': REGNAL,
  Charles: REGNAL,
  'King Charles': REGNAL,
  // Two treaties signed at Brest-Litovsk in 1918, Ukraine's (9 February) and Soviet Russia's (3 March), each called so:
  // event-date-mismatch weighs a date against both.
  'Treaty of Brest Litovsk': 'two treaties of one name',
};

/** Events with no single region: their days were recorded in more than one calendar. */
const EVENTS_WITHOUT_REGION: Record<string, string> = {
  'world-war-i': 'fought across many calendars; its dates are the Western (Gregorian) ones',
  'sealed-train': 'left Zurich on a Gregorian date and reached Petrograd on a Julian one',
};

/** Regions whose reform fell in the Russian Empire's time: a birth or death placed there is checked. */
const RUSSIAN_EMPIRE_REGIONS = new Set(['russia', 'transcaucasia', 'estonia', 'latvia', 'courland', 'lithuania', 'finland']);

/** Britain, its colonies and Sweden, whose Old Style lasted into the 1750s: births and deaths placed there are checked too. */
const LATE_WESTERN_REGIONS = new Set(['britain', 'british-america', 'sweden']);

/** People whose recorded date follows another calendar than the place's, with the reason. */
const PLACE_CALENDAR_EXCEPTIONS: Record<string, string> = {
  'jozef-pilsudski.born': 'Polish Catholic family in Russian Lithuania; the date everyone records, 5 December 1867, is New Style',
};

describe('bundled dataset: schema and ids', () => {
  it('every bundled file validates against the schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema as object);
    for (const { name, data } of bundledFiles) {
      assert.ok(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('has the expected entries', () => {
    assert.ok(people.length >= 99, `${people.length} people`);
    assert.ok(events.length >= 100, `${events.length} events`);
  });

  it('every id is unique across both files', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of all) {
      if (seen.has(e.id)) dups.push(e.id);
      seen.add(e.id);
    }
    assert.deepEqual(dups, []);
  });

  it('names and aliases are trimmed and have word tokens', () => {
    const bad: string[] = [];
    for (const e of all) {
      for (const a of [e.name, ...e.aliases]) {
        if (a !== a.trim() || /\s{2}/.test(a) || tokenKey(a) === '') bad.push(`${e.id}: ${JSON.stringify(a)}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('events have an article that fits the name', () => {
    const bad: string[] = [];
    for (const e of events) {
      if (e.article === undefined) bad.push(`${e.id}: no article`);
      // Names read after "the" start lower-case in prose only for common nouns; "the" before a
      // possessive ("the Lenin's return") is always wrong.
      if (e.article === 'the' && /^\p{L}+['’]s\b/u.test(e.name)) bad.push(`${e.id}: "the ${e.name}"`);
    }
    assert.deepEqual(bad, []);
  });
});

describe('bundled dataset: dates', () => {
  it('every date parses and is a valid day (or month) in its calendar', () => {
    const bad: string[] = [];
    for (const { where, d } of allDates()) {
      const p = parse(d);
      if (!p) bad.push(`${where}: ${d.date}`);
      else if (!isValidDate(p.first, d.calendar) || !isValidDate(p.last, d.calendar)) bad.push(`${where}: ${d.date} ${d.calendar}`);
    }
    assert.deepEqual(bad, []);
  });

  it("an event's end is not before its start", () => {
    const bad: string[] = [];
    for (const e of events) {
      if (!e.end) continue;
      const [s0, s1] = jdnRange(e.start);
      const [e0, e1] = jdnRange(e.end);
      const sFull = parse(e.start)!.full;
      const eFull = parse(e.end)!.full;
      // Full days: end >= start. Partial: the end's span must not lie wholly before the start's.
      if (sFull && eFull ? e0 < s0 : e1 < s0) bad.push(`${e.id}: ${e.start.date} ${e.start.calendar} → ${e.end.date} ${e.end.calendar}`);
      void s1;
    }
    assert.deepEqual(bad, []);
  });

  it('people are born before they die', () => {
    const bad: string[] = [];
    for (const p of people) {
      if (!p.born || !p.died) continue;
      const [b0] = jdnRange(p.born);
      const [, d1] = jdnRange(p.died);
      if (d1 < b0) bad.push(`${p.id}: ${p.born.date} → ${p.died.date}`);
    }
    assert.deepEqual(bad, []);
  });

  it('event dates carry the calendar of their region (Russia: julian before 14 Feb 1918 N.S., then gregorian)', () => {
    const bad: string[] = [];
    for (const e of events) {
      if (!e.region || !getReform(e.region)) continue;
      for (const [k, d] of [
        ['start', e.start],
        ['end', e.end],
      ] as const) {
        if (!d) continue;
        const want = expectedCalendar(e.region, d);
        if (want !== undefined && want !== d.calendar) bad.push(`${e.id}.${k}: ${d.date} is ${d.calendar}, ${e.region} used ${want}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('events in Russia before the reform are julian (explicit check)', () => {
    const cut = toJdn({ year: 1918, month: 2, day: 14 }, 'gregorian');
    const bad: string[] = [];
    const russian = events.filter((x) => x.region === 'russia');
    assert.ok(russian.length > 100, `events in Russia: ${russian.length}`); // 139 in December
    for (const e of russian) {
      for (const d of [e.start, e.end]) {
        if (!d) continue;
        const [a, b] = jdnRange(d);
        if (b < cut && d.calendar !== 'julian') bad.push(`${e.id}: ${d.date} should be julian`);
        if (a >= cut && d.calendar !== 'gregorian') bad.push(`${e.id}: ${d.date} should be gregorian`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it("births and deaths placed in the Russian Empire, Britain, British America or Sweden carry its calendar (julian before the reform)", () => {
    const bad: string[] = [];
    let checked = 0;
    for (const p of people) {
      for (const [k, d] of [
        ['born', p.born],
        ['died', p.died],
      ] as const) {
        if (!d?.place) continue;
        const region = regionNamedMostIn(d.place);
        if (!region || !(RUSSIAN_EMPIRE_REGIONS.has(region) || LATE_WESTERN_REGIONS.has(region)) || `${p.id}.${k}` in PLACE_CALENDAR_EXCEPTIONS) {
          continue;
        }
        const want = expectedCalendar(region, d);
        if (want !== undefined) checked++;
        if (want !== undefined && want !== d.calendar) bad.push(`${p.id}.${k}: ${d.date} ${d.calendar} at ${d.place} (${region}: ${want})`);
      }
    }
    assert.deepEqual(bad, []);
    // The places must be recognized, or the check says nothing (373 dates checked in December).
    assert.ok(checked > 200, `dates whose place gives the calendar: ${checked}`);
  });

  it('no date is labelled julian after the Russian reform (no bundled entry is from a later Julian country)', () => {
    const cut = toJdn({ year: 1918, month: 2, day: 14 }, 'gregorian');
    const bad = allDates()
      .filter(({ d }) => d.calendar === 'julian' && jdnRange(d)[0] >= cut)
      .map(({ where, d }) => `${where}: ${d.date}`);
    assert.deepEqual(bad, []);
  });
});

describe('bundled dataset: references', () => {
  it("events' people name existing people", () => {
    const bad: string[] = [];
    for (const e of events) for (const id of e.people ?? []) if (!personIds.has(id)) bad.push(`${e.id} → ${id}`);
    assert.deepEqual(bad, []);
  });

  it('every related id exists', () => {
    const bad: string[] = [];
    for (const e of all) for (const id of e.related ?? []) if (!byId.has(id)) bad.push(`${e.id} → ${id}`);
    assert.deepEqual(bad, []);
  });

  it('no entry lists itself or the same id twice', () => {
    const bad: string[] = [];
    for (const e of all) {
      const refs = [...(e.related ?? []), ...((e as Event).people ?? [])];
      if (refs.includes(e.id)) bad.push(`${e.id} lists itself`);
      for (const list of [e.related ?? [], (e as Event).people ?? []]) if (new Set(list).size !== list.length) bad.push(`${e.id}: duplicate ids`);
    }
    assert.deepEqual(bad, []);
  });

  it('every event region is a reform id (a few events have none, listed)', () => {
    const bad: string[] = [];
    for (const e of events) {
      if (e.region === undefined ? !(e.id in EVENTS_WITHOUT_REGION) : !getReform(e.region)) bad.push(`${e.id}: ${String(e.region)}`);
    }
    assert.deepEqual(bad, []);
    const stale = Object.keys(EVENTS_WITHOUT_REGION).filter((id) => !events.some((e) => e.id === id && e.region === undefined));
    assert.deepEqual(stale, []);
  });
});

describe('bundled dataset: aliases', () => {
  it('no alias begins with a lower-case article', () => {
    // "the Virgin Queen" is found as "Virgin Queen"; an article-led alias would make every "the" of a text a place
    // where the matcher tries a name (it made the full check of the bench draft a third slower).
    const bad = all.flatMap((e) => e.aliases.filter((a) => /^(the|a|an) /.test(a)).map((a) => `${e.id}: ${a}`));
    assert.deepEqual(bad, []);
  });

  it('no alias names more than one entry unless allow-listed', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of all) {
      for (const a of [e.name, ...e.aliases]) {
        const key = tokenKey(a);
        let s = owners.get(key);
        if (!s) owners.set(key, (s = new Set()));
        s.add(e.id);
      }
    }
    const collisions = [...owners]
      .filter(([key, ids]) => ids.size > 1 && !(key in ALLOWED_COLLISIONS))
      .map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    assert.deepEqual(collisions, []);
    const stale = Object.keys(ALLOWED_COLLISIONS).filter((k) => (owners.get(k)?.size ?? 0) < 2);
    assert.deepEqual(stale, [], 'allow-listed collisions that no longer occur');
  });
});

describe('seed fixtures name bundled entries', () => {
  for (const [file, ids] of [
    ['test/fixtures/seed-people.json', personIds],
    ['test/fixtures/seed-events.json', eventIds],
  ] as const) {
    it(`${file}: every id exists and every mention is its name or an alias`, () => {
      const seed: Mention[] = readJson(file);
      assert.ok(seed.length > 0);
      const bad: string[] = [];
      for (const s of seed) {
        const e = byId.get(s.id);
        if (!e || !ids.has(s.id)) {
          bad.push(`${s.id}: no such entry`);
          continue;
        }
        for (const m of s.mentions) if (m !== e.name && !e.aliases.includes(m)) bad.push(`${s.id}: ${JSON.stringify(m)}`);
      }
      assert.deepEqual(bad, []);
    });
  }
});

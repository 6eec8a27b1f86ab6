/**
 * Hovers for the wider dataset (breadth issue) through the built server over stdio: a deterministic sample of people
 * and events from data/russia-1682-1905.json, data/west-1582-1752.json and data/balkans-nordic.json, spread over their periods, each hover's
 * title and date line compared with what this test computes itself from the stored date and calendar. The other
 * calendar's day comes from test/corpus/lib/calendar.ts, which shares no code with server/src.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { convert, MONTHS, toJdn, weekday as weekdayOf, WEEKDAYS, type Ymd } from '../corpus/lib/calendar';
import { BRITAIN, hoverMarkdown, LspClient, positionAt, positionOf, rangeOf } from './lspClient';

interface Stored {
  date: string;
  calendar: 'julian' | 'gregorian';
  circa?: boolean;
  place?: string;
}
interface Entry {
  id: string;
  name: string;
  roles?: string[];
  born?: Stored;
  died?: Stored;
  kind?: string;
  start?: Stored;
  end?: Stored;
  place?: string;
}
type Kind = 'people' | 'events';

const FILES = ['russia-1682-1905.json', 'west-1582-1752.json', 'balkans-nordic.json'];
const PER_FILE_AND_KIND = 11;

function load(file: string): Record<Kind, Entry[]> {
  return JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8')) as Record<Kind, Entry[]>;
}

/** Evenly spaced entries of one kind, in the order of their first date: every period of the file is represented. */
function spread(entries: Entry[]): Entry[] {
  const first = (e: Entry) => (e.born ?? e.start ?? e.died)?.date ?? '';
  const sorted = [...entries].sort((a, b) => first(a).localeCompare(first(b)) || a.id.localeCompare(b.id));
  const picks = new Set<Entry>();
  for (let i = 0; i < PER_FILE_AND_KIND; i++) picks.add(sorted[Math.round((i * (sorted.length - 1)) / (PER_FILE_AND_KIND - 1))]);
  return [...picks];
}

/** Entries named in the issue, always in the sample. */
const NAMED = ['pushkin', 'mary-queen-of-scots', 'james-ii', 'battle-of-borodino', 'battle-of-poltava', 'gunpowder-plot', 'execution-of-charles-i', 'february-30-1712',
  'gustavus-adolphus', 'battle-of-lutzen-1632', 'treaty-of-roskilde', 'vasil-levski', 'may-coup-1903'];

const SAMPLE: Entry[] = (() => {
  const all = FILES.map(load);
  const picked = new Set(all.flatMap((f) => [...spread(f.people), ...spread(f.events)]));
  for (const id of NAMED) picked.add(all.flatMap((f) => [...f.people, ...f.events]).find((e) => e.id === id)!);
  return [...picked];
})();

const day = (x: Ymd, withYear = true) => `${x.d} ${MONTHS[x.m - 1]}${withYear ? ` ${x.y}` : ''}`;

/**
 * A stored date as the hover should write it: a Gregorian day as is; a Julian day with its other-calendar day, the
 * document's style first (the year repeated only when the two differ); a month or a year as stored, O.S. marked.
 */
function expectedDate(v: Stored, convention: 'julian' | 'gregorian'): string {
  const [y, m, d] = v.date.split('-').map(Number);
  const circa = v.circa ? 'c. ' : '';
  if (m === undefined) return `${circa}${y}`;
  if (d === undefined) return `${circa}${MONTHS[m - 1]} ${y}${v.calendar === 'julian' ? ' (O.S.)' : ''}`;
  const stored = { y, m, d };
  if (v.calendar === 'gregorian') return `${circa}${day(stored)}`;
  const ns = convert('julian', stored);
  const [first, second, mark] = convention === 'julian' ? [stored, ns, 'N.S.'] : [ns, stored, 'O.S.'];
  return `${circa}${day(first)} (${mark} ${day(second, first.y !== second.y)})`;
}

/** The hover's title line and its date line (the third line: life dates or the event's span and place). */
function expectedLines(e: Entry, convention: 'julian' | 'gregorian'): [string, string | undefined] {
  if (e.start) {
    const when = e.end ? `${expectedDate(e.start, convention)} – ${expectedDate(e.end, convention)}` : expectedDate(e.start, convention);
    return [`**${e.name}**${e.kind ? ` — ${e.kind}` : ''}`, `${when}${e.place ? ` · ${e.place}` : ''}`];
  }
  const life = [
    ...(e.born ? [`born ${expectedDate(e.born, convention)}${e.born.place ? `, ${e.born.place}` : ''}`] : []),
    ...(e.died ? [`died ${expectedDate(e.died, convention)}${e.died.place ? `, ${e.died.place}` : ''}`] : []),
  ];
  return [`**${e.name}**${e.roles?.length ? ` — ${e.roles.join('; ')}` : ''}`, life.length ? life.join(' — ') : undefined];
}

let n = 0;
describe('hovers for the wider dataset through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('samples at least 40 new entries, people and events from every file, over their whole periods', () => {
    assert.ok(SAMPLE.length >= 40, `${SAMPLE.length}`);
    for (const file of FILES.map(load)) {
      for (const kind of ['people', 'events'] as const) {
        const ids = new Set(file[kind].map((e) => e.id));
        const years = SAMPLE.filter((e) => ids.has(e.id)).map((e) => Number((e.born ?? e.start ?? e.died)!.date.slice(0, 4)));
        assert.ok(years.length >= 10, `${kind}: ${years.length}`);
        // The sample reaches from the file's first quarter of dates to its last.
        const all = file[kind].map((e) => Number((e.born ?? e.start ?? e.died)!.date.slice(0, 4))).sort((a, b) => a - b);
        assert.ok(Math.min(...years) <= all[Math.floor(all.length / 4)] && Math.max(...years) >= all[Math.floor((3 * all.length) / 4)]);
      }
    }
    assert.ok(SAMPLE.some((e) => [e.born, e.died, e.start, e.end].some((v) => v?.calendar === 'julian' && v.date.length === 10)));
  });

  for (const convention of ['gregorian', 'julian'] as const) {
    it(`each sampled name hovers as its entry with its dates, ${convention === 'julian' ? 'O.S.' : 'N.S.'} first in a ${convention} chapter`, async () => {
      // One paragraph per entry; the hover is asked one character into the name at the paragraph's start.
      let text = `---\nclio:\n  calendar: ${convention}\n---\n\n`;
      const at: number[] = [];
      for (const e of SAMPLE) {
        at.push(text.length);
        text += `${e.name} is named here.\n\n`;
      }
      const uri = `file:///tmp/clio-breadth-hovers-${++n}.md`;
      await client.openAndWait(uri, text);
      const wrong: string[] = [];
      for (const [i, e] of SAMPLE.entries()) {
        const lines = hoverMarkdown(await client.hover(uri, positionAt(text, at[i] + 1))).split('\n');
        const [title, dates] = expectedLines(e, convention);
        if (lines[0] !== title) wrong.push(`${e.id}: title ${JSON.stringify(lines[0])}, expected ${JSON.stringify(title)}`);
        else if (dates !== undefined && lines[2] !== dates) wrong.push(`${e.id}: dates ${JSON.stringify(lines[2])}, expected ${JSON.stringify(dates)}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('a title after a comma is part of the name ("Mary, Queen of Scots"); a list of names stays a list', async () => {
    const text = 'In 1587 Mary, Queen of Scots was beheaded; in 1685 James, Duke of York, became king.\n\nElizabeth I, James I and Charles I reigned in turn.\n';
    const uri = `file:///tmp/clio-breadth-hovers-${++n}.md`;
    await client.openAndWait(uri, text);
    const hover = async (needle: string, delta: number) => {
      const h = await client.hover(uri, positionOf(text, needle, delta));
      return { title: hoverMarkdown(h).split('\n')[0], range: h?.range };
    };
    const mary = await hover('Mary, Queen of Scots', 'Mary, Queen'.length);
    assert.match(mary.title, /^\*\*Mary, Queen of Scots\*\*/);
    assert.deepEqual(mary.range, rangeOf(text, 'Mary, Queen of Scots'));
    assert.match((await hover('James, Duke of York', 1)).title, /^\*\*James II\*\*/);
    assert.deepEqual((await hover('Elizabeth I,', 1)).range, rangeOf(text, 'Elizabeth I'));
    assert.deepEqual((await hover('James I and', 1)).range, rangeOf(text, 'James I'));
  });

  it('a double year of a new event: both calendars, the legal and the modern year, the event on that day', async () => {
    const text = `${BRITAIN}Charles I was executed on 30 January 1648/9 at Whitehall.\n`;
    const uri = `file:///tmp/clio-breadth-hovers-${++n}.md`;
    await client.openAndWait(uri, text);
    const lines = (await client.hoverText(uri, text, '30 January')).split('\n');
    const os = { y: 1649, m: 1, d: 30 };
    const ns = convert('julian', os);
    const weekday = WEEKDAYS[weekdayOf(toJdn('julian', os))];
    assert.equal(lines[0], `**${day(os)}** (O.S.) = **${day(ns)}** (N.S.), a ${weekday}`);
    assert.ok(lines.includes('Legal year 1648, modern year 1649: the year then began on 25 March, so this day fell in 1649 counted from 1 January.'), lines.join('\n'));
    assert.ok(lines.includes('On this day: Execution of Charles I.'), lines.join('\n'));
  });

  it('spot checks the independent arithmetic: Pushkin, Borodino, Peter I, Elizabeth I', () => {
    // Pushkin born 26 May 1799 O.S. = 6 June N.S.; Borodino 26 August 1812 O.S. = 7 September N.S.;
    // Peter I died 28 January 1725 O.S. = 8 February N.S.; Elizabeth I died 24 March 1603 O.S. = 3 April N.S.
    assert.equal(expectedDate({ date: '1799-05-26', calendar: 'julian' }, 'gregorian'), '6 June 1799 (O.S. 26 May)');
    assert.equal(expectedDate({ date: '1799-05-26', calendar: 'julian' }, 'julian'), '26 May 1799 (N.S. 6 June)');
    assert.equal(expectedDate({ date: '1812-08-26', calendar: 'julian' }, 'gregorian'), '7 September 1812 (O.S. 26 August)');
    assert.equal(expectedDate({ date: '1725-01-28', calendar: 'julian' }, 'julian'), '28 January 1725 (N.S. 8 February)');
    assert.equal(expectedDate({ date: '1603-03-24', calendar: 'julian' }, 'gregorian'), '3 April 1603 (O.S. 24 March)');
    // Across a year end the other side keeps its year: 21 December 1750 O.S. = 1 January 1751 N.S.
    assert.equal(expectedDate({ date: '1750-12-21', calendar: 'julian' }, 'gregorian'), '1 January 1751 (O.S. 21 December 1750)');
  });
});

/** `clio chronology` through the built dist/cli.js in a temp folder: each format's exact output, TimelineJS checked against its documented shape. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChronologyResult } from '../../shared/protocol';
import { runCli } from './cliRunner';

const GREGORIAN_RUSSIA = '---\nclio:\n  calendar: gregorian\n  region: russia\n---\n';

/**
 * TimelineJS 3 JSON (timeline.knightlab.com/docs/json-format.html): `{ title?: slide, events: slide[] }`, a slide
 * `{ start_date: date, end_date?: date, text: { headline, text }, group? }`, a date `{ year, month?, day?, display_date? }`.
 * Returns what is wrong, or nothing.
 */
function timelineJsProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const only = (o: Record<string, unknown>, keys: string[], at: string) => {
    for (const k of Object.keys(o)) if (!keys.includes(k)) problems.push(`${at}: unknown key ${k}`);
  };
  const text = (v: unknown, at: string) => {
    if (!isObject(v) || typeof v.headline !== 'string' || typeof v.text !== 'string') problems.push(`${at}: text needs headline and text strings`);
    else only(v, ['headline', 'text'], at);
  };
  const date = (v: unknown, at: string): number[] => {
    if (!isObject(v) || !Number.isInteger(v.year)) {
      problems.push(`${at}: a date needs an integer year`);
      return [];
    }
    only(v, ['year', 'month', 'day', 'display_date'], at);
    if (v.month !== undefined && !(Number.isInteger(v.month) && (v.month as number) >= 1 && (v.month as number) <= 12)) problems.push(`${at}: month 1-12`);
    if (v.day !== undefined && (v.month === undefined || !(Number.isInteger(v.day) && (v.day as number) >= 1 && (v.day as number) <= 31))) problems.push(`${at}: day 1-31, with a month`);
    if (v.display_date !== undefined && typeof v.display_date !== 'string') problems.push(`${at}: display_date is a string`);
    return [v.year as number, (v.month as number) ?? 1, (v.day as number) ?? 1];
  };
  if (!isObject(doc)) return ['not an object'];
  only(doc, ['title', 'events'], 'document');
  if (doc.title !== undefined) {
    if (!isObject(doc.title)) problems.push('title: a slide');
    else text(doc.title.text, 'title');
  }
  if (!Array.isArray(doc.events)) return [...problems, 'events: an array'];
  doc.events.forEach((e: unknown, i) => {
    const at = `events[${i}]`;
    if (!isObject(e)) return void problems.push(`${at}: an object`);
    only(e, ['start_date', 'end_date', 'text', 'group'], at);
    const start = date(e.start_date, `${at}.start_date`);
    if (e.end_date !== undefined) {
      const end = date(e.end_date, `${at}.end_date`);
      const cmp = end[0] - start[0] || end[1] - start[1] || end[2] - start[2];
      if (cmp < 0) problems.push(`${at}: ends before it starts`);
    }
    text(e.text, at);
    if (e.group !== undefined && typeof e.group !== 'string') problems.push(`${at}: group is a string`);
  });
  return problems;
}

describe('clio chronology', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-chronology-cli-'));
    mkdirSync(join(dir, 'book'));
    writeFileSync(join(dir, 'book', 'one.md'), `${GREGORIAN_RUSSIA}# Revolution, "Red" | one\n\nThe July Days of 3 (16) July 1917; by late October 1917 | all was <ready>.\n`);
    writeFileSync(join(dir, 'book', 'two.md'), `${GREGORIAN_RUSSIA}\nIn the spring of 1921, "the sailors", rose; c. 1725.\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const r = runCli(['chronology', ...args], dir);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };

  it('--format md (the default) writes a table for an appendix: both calendars, what, where', () => {
    assert.equal(run('book'), run('--format', 'md', 'book'));
    assert.equal(
      run('book'),
      [
        '| Date | Other calendar | What | Where |',
        '| --- | --- | --- | --- |',
        '| c. 1725 | c. 21 December 1724 – 20 December 1725 (O.S.) | c. 1725 | book/two.md:7 |',
        '| 16 July 1917 | 3 July 1917 (O.S.) | 3 (16) July 1917 | book/one.md:8 (Revolution, "Red" \\| one) |',
        '| 16–20 July 1917 | 3–7 July 1917 (O.S.) | July Days | book/one.md:8 (Revolution, "Red" \\| one) |',
        '| 21–31 October 1917 | 8–18 October 1917 (O.S.) | late October 1917 | book/one.md:8 (Revolution, "Red" \\| one) |',
        '| March–May 1921 | 16 February 1921 – 18 May 1921 (O.S.) | spring of 1921 | book/two.md:7 |',
        '',
      ].join('\n'),
    );
  });

  it('--format csv writes RFC 4180 rows, quoting what needs it', () => {
    assert.equal(
      run('--format', 'csv', 'book/two.md', 'book/one.md'),
      [
        'start_jdn,end_jdn,precision,edtf,date,other_calendar,kind,label,entity_id,file,line,column,section,diagnostics',
        '2351104,2351468,approximate,1725~,c. 1725,c. 21 December 1724 – 20 December 1725 (O.S.),date,c. 1725,,book/two.md,7,45,,',
        '2421426,2421426,day,1917-07-16,16 July 1917,3 July 1917 (O.S.),date,3 (16) July 1917,,book/one.md,8,18,"Revolution, ""Red"" | one",',
        '2421426,2421430,day,1917-07-16/1917-07-20,16–20 July 1917,3–7 July 1917 (O.S.),event,July Days,july-days,book/one.md,8,5,"Revolution, ""Red"" | one",',
        '2421523,2421533,approximate,1917-10-21/1917-10-31,21–31 October 1917,8–18 October 1917 (O.S.),date,late October 1917,,book/one.md,8,39,"Revolution, ""Red"" | one",',
        '2422750,2422841,approximate,1921-03/1921-05,March–May 1921,16 February 1921 – 18 May 1921 (O.S.),date,spring of 1921,,book/two.md,7,8,,',
        '',
      ].join('\r\n'),
    );
  });

  it('--format json writes the clio/chronology result, file URIs and LSP ranges', () => {
    const r = JSON.parse(run('--format', 'json', 'book')) as ChronologyResult;
    assert.equal(r.convention, 'gregorian');
    assert.deepEqual(
      r.items.map((i) => [i.label, i.edtf, i.uri, i.range.start.line, i.range.start.character]),
      [
        ['c. 1725', '1725~', pathToFileURL(join(dir, 'book', 'two.md')).href, 6, 44],
        ['3 (16) July 1917', '1917-07-16', pathToFileURL(join(dir, 'book', 'one.md')).href, 7, 17],
        ['July Days', '1917-07-16/1917-07-20', pathToFileURL(join(dir, 'book', 'one.md')).href, 7, 4],
        ['late October 1917', '1917-10-21/1917-10-31', pathToFileURL(join(dir, 'book', 'one.md')).href, 7, 38],
        ['spring of 1921', '1921-03/1921-05', pathToFileURL(join(dir, 'book', 'two.md')).href, 6, 7],
      ],
    );
  });

  it('--format timelinejs writes TimelineJS 3 JSON of the documented shape, placed by Gregorian days, shown in the draft\'s words', () => {
    const doc = JSON.parse(run('--format', 'timelinejs', '--title', 'A <draft>', 'book'));
    assert.deepEqual(timelineJsProblems(doc), []);
    assert.deepEqual(doc.title, { text: { headline: 'A &lt;draft&gt;', text: '5 dated items' } });
    assert.deepEqual(doc.events[0], {
      start_date: { year: 1725, display_date: 'c. 1725' },
      text: { headline: 'c. 1725', text: 'c. 21 December 1724 – 20 December 1725 (O.S.) · book/two.md:7' },
      group: 'Dates',
    });
    assert.deepEqual(doc.events[2], {
      start_date: { year: 1917, month: 7, day: 16, display_date: '16–20 July 1917' },
      end_date: { year: 1917, month: 7, day: 20 },
      text: { headline: 'July Days', text: '3–7 July 1917 (O.S.) · book/one.md:8 (Revolution, "Red" | one)' },
      group: 'Events',
    });
    assert.deepEqual(doc.events[4].start_date, { year: 1921, month: 3, display_date: 'March–May 1921' });
    assert.deepEqual(doc.events[4].end_date, { year: 1921, month: 5 });
    // The validator does catch what TimelineJS would not read.
    assert.notDeepEqual(timelineJsProblems({ events: [{ start_date: { year: '1917' }, text: { headline: 'x' } }] }), []);
  });

  it('exits 2 on bad usage', () => {
    assert.equal(runCli(['chronology'], dir).status, 2);
    assert.equal(runCli(['chronology', '--format', 'xml', 'book'], dir).status, 2);
    assert.equal(runCli(['chronology', '--calendar', 'mayan', 'book'], dir).status, 2);
  });
});

/** `clio convert` against the independent fixture (python3-convertdate, see test/fixtures/calendar/README.md). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatYmd } from '../../server/src/calendar';
import { convertDate } from '../../server/src/convert';
import { formatDay } from '../../server/src/recognize/format';
import { runCli } from '../cli/cliRunner';

const rows = readFileSync(resolve(__dirname, '../fixtures/calendar/conversions.tsv'), 'utf8')
  .split('\n')
  .filter((l) => /^\d/.test(l))
  .map((l) => l.split('\t'));

/** "1917-10-25" → "25 October 1917", the way a writer types it; years the prose grammar does not read stay ISO. */
function words(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return year < 1000 || year > 2999 ? iso : formatDay({ year, month, day }, { order: 'dmy', month: 'long', ordinal: false });
}

describe('clio convert agrees with the independent fixture', () => {
  it('has the rows', () => assert.ok(rows.length >= 300, `${rows.length} rows`));

  it('every row, Julian → Gregorian and Gregorian → Julian, with the weekday (the function the CLI runs)', () => {
    for (const [julian, gregorian, weekday] of rows) {
      const fromJulian = convertDate(words(julian), { from: 'julian' });
      assert.equal(formatYmd(fromJulian.gregorian), gregorian, `${julian} O.S.`);
      assert.equal(fromJulian.weekday, weekday, `${julian} O.S. weekday`);
      const fromGregorian = convertDate(words(gregorian), { from: 'gregorian' });
      assert.equal(formatYmd(fromGregorian.julian), julian, `${gregorian} N.S.`);
      assert.equal(fromGregorian.weekday, weekday);
    }
  });

  it('the built CLI prints the same, in text and JSON, for a sample of rows', function () {
    this.timeout(60000);
    for (const [julian, gregorian, weekday] of rows.filter((_, i) => i % 80 === 0)) {
      const r = runCli(['convert', words(julian), '--from', 'julian', '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), { julian, gregorian, weekday });
    }
    const text = runCli(['convert', '22 February 1917', '--from', 'julian']);
    assert.equal(text.stdout.split('\n')[0], '22 February 1917 (Julian, O.S.) = 7 March 1917 (Gregorian, N.S.), a Wednesday');
  });

  it('reads the region and markers when --from is not given, and refuses non-days', () => {
    assert.equal(formatYmd(convertDate('25 October 1917', { region: 'russia' }).gregorian), '1917-11-07');
    assert.equal(formatYmd(convertDate('25 October 1917 (O.S.)', {}).gregorian), '1917-11-07');
  });

  it('reads a double year as Old Style in its modern year', () => {
    // Washington: 11 February 1731/32 O.S. = 22 February 1732 N.S.; Charles I: 30 January 1648/9 O.S. = 9 February 1649 N.S.
    const washington = convertDate('11 February 1731/32', {});
    assert.deepEqual([washington.from, formatYmd(washington.julian), formatYmd(washington.gregorian)], ['julian', '1732-02-11', '1732-02-22']);
    assert.equal(formatYmd(convertDate('30 January 1648/9', {}).gregorian), '1649-02-09');
    assert.equal(formatYmd(convertDate('10 March 1714/15', {}).gregorian), '1715-03-21');
    assert.equal(formatYmd(convertDate('1917-11-07', {}).julian), '1917-10-25');
    assert.throws(() => convertDate('29 February 1900', { from: 'gregorian' }), /exists only in the Julian calendar/);
    assert.throws(() => convertDate('next Tuesday', {}), /cannot read/);
    const r = runCli(['convert', '31 April 1917']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^clio: 31 April 1917 does not exist/);
  });

  it('with a region whose legal year began on 25 March, reads a worded year before it as that legal year and says both', function () {
    this.timeout(60000);
    // 24 March 1701 was the last day of England's legal 1701, i.e. 24 March 1702 by modern reckoning (Julian);
    // independently (python datetime, proleptic Gregorian): 4 April 1702 N.S. was a Tuesday.
    const c = convertDate('24 March 1701', { region: 'britain' });
    assert.deepEqual([c.from, formatYmd(c.julian), formatYmd(c.gregorian), c.weekday, c.legalYear?.year], ['julian', '1702-03-24', '1702-04-04', 'Tuesday', 1701]);
    // From 25 March the year is the same in both reckonings; so it is everywhere after 1751, and with no region.
    assert.equal(convertDate('25 March 1701', { region: 'britain' }).legalYear, undefined);
    assert.equal(formatYmd(convertDate('25 March 1701', { region: 'britain' }).julian), '1701-03-25');
    assert.equal(formatYmd(convertDate('24 March 1701', { from: 'julian' }).julian), '1701-03-24');
    assert.equal(formatYmd(convertDate('1 February 1752', { region: 'britain' }).julian), '1752-02-01');
    // A double year or an ISO date is already in modern reckoning.
    assert.equal(formatYmd(convertDate('24 March 1701/2', { region: 'britain' }).julian), '1702-03-24');
    assert.equal(formatYmd(convertDate('1701-03-24', { region: 'britain' }).julian), '1701-03-24');
    const text = runCli(['convert', '24 March 1701', '--region', 'britain']);
    assert.equal(text.status, 0, text.stderr);
    assert.deepEqual(text.stdout.trimEnd().split('\n'), [
      '24 March 1702 (Julian, O.S.) = 4 April 1702 (Gregorian, N.S.), a Tuesday',
      'read as Julian: the calendar of Great Britain, Ireland and the British Empire on that day',
      'legal year 1701, which began on 25 March: 24 March 1701 as written then is 24 March 1702 by modern reckoning',
    ]);
    const json = runCli(['convert', '24 March 1701', '--region', 'britain', '--format', 'json']);
    assert.deepEqual(JSON.parse(json.stdout), { julian: '1702-03-24', gregorian: '1702-04-04', weekday: 'Tuesday', legalYear: 1701 });
  });
});

/** Calendar core against an independent fixture (python3-convertdate + datetime), property
 *  tests over every day of years 1–2200, offsets, validity, and the reform table. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { regionNamedMostIn } from '../regions';
import {
  type Calendar,
  type YMD,
  allReforms,
  calendarInUse,
  calendarOffset,
  convert,
  daysInMonth,
  formatYmd,
  fromJdn,
  gapDescription,
  getReform,
  interimDate,
  isInReformGap,
  isLeapYear,
  isValidDate,
  localCalendarAt,
  other,
  parseReforms,
  parseYmd,
  regionWordCollisions,
  regionWordsIndex,
  toJdn,
  toJdnUnchecked,
  tryToJdn,
  weekday,
  WEEKDAY_NAMES,
} from '../../server/src/calendar';

const ROOT = join(__dirname, '..', '..');
const ymd = (s: string): YMD => {
  const d = parseYmd(s);
  assert.ok(d, `bad date ${s}`);
  return d;
};
const j = (s: string): number => toJdn(ymd(s), 'julian');
const g = (s: string): number => toJdn(ymd(s), 'gregorian');

describe('calendar: fixture from python3-convertdate', () => {
  const rows = readFileSync(join(ROOT, 'test/fixtures/calendar/conversions.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

  it('has at least 300 rows spanning years 1–9999', () => {
    assert.ok(rows.length >= 300, `${rows.length} rows`);
    assert.equal(rows[0]?.[1], '0001-01-01');
    assert.equal(rows[rows.length - 1]?.[1], '9999-12-31');
  });

  it('every row converts both ways and has the right weekday', () => {
    for (const [julian, gregorian, wd] of rows) {
      assert.ok(julian && gregorian && wd);
      const jj = j(julian);
      assert.equal(g(gregorian), jj, `${julian} J / ${gregorian} G`);
      assert.equal(formatYmd(convert(ymd(julian), 'julian')), gregorian);
      assert.equal(formatYmd(convert(ymd(gregorian), 'gregorian')), julian);
      assert.equal(formatYmd(fromJdn(jj, 'julian')), julian);
      assert.equal(formatYmd(fromJdn(jj, 'gregorian')), gregorian);
      assert.equal(WEEKDAY_NAMES[weekday(jj)], wd, `${gregorian}`);
    }
  });
});

describe('calendar: properties', () => {
  for (const cal of ['julian', 'gregorian'] as const) {
    it(`every day of years 1–2200 (${cal}) round-trips and days are consecutive`, () => {
      let prev = toJdn({ year: 1, month: 1, day: 1 }, cal) - 1;
      let prevWd = weekday(prev);
      let count = 0;
      for (let year = 1; year <= 2200; year++) {
        for (let month = 1; month <= 12; month++) {
          const n = daysInMonth(year, month, cal);
          for (let day = 1; day <= n; day++) {
            const jdn = toJdnUnchecked({ year, month, day }, cal);
            if (jdn !== prev + 1) assert.fail(`${year}-${month}-${day} ${cal}: jdn ${jdn} after ${prev}`);
            const back = fromJdn(jdn, cal);
            if (back.year !== year || back.month !== month || back.day !== day) {
              assert.fail(`${year}-${month}-${day} ${cal} came back as ${formatYmd(back)}`);
            }
            const wd = weekday(jdn);
            if (wd !== (prevWd + 1) % 7) assert.fail(`weekday jump at ${year}-${month}-${day}`);
            prev = jdn;
            prevWd = wd;
            count++;
          }
        }
      }
      assert.equal(count, prev - toJdn({ year: 1, month: 1, day: 1 }, cal) + 1);
    });
  }

  it('year lengths: 365/366 with the right leap rules', () => {
    for (let y = 1; y <= 2400; y++) {
      for (const cal of ['julian', 'gregorian'] as const) {
        const len = toJdn({ year: y + 1, month: 1, day: 1 }, cal) - toJdn({ year: y, month: 1, day: 1 }, cal);
        assert.equal(len, isLeapYear(y, cal) ? 366 : 365);
      }
    }
    // 400 Gregorian years = 146097 days; 4 Julian years = 1461 days.
    assert.equal(g('2001-01-01') - g('1601-01-01'), 146097);
    assert.equal(j('1905-01-01') - j('1901-01-01'), 1461);
  });

  it('works for year 0 and negative (astronomical) years without crashing', () => {
    assert.equal(toJdn({ year: -4712, month: 1, day: 1 }, 'julian'), 0);
    assert.equal(toJdn({ year: -4713, month: 11, day: 24 }, 'gregorian'), 0);
    assert.deepEqual(fromJdn(0, 'julian'), { year: -4712, month: 1, day: 1 });
    assert.deepEqual(fromJdn(0, 'gregorian'), { year: -4713, month: 11, day: 24 });
    assert.ok(isLeapYear(0, 'julian') && isLeapYear(0, 'gregorian') && isLeapYear(-4, 'julian'));
    assert.ok(!isLeapYear(-100, 'gregorian') && isLeapYear(-400, 'gregorian') && !isLeapYear(-1, 'julian'));
    for (let jdn = -200000; jdn < 1721500; jdn += 97) {
      for (const cal of ['julian', 'gregorian'] as const) {
        assert.equal(toJdn(fromJdn(jdn, cal), cal), jdn);
      }
    }
    // The last day of 1 BC is followed by 1 January AD 1.
    assert.equal(j('0001-01-01') - toJdn({ year: 0, month: 12, day: 31 }, 'julian'), 1);
  });

  it('weekday: 0 = Sunday … 6 = Saturday, also for negative JDNs', () => {
    assert.equal(WEEKDAY_NAMES[weekday(g('2000-01-01'))], 'Saturday');
    assert.equal(WEEKDAY_NAMES[weekday(0)], 'Monday');
    assert.equal(weekday(-1), 0);
    assert.equal(weekday(-7), 1);
  });
});

describe('calendar: offsets', () => {
  const offsetAtJulian = (s: string): number => calendarOffset(j(s));

  it('switches exactly after the Julian-only leap days', () => {
    assert.equal(formatYmd(convert(ymd('1700-02-28'), 'julian')), '1700-03-10');
    assert.equal(formatYmd(convert(ymd('1700-02-29'), 'julian')), '1700-03-11');
    assert.equal(formatYmd(convert(ymd('1700-03-01'), 'julian')), '1700-03-12');
    assert.equal(offsetAtJulian('1700-02-29'), 10);
    assert.equal(offsetAtJulian('1700-03-01'), 11);
    assert.equal(offsetAtJulian('1800-02-29'), 11);
    assert.equal(offsetAtJulian('1800-03-01'), 12);
    assert.equal(offsetAtJulian('1900-02-29'), 12);
    assert.equal(offsetAtJulian('1900-03-01'), 13);
    assert.equal(calendarOffset(g('1900-03-14')), 13);
    assert.equal(calendarOffset(g('1900-03-13')), 12);
    assert.equal(offsetAtJulian('2100-02-29'), 13);
    assert.equal(offsetAtJulian('2100-03-01'), 14);
    assert.equal(offsetAtJulian('2000-02-29'), 13); // 2000 is leap in both
  });

  it('is 10 in 1582, 0 in the third century and negative before 200', () => {
    assert.equal(offsetAtJulian('1582-10-04'), 10);
    assert.equal(offsetAtJulian('1500-03-01'), 10);
    assert.equal(offsetAtJulian('1500-02-29'), 9);
    assert.equal(offsetAtJulian('0200-03-01'), 0);
    assert.equal(offsetAtJulian('0300-02-29'), 0);
    assert.equal(offsetAtJulian('0200-02-28'), -1);
    assert.equal(offsetAtJulian('0100-03-01'), -1);
    assert.equal(offsetAtJulian('0001-01-03'), -2);
    assert.equal(formatYmd(convert(ymd('0001-01-03'), 'julian')), '0001-01-01');
  });

  it('equals the difference of the Gregorian and Julian labels on every day 1500–2200', () => {
    for (let jdn = j('1500-01-01'); jdn <= j('2200-12-31'); jdn++) {
      const jul = fromJdn(jdn, 'julian');
      // Reading the Julian label as Gregorian (29 Feb of a Julian-only leap year counts as 1 March).
      const asGreg = toJdnUnchecked(jul, 'gregorian');
      if (calendarOffset(jdn) !== jdn - asGreg) assert.fail(`offset at ${formatYmd(jul)} J`);
    }
  });
});

describe('calendar: validity', () => {
  it('29 February in century years', () => {
    for (const y of [1700, 1800, 1900, 2100]) {
      assert.ok(isValidDate({ year: y, month: 2, day: 29 }, 'julian'), `${y} J`);
      assert.ok(!isValidDate({ year: y, month: 2, day: 29 }, 'gregorian'), `${y} G`);
    }
    for (const y of [1600, 2000, 2400]) {
      for (const cal of ['julian', 'gregorian'] as const) assert.ok(isValidDate({ year: y, month: 2, day: 29 }, cal));
    }
    assert.ok(!isValidDate({ year: 1917, month: 2, day: 29 }, 'julian'));
  });

  it('31 April and other impossible days exist nowhere', () => {
    for (const cal of ['julian', 'gregorian'] as const) {
      for (const bad of [
        { year: 1917, month: 4, day: 31 },
        { year: 1917, month: 6, day: 31 },
        { year: 1917, month: 9, day: 31 },
        { year: 1917, month: 11, day: 31 },
        { year: 1917, month: 2, day: 30 },
        { year: 1917, month: 13, day: 1 },
        { year: 1917, month: 0, day: 1 },
        { year: 1917, month: 1, day: 0 },
        { year: 1917, month: 1, day: 1.5 },
        { year: Number.NaN, month: 1, day: 1 },
      ]) {
        assert.ok(!isValidDate(bad, cal), `${JSON.stringify(bad)} ${cal}`);
        assert.equal(tryToJdn(bad, cal), undefined);
        assert.throws(() => toJdn(bad, cal), RangeError);
      }
      assert.ok(isValidDate({ year: 1917, month: 3, day: 31 }, cal));
    }
    assert.throws(() => convert({ year: 1900, month: 2, day: 29 }, 'gregorian'), RangeError);
    assert.equal(formatYmd(convert({ year: 1900, month: 2, day: 29 }, 'julian')), '1900-03-13');
  });

  it('daysInMonth and other()', () => {
    assert.equal(daysInMonth(1900, 2, 'julian'), 29);
    assert.equal(daysInMonth(1900, 2, 'gregorian'), 28);
    assert.equal(daysInMonth(1917, 4, 'julian'), 30);
    assert.equal(daysInMonth(1917, 12, 'gregorian'), 31);
    assert.equal(daysInMonth(1917, 13, 'gregorian'), 0);
    assert.equal(other('julian'), 'gregorian');
    assert.equal(other('gregorian'), 'julian');
  });
});

describe('calendar: well-known anchors', () => {
  const wd = (s: string, cal: Calendar): string => WEEKDAY_NAMES[weekday(toJdn(ymd(s), cal))];

  it('25 October 1917 O.S. = 7 November 1917 N.S., a Wednesday', () => {
    assert.equal(formatYmd(convert(ymd('1917-10-25'), 'julian')), '1917-11-07');
    assert.equal(wd('1917-10-25', 'julian'), 'Wednesday');
  });
  it('Thursday 4 October 1582 (Julian) is followed by Friday 15 October 1582 (Gregorian)', () => {
    assert.equal(g('1582-10-15') - j('1582-10-04'), 1);
    assert.equal(wd('1582-10-04', 'julian'), 'Thursday');
    assert.equal(wd('1582-10-15', 'gregorian'), 'Friday');
  });
  it('Wednesday 2 September 1752 is followed by Thursday 14 September 1752', () => {
    assert.equal(g('1752-09-14') - j('1752-09-02'), 1);
    assert.equal(wd('1752-09-02', 'julian'), 'Wednesday');
    assert.equal(wd('1752-09-14', 'gregorian'), 'Thursday');
  });
  it('other anchors', () => {
    assert.equal(g('2000-01-01'), 2451545); // J2000.0 epoch day
    assert.equal(formatYmd(convert(ymd('1917-02-23'), 'julian')), '1917-03-08'); // February Revolution
    assert.equal(formatYmd(convert(ymd('1709-07-08'), 'gregorian')), '1709-06-27'); // Poltava
    assert.equal(wd('1918-02-14', 'gregorian'), 'Thursday');
  });
});

describe('calendar: reforms', () => {
  const reforms = allReforms();

  it('the data file matches its JSON schema', () => {
    const schema: unknown = JSON.parse(readFileSync(join(ROOT, 'data/schema/calendar-reforms.schema.json'), 'utf8'));
    const data: unknown = JSON.parse(readFileSync(join(ROOT, 'data/calendar-reforms.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema as object);
    assert.ok(validate(data), ajv.errorsText(validate.errors));
  });

  it('has at least 30 regions with unique ids, including the required ones', () => {
    assert.ok(reforms.length >= 30, `${reforms.length}`);
    assert.equal(new Set(reforms.map((r) => r.id)).size, reforms.length);
    for (const id of [
      'rome', 'spain', 'portugal', 'poland', 'france', 'catholic-germany', 'bavaria', 'austria',
      'protestant-germany', 'denmark-norway', 'sweden', 'britain', 'japan', 'china', 'bulgaria',
      'russia', 'estonia', 'latvia', 'lithuania', 'finland', 'romania', 'serbia', 'greece', 'turkey',
    ]) {
      assert.ok(getReform(id), id);
    }
    assert.equal(getReform('atlantis'), undefined);
  });

  it('every reform (and variant) is a one-day step that skips calendarOffset labels', () => {
    for (const r of reforms) {
      const steps = [{ lastJulian: r.lastJulian, firstGregorian: r.firstGregorian, area: r.id }, ...r.variants];
      for (const s of steps) {
        const a = toJdn(s.lastJulian, 'julian');
        const b = toJdn(s.firstGregorian, 'gregorian');
        assert.equal(b, a + 1, `${r.id} / ${s.area}`);
        const skippedLabels = b - toJdnUnchecked(s.lastJulian, 'gregorian') - 1;
        assert.equal(skippedLabels, calendarOffset(a), `${r.id} / ${s.area}`);
      }
      assert.equal(r.skippedDays, calendarOffset(r.lastJulianJdn));
      assert.ok(r.sources.length > 0 && r.words.length > 0 && r.notes, r.id);
    }
    assert.equal(getReform('russia')?.skippedDays, 13);
    assert.equal(getReform('britain')?.skippedDays, 11);
    assert.equal(getReform('rome')?.skippedDays, 10);
  });

  it('the known dates', () => {
    const dates = (id: string): string => {
      const r = getReform(id);
      assert.ok(r, id);
      return `${formatYmd(r.lastJulian)} ${formatYmd(r.firstGregorian)}`;
    };
    assert.equal(dates('rome'), '1582-10-04 1582-10-15');
    assert.equal(dates('france'), '1582-12-09 1582-12-20');
    assert.equal(dates('protestant-germany'), '1700-02-18 1700-03-01');
    assert.equal(dates('britain'), '1752-09-02 1752-09-14');
    assert.equal(dates('sweden'), '1753-02-17 1753-03-01');
    assert.equal(dates('russia'), '1918-01-31 1918-02-14');
    assert.equal(dates('bulgaria'), '1916-03-31 1916-04-14');
    assert.equal(dates('greece'), '1923-02-15 1923-03-01');
  });

  it('isInReformGap recognizes the skipped Gregorian days and nothing else', () => {
    const gap = (id: string, s: string, cal: Calendar = 'gregorian'): boolean => {
      const r = getReform(id);
      assert.ok(r);
      return isInReformGap(r, ymd(s), cal);
    };
    for (let d = 1; d <= 13; d++) assert.ok(gap('russia', `1918-02-${String(d).padStart(2, '0')}`), `russia ${d}`);
    assert.ok(!gap('russia', '1918-01-31') && !gap('russia', '1918-02-14'));
    assert.ok(!gap('russia', '1918-02-05', 'julian'));
    for (let d = 3; d <= 13; d++) assert.ok(gap('britain', `1752-09-${String(d).padStart(2, '0')}`));
    assert.ok(!gap('britain', '1752-09-02') && !gap('britain', '1752-09-14'));
    for (let d = 5; d <= 14; d++) assert.ok(gap('rome', `1582-10-${String(d).padStart(2, '0')}`));
    assert.ok(!gap('rome', '1582-10-04') && !gap('rome', '1582-10-15'));
    assert.ok(!gap('japan', '1872-12-25'), 'nothing was skipped in Japan');
    assert.ok(gap('turkey', '1917-02-20'));
    const r = getReform('russia');
    assert.ok(r);
    assert.ok(!isInReformGap(r, { year: 1918, month: 2, day: 30 }, 'gregorian'));
  });

  it('gapDescription names both days, their weekdays and the skipped days', () => {
    const r = getReform('russia');
    assert.ok(r);
    assert.equal(
      gapDescription(r),
      'Russia (Soviet Russia): Wednesday 31 January 1918 (Julian) was followed by Thursday 14 February 1918 (Gregorian); 1–13 February 1918 never existed there.',
    );
    const b = getReform('britain');
    assert.ok(b);
    assert.match(gapDescription(b), /Wednesday 2 September 1752 \(Julian\).*Thursday 14 September 1752.*3–13 September 1752/);
    for (const x of reforms) assert.ok(gapDescription(x).length > 20);
  });

  it('calendarInUse switches on the reform day', () => {
    const r = getReform('russia');
    assert.ok(r);
    assert.equal(calendarInUse(r, j('1917-10-25')), 'julian');
    assert.equal(calendarInUse(r, j('1918-01-31')), 'julian');
    assert.equal(calendarInUse(r, g('1918-02-14')), 'gregorian');
    const jp = getReform('japan');
    assert.ok(jp);
    assert.equal(calendarInUse(jp, g('1860-01-01')), 'gregorian', 'no Julian date was ever local in Japan');
    assert.equal(localCalendarAt(jp, g('1860-01-01')), 'japanese-lunisolar');
  });

  it('Sweden: the 1700–1712 Swedish calendar', () => {
    const s = getReform('sweden');
    assert.ok(s?.interim);
    assert.equal(formatYmd(fromJdn(s.interim.firstJdn, 'julian')), '1700-02-29');
    const poltava = j('1709-06-27');
    assert.equal(localCalendarAt(s, poltava), 'swedish');
    assert.equal(calendarInUse(s, poltava), 'julian');
    assert.deepEqual(interimDate(s, poltava), { year: 1709, month: 6, day: 28 });
    assert.deepEqual(interimDate(s, j('1700-02-28') + 1), { year: 1700, month: 3, day: 1 });
    assert.deepEqual(interimDate(s, j('1712-02-29')), { year: 1712, month: 2, day: 30 });
    assert.equal(interimDate(s, j('1712-03-01')), undefined);
    assert.equal(localCalendarAt(s, j('1712-03-01')), 'julian');
    assert.equal(localCalendarAt(s, g('1753-03-01')), 'gregorian');
  });

  it('region words: no collisions, the expected owners', () => {
    assert.deepEqual(regionWordCollisions(), []);
    const idx = regionWordsIndex();
    const owners: Record<string, string> = {
      Britain: 'britain', British: 'britain', English: 'britain', London: 'britain',
      Russia: 'russia', Russian: 'russia', Petrograd: 'russia', Moscow: 'russia',
      'St. Petersburg': 'russia', Soviet: 'russia', Germany: 'protestant-germany',
      Rome: 'rome', Paris: 'france', Stockholm: 'sweden', Tokyo: 'japan', Athens: 'greece',
    };
    for (const [w, id] of Object.entries(owners)) assert.equal(idx.get(w), id, w);
    assert.equal(idx.get('russia'), undefined, 'words are case-sensitive');
    assert.equal(regionNamedMostIn('On 25 October the Bolsheviks took the Winter Palace in Petrograd; Moscow followed.'), 'russia');
    assert.equal(regionNamedMostIn('Parliament in London, 1751.'), 'britain');
    assert.equal(regionNamedMostIn('Nothing here.'), undefined);
    assert.equal(regionNamedMostIn('Londoners'), undefined, 'whole words only');
  });

  it('parseReforms rejects a reform whose days are not consecutive', () => {
    const bad = {
      reforms: [{ id: 'x', name: 'X', lastJulian: '1918-01-31', firstGregorian: '1918-02-15', words: [], notes: '', sources: ['s'] }],
    };
    assert.throws(() => parseReforms(bad), /1918|days after/);
  });

  it('reads which regions\' histories give their local days (historiansWrite), and wants its sources', () => {
    assert.deepEqual(allReforms().filter((r) => r.historiansWriteLocal).map((r) => r.id), ['britain']);
    const base = { id: 'x', name: 'X', lastJulian: '1752-09-02', firstGregorian: '1752-09-14', words: [], sources: ['s'] };
    assert.equal(parseReforms({ reforms: [{ ...base, historiansWrite: { calendar: 'local', sources: ['s'] } }] })[0].historiansWriteLocal, true);
    assert.throws(() => parseReforms({ reforms: [{ ...base, historiansWrite: { calendar: 'local' } }] }), /historiansWrite.*sources/);
    assert.throws(() => parseReforms({ reforms: [{ ...base, historiansWrite: { calendar: 'gregorian', sources: ['s'] } }] }), /historiansWrite/);
  });
});

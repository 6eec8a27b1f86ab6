/** Year-start rules in data/calendar-reforms.json (`yearStart`): the facts of issue #15 §2 as loaded by the
 *  reforms module, and the loader's checks on malformed rules. */
import assert from 'node:assert/strict';
import { type Reform, type YearStartRule, getReform, allReforms, legalYearOf, parseReforms } from '../../server/src/calendar';
import { findStatedYearStart } from '../../server/src/recognize/statedConvention';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';

function rules(regionId: string, area?: string): readonly YearStartRule[] {
  const r: Reform | undefined = getReform(regionId);
  assert.ok(r, regionId);
  return r.yearStart.filter((x) => x.area === area);
}

/** "MM-DD" or "easter", as written in the data. */
function starts(rule: YearStartRule): string {
  return rule.startsOn === 'easter'
    ? 'easter'
    : `${String(rule.startsOn.month).padStart(2, '0')}-${String(rule.startsOn.day).padStart(2, '0')}`;
}

/** The rule for the year that began in AD `year` there (undefined when none covers it). */
function ruleFor(regionId: string, year: number, area?: string): YearStartRule | undefined {
  return rules(regionId, area).find((x) => (x.fromYear ?? -Infinity) <= year && year <= (x.untilYear ?? Infinity));
}

describe('year-start rules (calendar-reforms.json yearStart)', () => {
  it('England, Wales and Ireland: 25 March until the year 1751, 1 January from 1752 (the year of the change of days)', () => {
    // England's rules are the region's (no area); Scotland's are its own.
    const eng = undefined;
    assert.equal(starts(ruleFor('britain', 1751, eng)!), '03-25');
    assert.equal(ruleFor('britain', 1751, eng)!.numbering, 'lagging');
    assert.equal(starts(ruleFor('britain', 1752, eng)!), '01-01');
    assert.equal(ruleFor('britain', 1752, eng)!.fromYear, getReform('britain')!.lastJulian.year);
    assert.equal(starts(ruleFor('british-america', 1731)!), '03-25');
    assert.equal(starts(ruleFor('british-america', 1752)!), '01-01');
  });

  it('Scotland: 1 January from 1600, 152 years before its change of days', () => {
    assert.equal(starts(ruleFor('britain', 1599, 'Scotland')!), '03-25');
    assert.equal(starts(ruleFor('britain', 1600, 'Scotland')!), '01-01');
    assert.equal(rules('britain', 'Scotland')[1]!.fromYear, 1600);
  });

  it('Russia: 1 September with years from the Creation until 1699, 1 January Anno Domini from 1700', () => {
    const sept = ruleFor('russia', 1699)!;
    assert.equal(starts(sept), '09-01');
    assert.equal(sept.era, 'anno-mundi');
    assert.equal(sept.untilYear, 1699);
    const jan = ruleFor('russia', 1700)!;
    assert.equal(starts(jan), '01-01');
    assert.equal(jan.era, 'anno-domini');
  });

  it('France: Easter style before, 1 January from 1567, with the disagreement over 1564 stated', () => {
    assert.equal(starts(ruleFor('france', 1560)!), 'easter');
    const jan = ruleFor('france', 1567)!;
    assert.equal(starts(jan), '01-01');
    assert.match(jan.notes ?? '', /1564/);
  });

  it('Venice 1 March until 1797 and Florence 25 March until 1749 (inside the Rome region, by area)', () => {
    assert.equal(starts(ruleFor('rome', 1700, 'Venice')!), '03-01');
    assert.equal(rules('rome', 'Venice')[0]!.untilYear, 1797);
    assert.equal(starts(ruleFor('rome', 1749, 'Florence and Siena')!), '03-25');
    assert.equal(starts(ruleFor('rome', 1750, 'Florence and Siena')!), '01-01');
  });

  it('every rule has sources, and the latest rule of each area is an open-ended 1 January', () => {
    for (const r of allReforms()) {
      const areas = new Set(r.yearStart.map((x) => x.area));
      for (const area of areas) {
        const list = r.yearStart.filter((x) => x.area === area);
        for (const x of list) assert.ok(x.sources.length > 0, `${r.id} ${x.name}`);
        const last = list[list.length - 1]!;
        assert.equal(starts(last), '01-01', `${r.id} ${area ?? ''}`);
        assert.equal(last.untilYear, undefined, `${r.id} ${area ?? ''}`);
      }
    }
  });

  it('the loader rejects overlapping rules and impossible start days', () => {
    const base = { id: 'x', name: 'X', lastJulian: '1752-09-02', firstGregorian: '1752-09-14', words: [], sources: ['s'] };
    const rule = (o: object) => ({ name: 'r', sources: ['s'], ...o });
    assert.doesNotThrow(() =>
      parseReforms({ reforms: [{ ...base, yearStart: [rule({ startsOn: '03-25', untilYear: 1751 }), rule({ startsOn: '01-01', fromYear: 1752 })] }] }),
    );
    assert.throws(
      () => parseReforms({ reforms: [{ ...base, yearStart: [rule({ startsOn: '03-25', untilYear: 1752 }), rule({ startsOn: '01-01', fromYear: 1752 })] }] }),
      /overlaps/,
    );
    assert.throws(() => parseReforms({ reforms: [{ ...base, yearStart: [rule({ startsOn: '02-30' })] }] }), /startsOn/);
    assert.throws(() => parseReforms({ reforms: [{ ...base, yearStart: [rule({ startsOn: '01-01', fromYear: 1800, untilYear: 1700 })] }] }), /untilYear/);
  });

  it('legalYearOf: the year written then for a day before 25 March, by the region’s own rules', () => {
    const legal = (region: string, year: number, month: number, day: number) => legalYearOf(getReform(region)!, { year, month, day })?.year;
    // 24 March 1603 (Elizabeth I's death) was the last day of 1602; 25 March 1603 began 1603.
    assert.equal(legal('britain', 1603, 3, 24), 1602);
    assert.equal(legal('britain', 1603, 3, 25), undefined);
    assert.equal(legal('britain', 1649, 1, 30), 1648);
    // 1751 began on 25 March 1751, 1752 on 1 January 1752: January 1751 was still 1750, January 1752 was 1752.
    assert.equal(legal('britain', 1751, 1, 1), 1750);
    assert.equal(legal('britain', 1752, 1, 1), undefined);
    assert.equal(legal('british-america', 1706, 1, 6), 1705);
    // Areas keep their own rules (Florence, Venice), and other reckonings are not a legal year of this kind.
    assert.equal(legal('rome', 1700, 2, 1), undefined);
    assert.equal(legal('russia', 1690, 2, 1), undefined);
    assert.equal(legal('france', 1500, 2, 1), undefined);
  });
});

describe('a sentence that states the year start (findStatedYearStart)', () => {
  const stated = (t: string) => findStatedYearStart(t, [{ start: 0, end: t.length }])?.yearStart;

  it('reads a convention, in the forms writers use', () => {
    assert.equal(stated('Years are taken to begin on 1 January.'), 'january');
    assert.equal(stated('Dates are given in the Old Style, with the year beginning on 1 January.'), 'january');
    assert.equal(stated('Dates are Old Style, with the start of the year adjusted to 1 January.'), 'january');
    assert.equal(stated('The year is reckoned from 25 March, as it was then.'), 'march');
    assert.equal(stated('Years are counted from Lady Day.'), 'march');
  });

  it('not a sentence about the time itself', () => {
    assert.equal(stated('In England the year began on 25 March until 1752.'), undefined);
    assert.equal(stated('The new year began on 25 March.'), undefined);
  });
});

describe('reading undoubled years by the year start (analyze)', () => {
  const years = (text: string, yearStart: 'january' | 'march') =>
    analyze(text, bundledDataset(), { ...DEFAULT_SETTINGS, calendar: 'julian', region: 'britain', yearStart }).dates.map((d) => [d.first.year, d.first.legalYear?.year, d.first.yearStartRead ?? false]);

  it('with march, a year written or taken from the context before 25 March is the legal year; from 25 March the same', () => {
    const text = 'The king was tried from 20 January 1648; on 30 January he was beheaded, and on 17 March the monarchy was abolished. On 19 May 1649 England became a Commonwealth.\n';
    assert.deepEqual(years(text, 'march'), [
      [1649, 1648, true],
      [1649, 1648, true],
      [1649, 1648, true],
      [1649, undefined, false],
    ]);
    // Read by modern reckoning, the same words are a year earlier; the legal year is still known.
    assert.deepEqual(years(text, 'january').slice(0, 2), [
      [1648, 1647, false],
      [1648, 1647, false],
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { toJdnUnchecked } from '../../server/src/calendar';
import { findDates } from '../../server/src/recognize/dates';
import {
  formatDay, formatDualDate, formatPart, monthName, ordinalSuffix, MONTH_NAMES_LONG, type PartValue,
} from '../../server/src/recognize/format';
import type { DateStyle, PairStyle } from '../../server/src/recognize/types';

const DMY: DateStyle = { order: 'dmy', month: 'long', ordinal: false };
const MDY: DateStyle = { order: 'mdy', month: 'long', ordinal: false };
const RU: DateStyle = { order: 'cyrillic-dmy', month: 'long', ordinal: false, yearSuffix: 'г.' };

describe('formatter: single days', () => {
  it('writes every style', () => {
    const d = { day: 7, month: 3, year: 1917 };
    assert.equal(formatDay(d, DMY), '7 March 1917');
    assert.equal(formatDay(d, MDY), 'March 7, 1917');
    assert.equal(formatDay(d, { ...DMY, month: 'short-dot' }), '7 Mar. 1917');
    assert.equal(formatDay(d, { ...DMY, month: 'short' }), '7 Mar 1917');
    assert.equal(formatDay(d, { ...DMY, ordinal: true }), '7th March 1917');
    assert.equal(formatDay(d, { ...DMY, ordinal: true, of: true }), '7th of March 1917');
    assert.equal(formatDay(d, { order: 'iso', month: 'numeric', ordinal: false }), '1917-03-07');
    assert.equal(formatDay({ day: 25, month: 10, year: 1917 }, RU), '25 октября 1917 г.');
    assert.equal(formatDay({ day: 25, month: 10 }, RU), '25 октября');
    assert.equal(formatDay({ day: 7, month: 9, year: 1917 }, { ...MDY, month: 'short-dot' }), 'Sept. 7, 1917');
    assert.equal(formatDay({ day: 7, month: 5 }, { ...DMY, month: 'short-dot' }), '7 May');
    assert.equal(formatDay({ day: 11, month: 2, year: 1731 }, DMY), '11 February 1731');
    assert.equal(formatPart({ day: 11, month: 2, year: 1731, altYear: 1732 }, DMY), '11 February 1731/32');
  });
  it('writes ordinal suffixes', () => {
    const got = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 31].map((n) => `${n}${ordinalSuffix(n)}`);
    assert.deepEqual(got, ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '24th', '31st']);
  });
  it('month names', () => {
    assert.equal(MONTH_NAMES_LONG.length, 12);
    assert.equal(monthName(9, { ...DMY, month: 'short' }), 'Sept');
    assert.equal(monthName(3, RU), 'марта');
    assert.equal(monthName(3, { order: 'iso', month: 'numeric', ordinal: false }), '03');
  });
  it('writes ranges', () => {
    assert.equal(formatPart({ day: 3, month: 7, endDay: 7, year: 1917 }, DMY), '3–7 July 1917');
    assert.equal(formatPart({ day: 3, month: 7, endDay: 7, year: 1917 }, MDY), 'July 3–7, 1917');
    assert.equal(formatPart({ day: 23, month: 2, endDay: 3, endMonth: 3, year: 1917 }, DMY), '23 February – 3 March 1917');
    assert.equal(formatPart({ day: 3, month: 7, endDay: 7 }, { ...DMY, rangeSep: ' to ' }), '3 to 7 July');
  });
});

describe('formatter: dual dates', () => {
  it('writes each pair style', () => {
    const ns = { day: 7, month: 3, year: 1917 };
    const os = { day: 22, month: 2, year: 1917 };
    assert.equal(formatDualDate(ns, os, { pairStyle: 'paren-marked', style: DMY, secondCalendar: 'julian' }), '7 March (O.S. 22 February) 1917');
    assert.equal(formatDualDate({ day: 15, month: 3, year: 1917 }, { day: 2, month: 3, year: 1917 }, { pairStyle: 'bracket-marked', style: DMY }), '15 March [O.S. 2 March] 1917');
    assert.equal(formatDualDate(os, ns, { pairStyle: 'slash', style: DMY }), '22 February/7 March 1917');
    assert.equal(formatDualDate(os, ns, { pairStyle: 'paren', style: DMY }), '22 February (7 March) 1917');
    assert.equal(formatDualDate({ day: 25, month: 10, year: 1917 }, { day: 7, month: 11, year: 1917 }, { pairStyle: 'bracket', style: DMY }), '25 October [7 November] 1917');
    assert.equal(
      formatDualDate({ day: 16, month: 7, endDay: 20, year: 1917 }, { day: 3, month: 7, endDay: 7, year: 1917 }, { pairStyle: 'paren-marked', style: DMY, secondCalendar: 'julian' }),
      '16–20 July (O.S. 3–7 July) 1917',
    );
    assert.equal(
      formatDualDate({ day: 13, month: 1, year: 1918 }, { day: 31, month: 12, year: 1917 }, { pairStyle: 'paren-marked', style: DMY, secondCalendar: 'julian' }),
      '13 January 1918 (O.S. 31 December 1917)',
    );
    assert.equal(formatDualDate(ns, os, { pairStyle: 'paren-marked', style: MDY }), 'March 7 (O.S. February 22), 1917');
    assert.equal(formatDualDate(os, ns, { pairStyle: 'paren-marked', style: DMY, secondCalendar: 'gregorian' }), '22 February (N.S. 7 March) 1917');
    assert.equal(formatDualDate({ day: 7, month: 3 }, { day: 22, month: 2 }, { pairStyle: 'paren-marked', style: DMY }), '7 March (O.S. 22 February)');
    assert.equal(formatDualDate({ day: 7, month: 11, year: 1917 }, { day: 25, month: 10, year: 1917 }, { pairStyle: 'paren-marked', style: RU }), '7 ноября (25 октября ст. ст.) 1917 г.');
    assert.equal(formatDualDate(ns, os, { pairStyle: 'paren-marked', style: DMY, sharedYear: false }), '7 March 1917 (O.S. 22 February 1917)');
  });
});

/** A small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomStyle(r: () => number): DateStyle {
  const order = (['dmy', 'mdy', 'iso', 'cyrillic-dmy'] as const)[Math.floor(r() * 4)];
  if (order === 'iso') return { order, month: 'numeric', ordinal: false };
  if (order === 'cyrillic-dmy') return r() < 0.5 ? { order, month: 'long', ordinal: false, yearSuffix: r() < 0.5 ? 'г.' : 'года' } : { order, month: 'long', ordinal: false };
  const style: DateStyle = { order, month: (['long', 'short', 'short-dot'] as const)[Math.floor(r() * 3)], ordinal: r() < 0.3 };
  if (order === 'dmy' && style.ordinal && r() < 0.3) style.of = true;
  return style;
}

/** What a style reads back as: "May" has one form (short reads back as long); no year, no year word. */
function expectedStyle(style: DateStyle, month: number, endMonth: number | undefined, year: number | undefined): DateStyle {
  const out = { ...style };
  if (style.month !== 'long' && style.month !== 'numeric' && month === 5 && (endMonth === undefined || endMonth === 5)) out.month = 'long';
  if (year === undefined) delete out.yearSuffix;
  return out;
}

describe('formatter: property — findDates reads back what format writes', () => {
  const r = rng(1917);
  const N = 600;
  it(`${N} single days and ranges`, () => {
    for (let i = 0; i < N; i++) {
      const style = randomStyle(r);
      const month = 1 + Math.floor(r() * 12);
      const day = 1 + Math.floor(r() * 28);
      const year = style.order === 'iso' || r() < 0.7 ? 1000 + Math.floor(r() * 1999) : undefined;
      const part: PartValue = { day, month, year };
      const kind = style.order === 'iso' ? 0 : Math.floor(r() * 3);
      if (kind === 1 && day < 28) part.endDay = day + 1 + Math.floor(r() * (28 - day));
      if (kind === 2) {
        part.endDay = 1 + Math.floor(r() * 28);
        part.endMonth = (month % 12) + 1;
      }
      if (year !== undefined && style.order === 'dmy' && r() < 0.1) part.altYear = year + 1;
      const text = `On ${formatPart(part, style)} it happened.`;
      const ds = findDates(text);
      assert.equal(ds.length, 1, text);
      const p = ds[0].first;
      assert.deepEqual(
        { day: p.day, month: p.month, year: p.year, endDay: p.endDay, endMonth: p.endMonth, altYear: p.altYear },
        { day, month, year, endDay: part.endDay, endMonth: part.endMonth, altYear: part.altYear },
        text,
      );
      assert.deepEqual(p.style, expectedStyle(style, month, part.endMonth, year), text);
      assert.equal(ds[0].second, undefined, text);
    }
  });
  it(`${N} dual dates in every pair style`, () => {
    const pairStyles: PairStyle[] = ['paren-marked', 'bracket-marked', 'paren', 'bracket', 'slash'];
    for (let i = 0; i < N; i++) {
      let style = randomStyle(r);
      if (style.order === 'iso') style = DMY;
      const pairStyle = pairStyles[Math.floor(r() * pairStyles.length)];
      const year = 1000 + Math.floor(r() * 1999);
      const crossYear = r() < 0.2;
      const first: PartValue = { day: 1 + Math.floor(r() * 28), month: 1 + Math.floor(r() * 12), year };
      let second: PartValue = { day: 1 + Math.floor(r() * 28), month: 1 + Math.floor(r() * 12), year: crossYear ? year - 1 : year };
      // Two days less than 8 apart across a slash are consecutive days ("31 May/1 June 1916"), not a dual date (pairs.ts).
      const apart = (b: PartValue) => Math.abs(toJdnUnchecked({ year: b.year!, month: b.month, day: b.day }, 'gregorian') - toJdnUnchecked({ year, month: first.month, day: first.day }, 'gregorian'));
      while (pairStyle === 'slash' && apart(second) < 8) second = { ...second, month: (second.month % 12) + 1 };
      const secondCalendar = r() < 0.5 ? 'julian' : 'gregorian';
      const text = `On ${formatDualDate(first, second, { pairStyle, style, secondCalendar })}, it happened.`;
      const ds = findDates(text);
      assert.equal(ds.length, 1, text);
      const m = ds[0];
      assert.equal(m.pairStyle, pairStyle, text);
      const y1 = m.first.year ?? m.sharedYear;
      const y2 = m.second?.year ?? m.sharedYear;
      assert.deepEqual([m.first.day, m.first.month, y1], [first.day, first.month, first.year], text);
      assert.deepEqual([m.second?.day, m.second?.month, y2], [second.day, second.month, second.year], text);
      if (crossYear) assert.equal(m.sharedYear, undefined, text);
      else assert.equal(m.sharedYear, year, text);
      if (pairStyle.endsWith('-marked')) assert.equal(m.secondMarker?.calendar, secondCalendar, text);
      else assert.equal(m.secondMarker, undefined, text);
      assert.deepEqual(m.first.style.order, style.order, text);
    }
  });
});

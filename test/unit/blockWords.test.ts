/**
 * The block scan reads each block's words once, in the alias pass, and takes the date grammar's candidate starts and
 * the statements' pre-tests from that loop. These tests hold the word loop's list to the grammar's own definition of
 * a candidate, the dates read from it to the dates read without it, and its pre-test flags to what the statement
 * finders find, over generated text with names, month words, digits, combining marks and prose spans that cut words.
 */
import * as assert from 'node:assert/strict';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { BlockWords } from '../../server/src/recognize/blockWords';
import { scanDates } from '../../server/src/recognize/dates';
import { dateStarts } from '../../server/src/recognize/dates/tokens';
import { scanMatcher } from '../../server/src/recognize/nameMatchers';
import { findStatedConvention, findStatedYearStart } from '../../server/src/recognize/statedConvention';
import type { Span } from '../../server/src/util/span';
import { rng } from '../random';

/**
 * A candidate start as the date grammar defined it with one regex: a digit or an English month's first three letters
 * (read on past a span's end, as the grammar reads a date's first token), with no letter or digit before it in the
 * span.
 */
const CANDIDATE = /\d|J(?:an|u[nl]|AN|U[NL])|F(?:eb|EB)|M(?:a[ry]|A[RY])|A(?:pr|ug|PR|UG)|S(?:ep|EP)|O(?:ct|CT)|N(?:ov|OV)|D(?:ec|EC)/y;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function expectedStarts(text: string, spans: readonly Span[]): number[] {
  const starts: number[] = [];
  for (const s of spans) {
    for (let p = s.start; p < s.end; p++) {
      CANDIDATE.lastIndex = p;
      if ((p === s.start || !LETTER_OR_DIGIT.test(text[p - 1])) && CANDIDATE.test(text)) starts.push(p);
    }
  }
  return starts;
}

const PIECES = [
  ' ', ' ', ' ', '\n', '. ', ', ', '(', ')', '–', '-', '/', "'",
  'Lenin', 'Nicholas II', 'February Revolution', 'Manifesto of 17 October', 'Julius Martov', 'the Revolution of 1905', 'Petrograd', 'the', 'March', 'May', 'may', 'Mar.', 'MAR', 'Marx',
  'Jan', 'JUL', 'Sept', 'Oct', 'Dec', 'JAn', 'march', 'Jun',
  '7', '1917', '12th', '03', '1917-03-08', '31.I.1918', '13/26',
  'октября', 'Я', 'é', 'e\u0301', '\u0301', '\u0301Mar', 'x', 'O.S.', 'N.S.',
];

function generated(random: () => number, pieces = PIECES): { text: string; spans: Span[] } {
  let text = '';
  const n = 5 + Math.floor(random() * 40);
  for (let i = 0; i < n; i++) text += random() < 0.9 ? PIECES[Math.floor(random() * PIECES.length)] : pieces[Math.floor(random() * pieces.length)];
  // Up to three prose spans with gaps, cut anywhere (inside words too, as masking a link or code can).
  const cuts = Array.from({ length: 2 * (1 + Math.floor(random() * 3)) }, () => Math.floor(random() * (text.length + 1))).sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i < cuts.length; i += 2) if (cuts[i] < cuts[i + 1] && (spans.length === 0 || spans[spans.length - 1].end < cuts[i])) spans.push({ start: cuts[i], end: cuts[i + 1] });
  return { text, spans };
}

describe('the block scan word loop', () => {
  const matcher = scanMatcher(bundledDataset());
  const wordLoopStarts = (text: string, spans: readonly Span[]) => {
    const words = new BlockWords();
    for (const span of spans) matcher.find(text, span.start, span.end, [], words);
    return words.dateStarts;
  };

  it('finds the candidate starts of dates, inside names and after combining marks too', () => {
    const text = 'After the Manifesto of 17 October and 7 March 1917 the February Revolution began; e\u0301Mar 3, 1917 and\u0301 12 May; Marx, x12, JAn 3.';
    const spans = [{ start: 0, end: text.length }];
    const starts = wordLoopStarts(text, spans);
    assert.deepEqual(starts, expectedStarts(text, spans));
    const at = (s: string) => text.indexOf(s);
    for (const s of ['17 October', 'October and', '7 March', 'March 1917', '1917 the', 'February', 'Mar 3', '3, 1917', '12 May', 'May;', 'Marx']) assert.ok(starts.includes(at(s)), s);
    for (const s of ['12, JAn', 'JAn 3']) assert.ok(!starts.includes(at(s)), s);
  });

  it('gives the list dateStarts gives, and so the same dates, over generated prose', () => {
    const random = rng(17);
    for (let round = 0; round < 3000; round++) {
      const { text, spans } = generated(random);
      const expected = expectedStarts(text, spans);
      assert.deepEqual(dateStarts(text, spans), expected, JSON.stringify({ text, spans }));
      const starts = wordLoopStarts(text, spans);
      assert.deepEqual(starts, expected, JSON.stringify({ text, spans }));
      assert.deepEqual(scanDates(text, spans, starts), scanDates(text, spans), JSON.stringify({ text, spans }));
    }
  });

  it('sees the words a stated convention or year start needs, in every form the statements read', () => {
    const statements = [
      'All dates are New Style unless marked otherwise.',
      'Dates are given in the old-style.',
      'Dates are given in the Julian calendar.',
      'This article uses Gregorian dates.',
      'Dates here are Western reckoning.',
      'Даты до 1 февраля 1918 г. даны по старому стилю.',
      'Даты приведены нового стиля.',
      'The Russians date twelve days behind us.',
      'The French reckon ten days before our own calendar.',
      'Years are taken to begin on 1 January.',
      'The year is reckoned from 25 MARCH.',
      'Years are counted from Lady Day.',
      'with the year beginning on January 1st',
    ];
    for (const text of statements) {
      const spans = [{ start: 0, end: text.length }];
      const words = new BlockWords();
      matcher.find(text, 0, text.length, [], words);
      const stated = findStatedConvention(text, spans) !== undefined;
      const yearStart = findStatedYearStart(text, spans) !== undefined;
      assert.ok(stated || yearStart, `no statement read in ${text}`);
      assert.equal(words.calendarWord, stated, text);
      assert.equal(words.newYearDayWord, yearStart, text);
    }
    // Over generated prose with statements cut by spans: whatever the statements' readers find, the word loop saw.
    const random = rng(18);
    for (let round = 0; round < 2000; round++) {
      const { text, spans } = generated(random, statements);
      const words = new BlockWords();
      for (const span of spans) matcher.find(text, span.start, span.end, [], words);
      if (findStatedConvention(text, spans)) assert.ok(words.calendarWord, JSON.stringify({ text, spans }));
      if (findStatedYearStart(text, spans)) assert.ok(words.newYearDayWord, JSON.stringify({ text, spans }));
    }
  });
});

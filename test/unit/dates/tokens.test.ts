import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';
import { markerCalendar, Tokens } from '../../../server/src/recognize/dates/tokens';

describe('date tokens', () => {
  const at = (text: string) => new Tokens(text, text.length);
  it('days: 1–31, ordinal suffix, not inside a number', () => {
    assert.deepEqual(at('7 March').day(0), { start: 0, end: 1, value: 7, ordinal: false });
    assert.deepEqual(at('21st of').day(0), { start: 0, end: 4, value: 21, ordinal: true });
    assert.equal(at('32 March').day(0), undefined);
    assert.equal(at('7.5').day(0), undefined);
    assert.equal(at('7:30').day(0), undefined);
    assert.equal(at('7x').day(0), undefined);
  });
  it('months: English capitalized, abbreviated with a dot, Russian', () => {
    assert.deepEqual(at('Mar. 7').month(0), { start: 0, end: 4, month: 3, lang: 'en', form: 'short-dot' });
    assert.equal(at('march').month(0), undefined);
    assert.equal(at('октября').month(0)?.month, 10);
    assert.equal(at('Marx').month(0), undefined);
  });
  it('"May." takes its dot like the other months only where a day and a year follow (Time\'s datelines)', () => {
    // Batch 30: Time, 12 May 1923, headed "Saturday, May. 12, 1923".
    assert.deepEqual(at('May. 12, 1923').month(0), { start: 0, end: 4, month: 5, lang: 'en', form: 'short-dot' });
    const t = 'Friday, May. 12, 1923';
    assert.deepEqual(findDates(t).map((m) => [t.slice(m.start, m.end), m.first.day, m.first.month, m.first.year]), [['May. 12, 1923', 12, 5, 1923]]);
    // a sentence that ends in May, and one that begins with a number, are no date with a day
    const u = 'He arrived in May. 12 men followed him in 1923.';
    assert.deepEqual(findDates(u).filter((m) => m.first.day !== undefined), []);
  });
  it('months: Ukrainian, in the genitive that follows a day ("жовтня", "Листопада"); the nominative is no month here', () => {
    assert.deepEqual(at('жовтня').month(0), { start: 0, end: 6, month: 10, lang: 'uk', form: 'long' });
    assert.deepEqual(['січня', 'Лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'грудня'].map((w) => at(w).month(0)?.month), [1, 2, 3, 4, 5, 6, 7, 8, 9, 12]);
    assert.equal(at('листопада').month(0)?.lang, 'uk');
    assert.equal(at('лютий').month(0), undefined); // also "fierce"
    assert.equal(at('жовтнями').month(0), undefined);
    assert.equal(at('1917 року').year(0, true)?.suffix, 'року');
    assert.equal(at('1862 р. у').year(0, true)?.suffix, 'р.');
    assert.equal(at('1862 рік').year(0, true)?.suffix, undefined);
  });
  it('months: Serbian, in Cyrillic and in lower-case Latin script; the capitalized Latin words are names', () => {
    assert.deepEqual(at('априла').month(0), { start: 0, end: 6, month: 4, lang: 'sr', form: 'long' });
    assert.deepEqual(['јануара', 'фебруара', 'маја', 'јуна', 'јула', 'септембра', 'октобра', 'новембра', 'Децембра'].map((w) => at(w).month(0)?.month), [1, 2, 5, 6, 7, 9, 10, 11, 12]);
    assert.equal(at('марта').month(0)?.lang, 'ru'); // the same word in Russian
    assert.deepEqual(at('aprila').month(0), { start: 0, end: 6, month: 4, lang: 'sr-Latn', form: 'long' });
    assert.deepEqual(['januara', 'februara', 'marta', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'].map((w) => at(w).month(0)?.month), [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.equal(at('Maja').month(0), undefined);
    assert.equal(at('julai').month(0), undefined);
    assert.equal(at('aprila').month(0, 'en'), undefined);
    assert.equal(at('1941 године').year(0, true)?.suffix, 'године');
    assert.equal(at('1941 godine').year(0, true)?.suffix, 'godine');
  });
  it('years: 1000–2999, dual year, Russian year word', () => {
    assert.equal(at('1917').year(0, false)?.value, 1917);
    assert.equal(at('1731/32').year(0, false)?.alt, 1732);
    assert.equal(at('1917 г.').year(0, true)?.suffix, 'г.');
    assert.equal(at('0999').year(0, false), undefined);
    assert.equal(at('1917.5').year(0, false), undefined);
  });
  it('a year run on to a month and day ("1805August 10", a range whose dash a copy lost) ends where the month begins', () => {
    assert.deepEqual(at('1805August 10, 1863').year(0, false), { start: 0, end: 4, digits: { start: 0, end: 4 }, value: 1805 });
    assert.equal(at('1805Augusta').year(0, false), undefined);
    assert.equal(at('1805August').year(0, false), undefined);
    assert.equal(at('1805AD').year(0, false), undefined);
    // Batch 18: Wikipedia's Mariya Volkonskaya, "(…; December 25, 1805August 10, 1863)": the first date is read (the
    // second, glued to a digit, starts no word, and stays unread).
    assert.deepEqual(
      findDates('Volkonskaya (December 25, 1805August 10, 1863) was').map((d) => [d.first.day, d.first.month, d.first.year]),
      [[25, 12, 1805]],
    );
  });
  it('range connectors', () => {
    assert.deepEqual(at(' – ').range(0), { end: 3, sep: ' – ' });
    assert.deepEqual(at(' to ').range(0), { end: 4, sep: ' to ' });
    assert.equal(at(' and ').range(0), undefined);
  });
  it('the limit is never read past', () => {
    const t = new Tokens('7 March 1917', 8);
    assert.equal(t.year(8, false), undefined);
    assert.ok(Number.isNaN(t.code(8)));
  });
  it('marker calendars', () => {
    assert.equal(markerCalendar('O.S.'), 'julian');
    assert.equal(markerCalendar('New Style'), 'gregorian');
    assert.equal(markerCalendar('по старому стилю'), 'julian');
  });
});

import * as assert from 'node:assert/strict';
import { markerAt, markerBefore, namesSwedishCalendar, swedishLabelEnd } from '../../../server/src/recognize/dates/labels';
import { Tokens } from '../../../server/src/recognize/dates/tokens';
import { findDates } from '../../../server/src/recognize/dates';
import { formatDualDate } from '../../../server/src/recognize/format';
import { cut } from './helpers';

describe('date grammar: labels (labels.ts)', () => {
  const at = (t: string, bareOnly = false) => markerAt(new Tokens(t, t.length), 0, bareOnly);
  it('markers right after a date', () => {
    assert.equal(at('(O.S.)')?.calendar, 'julian');
    assert.equal(at('[Gregorian]')?.calendar, 'gregorian');
    assert.equal(at('(Julian)', true), undefined);
    assert.equal(at('Old Styles'), undefined);
    assert.equal(at('н. ст.')?.calendar, 'gregorian');
    // In brackets the last dot may be lost, as a slip or the OCR's.
    assert.equal(at('(O.S)')?.calendar, 'julian');
    assert.equal(at('[N. S]')?.calendar, 'gregorian');
    assert.equal(at('O.S', true), undefined);
  });
  it('Russia\'s calendar named in brackets after a date is Old Style ("January 1 (Russian) 1813", "(Russian style)")', () => {
    assert.equal(at('(Russian)')?.calendar, 'julian');
    assert.equal(at('(Russian style)')?.calendar, 'julian');
    assert.equal(at('Russian', true), undefined);
    assert.equal(at('(Russians)'), undefined);
    const t = 'taken on January 1 (Russian) 1813';
    assert.deepEqual(findDates(t).map((d) => [cut(t, d.firstMarker), d.firstMarker?.calendar, d.sharedYear]), [['(Russian)', 'julian', 1813]]);
  });
  it('a pair\'s side labelled without dots inside its brackets ("July 3 (June 22 OS), 1790", "(OS July 6)")', () => {
    const t = 'at nightfall on July 3 (June 22 OS), 1790; on 17 July (6 July OS) 1788; on July 17 (OS July 6), 1788; on 3 July (22 June, NS) 1790';
    assert.deepEqual(findDates(t).map((d) => [cut(t, d), cut(t, d.secondMarker), d.secondMarker?.calendar, d.sharedYear]), [
      ['July 3 (June 22 OS), 1790', 'OS', 'julian', 1790],
      ['17 July (6 July OS) 1788', 'OS', 'julian', 1788],
      ['July 17 (OS July 6), 1788', 'OS', 'julian', 1788],
      ['3 July (22 June, NS) 1790', 'NS', 'gregorian', 1790],
    ]);
    // Only the bracket makes it a label: not a word that starts so, not before other words, not bare before a date in prose.
    // (Bare right after a date with its year it is one, as Wikipedia's mirrors write it: see pairs.test.ts.)
    for (const u of ['on 3 July (22 June OSI) 1790', 'on 3 July (22 June OS time) 1790', 'on 3 July (NS6 July)', 'the OS 3 July 1790', 'on 3 July OS']) {
      assert.ok(findDates(u).every((d) => !d.second && !d.firstMarker), u);
    }
  });
  it('markers right before a date', () => {
    const t = 'it was O.S. 7 March';
    assert.deepEqual(markerBefore(t, t.indexOf('7'), 0), { start: 7, end: 11, calendar: 'julian', text: 'O.S.' });
    assert.equal(markerBefore(t, t.indexOf('7'), 9), undefined);
  });
  it('field labels without dots before a date, only with their colon ("[OS: 20 March 1726 NS: 31 March 1727]")', () => {
    const t = '[OS: 20 March 1726 NS: 31 March 1727]';
    assert.deepEqual(markerBefore(t, t.indexOf('20'), 0), { start: 1, end: 3, calendar: 'julian', text: 'OS' });
    assert.deepEqual(markerBefore(t, t.indexOf('31'), 0), { start: 19, end: 21, calendar: 'gregorian', text: 'NS' });
    for (const u of ['OS 20 March', 'CHAOS: 20 March', 'iOS: 20 March', 'NSA: 20 March']) assert.equal(markerBefore(u, u.indexOf('20'), 0), undefined, u);
  });
  it('"N.S." or "NS" after a place is Nova Scotia, not New Style; after a month or a date it stays a label', () => {
    // Round 35 (issue 14): Nova Scotia datelines and birthplaces, as genealogies and local histories write them.
    const read = (t: string) => findDates(t).map((d) => [cut(t, d), d.firstMarker?.text ?? d.sentenceMarker?.text]);
    assert.deepEqual(read('Lunenburg, N.S., 7 June 1753. The settlers landed.'), [['7 June 1753', undefined]]);
    assert.deepEqual(read('Halifax, NS: 12 March 1751, the governor wrote.'), [['12 March 1751', undefined]]);
    assert.deepEqual(read('He was born in Halifax, N.S. on 14 February 1751 and died at Cape Breton N.S. in 1790.'), [['14 February 1751', undefined]]);
    assert.deepEqual(read('Anna (b. 29 February 1700, Lunenburg, N.S.) married in 1725.'), [['29 February 1700', undefined]]);
    // Labels: after a date, a month, or in brackets.
    assert.deepEqual(read('The fort fell on 4 May N.S. and the town on 7 June 1755 NS, 4 May (NS) 1755.'), [
      ['4 May', 'N.S.'], ['7 June 1755', 'NS'], ['4 May', '(NS)'],
    ]);
    assert.deepEqual(read('On 7 June 1755, N.S., the fort fell.'), [['7 June 1755', 'N.S.']]);
    assert.deepEqual(read('N.S. 7 June 1755 is the day.'), [['7 June 1755', 'N.S.']]);
  });
  it('a label before the weekday is the date\'s ("NS: Friday, 31 March 1727")', () => {
    const t = '[OS: Sunday, 20 March 1726 NS: Friday, 31 March 1727]';
    assert.deepEqual(findDates(t).map((d) => [cut(t, d.firstMarker), cut(t, d.weekday)]), [['OS', 'Sunday'], ['NS', 'Friday']]);
  });
  it('a label before a pair is the first side\'s, unless the second side carries the same label', () => {
    const label = (t: string) => findDates(t).map((d) => [cut(t, d.firstMarker), d.secondMarker?.calendar]);
    assert.deepEqual(label('O.S. 22 February (7 March) 1917'), [['O.S.', undefined]]);
    assert.deepEqual(label('[OS: 31.03.1726 (O.S. 21.03.1726)]'), [[undefined, 'julian']]);
  });
  it('a label the words before it put in the brackets is the bracketed side\'s ("в скобках число по старому стилю: 14 (1) февраля")', () => {
    const sides = (t: string) => findDates(t).map((d) => [cut(t, d.firstMarker), cut(t, d.secondMarker)]);
    const decree = 'писать в скобках число по старому стилю: 14 (1) февраля, 15 (2) февраля';
    assert.deepEqual(sides(decree), [[undefined, 'по старому стилю'], [undefined, undefined]]);
    assert.deepEqual(sides('write in brackets the O.S.: 14 (1) February 1918'), [[undefined, 'O.S.']]);
    // Without those words, or before a single date, the label stays the first side's.
    assert.deepEqual(sides('по старому стилю: 14 (1) февраля'), [['по старому стилю', undefined]]);
    assert.deepEqual(sides('in brackets the O.S.: 1 February 1918'), [['O.S.', undefined]]);
  });
});

describe('date grammar: calendar labels written out', () => {
  const marker = (t: string, i = 0) => {
    const d = findDates(t)[i];
    return d && { text: cut(t, d.firstMarker), calendar: d.firstMarker?.calendar, sentence: d.sentenceMarker?.calendar };
  };
  it('after a date: lower case, Scots, calendar names, after a comma', () => {
    assert.deepEqual(marker('3 July o.s. was'), { text: 'o.s.', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('3 July (o.s.) was'), { text: '(o.s.)', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('3 July 1650 A.S. was'), { text: 'A.S.', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('3 July 1650 N.S. was'), { text: 'N.S.', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('3 July old style was'), { text: 'old style', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('31 January 1918 (Julian calendar) was'), { text: '(Julian calendar)', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('on 26 Feb., O.S., the'), { text: 'O.S.', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('(16–20 July, Gregorian calendar)'), { text: 'Gregorian calendar', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('25 октября по старому стилю'), { text: 'по старому стилю', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('7 ноября по новому стилю'), { text: 'по новому стилю', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('25 жовтня за старим стилем'), { text: 'за старим стилем', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('7 листопада (за новим стилем)'), { text: '(за новим стилем)', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('7 листопада за новим стилемо'), { text: undefined, calendar: undefined, sentence: undefined });
    assert.deepEqual(marker('Повстання почалося 25 жовтня 1917 року, як писали тоді, за юліанським календарем.'), { text: undefined, calendar: undefined, sentence: 'julian' });
  });
  it('after a date: the Latin of envoys\' letters, "st. v." / "st. n.", "stilo veteri" / "stylo novo"', () => {
    assert.deepEqual(marker('Moscow, 12 March 1705 st. v.'), { text: 'st. v.', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('Moscow, 23 March 1705 st. n.'), { text: 'st. n.', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('Moscow, 12 March 1705 (stilo veteri)'), { text: '(stilo veteri)', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('Moscow, 23 March 1705, stylo novo.'), { text: 'stylo novo', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('Moscow, 12 March 1705 St. vet. and'), { text: 'St. vet.', calendar: 'julian', sentence: undefined });
    // "St." before a saint's name is no label.
    assert.deepEqual(marker('on 12 March 1705 St. Vitus was'), { text: undefined, calendar: undefined, sentence: undefined });
  });
  it('after a date: German Wikipedia\'s dating template as its translations keep it, "6 October jul. / 18 October 1847 greg."', () => {
    // Batch 34 (Lodygin in an English machine translation of German Wikipedia) and five earlier translations.
    assert.deepEqual(marker('Lodygin (born 6 October jul. / 18 October 1847 greg. in Stenshino) was an engineer.'), { text: 'jul.', calendar: 'julian', sentence: undefined });
    // Round 54: the translation's ". Jul" before the slash is the template's "jul.", and the sides are one pair.
    assert.deepEqual(marker('Lodygin (born October 6 . Jul / 18th October  1847 greg. In Stenschino) was an engineer.'), { text: '. Jul', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('Magdeburg fell on May 10th July. / May 20, 1631 greg. to Tilly.', 1), { text: 'greg.', calendar: 'gregorian', sentence: undefined });
    // "jul." labels a date only before the template's slash: elsewhere it may be the month ("12 March – 6 jul.").
    assert.deepEqual(marker('He arrived on 12 March 1705 jul. and left.'), { text: undefined, calendar: undefined, sentence: undefined });
  });
  it('a comma label before the next date is that date\'s', () => {
    const ds = findDates('On 7 March, O.S. 22 February');
    assert.equal(ds.length, 2);
    assert.equal(ds[0].firstMarker, undefined);
    assert.equal(ds[1].firstMarker?.text, 'O.S.');
  });
  it('in a sentence: in the Gregorian calendar, by the Julian reckoning, according to the new style, by the Western calendar', () => {
    assert.equal(marker('on 3 July in the Gregorian calendar')?.sentence, 'gregorian');
    assert.equal(marker('on 3 July by the Julian reckoning')?.sentence, 'julian');
    assert.equal(marker('on 3 July according to the new style')?.sentence, 'gregorian');
    assert.equal(marker('on 3 July by the Western calendar')?.sentence, 'gregorian');
  });
  it('the Continent\'s calendar, as British writers named the New Style: continental reckoning, calendar, style', () => {
    assert.equal(marker('dated it 27 April 1746 by the continental reckoning')?.sentence, 'gregorian');
    assert.equal(marker('or 27 April 1746 in the Continental calendar')?.sentence, 'gregorian');
    assert.equal(marker('dated it 27 April 1746, as the Continent then reckoned')?.sentence, 'gregorian');
    assert.equal(marker('dated it 27 April 1746, as the Continent reckoned')?.sentence, 'gregorian');
    assert.deepEqual(marker('on 27 April 1746, continental style, the'), { text: 'continental style', calendar: 'gregorian', sentence: undefined });
    // "continental" alone, or a style that is no calendar's, labels nothing.
    for (const t of ['a house in the continental style, finished on 27 April 1746', 'on 27 April 1746 the continental army']) {
      assert.equal(marker(t)?.calendar, undefined, t);
      assert.equal(marker(t)?.sentence, undefined, t);
    }
  });
  it('in a pair\'s brackets: "(27 April, continental style)", "(27 April on the Continent)"', () => {
    const t = 'fought on 16 April 1746 (27 April 1746, continental style) at';
    const m = findDates(t);
    assert.equal(m.length, 1);
    assert.equal(cut(t, m[0]), '16 April 1746 (27 April 1746, continental style)');
    assert.equal(m[0].secondMarker?.calendar, 'gregorian');
    const u = 'fought on 16 April (27 April on the Continent) 1746 at';
    const n = findDates(u);
    assert.equal(n.length, 1);
    assert.equal(n[0].secondElsewhere, true);
  });
  it('in a bracket opened right after the date, and with a title-cased "Calendar"', () => {
    // The bracket closes on the words, so they are the date's own label, as "(Julian calendar)" is (batch 18's Putilov
    // strike: "March 3, 1917 (according to the Julian calendar)" is then a marked date a named fact can prove wrong).
    assert.deepEqual(marker('on 25 March 1821 (in the Julian calendar) at Kalavryta'), { text: '(in the Julian calendar)', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('on 25 March 1821 (in the Julian Calendar) at Kalavryta'), { text: '(in the Julian Calendar)', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('on 3 March 1917 (according to the Gregorian calendar) at'), { text: '(according to the Gregorian calendar)', calendar: 'gregorian', sentence: undefined });
    assert.deepEqual(marker('on 3 March 1917 (by the Old Style) at'), { text: '(by the Old Style)', calendar: 'julian', sentence: undefined });
    // In running prose the phrase is the sentence's.
    assert.equal(marker('on 25 March 1821 in the Julian Calendar, at Kalavryta')?.sentence, 'julian');
    assert.deepEqual(marker('on 6 April 1821 (Gregorian Calendar) at'), { text: '(Gregorian Calendar)', calendar: 'gregorian', sentence: undefined });
    // A bracket that holds a date of its own keeps its phrase to that date.
    assert.equal(marker('on 6 April 1821 (25 March in the Julian calendar) at')?.sentence, undefined);
  });
  it('the old and the new calendar, after a date or in its sentence; "the new calendar year" is no label', () => {
    assert.deepEqual(marker('on 5 Oct. 1701 (old calendar) the'), { text: '(old calendar)', calendar: 'julian', sentence: undefined });
    assert.deepEqual(marker('on 16 October, New calendar, the'), { text: 'New calendar', calendar: 'gregorian', sentence: undefined });
    assert.equal(marker('on 5 October 1701 by the old calendar')?.sentence, 'julian');
    assert.equal(marker('on 3 July, and 16 July by the new calendar', 1)?.sentence, 'gregorian');
    assert.deepEqual(marker('The new calendar year began on 1 January 1701.'), { text: undefined, calendar: undefined, sentence: undefined });
    assert.deepEqual(marker('on 1 January, new calendar years'), { text: undefined, calendar: undefined, sentence: undefined });
  });
  it('the modern calendar is the New Style, and "calender" is how many pages spell it (round 33)', () => {
    assert.equal(marker('According to the modern calendar, he was born on 4 January 1643.')?.sentence, 'gregorian');
    assert.equal(marker('According to the modern calender, he was born on 4 January 1643.')?.sentence, 'gregorian');
    assert.equal(marker('he was born on 25 December 1642 in the Julian calender.')?.sentence, 'julian');
    assert.deepEqual(marker('The modern calendar year began on 1 January 1701.'), { text: undefined, calendar: undefined, sentence: undefined });
  });
  it('inside a pair\'s brackets, the calendar named in words labels its side', () => {
    const pair = (t: string) => {
      const ds = findDates(t);
      return [ds.length, cut(t, ds[0]?.secondMarker), ds[0]?.secondMarker?.calendar];
    };
    assert.deepEqual(pair('on 5 October 1701 (16 October, Gregorian calendar) the'), [1, 'Gregorian calendar', 'gregorian']);
    assert.deepEqual(pair('on 5 October 1701 (16 October in the Gregorian calendar) the'), [1, 'in the Gregorian calendar', 'gregorian']);
    assert.deepEqual(pair('on 5 October 1701 (Gregorian: 16 October) the'), [1, 'Gregorian', 'gregorian']);
    assert.deepEqual(pair('On March 13, 1881 (Julian date: March 1), as'), [1, 'Julian date', 'julian']); // Wikipedia's wording
    assert.deepEqual(pair('on 16 October 1701 (Gregorian date: 16 October) the'), [1, 'Gregorian date', 'gregorian']);
    assert.deepEqual(pair('on 16 October 1701 (5 October Julian) the'), [1, 'Julian', 'julian']);
    assert.deepEqual(pair('on 16 October 1701 (5 October by the old calendar) the'), [1, 'by the old calendar', 'julian']);
    // The bracket may say when and where that calendar was in use before it closes.
    assert.deepEqual(pair('fought on 27–28 May 1905 (14–15 May in the Julian calendar then in use in Russia) in the'), [1, 'in the Julian calendar', 'julian']);
    assert.deepEqual(pair('on 16 October 1701 (5 October, Julian calendar, used in Russia at the time) the'), [1, 'Julian calendar', 'julian']);
    assert.deepEqual(pair('on 4 December 1639 (24 November under the Julian calendar then used in England); Horrocks'), [1, 'under the Julian calendar', 'julian']);
    assert.deepEqual(pair('on 16 October 1701 (5 October in the Julian calendar then a new one) the'), [2, undefined, undefined]);
    // Old and New Style with a hyphen, or followed by "calendar", read whole.
    assert.deepEqual(pair('born on March 18 (March 6, old-style), 1844, in'), [1, 'old-style', 'julian']);
    assert.deepEqual(pair('born on 18 March 1844 (6 March, Old Style calendar) in'), [1, 'Old Style calendar', 'julian']);
    assert.deepEqual(pair('born on 18 March 1844 (6 March according to the Old Style calendar) in'), [1, 'according to the Old Style calendar', 'julian']);
    assert.deepEqual(pair('born on 6 March 1844 (18 March in the new-style calendar) in'), [1, 'in the new-style calendar', 'gregorian']);
    // Naming no calendar, a bracket that gives its day as the one in use at the time labels it Old Style.
    assert.deepEqual(pair('born on March 18 (March 6 according to the calendar used at the time), 1844, in'), [1, 'according to the calendar used at the time', 'julian']);
    assert.deepEqual(pair('born on 9 June 1672 (30 May in the calendar then used in Russia).'), [1, 'in the calendar then used in Russia', 'julian']);
    assert.deepEqual(pair('born on November 19 (November 8 on the calendar used at the time), 1711'), [1, 'on the calendar used at the time', 'julian']);
    assert.deepEqual(pair('born on 18 March 1844 (6 March, the calendar then in use) in'), [1, 'the calendar then in use', 'julian']);
    assert.deepEqual(pair('on 18 March 1844 (6 March the calendar says) in'), [2, undefined, undefined]);
    // Russia's own calendar, as travellers and envoys named it, is the local Old Style.
    assert.deepEqual(pair('reached London on 10 July 1908 (27 June by the Russian calendar) and'), [1, 'by the Russian calendar', 'julian']);
    assert.deepEqual(pair('reached London on 10 July 1908 (27 June, Russian style) and'), [1, 'Russian style', 'julian']);
    assert.deepEqual(pair('dated 2 May 1782 (21 April according to the Russian stile) and'), [1, 'according to the Russian stile', 'julian']);
    assert.deepEqual(pair('on 10 July 1908 (27 June Russian time) and'), [2, undefined, undefined]);
    // Or the place where that day was the date (round 48): "in Russia", "in Russia then", "in Russia at the time".
    assert.deepEqual(pair('born on 29 October 1817 (16 October in Russia) in'), [1, 'in Russia', 'julian']);
    assert.deepEqual(pair('born on 29 October 1817 (16 October in Russia at the time) in'), [1, 'in Russia at the time', 'julian']);
    assert.deepEqual(pair('born on 29 October 1817 (16 October in Russian) in'), [2, undefined, undefined]);
    // Outside brackets, or with more words before the bracket closes, "Julian" is no label.
    assert.deepEqual(pair('on 16 October 1701 (5 October Julian dates) the'), [2, undefined, undefined]);
  });
  it('after a range written as two dates: both ends', () => {
    const t = 'between 3 July and 7 July (Julian calendar)';
    const ds = findDates(t);
    assert.deepEqual(ds.map((d) => [cut(t, d), cut(t, d.firstMarker), d.firstMarker?.calendar]), [
      ['3 July', '(Julian calendar)', 'julian'],
      ['7 July', '(Julian calendar)', 'julian'],
    ]);
    assert.notEqual(ds[0].firstMarker, ds[1].firstMarker, 'own copies');
    // Life dates in both styles, each range joined by a dash (a life spans years, so its ends are two mentions).
    const u = '(December 29, 1709 – January 5, 1762 (New Style); December 18, 1709 – December 25, 1761 (Old Style))';
    assert.deepEqual(findDates(u).map((d) => [cut(u, d), d.firstMarker?.calendar]), [
      ['December 29, 1709', 'gregorian'],
      ['January 5, 1762', 'gregorian'],
      ['December 18, 1709', 'julian'],
      ['December 25, 1761', 'julian'],
    ]);
    // The label of a pair's first side, when that side closes the range (round 48): the opening day is Julian too.
    const w = 'between 3 July and 7 July (Julian calendar), that is 16–20 July (Gregorian calendar)';
    assert.deepEqual(findDates(w).map((d) => [cut(w, d), cut(w, d.firstMarker), cut(w, d.secondMarker)]), [
      ['3 July', '(Julian calendar)', undefined],
      ['7 July (Julian calendar), that is 16–20 July (Gregorian calendar)', '(Julian calendar)', '(Gregorian calendar)'],
    ]);
    // The second side's label is no label of the range's opening day.
    const x = 'between 3 July and 16 July (20 July, Gregorian calendar)';
    assert.deepEqual(findDates(x).map((d) => d.firstMarker?.calendar), [undefined, undefined]);
    // Not across other words, nor onto a date that has its own label.
    const v = 'born 1 May 1700, died – 3 June 1761 (O.S.); 1 May 1700 (N.S.) – 3 June 1761 (O.S.)';
    assert.deepEqual(findDates(v).map((d) => d.firstMarker?.calendar), [undefined, 'julian', 'gregorian', 'julian']);
  });
  it('each side of a pair: comma-marked pairs', () => {
    let t = '31 January 1918 (Julian calendar), 13 February 1918 (Gregorian calendar)';
    let m = findDates(t);
    assert.equal(m.length, 1);
    assert.equal(cut(t, m[0]), t);
    assert.equal(m[0].pairStyle, 'comma-marked');
    assert.deepEqual([m[0].first.day, m[0].first.month, m[0].first.year, m[0].firstMarker?.calendar], [31, 1, 1918, 'julian']);
    assert.deepEqual([m[0].second?.day, m[0].second?.month, m[0].second?.year, m[0].secondMarker?.calendar], [13, 2, 1918, 'gregorian']);
    t = 'on the 16th of July (O.S.), the 30th of July (N.S.), 1917, the';
    m = findDates(t);
    assert.equal(m.length, 1);
    assert.equal(cut(t, m[0]), '16th of July (O.S.), the 30th of July (N.S.), 1917');
    assert.deepEqual([m[0].first.day, m[0].second?.day, m[0].sharedYear, cut(t, m[0].sharedYearSpan)], [16, 30, 1917, '1917']);
    assert.deepEqual([m[0].firstMarker?.text, m[0].secondMarker?.text], ['(O.S.)', '(N.S.)']);
    // Words that say the second side is the same day may follow the comma.
    for (const u of ['12 March 1705 O.S., that is 23 March 1705 N.S.', '12 March 1705 (O.S.), i.e. 23 March 1705 (N.S.)', '23 March 1705 (N.S.), or 12 March 1705 (O.S.)', '12 March 1705 (O.S.), equivalent to 23 March 1705 (N.S.)']) {
      assert.deepEqual(findDates(u).map((d) => [d.pairStyle, cut(u, d)]), [['comma-marked', u]], u);
    }
    // Same calendar on both: two dates.
    assert.equal(findDates('7 March (O.S.), 8 March (O.S.)').length, 2);
    assert.equal(findDates('7 March 1917 (O.S.), or 8 March 1917 (O.S.)').length, 2);
  });
  it('each side of a pair: German Wikipedia\'s dating template, a marked side, a slash, the other marked side with the year', () => {
    // Batch 34 (Lodygin, Sakhalin's "July 18th jul. / July 31, 1905 greg."): the sides were two dates, the first yearless.
    for (const [u, first, second] of [
      ['6 October jul. / 18 October 1847 greg.', 'jul.', 'greg.'],
      ['July 18th jul. / July 31, 1905 greg.', 'jul.', 'greg.'],
      ['October 6 O.S. / October 18, 1847 N.S.', 'O.S.', 'N.S.'],
      // Round 54: the markers glued by a translation to the month and the year, and ". Jul" with a side turned round.
      ['17 Octoberjul. / 29 October 1847greg.', 'jul.', 'greg.'],
      ['6 Augustjul. / 18 August 1847 greg.', 'jul.', 'greg.'],
      ['October 6 . Jul / 18th October  1847 greg.', '. Jul', 'greg.'],
    ] as const) {
      const m = findDates(`born ${u} in Stenshino`);
      assert.deepEqual(m.map((d) => [d.pairStyle, cut(`born ${u} in Stenshino`, d), d.firstMarker?.text, d.secondMarker?.text, d.second?.year]), [['slash', u, first, second, u.includes('1905') ? 1905 : 1847]], u);
    }
    // Same calendar on both, or no second marker: two dates.
    assert.equal(findDates('6 October O.S. / 18 October 1847 O.S.').length, 2);
    assert.equal(findDates('6 October O.S. / 18 October 1847 in Tambov').length, 2);
    // "jul." glued with no slash after it is no marker, and its month no month; "greg." glued to a year is.
    assert.deepEqual(findDates('born 6 Augustjul. and 18 August 1847greg. in Tambov').map((d) => [d.first.day, d.firstMarker?.text, d.second]), [[18, 'greg.', undefined]]);
    assert.equal(findDates('on 6 Augustus / 18 August 1847 greg.').find((d) => d.second), undefined);
  });
  it('a comma pair whose second side alone is labelled: the first is the other calendar', () => {
    for (const [u, cal] of [
      ['28 April 1813, 16 April by the Russian calendar', 'julian'],
      ['28 April 1813, or 16 April according to the Russian reckoning', 'julian'],
      ['15 June 1865, 27 June by the Western calendar', 'gregorian'],
      ['12 January 1772, 1 January Old Style', 'julian'],
      ['24 June 1812, 12 June in the Julian calendar', 'julian'],
      ['28 April 1813, 16 April (O.S.)', 'julian'],
    ] as const) {
      const m = findDates(`died on ${u}, at Bunzlau`);
      assert.deepEqual(m.map((d) => [d.pairStyle, cut(`died on ${u}, at Bunzlau`, d), d.firstMarker, d.secondMarker?.calendar]), [['comma-marked', u, undefined, cal]], u);
    }
    // Another day, not a pair: a month away, a year of its own, or a bare calendar adjective in running prose.
    for (const u of ['on 3 June 1812, 26 August (O.S.) being Borodino', 'on 3 May 1813, 16 April 1814 (O.S.)', 'on 3 May 1813, 16 April Julian sources say']) {
      assert.ok(findDates(u).every((d) => d.second === undefined), u);
    }
  });
  it('formats comma-marked pairs', () => {
    assert.equal(
      formatDualDate({ day: 16, month: 7, year: 1917 }, { day: 29, month: 7, year: 1917 }, { pairStyle: 'comma-marked', style: { order: 'dmy', month: 'long', ordinal: false }, secondCalendar: 'gregorian' }),
      '16 July (O.S.), 29 July (N.S.), 1917',
    );
  });
  it('31 January (13 February in the rest of Europe): a pair, second side elsewhere', () => {
    const t = 'On 31 January (13 February in the rest of Europe) 1918 the';
    const m = findDates(t);
    assert.equal(m.length, 1);
    assert.equal(cut(t, m[0]), '31 January (13 February in the rest of Europe) 1918');
    assert.equal(m[0].secondElsewhere, true);
    assert.deepEqual([m[0].second?.day, m[0].second?.month, m[0].sharedYear], [13, 2, 1918]);
    assert.equal(cut(t, m[0].second), '13 February');
    assert.equal(findDates('On 22 February (7 March) 1917')[0].secondElsewhere, undefined);
  });

  it('finds a text that labels days as the Swedish calendar\'s (1700–1712), in the forms infoboxes write', () => {
    assert.equal(namesSwedishCalendar('3 July 1708 (O.S.), 4 July 1708 (Swedish calendar), 14 July 1708 (N.S.)'), true);
    assert.equal(namesSwedishCalendar('19 November 1700 (O.S.), 20 November 1700 (S.S.), 30 November 1700 (N.S.)'), true);
    assert.equal(namesSwedishCalendar('27 June (28 June in the Swedish style)'), true);
    assert.equal(namesSwedishCalendar('The Swedish army lost; Charles XII of Sweden fled on 28 June 1709 (8 July, N.S.).'), false);
    assert.equal(namesSwedishCalendar('U.S.S. Constitution, N.S. 1 May'), false);
    assert.equal(namesSwedishCalendar('She sailed on 4 July 1908 in the S.S. Baltic.'), false);
  });

  it('reads a Swedish-calendar label right after a date, to its end', () => {
    const end = (t: string) => { const e = swedishLabelEnd(t, t.indexOf('#') + 1); return e === undefined ? undefined : t.slice(t.indexOf('#') + 1, e); };
    assert.equal(end('4 July 1708# (Swedish calendar), 14 July'), ' (Swedish calendar)');
    assert.equal(end('20 November 1700# (S.S.), 30 November'), ' (S.S.)');
    assert.equal(end('28 June# in the Swedish calendar and 8 July'), ' in the Swedish calendar');
    assert.equal(end('28 June#, according to the Swedish style'), ', according to the Swedish style');
    assert.equal(end('28 June# (Swedish calendars)'), undefined);
    assert.equal(end('28 June# the Swedish army'), undefined);
    assert.equal(end('4 July 1708# S.S. Baltic sailed'), undefined);
  });
});

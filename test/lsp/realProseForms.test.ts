/**
 * The forms historians write dates in (real-prose issue, §1), through the built server over stdio, in a New Style
 * Russian draft: each wrong one is flagged at its exact range with its message, the right ones stay quiet, and a
 * fix keeps the writer's form.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { BRITAIN, GREGORIAN_RUSSIA, JULIAN_BRITAIN, JULIAN_RUSSIA, LspClient, message, rangeOf } from './lspClient';

let n = 0;
describe('real-prose date forms through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function open(body: string): Promise<{ uri: string; text: string; diagnostics: Diagnostic[] }> {
    const text = GREGORIAN_RUSSIA + body;
    return { text, ...(await client.openAndWait(`file:///tmp/clio-forms-${++n}.md`, text)) };
  }
  async function onlyOne(body: string, needle: string, expected: string): Promise<{ uri: string; text: string; d: Diagnostic }> {
    const { uri, text, diagnostics } = await open(body);
    assert.deepEqual(diagnostics.map(message), [expected]);
    assert.deepEqual(diagnostics[0].range, rangeOf(text, needle));
    return { uri, text, d: diagnostics[0] };
  }

  it('day-only dual dates: 3 (17) July 1917 is flagged and fixed as 3 (16) July 1917', async () => {
    const { uri, text, d } = await onlyOne(
      'On 3 (17) July 1917 the crowds came out.\n',
      '3 (17) July 1917',
      '3 July 1917 (O.S.) is 16 July 1917 (N.S.), not 17 July',
    );
    assert.equal(await client.textAfterFirstFix(uri, d), text.replace('3 (17) July', '3 (16) July'));
  });

  it('day-only with a slash, and 2 (16) March 1917', async () => {
    await onlyOne('On 3/17 July 1917 again.\n', '3/17 July 1917', '3 July 1917 (O.S.) is 16 July 1917 (N.S.), not 17 July');
    await onlyOne('On 2 (16) March 1917 the Tsar abdicated.\n', '2 (16) March 1917', '2 March 1917 (O.S.) is 15 March 1917 (N.S.), not 16 March');
  });

  it('an ordinal pair in brackets with a slipped tens digit: the 3rd (26th) of July 1917 is flagged and fixed as the 3rd (16th)', async () => {
    // Round 35: days a tens digit cannot explain ("the 3rd (5th)") are a source's variants, not a pair (pairs.ts).
    const { uri, text, d } = await onlyOne(
      'On the 3rd (26th) of July 1917 the crowds came out.\n',
      '3rd (26th) of July 1917',
      '3 July 1917 (O.S.) is 16 July 1917 (N.S.), not 26 July',
    );
    assert.equal(await client.textAfterFirstFix(uri, d), text.replace('3rd (26th)', '3rd (16th)'));
  });

  it('month-first day-only pairs: November 19 (29), 1700 is flagged and fixed as November 19 (30), 1700', async () => {
    const { uri, text, d } = await onlyOne(
      'At Narva on November 19 (29), 1700 the Swedes won.\n',
      'November 19 (29), 1700',
      '19 November 1700 (O.S.) is 30 November 1700 (N.S.), not 29 November',
    );
    assert.equal(await client.textAfterFirstFix(uri, d), text.replace('19 (29)', '19 (30)'));
  });

  it('right dual dates in the historians’ forms stay quiet, Russian included', async () => {
    const { diagnostics } = await open(
      '23 February (8 March) 1917, 24–25 October (6–7 November) 1917, 19 February (3 March) 1861 and 25 октября (7 ноября) 1917 года.\n',
    );
    assert.deepEqual(diagnostics.map(message), []);
  });

  it('ordinal and inverted forms: the 16th of July (O.S.), the 30th of July (N.S.), 1917; March the 16th, 1917 (O.S. March 2)', async () => {
    await onlyOne(
      'On the 16th of July (O.S.), the 30th of July (N.S.), 1917 it rained.\n',
      '16th of July (O.S.), the 30th of July (N.S.), 1917',
      '16 July 1917 (O.S.) is 29 July 1917 (N.S.), not 30 July',
    );
    await onlyOne('On March the 16th, 1917 (O.S. March 2) it snowed.\n', 'March the 16th, 1917 (O.S. March 2)', '16 March 1917 (N.S.) is 3 March 1917 (O.S.), not 2 March');
  });

  it('a weekday with a time of day: Tuesday morning, 7 November 1917', async () => {
    await onlyOne(
      'On Tuesday morning, 7 November 1917 the cruiser fired.\n',
      'Tuesday morning, 7 November 1917',
      '7 November 1917 (N.S.) was a Wednesday, not a Tuesday; read as O.S., 7 November 1917 was a Tuesday, so the date may be O.S.',
    );
  });

  it('calendar labels written out pair the two sides: 31 January 1918 (Julian calendar), 13 February 1918 (Gregorian calendar)', async () => {
    const right = await open('The last Julian day, 31 January 1918 (Julian calendar), 13 February 1918 (Gregorian calendar), came.\n');
    assert.deepEqual(right.diagnostics.map(message), []);
    await onlyOne(
      'The last Julian day, 31 January 1918 (Julian calendar), 14 February 1918 (Gregorian calendar), came.\n',
      '31 January 1918 (Julian calendar), 14 February 1918 (Gregorian calendar)',
      '31 January 1918 (O.S.) is 13 February 1918 (N.S.), not 14 February 1918',
    );
  });

  it('the bracketed side may carry its label after a comma, and the year may follow the bracket: 13 March [28 February, Old Style], 1881', async () => {
    await onlyOne(
      'Alexander II was killed on 13 March [28 February, Old Style], 1881.\n',
      '13 March [28 February, Old Style], 1881',
      '13 March 1881 (N.S.) is 1 March 1881 (O.S.), not 28 February',
    );
  });

  it('numeric dates with Roman-numeral months are read and checked', async () => {
    await onlyOne('The decree of 13.02.1918 (30.01.1918) took effect.\n', '13.02.1918 (30.01.1918)', '13 February 1918 (N.S.) is 31 January 1918 (O.S.), not 30 January 1918');
    const { diagnostics } = await open('It came into force on 14.II.1918 (1.II.1918).\n');
    assert.deepEqual(diagnostics.map(message), []);
  });

  it('the other calendar’s day of an event elsewhere is paired, and gets no reform-gap', async () => {
    const { diagnostics } = await open('In Russia 31 January (13 February in the rest of Europe) 1918 was the last Julian day.\n');
    assert.deepEqual(diagnostics.map(message), []);
  });

  it('the skipped days themselves (between the switch\'s edges, a range wholly in the gap) get no reform-gap; a dated day in the gap does', async () => {
    const text =
      JULIAN_RUSSIA +
      'Декрет от 24 января (6 февраля) 1918 г.: первый день после 31 января сего года считать не 1 февраля, а 14 февраля. ' +
      'Дни с 1 по 13 февраля 1918 г. не существовали. Приказ от 5 февраля 1918 г. стоял.\n';
    const { diagnostics } = await client.openAndWait(`file:///tmp/clio-forms-${++n}.md`, text);
    assert.deepEqual(diagnostics.map(message), [
      '5 February 1918 never existed in Russia: 31 January 1918 (O.S.) was followed by 14 February 1918 (N.S.). Read as O.S., it is 18 February 1918 (N.S.)',
    ]);
    assert.deepEqual(diagnostics[0].range, rangeOf(text, '5 февраля 1918 г.'));
  });

  it('an infobox flattened to a list: a long Born field belongs to the subject named above it', async () => {
    await onlyOne(
      '- Mikhail Illarionovich Kutuzov\n- Portrait by Józef Oleszkiewicz\n- Born 5 September 1745, Saint Petersburg, Russian Empire\n',
      '5 September 1745',
      "5 September 1745 is the O.S. date of Mikhail Kutuzov's birth, 16 September 1745 N.S.; this document reads unmarked dates as New Style",
    );
  });

  it('a yearless date that opens a range reads the year the range closes with: Sunday 2 September to Thursday 6 September 1666', async () => {
    const text =
      `${JULIAN_BRITAIN}Letter dated 9 February 1747.\n\n` +
      'The fire burned from Sunday 2 September to Thursday 6 September 1666, and from Monday 2 September to Thursday 6 September 1666 by another account.\n';
    const { diagnostics } = await client.openAndWait(`file:///tmp/clio-forms-${++n}.md`, text);
    assert.deepEqual(diagnostics.map(message), ['2 September 1666 (O.S.) was a Sunday, not a Monday']);
    assert.deepEqual(diagnostics[0].range, rangeOf(text, 'Monday 2 September'));
  });

  it('in a New Style draft, a sentence naming both edges of the switch reads its last Julian day as Julian: Wednesday 31 January 1918 was followed by Thursday 14 February 1918', async () => {
    const { diagnostics } = await open(
      'Wednesday 31 January 1918 was followed by Thursday 14 February 1918. Russia adopted the Gregorian calendar: Wednesday 31 January 1918 was followed by Thursday 14 February 1918.\n',
    );
    assert.deepEqual(diagnostics.map(message), []);
    await onlyOne(
      'Tuesday 31 January 1918 was followed by Thursday 14 February 1918.\n',
      'Tuesday 31 January 1918',
      '31 January 1918 (O.S.) was a Wednesday, not a Tuesday',
    );
  });

  it('a day the sentence says was not is not flagged: there is no 30 February; a dated 30 February is', async () => {
    await onlyOne(
      'There is no 30 February, and Sweden dropped 29 February 1700; the order of 30 February 1917 was void.\n',
      '30 February 1917',
      '30 February 1917 does not exist: February 1917 had 28 days',
    );
  });

  it('field labels as genealogy pages write them mark their date: [OS: 18 September 1911], fixed as [NS: 18 September 1911]', async () => {
    const { uri, d } = await onlyOne(
      'Pyotr Stolypin died in Kiev [OS: 18 September 1911].\n',
      '18 September 1911',
      "18 September 1911 is marked O.S., but it is the N.S. date of Pyotr Stolypin's death (= 5 September 1911 O.S.)",
    );
    assert.match(await client.textAfterFirstFix(uri, d), /Pyotr Stolypin died in Kiev \[NS: 18 September 1911\]\.\n$/);
  });

  it('an O.S. side in the legal year of a day before 25 March is right in Britain: 31 March 1727 [O.S. 20 March 1726]', async () => {
    const text = `${BRITAIN}Newton died on 31 March 1727 [O.S. 20 March 1726]; another source has 31 March 1727 [O.S. 20 March 1725].\n`;
    const { diagnostics } = await client.openAndWait(`file:///tmp/clio-forms-${++n}.md`, text);
    assert.deepEqual(diagnostics.map(message), ['31 March 1727 (N.S.) is 20 March 1727 (O.S.), not 20 March 1725']);
    assert.deepEqual(diagnostics[0].range, rangeOf(text, '31 March 1727 [O.S. 20 March 1725]'));
  });
  it('numeric dual dates: 10 (21).4.1870 is flagged and fixed as 10 (22).4.1870; the right one hovers with both calendars', async () => {
    const { uri, text, d } = await onlyOne(
      'Lenin was born 10 (21).4.1870 in Simbirsk; Lomonosov 8 (19).11.1711-4 (15).4.1765, a painter 24.07 (05.08).1844.\n',
      '10 (21).4.1870',
      '10 April 1870 (O.S.) is 22 April 1870 (N.S.), not 21 April',
    );
    assert.equal(await client.textAfterFirstFix(uri, d), text.replace('10 (21).4.1870', '10 (22).4.1870'));
    const value = await client.hoverText(uri, text, '24.07 (05.08).1844');
    assert.match(value, /24 July 1844/);
    assert.match(value, /5 August 1844/);
  });

  it('equation pairs: 12 April O.S. = 23 April N.S. 1870 is flagged and fixed as 24 April', async () => {
    const { uri, text, d } = await onlyOne(
      'Born 1 Dec 1885 [O.S.] in Russia = 13 Dec 1885 [N.S.] in Germany; Easter fell on 12 April O.S. = 23 April N.S. 1870.\n',
      '12 April O.S. = 23 April N.S. 1870',
      '12 April 1870 (O.S.) is 24 April 1870 (N.S.), not 23 April',
    );
    assert.equal(await client.textAfterFirstFix(uri, d), text.replace('23 April N.S.', '24 April N.S.'));
  });
});

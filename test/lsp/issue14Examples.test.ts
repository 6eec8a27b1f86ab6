/**
 * Issue #14 sections 1–3, the examples that realProseForms.test.ts and conventions.test.ts leave out, through the built
 * server over stdio (round 46's audit, test/corpus/README.md): each wrong date is flagged at its exact range with its
 * exact message, each right one stays quiet, and a fix applied to the text keeps the writer's form.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DocumentInfoRequest, type DocumentInfo } from '../../shared/protocol';
import { BRITAIN, GREGORIAN_BRITAIN, GREGORIAN_RUSSIA, JULIAN_BRITAIN, LspClient, message, rangeOf, RUSSIA } from './lspClient';

let n = 0;
describe('issue #14 §1–3 examples through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const open = (text: string) => client.openAndWait(`file:///tmp/clio-issue14-${++n}.md`, text);
  /** The document's findings as [range, severity, code, message], to compare whole. */
  const found = (ds: Diagnostic[]) => ds.map((d) => [d.range, d.severity, d.code, message(d)]);
  const info = (uri: string) => client.request<DocumentInfo>(DocumentInfoRequest.method, { textDocument: { uri } });

  describe('§1 ordinal forms and weekdays with a time of day are read', () => {
    it('the 16th of July 1917 and 16th July, 1917 carry their weekday: Sunday is the O.S. one', async () => {
      for (const form of ['the 16th of July 1917', '16th July, 1917']) {
        const text = `${GREGORIAN_RUSSIA}On Sunday, ${form} the crowds came out.\n`;
        const { diagnostics } = await open(text);
        assert.deepEqual(found(diagnostics), [
          [
            rangeOf(text, `Sunday, ${form}`),
            2,
            'weekday-mismatch',
            '16 July 1917 (N.S.) was a Monday, not a Sunday; read as O.S., 16 July 1917 was a Sunday, so the date may be O.S.',
          ],
        ]);
      }
    });

    it('Thursday evening, 23 February 1917 in a New Style draft: the weekday is the O.S. one', async () => {
      const text = `${GREGORIAN_RUSSIA}On Thursday evening, 23 February 1917 the women marched.\n`;
      const { diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), [
        [
          rangeOf(text, 'Thursday evening, 23 February 1917'),
          2,
          'weekday-mismatch',
          '23 February 1917 (N.S.) was a Friday, not a Thursday; read as O.S., 23 February 1917 was a Thursday, so the date may be O.S.',
        ],
        [
          rangeOf(text, '23 February 1917'),
          3,
          'calendar-mixup',
          '23 February 1917 is the O.S. date of the start of the Russian Revolution (not named here), 8 March 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
    });

    it('Monday, the 2nd of March takes the year of its sentence and its weekday', async () => {
      const text = `${GREGORIAN_RUSSIA}In 1917, on Monday, the 2nd of March, the trams stopped.\n`;
      const { diagnostics } = await open(text);
      assert.deepEqual(
        found(diagnostics.filter((d) => d.code === 'weekday-mismatch')),
        [[rangeOf(text, 'Monday, the 2nd of March'), 2, 'weekday-mismatch', '2 March 1917 (N.S.) was a Friday, not a Monday']],
      );
    });
  });

  describe('§1 calendar labels written out', () => {
    // The July Days began on 3 July 1917 O.S. = 16 July N.S.: a date marked in one calendar that is the event's day
    // in the other is the slip.
    const marked: [string, string, string][] = [
      ['The July Days began on 16 July 1917 by the Julian reckoning.', '16 July 1917', 'O.S.'],
      ['The July Days began on 3 July 1917 in the Gregorian calendar.', '3 July 1917', 'N.S.'],
      ['The July Days began on 3 July 1917 according to the new style.', '3 July 1917', 'N.S.'],
      ['The July Days began on 3 July 1917 by the Western calendar.', '3 July 1917', 'N.S.'],
      ['The July Days began on 16 July 1917 old style.', '16 July 1917', 'O.S.'],
      ['The July Days began on 16 July 1917 (o.s.).', '16 July 1917', 'O.S.'],
      ['The July Days began on 16 Jul., O.S. 1917.', '16 Jul.', 'O.S.'],
      ['The July Days began on 16.07.1917 (O.S.).', '16.07.1917', 'O.S.'],
      ['Июльские дни начались 16 июля 1917 года по старому стилю.', '16 июля 1917 года', 'O.S.'],
      ['Июльские дни начались 3 июля 1917 года по новому стилю.', '3 июля 1917 года', 'N.S.'],
    ];
    for (const [sentence, needle, style] of marked) {
      it(`"${sentence}" is marked ${style} and flagged as the other calendar's day of the July Days`, async () => {
        const text = `${GREGORIAN_RUSSIA}${sentence}\n`;
        const { diagnostics } = await open(text);
        const expected =
          style === 'O.S.'
            ? '16 July 1917 is marked O.S., but it is the N.S. date of the July Days (= 3 July 1917 O.S.)'
            : '3 July 1917 is marked N.S., but it is the O.S. date of the July Days (= 16 July 1917 N.S.)';
        assert.deepEqual(found(diagnostics), [[rangeOf(text, needle), 2, 'calendar-mixup', expected]]);
      });
    }

    it('a lower-case label is swapped in its own case by the fix: (o.s.) becomes (n.s.)', async () => {
      const text = `${GREGORIAN_RUSSIA}The July Days began on 16 July 1917 (o.s.).\n`;
      const { uri, diagnostics } = await open(text);
      assert.equal(await client.textAfterFirstFix(uri, diagnostics[0]), text.replace('(o.s.)', '(n.s.)'));
    });

    it('a label after a range marks both its ends: between 16 July and 20 July (Julian calendar); (3–7 July, Gregorian calendar)', async () => {
      const between = `${GREGORIAN_RUSSIA}In 1917 the July Days ran between 16 July and 20 July (Julian calendar).\n`;
      assert.deepEqual(found((await open(between)).diagnostics), [
        [rangeOf(between, '16 July'), 2, 'calendar-mixup', '16 July 1917 is marked O.S., but it is the N.S. date of the July Days (= 3 July 1917 O.S.)'],
        [rangeOf(between, '20 July'), 2, 'calendar-mixup', '20 July 1917 is marked O.S., but it is the N.S. date of the July Days (= 7 July 1917 O.S.)'],
      ]);
      const bracket = `${GREGORIAN_RUSSIA}In 1917 the July Days (3–7 July, Gregorian calendar) ended badly.\n`;
      assert.deepEqual(found((await open(bracket)).diagnostics), [
        [rangeOf(bracket, '3–7 July'), 2, 'calendar-mixup', '3 July 1917 is marked N.S., but it is the O.S. date of the July Days (= 16 July 1917 N.S.)'],
      ]);
      // The right ones are quiet.
      const right = `${GREGORIAN_RUSSIA}In 1917 the July Days ran between 3 July and 7 July (Julian calendar). They were the days (16–20 July, Gregorian calendar) of the rising.\n`;
      assert.deepEqual(found((await open(right)).diagnostics), []);
    });

    it('a range closed by a labelled pair: between 3 July and 7 July (Julian calendar), that is 16–20 July (Gregorian calendar) marks 3 July too (round 48)', async () => {
      const right = `${GREGORIAN_RUSSIA}In 1917 the July Days lasted between 3 July and 7 July (Julian calendar), that is 16–20 July (Gregorian calendar).\n`;
      assert.deepEqual(found((await open(right)).diagnostics), []);
      // The opening day written in the wrong calendar: before round 48 it was read by the convention (N.S.) and quiet.
      const wrong = `${GREGORIAN_RUSSIA}In 1917 the July Days lasted between 16 July and 7 July (Julian calendar), that is 16–20 July (Gregorian calendar).\n`;
      assert.deepEqual(found((await open(wrong)).diagnostics), [
        [rangeOf(wrong, '16 July'), 2, 'calendar-mixup', '16 July 1917 is marked O.S., but it is the N.S. date of the July Days (= 3 July 1917 O.S.)'],
        // and the pair no longer matches the range it closes
        [rangeOf(wrong, '7 July (Julian calendar), that is 16–20 July (Gregorian calendar)'), 2, 'dual-date-mismatch', '7 July 1917 (O.S.) is 20 July 1917 (N.S.), not 16–20 July'],
      ]);
    });

    it('A.S. and N.S. as written in Scots pair the two sides: 16 April 1746 N.S. (6 April A.S.) is flagged, 5 April is right', async () => {
      const text = `${BRITAIN}The battle was fought on 16 April 1746 N.S. (6 April A.S.); the date 16 April 1746 N.S. (5 April A.S.) is right.\n`;
      const { diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), [
        [rangeOf(text, '16 April 1746 N.S. (6 April A.S.)'), 2, 'dual-date-mismatch', '16 April 1746 (N.S.) is 5 April 1746 (O.S.), not 6 April'],
      ]);
    });
  });

  describe('§1 numeric forms', () => {
    it('31.I.1918 (14.II.1918) is flagged, 31.I.1918 (13.II.1918) is right', async () => {
      const text = `${GREGORIAN_RUSSIA}The decree took effect on 31.I.1918 (14.II.1918), that is 31.I.1918 (13.II.1918).\n`;
      const { diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), [
        [rangeOf(text, '31.I.1918 (14.II.1918)'), 2, 'dual-date-mismatch', '31 January 1918 (O.S.) is 13 February 1918 (N.S.), not 14 February 1918'],
      ]);
    });

    it('03/05/1917 is day-first by default, month-first where the document proves it (04/13/1916) or a setting says so', async () => {
      const alone = `${GREGORIAN_RUSSIA}On Monday 03/05/1917 the letter came.\n`;
      assert.deepEqual(found((await open(alone)).diagnostics), [
        [rangeOf(alone, 'Monday 03/05/1917'), 2, 'weekday-mismatch', '3 May 1917 (N.S.) was a Thursday, not a Monday'],
      ]);
      // 5 March 1917 (N.S.) was a Monday: proved month-first by a date with no 13th month, the weekday fits.
      assert.deepEqual(found((await open(`${alone}Another is dated 04/13/1916.\n`)).diagnostics), []);
      const wrong = `${GREGORIAN_RUSSIA}On Thursday 03/05/1917 the letter came. Another is dated 04/13/1916.\n`;
      assert.deepEqual(found((await open(wrong)).diagnostics), [
        [rangeOf(wrong, 'Thursday 03/05/1917'), 2, 'weekday-mismatch', '5 March 1917 (N.S.) was a Monday, not a Thursday'],
      ]);
      await client.changeSettings({ ...client.settings, numericDates: 'month-first' });
      try {
        assert.deepEqual(found((await open(alone)).diagnostics), []);
      } finally {
        const { numericDates: _, ...rest } = client.settings;
        await client.changeSettings(rest);
      }
    });
  });

  describe('yearless days in real prose (round 48)', () => {
    it('a yearless 29 February takes the later year of its own sentence that has it: On 29 Feb. in 1768, 29 Feb., A.D. 1768', async () => {
      const text = `${BRITAIN}He came to Bath in 1750.\n\nOn 29 Feb. in 1768 he wrote to his brother; the letter is dated 29 Feb., A.D. 1768.\n`;
      assert.deepEqual(found((await open(text)).diagnostics), []);
      // A later year that has no such day lends none: the day is still one February 1750 never had.
      const wrong = `${BRITAIN}He came to Bath in 1750.\n\nOn 29 Feb. in 1769 he wrote to his brother.\n`;
      assert.deepEqual(found((await open(wrong)).diagnostics).map((f) => [f[0], f[2], f[3]]), [
        [rangeOf(wrong, '29 Feb.'), 'invalid-date', '29 February 1750 does not exist: February 1750 had 28 days'],
      ]);
    });
  });

  describe('a bracket that names the place whose day it gives (round 48)', () => {
    it('7 November 1917 (25 October in Russia) is a pair, quiet; (16 October in Russia) is flagged', async () => {
      const right = `${RUSSIA}The Bolsheviks seized power on 7 November 1917 (25 October in Russia).\n`;
      assert.deepEqual(found((await open(right)).diagnostics), []);
      const wrong = `${RUSSIA}The Bolsheviks seized power on 7 November 1917 (16 October in Russia).\n`;
      assert.deepEqual(found((await open(wrong)).diagnostics), [
        [rangeOf(wrong, '7 November 1917 (16 October in Russia)'), 2, 'dual-date-mismatch', '7 November 1917 (N.S.) is 25 October 1917 (O.S.), not 16 October'],
      ]);
    });
  });

  describe('a month-first range whose end carries the other calendar\'s day (round 50)', () => {
    it('from September 8 to September 11 (21), 1795: the end is a pair with the year, and its wrong side is flagged', async () => {
      const region = '---\nclio:\n  region: transcaucasia\n---\n\n';
      const right = `${region}The battle was fought from September 8 to September 11 (22), 1795, near Tbilisi.\n`;
      assert.deepEqual(found((await open(right)).diagnostics), []);
      const wrong = `${region}The battle was fought from September 8 to September 11 (21), 1795, near Tbilisi.\n`;
      const { uri, diagnostics } = await open(wrong);
      assert.deepEqual(found(diagnostics), [
        [rangeOf(wrong, 'September 11 (21), 1795'), 2, 'dual-date-mismatch', '11 September 1795 (O.S.) is 22 September 1795 (N.S.), not 21 September'],
      ]);
      assert.equal(await client.textAfterFirstFix(uri, diagnostics[0]), right);
    });
  });

  describe('a weekday before a labelled pair whose sides differ (round 50)', () => {
    it('is checked against each side in its own label\'s calendar: Sunday fits 18 February only as N.S., which the label rules out', async () => {
      const text = `${RUSSIA}The strike began on Sunday, February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar).\n`;
      const pair = 'February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar)';
      assert.deepEqual(found((await open(text)).diagnostics), [
        [rangeOf(text, `Sunday, ${pair}`), 2, 'weekday-mismatch', '18 February 1917 (O.S.) was a Saturday, not a Sunday'],
        [rangeOf(text, pair), 2, 'dual-date-mismatch', '18 February 1917 (O.S.) is 3 March 1917 (N.S.), not 2 March'],
      ]);
    });
  });

  describe('a skipped day read Old Style only by a guessed region (round 50)', () => {
    it('is a note where the region comes from place words, a warning where the user set it', async () => {
      const body = 'The Seim met in Tiflis on 23 February 1918, and on 22 April 1918 it proclaimed the federation.\n';
      const gap = '22 April 1918 never existed in Transcaucasia: 17 April 1918 (O.S.) was followed by 1 May 1918 (N.S.). Read as O.S., it is 5 May 1918 (N.S.)';
      const guessed = (await open(body)).diagnostics.filter((d) => d.code === 'reform-gap');
      assert.deepEqual(found(guessed), [[rangeOf(body, '22 April 1918'), 3, 'reform-gap', gap]]);
      const set = `---\nclio:\n  region: transcaucasia\n---\n\n${body}`;
      const warned = (await open(set)).diagnostics.filter((d) => d.code === 'reform-gap');
      assert.deepEqual(found(warned), [[rangeOf(set, '22 April 1918'), 2, 'reform-gap', gap]]);
    });
  });

  describe('a yearless journal entry under a double year (round 48)', () => {
    it('is of the year the day fell in: Friday, January 11. 1739-40, then Wednesday, January 24. is 24 January 1740, a Thursday', async () => {
      const text = `---\nclio:\n  region: british-america\n---\n\nFriday, January 11. 1739-40. Went this Morning to view a Tract of Land.\n\nWednesday, January 24. Went this Morning and took Possession of my Lot.\n`;
      assert.deepEqual(found((await open(text)).diagnostics), [
        [rangeOf(text, 'Wednesday, January 24'), 2, 'weekday-mismatch', '24 January 1740 (O.S.) was a Thursday, not a Wednesday'],
      ]);
    });
  });

  describe('§2 conventions as historians use them', () => {
    it('a sentence marker belongs to the dates of its own clause: ", and by the Julian calendar …" leaves 3 July 1917 New Style', async () => {
      const text = `${GREGORIAN_RUSSIA}The July Days began on 3 July 1917, and by the Julian calendar the harvest came on 1 August 1917.\n`;
      const { diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), [
        [
          rangeOf(text, '3 July 1917'),
          2,
          'calendar-mixup',
          '3 July 1917 is the O.S. date of the July Days, 16 July 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
    });

    it('an Old Style British text reads a date after September 1752 as New Style: George II died on 25 October 1760', async () => {
      const text = `${JULIAN_BRITAIN}George II died at Kensington Palace on 25 October 1760.\n`;
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), []);
      assert.match(
        await client.hoverText(uri, text, '25 October 1760'),
        /Read as New Style: the document's Old Style \(.*\) applies only where and when the Julian calendar was in use, and Great Britain, Ireland and the British Empire used the Gregorian calendar then/,
      );
    });

    it('a skipped British day is clean in a New Style text and a reform-gap where read locally', async () => {
      const ns = `${GREGORIAN_BRITAIN}A letter dated 5 September 1752 reached London.\n`;
      const { uri, diagnostics } = await open(ns);
      assert.deepEqual(found(diagnostics), []);
      assert.match(await client.hoverText(uri, ns, '5 September 1752'), /This day had no such name there: it was 25 August 1752 \(O\.S\.\)\./);
      const local = `${BRITAIN}A letter dated 5 September 1752 reached London.\n`;
      assert.deepEqual(found((await open(local)).diagnostics), [
        [
          rangeOf(local, '5 September 1752'),
          2,
          'reform-gap',
          '5 September 1752 never existed in Great Britain, Ireland and the British Empire: 2 September 1752 (O.S.) was followed by 14 September 1752 (N.S.). Read as O.S., it is 16 September 1752 (N.S.)',
        ],
      ]);
    });

    it('with no convention, Thursday 23 February 1917 in Russia fits the Julian calendar and is read in it, quietly', async () => {
      const text = `${RUSSIA}In Petrograd the women marched on Thursday 23 February 1917.\n`;
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), []);
      assert.match(await client.hoverText(uri, text, '23 February 1917'), /Read as Old Style: its weekday fits this calendar only/);
    });

    it('settings beat a stated convention', async () => {
      await client.changeSettings({ ...client.settings, calendar: 'julian' });
      try {
        const { uri } = await open('All dates are New Style unless marked otherwise.\n\nIn Petrograd the crowds gathered on 12 May 1917.\n');
        const got = await info(uri);
        assert.deepEqual([got.convention, got.conventionSource], ['julian', 'setting']);
      } finally {
        const { calendar: _, ...rest } = client.settings;
        await client.changeSettings(rest);
      }
    });
  });

  describe('§3 messages that name things right', () => {
    it('the aliases writers use name the event, and the warning says so: the Winter Palace fell, the Bolshevik seizure of power', async () => {
      const fell = `${GREGORIAN_RUSSIA}The Winter Palace fell on 25 October 1917.\n`;
      assert.deepEqual(found((await open(fell)).diagnostics), [
        [
          rangeOf(fell, '25 October 1917'),
          2,
          'calendar-mixup',
          '25 October 1917 is the O.S. date of the storming of the Winter Palace, 7 November 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
      const seizure = `${GREGORIAN_RUSSIA}The Bolshevik seizure of power came on 25 October 1917.\n`;
      assert.deepEqual(found((await open(seizure)).diagnostics), [
        [
          rangeOf(seizure, '25 October 1917'),
          2,
          'calendar-mixup',
          '25 October 1917 is the O.S. date of the October Revolution, 7 November 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
    });

    it('a warning when the event is named in another sentence of the paragraph, a note when it is not named at all', async () => {
      const named = `${GREGORIAN_RUSSIA}The storming of the Winter Palace began that night.  On 25 October 1917 the city was calm.\n`;
      assert.deepEqual(found((await open(named)).diagnostics), [
        [
          rangeOf(named, '25 October 1917'),
          2,
          'calendar-mixup',
          '25 October 1917 is the O.S. date of the storming of the Winter Palace, 7 November 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
      const unnamed = `${GREGORIAN_RUSSIA}Nothing was quiet on 25 October 1917.\n`;
      assert.deepEqual(found((await open(unnamed)).diagnostics), [
        [
          rangeOf(unnamed, '25 October 1917'),
          3,
          'calendar-mixup',
          '25 October 1917 is the O.S. date of the end of Dual power (not named here), 7 November 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
    });
  });

  describe('round 54: forms found unread in published prose', () => {
    it('each side labelled before its year is one pair, checked side against side, and the fix keeps the form', async () => {
      const text = 'Poltava was fought on 27 June (O.S.) 1709, 9 July (N.S.) 1709, north of the town.\n';
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), [
        [rangeOf(text, '27 June (O.S.) 1709, 9 July (N.S.) 1709'), 2, 'dual-date-mismatch', '27 June 1709 (O.S.) is 8 July 1709 (N.S.), not 9 July'],
      ]);
      assert.equal(await client.textAfterFirstFix(uri, diagnostics[0]), text.replace('9 July', '8 July'));
      assert.deepEqual(found((await open(text.replace('9 July', '8 July'))).diagnostics), []);
    });

    it('two labelled dates joined by "fell on" are one pair, and a list of two labelled days stays two dates', async () => {
      const text = 'That Christmas, 25 December 1929 in the Julian calendar, fell on 8 January 1930 in the Gregorian calendar.\n';
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(found(diagnostics), [
        [
          rangeOf(text, '25 December 1929 in the Julian calendar, fell on 8 January 1930 in the Gregorian calendar'),
          2,
          'dual-date-mismatch',
          '25 December 1929 (O.S.) is 7 January 1930 (N.S.), not 8 January 1930',
        ],
      ]);
      assert.equal(await client.textAfterFirstFix(uri, diagnostics[0]), text.replace('8 January', '7 January'));
      const list = 'He left on 3 May 1700 in the Julian calendar, and on 9 May 1700 in the Gregorian calendar he came back.\n';
      assert.deepEqual(found((await open(list)).diagnostics), []);
    });
  });
});

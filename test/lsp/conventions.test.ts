/**
 * Conventions as historians use them (real-prose issue, §2–3), through the built server over stdio: a convention
 * holds only where and when its calendar was local, a sentence can state it, the document's own dates can imply
 * it, and with none the region's calendar of the day is read and the writer is told once.
 */
import assert from 'node:assert/strict';
import { DocumentInfoRequest, type DocumentInfo } from '../../shared/protocol';
import { BRITAIN, GREGORIAN_RUSSIA, JULIAN_RUSSIA, LspClient, message, rangeOf } from './lspClient';

let n = 0;
describe('conventions through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const open = (text: string) => client.openAndWait(`file:///tmp/clio-conventions-${++n}.md`, text);
  const info = (uri: string) => client.request<DocumentInfo>(DocumentInfoRequest.method, { textDocument: { uri } });
  const all = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

  describe('a convention applies only where and when its calendar was local', () => {
    it('an Old Style Russian chapter reads a date of 1934 as New Style: no calendar-mixup, no inlay hint', async () => {
      const text = `${JULIAN_RUSSIA}Kirov was killed on 1 December 1934 in Leningrad.\n`;
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(diagnostics.map(message), []);
      assert.deepEqual(await client.inlayHints(uri, all), []);
      const hover = await client.hoverText(uri, text, '1 December 1934');
      assert.match(hover, /^\*\*1 December 1934\*\* \(N\.S\.\) = \*\*18 November 1934\*\* \(O\.S\.\), a Saturday/);
      assert.match(hover, /Read as New Style: the document's Old Style \(.*\) applies only where and when the Julian calendar was in use, and Russia used the Gregorian calendar then/);
    });

    it('the same chapter still reads 1917 as Old Style and catches a New Style date of a named event', async () => {
      const text = `${JULIAN_RUSSIA}The Winter Palace was stormed on 7 November 1917.\n`;
      const { diagnostics } = await open(text);
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      assert.equal(diagnostics[0].code, 'calendar-mixup');
      assert.equal(diagnostics[0].severity, 2);
      assert.equal(
        message(diagnostics[0]),
        '7 November 1917 is the N.S. date of the storming of the Winter Palace, 25 October 1917 O.S.; this document reads unmarked dates as Old Style',
      );
      assert.deepEqual(diagnostics[0].range, rangeOf(text, '7 November 1917'));
    });

    it('a skipped label in a New Style chapter is clean, and its hover says what the day was called there', async () => {
      const text = `${GREGORIAN_RUSSIA}On 10 February 1918 the talks at Brest-Litovsk broke down.\n`;
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(diagnostics.map(message), []);
      assert.match(await client.hoverText(uri, text, '10 February 1918'), /This day had no such name there: it was 28 January 1918 \(O\.S\.\)\./);
    });

    it('29 February 1700 is a real Julian day in Russia and 30 February 1712 a real Swedish one, read locally', async () => {
      const { diagnostics } = await open(
        'In Moscow the decree was dated 29 February 1700.\n\nIn Sweden, 30 February 1712 was added to return to the Julian calendar.\n',
      );
      assert.deepEqual(diagnostics.filter((d) => d.code === 'invalid-date').map(message), []);
    });

    it('but 30 February 1712 in Russia is no day at all', async () => {
      const { diagnostics } = await open('In Moscow a fair opened on 30 February 1712.\n');
      assert.deepEqual(diagnostics.map(message), ['30 February 1712 does not exist: February 1712 had 29 days']);
    });

    it('a "Julian calendar" in the sentence never makes a date Julian where the region was already Gregorian', async () => {
      const { diagnostics } = await open('On Friday 16 February 2024 Greece marked the day it left the Julian calendar.\n');
      assert.deepEqual(diagnostics.map(message), []);
    });
  });

  describe('conventions stated in the prose', () => {
    const statements: [string, 'julian' | 'gregorian'][] = [
      ['Dates are given in the Old Style until February 1918 and in the New Style thereafter.', 'julian'],
      ['All dates are New Style unless marked otherwise.', 'gregorian'],
      ['This article uses Gregorian dates.', 'gregorian'],
      ['Dates are given according to the Julian calendar.', 'julian'],
      ['All dates here are in the Western calendar.', 'gregorian'],
      ['Dates before 1752 are Old Style, with the year taken to begin on 1 January.', 'julian'],
      ['Даты до 1 февраля 1918 г. даны по старому стилю.', 'julian'],
      // A book's note of its dates (round 35), in the words books print.
      ['The dates given in this volume are Old Style unless otherwise indicated.', 'julian'],
      ['Dates are O.S. unless otherwise indicated.', 'julian'],
      ['Old Style dating is used throughout this book.', 'julian'],
      ['Dates in this book follow the calendar then in use in Russia.', 'julian'],
    ];
    for (const [statement, calendar] of statements) {
      it(`"${statement}" is the document's convention, and the date hover quotes it`, async () => {
        const text = `${statement}\n\nIn Petrograd the crowds gathered on 12 May 1917.\n`;
        const { uri, diagnostics } = await open(text);
        assert.deepEqual(diagnostics.map(message), []);
        const got = await info(uri);
        assert.deepEqual([got.convention, got.conventionSource], [calendar, 'stated']);
        const hover = await client.hoverText(uri, text, '12 May 1917');
        assert.ok(hover.includes(`the text states its convention: “${statement}”`), hover);
      });
    }

    it('a stated New Style convention catches an Old Style date of a named event', async () => {
      const text = 'All dates are New Style unless marked otherwise.\n\nThe Winter Palace was stormed on 25 October 1917.\n';
      const { diagnostics } = await open(text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, message(d)]), [
        [
          'calendar-mixup',
          2,
          '25 October 1917 is the O.S. date of the storming of the Winter Palace, 7 November 1917 N.S.; this document reads unmarked dates as New Style',
        ],
      ]);
    });

    it('front matter beats a stated convention, and a stated convention beats the inferred habit', async () => {
      const stated = 'All dates are New Style unless marked otherwise.\n\n';
      const habit = 'On 25 October (7 November) 1917 and 3 (16) July 1917 and 2 March (15 March) 1917 the city rose.\n';
      const a = await open(`${JULIAN_RUSSIA}${stated}`);
      assert.deepEqual([(await info(a.uri)).convention, (await info(a.uri)).conventionSource], ['julian', 'front-matter']);
      const b = await open(`${stated}${habit}`);
      assert.deepEqual([(await info(b.uri)).convention, (await info(b.uri)).conventionSource], ['gregorian', 'stated']);
    });

    it('a sentence that merely mentions a calendar states nothing', async () => {
      const { uri } = await open('Russia kept the Julian calendar until 1918, while the West used the Gregorian one.\n');
      assert.equal((await info(uri)).conventionSource, 'none');
    });
  });

  describe('the convention inferred from the document’s own dates', () => {
    it('unmarked Old Style days of named events make an Old Style chapter, where a New Style one stands out', async () => {
      const text =
        'The February Revolution broke out in Petrograd on 23 February 1917. The October Revolution followed on 25 October 1917.\n\n' +
        'Nicholas II abdicated on 15 March 1917.\n';
      const { uri, diagnostics } = await open(text);
      const got = await info(uri);
      assert.deepEqual([got.convention, got.conventionSource], ['julian', 'inferred']);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, message(d)]),
        [['calendar-mixup', '15 March 1917 is the N.S. date of the abdication of Nicholas II, 2 March 1917 O.S.; this document reads unmarked dates as Old Style']],
      );
      assert.equal(diagnostics[0].severity, 2);
      assert.match(
        await client.hoverText(uri, text, '23 February 1917'),
        /Read as Old Style: this document's own dates point to it \(2 known events' O\.S\. days\)/,
      );
    });

    it('an event named through its people counts: Stolypin shot on 14 September, dead on 18 September, outweighs one O.S. day', async () => {
      const text =
        'Pyotr Stolypin was shot in the Kiev Opera House on 14 September 1911. He died on 18 September 1911.\n\n' +
        'Pyotr Stolypin died on 5 September 1911.\n';
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity, message(d)]),
        [['calendar-mixup', 2, "5 September 1911 is the O.S. date of Pyotr Stolypin's death, 18 September 1911 N.S.; this document reads unmarked dates as New Style"]],
      );
      assert.deepEqual(diagnostics[0].range, rangeOf(text, '5 September 1911'));
      assert.match(await client.hoverText(uri, text, '14 September 1911'), /Read as New Style: this document's own dates point to it \(2 known events' N\.S\. days\)/);
    });

    it('a double year votes Old Style: Newton born 25 December 1642, dead 20 March 1726/27, makes his N.S. birthday stand out', async () => {
      const text =
        `${BRITAIN}Isaac Newton was born on 25 December 1642 and died on 20 March 1726/27.\n\n` +
        'Isaac Newton was born at Woolsthorpe on 4 January 1643.\n';
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity, message(d)]),
        [['calendar-mixup', 2, "4 January 1643 is the N.S. date of Isaac Newton's birth, 25 December 1642 O.S.; this document reads unmarked dates as Old Style"]],
      );
      assert.deepEqual(diagnostics[0].range, rangeOf(text, '4 January 1643'));
      assert.match(await client.hoverText(uri, text, '25 December 1642'), /Read as Old Style: this document's own dates point to it \(1 double year, 1 known event's O\.S\. day\)/);
    });

    it('a weekday that fits only the region calendar reads the date in it, quietly', async () => {
      // 1 March 1917 was a Wednesday in the Julian calendar, a Thursday in the Gregorian.
      const text = 'In Petrograd the crowds gathered on Wednesday 1 March 1917.\n';
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(diagnostics.map(message), []);
      assert.match(await client.hoverText(uri, text, '1 March 1917'), /Read as Old Style: its weekday fits this calendar only/);
    });

    it('a weekday that fits only the foreign calendar is no convention: noted where the region is inferred, warned where it is set', async () => {
      // The region comes from "Petrograd": Old Style is Clio's guess, which a New Style weekday argues against.
      const text = 'In Petrograd the crowds gathered on Thursday 1 March 1917.\n';
      const expected = [
        'weekday-mismatch',
        '1 March 1917 (O.S.) was a Wednesday, not a Thursday; read as N.S., 1 March 1917 was a Thursday, so the date may be N.S.',
      ];
      const { diagnostics } = await open(text);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'weekday-mismatch').map((d) => [d.code, message(d), d.severity]), [[...expected, 3]]);
      const set = await open(`---\nclio:\n  region: russia\n---\n${text}`);
      assert.deepEqual(set.diagnostics.filter((d) => d.severity! <= 2).map((d) => [d.code, message(d)]), [expected]);
    });

    it('two or more weekdays that fit New Style make a New Style chapter', async () => {
      const text = 'In Petrograd the crowds gathered on Thursday 1 March 1917. The Tsar abdicated on Thursday 15 March 1917.\n';
      const { uri, diagnostics } = await open(text);
      // Order No. 1 was issued on 1 March 1917 O.S.: a note, not named here; no warning.
      assert.deepEqual(diagnostics.filter((d) => d.severity! <= 2).map(message), []);
      assert.match(await client.hoverText(uri, text, '1 March 1917'), /Read as New Style: this document's own dates point to it \(2 weekdays that fit N\.S\. only\)/);
    });

    it('with no convention and no evidence, unmarked dates are read in the local calendar and noted once', async () => {
      const text = 'In Petrograd the crowds gathered on 12 May 1917. Nothing happened on 7 June 1917. Rain fell on 9 September 1917.\n';
      const { uri, diagnostics } = await open(text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['ambiguous-calendar']);
      assert.match(await client.hoverText(uri, text, '7 June 1917'), /Read as Old Style: no convention is set, and Russia used the Julian calendar then/);
    });
  });
});

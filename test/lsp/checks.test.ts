/** The calendar checks driven through the built server over stdio as an editor would: ranges, severities, fixes and settings on the wire (each check case by case: test/unit/checks/). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { GREGORIAN_RUSSIA, hoverMarkdown, LspClient, message, positionOf, rangeOf, RUSSIA } from './lspClient';

let n = 0;
async function diagnose(client: LspClient, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  return client.openAndWait(`file:///tmp/clio-checks-${++n}.md`, text);
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} expected, got ${JSON.stringify(diagnostics, null, 1)}`);
  return found[0];
}

/** Applies a code action's edit to the client's copy, sends it to the server, and returns the new text. */
async function apply(client: LspClient, uri: string, action: CodeAction): Promise<string> {
  const next = client.textAfter(uri, action);
  await client.replaceAll(uri, next);
  await client.waitForDiagnostics(uri);
  return next;
}

async function fixesFor(client: LspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return (await client.codeActions(uri, d.range, [d], ['quickfix'])).filter((a) => a.diagnostics?.[0]?.code === d.code);
}

describe('calendar checks through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  describe('dual-date-mismatch', () => {
    const text = `${GREGORIAN_RUSSIA}The strike began on 8 March (O.S. 24 February) 1917 in Petrograd.\n`;

    it('flags the pair with both calendars named in words', async () => {
      const { diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'dual-date-mismatch');
      assert.equal(d.source, 'clio');
      assert.equal(d.severity, 2);
      assert.equal(message(d), '8 March 1917 (N.S.) is 23 February 1917 (O.S.), not 24 February');
      assert.deepEqual(d.range, rangeOf(text, '8 March (O.S. 24 February) 1917'));
    });

    it('offers to correct either side; each fix changes only the date and is stable', async () => {
      const { uri, diagnostics } = await diagnose(client, text);
      const actions = await fixesFor(client, uri, only(diagnostics, 'dual-date-mismatch'));
      assert.deepEqual(actions.map((a) => a.title), ['Correct the O.S. date to 23 February', 'Correct the N.S. date to 9 March']);
      const fixed = await apply(client, uri, actions[0]);
      assert.equal(fixed, text.replace('24 February', '23 February'));
      assert.deepEqual((await client.waitForDiagnostics(uri)).filter((d) => d.code === 'dual-date-mismatch'), []);

      const other = await diagnose(client, text);
      const second = (await fixesFor(client, other.uri, only(other.diagnostics, 'dual-date-mismatch')))[1];
      assert.equal(await apply(client, other.uri, second), text.replace('8 March', '9 March'));
      assert.deepEqual((await client.waitForDiagnostics(other.uri)).filter((d) => d.code === 'dual-date-mismatch'), []);
    });
  });

  describe('invalid-date', () => {
    it('reports a day that exists in no calendar, without a fix', async () => {
      const text = `${GREGORIAN_RUSSIA}The meeting of 31 April 1917 never happened.\n`;
      const { uri, diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'invalid-date');
      assert.equal(d.severity, 1);
      assert.equal(message(d), '31 April 1917 does not exist: April 1917 had 30 days');
      assert.deepEqual(await fixesFor(client, uri, d), []);
    });

    it('says when a day exists only in the Julian calendar, and rewrites it', async () => {
      const text = `${GREGORIAN_RUSSIA}The decree is dated 29 February 1900 in the archive.\n`;
      const { uri, diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'invalid-date');
      assert.equal(message(d), '29 February 1900 exists only in the Julian calendar (= 13 March 1900 N.S.)');
      const [rewrite, mark] = await fixesFor(client, uri, d);
      assert.equal(mark.title, 'Mark as O.S.');
      const fixed = await apply(client, uri, rewrite);
      assert.equal(fixed, text.replace('29 February 1900', '13 March (O.S. 29 February) 1900'));
      assert.deepEqual((await client.waitForDiagnostics(uri)).filter((x) => x.code === 'invalid-date'), []);
    });

    it('reports a day or month no calendar has at its exact range, without a fix', async () => {
      const text = `${GREGORIAN_RUSSIA}The strike began on 32 March 1917; the file is dated 1917-13-45.\n`;
      const { uri, diagnostics } = await diagnose(client, text);
      const found = diagnostics.filter((d) => d.code === 'invalid-date');
      assert.deepEqual(
        found.map((d) => [d.range, d.severity, message(d)]),
        [
          [rangeOf(text, '32 March 1917'), 1, '32 March 1917 is not a date: no month has 32 days'],
          [rangeOf(text, '1917-13-45'), 1, '1917-13-45 is not a date: there is no month 13, and no month has 45 days'],
        ],
      );
      for (const d of found) assert.deepEqual(await fixesFor(client, uri, d), []);
    });
  });

  describe('reform-gap', () => {
    for (const [region, date, expected] of [
      ['russia', '5 February 1918', '5 February (18 February) 1918'],
      ['britain', '8 September 1752', '8 September (19 September) 1752'],
      ['rome', '10 October 1582', '10 October (20 October) 1582'],
    ]) {
      it(`${date} read as Old Style (the local calendar) in ${region} never existed; the fix reads it as O.S.`, async () => {
        const text = `---\nclio:\n  calendar: julian\n  region: ${region}\n---\n\nThe order is dated ${date}.\n`;
        const { uri, diagnostics } = await diagnose(client, text);
        const d = only(diagnostics, 'reform-gap');
        assert.match(message(d), new RegExp(`^${date} never existed in `));
        const [fix] = await fixesFor(client, uri, d);
        assert.equal(await apply(client, uri, fix), text.replace(date, expected));
        assert.deepEqual((await client.waitForDiagnostics(uri)).filter((x) => x.code === 'reform-gap'), []);
      });
    }

    it('flags a skipped day where no convention is set (the region calendar of the time)', async () => {
      const text = `${RUSSIA}The order is dated 5 February 1918.\n`;
      const { diagnostics } = await diagnose(client, text);
      assert.equal(
        message(only(diagnostics, 'reform-gap')),
        '5 February 1918 never existed in Russia: 31 January 1918 (O.S.) was followed by 14 February 1918 (N.S.). Read as O.S., it is 18 February 1918 (N.S.)',
      );
    });

    it('leaves a skipped label alone in a New Style document: it is a real N.S. day', async () => {
      const { diagnostics } = await diagnose(client, `${GREGORIAN_RUSSIA}On 10 February 1918 the talks at Brest-Litovsk broke down.\n`);
      assert.deepEqual(diagnostics.map(message), []);
    });

  });

  describe('weekday-mismatch', () => {
    it('names the right weekday and notes that the stated one fits the O.S. reading', async () => {
      const text = `${GREGORIAN_RUSSIA}On Tuesday, 7 November 1917 the Bolsheviks struck.\n`;
      const { uri, diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'weekday-mismatch');
      assert.match(message(d), /^7 November 1917 \(N\.S\.\) was a Wednesday, not a Tuesday; read as O\.S\., 7 November 1917 was a Tuesday/);
      const actions = await fixesFor(client, uri, d);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Change the weekday to Wednesday'), titles.join());
      const fixed = await apply(client, uri, actions.find((a) => a.title === 'Change the weekday to Wednesday')!);
      assert.equal(fixed, text.replace('Tuesday', 'Wednesday'));
      assert.deepEqual((await client.waitForDiagnostics(uri)).filter((x) => x.code === 'weekday-mismatch'), []);
    });
  });

  describe('event-date-mismatch', () => {
    it('flags a wrong day written for a known event and fixes it to the dataset’s day in the writer’s form', async () => {
      const text = `${GREGORIAN_RUSSIA}The Treaty of Brest-Litovsk was signed on May 3rd, 1918.\n`;
      const { uri, diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'event-date-mismatch');
      assert.equal(d.severity, 2);
      assert.deepEqual(d.range, rangeOf(text, 'May 3rd, 1918'));
      assert.equal(message(d), '3 May 1918 is not the date of the Treaty of Brest-Litovsk: 3 March 1918 (N.S.) = 18 February 1918 (O.S.)');
      const actions = await fixesFor(client, uri, d);
      assert.deepEqual(actions.map((a) => a.title), ['Change to 3 March 1918']);
      assert.equal(await apply(client, uri, actions[0]), text.replace('May 3rd', 'March 3rd'));
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
    });
  });

  describe('life-dates-mismatch', () => {
    it('flags life years that fit neither calendar and fixes them to the dataset’s years', async () => {
      const text = `${GREGORIAN_RUSSIA}## Vladimir Lenin (1871–1925)\n\nHe led the Bolsheviks.\n`;
      const { uri, diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'life-dates-mismatch');
      assert.equal(d.severity, 2);
      assert.deepEqual(d.range, rangeOf(text, '1871–1925'));
      assert.equal(message(d), 'Vladimir Lenin was born on 22 April 1870 (N.S.), not in 1871, and died on 21 January 1924 (N.S.), not in 1925');
      const actions = await fixesFor(client, uri, d);
      assert.deepEqual(actions.map((a) => a.title), ['Change to 1870 and 1924']);
      assert.equal(await apply(client, uri, actions[0]), text.replace('1871–1925', '1870–1924'));
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
    });
  });

  describe('ambiguous-calendar', () => {
    const text = 'In Petrograd the crowds gathered on 7 March 1917.\n';

    it('is information where Julian was local and the document has no convention', async () => {
      const { uri, diagnostics } = await diagnose(client, text);
      const d = only(diagnostics, 'ambiguous-calendar');
      assert.equal(d.severity, 3);
      assert.equal(
        message(d),
        '7 March 1917 is not marked, and no convention is stated: it is read as Old Style, the calendar Russia used then ' +
          '(7 March 1917 O.S. = 20 March 1917 N.S.; as N.S. it would be 22 February 1917 O.S.)',
      );
      const titles = (await fixesFor(client, uri, d)).map((a) => a.title);
      assert.deepEqual(titles, [
        "Set this document's convention to Old Style (front matter)",
        "Set this document's convention to New Style (front matter)",
        'Mark this date as O.S. (= 20 March 1917 N.S.)',
        'Mark this date as N.S. (= 22 February 1917 O.S.)',
      ]);
    });

    it('is reported once per document, at the first such date, with the count', async () => {
      // No known fact named (the Tsar's abdication on 2 March would be one: it points to Old Style).
      const many = 'In Petrograd the crowds gathered on 7 March 1917. Snow fell on 2 March 1917. The trams stopped on 3 April 1917.\n';
      const { diagnostics } = await diagnose(client, many);
      const d = only(diagnostics, 'ambiguous-calendar');
      assert.deepEqual(d.range, rangeOf(many, '7 March 1917'));
      assert.match(message(d), /^7 March 1917 and 2 other dates are not marked, and no convention is stated: they are read as Old Style/);
    });

    it('setting the convention through the fix writes front matter and silences it', async () => {
      const { uri, diagnostics } = await diagnose(client, text);
      const actions = await fixesFor(client, uri, only(diagnostics, 'ambiguous-calendar'));
      const fixed = await apply(client, uri, actions[1]);
      assert.equal(fixed, `---\nclio:\n  calendar: gregorian\n---\n\n${text}`);
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
    });

    it('marking the date silences it', async () => {
      const { uri, diagnostics } = await diagnose(client, text);
      const actions = await fixesFor(client, uri, only(diagnostics, 'ambiguous-calendar'));
      assert.equal(await apply(client, uri, actions[2]), text.replace('7 March 1917', '7 March 1917 (O.S.)'));
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
    });
  });

  describe('conventions, settings and switches', () => {
    it('infers a New Style convention from the document’s own dual dates', async () => {
      const text = 'In Petrograd, on 12 March (O.S. 27 February) 1917, the garrison mutinied. On 7 March 1917 the strike began.\n';
      const { uri, diagnostics } = await diagnose(client, text);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'ambiguous-calendar'), []);
      // Inferred New Style, not Old Style: the unmarked date says how it is read, and why.
      const value = await client.hoverText(uri, text, '7 March 1917');
      assert.match(value, /^\*\*7 March 1917\*\* \(N\.S\.\) = \*\*22 February 1917\*\* \(O\.S\.\)/, value);
      assert.match(value, /Read as New Style: this document's own dates point to it \(1 dual date with N\.S\. first\)/, value);
    });

    it('per-code severity settings and "off" apply', async () => {
      const text = `${GREGORIAN_RUSSIA}A: 8 March (O.S. 24 February) 1917. B: 31 April 1917.\n`;
      await client.changeSettings({ diagnostics: { debounceMs: 0, severity: { 'dual-date-mismatch': 'error', 'invalid-date': 'off' } } });
      try {
        const { diagnostics } = await diagnose(client, text);
        assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['dual-date-mismatch', 1]]);
      } finally {
        await client.changeSettings({});
      }
    });

    it('honours clio-disable comments', async () => {
      const text =
        `${GREGORIAN_RUSSIA}<!-- clio-disable-next-line dual-date-mismatch -->\nA: 8 March (O.S. 24 February) 1917.\n\n` +
        `<!-- clio-disable invalid-date -->\nB: 31 April 1917.\n<!-- clio-enable invalid-date -->\n\nC: 31 April 1917. D: 8 March (O.S. 24 February) 1917.\n`;
      const { diagnostics } = await diagnose(client, text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line]),
        [
          ['invalid-date', positionOf(text, 'C: ').line],
          ['dual-date-mismatch', positionOf(text, 'D: ').line],
        ],
      );
    });

    it('skips dates in code, links and front matter', async () => {
      const text =
        `---\ntitle: 31 April 1917\nclio:\n  calendar: gregorian\n---\n\n` +
        '```\n8 March (O.S. 24 February) 1917\n```\n\nInline `31 April 1917` and [a link](https://x.org/31-April-1917 "31 April 1917").\n';
      const { diagnostics } = await diagnose(client, text);
      assert.deepEqual(diagnostics, []);
    });

    it('fix all applies every safe fix once, and a second pass changes nothing', async () => {
      const text = `${GREGORIAN_RUSSIA}A: 8 March (O.S. 24 February) 1917. B: Tuesday, 8 March 1917. C: the October Revolution began on 25 October 1917.\n`;
      const { uri } = await diagnose(client, text);
      const end = { line: 100, character: 0 };
      const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end }, [], ['source.fixAll.clio']);
      assert.equal(fixAll.kind, 'source.fixAll.clio');
      const fixed = await apply(client, uri, fixAll);
      assert.equal(
        fixed,
        `${GREGORIAN_RUSSIA}A: 8 March (O.S. 23 February) 1917. B: Thursday, 8 March 1917. C: the October Revolution began on 7 November (O.S. 25 October) 1917.\n`,
      );
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
      assert.deepEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end }, [], ['source.fixAll.clio']), []);
    });

    it('fix all ends where clio check --fix does when a weekday and another fix share a date (the weekday follows the rewrite)', async () => {
      // 12 February 1918 never existed in Russia; read as O.S. it is 25 February 1918 N.S., a Monday. Fixed in one
      // pass, the weekday fix named the N.S. reading's Tuesday beside the O.S. rewrite.
      const text = `---\nclio:\n  region: russia\n---\n\nThe order was signed on Thursday, 12 February 1918.\n`;
      const { uri } = await diagnose(client, text);
      const end = { line: 100, character: 0 };
      const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end }, [], ['source.fixAll.clio']);
      const fixed = await apply(client, uri, fixAll);
      assert.equal(fixed, text.replace('Thursday, 12 February 1918', 'Monday, 25 February (O.S. 12 February) 1918'));
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
    });
  });

  describe('the seed text as a draft', () => {
    it('has no dual-date-mismatch: its dual dates are all consistent', async () => {
      const seed = readFileSync(resolve(__dirname, '../fixtures/seed.md'), 'utf8');
      const { diagnostics } = await diagnose(client, seed);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'dual-date-mismatch').map(message), []);
    });
  });

  describe('hover and inlay hints on dates', () => {
    it('shows a date in both calendars, its weekday and why it is read so', async () => {
      const text = `${GREGORIAN_RUSSIA}The Winter Palace fell on 8 November 1917.\n`;
      const { uri } = await diagnose(client, text);
      const hover = await client.hover(uri, positionOf(text, '8 November', 2));
      const value = hoverMarkdown(hover);
      assert.match(value, /\*\*8 November 1917\*\* \(N\.S\.\) = \*\*26 October 1917\*\* \(O\.S\.\), a Thursday/);
      assert.match(value, /Read as New Style: the front matter sets `clio.calendar: gregorian`/);
      assert.match(value, /31 January 1918 \(Julian\) was followed by/);
      assert.deepEqual(hover?.range, rangeOf(text, '8 November 1917'));
    });

    it('shows the other calendar’s day after an unpaired Julian-era date, and can be turned off', async () => {
      const text = `${GREGORIAN_RUSSIA}On 7 March 1917 the strike began; on 7 March 1920 nothing did.\n`;
      const { uri } = await diagnose(client, text);
      const hints = await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } });
      assert.deepEqual(
        hints.map((h) => [h.label, h.position]),
        [['O.S. 22 Feb', positionOf(text, '7 March 1917', '7 March 1917'.length)]],
      );
      await client.republished(uri, () => client.changeSettings({ inlayHints: { otherCalendar: false } }));
      try {
        assert.deepEqual(await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }), []);
      } finally {
        await client.changeSettings({});
      }
    });
  });
});

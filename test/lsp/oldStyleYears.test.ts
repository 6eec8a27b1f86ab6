/**
 * Old-Style years (breadth issue, §2), through the built server over stdio: a double year ("11 February 1731/32")
 * is an Old Style date in its modern year, whatever the document's convention or region, and its hover names both
 * the legal and the modern year with the day in both calendars. An undoubled year before 25 March is read by the
 * year start (front matter, the `clio.yearStart` setting, a sentence; else 1 January), and a named fact's day one
 * year off in the other reckoning is a calendar-mixup whose fix writes the double year.
 */
import assert from 'node:assert/strict';
import { GREGORIAN_BRITAIN, JULIAN_BRITAIN, LspClient, message, positionOf } from './lspClient';

let n = 0;
describe('Old-Style double years through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function hoverOn(text: string, needle: string): Promise<{ hover: string; messages: string[] }> {
    const uri = `file:///tmp/clio-old-style-years-${++n}.md`;
    const messages = (await client.openAndWait(uri, text)).diagnostics.map(message);
    return { hover: await client.hoverText(uri, text, needle), messages };
  }

  it('reads 11 February 1731/32 as Old Style in 1732 with no region or convention', async () => {
    const { hover, messages } = await hoverOn('George Washington was born on 11 February 1731/32.\n', '11 February');
    assert.deepEqual(messages, []);
    // 11 February 1732 O.S. = 22 February 1732 N.S., a Friday (independently: Washington's birthday, 22 February 1732).
    assert.match(hover, /^\*\*11 February 1732\*\* \(O\.S\.\) = \*\*22 February 1732\*\* \(N\.S\.\), a Friday/);
    assert.match(hover, /Legal year 1731, modern year 1732/);
    assert.match(hover, /Read as Old Style: a double year is written only for Old Style dates/);
  });

  it('reads 30 January 1648/9 in a New Style document as Old Style 1649 (Charles I\u2019s execution)', async () => {
    const text = `${GREGORIAN_BRITAIN}The king was beheaded at Whitehall on 30 January 1648/9.\n`;
    const { hover, messages } = await hoverOn(text, '30 January');
    assert.deepEqual(messages, []);
    assert.match(hover, /^\*\*30 January 1649\*\* \(O\.S\.\) = \*\*9 February 1649\*\* \(N\.S\.\), a Tuesday/);
    assert.match(hover, /Legal year 1648, modern year 1649/);
  });

  it('flags a legal year where years count from 1 January, and its fix writes the double year, which clears it', async () => {
    const text = `${JULIAN_BRITAIN}Years are taken to begin on 1 January. Charles I was executed at Whitehall on 30 January 1648.\n`;
    const uri = `file:///tmp/clio-old-style-years-${++n}.md`;
    const { diagnostics } = await client.openAndWait(uri, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, message(d)]), [
      [
        'calendar-mixup',
        2,
        "30 January 1648 is the date of Charles I's death in the legal year, which began on 25 March: by modern reckoning it is 30 January 1649 (write 30 January 1648/9); this document counts years from 1 January",
      ],
    ]);
    assert.deepEqual(diagnostics[0].range.start, positionOf(text, '30 January 1648'));
    // The hover says which year the day is in each reckoning and why the written one was read as modern.
    const hover = await client.hoverText(uri, text, '30 January');
    assert.match(hover, /^\*\*30 January 1648\*\* \(O\.S\.\)/);
    assert.match(hover, /Legal year 1647, modern year 1648: the year then began on 25 March there/);
    assert.match(hover, /the written 1648 is read as the modern year, counted from 1 January \(the text states it: “Years are taken to begin on 1 January\.”\)/);
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']);
    const preferred = actions.find((a) => a.isPreferred);
    assert.equal(preferred?.title, 'Write the double year 1648/9');
    const fixed = client.textAfter(uri, preferred);
    assert.equal(fixed, text.replace('30 January 1648.', '30 January 1648/9.'));
    await client.replaceAll(uri, fixed);
    assert.deepEqual((await client.waitForDiagnostics(uri)).map(message), []);
  });

  it('reads undoubled years as legal years with the clio.yearStart setting, and says so on hover', async () => {
    await client.changeSettings({ yearStart: 'march' });
    try {
      const { hover, messages } = await hoverOn(`${JULIAN_BRITAIN}Charles I was executed at Whitehall on 30 January 1648.\n`, '30 January');
      assert.deepEqual(messages, []);
      // Read in modern reckoning: 30 January 1649 O.S. = 9 February 1649 N.S., a Tuesday (as the double-year case above).
      assert.match(hover, /^\*\*30 January 1649\*\* \(O\.S\.\) = \*\*9 February 1649\*\* \(N\.S\.\), a Tuesday/);
      assert.match(hover, /Legal year 1648, modern year 1649/);
      assert.match(hover, /the written 1648 is read as the legal year, counted from 25 March \(the `clio\.yearStart` setting is `march`\)/);
    } finally {
      await client.changeSettings({});
    }
  });
});

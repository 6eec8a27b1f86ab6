/**
 * Old-Style years (breadth issue, §2), through the built server over stdio: a double year ("11 February 1731/32")
 * is an Old Style date in its modern year, whatever the document's convention or region, and its hover names both
 * the legal and the modern year with the day in both calendars.
 */
import assert from 'node:assert/strict';
import { LspClient, message, positionOf } from './lspClient';

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
    await client.open(uri, text);
    const messages = (await client.waitForDiagnostics(uri)).map(message);
    const hover = await client.hover(uri, positionOf(text, needle, 1));
    return { hover: (hover?.contents as { value: string } | undefined)?.value ?? '', messages };
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
    const text = '---\nclio:\n  calendar: gregorian\n  region: britain\n---\n\nThe king was beheaded at Whitehall on 30 January 1648/9.\n';
    const { hover, messages } = await hoverOn(text, '30 January');
    assert.deepEqual(messages, []);
    assert.match(hover, /^\*\*30 January 1649\*\* \(O\.S\.\) = \*\*9 February 1649\*\* \(N\.S\.\), a Tuesday/);
    assert.match(hover, /Legal year 1648, modern year 1649/);
  });
});

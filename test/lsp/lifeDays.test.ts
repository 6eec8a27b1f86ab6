/**
 * A plainly wrong day of a known person's birth or death, through the built server over stdio: flagged at the date
 * with the dataset's day in both calendars, fixed to the writer's calendar's day, and quiet on the days references
 * give (either calendar's, the dataset's alsoGiven).
 */
import assert from 'node:assert/strict';
import { BRITAIN, LspClient, message, rangeOf } from './lspClient';

describe('life-dates-mismatch on a day of birth or death, through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('flags "Shakespeare died on 24 April 1616" and its fix writes 23 April 1616; the right days stay quiet', async () => {
    const text = `${BRITAIN}Shakespeare died on 24 April 1616 at Stratford. Shakespeare died on 23 April 1616, and Cervantes died on 23 April 1616 (N.S.), as his parish register has it.\n`;
    const { uri, diagnostics } = await client.openAndWait('file:///tmp/clio-life-days-1.md', text);
    assert.deepEqual(
      diagnostics.map((d) => [d.range, d.code, message(d)]),
      [[rangeOf(text, '24 April 1616'), 'life-dates-mismatch', 'William Shakespeare died on 23 April 1616 (O.S.) = 3 May 1616 (N.S.), not on 24 April 1616']],
    );
    assert.equal(await client.textAfterFirstFix(uri, diagnostics[0]), text.replace('24 April 1616', '23 April 1616'));
  });

  it('the hover on a person gives the days references also give beside the dataset’s', async () => {
    const text = 'Cervantes wrote Don Quixote.\n';
    const { uri } = await client.openAndWait('file:///tmp/clio-life-days-2.md', text);
    assert.match(await client.hoverText(uri, text, 'Cervantes'), /died 22 April 1616 \(also given: 23 April 1616\), Madrid/);
  });
});

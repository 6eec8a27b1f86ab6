/** Hovers on a person, an event and a date, through vscode.executeHoverProvider. */
import * as assert from 'node:assert/strict';
import { hoverText, openFixture, positionIn } from './helpers';

suite('hover', () => {
  test('hover on "Lenin" shows the person with life dates', async () => {
    const { doc } = await openFixture('people.md');
    const text = await hoverText(doc.uri, positionIn(doc, 'Lenin reached', 2));
    assert.match(text, /Lenin/, `hover: ${JSON.stringify(text)}`);
    assert.match(text, /1870/, `birth year missing: ${JSON.stringify(text)}`);
    assert.match(text, /1924/, `death year missing: ${JSON.stringify(text)}`);
  });

  test('hover on "Kerensky" shows Alexander Kerensky', async () => {
    const { doc } = await openFixture('people.md');
    const text = await hoverText(doc.uri, positionIn(doc, 'Kerensky', 3));
    assert.match(text, /Kerensky/, `hover: ${JSON.stringify(text)}`);
    assert.match(text, /1881/, `birth year missing: ${JSON.stringify(text)}`);
  });

  test('hover on the event "July Days" gives its dates in both calendars', async () => {
    const { doc } = await openFixture('people.md');
    const text = await hoverText(doc.uri, positionIn(doc, 'July Days', 6));
    assert.match(text, /July Days/, `hover: ${JSON.stringify(text)}`);
    assert.match(text, /1917/, `hover: ${JSON.stringify(text)}`);
  });

  test('hover on the date "16 April" gives the day in both calendars', async () => {
    const { doc } = await openFixture('people.md');
    const text = await hoverText(doc.uri, positionIn(doc, '16 April', 1));
    assert.match(text, /16 April/, `hover: ${JSON.stringify(text)}`);
    assert.match(text, /3 April/, `O.S. day missing: ${JSON.stringify(text)}`);
    assert.match(text, /Monday/, `weekday missing (16 April 1917 N.S. was a Monday): ${JSON.stringify(text)}`);
  });

  test('a person from the workspace dataset (people.clio.json) hovers too', async () => {
    const { doc } = await openFixture('people.md');
    const text = await hoverText(doc.uri, positionIn(doc, 'Ivan Fixturov', 6));
    assert.match(text, /Ivan Testovich Fixturov/, `hover: ${JSON.stringify(text)}`);
  });
});

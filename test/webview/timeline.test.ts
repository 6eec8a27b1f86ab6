/**
 * The timeline page (dist/timeline.js) in headless chromium, outside VS Code (npm run test:webview; needs
 * npm run build and /usr/bin/chromium): what it draws and lists, the messages it posts, zoom and pan by keyboard,
 * and the speed of a 5,000-item book.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChronologyResult } from '../../shared/protocol';
import { measureBook, openTimelinePage, syntheticChronology, type TimelinePage } from './timelinePage';

const ROOT = path.resolve(__dirname, '../..');

/** Three items of a draft: a life, an event with a diagnostic, a date; on a Julian (Old Style) axis. */
const draft: ChronologyResult = {
  convention: 'julian',
  items: [
    { kind: 'person', label: 'Vladimir Lenin', startJdn: 2404158, endJdn: 2423807, precision: 'day', edtf: '1870-04-22/1924-01-21', text: '10 April 1870 – 21 January 1924', otherCalendarText: '22 April 1870 – 21 January 1924 (N.S.)', uri: 'file:///d.md', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, section: 'Return', diagnostics: [] },
    { kind: 'event', label: 'July Days', startJdn: 2421426, endJdn: 2421430, precision: 'day', edtf: '1917-07-16/1917-07-20', text: '3–7 July 1917', otherCalendarText: '16–20 July 1917 (N.S.)', uri: 'file:///d.md', range: { start: { line: 4, character: 10 }, end: { line: 4, character: 19 } }, section: 'July', diagnostics: ['calendar-mixup'] },
    { kind: 'date', label: '25 October 1917', startJdn: 2421540, endJdn: 2421540, precision: 'day', edtf: '1917-11-07', text: '25 October 1917', otherCalendarText: '7 November 1917 (N.S.)', uri: 'file:///d.md', range: { start: { line: 6, character: 3 }, end: { line: 6, character: 18 } }, section: 'October', diagnostics: [] },
  ],
};

const axisLabels = (t: TimelinePage) => t.page.locator('svg.axis .tick text').evaluateAll((ts) => ts.map((x) => x.textContent ?? ''));
const nextFrame = (t: TimelinePage) => t.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

describe('timeline webview page (headless chromium)', function () {
  this.timeout(60_000);
  let t: TimelinePage;
  before(async function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/timeline.js'))) throw new Error('dist/timeline.js missing: npm run build');
    t = await openTimelinePage({ width: 1000, height: 600 });
    await t.send({ type: 'chronology', result: draft, workspace: false, title: 'd.md' });
  });
  after(() => t?.close());

  it('says it is ready, draws one mark per item and lists them in time order', async () => {
    assert.deepEqual((await t.posted())[0], { type: 'ready' });
    assert.equal(await t.page.locator('rect.mark').count(), 3);
    assert.deepEqual(await t.page.locator('.list .item').allInnerTexts(), [
      'Vladimir Lenin — 10 April 1870 – 21 January 1924 (person)',
      'July Days — 3–7 July 1917 (event) · ⚠ calendar-mixup',
      '25 October 1917 — 25 October 1917 (date)',
    ]);
    assert.equal(await t.page.locator('rect.mark.person.life').count(), 1);
    assert.equal(await t.page.locator('rect.mark.event.span.diagnosed').count(), 1);
    assert.equal(await t.page.locator('rect.mark.date.tick').count(), 1);
    assert.deepEqual(await t.page.locator('.group-name').allTextContents(), ['Return', 'July', 'October']);
  });

  it('writes the axis in the document’s calendar (Old Style here), and says so', async () => {
    assert.match(await t.page.locator('.axis-note').innerText(), /Old Style \(Julian\)/);
    // The first view fits the written days (July–October 1917 O.S.): month ticks on Julian month starts.
    assert.deepEqual(await axisLabels(t), ['Jul 1917', 'Aug', 'Sep', 'Oct']);
  });

  it('posts the item clicked in the picture or in the list', async () => {
    await t.page.locator('rect.mark[data-i="1"]').click();
    await t.page.locator('.list .item[data-i="2"]').click();
    assert.deepEqual((await t.posted()).slice(-2), [{ type: 'reveal', index: 1 }, { type: 'reveal', index: 2 }]);
  });

  it('asks the panel to export when Export… is clicked', async () => {
    await t.page.locator('button.export').click();
    assert.deepEqual((await t.posted()).slice(-1), [{ type: 'export' }]);
  });

  it('highlights the item at the editor’s cursor, and none where there is none', async () => {
    await t.send({ type: 'cursor', uri: 'file:///d.md', line: 4, character: 12 });
    assert.deepEqual(await t.page.locator('rect.mark.current').evaluateAll((ms) => ms.map((m) => (m as SVGElement).dataset.i)), ['1']);
    assert.equal(await t.page.locator('.list .item[aria-current]').getAttribute('data-i'), '1');
    await t.send({ type: 'cursor', uri: 'file:///d.md', line: 5, character: 0 });
    assert.equal(await t.page.locator('rect.mark.current').count(), 0);
    assert.equal(await t.page.locator('.list .item[aria-current]').count(), 0);
  });

  it('shows both calendars’ days in the tooltip', async () => {
    await t.page.locator('rect.mark[data-i="2"]').hover();
    assert.equal(await t.page.locator('.tooltip').innerText(), '25 October 1917\n25 October 1917\n7 November 1917 (N.S.)\nOctober');
  });

  it('zooms and pans with the keyboard: + and - zoom, arrows pan, 0 fits', async () => {
    const fitted = await axisLabels(t);
    await t.page.locator('.picture').focus();
    await t.page.keyboard.press('+');
    await t.page.keyboard.press('+');
    await nextFrame(t);
    const zoomed = await axisLabels(t);
    assert.notDeepEqual(zoomed, fitted);
    await t.page.keyboard.press('ArrowRight');
    await nextFrame(t);
    assert.notDeepEqual(await axisLabels(t), zoomed);
    await t.page.keyboard.press('0');
    await nextFrame(t);
    assert.deepEqual(await axisLabels(t), fitted);
    for (let k = 0; k < 12; k++) await t.page.keyboard.press('-');
    await nextFrame(t);
    const out = await axisLabels(t);
    assert.ok(out.includes('1900'), `zoomed out to decades, as far as the lives reach: ${out.join(' ')}`);
  });

  it('zooms with the mouse wheel and pans by dragging', async () => {
    await t.page.locator('.picture').press('0');
    await nextFrame(t);
    const fitted = await axisLabels(t);
    const box = (await t.page.locator('.plot-scroll').boundingBox())!;
    await t.page.mouse.move(box.x + box.width / 2, box.y + 40);
    await t.page.mouse.wheel(0, -600);
    await nextFrame(t);
    const zoomed = await axisLabels(t);
    assert.notDeepEqual(zoomed, fitted);
    await t.page.mouse.down();
    await t.page.mouse.move(box.x + box.width / 2 - 300, box.y + 40, { steps: 5 });
    await t.page.mouse.up();
    await nextFrame(t);
    assert.notDeepEqual(await axisLabels(t), zoomed);
    await t.page.locator('.picture').press('0');
  });

  it('groups by kind when asked', async () => {
    await t.page.locator('select.group-by').selectOption('kind');
    assert.deepEqual(await t.page.locator('.group-name').allTextContents(), ['People', 'Events', 'Dates']);
    await t.page.locator('select.group-by').selectOption('section');
  });

  it('draws a person named twice in a section on one row, with one name; the list keeps both mentions', async () => {
    const lenin = { ...draft.items[0], entityId: 'vladimir-lenin' };
    const again = { ...lenin, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } } };
    await t.send({ type: 'chronology', result: { ...draft, items: [lenin, again, ...draft.items.slice(1)] }, workspace: false, title: 'd.md' });
    await nextFrame(t);
    const ys = await t.page.locator('rect.mark.person').evaluateAll((rs) => rs.map((r) => r.getAttribute('y')));
    assert.equal(ys.length, 2);
    assert.equal(ys[0], ys[1]);
    assert.equal(await t.page.locator('text.label', { hasText: 'Vladimir Lenin' }).count(), 1);
    assert.equal(await t.page.locator('.list .item', { hasText: 'Vladimir Lenin' }).count(), 2);
    await t.send({ type: 'chronology', result: draft, workspace: false, title: 'd.md' });
  });

  it('keeps every label inside the picture: a long one at the right edge stands left of its mark', async () => {
    const long = { ...draft.items[2], label: '25 October 1917, the day the Winter Palace fell to the Red Guards' };
    await t.send({ type: 'chronology', result: { ...draft, items: [...draft.items.slice(0, 2), long] }, workspace: false, title: 'd.md' });
    await nextFrame(t);
    const boxes = await t.page.locator('text.label').evaluateAll((ts) => ts.map((x) => {
      const text = x as SVGTextElement;
      const b = text.getBBox();
      return { left: b.x, right: b.x + b.width, width: Number(text.ownerSVGElement!.getAttribute('width')) };
    }));
    assert.equal(boxes.length, 3);
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= b.width, `label from ${b.left} to ${b.right} in a picture ${b.width} wide`);
    const mark = await t.page.locator('rect.mark[data-i="2"]').evaluate((r) => Number(r.getAttribute('x')));
    assert.ok(boxes[2].right <= mark, 'the long label ends before its mark');
    await t.send({ type: 'chronology', result: draft, workspace: false, title: 'd.md' });
  });

  it('draws a 5,000-item book in ≤ 200 ms (median of 5) and keeps zoom steps short', async () => {
    const book = syntheticChronology(5000);
    const { render, zoomStep } = await measureBook(t, book, 5);
    console.log(`      5,000 items: render ${render.toFixed(0)} ms (median of 5), zoom step ${zoomStep.toFixed(1)} ms (median of 10)`);
    assert.ok(render <= 200, `render took ${render.toFixed(0)} ms`);
    assert.ok(zoomStep <= 50, `a zoom step took ${zoomStep.toFixed(1)} ms`);
    assert.equal(await t.page.locator('.list .item').count(), 5000); // the list fills in after the picture
  });
});

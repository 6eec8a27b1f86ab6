/** The timeline webview's pure model (client/webview/timeline/model.ts): calendar ticks, the item at the cursor, lanes. */
import * as assert from 'node:assert/strict';
import { toJdn } from '../../../server/src/calendar';
import type { ChronologyItem } from '../../../shared/protocol';
import { calendarTicks, itemAt, layout } from '../../../client/webview/timeline/model';

const g = (year: number, month: number, day: number) => toJdn({ year, month, day }, 'gregorian');
const j = (year: number, month: number, day: number) => toJdn({ year, month, day }, 'julian');

function item(label: string, start: number, end: number, line: number, from: number, to: number, extra: Partial<ChronologyItem> = {}): ChronologyItem {
  return {
    kind: 'event', label, startJdn: start, endJdn: end, precision: 'day', edtf: '', text: label, otherCalendarText: '', uri: 'file:///a.md',
    range: { start: { line, character: from }, end: { line, character: to } }, diagnostics: [], ...extra,
  };
}

describe('timeline model', () => {
  describe('calendarTicks', () => {
    it('puts month ticks on the 1st of each month of the axis calendar, the first one naming the year', () => {
      const ticks = calendarTicks(g(1917, 2, 20), g(1917, 11, 30), 'gregorian', 12);
      assert.deepEqual(ticks.map((t) => t.label), ['Mar 1917', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
      assert.equal(ticks[0].jdn, g(1917, 3, 1));
    });

    it('on an Old Style axis, ticks fall on Julian month starts (1 March O.S. is 14 March N.S.)', () => {
      const ticks = calendarTicks(g(1917, 3, 2), g(1917, 5, 30), 'julian', 4);
      assert.equal(ticks[0].label, 'Mar 1917');
      assert.equal(ticks[0].jdn, j(1917, 3, 1));
      assert.equal(ticks[0].jdn, g(1917, 3, 14));
    });

    it('takes years, decades or centuries as the span grows, never more ticks than asked', () => {
      const years = calendarTicks(g(1870, 4, 22), g(1924, 1, 21), 'gregorian', 8);
      assert.ok(years.length <= 8 && years.length >= 3, String(years.length));
      assert.deepEqual(years.map((t) => t.label), ['1880', '1890', '1900', '1910', '1920']);
      assert.deepEqual(calendarTicks(g(100, 1, 1), g(1900, 1, 1), 'gregorian', 5).map((t) => t.label), ['500', '1000', '1500']);
    });

    it('day ticks count from each month’s 1st, which names month and year', () => {
      const ticks = calendarTicks(g(1917, 10, 30), g(1917, 11, 12), 'gregorian', 20);
      assert.deepEqual(ticks.map((t) => t.label), ['30 Oct 1917', '31', 'Nov 1917', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    });
  });

  describe('itemAt', () => {
    const items = [item('Revolution', g(1917, 11, 7), g(1917, 11, 7), 3, 10, 30), item('7 November', g(1917, 11, 7), g(1917, 11, 7), 3, 20, 30)];
    it('finds the innermost item whose text holds the position, ends included', () => {
      assert.equal(itemAt(items, 'file:///a.md', 3, 10), 0);
      assert.equal(itemAt(items, 'file:///a.md', 3, 25), 1);
      assert.equal(itemAt(items, 'file:///a.md', 3, 30), 1);
    });
    it('finds nothing outside every item, or in another file', () => {
      assert.equal(itemAt(items, 'file:///a.md', 3, 9), undefined);
      assert.equal(itemAt(items, 'file:///a.md', 4, 12), undefined);
      assert.equal(itemAt(items, 'file:///b.md', 3, 12), undefined);
    });
  });

  describe('layout', () => {
    const extent = (i: ChronologyItem): [number, number] => [i.startJdn, i.endJdn + 1];
    it('groups by section in reading order and packs overlapping items into separate lanes', () => {
      const items = [
        item('A', 10, 20, 9, 0, 1, { section: 'Second' }),
        item('B', 12, 14, 2, 0, 1, { section: 'First' }),
        item('C', 15, 30, 8, 0, 1, { section: 'Second' }),
        item('D', 21, 22, 7, 0, 1, { section: 'Second' }),
      ];
      const { groups, placements } = layout(items, 'section', false, extent);
      assert.deepEqual(groups, [{ name: 'First', lanes: 1 }, { name: 'Second', lanes: 2 }]);
      assert.deepEqual(placements, [{ group: 1, lane: 0 }, { group: 0, lane: 0 }, { group: 1, lane: 1 }, { group: 1, lane: 0 }]);
    });
    it('a person named several times in a group is one row; in another group, or another person, a row of its own', () => {
      const lenin = { kind: 'person' as const, entityId: 'lenin' };
      const items = [
        item('Lenin', 10, 20, 1, 0, 5, { ...lenin, section: 'First' }),
        item('Trotsky', 10, 20, 2, 0, 7, { kind: 'person', entityId: 'trotsky', section: 'First' }),
        item('Lenin', 10, 20, 3, 0, 5, { ...lenin, section: 'First' }),
        item('Lenin', 10, 20, 9, 0, 5, { ...lenin, section: 'Second' }),
        item('Lenin', 10, 20, 4, 0, 5, { ...lenin, section: 'First' }),
      ];
      const { groups, placements } = layout(items, 'section', false, extent);
      assert.deepEqual(groups, [{ name: 'First', lanes: 2 }, { name: 'Second', lanes: 1 }]);
      assert.deepEqual(placements, [{ group: 0, lane: 0 }, { group: 0, lane: 1 }, { group: 0, lane: 0 }, { group: 1, lane: 0 }, { group: 0, lane: 0 }]);
      // One object, which tells the picture to draw the name once.
      assert.ok(placements[0] === placements[2] && placements[0] === placements[4] && placements[0] !== placements[3]);
    });
    it('groups by kind: people, events, dates; in workspace mode sections carry their file name', () => {
      const items = [item('d', 1, 1, 0, 0, 1, { kind: 'date' }), item('p', 1, 9, 1, 0, 1, { kind: 'person' })];
      assert.deepEqual(layout(items, 'kind', false, extent).groups.map((x) => x.name), ['People', 'Dates']);
      assert.deepEqual(layout(items, 'section', true, extent).groups.map((x) => x.name), ['a.md — (before the first heading)']);
    });
  });
});

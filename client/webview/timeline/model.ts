/**
 * The timeline's pure model: rows (groups and lanes) for the chronology's items, the item under the editor's cursor,
 * and calendar tick marks on the Julian Day Number axis. No DOM, no JavaScript Date (days are JDNs throughout).
 */
import type { ChronologyItem, ChronologyResult } from '../../../shared/protocol';
import { fromJdn, toJdn } from '../../../server/src/calendar/jdn';
import type { Calendar } from '../../../server/src/calendar/types';

export type GroupBy = 'section' | 'kind';

export interface Group {
  name: string;
  /** Rows the group's items take, at least 1. */
  lanes: number;
}

/** Where an item is drawn. The mentions of one person or event in a group share one Placement object. */
export interface Placement {
  group: number;
  lane: number;
}

const KIND_NAMES: Record<ChronologyItem['kind'], string> = { person: 'People', event: 'Events', date: 'Dates' };
const KIND_ORDER: ChronologyItem['kind'][] = ['person', 'event', 'date'];
const NO_SECTION = '(before the first heading)';

function groupName(item: ChronologyItem, by: GroupBy, workspace: boolean): string {
  if (by === 'kind') return KIND_NAMES[item.kind];
  const section = item.section ?? NO_SECTION;
  return workspace ? `${fileName(item.uri)} — ${section}` : section;
}

/** The last segment of a URI, decoded ("file:///book/ch%201.md" → "ch 1.md"). */
export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(last); } catch { return last; }
}

/**
 * Groups the items (by section in the order the text has them, or by kind) and packs each group's items into lanes
 * so that none overlaps another: `extent` gives an item's horizontal room (its mark and label) at the first zoom.
 */
export function layout(items: readonly ChronologyItem[], by: GroupBy, workspace: boolean, extent: (item: ChronologyItem, index: number) => [number, number]): { groups: Group[]; placements: Placement[] } {
  const names: string[] = [];
  const index = new Map<string, number>();
  const groupOf = items.map((item) => groupName(item, by, workspace));
  // Sections in reading order (file, then line); kinds in a fixed order.
  const order = items.map((_, i) => i);
  if (by === 'kind') order.sort((a, b) => KIND_ORDER.indexOf(items[a].kind) - KIND_ORDER.indexOf(items[b].kind));
  else order.sort((a, b) => compareText(items[a], items[b]));
  for (const i of order) if (!index.has(groupOf[i])) { index.set(groupOf[i], names.length); names.push(groupOf[i]); }

  // Items come sorted by start day, so a greedy first-fit packs each group into few lanes. A person or event named
  // several times in a group is one row: its mentions (the same days) share the lane of the first, each still its
  // own item to click and list.
  const laneEnds: number[][] = names.map(() => []);
  const entityLanes = new Map<string, Placement>();
  const placements = items.map((item, i): Placement => {
    const group = index.get(groupOf[i])!;
    const key = item.entityId === undefined ? undefined : `${group} ${item.entityId}`;
    const named = key === undefined ? undefined : entityLanes.get(key);
    if (named) return named;
    const [x0, x1] = extent(item, i);
    const ends = laneEnds[group];
    let lane = ends.findIndex((end) => end <= x0);
    if (lane < 0) lane = ends.length;
    ends[lane] = x1;
    const placement = { group, lane };
    if (key !== undefined) entityLanes.set(key, placement);
    return placement;
  });
  return { groups: names.map((name, g) => ({ name, lanes: Math.max(1, laneEnds[g].length) })), placements };
}

function compareText(a: ChronologyItem, b: ChronologyItem): number {
  return (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** The item whose text holds the position (the innermost when several do), or undefined. */
export function itemAt(items: readonly ChronologyItem[], uri: string, line: number, character: number): number | undefined {
  let best: number | undefined;
  let bestSize = Infinity;
  items.forEach((item, i) => {
    const { start, end } = item.range;
    if (item.uri !== uri) return;
    const afterStart = line > start.line || (line === start.line && character >= start.character);
    const beforeEnd = line < end.line || (line === end.line && character <= end.character);
    if (!afterStart || !beforeEnd) return;
    const size = (end.line - start.line) * 1e6 + end.character - start.character;
    if (size < bestSize) { best = i; bestSize = size; }
  });
  return best;
}

/** The calendar the axis is written in: the document's convention (a dual document is read by its New Style days). */
export function axisCalendar(convention: ChronologyResult['convention']): Calendar {
  return convention === 'julian' ? 'julian' : 'gregorian';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const yearText = (year: number) => (year > 0 ? String(year) : `${1 - year} BC`);

export interface Tick {
  jdn: number;
  label: string;
}

type Step = { unit: 'day' | 'month' | 'year'; size: number };
const STEPS: Step[] = [
  ...[1, 2, 5, 10].map((size) => ({ unit: 'day' as const, size })),
  ...[1, 3, 6].map((size) => ({ unit: 'month' as const, size })),
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000].map((size) => ({ unit: 'year' as const, size })),
];

/**
 * Tick marks for the days first..last in a calendar, at most `maxTicks` of them, on round calendar days: the first of
 * a month, of a year, of a decade… Day steps count from each month's 1st. The first tick and each January (each 1st,
 * for days) name the year.
 */
export function calendarTicks(first: number, last: number, calendar: Calendar, maxTicks: number): Tick[] {
  const from = fromJdn(Math.floor(first), calendar);
  const to = fromJdn(Math.ceil(last), calendar);
  const span = last - first;
  for (const step of STEPS) {
    const approxDays = step.unit === 'day' ? step.size : step.unit === 'month' ? step.size * 30.44 : step.size * 365.25;
    if (span / approxDays > maxTicks) continue;
    const ticks: Tick[] = [];
    const push = (jdn: number, label: string) => { if (jdn >= first && jdn <= last) ticks.push({ jdn, label }); };
    if (step.unit === 'year') {
      for (let y = Math.floor(from.year / step.size) * step.size; y <= to.year; y += step.size) push(toJdn({ year: y, month: 1, day: 1 }, calendar), yearText(y));
    } else {
      for (let y = from.year, m = from.month; y < to.year || (y === to.year && m <= to.month); m === 12 ? (y++, m = 1) : m++) {
        if (step.unit === 'month') {
          if ((m - 1) % step.size === 0) push(toJdn({ year: y, month: m, day: 1 }, calendar), m === 1 || step.size > 1 || !ticks.length ? `${MONTHS[m - 1]} ${yearText(y)}` : MONTHS[m - 1]);
          continue;
        }
        const start = toJdn({ year: y, month: m, day: 1 }, calendar);
        const days = toJdn(m === 12 ? { year: y + 1, month: 1, day: 1 } : { year: y, month: m + 1, day: 1 }, calendar) - start;
        // Every size-th day from the 1st, leaving at least half a step before the next month's 1st.
        const dayStep: number[] = [];
        for (let d = 1; d <= days + 0.5 - step.size / 2; d += step.size) dayStep.push(d);
        for (const d of dayStep) push(start + d - 1, d === 1 ? `${MONTHS[m - 1]} ${yearText(y)}` : ticks.length ? String(d) : `${d} ${MONTHS[m - 1]} ${yearText(y)}`);
      }
    }
    return ticks;
  }
  return [];
}

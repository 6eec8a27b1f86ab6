/**
 * The timeline webview's page (bundled to dist/timeline.js): draws the chronology the panel sends on a Julian Day
 * Number axis, with a plain list beside it for screen readers, and tells the panel which item the user picked.
 *
 * Why d3 (d3-scale, d3-axis, d3-zoom, d3-selection; ISC, ~23 KB gzipped) rather than vis-timeline (163 KB gzipped):
 * Clio's axis is a number line of days (JDNs) whose labels come from Clio's own Julian/Gregorian calendar code, and
 * vis-timeline works on JavaScript Dates (proleptic Gregorian only). d3 gives a linear scale, an axis that takes our
 * tick values and labels, and mouse/touch zoom and pan, and leaves drawing (one SVG rect per item in view) to us.
 */
import { axisTop } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ChronologyItem, ChronologyResult } from '../../../shared/protocol';
import type { FromWebview, ToWebview } from './messages';
import { axisCalendar, calendarTicks, fileName, itemAt, layout, type GroupBy, type Placement } from './model';
import './timeline.css';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): unknown; setState(state: unknown): void };
const vscode = acquireVsCodeApi();

const LANE = 16;
const HEADER = 20;
const MARGIN = 12;
const AXIS_HEIGHT = 26;
/** Above this many items the picture has no text labels (the tooltip and the list name them). */
const MAX_LABELS = 300;
const LABEL_CHAR_PX = 6.2;
const SVG = 'http://www.w3.org/2000/svg';

interface State {
  groupBy: GroupBy;
}
const state: State = { groupBy: 'section', ...(vscode.getState() as Partial<State> | undefined) };

// ---- the page: a toolbar, the picture (axis + plot) and the list --------------------------------------------------
document.body.innerHTML = `
<header class="toolbar">
  <h1 class="title"></h1>
  <label>Group by <select class="group-by"><option value="section">section</option><option value="kind">kind</option></select></label>
  <button class="zoom-out" title="Zoom out (-)" aria-label="Zoom out">−</button>
  <button class="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button class="zoom-fit" title="Back to the first view (0)">Fit</button>
  <button class="export" title="Write the chronology as a Markdown table, CSV, JSON or TimelineJS">Export…</button>
  <span class="axis-note"></span>
</header>
<div class="body">
  <div class="picture" tabindex="0" role="group"
       aria-label="Timeline picture. Plus and minus zoom, left and right arrows pan, 0 shows all; the list beside it names every item.">
    <svg class="axis" height="${AXIS_HEIGHT}"><g transform="translate(0,${AXIS_HEIGHT - 1})"></g></svg>
    <div class="plot-scroll"><svg class="plot"><g class="groups"></g><g class="marks"></g><g class="labels"></g></svg></div>
    <p class="empty" hidden>No dated items.</p>
  </div>
  <aside class="list" aria-label="Items in time order"><ol></ol></aside>
</div>
<div class="tooltip" role="tooltip" hidden></div>`;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const picture = $<HTMLDivElement>('.picture');
const axisSvg = $<SVGSVGElement>('svg.axis');
const plot = $<SVGSVGElement>('svg.plot');
const marksLayer = $<SVGGElement>('g.marks');
const labelsLayer = $<SVGGElement>('g.labels');
const groupsLayer = $<SVGGElement>('g.groups');
const list = $<HTMLOListElement>('.list ol');
const scroller = $<HTMLDivElement>('.plot-scroll');
const tooltip = $<HTMLDivElement>('.tooltip');
const groupBySelect = $<HTMLSelectElement>('.group-by');
groupBySelect.value = state.groupBy;

// ---- what is drawn -------------------------------------------------------------------------------------------------
let result: ChronologyResult = { convention: undefined, items: [] };
let workspace = false;
let items: ChronologyItem[] = [];
/** The marks and labels drawn now: only those of the rows in view (a book's 5,000 would cost the browser 5,000 elements). */
let marks = new Map<number, SVGRectElement>();
let labels = new Map<number, SVGTextElement>();
/** Each item's row, as the y of its middle; and the items ordered by it, to find the rows in view. */
let rows: number[] = [];
let byRow: number[] = [];
/** Items drawn on the row of an earlier one (another mention of the same person or event): their label is not drawn again. */
let sharesRow: boolean[] = [];
/** Items whose label stands left of the mark: drawn on the right, it would run past the picture's right edge. */
let labelLeft: boolean[] = [];
let withLabels = false;
let baseX: ScaleLinear<number, number> = scaleLinear();
let transform: ZoomTransform = zoomIdentity;
let current: number | undefined;
/** The picture's width, read once per render: reading it while placing would force a layout per zoom frame. */
let width = 0;
let viewHeight = 0;
let lastCursor: Extract<ToWebview, { type: 'cursor' }> | undefined;

/** The first and the day after the last day of the items. */
function span(of: readonly ChronologyItem[]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const i of of) { first = Math.min(first, i.startJdn); last = Math.max(last, i.endJdn + 1); }
  return [first, last];
}

/** Where an item's mark goes at scale x: bars span their days, points and ticks sit mid-day. */
function markBox(item: ChronologyItem, x: ScaleLinear<number, number>): [number, number] {
  const x0 = x(item.startJdn);
  const x1 = x(item.endJdn + 1);
  if (item.kind === 'person' || item.endJdn > item.startJdn) return [x0, Math.max(2, x1 - x0)];
  const mid = (x0 + x1) / 2;
  return item.kind === 'event' ? [mid - 4, 8] : [mid - 1, 2];
}

function markShape(item: ChronologyItem): 'life' | 'span' | 'point' | 'tick' {
  return item.kind === 'person' ? 'life' : item.endJdn > item.startJdn ? 'span' : item.kind === 'event' ? 'point' : 'tick';
}

const MARK_HEIGHT: Record<string, number> = { life: 4, span: 10, point: 8, tick: 12 };

function render(): void {
  (window as any).t0 = performance.now();
  items = result.items;
  width = Math.max(200, picture.clientWidth);
  // The first view shows the days the text writes and its events; people's lives reach beyond it (zoom out for them).
  const dated = items.some((i) => i.kind !== 'person') ? items.filter((i) => i.kind !== 'person') : items;
  const [first, last] = span(dated);
  const pad = Math.max(1, (last - first) * 0.03);
  // Room on the right for the labels of the last items.
  withLabels = items.length <= MAX_LABELS;
  baseX = scaleLinear().domain(items.length ? [first - pad, last + pad] : [0, 1]).range([MARGIN, width - MARGIN - (withLabels ? 140 : 0)]);
  const [allFirst, allLast] = span(items);
  const zoomOutToAll = (last - first + 2 * pad) / Math.max(1, allLast - allFirst);
  transform = zoomIdentity;
  picture.querySelector<HTMLElement>('.empty')!.hidden = items.length > 0;

  const labelWidth = (item: ChronologyItem) => (withLabels ? item.label.length * LABEL_CHAR_PX + 6 : 0);
  labelLeft = items.map((item) => {
    if (item.kind === 'person') return false;
    const [x, w] = markBox(item, baseX);
    return x + w + 4 + labelWidth(item) > width - MARGIN && x - 4 - labelWidth(item) >= MARGIN;
  });
  const { groups, placements } = layout(items, state.groupBy, workspace, (item, i) => {
    const [x, w] = markBox(item, baseX);
    const label = labelWidth(item);
    if (item.kind === 'person') return [x - 2, Math.max(x + w, x + label) + 4];
    return labelLeft[i] ? [x - 4 - label, x + w + 2] : [x - 2, x + w + 4 + label];
  });
  // Each group: a header row with its name, then its lanes.
  const groupTop: number[] = [];
  let y = 4;
  for (const g of groups) { groupTop.push(y); y += HEADER + g.lanes * LANE; }
  plot.setAttribute('height', String(y + 4));
  plot.setAttribute('width', String(width));
  axisSvg.setAttribute('width', String(width));
  rows = placements.map((p: Placement) => groupTop[p.group] + HEADER + p.lane * LANE + LANE / 2);
  const placed = new Set<Placement>();
  sharesRow = placements.map((p) => placed.has(p) || !placed.add(p));
  byRow = items.map((_, i) => i).sort((a, b) => rows[a] - rows[b]);

  groupsLayer.replaceChildren(...groups.map((g, k) => {
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('class', 'group-name');
    text.setAttribute('x', String(MARGIN));
    text.setAttribute('y', String(groupTop[k] + 14));
    text.textContent = g.name;
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('class', 'group-rule');
    line.setAttribute('x1', '0');
    line.setAttribute('x2', String(width));
    line.setAttribute('y1', String(groupTop[k]));
    line.setAttribute('y2', String(groupTop[k]));
    const g2 = document.createElementNS(SVG, 'g');
    g2.append(line, text);
    return g2;
  }));

  current = undefined;
  drawRowsInView();
  renderList();
  (window as any).t2 = performance.now();
  place();
  (window as any).t3 = performance.now();
  select(picture).call(zoomer.transform, zoomIdentity);
  zoomer.scaleExtent([Math.min(0.25, zoomOutToAll / 1.2), Math.max(1, 200 / (baseX(1) - baseX(0)))]);
  const cal = axisCalendar(result.convention);
  $('.axis-note').textContent = `Axis: ${cal === 'julian' ? 'Old Style (Julian)' : 'New Style (Gregorian)'}${result.convention === 'dual' ? ', dual dates' : ''}; ${items.length} item${items.length === 1 ? '' : 's'}`;
  if (lastCursor) highlight(itemAt(items, lastCursor.uri, lastCursor.line, lastCursor.character), false);
}

/** Rows of the list built with the picture; the rest follow in later tasks, so that a book's picture is not kept waiting. */
const LIST_FIRST = 100;
const LIST_CHUNK = 1000;
let listJob: ReturnType<typeof setTimeout> | undefined;

/** The list beside the picture, in time order: built as strings, which the browser parses faster than createElement calls. */
function renderList(): void {
  clearTimeout(listJob);
  const rows = (from: number, to: number) => items.slice(from, to).map((item, k) => {
    const i = from + k;
    const where = workspace ? ` · ${fileName(item.uri)}` : '';
    const diag = item.diagnostics.length ? ` · ⚠ ${item.diagnostics.join(', ')}` : '';
    const title = `${item.otherCalendarText}${item.section ? ` · ${item.section}` : ''}`;
    return `<li><button class="item" data-i="${i}" title="${escapeHtml(title)}">${escapeHtml(`${item.label} — ${item.text} (${item.kind})${where}${diag}`)}</button></li>`;
  }).join('');
  list.innerHTML = rows(0, LIST_FIRST);
  const more = (from: number) => {
    if (from >= items.length) return;
    list.insertAdjacentHTML('beforeend', rows(from, from + LIST_CHUNK));
    if (current !== undefined && current >= from && current < from + LIST_CHUNK) list.children[current].querySelector('button')?.setAttribute('aria-current', 'true');
    listJob = setTimeout(more, 0, from + LIST_CHUNK);
  };
  listJob = setTimeout(more, 0, LIST_FIRST);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}

/** Creates the marks (and labels) of the rows in view and a few beyond; called on render and as the picture scrolls. */
function drawRowsInView(): void {
  viewHeight = scroller.clientHeight;
  const top = scroller.scrollTop - 8 * LANE;
  const bottom = scroller.scrollTop + viewHeight + 8 * LANE;
  marks = new Map();
  labels = new Map();
  for (let k = firstRowAtOrBelow(top); k < byRow.length && rows[byRow[k]] <= bottom; k++) {
    const i = byRow[k];
    const item = items[i];
    const rect = document.createElementNS(SVG, 'rect');
    const shape = markShape(item);
    rect.setAttribute('class', `mark ${item.kind} ${shape}${item.diagnostics.length ? ' diagnosed' : ''}${i === current ? ' current' : ''}`);
    // A life's thin bar runs along the bottom of its lane, its name above it.
    rect.setAttribute('y', String(shape === 'life' ? rows[i] + LANE / 2 - 5 : rows[i] - MARK_HEIGHT[shape] / 2));
    rect.setAttribute('height', String(MARK_HEIGHT[shape]));
    if (shape === 'point') rect.setAttribute('rx', '4');
    rect.dataset.i = String(i);
    marks.set(i, rect);
    if (!withLabels || sharesRow[i]) continue;
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('class', 'label');
    if (labelLeft[i]) text.setAttribute('text-anchor', 'end');
    text.setAttribute('y', String(shape === 'life' ? rows[i] + 1 : rows[i] + 4));
    text.textContent = item.label;
    labels.set(i, text);
  }
  marksLayer.replaceChildren(...marks.values());
  if (current !== undefined && marks.has(current)) marksLayer.append(marks.get(current)!); // the current one on top
  labelsLayer.replaceChildren(...labels.values());
  placeMarks(transform.rescaleX(baseX));
}

function firstRowAtOrBelow(y: number): number {
  let lo = 0;
  let hi = byRow.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (rows[byRow[mid]] < y) lo = mid + 1; else hi = mid; }
  return lo;
}

function placeMarks(x: ScaleLinear<number, number>): void {
  for (const [i, rect] of marks) {
    const [left, w] = markBox(items[i], x);
    rect.setAttribute('x', left.toFixed(1));
    rect.setAttribute('width', w.toFixed(1));
    // A life's name stands at its start, or at the picture's left edge while the start is out of view.
    // (Zooming in only spreads the marks, so a label flipped left at the first view never covers its neighbour.)
    labels.get(i)?.setAttribute('x', (items[i].kind === 'person' ? Math.max(left, MARGIN) + 2 : labelLeft[i] ? left - 4 : left + w + 4).toFixed(1));
  }
}

/** Puts marks, labels and the axis where the current zoom says. */
function place(): void {
  const x = transform.rescaleX(baseX);
  placeMarks(x);
  const [d0, d1] = x.domain();
  const ticks = items.length ? calendarTicks(d0, d1, axisCalendar(result.convention), Math.max(2, Math.floor(width / 90))) : [];
  const byJdn = new Map(ticks.map((t) => [t.jdn, t.label]));
  const axis = select(axisSvg).select<SVGGElement>('g');
  axis.call(axisTop<number>(x).tickValues(ticks.map((t) => t.jdn)).tickFormat((d) => byJdn.get(d) ?? '').tickSizeOuter(0));
  // A label centred on a tick near an edge would be cut: it moves inwards just enough.
  axis.selectAll<SVGTextElement, number>('.tick text').attr('dx', (d) => Math.max(0, 26 - x(d)) + Math.min(0, width - 26 - x(d)));
}

let scrollPending = false;
scroller.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => { scrollPending = false; drawRowsInView(); });
}, { passive: true });

let placePending = false;
function schedulePlace(): void {
  if (placePending) return;
  placePending = true;
  requestAnimationFrame(() => { placePending = false; place(); });
}

// ---- zoom and pan: mouse (d3-zoom) and keyboard --------------------------------------------------------------------
const zoomer: ZoomBehavior<HTMLDivElement, unknown> = zoom<HTMLDivElement, unknown>()
  // Wheel zooms; plain drag pans; a drag that starts on the list or the scrollbar does not.
  .filter((event: Event) => !(event as MouseEvent).button && !(event.target as Element).closest?.('.list'))
  .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => { transform = event.transform; schedulePlace(); });
select(picture).call(zoomer).on('dblclick.zoom', null);

const zoomBy = (k: number) => zoomer.scaleBy(select(picture), k);
const panBy = (px: number) => zoomer.translateBy(select(picture), px / transform.k, 0);
const fit = () => zoomer.transform(select(picture), zoomIdentity);
$('.zoom-in').addEventListener('click', () => zoomBy(1.5));
$('.zoom-out').addEventListener('click', () => zoomBy(1 / 1.5));
$('.zoom-fit').addEventListener('click', fit);
$('.export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));
picture.addEventListener('keydown', (event) => {
  const step = width / 8;
  switch (event.key) {
    case '+': case '=': zoomBy(1.5); break;
    case '-': case '_': zoomBy(1 / 1.5); break;
    case 'ArrowLeft': panBy(step); break;
    case 'ArrowRight': panBy(-step); break;
    case '0': case 'Home': fit(); break;
    case 'Enter': if (current !== undefined) reveal(current); break;
    default: return;
  }
  event.preventDefault();
});

groupBySelect.addEventListener('change', () => {
  state.groupBy = groupBySelect.value as GroupBy;
  vscode.setState(state);
  render();
});

// ---- the two-way link ----------------------------------------------------------------------------------------------
function reveal(i: number): void {
  highlight(i, false);
  vscode.postMessage({ type: 'reveal', index: i });
}

/** Marks item i (or none) as the one at the editor's cursor; brings it into view when `follow`. */
function highlight(i: number | undefined, follow: boolean): void {
  if (i === current) return;
  if (current !== undefined) {
    marks.get(current)?.classList.remove('current');
    list.children[current]?.querySelector('button')?.removeAttribute('aria-current');
  }
  current = i;
  if (i === undefined) return;
  const mark = marks.get(i);
  if (mark) { mark.classList.add('current'); marksLayer.append(mark); } // drawn last, above its neighbours
  const button = list.children[i]?.querySelector('button');
  button?.setAttribute('aria-current', 'true');
  if (!follow) return;
  button?.scrollIntoView({ block: 'nearest' });
  const x = transform.rescaleX(baseX);
  const [left, w] = markBox(items[i], x);
  if (left + w < 0 || left > width) zoomer.translateTo(select(picture), baseX(items[i].startJdn), 0);
  const rowTop = rows[i] - LANE;
  if (rowTop < scroller.scrollTop || rowTop + 2 * LANE > scroller.scrollTop + viewHeight) scroller.scrollTop = rowTop - viewHeight / 2;
}

function indexOf(target: EventTarget | null): number | undefined {
  const i = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-i]')?.dataset.i;
  return i === undefined ? undefined : Number(i);
}

plot.addEventListener('click', (event) => { const i = indexOf(event.target); if (i !== undefined) reveal(i); });
list.addEventListener('click', (event) => { const i = indexOf(event.target); if (i !== undefined) reveal(i); });

// The tooltip: the item's day(s) in the axis' calendar and in the other one.
plot.addEventListener('pointerover', (event) => {
  const i = indexOf(event.target);
  if (i === undefined) { tooltip.hidden = true; return; }
  const item = items[i];
  tooltip.replaceChildren(...[
    item.label,
    item.text,
    item.otherCalendarText,
    workspace ? fileName(item.uri) + (item.section ? ` · ${item.section}` : '') : item.section,
    item.diagnostics.length ? `⚠ ${item.diagnostics.join(', ')}` : undefined,
  ].filter((line): line is string => !!line).map((line, k) => {
    const div = document.createElement('div');
    div.textContent = line;
    if (k === 0) div.className = 'tooltip-title';
    return div;
  }));
  tooltip.hidden = false;
  const bounds = document.body.getBoundingClientRect();
  tooltip.style.left = `${Math.min(event.clientX + 12, bounds.width - tooltip.offsetWidth - 4)}px`;
  tooltip.style.top = `${event.clientY + 16}px`;
});
plot.addEventListener('pointerout', () => { tooltip.hidden = true; });

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'chronology') {
    result = message.result;
    workspace = message.workspace;
    $('.title').textContent = message.title;
    render();
  } else if (message.type === 'cursor') {
    lastCursor = message;
    highlight(itemAt(items, message.uri, message.line, message.character), true);
  }
});
let resizePending: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => { clearTimeout(resizePending); resizePending = setTimeout(render, 150); });
vscode.postMessage({ type: 'ready' });

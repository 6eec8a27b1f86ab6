/**
 * The timeline webview's page (dist/timeline.js + dist/timeline.css) in headless chromium (playwright-core), outside
 * VS Code: acquireVsCodeApi is a stub that records what the page posts, and messages are dispatched to the window
 * as the panel's postMessage would deliver them. Used by test/webview/timeline.test.ts and bench/timeline.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ChronologyItem, ChronologyResult } from '../../shared/protocol';
import type { FromWebview, ToWebview } from '../../client/webview/timeline/messages';

const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export interface TimelinePage {
  browser: Browser;
  page: Page;
  /** Dispatches a message as the panel would; resolves with the milliseconds the page took (script, style, layout). */
  send(message: ToWebview): Promise<number>;
  /** What the page posted to the panel so far. */
  posted(): Promise<FromWebview[]>;
  close(): Promise<void>;
}

/** VS Code's webview API as the page sees it: what it posts is kept in `posted`. */
const STUB = 'window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => undefined });';

export async function openTimelinePage(size = { width: 1200, height: 800 }): Promise<TimelinePage> {
  const js = fs.readFileSync(path.join(ROOT, 'dist/timeline.js'), 'utf8');
  const css = fs.readFileSync(path.join(ROOT, 'dist/timeline.css'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: size });
  // A few of VS Code's theme variables, so that the marks have colours as in the editor (Dark Modern).
  const theme = ':root{--vscode-editor-background:#1f1f1f;--vscode-foreground:#ccc;--vscode-editor-foreground:#ccc;--vscode-charts-blue:#3794ff;--vscode-charts-green:#89d185;--vscode-charts-orange:#d18616;--vscode-editorWarning-foreground:#cca700;--vscode-focusBorder:#0078d4;--vscode-panel-border:#444;--vscode-descriptionForeground:#9d9d9d;--vscode-list-activeSelectionBackground:#04395e;--vscode-font-family:sans-serif;--vscode-font-size:13px}';
  await page.setContent(`<!DOCTYPE html><html><head><style>${theme}\n${css}</style><script>${STUB}</script></head><body></body></html>`);
  await page.addScriptTag({ content: js });
  return {
    browser,
    page,
    send: (message) => page.evaluate((m) => {
      const t = performance.now();
      window.dispatchEvent(new MessageEvent('message', { data: m }));
      document.body.getBoundingClientRect(); // style and layout now, inside the measure
      return performance.now() - t;
    }, message),
    posted: () => page.evaluate(() => (globalThis as unknown as { posted: FromWebview[] }).posted),
    close: () => browser.close(),
  };
}

/**
 * A book-sized chronology: n items over 1700–1950 (people's lives, events, dates written in the text) in 40 sections,
 * one in twenty with a diagnostic, sorted as the server sorts them.
 */
export function syntheticChronology(n: number): ChronologyResult {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const first = 2341973; // 1 January 1700 (Gregorian)
  const items: ChronologyItem[] = Array.from({ length: n }, (_, i) => {
    const kind = (['date', 'event', 'person'] as const)[i % 3];
    const start = first + Math.floor(random() * 250 * 365);
    const length = kind === 'person' ? Math.floor(20 + random() * 60) * 365 : kind === 'event' && random() < 0.4 ? Math.floor(random() * 300) : 0;
    return {
      kind, label: `${kind} ${i}`, startJdn: start, endJdn: start + length, precision: 'day', edtf: '',
      text: `day ${start}`, otherCalendarText: `other day ${start}`, uri: 'file:///book/chapter.md',
      range: { start: { line: i, character: 0 }, end: { line: i, character: 10 } },
      section: `Section ${Math.floor(i / (n / 40))}`, diagnostics: i % 20 === 0 ? ['calendar-mixup'] : [],
    };
  });
  items.sort((a, b) => a.startJdn - b.startJdn || a.endJdn - b.endJdn || a.range.start.line - b.range.start.line);
  return { convention: 'gregorian', items };
}

/**
 * Renders the book `runs` times (median: script, style and layout until the picture is there), then times 10
 * keyboard zoom steps (median: the work of the animation frame that redraws, layout included).
 */
export async function measureBook(t: TimelinePage, book: ChronologyResult, runs: number): Promise<{ render: number; zoomStep: number }> {
  const renders: number[] = [];
  for (let k = 0; k < runs; k++) renders.push(await t.send({ type: 'chronology', result: book, workspace: false, title: 'book' }));
  await t.page.waitForFunction((n) => document.querySelectorAll('.list .item').length === n, book.items.length);
  await t.page.locator('.picture').focus();
  const steps: number[] = [];
  for (let k = 0; k < 10; k++) {
    steps.push(await t.page.evaluate((key) => new Promise<number>((resolve) => {
      let start = 0;
      // Frame callbacks run in the order they were asked for: this one before the page's redraw, the next after it.
      requestAnimationFrame(() => { start = performance.now(); });
      document.querySelector('.picture')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      requestAnimationFrame(() => { document.body.getBoundingClientRect(); resolve(performance.now() - start); });
    }), k < 5 ? '+' : '-'));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return { render: median(renders), zoomStep: median(steps) };
}

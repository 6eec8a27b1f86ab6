/**
 * Timeline check in the real workbench (part of npm run test:ui): Clio installed into code-server (VS Code 1.139.1),
 * examples/dual-power.md opened in headless chromium, `Clio: Show Timeline` run from the command palette; then, in
 * the webview's own frame: the expected items are listed and drawn, a click on a mark selects its text in the editor
 * (read from the status bar), keyboard zoom changes the axis, and moving the editor's cursor onto a name highlights
 * its item; then the workspace timeline, whose items open their file. No CSP violations. Saves
 * test-results/timeline.png.
 *
 * Usage: node out/test/vscode/timelineCheck.js [file.vsix | --dev]
 *   default: clio-<version>.vsix in the repo root (npm run package); --dev loads the repo itself as the extension.
 * Exit code: 0 when every step saw what it expected.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { REPO_ROOT, log, startCodeServer, type CodeServer } from './host';

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
const vsix = path.resolve(args.find((a) => a.endsWith('.vsix')) ?? path.join(REPO_ROOT, `clio-${version}.vsix`));
// A copy of examples/: the check types into the draft, and the workbench may save it.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-timeline-'));
fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
const file = path.join(workspace, 'dual-power.md');
const lines = fs.readFileSync(file, 'utf8').split('\n');
const outDir = path.join(REPO_ROOT, 'test-results');
const screenshot = path.join(outDir, 'timeline.png');
const timeoutMs = Number(process.env.CLIO_UI_TIMEOUT_MS || 240_000);

/** Items the chronology of dual-power.md must hold, as the list writes them ("name — day"). */
const EXPECTED = ['July Days — 16–20 July 1917', 'Nicholas II — 18 May 1868', 'Decree on Peace — 8 November 1917', '7 November 1917 (O.S. 25 October) — 7 November 1917'];

let cs: CodeServer | undefined;
async function finish(code: number, why: string): Promise<void> {
  log('timeline', `finish: exit ${code} (${why})`);
  await cs?.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(code);
}
setTimeout(() => void finish(3, `timeout after ${timeoutMs} ms`), timeoutMs).unref();

const failures: string[] = [];
function check(ok: boolean, what: string): void {
  log('timeline', `${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

/** The frame that holds the timeline page titled `title` (VS Code nests it in two iframes). */
async function timelineFrame(page: Page, title: string): Promise<Frame> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('.toolbar .title', { hasText: title }).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(500);
  }
  throw new Error('no timeline webview frame within 60 s');
}

const cspViolations: string[] = [];

/** Runs a command from the palette (F1), as a user does. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

/** The status bar's selection item: "Ln 51, Col 37 (9 selected)". */
const selectionStatus = (page: Page) => page.locator('#status\\.editor\\.selection').innerText().catch(() => '');

async function main(): Promise<number> {
  if (!dev && !fs.existsSync(vsix)) { console.error(`${vsix} not found; run npm run package (or pass --dev)`); return 2; }
  fs.mkdirSync(outDir, { recursive: true });
  cs = await startCodeServer({
    workspace,
    beforeStart: dev ? undefined : ({ installExtension }) => log('timeline', installExtension(vsix).split('\n').filter((l) => /install/i.test(l)).join(' | ')),
  });
  log('timeline', `code-server (VS Code 1.139.1) on 127.0.0.1:${cs.port} with ${dev ? 'the repo as development extension' : path.basename(vsix)}`);
  const { page } = await cs.openBrowser();
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text()); });
  const payload: [string, string][] = [['openFile', cs.remote(file)], ['skipWelcome', 'true']];
  if (dev) payload.push(['extensionDevelopmentPath', cs.remote(REPO_ROOT)]);
  await page.goto(cs.url(workspace, payload));
  await page.locator('.monaco-editor .view-line', { hasText: 'Dual Power' }).first().waitFor({ timeout: 90_000 });
  // Wait for the language server: a squiggle means it has analyzed the draft.
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-error').first().waitFor({ timeout: 90_000 });
  await page.locator('.monaco-editor .view-line').first().click();

  // The command, as a user runs it.
  await runCommand(page, 'Clio: Show Timeline');
  const frame = await timelineFrame(page, 'Timeline: dual-power.md');
  await frame.locator('.list .item').first().waitFor({ timeout: 60_000 });
  log('timeline', `timeline open: ${await frame.locator('.axis-note').innerText()}`);

  // The expected items, in the list and as marks.
  const listed = await frame.locator('.list .item').allInnerTexts();
  for (const e of EXPECTED) check(listed.some((t) => t.startsWith(e)), `list has "${e}…"`);
  check(listed.length >= 30, `list has ${listed.length} items (≥ 30)`);
  check(await frame.locator('rect.mark').count() > 0, 'the picture draws marks');
  check(await frame.locator('rect.mark.diagnosed').count() > 0, 'items with a Clio diagnostic are marked');
  const note = await frame.locator('.axis-note').innerText();
  check(/New Style/.test(note), `axis in the document's convention (${note})`);

  // A click on the July Days mark selects "July Days" in the editor.
  const julyLine = lines.findIndex((l) => l.includes('July Days'));
  const julyIndex = await frame.locator('.list .item', { hasText: /^July Days — / }).first().getAttribute('data-i');
  // Only the rows in view are drawn: scroll the picture down, as a user would, until the mark is there.
  const julyMark = frame.locator(`rect.mark[data-i="${julyIndex}"]`);
  for (let k = 0; k < 40 && !(await julyMark.count()); k++) {
    await frame.locator('.plot-scroll').evaluate((el) => { el.scrollTop += 120; });
    await page.waitForTimeout(100);
  }
  await julyMark.click();
  let status = '';
  for (let k = 0; k < 20 && !/\(9 selected\)/.test(status); k++) { await page.waitForTimeout(250); status = await selectionStatus(page); }
  check(new RegExp(`^Ln ${julyLine + 1}, Col \\d+ \\(9 selected\\)`).test(status), `click on "July Days" selects its 9 characters on line ${julyLine + 1} (status bar: "${status}")`);

  // Keyboard zoom: "+" on the focused picture changes the axis.
  const axisBefore = await frame.locator('svg.axis .tick text').evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
  await frame.locator('.picture').focus();
  for (let k = 0; k < 3; k++) await frame.locator('.picture').press('+');
  await page.waitForTimeout(300);
  const axisAfter = await frame.locator('svg.axis .tick text').evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
  check(axisAfter !== axisBefore && axisAfter.length > 0, `"+" zooms in: axis "${axisBefore}" → "${axisAfter}"`);
  await frame.locator('.picture').press('0');

  // Moving the editor's cursor onto "Decree on Peace" highlights its item.
  const decreeLine = lines.findIndex((l) => l.includes('Decree on Peace'));
  const decreeColumn = lines[decreeLine].indexOf('Decree on Peace') + 4;
  // Back to the editor (a hover left by the mark's tooltip may lie over its first line).
  await page.mouse.move(5, 400);
  await page.locator('.monaco-editor .view-line').first().click({ force: true });
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${decreeLine + 1}:${decreeColumn + 1}`);
  await page.keyboard.press('Enter');
  const current = frame.locator('.list .item[aria-current]');
  let currentText = '';
  for (let k = 0; k < 20 && !currentText.startsWith('Decree on Peace'); k++) { await page.waitForTimeout(250); currentText = await current.innerText().catch(() => ''); }
  check(currentText.startsWith('Decree on Peace'), `cursor on "Decree on Peace" (line ${decreeLine + 1}) highlights its item ("${currentText}")`);
  const decreeIndex = await current.getAttribute('data-i').catch(() => null);
  check(await frame.locator(`rect.mark.current[data-i="${decreeIndex}"]`).count() === 1, 'and its mark in the picture');

  await frame.locator(`rect.mark[data-i="${decreeIndex}"]`).hover().catch(() => undefined);
  await page.waitForTimeout(300);
  const tooltip = await frame.locator('.tooltip').innerText().catch(() => '');
  check(/O\.S\./.test(tooltip), `tooltip gives the other calendar's day ("${tooltip.replace(/\n/g, ' | ')}")`);
  await page.screenshot({ path: screenshot });
  log('timeline', `screenshot: ${path.relative(REPO_ROOT, screenshot)}`);

  // Export… writes the chronology shown (CSV here) where the save dialog says (its default: the workspace folder).
  await frame.locator('button.export').click();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'CSV' }).first().waitFor({ timeout: 20_000 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'CSV' }).first().click();
  await page.waitForTimeout(1500); // the save dialog (VS Code's own, in the quick input) with the default path
  await page.keyboard.press('Enter');
  const exported = path.join(workspace, 'dual-power-chronology.csv');
  for (let k = 0; k < 40 && !fs.existsSync(exported); k++) await page.waitForTimeout(250);
  const csv = fs.existsSync(exported) ? fs.readFileSync(exported, 'utf8') : '';
  check(/,event,July Days,.*,dual-power\.md,51,/.test(csv), `Export… → CSV wrote ${path.basename(exported)} (${csv.split('\n').length - 1} lines)`);

  // The view follows edits: a date typed at the end of the draft appears in it (then the edit is reverted).
  await page.mouse.move(5, 400);
  await page.locator('.monaco-editor .view-line').first().click({ force: true });
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nOn 1 January 1918 nothing happened.');
  const typed = frame.locator('.list .item', { hasText: /^1 January 1918 — / });
  await typed.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  check(await typed.count() === 1, 'a date typed in the editor appears in the timeline');
  await runCommand(page, 'File: Revert File');

  // Workspace mode, with no editor open: the book's items name their files, and a click opens the file at the item.
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Clio: Show Workspace Timeline');
  const book = await timelineFrame(page, 'Timeline: workspace');
  await book.locator('.list .item').first().waitFor({ timeout: 60_000 });
  const bookItems = await book.locator('.list .item').allInnerTexts();
  check(bookItems.length >= 30 && bookItems.every((t) => t.includes(' · dual-power.md')), `workspace timeline: ${bookItems.length} items, each naming its file`);
  await book.locator('.list .item', { hasText: /^Decree on Peace — / }).first().click();
  status = '';
  for (let k = 0; k < 20 && !/\(15 selected\)/.test(status); k++) { await page.waitForTimeout(250); status = await selectionStatus(page); }
  check(new RegExp(`^Ln ${decreeLine + 1}, Col \\d+ \\(15 selected\\)`).test(status), `a click in the workspace timeline opens dual-power.md and selects "Decree on Peace" (status bar: "${status}")`);

  check(cspViolations.length === 0, `no content security policy violations${cspViolations.length ? `: ${cspViolations.join(' | ')}` : ''}`);
  return failures.length ? 1 : 0;
}

main().then((code) => finish(code, code === 0 ? 'timeline opened, linked both ways' : `${failures.length} check(s) failed`), (e) => { console.error(e); return finish(4, 'timeline check error'); });

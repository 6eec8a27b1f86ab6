/**
 * UI check in the real workbench (npm run test:ui): the packaged .vsix installed into code-server
 * (VS Code 1.139.1), examples/dual-power.md opened in headless chromium, the mouse moved over a name,
 * the hover widget's text read from the DOM, the diagnostic squiggles counted, and a screenshot of
 * what a user sees saved to test-results/hover.png.
 *
 * Usage: node out/test/vscode/uiCheck.js [file.vsix] [--word Kerensky] [--expect TEXT]
 *   default vsix: clio-<version>.vsix in the repo root (built by `npm run package`).
 * Exit code: 0 when the hover shows the expected text and at least one Clio squiggle is visible.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, log, startCodeServer, type CodeServer } from './host';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const word = opt('--word', 'Kerensky');
const expect = opt('--expect', word);
const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
const vsix = path.resolve(args[0] ?? path.join(REPO_ROOT, `clio-${version}.vsix`));
const workspace = path.join(REPO_ROOT, 'examples');
const file = path.join(workspace, 'dual-power.md');
const outDir = path.join(REPO_ROOT, 'test-results');
const screenshot = path.join(outDir, 'hover.png');
const timeoutMs = Number(process.env.CLIO_UI_TIMEOUT_MS || 180_000);

let cs: CodeServer | undefined;
async function finish(code: number, why: string): Promise<void> {
  log('ui', `finish: exit ${code} (${why})`);
  await cs?.dispose();
  process.exit(code);
}
setTimeout(() => void finish(3, `timeout after ${timeoutMs} ms`), timeoutMs).unref();

async function main(): Promise<number> {
  if (!fs.existsSync(vsix)) { console.error(`${vsix} not found; run npm run package`); return 2; }
  fs.mkdirSync(outDir, { recursive: true });
  cs = await startCodeServer({
    workspace,
    // Hover below the line, so that the squiggle a few lines above stays visible in the screenshot.
    settings: { 'editor.hover.above': false },
    beforeStart: ({ installExtension }) => log('ui', installExtension(vsix).split('\n').filter((l) => /install/i.test(l)).join(' | ')),
  });
  log('ui', `code-server (VS Code 1.139.1) on 127.0.0.1:${cs.port} with ${path.basename(vsix)} installed`);
  const { page } = await cs.openBrowser();
  await page.goto(cs.url(workspace, [['openFile', cs.remote(file)], ['skipWelcome', 'true']]));

  // Wait for the editor, then bring the word's line to the middle of the screen (Ctrl+G).
  await page.locator('.monaco-editor .view-line', { hasText: 'Dual Power' }).first().waitFor({ timeout: 90_000 });
  const lineNo = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(word)) + 1;
  if (lineNo === 0) { console.error(`"${word}" is not in ${file}`); return 2; }
  await page.locator('.monaco-editor .view-line').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(lineNo));
  await page.keyboard.press('Enter');
  const line = page.locator('.monaco-editor .view-line', { hasText: word }).first();
  await line.waitFor({ timeout: 30_000 });
  log('ui', `editor shows ${path.basename(file)}; hovering "${word}" on line ${lineNo}`);

  // The middle of the word on screen: a DOM Range over its characters in the rendered line. Monaco
  // splits long runs of text into several spans, so the word may straddle two text nodes.
  // (Runs in the page; the repo's tsconfig has no DOM lib, hence the untyped `document`.)
  const wordCenter = () => line.evaluate((el, w) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const document = (globalThis as any).document;
    const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
    const walker = document.createTreeWalker(el, SHOW_TEXT);
    const nodes: { node: unknown; start: number }[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ node: n, start: text.length }); text += n.textContent ?? ''; }
    const i = text.replace(/\u00a0/g, ' ').indexOf(w);
    if (i < 0) return undefined;
    const at = (offset: number) => { const k = nodes.filter((x) => x.start <= offset).pop()!; return [k.node, offset - k.start] as const; };
    const r = document.createRange();
    r.setStart(...at(i)); r.setEnd(...at(i + w.length - 1)); r.setEnd(r.endContainer, r.endOffset + 1);
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }, word);

  const hover = page.locator('.monaco-hover-content').filter({ hasText: expect }).first();
  let text = '';
  const deadline = Date.now() + 90_000;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    // The language server may still be starting: move away and back until the widget shows our text.
    const p = await wordCenter();
    if (!p) { console.error(`"${word}" not found in the rendered line`); return 1; }
    await page.mouse.move(p.x, p.y + 300);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    try {
      await hover.waitFor({ state: 'visible', timeout: attempt === 1 ? 15_000 : 6_000 });
      text = (await hover.innerText()).trim();
      break;
    } catch {
      const other = await page.locator('.monaco-hover-content').allInnerTexts().catch(() => [] as string[]);
      log('ui', `no "${expect}" hover yet (attempt ${attempt})${other.length ? `; hover shows ${JSON.stringify(other.join(' | ').slice(0, 200))}` : ''}`);
    }
  }
  // Squiggles are drawn as decorations in the editor's overlay layer.
  const squiggles = await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').count();
  await page.screenshot({ path: screenshot });
  log('ui', `hover text from the DOM: ${JSON.stringify(text)}`);
  log('ui', `diagnostic squiggles visible: ${squiggles}`);
  log('ui', `screenshot: ${path.relative(REPO_ROOT, screenshot)}`);

  let ok = true;
  if (!text.includes(expect)) { console.error(`FAIL: no hover containing "${expect}" over "${word}"`); ok = false; }
  if (squiggles === 0) { console.error('FAIL: no diagnostic squiggle in the visible part of the editor'); ok = false; }
  return ok ? 0 : 1;
}

main().then((code) => finish(code, code === 0 ? 'hover and squiggle seen' : 'check failed'), (e) => { console.error(e); return finish(4, 'ui check error'); });

/**
 * The Hebrew-calendar formatter loads ICU's calendar data (about 20 ms and 8 MB): the built CLI must build it only when
 * a text has a Hebrew date, so that starting the server or checking other texts does not pay for it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRunner';

/** Preloaded into the CLI: counts Hebrew-calendar formatters made, printed to stderr at exit. */
const SPY = `
const Original = Intl.DateTimeFormat;
let made = 0;
Intl.DateTimeFormat = function (locales, options) {
  if (String(locales).includes('-ca-hebrew')) made++;
  return new Original(locales, options);
};
Intl.DateTimeFormat.prototype = Original.prototype;
process.on('exit', () => process.stderr.write('hebrew formatters: ' + made + '\\n'));
`;

describe('clio check: the Hebrew-calendar formatter is built lazily', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-icu-'));
    writeFileSync(join(dir, 'spy.cjs'), SPY);
    writeFileSync(join(dir, 'plain.md'), 'The treaty was signed on 3 March 1918 at Brest-Litovsk.\n');
    writeFileSync(join(dir, 'hebrew.md'), 'The order arrived on 18 Tishrei 5561 [Tuesday, October 7, 1800].\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const formattersMade = (file: string) => {
    const r = runCli(['check', '--format', 'json', '--exit-zero', join(dir, file)], dir, { NODE_OPTIONS: `--require ${join(dir, 'spy.cjs')}` });
    const m = /hebrew formatters: (\d+)/.exec(r.stderr);
    assert.ok(m, `the spy reported nothing: ${r.stderr}`);
    return Number(m[1]);
  };

  it('makes none for a text without Hebrew dates', () => assert.equal(formattersMade('plain.md'), 0));
  it('makes one for a text with a Hebrew date (the spy sees it)', () => assert.equal(formattersMade('hebrew.md'), 1));
});

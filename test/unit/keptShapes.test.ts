/**
 * A full GC in a typing pause (the server's own, memory.ts) must not throw away the keystroke path's optimized code.
 * V8 holds the maps that code was compiled for weakly; the objects an analysis makes and drops keep their class's
 * map alive only while one exists, so util/keepShape.ts keeps one of each. Run as it ships (bundled by esbuild, as
 * dist/server.js is) in a child process that types into the bench's 1 MB draft, collects, and reports V8's traces.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

/** Types 100 keystrokes, then a full GC as in a pause (between the markers), then types again. */
const HARNESS = `
const { Analyzer, DEFAULT_SETTINGS, bundledDataset } = require(process.env.CORE);
const { draft1MB } = require(${JSON.stringify(join(ROOT, 'bench', 'corpus.ts'))});
let text = draft1MB();
const analyzer = new Analyzer(bundledDataset());
const mid = text.indexOf(' ', text.length >> 1);
const key = (i) => {
  text = i % 2 === 0 ? text.slice(0, mid) + 'x' + text.slice(mid) : text.slice(0, mid) + text.slice(mid + 1);
  analyzer.analyze(text, DEFAULT_SETTINGS);
};
analyzer.analyze(text, DEFAULT_SETTINGS);
for (let i = 0; i < 100; i++) key(i);
console.log('@@@ pause');
gc();
console.log('@@@ typing');
key(0);
`;

describe('kept shapes', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-shapes-'));
    buildSync({ entryPoints: [join(ROOT, 'bench', 'core.ts')], outfile: join(dir, 'core.js'), bundle: true, platform: 'node', mainFields: ['module', 'main'], logLevel: 'warning' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a full GC after typing throws away no optimized code of the keystroke path', () => {
    // Compiled on the main thread when hot, so that what is optimized before the pause does not depend on the load.
    // (So compiled, no function holds the word listener's map: that keeper shows only in concurrent compiles, where
    // the server's `word` and `find` were thrown away without it, and where what is compiled in time varies.)
    const flags = ['--expose-gc', '--trace-opt', '--trace-deopt-verbose', '--no-concurrent-recompilation', '--require', 'tsx/cjs'];
    const run = spawnSync(process.execPath, [...flags, '-e', HARNESS], { cwd: ROOT, env: { ...process.env, CORE: join(dir, 'core.js') }, encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(run.status, 0, run.stderr);
    const [typing, pause, after] = run.stdout.split(/^@@@ (?:pause|typing)$/m);
    assert.ok(pause !== undefined && after !== undefined, 'the harness ran to its end');
    // Code compiled for the date tokens' and the checks pass's maps, optimized before the pause: else the test could not tell.
    for (const name of ['dayNumber', 'find', 'findings']) assert.match(typing, new RegExp(`completed (?:optimizing|compiling) .*<JSFunction ${name} `), `${name} optimized while typing`);
    const thrownAway = pause.split('\n').filter((line) => line.includes('reason: weak objects'));
    assert.deepEqual(thrownAway, []);
  });
});

/**
 * Clio in a real editor: Debian's Neovim, headless, with the tiny Lua config of docs/editors.md (init.lua) starting
 * `node dist/server.js --stdio`; check.lua records the diagnostics and a hover Neovim received. Run by `npm run
 * test:neovim` (not in `npm test`: it needs nvim, installed by scripts/setup-neovim.sh).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HERE = __dirname;
const DRAFT = readFileSync(join(HERE, 'draft.md'), 'utf8');
const PEOPLE = JSON.parse(readFileSync(resolve(HERE, '../../data/people.json'), 'utf8')) as { people: { id: string; name: string; summary: string }[] };

interface NeovimResult {
  nvim: string;
  filetype?: string;
  client?: string;
  root_dir?: string;
  diagnostics: { code?: string; source?: string; message: string; lnum: number; col: number; severity: number }[];
  hover_position?: { line: number; character: number };
  hover?: string;
  errors: string[];
}

describe('Neovim (built-in LSP client, headless)', function () {
  this.timeout(120000);
  let result: NeovimResult;

  before(() => {
    const out = join(mkdtempSync(join(tmpdir(), 'clio-nvim-')), 'result.json');
    const run = spawnSync('bash', [join(HERE, 'run.sh'), out], { encoding: 'utf8', timeout: 110000 });
    assert.equal(run.status, 0, `run.sh failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
  });

  it('attaches the clio server to the Markdown buffer without errors', () => {
    assert.match(result.nvim, /^\d+\.\d+\.\d+$/);
    assert.equal(result.filetype, 'markdown');
    assert.equal(result.client, 'clio');
    assert.match(result.root_dir ?? '', /\/book$/, 'the root is the folder of .clio.json, above the draft');
    assert.deepEqual(result.errors, []);
  });

  it('shows the dual-date-mismatch diagnostic at the slip, with both calendars in the message', () => {
    const lines = DRAFT.split('\n');
    const lnum = lines.findIndex((l) => l.includes('8 March (O.S. 24 February) 1917'));
    const mismatch = result.diagnostics.filter((d) => d.code === 'dual-date-mismatch');
    assert.equal(mismatch.length, 1, JSON.stringify(result.diagnostics));
    const [d] = mismatch;
    assert.equal(d.source, 'clio');
    assert.equal(d.lnum, lnum);
    assert.equal(d.col, lines[lnum].indexOf('8 March'));
    // A warning by default; the book's .clio.json (run.sh) makes it an error: init.lua found the root, the server read it.
    assert.equal(d.severity, 1); // vim.diagnostic.severity.ERROR
    assert.match(d.message, /8 March 1917 \(N\.S\.\) is 23 February 1917 \(O\.S\.\), not 24 February/);
  });

  it("answers a hover on Lenin with the dataset's entry", () => {
    const lenin = PEOPLE.people.find((p) => p.id === 'lenin');
    assert.ok(lenin);
    assert.equal(result.hover_position?.line, DRAFT.split('\n').findIndex((l) => l.includes('Lenin')));
    assert.ok(result.hover, 'no hover text');
    assert.ok(result.hover.includes(lenin.name), result.hover);
    assert.ok(result.hover.includes(lenin.summary), result.hover);
  });
});

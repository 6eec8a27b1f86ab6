import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { runCli } from './cliRunner';

describe('clio CLI', () => {
  it('prints usage with --help and exits 0', () => {
    const r = runCli(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /clio check/);
    assert.match(r.stdout, /clio convert/);
  });

  it('exits 2 with a one-line reason on an unreadable path', () => {
    const r = runCli(['check', '/no/such/file.md']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^clio: cannot read \/no\/such\/file\.md/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('exits 2 on bad usage', () => {
    assert.equal(runCli(['frobnicate']).status, 2);
    assert.equal(runCli(['check']).status, 2);
    assert.equal(runCli(['check', '--format', 'xml', 'x.md']).status, 2);
    assert.equal(runCli(['check', '--calendar', 'mayan', 'x.md']).status, 2);
  });

  it('walks folders for *.md and prints a JSON array', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clio-cli-'));
    writeFileSync(join(dir, 'a.md'), '# Clean\n\nNothing to see.\n');
    mkdirSync(join(dir, 'part'));
    writeFileSync(join(dir, 'part', 'c.md'), 'On 31 April 1917 nothing happened.\n');
    writeFileSync(join(dir, 'b.txt'), 'not markdown: on 31 April 1917 nothing happened.\n');
    const r = runCli(['check', '--format', 'json', dir]);
    assert.equal(r.status, 1, r.stderr);
    const findings = JSON.parse(r.stdout) as { file: string; code: string }[];
    assert.deepEqual(findings.map((f) => [relative(dir, f.file), f.code]), [[join('part', 'c.md'), 'invalid-date']]);
    const text = runCli(['check', dir]);
    assert.match(text.stdout, /2 files checked/);
  });
});

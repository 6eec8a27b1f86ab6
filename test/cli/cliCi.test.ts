/**
 * `clio check` in CI and `clio lsp`, through the built dist/cli.js as a user runs them: SARIF, --max-warnings, --fix,
 * globs, colors (a real pseudo-terminal via script(1)), exit codes; the language server behind the lsp subcommand.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { DIAGNOSTIC_CODES } from '../../server/src/analysis/types';

const CLI = resolve(__dirname, '../../dist/cli.js');
const EXAMPLE = resolve(__dirname, '../../examples/dual-power.md');
const ESC = '\u001b[';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs dist/cli.js with a clean color environment (NO_COLOR/FORCE_COLOR of the caller must not leak in). */
function clio(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...base, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clio-ci-'));
}

/** One file per call; returns its path. */
function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const GREGORIAN = '---\nclio:\n  calendar: gregorian\n---\n\n';
/** One warning (dual-date-mismatch, with a safe fix) per paragraph. */
const MISMATCH = 'On 8 March (O.S. 24 February) 1917 the strikes spread.\n';
/** One error (invalid-date). */
const INVALID = 'Nothing happened on 31 April 1917.\n';

interface JsonFinding {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
  fixes: { title: string; edits: { range: JsonFinding['range']; newText: string }[] }[];
}

// The SARIF 2.1.0 fields clio writes (OASIS SARIF v2.1.0 §3.13 sarifLog, §3.14 run, §3.19 toolComponent,
// §3.49 reportingDescriptor, §3.27 result, §3.29 physicalLocation, §3.30 region, §3.55 fix, §3.57 replacement).
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifArtifact {
  uri: string;
  uriBaseId?: string;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: SarifArtifact; region: SarifRegion } }[];
      fixes?: { description: { text: string }; artifactChanges: { artifactLocation: SarifArtifact; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

/** A 1-based SARIF line/column (UTF-16 code units, as the run declares) → offset in text. */
function sarifOffset(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function sarifText(text: string, r: SarifRegion): string {
  return text.slice(sarifOffset(text, r.startLine, r.startColumn), sarifOffset(text, r.endLine, r.endColumn));
}

/** An LSP range (0-based, UTF-16) → the text it covers. */
function lspText(text: string, r: JsonFinding['range']): string {
  return sarifText(text, { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
}

describe('clio check for CI', () => {
  describe('--format sarif', () => {
    // An astral character (2 UTF-16 code units) before the date on its line makes UTF-16 columns observable.
    const text = `${GREGORIAN}# Notes\n\n𝔄 ${MISMATCH}\n${INVALID}`;
    let dir: string;
    let log: SarifLog;
    let json: JsonFinding[];
    let run: Run;

    before(() => {
      dir = tempDir();
      write(dir, 'drafts/chapter one.md', text);
      run = clio(['check', '--format', 'sarif', 'drafts'], dir);
      log = JSON.parse(run.stdout) as SarifLog;
      json = JSON.parse(clio(['check', '--format', 'json', 'drafts'], dir).stdout) as JsonFinding[];
    });

    it('is one SARIF 2.1.0 run by tool "clio" with a described rule for every diagnostic code', () => {
      assert.equal(run.status, 1, run.stderr);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const [r] = log.runs;
      assert.equal(r.tool.driver.name, 'clio');
      assert.match(r.tool.driver.version, /^\d+\.\d+\.\d+/);
      assert.deepEqual(r.tool.driver.rules.map((rule) => rule.id), [...DIAGNOSTIC_CODES]);
      for (const rule of r.tool.driver.rules) {
        assert.ok(rule.shortDescription.text.length > 0 && rule.shortDescription.text.length <= 1024, rule.id);
        assert.ok(rule.fullDescription.text.length > 0, rule.id);
        assert.ok(rule.help.text.includes(rule.id), rule.id);
      }
      assert.equal(r.columnKind, 'utf16CodeUnits');
    });

    it('has one result per finding with ruleId, ruleIndex, level, message and a 1-based UTF-16 region', () => {
      const [r] = log.runs;
      assert.equal(r.results.length, json.length);
      assert.deepEqual(r.results.map((x) => x.ruleId).sort(), ['dual-date-mismatch', 'invalid-date']);
      const levels = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as Record<string, string>;
      for (const [i, result] of r.results.entries()) {
        const finding = json[i];
        assert.equal(result.ruleId, finding.code);
        assert.equal(r.tool.driver.rules[result.ruleIndex].id, result.ruleId);
        assert.equal(result.level, levels[finding.severity]);
        assert.equal(result.message.text, finding.message);
        assert.equal(result.locations.length, 1);
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        // Relative to the working directory, percent-encoded, resolved through originalUriBaseIds.
        assert.equal(artifactLocation.uri, 'drafts/chapter%20one.md');
        assert.ok(artifactLocation.uriBaseId);
        assert.equal(new URL(artifactLocation.uri, r.originalUriBaseIds[artifactLocation.uriBaseId].uri).href, pathToFileURL(join(dir, 'drafts/chapter one.md')).href);
        for (const n of [region.startLine, region.startColumn, region.endLine, region.endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
        assert.equal(sarifText(text, region), lspText(text, finding.range));
      }
      const mismatch = r.results.find((x) => x.ruleId === 'dual-date-mismatch');
      assert.ok(mismatch);
      const region = mismatch.locations[0].physicalLocation.region;
      const line = text.split('\n')[region.startLine - 1];
      assert.ok(line.startsWith('𝔄 '));
      // "𝔄 On " is 6 UTF-16 code units (𝔄 counts 2): the date starts at column 7 (code points would say 6).
      assert.equal(region.startColumn, line.indexOf('8 March') + 1);
      assert.equal(region.startColumn, 7);
      assert.equal(sarifText(text, region), '8 March (O.S. 24 February) 1917');
    });

    it('carries the fixes as replacements that rewrite the file as the JSON fixes do', () => {
      const mismatch = log.runs[0].results.find((x) => x.ruleId === 'dual-date-mismatch');
      const finding = json.find((f) => f.code === 'dual-date-mismatch');
      assert.ok(mismatch?.fixes && finding);
      assert.equal(mismatch.fixes.length, finding.fixes.length);
      for (const [i, fix] of mismatch.fixes.entries()) {
        assert.equal(fix.description.text, finding.fixes[i].title);
        assert.equal(fix.artifactChanges.length, 1);
        const [change] = fix.artifactChanges;
        assert.deepEqual(change.artifactLocation, mismatch.locations[0].physicalLocation.artifactLocation);
        const replacements = change.replacements.map((rep) => ({
          start: sarifOffset(text, rep.deletedRegion.startLine, rep.deletedRegion.startColumn),
          end: sarifOffset(text, rep.deletedRegion.endLine, rep.deletedRegion.endColumn),
          newText: rep.insertedContent.text,
        }));
        assert.deepEqual(replacements.map((x) => x.newText), finding.fixes[i].edits.map((e) => e.newText));
        for (const [j, rep] of replacements.entries()) assert.equal(text.slice(rep.start, rep.end), lspText(text, finding.fixes[i].edits[j].range));
      }
      const first = mismatch.fixes[0].artifactChanges[0].replacements[0];
      const start = sarifOffset(text, first.deletedRegion.startLine, first.deletedRegion.startColumn);
      const end = sarifOffset(text, first.deletedRegion.endLine, first.deletedRegion.endColumn);
      assert.match(text.slice(0, start) + first.insertedContent.text + text.slice(end), /8 March \(O\.S\. 23 February\) 1917/);
    });

    it('is valid JSON with an empty result list on a clean file, exit 0', () => {
      const clean = tempDir();
      write(clean, 'a.md', '# Clean\n\nNothing to see.\n');
      const r = clio(['check', '--format', 'sarif', 'a.md'], clean);
      assert.equal(r.status, 0, r.stderr);
      const l = JSON.parse(r.stdout) as SarifLog;
      assert.deepEqual(l.runs[0].results, []);
      assert.equal(l.runs[0].tool.driver.rules.length, DIAGNOSTIC_CODES.length);
    });
  });

  describe('--max-warnings', () => {
    let dir: string;
    before(() => {
      dir = tempDir();
      write(dir, 'two-warnings.md', `${GREGORIAN}${MISMATCH}\n${MISMATCH.replace('8 March', '10 March')}`);
      write(dir, 'error.md', `${GREGORIAN}${INVALID}`);
    });

    it('tolerates up to N warnings and fails above, saying why', () => {
      const counted = JSON.parse(clio(['check', '--format', 'json', 'two-warnings.md'], dir).stdout) as JsonFinding[];
      assert.deepEqual(counted.map((f) => f.severity), ['warning', 'warning']);
      assert.equal(clio(['check', 'two-warnings.md'], dir).status, 1, 'without the flag any warning fails (the contract)');
      assert.equal(clio(['check', '--max-warnings', '2', 'two-warnings.md'], dir).status, 0);
      assert.equal(clio(['check', '--max-warnings', '5', 'two-warnings.md'], dir).status, 0);
      const over = clio(['check', '--max-warnings', '1', 'two-warnings.md'], dir);
      assert.equal(over.status, 1);
      assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
      assert.equal(clio(['check', '--max-warnings', '0', 'two-warnings.md'], dir).status, 1);
    });

    it('never tolerates errors, and rejects a value that is not a whole number', () => {
      assert.equal(clio(['check', '--max-warnings', '100', 'error.md'], dir).status, 1);
      for (const bad of ['-1', 'many', '1.5']) {
        const r = clio(['check', `--max-warnings=${bad}`, 'error.md'], dir);
        assert.equal(r.status, 2, bad);
        assert.match(r.stderr, /^clio: /);
      }
    });
  });

  describe('--exit-zero', () => {
    it('reports findings and exits 0; bad usage is still 2', () => {
      const dir = tempDir();
      write(dir, 'error.md', `${GREGORIAN}${INVALID}`);
      const r = clio(['check', '--exit-zero', 'error.md'], dir);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /error invalid-date/);
      assert.equal(clio(['check', '--exit-zero', 'missing.md'], dir).status, 2);
    });
  });

  describe('--fix', () => {
    it('fixes the example draft, says what it changed, and a second run finds nothing fixable', () => {
      const dir = tempDir();
      const file = join(dir, 'dual-power.md');
      copyFileSync(EXAMPLE, file);
      const original = readFileSync(file, 'utf8');
      const before = JSON.parse(clio(['check', '--format', 'json', 'dual-power.md'], dir).stdout) as JsonFinding[];
      assert.ok(before.length >= 2, 'the example draft has findings to fix');

      const run = clio(['check', '--fix', 'dual-power.md'], dir);
      const fixed = readFileSync(file, 'utf8');
      assert.notEqual(fixed, original);
      const lines = run.stdout.split('\n').filter((l) => / fixed /.test(l));
      assert.ok(lines.length > 0, run.stdout);
      assert.match(run.stdout, new RegExp(`${lines.length} fix(es)? applied in 1 file`));
      // Every "fixed" line names a finding of the first run, at its place, and its edit is now in the file.
      for (const line of lines) {
        const m = /^dual-power\.md:(\d+):(\d+): fixed ([a-z-]+): (.+)$/.exec(line);
        assert.ok(m, line);
        const finding = before.find((f) => f.range.start.line + 1 === Number(m[1]) && f.range.start.character + 1 === Number(m[2]) && f.code === m[3]);
        assert.ok(finding, `no such finding before: ${line}`);
        const fix = finding.fixes.find((f) => f.title === m[4]);
        assert.ok(fix, line);
        for (const e of fix.edits) assert.ok(fixed.includes(e.newText), e.newText);
      }
      // The draft's two known slips, corrected in the author's style; no other line touched.
      assert.match(fixed, /first met on 12 March \(O\.S\. 27 February\) 1917/);
      assert.match(fixed, /8 November \(O\.S\. 26 October\)/);
      const a = original.split('\n');
      const b = fixed.split('\n');
      assert.equal(a.length, b.length);
      const changed = a.map((l, i) => (l === b[i] ? -1 : i + 1)).filter((i) => i > 0);
      assert.deepEqual(changed, [...new Set(lines.map((l) => Number(l.split(':')[1])))].sort((x, y) => x - y));

      // What remains is reported after the fixes; the exit code is that of the remaining findings.
      const after = JSON.parse(clio(['check', '--format', 'json', 'dual-power.md'], dir).stdout) as JsonFinding[];
      assert.match(run.stdout, new RegExp(`1 file checked: ${after.filter((f) => f.severity === 'error').length} errors, ${after.filter((f) => f.severity === 'warning').length} warnings`));
      assert.equal(run.status, after.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0);

      const second = clio(['check', '--fix', 'dual-power.md'], dir);
      assert.match(second.stdout, /0 fixes applied in 0 files/);
      assert.doesNotMatch(second.stdout, / fixed /);
      assert.equal(readFileSync(file, 'utf8'), fixed);
    });

    it('keeps stdout one JSON document with --format json (the fix log goes to stderr)', () => {
      const dir = tempDir();
      write(dir, 'a.md', `${GREGORIAN}${MISMATCH}\n${INVALID}`);
      const r = clio(['check', '--fix', '--format', 'json', 'a.md'], dir);
      const remaining = JSON.parse(r.stdout) as JsonFinding[];
      assert.deepEqual(remaining.map((f) => f.code), ['invalid-date']);
      assert.match(r.stderr, /a\.md:6:4: fixed dual-date-mismatch: /);
      assert.equal(r.status, 1);
      assert.match(readFileSync(join(dir, 'a.md'), 'utf8'), /On 8 March \(O\.S\. 23 February\) 1917/);
    });

    it('leaves a file without safe fixes byte-identical', () => {
      const dir = tempDir();
      const text = `${GREGORIAN}${INVALID}`;
      write(dir, 'a.md', text);
      const r = clio(['check', '--fix', 'a.md'], dir);
      assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), text);
      assert.match(r.stdout, /0 fixes applied in 0 files/);
    });
  });

  describe('globs', () => {
    let dir: string;
    before(() => {
      dir = tempDir();
      write(dir, 'chapters/one.md', `${GREGORIAN}${MISMATCH}`);
      write(dir, 'chapters/part/two.md', `${GREGORIAN}${MISMATCH}`);
      write(dir, 'chapters/part/deep/three.md', `${GREGORIAN}${MISMATCH}`);
      write(dir, 'chapters/notes.txt', MISMATCH);
      write(dir, 'chapters/.drafts/hidden.md', `${GREGORIAN}${MISMATCH}`);
      write(dir, 'node_modules/pkg/readme.md', `${GREGORIAN}${MISMATCH}`);
      write(dir, 'top.md', `${GREGORIAN}${MISMATCH}`);
    });

    const filesOf = (pattern: string): string[] => {
      const r = clio(['check', '--format', 'json', pattern], dir);
      assert.equal(r.status, 1, `${pattern}: ${r.stderr}`);
      return [...new Set((JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.file))].sort();
    };

    it('expands *, **, ?, [..] and {a,b} itself, skipping dot folders and node_modules', () => {
      assert.deepEqual(filesOf('chapters/**/*.md'), ['chapters/one.md', 'chapters/part/deep/three.md', 'chapters/part/two.md']);
      assert.deepEqual(filesOf('chapters/*.md'), ['chapters/one.md']);
      assert.deepEqual(filesOf('chapters/*/*.md'), ['chapters/part/two.md']);
      assert.deepEqual(filesOf('**/t*.md'), ['chapters/part/deep/three.md', 'chapters/part/two.md', 'top.md']);
      assert.deepEqual(filesOf('chapters/p?rt/{two,three}.md'), ['chapters/part/two.md']);
      assert.deepEqual(filesOf('chapters/[o]ne.md'), ['chapters/one.md']);
      assert.deepEqual(filesOf('*.md'), ['top.md']);
    });

    it('mixes globs with files and folders, each file checked once', () => {
      const r = clio(['check', 'chapters/**/*.md', 'chapters', 'top.md', 'chapters/one.md'], dir);
      assert.match(r.stdout, /4 files checked/);
    });

    it('fails with exit 2 when a glob matches nothing', () => {
      const r = clio(['check', 'chapters/**/*.rst'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'clio: no files match chapters/**/*.rst\n');
      assert.equal(clio(['check', 'chapters/{one.md'], dir).status, 2);
    });
  });

  describe('colors', () => {
    let dir: string;
    before(() => {
      dir = tempDir();
      write(dir, 'a.md', `${GREGORIAN}${MISMATCH}`);
    });

    /** Runs the CLI on a pseudo-terminal (util-linux script), so process.stdout.isTTY is true. */
    const onTty = (args: string[], env: Record<string, string> = {}): string => {
      const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
      const base = { ...process.env };
      delete base.NO_COLOR;
      delete base.FORCE_COLOR;
      const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: dir, env: { ...base, ...env } });
      assert.equal(r.error, undefined);
      assert.match(r.stdout, /1 file checked/);
      return r.stdout;
    };

    it('are off when stdout is not a terminal, and on with --color', () => {
      const plain = clio(['check', 'a.md'], dir);
      assert.ok(!plain.stdout.includes(ESC), plain.stdout);
      assert.match(plain.stdout, /^a\.md:6:4: warning dual-date-mismatch: /);
      const colored = clio(['check', '--color', 'a.md'], dir);
      assert.ok(colored.stdout.includes(`${ESC}33mwarning${ESC}0m`), colored.stdout);
      assert.equal(colored.stdout.replace(/\u001b\[\d+m/g, ''), plain.stdout);
      assert.ok(!clio(['check', '--color', '--format', 'json', 'a.md'], dir).stdout.includes(ESC), 'JSON is never colored');
    });

    it('are on by default on a terminal, and off there with NO_COLOR or --no-color', function () {
      if (spawnSync('script', ['--version']).error) this.skip(); // no util-linux script(1): cannot make a terminal
      assert.ok(onTty(['check', 'a.md']).includes(ESC));
      assert.ok(!onTty(['check', 'a.md'], { NO_COLOR: '1' }).includes(ESC));
      assert.ok(onTty(['check', 'a.md'], { NO_COLOR: '' }).includes(ESC), 'an empty NO_COLOR does not count (no-color.org)');
      assert.ok(!onTty(['check', '--no-color', 'a.md']).includes(ESC));
      assert.ok(onTty(['check', '--color', 'a.md'], { NO_COLOR: '1' }).includes(ESC), 'an explicit flag wins');
    });
  });

  describe('exit codes', () => {
    it('0 clean, 1 warning or error, 2 usage or unreadable file', () => {
      const dir = tempDir();
      write(dir, 'clean.md', '# Clean\n\nNothing to see.\n');
      write(dir, 'warning.md', `${GREGORIAN}${MISMATCH}`);
      write(dir, 'error.md', `${GREGORIAN}${INVALID}`);
      write(dir, 'note.md', 'On 8 March 1917 something happened in Petrograd.\n');
      assert.equal(clio(['check', 'clean.md'], dir).status, 0);
      const note = JSON.parse(clio(['check', '--format', 'json', 'note.md'], dir).stdout) as JsonFinding[];
      assert.ok(note.length > 0 && note.every((f) => f.severity === 'information' || f.severity === 'hint'), JSON.stringify(note));
      assert.equal(clio(['check', 'note.md'], dir).status, 0, 'notes alone do not fail');
      assert.equal(clio(['check', 'warning.md'], dir).status, 1);
      assert.equal(clio(['check', 'error.md'], dir).status, 1);
      assert.equal(clio(['check', '--format', 'sarif', 'clean.md', 'error.md'], dir).status, 1);
      for (const args of [['check', 'missing.md'], ['check', '--format', 'xml', 'clean.md'], ['check', '--color', '--no-color', 'clean.md'], ['check', '--bogus', 'clean.md'], ['lsp', '--tcp']]) {
        const r = clio(args, dir);
        assert.equal(r.status, 2, args.join(' '));
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, /^clio: /);
      }
    });
  });
});

describe('clio lsp', () => {
  it('runs the language server on stdio: initialize, diagnostics for an opened draft, clean exit', async () => {
    const child = spawn(process.execPath, [CLI, 'lsp'], { stdio: 'pipe' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const diagnostics = new Promise<PublishDiagnosticsParams>((done) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.diagnostics.length > 0) done(p);
      }),
    );
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ diagnostics: { debounceMs: 0 } })));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    try {
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } })) as {
        serverInfo?: { name: string };
        capabilities: { hoverProvider?: unknown };
      };
      assert.equal(init.serverInfo?.name, 'Clio');
      assert.ok(init.capabilities.hoverProvider);
      await connection.sendNotification('initialized', {});
      const uri = pathToFileURL(join(tempDir(), 'draft.md')).href;
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `${GREGORIAN}${MISMATCH}` } });
      const published = await diagnostics;
      assert.equal(published.uri, uri);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.source]), [['dual-date-mismatch', 'clio']]);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

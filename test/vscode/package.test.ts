/**
 * Packaging: `npm run package` builds clio-<version>.vsix with @vscode/vsce; this checks what is in it
 * (the bundles, the dataset and its schema, README, LICENSE, manifest, the 128×128 PNG icon) and what is not
 * (sources, tests, node_modules, source maps), and that it stays small.
 *
 * Not in the default `npm test` globs (it runs a production build, ~5–10 s); run it with
 *   npm run test:package   (= mocha --no-config -r tsx/cjs test/vscode/package.test.ts; .ci/run does)
 * CLIO_VSIX=path checks an existing .vsix instead of building one.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const MAX_BYTES = 2 * 1024 * 1024;

interface ZipEntry { name: string; size: number; read(): Buffer }

/** The entries of a zip file, from its central directory (no dependency on unzip). */
function zipEntries(file: string): ZipEntry[] {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, `${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20), size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({
      name, size,
      read: () => {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + csize);
        return method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
      },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function zipRead(file: string, entry: string): string {
  const e = zipEntries(file).find((x) => x.name === entry);
  if (!e) throw new Error(`${entry} not in ${file}`);
  return e.read().toString('utf8');
}

describe('the packaged .vsix', function () {
  this.timeout(120_000);
  let vsix: string;
  let files: string[];
  let tmp: string | undefined;

  before(() => {
    if (process.env.CLIO_VSIX) {
      vsix = path.resolve(process.env.CLIO_VSIX);
    } else {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-vsix-'));
      vsix = path.join(tmp, `clio-${pkg.version}.vsix`);
      // `npm run package` exactly as a user runs it; the extra args go to `vsce package`.
      execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    }
    files = zipEntries(vsix).map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
  });
  after(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  it(`is named clio-${pkg.version}.vsix by npm run package`, () => {
    assert.match(pkg.scripts.package, /vsce package/);
    assert.equal(`${pkg.name}-${pkg.version}.vsix`, `clio-${pkg.version}.vsix`);
  });

  it('contains the bundles, the manifest, README and LICENSE', () => {
    // vsce stores README.md as readme.md, LICENSE as LICENSE.txt and CHANGELOG.md as changelog.md
    for (const f of ['dist/extension.js', 'dist/server.js', 'dist/serverMain.js', 'dist/cli.js', 'dist/cliMain.js', 'dist/timeline.js', 'dist/timeline.css', 'package.json', /^readme\.md$/i, /^LICENSE(\.txt)?$/i]) {
      const found = files.some((x) => (typeof f === 'string' ? x === f : f.test(x)));
      assert.ok(found, `${f} missing; vsix has:\n  ${files.join('\n  ')}`);
    }
  });

  it('contains the bundled dataset and its JSON Schemas', () => {
    const data = files.filter((f) => f.startsWith('data/'));
    assert.ok(data.some((f) => f.startsWith('data/schema/') && f.endsWith('.schema.json')), `no data/schema/*.schema.json in:\n  ${files.join('\n  ')}`);
    const onDisk = fs.readdirSync(path.join(root, 'data'), { recursive: true }).map(String)
      .filter((f) => f.endsWith('.json')).map((f) => `data/${f.split(path.sep).join('/')}`);
    for (const f of onDisk) assert.ok(data.includes(f), `${f} is in the repo but not in the vsix`);
  });

  it('contains the icon named in package.json: a 128×128 PNG', () => {
    // The marketplace and the Extensions view show a blank without one.
    assert.equal(typeof pkg.icon, 'string', 'package.json has no "icon"');
    const entry = zipEntries(vsix).find((e) => e.name === `extension/${pkg.icon}`);
    assert.ok(entry, `icon ${pkg.icon} missing; vsix has:\n  ${files.join('\n  ')}`);
    const png = entry.read();
    // The PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
    assert.equal(png.toString('ascii', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'not 128×128');
  });

  it('contains no sources, tests, node_modules, source maps or build leftovers', () => {
    const bad = files.filter((f) =>
      /\.(ts|tsx|mts|map)$/.test(f) ||
      /^(client|server|shared|test|bench|scripts|examples|out|node_modules|\.vscode|\.ci|test-results)\//.test(f) ||
      /(^|\/)node_modules\//.test(f) ||
      /^(tsconfig\.json|esbuild\.mjs|\.mocharc\.\w+|package-lock\.json|\.vscodeignore|\.gitignore)$/.test(f) ||
      /\.vsix$/.test(f));
    assert.deepEqual(bad, []);
    const allowed = /^(dist\/(extension|server|serverMain|cli|cliMain|nlpWorker|yaml|ajv|timeline)\.js|dist\/timeline\.css|data\/.+\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE(\.\w+)?|images\/[\w.-]+\.png)$/i;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'unexpected files in the vsix');
  });

  it('the packaged manifest starts dist/extension.js and activates on Markdown', () => {
    const manifest = JSON.parse(zipRead(vsix, 'extension/package.json'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.equal(manifest.publisher + '.' + manifest.name, 'clio-history.clio');
  });

  it('the bundles are production builds (no inline source maps)', () => {
    for (const f of ['dist/extension.js', 'dist/server.js', 'dist/serverMain.js', 'dist/timeline.js']) {
      assert.ok(!/sourceMappingURL=/.test(zipRead(vsix, `extension/${f}`)), `${f} references a source map`);
    }
  });

  it(`is small (< ${MAX_BYTES / 1024 / 1024} MB)`, () => {
    const size = fs.statSync(vsix).size;
    console.log(`      ${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KB, ${files.length} files`);
    assert.ok(size < MAX_BYTES, `${size} bytes`);
  });
});

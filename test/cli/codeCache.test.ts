/**
 * The CLI's code cache (server/src/cli/start.ts): the first `clio check` writes it beside the bundle (here in
 * CLIO_CODE_CACHE_DIR), the next `check` and `chronology` runs use it (and so do not write it again: they set the same
 * V8 flags before the compile), other commands leave it alone, and a cache V8 rejects is replaced. Through the built
 * dist/cli.js in a temporary folder.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeCachePath } from '../../server/src/util/codeCache';
import { runCli } from './cliRunner';

const BUNDLE = resolve(__dirname, '../../dist/cliMain.js');
const DRAFT = 'On 7 March 1917 (O.S. 22 February) Lenin was in Zurich. The Winter Palace fell on 25 October 1917.\n';

describe('the CLI code cache', () => {
  let dir: string;
  let cache: string;
  let draft: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-cli-cache-'));
    cache = codeCachePath(BUNDLE, dir);
    draft = join(dir, 'draft.md');
    writeFileSync(draft, DRAFT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (...args: string[]) => runCli(args, dir, { CLIO_CODE_CACHE_DIR: dir });
  /** Which file is at the cache's path: a rewrite renames a new file into place. */
  const identity = () => {
    const s = statSync(cache);
    return `${s.ino}:${s.mtimeMs}`;
  };

  it('is written by the first check and used, not rewritten, by the next check and chronology runs', () => {
    rmSync(cache, { force: true });
    const first = cli('check', '--format', 'json', 'draft.md');
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stdout, /calendar-mixup/);
    assert.ok(existsSync(cache), 'the first run wrote the cache');
    const written = identity();
    assert.deepEqual(cli('check', '--format', 'json', 'draft.md'), first);
    assert.equal(identity(), written, 'the second check ran under the same flags: V8 accepted the cache');
    const chronology = cli('chronology', 'draft.md');
    assert.equal(chronology.status, 0, chronology.stderr);
    assert.match(chronology.stdout, /1917/);
    assert.equal(identity(), written, 'chronology sets the same flags');
  });

  it('is left alone by the commands that do not analyze files once', () => {
    if (!existsSync(cache)) cli('check', 'draft.md');
    const written = identity();
    const convert = cli('convert', '1917-11-07', '--format', 'json');
    assert.equal(convert.stdout, '{"julian":"1917-10-25","gregorian":"1917-11-07","weekday":"Wednesday"}\n');
    assert.equal(cli('--version').status, 0);
    assert.equal(identity(), written);
  });

  it('is replaced when V8 rejects it, with the same report', () => {
    const expected = cli('check', '--format', 'json', 'draft.md');
    const file = readFileSync(cache);
    const stamp = file.subarray(0, file.indexOf('\n') + 1);
    // This build's stamp, so that only V8 can refuse the data after it.
    writeFileSync(cache, Buffer.concat([stamp, Buffer.from('not V8 code cache data')]));
    const broken = identity();
    assert.deepEqual(cli('check', '--format', 'json', 'draft.md'), expected);
    assert.notEqual(identity(), broken, 'rewritten');
    assert.ok(statSync(cache).size > 10_000, 'with real code');
  });
});

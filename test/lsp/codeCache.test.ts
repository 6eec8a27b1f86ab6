/**
 * The server's code cache (server/src/util/codeCache.ts): the first run writes it once its first diagnostics are out
 * (before TurboFan is let in: startupTiering.ts) or when it exits, the next runs use it (and so do not write it
 * again), and a cache V8 rejects or one made for another build is replaced, never trusted.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeCachePath } from '../../server/src/util/codeCache';
import { LspClient } from './lspClient';

const BUNDLE = resolve(__dirname, '../../dist/serverMain.js');
const DRAFT = 'On 7 March 1917 (O.S. 22 February) Lenin was in Zurich. On 25 October 1917 the Winter Palace fell.\n';

describe('the server code cache', () => {
  let dir: string;
  let cache: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-code-cache-'));
    cache = codeCachePath(BUNDLE, dir);
    process.env.CLIO_CODE_CACHE_DIR = dir;
  });
  after(() => {
    delete process.env.CLIO_CODE_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  /** One editor session: the draft's diagnostics, as messages, then a clean exit. */
  async function session(): Promise<string[]> {
    const client = await LspClient.start();
    try {
      await client.open('file:///draft.md', DRAFT);
      return (await client.waitForDiagnostics('file:///draft.md')).map((d) => `${d.code}: ${d.message}`);
    } finally {
      await client.stop();
    }
  }
  /** Which file is at the cache's path: a rewrite renames a new file into place. */
  const identity = () => {
    const s = statSync(cache);
    return `${s.ino}:${s.mtimeMs}`;
  };
  /** The stamp the cache starts with (the bundle's size and modification time), and V8's data after it. */
  const parts = () => {
    const file = readFileSync(cache);
    const end = file.indexOf('\n') + 1;
    return { stamp: file.subarray(0, end).toString(), data: file.subarray(end) };
  };

  it('is written as soon as the first diagnostics are out, while the server runs on', async () => {
    rmSync(cache, { force: true });
    const client = await LspClient.start();
    try {
      await client.openAndWait('file:///draft.md', DRAFT);
      for (let waited = 0; !existsSync(cache) && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      assert.ok(existsSync(cache), 'written before the exit');
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
  });

  it('is written by the first run, and used, not written again, by the next', async () => {
    rmSync(cache, { force: true });
    const first = await session();
    assert.ok(first.length > 0, 'the draft has findings');
    assert.ok(existsSync(cache), 'the first run wrote a cache');
    const { size, mtimeMs } = statSync(BUNDLE);
    assert.equal(parts().stamp, `${size}:${mtimeMs}\n`);
    // The bytecode of the functions the session ran, not only the bundle's top level (≈ 100 KB).
    assert.ok(parts().data.length > 300_000, `${parts().data.length} bytes`);
    const written = identity();
    assert.deepEqual(await session(), first);
    assert.equal(identity(), written, 'V8 accepted the cache, so the second run did not replace it');
  });

  it('replaces a cache V8 rejects', async () => {
    await session();
    const { stamp, data } = parts();
    const garbage = Buffer.alloc(data.length, 7);
    writeFileSync(cache, Buffer.concat([Buffer.from(stamp), garbage]));
    const broken = identity();
    assert.ok((await session()).length > 0, 'the server works without it');
    assert.notEqual(identity(), broken);
    assert.ok(!parts().data.equals(garbage), 'a new cache took its place');
  });

  it('is no condition of working: a folder that cannot hold it keeps none', async () => {
    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, '');
    process.env.CLIO_CODE_CACHE_DIR = join(notAFolder, 'cache');
    try {
      const client = await LspClient.start();
      await client.open('file:///draft.md', DRAFT);
      assert.ok((await client.waitForDiagnostics('file:///draft.md')).length > 0);
      await client.stop();
      assert.deepEqual([client.process.exitCode, client.process.signalCode], [0, null], 'it exited by itself, cleanly');
      assert.equal(client.stderr.join(''), '', 'nothing reported on exit');
    } finally {
      process.env.CLIO_CODE_CACHE_DIR = dir;
    }
  });

  it('never uses the cache of another build, even one V8 would accept', async () => {
    await session();
    const { stamp, data } = parts();
    // A bundle of the same length built at another time: V8's own check would pass, only the stamp tells them apart.
    const other = stamp.replace(/\d(?=\n)/, (d) => String((+d + 1) % 10));
    writeFileSync(cache, Buffer.concat([Buffer.from(other), data]));
    const stale = identity();
    assert.ok((await session()).length > 0);
    assert.notEqual(identity(), stale, 'the stale cache was replaced');
    assert.equal(parts().stamp, stamp);
  });
});

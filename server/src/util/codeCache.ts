/**
 * Loads a CommonJS bundle with a V8 code cache: the bytecode of every function the last uncached run compiled, so
 * that the next start neither parses the bundle nor compiles those functions again (bench/README.md, "The first
 * moments after opening").
 * The cache is written when the loader asks (`saveCodeCache`) or else when the process exits, and only when none was
 * accepted at the start: a rebuilt bundle, another Node or other V8 flags make V8 reject it, and a new one is written.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';

/** The cache of a bundle, for this V8 (each editor's Node keeps its own). */
export function codeCachePath(bundle: string, cacheDir = dirname(bundle)): string {
  return join(cacheDir, `${basename(bundle, '.js')}.v8-${process.versions.v8}.cache`);
}

export interface LoadedBundle {
  exports: unknown;
  /**
   * Writes the cache now, if this start found none it could use; the exit then writes nothing. For a session that
   * changes V8's flags: a cache made under other flags than the compile's is rejected by the next start.
   */
  saveCodeCache(): void;
}

/**
 * Runs the bundle as `require` would. V8 checks a cache's version, flags and source length only, so the cache starts
 * with the bundle's size and modification time: a rebuilt bundle never gets the old code.
 */
export function requireWithCodeCache(bundle: string, cacheDir?: string): LoadedBundle {
  const source = readFileSync(bundle, 'utf8');
  const { size, mtimeMs } = statSync(bundle);
  const stamp = Buffer.from(`${size}:${mtimeMs}\n`);
  const cachePath = codeCachePath(bundle, cacheDir);
  let cached: Buffer | undefined;
  try {
    const file = readFileSync(cachePath);
    if (file.subarray(0, stamp.length).equals(stamp)) cached = file.subarray(stamp.length);
  } catch {
    // no cache yet
  }
  const script = new Script(Module.wrap(source), {
    filename: bundle,
    cachedData: cached,
    // import() in the bundle resolves as in any module (Node ≥ 20.12; older ones throw there, as without a loader).
    importModuleDynamically: constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  let unsaved = !cached || script.cachedDataRejected;
  const saveCodeCache = () => {
    if (!unsaved) return;
    unsaved = false;
    writeCodeCache(script, stamp, cachePath);
  };
  if (unsaved) process.once('exit', saveCodeCache);
  const module = { exports: {} as unknown, filename: bundle, id: bundle };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, saveCodeCache };
}

/** V8 holds the bytecode of everything the session has run. A folder that cannot be written to keeps no cache. */
function writeCodeCache(script: Script, stamp: Buffer, cachePath: string): void {
  const partial = `${cachePath}.${process.pid}`;
  try {
    writeFileSync(partial, Buffer.concat([stamp, script.createCachedData()]));
    renameSync(partial, cachePath); // whole or not at all, even when two servers exit at once
  } catch {
    // a read-only installation or a full disk: the next start goes without a cache (and an exit never throws)
    try {
      rmSync(partial, { force: true });
    } catch {
      // there is no partial file where no file can be
    }
  }
}

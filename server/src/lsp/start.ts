/**
 * The language server's entry (dist/server.js): sets V8's flags, then loads the server (dist/serverMain.js) through
 * its code cache. The flags come first because V8 accepts a cache only under the flags it was made with.
 * CLIO_CODE_CACHE_DIR puts the cache elsewhere than beside the bundle (tests; an unwritable folder means none).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { requireWithCodeCache } from '../util/codeCache';
import { tuneV8ForTheServer } from './memory';
import { holdOptimizingCompiler, releaseOptimizingCompilerWhenStarted } from './startupTiering';

tuneV8ForTheServer();
// Each regex compiled once, to native code, at its first match: by default V8 compiles it to bytecode first and again
// natively at its second match, which doubled the cost of the first analysis's regexes (about 8 ms of a start).
setFlagsFromString('--no-regexp-tier-up');
holdOptimizingCompiler();
const server = requireWithCodeCache(join(__dirname, 'serverMain.js'), process.env.CLIO_CODE_CACHE_DIR || undefined);
// Made after TurboFan is let in, under other flags than the compile's, the cache was rejected by every next start.
releaseOptimizingCompilerWhenStarted(() => server.saveCodeCache());

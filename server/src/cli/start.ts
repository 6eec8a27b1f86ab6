/**
 * The `clio` command's entry (dist/cli.js). For `check` and `chronology` it sets the one-shot runs' V8 flags, then
 * loads the command line, dist/cliMain.js, through a V8 code cache as the server's entry does (util/codeCache.ts): a
 * cached run neither parses the bundle nor compiles again the functions the last uncached run compiled, ≈ 15–20 ms of
 * each run's main thread (bench/README.md). The flags come first because V8 accepts a cache only under the flags it was
 * made with; the other commands load the bundle plainly, so `clio lsp` keeps the server's flags and its cache.
 * CLIO_CODE_CACHE_DIR puts the cache elsewhere than beside the bundle, as for the server.
 */
import { join } from 'node:path';
import { requireWithCodeCache } from '../util/codeCache';
import { tuneV8ForOneShotRuns } from './v8Flags';

const bundle = join(__dirname, 'cliMain.js');
const command = process.argv[2];
if (command === 'check' || command === 'chronology') {
  tuneV8ForOneShotRuns();
  requireWithCodeCache(bundle, process.env.CLIO_CODE_CACHE_DIR || undefined);
} else {
  // A runtime require of the sibling bundle, which esbuild leaves as it is.
  require(bundle);
}

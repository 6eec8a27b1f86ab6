/**
 * `clio lsp`: the language server on stdin/stdout, in this process. dist/server.js starts on load and reads
 * `--stdio` from process.argv (vscode-languageserver's createConnection), so we add it and load the bundle.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './usage';

export function runLsp(args: string[], distDir: string): void {
  const unknown = args.filter((a) => a !== '--stdio');
  if (unknown.length > 0) throw new UsageError(`lsp takes no arguments but --stdio (got ${unknown.join(' ')})`);
  const server = join(distDir, 'server.js');
  if (!existsSync(server)) throw new UsageError(`cannot find the language server at ${server} (run npm run build)`);
  if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
  // A runtime require of the sibling entry, not bundled into cli.js: it loads the server through its code cache.
  require(server);
}

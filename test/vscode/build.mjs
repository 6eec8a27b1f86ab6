// Compiles test/vscode/**/*.ts (suite, its index, the launchers, the UI check) to out/test/vscode/
// as CommonJS, one file per source (no bundling: `vscode`, mocha and playwright-core are resolved at
// run time — `vscode` by the extension host, the others from the repo's node_modules).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outdir = path.join(root, 'out/test/vscode');

const entryPoints = fs.readdirSync(here, { recursive: true })
  .map((f) => path.join(here, f))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('package.test.ts') && !f.includes(`${path.sep}fixtures${path.sep}`));

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir,
  outbase: here,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`test/vscode: compiled ${entryPoints.length} files to ${path.relative(root, outdir)}/`);

// Bundles the VS Code client, the language server and the CLI into dist/ (see DESIGN.md, "build outputs").
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ES module builds: jsonc-parser's UMD main cannot be bundled (it requires files dynamically).
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // compromise runs only in the worker (dist/nlpWorker.js), so the server's startup never loads it.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', external: ['compromise'] },
  { entryPoints: ['server/src/recognize/nlpWorker.ts'], outfile: 'dist/nlpWorker.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('esbuild: watching client/src and server/src');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}

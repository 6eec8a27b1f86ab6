// Bundles the VS Code client, the language server and the CLI into dist/ (docs/design.md, "Build outputs and commands").
import * as esbuild from 'esbuild';
import { dirname, relative, resolve } from 'node:path';

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

/**
 * Packages the server needs only on demand (yaml for front matter, ajv for user datasets) live in their own bundles,
 * dist/<name>.js, required at first use: the server does not read and compile them at startup.
 */
const ON_DEMAND = ['yaml', 'ajv'];
const onDemandPackages = {
  name: 'on-demand-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${ON_DEMAND.join('|')})$`) }, ({ path }) => ({ path: `./${path}.js`, external: true }));
  },
};

/**
 * The dataset (data/*.json, which ships next to dist/) is read with JSON.parse when the bundle loads, rather than
 * compiled into it: 350 KB of object literals, or of one string literal, cost V8 more to scan and parse.
 */
const datasetFromDisk = {
  name: 'dataset-from-disk',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, ({ path }) => {
      if (dirname(path) !== resolve('data')) return undefined; // other JSON (schemas, package.json) is bundled
      const fromDist = relative(resolve('dist'), path).split('\\').join('/');
      return { contents: `module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '${fromDist}'), 'utf8'));`, loader: 'js' };
    });
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // compromise runs only in the worker (dist/nlpWorker.js), so the server's startup never loads it.
  // dist/server.js only tunes V8 and loads dist/serverMain.js, the server itself, through a code cache (util/codeCache.ts).
  { entryPoints: ['server/src/lsp/start.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/serverMain.js', external: ['compromise'], plugins: [onDemandPackages, datasetFromDisk] },
  { entryPoints: ['server/src/recognize/nlpWorker.ts'], outfile: 'dist/nlpWorker.js' },
  // dist/cli.js only sets the one-shot runs' V8 flags and loads dist/cliMain.js, the command line, through a code cache.
  { entryPoints: ['server/src/cli/start.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cliMain.js', plugins: [onDemandPackages, datasetFromDisk] },
  // `clio check` shares many files with worker threads (server/src/cli/pool.ts), each loading this bundle.
  { entryPoints: ['server/src/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js', plugins: [onDemandPackages, datasetFromDisk] },
  ...ON_DEMAND.map((name) => ({ stdin: { contents: `module.exports = require('${name}');`, resolveDir: '.' }, outfile: `dist/${name}.js` })),
  // The timeline webview's page runs in the browser: dist/timeline.js and the dist/timeline.css it imports.
  { entryPoints: ['client/webview/timeline/main.ts'], outfile: 'dist/timeline.js', format: 'iife', platform: 'browser', target: 'chrome120' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('esbuild: watching client/src and server/src');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}

/**
 * What `npm run bench` measures in process, bundled by esbuild into out/bench/core.js the way dist/server.js is
 * bundled (one scope with direct calls). Run through tsx instead, every imported name is read through a getter of a
 * per-file module object, which made the scanning loops up to twice as slow as the code that ships.
 * Loading it tunes V8 the way the server and the CLI do at startup.
 */
import { keepAnalysisGarbageYoung } from '../server/src/lsp/memory';

keepAnalysisGarbageYoung();

export { Analyzer, analyze } from '../server/src/analysis/analyze';
export { DEFAULT_SETTINGS } from '../server/src/analysis/types';
export { bundledDataset } from '../server/src/dataset/bundled';
export { chronology } from '../server/src/features/chronology';
export { completionsAt } from '../server/src/features/completion';
export { hoverAt } from '../server/src/features/hover';

/** The dataset shipped in data/, bundled into dist/ by esbuild. */
import { Dataset } from './dataset';

let cached: Dataset | undefined;

export function bundledDataset(): Dataset {
  cached ??= new Dataset([]);
  return cached;
}

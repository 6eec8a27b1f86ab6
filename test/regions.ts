/**
 * Region words as the analysis finds them: the block scan's region words (one trie pass with every name), the way
 * the server votes for a paragraph's region. Tests ask this rather than a second implementation of their own.
 */
import { scanBlock } from '../server/src/analysis/scan';
import { bundledDataset } from '../server/src/dataset/bundled';

/** The region named most often in `text` (ties: first named), or undefined if none is named. */
export function regionNamedMostIn(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const region of scanBlock(text, { kind: 'paragraph' }, bundledDataset()).regionWords) counts.set(region, (counts.get(region) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [region, n] of counts) {
    if (n > bestCount) [best, bestCount] = [region, n];
  }
  return best;
}

/**
 * The alias tries of a dataset, built here rather than in dataset/ so that the data layer knows nothing of
 * recognition. Each is built on first use and once per dataset: at startup a trie costs about as much as the
 * first analysis.
 */
import { regionWordsIndex } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { AliasMatcher } from './entities';

/** Region words carry ids `region:<reform id>` in the scan matcher, beside the entities' ids. */
export const REGION_ID_PREFIX = 'region:';

const namesByDataset = new WeakMap<Dataset, AliasMatcher>();
const scanByDataset = new WeakMap<Dataset, AliasMatcher>();

/** The entities' names and aliases, alone. */
export function nameMatcher(dataset: Dataset): AliasMatcher {
  let m = namesByDataset.get(dataset);
  if (!m) {
    m = namesOf(dataset);
    namesByDataset.set(dataset, m);
  }
  return m;
}

/**
 * Names and region words in one trie, so that a block's prose is scanned once for both. The block scan uses it
 * (names nested in names too, keeping only entity ids); everything else asks `nameMatcher`.
 */
export function scanMatcher(dataset: Dataset): AliasMatcher {
  let m = scanByDataset.get(dataset);
  if (!m) {
    m = namesOf(dataset);
    for (const [word, region] of regionWordsIndex()) m.add(word, `${REGION_ID_PREFIX}${region}`);
    scanByDataset.set(dataset, m);
  }
  return m;
}

function namesOf(dataset: Dataset): AliasMatcher {
  const m = new AliasMatcher();
  for (const entity of dataset.entities()) for (const alias of [entity.name, ...entity.aliases]) m.add(alias, entity.id);
  return m;
}

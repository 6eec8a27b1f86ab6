/** clio/entryAt: the dataset entry named at a position, and the file that defines it. */
import type { DocumentAnalysis } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { findAt } from './hover';

export interface EntryAt {
  start: number;
  end: number;
  id: string;
  name: string;
  type: 'person' | 'event';
  /** 'bundled:events.json' or a user file's URI/path. */
  originFile: string;
  originOffset?: number;
}

/** The dataset entity named at `offset`. */
export function entryAt(analysis: DocumentAnalysis, dataset: Dataset, offset: number): EntryAt | undefined {
  const mention = findAt(analysis.entities, offset, (e) => [e.start, e.end]);
  const entity = mention && dataset.byId.get(mention.id);
  if (!mention || !entity) return undefined;
  const origin = dataset.origins.get(entity.id);
  return {
    start: mention.start,
    end: mention.end,
    id: entity.id,
    name: entity.name,
    type: entity.type,
    originFile: origin?.file ?? 'bundled:',
    originOffset: origin?.offset,
  };
}

/** A merged, indexed dataset: bundled data overlaid by the user's files. */
import type { Entity } from './types';

export class Dataset {
  readonly byId = new Map<string, Entity>();

  constructor(entities: Iterable<Entity>) {
    for (const e of entities) this.byId.set(e.id, e);
  }
}

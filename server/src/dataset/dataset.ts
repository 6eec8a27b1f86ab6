/** A merged, indexed dataset: bundled data overlaid by the user's files (a user entry with a bundled id replaces it). */
import { datedFacts, type DatedFact } from './dates';
import type { DatasetFile, Entity, EntityOrigin, HistoricalEvent, Person } from './types';

export interface DatasetSource {
  origin: string; // 'bundled' or a file URI
  file: DatasetFile;
  /** Offsets of each entry in the source file, by id, for go-to-definition and error positions. */
  offsets?: Map<string, number>;
}

export class Dataset {
  readonly byId = new Map<string, Entity>();
  readonly origins = new Map<string, EntityOrigin>();

  constructor(sources: DatasetSource[]) {
    for (const source of sources) {
      const add = (entity: Entity) => {
        this.byId.set(entity.id, entity);
        this.origins.set(entity.id, { file: source.origin, offset: source.offsets?.get(entity.id) });
      };
      for (const p of source.file.people ?? []) add({ type: 'person', ...p });
      for (const e of source.file.events ?? []) add({ type: 'event', ...e });
    }
  }

  private eventFacts?: Map<number, DatedFact[]>;

  private readonly factsById = new Map<string, readonly DatedFact[]>();

  /** The entity's full-day facts (births, deaths, starts, ends), computed once. */
  factsOf(id: string): readonly DatedFact[] {
    let facts = this.factsById.get(id);
    if (!facts) {
      const e = this.byId.get(id);
      facts = e ? datedFacts(e) : [];
      this.factsById.set(id, facts);
    }
    return facts;
  }

  private factsByDay?: Map<number, DatedFact[]>;

  /** Every entity's full-day facts on a day (those of factsOf), by JDN; built on first use. */
  factsOn(jdn: number): readonly DatedFact[] {
    if (!this.factsByDay) {
      this.factsByDay = new Map();
      for (const id of this.byId.keys()) {
        for (const f of this.factsOf(id)) {
          const list = this.factsByDay.get(f.jdn) ?? [];
          list.push(f);
          this.factsByDay.set(f.jdn, list);
        }
      }
    }
    return this.factsByDay.get(jdn) ?? [];
  }

  /** Full-day facts of events on a day (start, end or one-day event), by JDN; built on first use. */
  eventFactsOn(jdn: number): readonly DatedFact[] {
    if (!this.eventFacts) {
      this.eventFacts = new Map();
      for (const e of this.byId.values()) {
        if (e.type !== 'event') continue;
        for (const f of datedFacts(e)) {
          const list = this.eventFacts.get(f.jdn) ?? [];
          list.push(f);
          this.eventFacts.set(f.jdn, list);
        }
      }
    }
    return this.eventFacts.get(jdn) ?? [];
  }

  get size(): number {
    return this.byId.size;
  }

  person(id: string): Person | undefined {
    const e = this.byId.get(id);
    return e?.type === 'person' ? e : undefined;
  }

  event(id: string): HistoricalEvent | undefined {
    const e = this.byId.get(id);
    return e?.type === 'event' ? e : undefined;
  }

  entities(): IterableIterator<Entity> {
    return this.byId.values();
  }
}

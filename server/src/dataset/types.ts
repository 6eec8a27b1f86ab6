/** The dataset's entities as loaded from JSON (see data/schema/clio-dataset.schema.json). */
import type { Calendar } from '../calendar/types';

export interface DatedValue {
  date: string; // YYYY, YYYY-MM or YYYY-MM-DD, in `calendar`
  calendar: Calendar;
  circa?: boolean;
  /** Other days references give for the same fact (a burial day taken for the death, a disputed record), in `calendar`. */
  alsoGiven?: string[];
  place?: string;
}

interface EntityBase {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  sources: string[];
  related?: string[];
}

export interface Person extends EntityBase {
  roles?: string[];
  born?: DatedValue;
  died?: DatedValue;
}

export interface HistoricalEvent extends EntityBase {
  kind?: string;
  start: DatedValue;
  end?: DatedValue;
  place?: string;
  region?: string;
  people?: string[];
  article?: 'the' | '';
}

export type Entity = ({ type: 'person' } & Person) | ({ type: 'event' } & HistoricalEvent);

/** Where an entity came from, so that hovers and go-to-definition can point at it. */
export interface EntityOrigin {
  file: string; // 'bundled:people.json' or a user file path/URI
  offset?: number; // offset of the entry in that file
}

export interface DatasetFile {
  people?: Person[];
  events?: HistoricalEvent[];
}

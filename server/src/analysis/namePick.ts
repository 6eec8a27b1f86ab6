/**
 * Which entry an ambiguous name means ("Alexander", "Nicholas", "King Charles"): the one whose time fits the years
 * written around it (a ruler's years in office, else a life), then one the document already names unambiguously,
 * then the one most related to what it names. Still a guess: the hover says so.
 */
import type { Dataset } from '../dataset/dataset';
import { parseDatedValue } from '../dataset/dates';
import type { Entity, Person } from '../dataset/types';

/** "(1801–1825)" in a role: the years someone held it. */
const ROLE_YEARS = /\((\d{3,4})\s*[–-]\s*(\d{3,4})\)/g;

/** A person's periods in years: their roles' "(1801–1825)" and their life. */
interface Periods {
  roles: [number, number][];
  born?: number;
  died?: number;
}

/** Read once per entry: the picks are made again on every keystroke. */
const periodsOf = new WeakMap<Person, Periods>();

function periods(person: Person): Periods {
  let p = periodsOf.get(person);
  if (!p) {
    const roles = (person.roles ?? []).flatMap((role) => [...role.matchAll(ROLE_YEARS)].map((m): [number, number] => [Number(m[1]), Number(m[2])]));
    p = { roles, born: person.born && parseDatedValue(person.born)?.year, died: person.died && parseDatedValue(person.died)?.year };
    periodsOf.set(person, p);
  }
  return p;
}

/** 2 when `year` is in one of the person's roles' years, 1 when within their life, else 0 (events: 0). */
function periodFit(entity: Entity | undefined, year: number | undefined): number {
  if (year === undefined || entity?.type !== 'person') return 0;
  const { roles, born, died } = periods(entity);
  if (roles.some(([from, to]) => from <= year && year <= to)) return 2;
  return born !== undefined && born <= year && (died === undefined || year <= died) ? 1 : 0;
}

/** `named`: the ids the document names unambiguously; `year`: the year written nearest the name, if any. */
export function pickEntity(dataset: Dataset, ids: readonly string[], named: Pick<ReadonlySet<string>, 'has'>, year: number | undefined): string {
  const fits = ids.map((id) => periodFit(dataset.byId.get(id), year));
  const top = Math.max(...fits);
  const fitting = ids.filter((_, i) => fits[i] === top);
  if (fitting.length === 1) return fitting[0];
  let best = fitting[0];
  let bestScore = -1;
  for (const id of fitting) {
    const related = (dataset.byId.get(id)?.related ?? []).filter((r) => named.has(r)).length;
    const score = (named.has(id) ? 1000 : 0) + related; // named outright first, then by related names
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

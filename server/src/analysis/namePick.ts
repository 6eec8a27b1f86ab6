/**
 * Which entry an ambiguous name means ("Alexander", "Nicholas", "King Charles"): the one whose time fits the years
 * written around it (a ruler's years in office, else a life), then one the document already names unambiguously,
 * then the one most related to what it names. Still a guess: the hover says so.
 */
import type { Dataset } from '../dataset/dataset';
import { parseDatedValue } from '../dataset/dates';
import type { Entity } from '../dataset/types';

/** "(1801–1825)" in a role: the years someone held it. */
const ROLE_YEARS = /\((\d{3,4})\s*[–-]\s*(\d{3,4})\)/g;

/** 2 when `year` is in one of the person's roles' years, 1 when within their life, else 0 (events: 0). */
function periodFit(entity: Entity | undefined, year: number | undefined): number {
  if (year === undefined || entity?.type !== 'person') return 0;
  for (const role of entity.roles ?? []) {
    for (const m of role.matchAll(ROLE_YEARS)) if (Number(m[1]) <= year && year <= Number(m[2])) return 2;
  }
  const born = entity.born && parseDatedValue(entity.born)?.year;
  const died = entity.died && parseDatedValue(entity.died)?.year;
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

/**
 * `unknown-person` hints: names compromise found that no dataset knows (see recognize/unknownPeople.ts), each with a
 * quick fix that adds the person to `people.clio.json` at the workspace root, so later mentions are recognized.
 */
import type { Dataset } from '../../dataset/dataset';
import type { PersonCandidate } from '../../recognize/unknownPeople';
import type { DatasetAddition, Finding } from '../types';
import { finding } from './finding';

const WORKSPACE_PEOPLE_FILE = 'people.clio.json';

/** A schema-valid id (`^[a-z0-9]+(-[a-z0-9]+)*$`) from a name: accents dropped, words joined by hyphens. */
export function personIdFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'person';
}

/** The first of `id`, `id-2`, `id-3`… that `taken` does not hold (a user entry with a bundled id would replace it). */
export function freeId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  let n = 2;
  while (taken(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** The dataset entry the quick fix proposes; the historian fills in the summary and the sources. */
export function datasetAdditionFor(candidate: Pick<PersonCandidate, 'name' | 'surname'>, documentName: string, dataset: Dataset): DatasetAddition {
  const id = freeId(personIdFromName(candidate.name), (x) => dataset.byId.has(x));
  const aliases = candidate.surname !== candidate.name && candidate.surname.length >= 2 ? [candidate.surname] : [];
  return {
    file: WORKSPACE_PEOPLE_FILE,
    person: { id, name: candidate.name, aliases, summary: `Added from ${documentName}; describe who this was.`, sources: ['to be added'] },
  };
}

/** One hint per mention; candidates carry document offsets. */
export function unknownPersonFindings(candidates: readonly PersonCandidate[], documentName: string, dataset: Dataset): Finding[] {
  return candidates.map((c) =>
    finding('unknown-person', c, `No Clio dataset knows “${c.name}”.`, [
      { title: `Add ‘${c.name}’ to the workspace dataset`, edits: [], safe: false, datasetAddition: datasetAdditionFor(c, documentName, dataset) },
    ]),
  );
}

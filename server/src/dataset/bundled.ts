/** The dataset shipped in data/ (the bundles in dist/ read it from there: see esbuild.mjs); the data tests validate it. */
import events from '../../../data/events.json';
import people from '../../../data/people.json';
import russia16821905 from '../../../data/russia-1682-1905.json';
import west15821752 from '../../../data/west-1582-1752.json';
import balkansNordic from '../../../data/balkans-nordic.json';
import { Dataset } from './dataset';
import type { DatasetFile } from './types';

let cached: Dataset | undefined;

export const BUNDLED_FILES: { name: string; file: DatasetFile }[] = [
  { name: 'people.json', file: people as DatasetFile },
  { name: 'events.json', file: events as DatasetFile },
  { name: 'russia-1682-1905.json', file: russia16821905 as DatasetFile },
  { name: 'west-1582-1752.json', file: west15821752 as DatasetFile },
  { name: 'balkans-nordic.json', file: balkansNordic as DatasetFile },
];

export function bundledDataset(): Dataset {
  cached ??= new Dataset(BUNDLED_FILES.map(({ name, file }) => ({ origin: `bundled:${name}`, file })));
  return cached;
}

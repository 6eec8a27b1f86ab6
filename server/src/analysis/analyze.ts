/** analyze(text, dataset, settings): the whole pipeline for one document, pure and shared by server, CLI and tests. */
import type { Dataset } from '../dataset/dataset';
import type { Finding, Settings } from './types';

export interface DocumentAnalysis {
  text: string;
  findings: Finding[];
}

export function analyze(text: string, _dataset: Dataset, _settings: Settings): DocumentAnalysis {
  return { text, findings: [] };
}

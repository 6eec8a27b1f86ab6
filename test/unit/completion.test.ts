import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { completionsAt } from '../../server/src/features/completion';

const dataset = bundledDataset();
const header = (calendar: string) => `---\nclio:\n  calendar: ${calendar}\n  region: russia\n---\n\n`;

/** Completions at the end of `text` (a document of its own). */
function completeAtEnd(text: string, trigger?: string) {
  return completionsAt(analyze(text, dataset, DEFAULT_SETTINGS), dataset, text.length, trigger);
}

describe('completion: matching names (prepared once per dataset)', () => {
  it('replaces every word of a name typed so far ("October Rev"), and writes no article after "the"', () => {
    const text = `${header('gregorian')}Then came the October Rev`;
    const item = completeAtEnd(text).find((c) => c.label === 'October Revolution');
    assert.ok(item);
    assert.equal(text.slice(item.edit.start, item.edit.end), 'October Rev');
    assert.ok(item.edit.newText.startsWith('October Revolution${1|'), item.edit.newText);
  });

  it('matches fuzzily from the start of a word, and only from there', () => {
    assert.ok(completeAtEnd(`${header('gregorian')}Then octrev`).some((c) => c.label === 'October Revolution'));
    assert.ok(!completeAtEnd(`${header('gregorian')}Then ctober`).some((c) => c.label === 'October Revolution'));
  });

  it('offers every entity when nothing is typed after @', () => {
    const items = completeAtEnd(`${header('gregorian')}Then @`, '@');
    const ids = new Set(items.map((c) => c.entityId));
    assert.equal(ids.size, dataset.size);
  });

  it("writes each document's dates its own way from the same dataset", () => {
    const snippet = (calendar: string) => completeAtEnd(`${header(calendar)}Then Octob`).find((c) => c.label === 'October Revolution')?.edit.newText;
    assert.match(snippet('gregorian') ?? '', /of 7 November \(O\.S\. 25 October\) 1917/);
    assert.match(snippet('julian') ?? '', /of 25 October \(7 November\) 1917/);
    assert.match(snippet('gregorian') ?? '', /of 7 November \(O\.S\. 25 October\) 1917/);
  });
});

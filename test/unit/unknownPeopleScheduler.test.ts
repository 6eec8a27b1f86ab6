/** The unknown-people pass runs while the server is idle: requests come first. */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { UnknownPeopleScheduler } from '../../server/src/lsp/unknownPeopleScheduler';
import { UnknownPeopleFinder, type PersonCandidate } from '../../server/src/recognize/unknownPeople';

/** Counts the paragraphs the pass hands it; each holds one hint, so a finished pass reports hints. */
class CountingFinder extends UnknownPeopleFinder {
  calls = 0;
  override find(): Promise<PersonCandidate[]> {
    this.calls++;
    return Promise.resolve([{ start: 0, end: 4, name: 'Ivan Sidorov', surname: 'Sidorov' }]);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('unknown-people scheduler', () => {
  const dataset = bundledDataset();
  const text = Array.from({ length: 40 }, (_, i) => `In chapter ${i} Ivan Sidorov wrote to Maria Ivanova.`).join('\n\n');
  const analysis = analyze(text, dataset, DEFAULT_SETTINGS);

  it('a pass waits while requests keep arriving, and finishes once they stop', async () => {
    const finder = new CountingFinder();
    const scheduler = new UnknownPeopleScheduler({ logError: (m) => assert.fail(m), idleMs: 0, quietMs: 60, finder });
    let hinted = false;
    scheduler.stepAside();
    scheduler.schedule('file:///a.md', analysis, dataset, () => true, () => (hinted = true));
    for (let t = 0; t < 300; t += 10) {
      scheduler.stepAside(); // a hover every 10 ms
      await sleep(10);
    }
    assert.equal(finder.calls, 0, 'no paragraph examined while requests arrived');
    for (let t = 0; t < 2000 && !hinted; t += 10) await sleep(10);
    assert.ok(hinted, 'the pass finished once the requests stopped');
    assert.equal(finder.calls, 40, 'every paragraph examined');
  });
});

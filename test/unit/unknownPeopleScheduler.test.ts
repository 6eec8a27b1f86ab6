/** The unknown-people pass runs while the server is idle: requests come first. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { exposedGc } from '../../server/src/lsp/memory';
import { UnknownPeopleScheduler } from '../../server/src/lsp/unknownPeopleScheduler';
import { UnknownPeopleFinder, type PersonCandidate } from '../../server/src/recognize/unknownPeople';

/** Counts the paragraphs the pass hands it; each holds one hint, so a finished pass reports hints. */
class CountingFinder extends UnknownPeopleFinder {
  calls = 0;
  constructor(private readonly busyMs = 0) {
    super();
  }
  override find(): Promise<PersonCandidate[]> {
    this.calls++;
    for (const end = Date.now() + this.busyMs; Date.now() < end; ); // a paragraph's work on the server's thread
    return Promise.resolve([{ start: 0, end: 4, name: 'Ivan Sidorov', surname: 'Sidorov' }]);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('unknown-people scheduler', () => {
  const dataset = bundledDataset();
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `In chapter ${i} Ivan Sidorov wrote to Maria Ivanova.`).join('\n\n');
  const analysis = analyze(paragraphs(40), dataset, DEFAULT_SETTINGS);

  it('a pass waits while requests keep arriving, and finishes once they stop', async () => {
    const finder = new CountingFinder();
    const scheduler = new UnknownPeopleScheduler({ logError: (m) => assert.fail(m), idleMs: 0, quietMs: 500, finder });
    let hinted = false;
    scheduler.stepAside();
    scheduler.schedule('file:///a.md', analysis, dataset, () => true, () => (hinted = true));
    for (let t = 0; t < 300; t += 10) {
      scheduler.stepAside(); // a hover every 10 ms
      await sleep(10);
    }
    assert.equal(finder.calls, 0, 'no paragraph examined while requests arrived');
    for (let t = 0; t < 5000 && !hinted; t += 10) await sleep(10);
    assert.ok(hinted, 'the pass finished once the requests stopped');
    assert.equal(finder.calls, 40, 'every paragraph examined');
  });

  it('a request read while a pass runs is answered before the pass works on', async () => {
    const finder = new CountingFinder(1);
    const scheduler = new UnknownPeopleScheduler({ logError: (m) => assert.fail(m), idleMs: 0, quietMs: 500, finder });
    scheduler.schedule('file:///a.md', analyze(paragraphs(400), dataset, DEFAULT_SETTINGS), dataset, () => true, () => undefined);
    while (finder.calls === 0) await sleep(1);
    // As vscode-jsonrpc answers: the message read in an I/O callback, handled in an immediate, the answer written in
    // another.
    const { atArrival, examined } = await new Promise<{ atArrival: number; examined: number }>((answered) =>
      readFile(__filename, () => {
        const atArrival = finder.calls;
        setImmediate(() => {
          scheduler.stepAside();
          setImmediate(() => answered({ atArrival, examined: finder.calls - atArrival }));
        });
      }),
    );
    scheduler.forget('file:///a.md'); // the pass stops at its next step
    assert.ok(atArrival < 400, 'the pass was still running when the request arrived');
    assert.equal(examined, 0, 'no paragraph examined between the request and its answer');
  });

  it('a pass waiting for the requests to stop ends when the document changes, requests or not', async () => {
    const finder = new CountingFinder();
    const scheduler = new UnknownPeopleScheduler({ logError: (m) => assert.fail(m), idleMs: 0, quietMs: 50, finder });
    let current = true;
    let checks = 0;
    const isCurrent = () => (checks++, current);
    scheduler.stepAside();
    scheduler.schedule('file:///a.md', analysis, dataset, isCurrent, () => assert.fail('no hints from a stale pass'));
    await sleep(20);
    current = false; // an edit: the pass is stale
    const before = checks;
    for (let t = 0; t < 300; t += 10) {
      scheduler.stepAside(); // hovers keep coming
      await sleep(10);
    }
    assert.ok(checks > before, 'the waiting pass looked whether it is still current, and ended');
    assert.equal(finder.calls, 0);
  });

  it('the paragraphs a finished pass remembers keep no version of the whole text alive', async () => {
    const gc = exposedGc()!;
    const scheduler = new UnknownPeopleScheduler({ logError: (m) => assert.fail(m), idleMs: 0, quietMs: 0, finder: new CountingFinder() });
    // The server's analysis holds its text as a rope (pieceDocument.ts): a paragraph sliced from it is a view of the
    // whole text, flattened by the slice. 16 MB of it, so that a pinned copy stands out of the heap's noise.
    const passOverALargeText = () =>
      new Promise<void>((done) => {
        const large = { ...analysis, text: analysis.text + ' '.repeat(16 * 1024 * 1024) };
        scheduler.schedule('file:///a.md', large, dataset, () => true, done);
      });
    gc();
    const before = process.memoryUsage().heapUsed;
    await passOverALargeText();
    await sleep(10); // the pass's last steps end
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    assert.ok(kept < 4 * 1024 * 1024, `${(kept / 1048576).toFixed(1)} MB kept after the pass`);
  });
});

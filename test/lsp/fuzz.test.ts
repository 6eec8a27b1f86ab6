/** The fuzzer's fixed-seed short run: 300 random edits through the built server, checked against fresh analyses. */
import assert from 'node:assert/strict';
import { runFuzz } from '../fuzz/fuzz';

describe('random-edit fuzzing through the server (fixed seed, short run)', function () {
  this.timeout(120000);

  it('300 edits: alive, answering, and publishing what a fresh analysis finds', async () => {
    const result = await runFuzz({ seed: 20240531, edits: 300, batch: 10 });
    assert.equal(result.edits, 300);
    assert.equal(result.checks, 30);
    // The comparison means something only if dates and their findings survived the edits.
    assert.ok(result.diagnostics > 0, `diagnostics compared: ${result.diagnostics}`);
  });
});

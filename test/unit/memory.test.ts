/** The server's garbage budget: a major GC once the garbage edits and closes leave behind passes the budget. */
import assert from 'node:assert/strict';
import { exposedGc, GarbageBudget } from '../../server/src/lsp/memory';

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('garbage budget', () => {
  it('collects once, after the current message, when edits pass the budget', async () => {
    let collections = 0;
    const budget = new GarbageBudget(100, () => collections++);
    for (let i = 0; i < 49; i++) budget.edited(1); // 98 bytes: under the budget
    await nextTick();
    assert.equal(collections, 0);
    budget.edited(1);
    budget.edited(1000);
    assert.equal(collections, 0, 'not on the edit itself');
    await nextTick();
    assert.equal(collections, 1, 'one collection for one crossing');
    budget.edited(49);
    await nextTick();
    assert.equal(collections, 1, 'the count starts again after a collection');
    budget.edited(1);
    await nextTick();
    assert.equal(collections, 2);
  });

  it('counts a closed document with its analysis, more than an edit', async () => {
    let collections = 0;
    const budget = new GarbageBudget(100, () => collections++);
    budget.edited(10);
    await nextTick();
    assert.equal(collections, 0);
    budget.closed(10);
    await nextTick();
    assert.equal(collections, 1);
  });

  it('finds V8 gc() in Node', () => {
    const gc = exposedGc();
    assert.equal(typeof gc, 'function');
    gc!();
  });
});

/**
 * The server's garbage budget: a major GC once the edits pause, if the old generation has grown by the budget; never
 * while they go on (V8's own concurrent GC, started sooner in the server, collects then).
 */
import assert from 'node:assert/strict';
import { exposedGc, GarbageBudget, oldGenerationBytes, type IdleTimer } from '../../server/src/lsp/memory';

const IDLE_MS = 30;

/**
 * A clock the test moves by hand, with Node's timer semantics for what the budget uses (a timer refreshed starts its
 * wait again): on a loaded machine real sleeps of a fraction of the idle time could outlast it.
 */
function manualClock() {
  let now = 0;
  const timers: { due: number; fn: () => void; ms: number; done: boolean }[] = [];
  const timer: IdleTimer = (fn, ms) => {
    const t = { due: now + ms, fn, ms, done: false };
    timers.push(t);
    return { refresh: () => (t.due = now + t.ms) };
  };
  const sleep = (ms: number) => {
    now += ms;
    for (const t of timers) {
      if (!t.done && t.due <= now) {
        t.done = true;
        t.fn();
      }
    }
  };
  return { timer, sleep };
}

/** A budget of 100 bytes over an old generation whose size the test sets; a collection brings it back to `live`. */
function fakeHeap(live = 1000) {
  const heap = { used: live, collections: 0 };
  const { timer, sleep } = manualClock();
  const budget = new GarbageBudget(
    100,
    () => {
      heap.collections++;
      heap.used = live;
    },
    () => heap.used,
    IDLE_MS,
    timer,
  );
  return { heap, budget, sleep };
}

describe('garbage budget', () => {
  it('under the budget: no collection', () => {
    const { heap, budget, sleep } = fakeHeap();
    heap.used += 99;
    budget.changed();
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 0);
  });

  it('past the budget: one collection once the edits pause, not while they go on', () => {
    const { heap, budget, sleep } = fakeHeap();
    heap.used += 100;
    budget.changed();
    for (let i = 0; i < 4; i++) {
      sleep(IDLE_MS / 2);
      heap.used += 10;
      budget.changed(); // each edit puts the collection off again
    }
    assert.equal(heap.collections, 0, 'not while edits arrive');
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 1);
    assert.equal(heap.used, 1000);
    heap.used += 99;
    budget.changed();
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 1, 'the growth is counted from the collection');
  });

  it('far past the budget: still no collection while the edits go on', () => {
    const { heap, budget, sleep } = fakeHeap();
    for (let i = 0; i < 8; i++) {
      heap.used += 100;
      budget.changed();
      sleep(IDLE_MS / 2);
    }
    assert.equal(heap.collections, 0, 'not while edits arrive, even at eight times the budget');
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 1, 'one collection at the pause');
  });

  it('a collection V8 made during the edits: nothing left to collect at the pause', () => {
    const { heap, budget, sleep } = fakeHeap();
    heap.used += 150;
    budget.changed();
    sleep(IDLE_MS / 2);
    heap.used = 1000; // V8 collected, beside the edits
    budget.changed();
    sleep(IDLE_MS / 2);
    heap.used += 50;
    budget.changed();
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 0);
  });

  it('a collection V8 made by itself lowers the mark the growth is counted from', () => {
    const { heap, budget, sleep } = fakeHeap();
    heap.used += 80;
    budget.changed();
    heap.used = 900; // V8 collected
    budget.changed();
    heap.used += 99;
    budget.changed();
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 0);
    heap.used += 1;
    budget.changed();
    sleep(2 * IDLE_MS);
    assert.equal(heap.collections, 1);
  });

  it('finds V8 gc() in Node, and measures the old generation', () => {
    const gc = exposedGc();
    assert.equal(typeof gc, 'function');
    gc!();
    const before = oldGenerationBytes();
    assert.ok(before > 1024 * 1024, `old generation ${before} bytes`);
    // A large string, as an edit's text: flat (read once), allocated young, moved to the old generation by a GC.
    const kept = 'x'.repeat(8 * 1024 * 1024) + String(Math.random());
    kept.charCodeAt(0);
    gc!();
    const after = oldGenerationBytes();
    assert.ok(after >= before + 7 * 1024 * 1024, `a large string kept alive counts: ${before} -> ${after}`);
    assert.ok(kept.length > 0);
  });
});

/**
 * The server's per-document store: a version is analyzed once, however many requests want it before it is published,
 * and an analysis begun under old settings is never taken for the current one. In memory, with the real Analyzer,
 * ChangeTracker and TextDocument; the Analyzer's passes are counted.
 */
import assert from 'node:assert/strict';
import type { ClioConfiguration } from '../../shared/protocol';
import { analyze, Analyzer } from '../../server/src/analysis/analyze';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentAnalysis } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { ChangeTracker } from '../../server/src/lsp/changeTracker';
import { DocumentStore } from '../../server/src/lsp/documentStore';

const URI = 'file:///draft.md';
const TEXT = 'Lenin returned to Petrograd on 3 April 1917.\n\nThe Kronstadt rebellion began on 1 March 1921.\n';

/** A store over `config()` whose publications and Analyzer passes (by text length) are recorded. */
function storeWith(config: () => Promise<ClioConfiguration>) {
  const changes = new ChangeTracker();
  const published: { version: number; analysis: DocumentAnalysis }[] = [];
  const waiters: (() => void)[] = [];
  const store = new DocumentStore(
    () => bundledDataset(),
    config,
    (_uri, version, analysis) => {
      published.push({ version, analysis });
      for (const w of waiters.splice(0)) w();
    },
    (message) => assert.fail(message),
    changes,
  );
  const publishedVersion = async (version: number) => {
    while (!published.some((p) => p.version === version)) await new Promise<void>((resolve) => waiters.push(resolve));
    return published.find((p) => p.version === version)!;
  };
  return { store, changes, published, publishedVersion };
}

describe('DocumentStore', () => {
  const original = Analyzer.prototype.analyze;
  let passes: number[] = [];
  beforeEach(() => {
    passes = [];
    Analyzer.prototype.analyze = function (this: Analyzer, text, settings, change) {
      passes.push(text.length);
      return original.call(this, text, settings, change);
    };
  });
  afterEach(() => {
    Analyzer.prototype.analyze = original;
  });

  it('a hover before the debounced publication makes the analysis the publication sends, not a second one', async () => {
    const { store, changes, publishedVersion } = storeWith(async () => ({ diagnostics: { debounceMs: 30 }, unknownPeople: { enabled: false } }));
    const doc = changes.create(URI, 'markdown', 1, TEXT);
    store.opened(doc);
    await publishedVersion(1);
    changes.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
    passes = [];
    void store.changed(doc);
    const hovered = await store.analysisOf(doc); // the hover, inside the debounce
    const { analysis } = await publishedVersion(2);
    assert.equal(analysis, hovered);
    assert.deepEqual(passes, [TEXT.length + 1]);
  });

  it('after the first publication, types into the document and back without publishing, and keeps an analysis equal to a fresh one', async () => {
    const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed.md'), 'utf8');
    const { store, changes, published, publishedVersion } = storeWith(async () => ({ unknownPeople: { enabled: false } }));
    const doc = changes.create(URI, 'markdown', 1, seed);
    store.opened(doc);
    const first = (await publishedVersion(1)).analysis;
    // The warm-up's rounds: two passes each, one with a character typed in the middle.
    for (let waited = 0; passes.length < 1 + 2 * 12 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(passes, [seed.length, ...Array.from({ length: 12 }, () => [seed.length + 1, seed.length]).flat()]);
    assert.equal(published.length, 1);
    const kept = await store.analysisOf(doc);
    assert.notEqual(kept, first, "the warm-up's last pass is the analysis kept");
    const fresh = analyze(seed, bundledDataset(), (await store.settingsOf(doc))!);
    for (const field of ['findings', 'dates', 'entities', 'convention'] as const) assert.deepEqual(kept?.[field], fresh[field], field);
    store.closed(URI);
  });

  it('requests made while the configuration loads share one analysis with the opening', async () => {
    let release!: () => void;
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const { store, changes, publishedVersion } = storeWith(async () => {
      await loaded;
      return { unknownPeople: { enabled: false } };
    });
    const doc = changes.create(URI, 'markdown', 1, TEXT);
    store.opened(doc);
    const requests = [store.analysisOf(doc), store.analysisOf(doc), store.analysisOf(doc)];
    release();
    const answers = await Promise.all(requests);
    const { analysis } = await publishedVersion(1);
    for (const a of answers) assert.equal(a, analysis);
    assert.deepEqual(passes, [TEXT.length]);
    store.closed(URI); // ends its warm-up, whose passes would count in the next test
  });

  it('an analysis begun before the settings changed is not taken for the new settings', async () => {
    let calendar: ClioConfiguration['calendar'] = 'julian';
    let release!: () => void;
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const { store, changes, published } = storeWith(async () => {
      const mine = calendar;
      await loaded;
      return { calendar: mine, unknownPeople: { enabled: false } };
    });
    const doc = changes.create(URI, 'markdown', 1, TEXT);
    store.opened(doc);
    const hover = store.analysisOf(doc);
    calendar = 'gregorian';
    store.configurationChanged([doc]);
    release();
    assert.equal((await hover)?.convention.convention, 'gregorian');
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(
      published.map((p) => p.analysis.convention.convention),
      ['gregorian'],
    );
  });
});

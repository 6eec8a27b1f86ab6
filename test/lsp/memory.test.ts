/**
 * Memory through the server over stdio (the memory budget of the speed work). Each edit of a 1 MB draft leaves the
 * previous 2 MB text behind, and the texts in use when the young generation is collected move to the old one. While
 * edits stream, V8's own major GC frees them, started once the old generation has grown by half of what the last one
 * left (server/src/lsp/memory.ts; the server's forced GC waits for a pause). With V8's default growth (up to four
 * times) RSS climbed about 80–100 MB above the opened draft during these edits; with it, about 30–40 MB.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LspClient, positionAt, residentMb } from './lspClient';
import { rng } from '../random';

/** How far RSS may rise above its value with the draft opened and analyzed. */
const GROWTH_BOUND_MB = 60;

describe('memory through the server', function () {
  this.timeout(120_000);

  it(`editing a 1 MB draft: RSS stays within ${GROWTH_BOUND_MB} MB of the opened draft`, async () => {
    const seed = readFileSync(resolve(__dirname, '../fixtures/seed.md'), 'utf8');
    let text = '';
    for (let i = 1; text.length < 1024 * 1024; i++) text += `# Chapter ${i}\n\n${seed}\n\n`;
    assert.ok([...seed].some((c) => c.charCodeAt(0) > 0xff), 'non-Latin-1 text: two bytes a character');
    // A long debounce: diagnostics are not republished, so the edits go as fast as the server takes them.
    const client = await LspClient.start({ settings: { diagnostics: { debounceMs: 60_000 } } });
    try {
      const pid = client.process.pid!;
      const uri = 'file:///tmp/clio-memory.md';
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, undefined, 60_000);
      const opened = residentMb(pid);
      let peak = opened;
      const sampler = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 5);
      try {
        const r = rng(3);
        for (let i = 0; i < 300; i++) {
          const current = client.text(uri);
          const at = positionAt(current, Math.floor(r() * current.length));
          await client.edit(uri, { start: at, end: at }, 'y');
          // A hover now and then analyzes the current version, as the editor's requests do.
          if (i % 20 === 19) await client.hover(uri, at);
        }
        await client.hover(uri, { line: 0, character: 0 });
      } finally {
        clearInterval(sampler);
      }
      assert.ok(peak - opened < GROWTH_BOUND_MB, `RSS ${opened.toFixed(0)} MB opened, peak ${peak.toFixed(0)} MB while editing`);
    } finally {
      await client.stop();
    }
  });
});

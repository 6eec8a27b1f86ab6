import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Analyzer, analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { ChangeTracker } from '../../server/src/lsp/changeTracker';
import { rng } from '../random';

// The server tells the Analyzer what the editor changed (ChangeTracker) instead of comparing whole texts: the range it
// reports must hold every difference, however edits are batched, and the analysis must equal a fresh one.

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed.md'), 'utf8');
const PIECES = ['x', '\n', '\n\n', '# ', '```\n', '<!-- clio-disable-next-line -->\n', '7 March 1917', ' (O.S. 22 February)', 'Lenin', 'é', ''];

describe('ChangeTracker: what the editor changed since the last analysis', () => {
  it('covers every difference over 3,000 random LSP edits, batched, reversed and whole, and the analysis equals a fresh one', function () {
    this.timeout(120_000);
    const dataset = bundledDataset();
    let compared = 0;
    for (let s = 1; s <= 10; s++) {
      const r = rng(500 + s);
      const tracker = new ChangeTracker();
      const analyzer = new Analyzer(dataset);
      const uri = `file:///t${s}.md`;
      let doc = tracker.create(uri, 'markdown', 1, seed.slice(0, 3000 + Math.floor(r() * 3000)));
      let taken = doc.getText();
      analyzer.analyze(taken, DEFAULT_SETTINGS, tracker.take(doc));
      let replaced = false;
      for (let e = 0; e < 300; e++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        // Several changes in one didChange, each against the text the previous one left.
        let text = doc.getText();
        for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
          const start = Math.floor(r() * (text.length + 1));
          const end = Math.min(text.length, start + (r() < 0.5 ? 0 : Math.floor(r() * 20)));
          const piece = PIECES[Math.floor(r() * PIECES.length)];
          if (r() < 0.02) {
            changes.push({ text: text.slice(0, 200) + piece + text.slice(200) }); // a whole new text
            text = text.slice(0, 200) + piece + text.slice(200);
            replaced = true;
            continue;
          }
          const pos = (o: number) => {
            const before = text.slice(0, o).split('\n');
            return { line: before.length - 1, character: before[before.length - 1].length };
          };
          const [a, b] = [pos(start), pos(end)];
          // Editors may send a range end first.
          changes.push({ range: r() < 0.1 ? { start: b, end: a } : { start: a, end: b }, text: piece });
          text = text.slice(0, start) + piece + text.slice(end);
        }
        doc = tracker.update(doc, changes, doc.version + 1);
        assert.equal(doc.getText(), text);
        // Sometimes several didChanges arrive between two analyses (debounced typing).
        if (r() < 0.3) continue;
        const known = tracker.take(doc);
        if (known) {
          // Outside the reported range the old and the new text are the same.
          assert.equal(known.oldLength, taken.length);
          assert.equal(taken.slice(0, known.start), text.slice(0, known.start), `seed ${s}, edit ${e}`);
          assert.equal(taken.slice(known.oldEnd), text.slice(known.newEnd), `seed ${s}, edit ${e}`);
        } else assert.fail(`seed ${s}, edit ${e}: the change is unknown${replaced ? ' (a whole new text is compared with the old one)' : ''}`);
        replaced = false;
        assert.deepStrictEqual(analyzer.analyze(text, DEFAULT_SETTINGS, known), analyze(text, dataset, DEFAULT_SETTINGS), `seed ${s}, edit ${e}`);
        // As the server does: the Analyzer keeps the document's rope, not the string it read (never read again here).
        analyzer.releaseText(doc.rope());
        taken = text;
        compared++;
      }
    }
    assert.ok(compared > 1500, `only ${compared} analyses compared`);
  });
});

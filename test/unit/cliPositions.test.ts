/** The CLI report's offsets-to-positions (util/positions.ts) against vscode-languageserver-textdocument's. */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionsOf } from '../../server/src/util/positions';
import { rng } from '../random';

describe('clio check report positions', () => {
  it('equal the LSP text document positions for every offset, with \\n, \\r\\n and \\r breaks', () => {
    samePositions(['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\r', 'é', '😀', '\r\r\n']);
  });

  it('equal them in texts with line feeds only (found without the regex)', () => {
    samePositions(['a', 'bc', ' ', '\n', '\n\n', 'é', '😀']);
  });
});

/** Random texts of `pieces`: every offset's position as the LSP library computes it. */
function samePositions(pieces: readonly string[]): void {
  for (let seed = 1; seed <= 200; seed++) {
    const r = rng(seed);
    let text = '';
    const length = Math.floor(r() * 40);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(r() * pieces.length)];
    const expected = TextDocument.create('file:///x.md', 'markdown', 0, text);
    const actual = positionsOf(text);
    for (let offset = -1; offset <= text.length + 1; offset++) {
      assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `seed ${seed}, offset ${offset} of ${JSON.stringify(text)}`);
    }
  }
}

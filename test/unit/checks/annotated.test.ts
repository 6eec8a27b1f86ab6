/** The annotated-text helper itself: where carets point, and that it fails on a missing or an unexpected finding. */
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics, parseAnnotated } from './annotated';

describe('annotated check tests (helper)', () => {
  it('strips annotation lines and maps carets to offsets in the line above', () => {
    const { text, expected } = parseAnnotated(`
      First line.
      On 31 April 1917.
         ^^^^^^^^^^^^^ error invalid-date: 31 April…
         ^^ hint x-y: two on one line
    `);
    assert.equal(text, 'First line.\nOn 31 April 1917.\n');
    assert.deepEqual(
      expected.map((e) => [text.slice(e.start, e.end), e.severity, e.code, e.message]),
      [
        ['31 April 1917', 'error', 'invalid-date', '31 April…'],
        ['31', 'hint', 'x-y', 'two on one line'],
      ],
    );
  });

  it('fails on an unexpected finding, a missing one, a wrong range and a wrong message', () => {
    assert.throws(() => checkDiagnostics('On 31 April 1917.', NEW_STYLE_RUSSIA), /findings differ/);
    assert.throws(() => checkDiagnostics('On 30 April 1917.\n   ^^^^^^^^^^^^^ error invalid-date: …', NEW_STYLE_RUSSIA), /findings differ/);
    assert.throws(() => checkDiagnostics('On 31 April 1917.\n   ^^^^^^^^ error invalid-date: …', NEW_STYLE_RUSSIA), /findings differ/);
    assert.throws(() => checkDiagnostics('On 31 April 1917.\n   ^^^^^^^^^^^^^ error invalid-date: 31 April 1917 exists…', NEW_STYLE_RUSSIA), /findings differ/);
    checkDiagnostics('On 31 April 1917.\n   ^^^^^^^^^^^^^ error invalid-date: 31 April 1917 does not…', NEW_STYLE_RUSSIA);
  });
});

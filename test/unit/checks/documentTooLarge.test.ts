// Diagnostic: document-too-large
//
// The document is longer than Clio analyzes (MAX_ANALYZED_LENGTH, 5,000,000 UTF-16 code units); only the part up
// to a blank line (or line break) before the limit is checked, and this says how much. Producer:
// server/src/analysis/analyze.ts.
import assert from 'node:assert/strict';
import { MAX_ANALYZED_LENGTH } from '../../../server/src/analysis/analyze';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

const PARAGRAPH = `${'Nothing happened in this paragraph, and nothing was dated. '.repeat(80)}\n\n`;

describe('document-too-large', function () {
  this.timeout(60_000);

  it('is information on the first line, says where checking stopped, and the rest is not checked', () => {
    const filler = PARAGRAPH.repeat(Math.ceil(MAX_ANALYZED_LENGTH / PARAGRAPH.length));
    // A mismatch past the limit is not reported; one before it is.
    const { text, findings } = checkDiagnostics(
      [
        '# A long draft',
        '^^^^^^^^^^^^^^ information document-too-large: This document has …',
        'On 8 March (O.S. 24 February) 1917 they struck.',
        '   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 8 March 1917 (N.S.) is 23 February 1917 (O.S.), not 24 February',
        '',
        `${filler}On 8 March (O.S. 24 February) 1917 they struck again.`,
      ].join('\n'),
      NEW_STYLE_RUSSIA,
    );
    const cut = text.lastIndexOf('\n\n', MAX_ANALYZED_LENGTH - 2) + 2;
    const line = text.slice(0, cut - 1).split('\n').length;
    const n = (x: number) => x.toLocaleString('en-US');
    assert.equal(
      findings[0].message,
      `This document has ${n(text.length)} characters; Clio checks only the first ${n(cut)} (to line ${n(line)}), 5,000,000 at most. Split the document to have the rest checked.`,
    );
  });

  it('is not reported for a document of exactly the limit', () => {
    // The helper adds the final line break: MAX_ANALYZED_LENGTH characters in all.
    checkDiagnostics('x'.repeat(MAX_ANALYZED_LENGTH - 1), NEW_STYLE_RUSSIA);
  });
});

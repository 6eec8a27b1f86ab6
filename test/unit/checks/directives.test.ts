// The in-place switches: `<!-- clio-disable-next-line … -->`, `<!-- clio-disable-line … -->`,
// `<!-- clio-disable-file … -->` (docs/design.md; README: no code = all codes).
// Producer: server/src/analysis/checks/filter.ts over server/src/markdown/directives.ts.
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

describe('clio-disable comments', () => {
  it('disable-next-line with no code silences every finding on the next line, and only there', () => {
    checkDiagnostics(`
      <!-- clio-disable-next-line -->
      A: 31 April 1917 and 8 March (O.S. 24 February) 1917.
      B: 31 April 1917 and 8 March (O.S. 24 February) 1917.
         ^^^^^^^^^^^^^ error invalid-date: …
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 8 March 1917 (N.S.) is 23 February 1917 (O.S.), not 24 February
    `, NEW_STYLE_RUSSIA);
  });

  it('disable-next-line with a code silences that code only', () => {
    checkDiagnostics(`
      <!-- clio-disable-next-line invalid-date -->
      A: 31 April 1917 and 8 March (O.S. 24 February) 1917.
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 8 March 1917 (N.S.) is 23 February 1917 (O.S.), not 24 February
    `, NEW_STYLE_RUSSIA);
  });

  it('disable-line silences its own line: every code without one, the named code with one', () => {
    checkDiagnostics(`
      A: 31 April 1917 and 8 March (O.S. 24 February) 1917. <!-- clio-disable-line -->

      B: 31 April 1917 and 8 March (O.S. 24 February) 1917. <!-- clio-disable-line dual-date-mismatch -->
         ^^^^^^^^^^^^^ error invalid-date: …

      C: 31 April 1917.
         ^^^^^^^^^^^^^ error invalid-date: …
    `, NEW_STYLE_RUSSIA);
  });

  it('a directive is found between other comments in its block, and "clio-" in prose or a plain comment is none', () => {
    // The block scan looks for DIRECTIVE_MARK only after the block's first comment opening (analysis/scan.ts).
    checkDiagnostics(`
      A: 31 April 1917 <!-- a note --> and 8 March (O.S. 24 February) 1917. <!-- clio-disable-line --> <!-- 2.1 -->

      B: 31 April 1917, see clio-docs. <!-- a note: clio-something -->
         ^^^^^^^^^^^^^ error invalid-date: …
    `, NEW_STYLE_RUSSIA);
  });

  it('disable-file silences its codes in the whole file, before the comment too', () => {
    checkDiagnostics(`
      A: 31 April 1917 and 8 March (O.S. 24 February) 1917.
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 8 March 1917 (N.S.) is 23 February 1917 (O.S.), not 24 February

      <!-- clio-disable-file invalid-date -->
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      A: 31 April 1917 and 8 March (O.S. 24 February) 1917.

      <!-- clio-disable-file -->

      B: 31 April 1917.
    `, NEW_STYLE_RUSSIA);
  });
});

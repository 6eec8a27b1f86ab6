// Diagnostic: front-matter
//
// The document's `clio:` front matter is not valid YAML, or its calendar or region has a wrong value; the
// defaults are used instead. Producer: server/src/analysis/frontMatter.ts.
import { checkDiagnostics } from './annotated';

describe('front-matter', () => {
  it('reports a calendar that is not gregorian, julian or dual, at the value', () => {
    checkDiagnostics(`
      ---
      clio:
        calendar: mayan
                  ^^^^^ warning front-matter: \`clio.calendar\` must be gregorian, julian or dual, not "mayan"; unmarked dates are read by the settings instead.
      ---
      Nothing dated here.
    `);
  });

  it('reports an unknown region, at the value', () => {
    checkDiagnostics(`
      ---
      clio:
        region: atlantis
                ^^^^^^^^ warning front-matter: \`clio.region\` "atlantis" is not a known region …
      ---
      Nothing dated here.
    `);
  });

  it('reports a yearStart that is not january or march, at the value, and reads years from 1 January instead', () => {
    checkDiagnostics(`
      ---
      clio:
        calendar: julian
        region: britain
        yearStart: lady-day
                   ^^^^^^^^ warning front-matter: \`clio.yearStart\` must be january or march, not "lady-day"; years before 25 March are read by the settings instead.
      ---
      Charles I was executed on 30 January 1649.
    `);
  });

  it('reports a clio key that is not a mapping', () => {
    checkDiagnostics(`
      ---
      clio: julian
            ^^^^^^ warning front-matter: \`clio\` in front matter must be a mapping, …
      ---
      Nothing dated here.
    `);
  });

  it('reports front matter that is not YAML, and reads the document with the defaults', () => {
    checkDiagnostics(`
      ---
      clio: [gregorian
                      ^ warning front-matter: Front matter is not valid YAML (…
      ---
      In Petrograd the crowds gathered on 7 March 1917.
                                          ^^^^^^^^^^^^ information ambiguous-calendar: …
    `);
  });

  it('accepts valid front matter, and other keys beside clio', () => {
    // Without the convention this unmarked Julian-era date would be ambiguous-calendar.
    checkDiagnostics(`
      ---
      title: Dual power
      clio:
        calendar: julian
        region: russia
      ---
      In Petrograd it rained on 10 May 1917.
    `);
  });
});

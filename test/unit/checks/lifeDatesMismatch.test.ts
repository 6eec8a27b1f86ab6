// Diagnostic: life-dates-mismatch
//
// Life years in parentheses right after a known person's name that fit the dataset's birth or death in neither
// calendar: Lenin (1870–1924), not (1870–1925). Producer: server/src/analysis/checks/lifeDatesMismatch.ts.
import assert from 'node:assert/strict';
import { NEW_STYLE_RUSSIA, checkDiagnostics } from './annotated';

describe('life-dates-mismatch', () => {
  it('a wrong death year in a range, fixed to the dataset’s year', () => {
    const { findings } = checkDiagnostics(`
      Lenin (1870–1925) led the Bolsheviks.
             ^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin died on 21 January 1924 (N.S.), not in 1925
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes.map((f) => [f.title, f.edits, f.safe]), [['Change to 1924', [{ start: 12, end: 16, newText: '1924' }], false]]);
  });

  it('both years wrong, one fix for both; the b. and d. forms; a heading', () => {
    const { findings } = checkDiagnostics(`
      # Vladimir Lenin (1871–1925)
                        ^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin was born on 22 April 1870 (N.S.), not in 1871, and died on 21 January 1924 (N.S.), not in 1925

      Stalin (b. 1879) and Trotsky (d. 1941) quarrelled.
              ^^^^^^^ warning life-dates-mismatch: Joseph Stalin was born on 18 December 1878 (N.S.), not in 1879
                                    ^^^^^^^ warning life-dates-mismatch: Leon Trotsky died on 21 August 1940 (N.S.), not in 1941
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings[0].fixes[0].edits.map((e) => e.newText), ['1870', '1924']);
  });

  it('blanks of any kind between the name and the parenthesis: a line break, a no-break space', () => {
    checkDiagnostics(`
      Lenin
      (1870–1925) and Stalin\u00a0(b. 1879) and Trotsky\u2003(d. 1941).
       ^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin died on 21 January 1924 (N.S.), not in 1925
                              ^^^^^^^ warning life-dates-mismatch: Joseph Stalin was born on 18 December 1878 (N.S.), not in 1879
                                                    ^^^^^^^ warning life-dates-mismatch: Leon Trotsky died on 21 August 1940 (N.S.), not in 1941
    `, NEW_STYLE_RUSSIA);
  });

  it('a year right in either calendar is right (11 January 1953 N.S. is 29 December 1952 O.S.)', () => {
    checkDiagnostics(`
      Noe Zhordania (d. 1952) and Noe Zhordania (d. 1953) led Georgia; Noe Zhordania (d. 1951) did not.
                                                                                      ^^^^^^^ warning life-dates-mismatch: Noe Zhordania died on 11 January 1953 (N.S.) = 29 December 1952 (O.S.), not in 1951
    `, NEW_STYLE_RUSSIA);
  });

  it('in an Old Style document, the day is told in the calendar it was recorded in', () => {
    checkDiagnostics(`
      Lenin (b. 1871) was born in Simbirsk.
             ^^^^^^^ warning life-dates-mismatch: Vladimir Lenin was born on 10 April 1870 (O.S.), not in 1871
    `, { calendar: 'julian', region: 'russia' });
  });

  it('right years, reigns, approximate dates and longer names it does not know stay quiet', () => {
    checkDiagnostics(`
      Lenin (1870–1924), Stalin (1878–1953) and Nicholas II (1894–1917) are well known.
      Noe Zhordania (1867–1953) was born c. 1868. Lenin (c. 1871–1924) is vague. Fyodor Kerensky (1838–1910) taught Lenin.
    `, NEW_STYLE_RUSSIA);
  });

  it('warns even where the text gives other years on purpose; a disable comment says “I know”', () => {
    checkDiagnostics(`
      Some obituaries gave Lenin (1870–1925) a wrong year.
                                  ^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin died on 21 January 1924 (N.S.), not in 1925

      <!-- clio-disable-next-line life-dates-mismatch -->
      Some obituaries gave Lenin (1870–1925) a wrong year.
    `, NEW_STYLE_RUSSIA);
  });
});

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

describe('life-dates-mismatch: a name that opens a sentence', () => {
  it('is read after a sentence that ends in a capitalized word, not after a first name or an initial', () => {
    checkDiagnostics(`
      He rested at Gorki. Lenin (1870–1925) wrote little more.
                                 ^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin died on 21 January 1924 (N.S.), not in 1925
      Fyodor Lenin (1870–1925) and F. Lenin (1870–1925) are other men.
    `, NEW_STYLE_RUSSIA);
  });
});

// The same code for whole days: a birth or death day written for a known person that is neither calendar's day of it
// ("Shakespeare died on 24 April 1616"). Producer: server/src/analysis/checks/lifeDatesMismatch.ts, checkLifeDays.
describe('life-dates-mismatch: a birth or death day', () => {
  const BRITAIN = { region: 'britain' };

  it('a wrong day after "died on", "was born in PLACE on", ", born" and "(d. …)", fixed to the dataset’s day in the writer’s calendar', () => {
    const { findings } = checkDiagnostics(`
      Lenin died on 22 January 1924 at Gorki.
                    ^^^^^^^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin died on 21 January 1924 (N.S.) = 8 January 1924 (O.S.), not on 22 January 1924
      Lenin was born in Simbirsk on 23 April 1870.
                                    ^^^^^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin was born on 22 April 1870 (N.S.) = 10 April 1870 (O.S.), not on 23 April 1870
      Lenin, born 12 April 1870 (O.S.), grew up on the Volga.
                  ^^^^^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin was born on 10 April 1870 (O.S.) = 22 April 1870 (N.S.), not on 12 April 1870
      Trotsky (d. 20 August 1940) was killed in Mexico.
                  ^^^^^^^^^^^^^^ warning life-dates-mismatch: Leon Trotsky died on 21 August 1940 (N.S.) = 8 August 1940 (O.S.), not on 20 August 1940
    `, NEW_STYLE_RUSSIA);
    assert.deepEqual(findings.map((f) => f.fixes.map((x) => [x.title, x.edits[0].newText, x.safe])), [
      [['Change to 21 January 1924', '21 January 1924', false]],
      [['Change to 22 April 1870', '22 April 1870', false]],
      [['Change to 10 April 1870', '10 April 1870', false]],
      [['Change to 21 August 1940', '21 August 1940', false]],
    ]);
  });

  it('either end of a life in full days in parentheses after the name, its birth given as a pair or not', () => {
    checkDiagnostics(`
      Lenin (23 April 1870 – 21 January 1924) led the Bolsheviks.
             ^^^^^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin was born on 22 April 1870 (N.S.) = 10 April 1870 (O.S.), not on 23 April 1870
      Lenin (22 April [O.S. 10 April] 1870 – 22 January 1924) led them.
                                             ^^^^^^^^^^^^^^^ warning life-dates-mismatch: Vladimir Lenin died on 21 January 1924 (N.S.) = 8 January 1924 (O.S.), not on 22 January 1924
      Lenin (22 April 1870 – 21 January 1924) and Lenin (10 April 1870 – 8 January 1924 (O.S.)) are right.
    `, NEW_STYLE_RUSSIA);
  });

  it('the day in either calendar is right, and so is an Old Style day before 25 March with either year', () => {
    checkDiagnostics(`
      Lenin was born on 22 April 1870. Lenin was born on 10 April 1870 (O.S.). Lenin died on 21 January 1924.

      Benjamin Franklin was born on 6 January 1705, as the Boston register has it; Benjamin Franklin was born on 17 January 1706 (N.S.).
    `, NEW_STYLE_RUSSIA);
    checkDiagnostics(`
      Isaac Newton died on 20 March 1726 (O.S.), in the legal year, and Isaac Newton was born on 25 December 1642.
      Shakespeare died on 23 April 1616. Shakespeare died on 3 May 1616 (N.S.).
    `, BRITAIN);
  });

  it('a day references also give (the dataset’s alsoGiven) is right: Cervantes’ register day, 23 April 1616', () => {
    checkDiagnostics(`
      Cervantes died on 23 April 1616 (N.S.), the day the parish register gives. Cervantes died on 22 April 1616 (N.S.).
      Cervantes died on 24 April 1616 (N.S.).
                        ^^^^^^^^^^^^^ warning life-dates-mismatch: Miguel de Cervantes died on 22 April 1616 (N.S.) = 12 April 1616 (O.S.), not on 24 April 1616
    `);
  });

  it('an attack may come up to a week before the death it caused; after the death, or further before, is wrong', () => {
    checkDiagnostics(`
      Trotsky was assassinated on 20 August 1940 and died the next day. Kirov was murdered on 1 December 1934.
      Stolypin was shot dead on 14 September 1911; he died four days later. Rasputin was killed on 29 December 1916.
      Kirov was murdered on 11 December 1934.
                            ^^^^^^^^^^^^^^^^ warning life-dates-mismatch: Sergei Kirov died on 1 December 1934 (N.S.) = 18 November 1934 (O.S.), not on 11 December 1934
      Trotsky was assassinated on 10 August 1940.
                                  ^^^^^^^^^^^^^^ warning life-dates-mismatch: Leon Trotsky died on 21 August 1940 (N.S.) = 8 August 1940 (O.S.), not on 10 August 1940
      Lenin was shot on 30 August 1918 and lived five more years.
    `, NEW_STYLE_RUSSIA);
  });

  it('stays quiet where the date may not be the birth or the death', () => {
    checkDiagnostics(`
      Lenin died after a third stroke on 22 January 1924.
      Lenin wrote on 22 January 1923 that he had been born long ago.
      Fyodor Kerensky was born on 5 May 1881, wrote a careless student of the Kerensky family.
      Lenin (born 1870) returned on 16 April 1917.
      Lenin died on 5 March 1953, wrote a careless student: another man's day, years away.
    `, NEW_STYLE_RUSSIA);
  });
});

describe('event-date-mismatch: battles and Sweden’s own days', () => {
  it('"was fought on" joins a battle to its day; Poltava’s Swedish day, 28 June 1709, is right', () => {
    checkDiagnostics(`
      The Battle of Poltava was fought on 27 June 1709 (O.S.). The Battle of Poltava was fought on 28 June 1709, as the Swedes dated it.
      The Battle of Poltava was fought on 29 June 1709 (O.S.).
                                          ^^^^^^^^^^^^ warning event-date-mismatch: 29 June 1709 is not the date of the Battle of Poltava: 27 June 1709 (O.S.) = 8 July 1709 (N.S.)
    `, { calendar: 'julian', region: 'russia' });
  });
});

/**
 * What the block scan's one word loop (the alias pass, `AliasMatcher.find`) sees besides names, so that the stages
 * after it look only where it saw a candidate instead of reading the block again.
 */
import { isAsciiLetter } from '../util/charCode';
import { isLetterOrDigit, MARK } from '../util/chars';
import { startsDate } from './dates/tokens';
import type { WordListener } from './entities';
import { keepShape } from '../util/keepShape';

type Flag = 'calendarWord' | 'newYearDayWord';

/**
 * Words the stated-convention and year-start sentences cannot do without (`statedConvention.ts`), in lower case, by
 * the flag a word that begins with one sets. Each stands after a blank or a hyphen in those sentences, so at a word's
 * start: "Old Style", "the Julian calendar", "по старому стилю", "twelve days behind us"; "1 January", "Lady Day". English is matched in any
 * case (the regexes' `i`), Russian as written.
 */
const PRE_TEST_WORDS: readonly (readonly [word: string, flag: Flag])[] = [
  ['style', 'calendarWord'],
  ['julian', 'calendarWord'],
  ['gregorian', 'calendarWord'],
  ['western', 'calendarWord'],
  ['стил', 'calendarWord'],
  ['days', 'calendarWord'], // a traveller's lag: "the Russians date twelve days behind us"
  ['january', 'newYearDayWord'],
  ['march', 'newYearDayWord'],
  ['lady', 'newYearDayWord'],
];

const foldAscii = (c: number) => (isAsciiLetter(c) ? c | 0x20 : c);

/**
 * PRE_TEST_WORDS by their first code unit, either case: GROUPS[INITIALS[c]] (group 0 is none). A typed array over
 * every code unit: one read rules out most words, with no case folding or bounds test first.
 */
const GROUPS: (readonly [string, Flag])[][] = [[]];
const INITIALS = new Uint8Array(0x10000);
for (const entry of PRE_TEST_WORDS) {
  const initial = entry[0].charCodeAt(0);
  if (INITIALS[initial] === 0) INITIALS[initial] = INITIALS[String.fromCharCode(initial).toUpperCase().charCodeAt(0)] = GROUPS.push([]) - 1;
  GROUPS[INITIALS[initial]].push(entry);
}

export class BlockWords implements WordListener {
  /** Where a date can start, in order: the list `dateStarts` finds, for `scanDates`. */
  readonly dateStarts: number[] = [];
  /** Some word names a calendar as a convention may: only then can a sentence state the block's convention. */
  calendarWord = false;
  /** Some word names a day a year may start on: only then can a sentence state how the block numbers years. */
  newYearDayWord = false;

  word(text: string, start: number, end: number, classes: number): void {
    if (startsDate(text, start)) this.dateStarts.push(start);
    // A combining mark is no letter or digit to the date grammar, so a date can start after one inside a word.
    if (classes & MARK) {
      for (let p = start + 1; p < end; p++) if (!isLetterOrDigit(text.charCodeAt(p - 1)) && startsDate(text, p)) this.dateStarts.push(p);
    }
    const group = INITIALS[text.charCodeAt(start)];
    if (group !== 0) for (const [word, flag] of GROUPS[group]) if (beginsWith(text, start, end, word)) this[flag] = true;
  }
}
keepShape(new BlockWords());

/** Whether text[start, end) begins with `lower`, English letters in any case. */
function beginsWith(text: string, start: number, end: number, lower: string): boolean {
  if (end - start < lower.length) return false;
  for (let k = 1; k < lower.length; k++) if (foldAscii(text.charCodeAt(start + k)) !== lower.charCodeAt(k)) return false;
  return true;
}

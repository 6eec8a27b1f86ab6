/**
 * What the block scan's one word loop (the alias pass, `AliasMatcher.find`) sees besides names, so that the stages
 * after it look only where it saw a candidate instead of reading the block again.
 */
import { isLetterOrDigit, MARK } from '../util/chars';
import { startsDate } from './dates/tokens';
import type { WordListener } from './entities';

export class BlockWords implements WordListener {
  /** Where a date can start, in order: the list `dateStarts` finds, for `scanDates`. */
  readonly dateStarts: number[] = [];

  word(text: string, start: number, end: number, classes: number): void {
    if (startsDate(text, start)) this.dateStarts.push(start);
    // A combining mark is no letter or digit to the date grammar, so a date can start after one inside a word.
    if (classes & MARK) {
      for (let p = start + 1; p < end; p++) if (!isLetterOrDigit(text.charCodeAt(p - 1)) && startsDate(text, p)) this.dateStarts.push(p);
    }
  }
}

/**
 * A letter's or telegram's dateline: the place it was written, heading its line, then the date — "STOCKHOLM, March
 * 15, 1917", "(Telegraphic) Christiania, August 19, 1918", "Hotel de Russie, St. Petersburg, 16 December 1871". The
 * place is kept when it is a region word; what it means for the date's calendar is decided in analysis/resolve.ts.
 */
import { regionWordsIndex } from '../../calendar';
import { CharCode } from '../../util/charCode';

/**
 * The head of a dateline's line: an optional "(Telegraphic)", an optional first field ("Hotel de Russie,"), then the
 * place and its comma, and nothing else before the date.
 */
const DATELINE_HEAD = /^[ \t>*_]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[^,\n()]{1,40},[ \t]*)?(\p{Lu}[\p{L}.'’ -]{0,30}?),[ \t]*$/u;

/** "STOCKHOLM" → "Stockholm", "ST. PETERSBURG" → "St. Petersburg": datelines are often set in capitals. */
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[ .'’-])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/** The region of the place heading the line of a date that starts at `start` (its weekday, if written before it). */
export function datelineRegion(text: string, start: number, lineFloor: number): string | undefined {
  // The head ends in the place's comma and blanks: most dates have none before them, and need no slice and regex.
  let i = start - 1;
  while (text.charCodeAt(i) === CharCode.Space || text.charCodeAt(i) === CharCode.Tab) i--;
  if (text.charCodeAt(i) !== CharCode.Comma) return undefined;
  // Back to the line's start, at most 80 characters (a dateline is short; the scan stays linear).
  let lineStart = start;
  while (lineStart > lineFloor && text.charCodeAt(lineStart - 1) !== 10) if (start - --lineStart > 80) return undefined;
  const m = DATELINE_HEAD.exec(text.slice(lineStart, start));
  if (!m) return undefined;
  const place = m[1].trim();
  const words = regionWordsIndex();
  return words.get(place) ?? words.get(titleCase(place));
}

/**
 * Character classes of UTF-16 code units, for the recognizers' hand-written scanning loops. Each class is computed
 * once per code unit and kept in a table: testing a Unicode regex per character (or allocating a one-character
 * string for it) dominated the scan of non-ASCII prose. Lone surrogates belong to no class, as with a `u` regex.
 */

/** \p{L} or \p{N}. */
export const LETTER_OR_DIGIT = 1;
/** \p{M}: combining marks, part of a word for name matching. */
export const MARK = 2;
/** \p{Lu}, \p{Lt}, \p{Lo} or \p{N}: where a proper name (or a number) can start; includes scripts without case. */
export const NAME_START = 4;
const KNOWN = 8;

const table = new Uint8Array(0x10000);

function classify(c: number): number {
  let k = KNOWN;
  // ASCII and General Punctuation (dashes, quotes: in every English draft) by hand, so that the Unicode regexes
  // below are compiled only for text with other scripts; U+2000–U+206F holds no letter, digit or mark.
  if (c < 128 || (c >= 0x2000 && c <= 0x206f)) {
    const digit = c >= 48 && c <= 57;
    const upper = c >= 65 && c <= 90;
    if (digit || upper || (c >= 97 && c <= 122)) k |= LETTER_OR_DIGIT;
    if (digit || upper) k |= NAME_START;
    table[c] = k;
    return k;
  }
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{N}]/u.test(ch)) k |= LETTER_OR_DIGIT;
  if (/\p{M}/u.test(ch)) k |= MARK;
  if (/[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(ch)) k |= NAME_START;
  table[c] = k;
  return k;
}

/** The class bits of a code unit; 0 for NaN (a read past the end of the text). */
export function charClass(c: number): number {
  if (c !== c) return 0;
  const k = table[c];
  return k === 0 ? classify(c) : k;
}

/** A letter or digit (what dates count as a word character). */
export function isLetterOrDigit(c: number): boolean {
  return (charClass(c) & LETTER_OR_DIGIT) !== 0;
}

/** A letter, digit or combining mark (what names count as a word character). */
export function isNameChar(c: number): boolean {
  return (charClass(c) & (LETTER_OR_DIGIT | MARK)) !== 0;
}

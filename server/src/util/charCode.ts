/**
 * Names for the UTF-16 code units the hand-written scanners compare against (after vscode-eslint's `const enum
 * CharCode`). A const enum: the bundler writes the numbers in place, so a name costs nothing at run time.
 */
export const enum CharCode {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  ExclamationMark = 33,
  DoubleQuote = 34,
  Hash = 35,
  Apostrophe = 39,
  OpenParen = 40,
  CloseParen = 41,
  Asterisk = 42,
  Plus = 43,
  Comma = 44,
  Dash = 45,
  Period = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Colon = 58,
  LessThan = 60,
  Equals = 61,
  GreaterThan = 62,
  QuestionMark = 63,
  OpenSquareBracket = 91,
  Backslash = 92,
  CloseSquareBracket = 93,
  Caret = 94,
  Underline = 95,
  BackTick = 96,
  a = 97,
  d = 100,
  e = 101,
  h = 104,
  n = 110,
  r = 114,
  s = 115,
  t = 116,
  z = 122,
  Pipe = 124,
  Tilde = 126,
  DEL = 127,
  NoBreakSpace = 0xa0,
  FigureDash = 0x2012,
  EnDash = 0x2013,
  EmDash = 0x2014,
  Hyphen = 0x2010,
  NonBreakingHyphen = 0x2011,
  RightSingleQuotationMark = 0x2019,
  ByteOrderMark = 0xfeff,
}

/** 0–9. NaN (a read past the end of a text) is no digit. */
export function isAsciiDigit(c: number): boolean {
  return c >= CharCode.Digit0 && c <= CharCode.Digit9;
}

/** a–z. */
export function isAsciiLower(c: number): boolean {
  return c >= CharCode.a && c <= CharCode.z;
}

/** A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= CharCode.a && lower <= CharCode.z;
}

/** \n or \r: what ends a line (a \r\n is two of them). */
export function isLineBreak(c: number): boolean {
  return c === CharCode.LineFeed || c === CharCode.CarriageReturn;
}

/** The first half of a surrogate pair (a character outside the BMP): a cut right after it splits the character. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The second half of a surrogate pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A blank inside a line: space, tab, no-break space. */
export function isBlank(c: number): boolean {
  return c === CharCode.Space || c === CharCode.Tab || c === CharCode.NoBreakSpace;
}

/** "-", "‒", "–", "—": the dashes a range is written with. */
export function isDash(c: number): boolean {
  return c === CharCode.Dash || c === CharCode.FigureDash || c === CharCode.EnDash || c === CharCode.EmDash;
}

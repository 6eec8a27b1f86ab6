/** Month and weekday words the date grammar reads and the formatter writes (English, Russian, Ukrainian and Serbian). */

export const MONTH_NAMES_LONG: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Abbreviations written by the formatter ("Sept" rather than "Sep", as historians usually write it). */
export const MONTH_NAMES_SHORT: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Russian month names in the genitive, the form used after a day ("25 октября"). */
export const RU_MONTHS_GENITIVE: readonly string[] = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

const RU_MONTHS_NOMINATIVE: readonly string[] = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];

/**
 * Ukrainian month names in the genitive, the form used after a day ("25 жовтня (7 листопада) 1917 року"). The
 * nominatives are not read: they never follow a day, and some are common words ("лютий", fierce).
 */
export const UK_MONTHS_GENITIVE: readonly string[] = [
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня',
  'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
];

/**
 * Serbian month names in the genitive, after a day ("6. априла 1941"), in Cyrillic and in Latin script; Serbian writes
 * them lower case. "марта" and "августа" are the Russian words too.
 */
export const SR_MONTHS_GENITIVE: readonly string[] = [
  'јануара', 'фебруара', 'марта', 'априла', 'маја', 'јуна',
  'јула', 'августа', 'септембра', 'октобра', 'новембра', 'децембра',
];
export const SR_LATN_MONTHS_GENITIVE: readonly string[] = [
  'januara', 'februara', 'marta', 'aprila', 'maja', 'juna',
  'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra',
];

/** The genitive month names of each Cyrillic-order language but Russian, by `DateStyle.lang`. */
export const GENITIVE_MONTHS: Readonly<Record<'uk' | 'sr' | 'sr-Latn', readonly string[]>> = {
  uk: UK_MONTHS_GENITIVE,
  sr: SR_MONTHS_GENITIVE,
  'sr-Latn': SR_LATN_MONTHS_GENITIVE,
};

export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The language of a month word: English, Russian, Ukrainian, Serbian in Cyrillic or in Latin script. */
export type MonthLang = 'en' | 'ru' | 'uk' | 'sr' | 'sr-Latn';

export interface MonthWord {
  month: number; // 1–12
  lang: MonthLang;
  /** English only: whether the word is an abbreviation ("Mar", "Sept"); "May" counts as long. */
  short: boolean;
  /** The older abbreviation that keeps the month's last letter ("Novr", "Septr"), as registers and gravestones write it. */
  old?: boolean;
}

/** Older English abbreviations keeping the month's last letter (a raised letter in print): "Jany", "Septr.", "Decr". */
export const MONTH_NAMES_OLD: readonly string[] = ['Jany', 'Feby', 'Mar', 'Apl', 'May', 'June', 'July', 'Augt', 'Septr', 'Octr', 'Novr', 'Decr'];

const MONTH_WORDS = new Map<string, MonthWord>();
MONTH_NAMES_LONG.forEach((n, i) => MONTH_WORDS.set(n.toLowerCase(), { month: i + 1, lang: 'en', short: false }));
['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].forEach((n) => {
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(n.slice(0, 3)) + 1;
  MONTH_WORDS.set(n, { month, lang: 'en', short: true });
});
['jany', 'feby', 'augt', 'septr', 'octr', 'novr', 'decr'].forEach((n) => {
  MONTH_WORDS.set(n, { month: MONTH_NAMES_OLD.findIndex((o) => o.toLowerCase() === n) + 1, lang: 'en', short: true, old: true });
});
RU_MONTHS_GENITIVE.forEach((n, i) => MONTH_WORDS.set(n, { month: i + 1, lang: 'ru', short: false }));
RU_MONTHS_NOMINATIVE.forEach((n, i) => MONTH_WORDS.set(n, { month: i + 1, lang: 'ru', short: false }));
UK_MONTHS_GENITIVE.forEach((n, i) => MONTH_WORDS.set(n, { month: i + 1, lang: 'uk', short: false }));
// The words Serbian shares with Russian stay Russian: either writes the same word back.
SR_MONTHS_GENITIVE.forEach((n, i) => MONTH_WORDS.has(n) || MONTH_WORDS.set(n, { month: i + 1, lang: 'sr', short: false }));
SR_LATN_MONTHS_GENITIVE.forEach((n, i) => MONTH_WORDS.set(n, { month: i + 1, lang: 'sr-Latn', short: false }));

/** Month words as they are usually written (lower, title and upper case): most look-ups need no lower-casing. */
const MONTH_WORDS_AS_WRITTEN = new Map<string, MonthWord>();
for (const [word, month] of MONTH_WORDS) {
  for (const form of [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]) MONTH_WORDS_AS_WRITTEN.set(form, month);
}

/** The month a word names (any case), or undefined. */
export function monthWord(word: string): MonthWord | undefined {
  return MONTH_WORDS_AS_WRITTEN.get(word) ?? MONTH_WORDS.get(word.toLowerCase());
}

const WEEKDAY_WORDS = new Map<string, number>();
WEEKDAY_NAMES.forEach((n, i) => {
  WEEKDAY_WORDS.set(n.toLowerCase(), i);
  WEEKDAY_WORDS.set(n.slice(0, 3).toLowerCase(), i);
});
[['tues', 2], ['weds', 3], ['thur', 4], ['thurs', 4]].forEach(([w, i]) => WEEKDAY_WORDS.set(w as string, i as number));
// Russian weekdays, nominative and accusative ("в среду, 7 ноября").
[
  ['воскресенье', 0], ['понедельник', 1], ['вторник', 2], ['среда', 3], ['среду', 3],
  ['четверг', 4], ['пятница', 5], ['пятницу', 5], ['суббота', 6], ['субботу', 6],
].forEach(([w, i]) => WEEKDAY_WORDS.set(w as string, i as number));

/** 0 = Sunday … 6 = Saturday, or undefined. */
export function weekdayWord(word: string): number | undefined {
  return WEEKDAY_WORDS.get(word.toLowerCase());
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** 1–12 for a Roman-numeral month ("I" … "XII"), else 0. */
export function romanMonth(s: string): number {
  return ROMAN_MONTHS.indexOf(s) + 1;
}

/** The Roman numeral of a month 1–12 ("1.II.1918"). */
export function romanNumeral(month: number): string {
  return ROMAN_MONTHS[month - 1] ?? String(month);
}

/** The range separator when a style names none: "3–7 July", "23 February – 3 March". */
export function defaultRangeSep(crossMonth: boolean): string {
  return crossMonth ? ' – ' : '–';
}

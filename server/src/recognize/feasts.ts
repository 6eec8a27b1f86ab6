/**
 * Words naming a feast the Orthodox churches keep on a fixed day of the Julian calendar (Christmas, its eve, New Year,
 * Epiphany): a sentence about one states the feast's present-day correspondence, "Christmas falls on 7 January
 * (25 December Old Style)", whatever year an earlier sentence wrote.
 */
const FIXED_FEAST =
  /\b(?:Christmas|Nativity|New[ \t\u00A0]+Year|Epiphany|Theophany|Weihnacht\p{L}*|Neujahr)\b|(?:Рождеств|Новый[ \t\u00A0]+год|Нового[ \t\u00A0]+года|Крещени)/iu;

export function namesFixedFeast(sentence: string): boolean {
  return FIXED_FEAST.test(sentence);
}

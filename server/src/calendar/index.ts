/** Public API of the calendar core: exact Julian/Gregorian day arithmetic via Julian Day Numbers,
 *  weekdays, and the per-region reform table. Pure functions, no I/O. */
export type { Calendar, YMD } from './types';
export { toJdn, tryToJdn, toJdnUnchecked, fromJdn } from './jdn';
export { isLeapYear, daysInMonth, isValidDate } from './rules';
export { other, convert, weekday, WEEKDAY_NAMES, calendarOffset } from './convert';
export type { WeekdayName } from './convert';
export { parseYmd, formatYmd, compareYmd } from './format';
export {
  allReforms,
  getReform,
  parseReforms,
  calendarInUse,
  localCalendarAt,
  interimDate,
  isInReformGap,
  gapDescription,
  dayRangeWords,
  MONTH_NAMES,
  regionWordsIndex,
  regionWordCollisions,
} from './reforms';
export type { Reform, ReformVariant, InterimCalendar, PreviousCalendar, LocalCalendar, YearStartRule } from './reforms';
export { legalYearOf, legalYearWritten, type LegalYear, type YearStart } from './yearStart';

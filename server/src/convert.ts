/** `clio convert`: one date in both calendars with its weekday (pure; the CLI prints it). */
import { calendarInUse, convert, getReform, isValidDate, legalYearWritten, other, toJdn, tryToJdn, weekday, WEEKDAY_NAMES, type Calendar, type LegalYear, type YMD } from './calendar';
import { CALENDAR_NAME, STYLE_ABBR, dayWords, monthName } from './analysis/words';
import { findDates } from './recognize/dates';
import { modernYearOf } from './analysis/resolve';

export interface Conversion {
  julian: YMD;
  gregorian: YMD;
  weekday: string;
  /** The calendar the input was read in, and why. */
  from: Calendar;
  reason: string;
  /** The year as written at the time, where the region's legal year began after 1 January and this day before it. */
  legalYear?: LegalYear;
}

export class ConversionError extends Error {}

export function convertDate(input: string, options: { from?: Calendar; region?: string }): Conversion {
  const reform = options.region ? getReform(options.region) : undefined;
  if (options.region && !reform) throw new ConversionError(`unknown region ${options.region}`);
  const read = readDay(input);
  const { marker } = read;
  // A year written in words is a legal year where it then began on 25 March: "24 March 1701" was 24 March 1702.
  const legalYear = reform && read.legalYearPossible ? legalYearWritten(reform, read.day) : undefined;
  const day = legalYear ? { ...read.day, year: read.day.year + 1 } : read.day;
  let from: Calendar;
  let reason: string;
  if (options.from) [from, reason] = [options.from, '--from'];
  else if (marker) [from, reason] = [marker.calendar, `marked ${marker.text}`];
  else if (reform) {
    const jdn = tryToJdn(day, 'julian') ?? tryToJdn(day, 'gregorian');
    from = jdn === undefined ? 'gregorian' : calendarInUse(reform, jdn);
    reason = `the calendar of ${reform.name} on that day`;
  } else [from, reason] = ['gregorian', 'no --from or --region given'];
  if (!isValidDate(day, from)) {
    const only = isValidDate(day, other(from)) ? ` (it exists only in the ${CALENDAR_NAME[other(from)]} calendar)` : '';
    throw new ConversionError(`${dayWords(day)} does not exist in the ${CALENDAR_NAME[from]} calendar${only}`);
  }
  const there = convert(day, from);
  return {
    julian: from === 'julian' ? day : there,
    gregorian: from === 'gregorian' ? day : there,
    weekday: WEEKDAY_NAMES[weekday(toJdn(day, from))],
    from,
    reason,
    ...(legalYear && from === 'julian' ? { legalYear } : {}),
  };
}

const ISO_ANY_YEAR = /^\s*(\d{1,4})-(\d{2})-(\d{2})\s*(?:\((O\.S\.|N\.S\.)\))?\s*$/;

/** One day from the command line: ISO for any year 1–9999 ("0325-06-19"), else the prose grammar. */
function readDay(input: string): { day: YMD; marker?: { calendar: Calendar; text: string }; legalYearPossible?: boolean } {
  const iso = ISO_ANY_YEAR.exec(input);
  if (iso) {
    const marker = iso[4] ? { calendar: (iso[4] === 'O.S.' ? 'julian' : 'gregorian') as Calendar, text: iso[4] } : undefined;
    return { day: { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }, marker };
  }
  const mention = findDates(input)[0];
  if (!mention || mention.second || mention.first.endDay !== undefined) {
    throw new ConversionError(`cannot read "${input}" as one day (try "22 February 1917", or 1917-02-22 for any year 1–9999)`);
  }
  const year = modernYearOf(mention.first, mention.sharedYear);
  if (year === undefined) throw new ConversionError(`"${input}" has no year`);
  // A double year ("1731/32") is written only for Old Style days; its second number is the modern year.
  const doubleYear = mention.first.altYear !== undefined ? { calendar: 'julian' as const, text: `with a double year (legal year ${mention.first.year}, modern year ${year})` } : undefined;
  return {
    day: { year, month: mention.first.month, day: mention.first.day },
    marker: mention.firstMarker ?? doubleYear,
    legalYearPossible: !doubleYear && mention.firstMarker?.calendar !== 'gregorian',
  };
}

export function conversionText(c: Conversion): string {
  return (
    `${dayWords(c.julian)} (Julian, ${STYLE_ABBR.julian}) = ${dayWords(c.gregorian)} (Gregorian, ${STYLE_ABBR.gregorian}), a ${c.weekday}\n` +
    `read as ${CALENDAR_NAME[c.from]}: ${c.reason}` +
    (c.legalYear
      ? `\nlegal year ${c.legalYear.year}, which began on ${c.legalYear.startsOn.day} ${monthName(c.legalYear.startsOn.month)}: ` +
        `${dayWords({ ...c.julian, year: c.legalYear.year })} as written then is ${dayWords(c.julian)} by modern reckoning`
      : '')
  );
}

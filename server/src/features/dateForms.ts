/** clio/convertDateAt: the date at a position rewritten in each calendar form, in the author's style. */
import type { DateFormName } from '../../../shared/protocol';
import { pairHabit, partValue, pairStyleFor } from '../analysis/rewrite';
import type { DocumentAnalysis } from '../analysis/types';
import { CALENDAR_NAME, spanWords } from '../analysis/words';
import { convert, isValidDate, other, type Calendar, type YMD } from '../calendar';
import { formatDualDate, formatPart, markerFor, type PartValue } from '../recognize/format';
import type { PairStyle } from '../recognize/types';
import { findAt } from './hover';

interface DaySpan {
  first: YMD;
  last?: YMD;
}

export interface DateFormEdit {
  form: DateFormName;
  label: string;
  newText: string;
  current: boolean;
}

export interface DateFormsAt {
  start: number;
  end: number;
  forms: DateFormEdit[];
  problem?: string;
}

const FORM_LABELS: Record<DateFormName, string> = {
  gregorian: 'New Style (N.S.)',
  julian: 'Old Style (O.S.)',
  'dual-gregorian-first': 'Both calendars, New Style first',
  'dual-julian-first': 'Both calendars, Old Style first',
};

/**
 * The date at `offset` rewritten as N.S. only, O.S. only, and both ways round, in the author's style. The edit
 * covers the date with its own markers ("25 October 1917 (O.S.)"); a single-calendar form keeps a marker unless
 * the document's convention (and no sentence naming the other calendar) already reads it that way. A dual date
 * is converted from its first side (a mismatch between its sides is the dual-date-mismatch check's business).
 */
export function dateFormsAt(analysis: DocumentAnalysis, offset: number): DateFormsAt | undefined {
  const spanOf = (d: DocumentAnalysis['dates'][number]): [number, number] => {
    const m = d.mention;
    const marks = [m.firstMarker, m.secondMarker].filter((x) => x !== undefined);
    return [Math.min(m.start, ...marks.map((x) => x.start)), Math.max(m.end, ...marks.map((x) => x.end))];
  };
  const d = findAt(analysis.dates, offset, spanOf);
  if (!d) return undefined;
  const [start, end] = spanOf(d);
  const side = d.first;
  const m = d.mention;
  if (!side.first || side.year === undefined) {
    return { start, end, forms: [], problem: 'This date has no year, in the text or its section, so it cannot be converted.' };
  }
  if (!isValidDate(side.first, side.calendar) || (side.last && !isValidDate(side.last, side.calendar))) {
    return { start, end, forms: [], problem: `${spanWords(side.first, side.last)} does not exist in the ${CALENDAR_NAME[side.calendar]} calendar.` };
  }
  const own: DaySpan = { first: side.first, last: side.last };
  const converted: DaySpan = { first: convert(side.first, side.calendar), last: side.last && convert(side.last, side.calendar) };
  const days: Record<Calendar, DaySpan> = side.calendar === 'julian' ? { julian: own, gregorian: converted } : { julian: converted, gregorian: own };
  const style = m.first.style;
  const written = m.first.year !== undefined || m.second?.year !== undefined || m.sharedYear !== undefined;
  // A year taken from context is written anyway when a conversion moves the day into another year.
  const years = [days.julian.first, days.julian.last, days.gregorian.first, days.gregorian.last].filter((x) => x !== undefined).map((x) => x.year);
  const withYear = written || years.some((y) => y !== side.year);
  // A span that crosses New Year in either calendar is converted by its first day only.
  if (years.some((y) => y !== years[0]) && (own.last || converted.last)) {
    days.julian = { first: days.julian.first };
    days.gregorian = { first: days.gregorian.first };
  }
  const part = (c: Calendar): PartValue => partValue(days[c].first, days[c].last, withYear);
  const convention = analysis.convention.convention;
  const single = (c: Calendar): string => {
    const readsAs = convention === c && (!m.sentenceMarker || m.sentenceMarker.calendar === c);
    return formatPart(part(c), style) + (readsAs ? '' : ` (${markerFor(c, style)})`);
  };
  const habit = pairHabit(analysis.dates);
  const gregorianFirst: PairStyle = habit === 'paren-marked' || habit === 'bracket-marked' ? habit : 'paren-marked';
  const julianFirst: PairStyle = habit ?? (convention === 'dual' ? 'slash' : pairStyleFor('julian', undefined));
  const dual = (first: Calendar, pairStyle: PairStyle): string =>
    formatDualDate(part(first), part(other(first)), { pairStyle, style, secondCalendar: other(first) });
  const texts: Record<DateFormName, string> = {
    gregorian: single('gregorian'),
    julian: single('julian'),
    'dual-gregorian-first': dual('gregorian', gregorianFirst),
    'dual-julian-first': dual('julian', julianFirst),
  };
  const current = analysis.text.slice(start, end);
  const forms = (Object.keys(texts) as DateFormName[]).map((form) => ({
    form,
    label: FORM_LABELS[form],
    newText: texts[form],
    current: texts[form] === current,
  }));
  return { start, end, forms };
}

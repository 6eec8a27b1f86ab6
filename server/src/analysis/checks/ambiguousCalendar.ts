/**
 * ambiguous-calendar: a document with no convention and no evidence of one writes unmarked dates where and when
 * Julian was the local calendar. They are read in that calendar (as contemporaries wrote them); the writer is told
 * once, at the first such date, with the count — not at every date, which would bury a chronology in notes.
 */
import { convert, isValidDate } from '../../calendar';
import { swedishLabelEnd } from '../../recognize/dates/labels';
import { beforeGregorian } from '../resolve';
import { addMarker, setConventionEdit } from '../rewrite';
import type { Finding } from '../types';
import { dayWords, regionLabel } from '../words';
import type { CheckContext } from './context';
import { finding } from './finding';

export function checkAmbiguousCalendars({ analysis }: CheckContext): Finding[] {
  const ambiguous = analysis.dates.filter(
    (d) =>
      !d.second &&
      !d.selfExplained &&
      d.first.reason === 'region' &&
      d.first.calendar === 'julian' &&
      d.first.first !== undefined &&
      // Nobody wrote New Style before the Gregorian calendar existed ("the fleet sailed on 10 May 1553").
      !beforeGregorian(d.first.first) &&
      // A day of one calendar only is invalid-date's to report.
      isValidDate(d.first.first, 'julian') &&
      isValidDate(d.first.first, 'gregorian') &&
      // "4 July 1708 (Swedish calendar)" says its calendar (dual-date-mismatch weighs it against the days beside it).
      swedishLabelEnd(analysis.text, d.mention.end) === undefined,
  );
  if (ambiguous.length === 0) return [];
  const d = ambiguous[0];
  const day = d.first.first!;
  const asOS = convert(day, 'julian'); // its N.S. day if read as O.S.
  const asNS = convert(day, 'gregorian'); // its O.S. day if read as N.S.
  const where = d.reform ? regionLabel(d.reform) : 'this region';
  const others = ambiguous.length - 1;
  const fm = analysis.frontMatter.block;
  const message =
    `${dayWords(day)}${others ? ` and ${others} other date${others === 1 ? '' : 's'} are` : ' is'} not marked, and no convention is stated: ` +
    `${others ? 'they are' : 'it is'} read as Old Style, the calendar ${where} used then ` +
    `(${dayWords(day)} O.S. = ${dayWords(asOS)} N.S.; as N.S. it would be ${dayWords(asNS)} O.S.)`;
  return [
    finding('ambiguous-calendar', d.mention, message, [
      { title: "Set this document's convention to Old Style (front matter)", edits: [setConventionEdit(analysis.text, fm, 'julian')], safe: false },
      { title: "Set this document's convention to New Style (front matter)", edits: [setConventionEdit(analysis.text, fm, 'gregorian')], safe: false },
      { title: `Mark this date as O.S. (= ${dayWords(asOS)} N.S.)`, edits: [addMarker(d.mention, 'julian')], safe: false },
      { title: `Mark this date as N.S. (= ${dayWords(asNS)} O.S.)`, edits: [addMarker(d.mention, 'gregorian')], safe: false },
    ]),
  ];
}

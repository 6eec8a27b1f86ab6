/** ambiguous-calendar: an unmarked date where and when Julian was the local calendar, in a document with no convention. */
import { convert, isValidDate } from '../../calendar';
import { addMarker, setConventionEdit } from '../rewrite';
import type { Finding } from '../types';
import { dayWords, regionLabel } from '../words';
import type { CheckContext } from './context';

export function checkAmbiguousCalendars({ analysis }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const fm = analysis.frontMatter.block;
  for (const d of analysis.dates) {
    const side = d.first;
    if (d.second || d.selfExplained || side.reason !== 'region' || side.calendar !== 'julian' || !side.first) continue;
    if (!isValidDate(side.first, 'julian') || !isValidDate(side.first, 'gregorian')) continue; // invalid-date reports it
    const asOS = convert(side.first, 'julian'); // its N.S. day if read as O.S.
    const asNS = convert(side.first, 'gregorian'); // its O.S. day if read as N.S.
    const where = d.reform ? regionLabel(d.reform) : 'this region';
    out.push({
      code: 'ambiguous-calendar',
      severity: 'information',
      start: d.mention.start,
      end: d.mention.end,
      message:
        `${dayWords(side.first)} is not marked, and ${where} used the Julian calendar then: ` +
        `as O.S. it is ${dayWords(asOS)} N.S.; as N.S. it is ${dayWords(asNS)} O.S.`,
      fixes: [
        { title: `Mark as N.S. (= ${dayWords(asNS)} O.S.)`, edits: [addMarker(d.mention, 'gregorian')], safe: false },
        { title: `Mark as O.S. (= ${dayWords(asOS)} N.S.)`, edits: [addMarker(d.mention, 'julian')], safe: false },
        { title: "Set this document's convention to New Style (front matter)", edits: [setConventionEdit(analysis.text, fm, 'gregorian')], safe: false },
        { title: "Set this document's convention to Old Style (front matter)", edits: [setConventionEdit(analysis.text, fm, 'julian')], safe: false },
      ],
    });
  }
  return out;
}

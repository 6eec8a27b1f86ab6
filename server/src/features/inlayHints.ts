/** Inlay hints: after an unpaired date in a Julian-era context, the other calendar's day (" O.S. 22 Feb"). */
import { calendarInUse, convert, isValidDate, other } from '../calendar';
import { STYLE_ABBR, monthName } from '../analysis/words';
import type { DocumentAnalysis } from '../analysis/types';

export interface InlayHintResult {
  offset: number;
  label: string;
  tooltip: string;
}

export function inlayHints(analysis: DocumentAnalysis, start: number, end: number): InlayHintResult[] {
  const out: InlayHintResult[] = [];
  for (const d of analysis.dates) {
    if (d.mention.end < start || d.mention.start > end) continue;
    const side = d.first;
    if (d.second || side.jdn === undefined || !side.first) continue;
    if (side.last && !isValidDate(side.last, side.calendar)) continue;
    const julianEra = side.calendar === 'julian' || (d.reform !== undefined && calendarInUse(d.reform, side.jdn) === 'julian');
    if (!julianEra) continue;
    const there = convert(side.first, side.calendar);
    const thereLast = side.last && convert(side.last, side.calendar);
    const short = (m: number) => monthName(m).slice(0, 3);
    const span = thereLast
      ? thereLast.month === there.month
        ? `${there.day}–${thereLast.day} ${short(there.month)}`
        : `${there.day} ${short(there.month)} – ${thereLast.day} ${short(thereLast.month)}`
      : `${there.day} ${short(there.month)}`;
    const year = there.year !== side.first.year ? ` ${there.year}` : '';
    out.push({
      offset: d.mention.end,
      label: `${STYLE_ABBR[other(side.calendar)]} ${span}${year}`,
      tooltip: `The same day in the ${other(side.calendar) === 'julian' ? 'Julian (Old Style)' : 'Gregorian (New Style)'} calendar`,
    });
  }
  return out;
}

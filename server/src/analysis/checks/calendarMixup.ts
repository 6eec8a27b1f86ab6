/**
 * calendar-mixup: an unmarked date read in the document's convention that is instead the other calendar's date of
 * a known fact — of an event or person named in the same paragraph (warning), or, weaker, of a known event of the
 * paragraph's region that the paragraph does not name (information).
 */
import { convert, other, tryToJdn } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import { datedFacts, type DatedFact } from '../../dataset/dates';
import { addMarker, pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding } from '../types';
import { STYLE_ABBR, STYLE_NAME, dayWords } from '../words';
import { isConvention, type CheckContext } from './context';

function factWords(f: DatedFact, dataset: Dataset): string {
  const e = dataset.byId.get(f.entityId);
  if (!e) return f.entityId;
  if (e.type === 'person') return `${e.name}'s ${f.what === 'born' ? 'birth' : 'death'}`;
  const article = e.article ?? 'the';
  const name = article ? `${article} ${e.name}` : e.name;
  return f.what === 'began' ? `the start of ${name}` : f.what === 'ended' ? `the end of ${name}` : name;
}

export function checkCalendarMixups({ analysis, dataset, pairHabit }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const byBlock = new Map<number, string[]>();
  for (const e of analysis.entities) {
    const ids = byBlock.get(e.block) ?? [];
    ids.push(e.id);
    byBlock.set(e.block, ids);
  }
  for (const d of analysis.dates) {
    const side = d.first;
    if (d.second || d.selfExplained || side.jdn === undefined || !side.first || !isConvention(side.reason)) continue;
    const cal = side.calendar;
    const otherJdn = tryToJdn(side.first, other(cal));
    if (otherJdn === undefined) continue;
    const named = (byBlock.get(d.block) ?? []).flatMap((id) => {
      const e = dataset.byId.get(id);
      return e ? datedFacts(e) : [];
    });
    // A date that is itself a known fact's day in the convention is fine.
    if (named.some((f) => f.jdn === side.jdn) || dataset.eventFactsOn(side.jdn).length > 0) continue;
    let fact = named.find((f) => f.jdn === otherJdn);
    let strong = true;
    if (!fact) {
      const region = analysis.blocks[d.block].region;
      fact = dataset.eventFactsOn(otherJdn).find((f) => region !== undefined && dataset.event(f.entityId)?.region === region);
      strong = false;
    }
    if (!fact) continue;
    const inConvention = convert(side.first, other(cal));
    const lastInConvention = side.last && tryToJdn(side.last, other(cal)) !== undefined ? convert(side.last, other(cal)) : undefined;
    const otherAbbr = STYLE_ABBR[other(cal)];
    out.push({
      code: 'calendar-mixup',
      severity: strong ? 'warning' : 'information',
      start: d.mention.start,
      end: d.mention.end,
      message:
        `${dayWords(side.first)} is the ${otherAbbr} date of ${factWords(fact, dataset)}${strong ? '' : ' (not named here)'} ` +
        `= ${dayWords(inConvention)} (${STYLE_ABBR[cal]}), but this document reads unmarked dates as ${STYLE_NAME[cal]}`,
      fixes: [
        {
          title: `Rewrite as ${dayWords(inConvention, false)} (${otherAbbr} ${dayWords(side.first, false)})`,
          edits: [
            rewriteAsDual(
              d.mention,
              side,
              cal,
              { primary: { first: inConvention, last: lastInConvention }, secondary: { first: side.first, last: side.last } },
              pairStyleFor(analysis.convention.convention, pairHabit),
            ),
          ],
          safe: strong,
          preferred: true,
        },
        { title: `Mark as ${otherAbbr}`, edits: [addMarker(d.mention, other(cal))], safe: false },
      ],
    });
  }
  return out;
}

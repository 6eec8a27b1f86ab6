/**
 * calendar-mixup: an unmarked date read in the document's convention that is instead the other calendar's date of
 * a known fact — of an event or person named in the same paragraph (warning), or, weaker, of a known event of the
 * paragraph's region that the paragraph does not name (information).
 */
import { convert, other, tryToJdn } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import type { DatedFact } from '../../dataset/dates';
import { addMarker, pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding } from '../types';
import { STYLE_ABBR, STYLE_NAME, dayWords } from '../words';
import { firstAtOrAfter } from '../../util/search';
import { isConvention } from '../resolve';
import type { CheckContext } from './context';

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
  const candidates = analysis.dates.filter((d) => !d.second && !d.selfExplained && d.first.jdn !== undefined && d.first.first && isConvention(d.first.reason));
  if (candidates.length === 0) return out;
  // The facts of what each paragraph names, gathered for the paragraphs that have candidate dates (names are in
  // document order, so each paragraph's are found by binary search).
  const byBlock = new Map<number, DatedFact[]>();
  const factsIn = (block: number): DatedFact[] => {
    let facts = byBlock.get(block);
    if (facts) return facts;
    facts = [];
    const { start, end } = analysis.blocks[block];
    for (let i = firstAtOrAfter(analysis.entities, start); i < analysis.entities.length && analysis.entities[i].start < end; i++) {
      facts.push(...dataset.factsOf(analysis.entities[i].id));
    }
    byBlock.set(block, facts);
    return facts;
  };
  for (const d of candidates) {
    const side = d.first;
    if (side.jdn === undefined || !side.first) continue;
    const cal = side.calendar;
    const otherJdn = tryToJdn(side.first, other(cal));
    if (otherJdn === undefined) continue;
    const named = factsIn(d.block);
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
        `${dayWords(side.first)} is the ${otherAbbr} date of ${factWords(fact, dataset)}${strong ? '' : ' (not named here)'}, ` +
        `${dayWords(inConvention)} ${STYLE_ABBR[cal]}; this document reads unmarked dates as ${STYLE_NAME[cal]}`,
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


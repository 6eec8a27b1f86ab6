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

/** A span longer than a week is named by its start or end ("the end of the Russian Revolution"); a shorter one by itself. */
const LONG_EVENT_DAYS = 7;

/** Names that are a common noun with "of" (Storming of …, Abdication of …, Capture of …), not proper names (Battle of …). */
const COMMON_NOUN_TITLE = /^\p{Lu}\p{Ll}+(?:ing|tion|sion|ment|ure|al)\s+of\b/u;

function factWords(f: DatedFact, dataset: Dataset): string {
  const e = dataset.byId.get(f.entityId);
  if (!e) return f.entityId;
  if (e.type === 'person') return `${e.name}'s ${f.what === 'born' ? 'birth' : 'death'}`;
  const article = e.article ?? 'the';
  // "Storming of the Winter Palace" is a title; in a sentence it is "the storming of the Winter Palace".
  const title = COMMON_NOUN_TITLE.test(e.name) && article ? e.name[0].toLowerCase() + e.name.slice(1) : e.name;
  const name = article ? `${article} ${title}` : title;
  const facts = dataset.factsOf(e.id);
  const span = facts.length > 1 ? facts[facts.length - 1].jdn - facts[0].jdn : 0;
  if (span <= LONG_EVENT_DAYS) return name;
  return f.what === 'began' ? `the start of ${name}` : f.what === 'ended' ? `the end of ${name}` : name;
}

/** What a paragraph names: the dated facts of its names, with where each name stands, and the names' ids. */
interface Named {
  facts: { at: number; fact: DatedFact }[];
  ids: Set<string>;
}

export function checkCalendarMixups({ analysis, dataset, pairHabit }: CheckContext): Finding[] {
  const out: Finding[] = [];
  const candidates = analysis.dates.filter((d) => !d.second && !d.selfExplained && d.first.jdn !== undefined && d.first.first && isConvention(d.first.reason));
  if (candidates.length === 0) return out;
  // The facts of what each paragraph names, with where it names them, gathered for the paragraphs that have
  // candidate dates (names are in document order, so each paragraph's are found by binary search).
  const byBlock = new Map<number, Named>();
  const namedIn = (block: number): Named => {
    let named = byBlock.get(block);
    if (named) return named;
    named = { facts: [], ids: new Set() };
    const { start, end } = analysis.blocks[block];
    for (let i = firstAtOrAfter(analysis.entities, start); i < analysis.entities.length && analysis.entities[i].start < end; i++) {
      const e = analysis.entities[i];
      named.ids.add(e.id);
      for (const fact of dataset.factsOf(e.id)) named.facts.push({ at: e.start, fact });
    }
    byBlock.set(block, named);
    return named;
  };
  for (const d of candidates) {
    const side = d.first;
    if (side.jdn === undefined || !side.first) continue;
    const cal = side.calendar;
    const otherJdn = tryToJdn(side.first, other(cal));
    if (otherJdn === undefined) continue;
    const { facts: named, ids } = namedIn(d.block);
    // A date that is itself a known fact's day in the convention is fine.
    if (named.some((n) => n.fact.jdn === side.jdn) || dataset.eventFactsOn(side.jdn).length > 0) continue;
    // The name nearest the date is the one the sentence is about.
    let fact: DatedFact | undefined;
    let distance = Infinity;
    for (const n of named) {
      if (n.fact.jdn === otherJdn && Math.abs(n.at - d.mention.start) < distance) [fact, distance] = [n.fact, Math.abs(n.at - d.mention.start)];
    }
    let strong = true;
    if (!fact) {
      // An event of the paragraph's region on that day: named through its people ("Nicholas II abdicated"), or not at all.
      const region = analysis.blocks[d.block].region;
      const onDay = dataset.eventFactsOn(otherJdn).filter((f) => region !== undefined && dataset.event(f.entityId)?.region === region);
      fact = onDay.find((f) => dataset.event(f.entityId)?.people?.some((p) => ids.has(p)));
      if (!fact) {
        fact = onDay[0];
        strong = false;
      }
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


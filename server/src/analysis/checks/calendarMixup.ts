/**
 * calendar-mixup: an unmarked date read in the document's convention that is instead the other calendar's date of
 * a known fact — of an event or person named in the same paragraph (warning), or, weaker, of a known event of the
 * paragraph's region that the paragraph does not name (information).
 */
import { convert, other, tryToJdn } from '../../calendar';
import type { Dataset } from '../../dataset/dataset';
import type { DatedFact } from '../../dataset/dates';
import { addMarker, pairStyleFor, rewriteAsDual } from '../rewrite';
import type { Finding, ResolvedDate } from '../types';
import { STYLE_ABBR, STYLE_NAME, dayWords } from '../words';
import { listItemAround } from '../../markdown/listItem';
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
  // Unmarked dates read by the convention, and dates whose own marker may be the slip ("18 September 1911 (O.S.)").
  const candidates = analysis.dates.filter(
    (d) => !d.second && d.first.jdn !== undefined && d.first.first && (isConvention(d.first.reason) || isDirectlyMarked(d)),
  );
  if (candidates.length === 0) return out;
  // The facts of what each paragraph names, with where it names them, gathered for the paragraphs that have
  // candidate dates (names are in document order, so each paragraph's are found by binary search).
  // In a list, "the same paragraph" is the date's own item: a chronology's items are separate statements.
  const byScope = new Map<string, Named>();
  const namedIn = (block: number, at: number): Named => {
    const b = analysis.blocks[block];
    const { start, end } = b.kind === 'list' ? listItemAround(analysis.text, b, at) : b;
    const key = `${start}:${end}`;
    let named = byScope.get(key);
    if (named) return named;
    named = { facts: [], ids: new Set() };
    for (let i = firstAtOrAfter(analysis.entities, start); i < analysis.entities.length && analysis.entities[i].start < end; i++) {
      const e = analysis.entities[i];
      named.ids.add(e.id);
      for (const fact of dataset.factsOf(e.id)) named.facts.push({ at: e.start, fact });
    }
    byScope.set(key, named);
    return named;
  };
  for (const d of candidates) {
    const side = d.first;
    if (side.jdn === undefined || !side.first) continue;
    const cal = side.calendar;
    const otherJdn = tryToJdn(side.first, other(cal));
    if (otherJdn === undefined) continue;
    // Every finding below needs a known fact on the date's day or on its other-calendar day; most dates have none,
    // and then what their paragraph names is never gathered (this check runs over the whole document per keystroke).
    if (dataset.factsOn(side.jdn).length === 0 && dataset.factsOn(otherJdn).length === 0) continue;
    const { facts: named, ids } = namedIn(d.block, d.mention.start);
    // A date that is itself a known fact's day in the convention is fine.
    if (named.some((n) => n.fact.jdn === side.jdn) || dataset.eventFactsOn(side.jdn).length > 0) continue;
    // The name nearest the date is the one the sentence is about.
    let fact: DatedFact | undefined;
    let distance = Infinity;
    for (const n of named) {
      if (n.fact.jdn === otherJdn && Math.abs(n.at - d.mention.start) < distance) [fact, distance] = [n.fact, Math.abs(n.at - d.mention.start)];
    }
    if (isDirectlyMarked(d)) {
      // Only a name in the paragraph outweighs what the writer marked.
      if (fact) out.push(wrongMarker(d, fact, dataset));
      continue;
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

function isDirectlyMarked(d: ResolvedDate): boolean {
  return d.first.reason === 'marker' && d.mention.firstMarker !== undefined;
}

/** The other style's words, in the form the writer used: O.S. ↔ N.S., Old Style ↔ New Style, Julian ↔ Gregorian. */
const MARKER_SWAPS: [RegExp, (m: string) => string][] = [
  [/\b([OoNn])(\.\s?[Ss]\.)/, (m) => (/^[Oo]/.test(m) ? (m[0] === 'O' ? 'N' : 'n') : m[0] === 'N' ? 'O' : 'o') + m.slice(1)],
  [/\b(Old|New|old|new)(?=[\s-]+[Ss]tyle)/, (m) => ({ Old: 'New', New: 'Old', old: 'new', new: 'old' })[m] ?? m],
  [/\b(Julian|Gregorian|julian|gregorian)\b/, (m) => ({ Julian: 'Gregorian', Gregorian: 'Julian', julian: 'gregorian', gregorian: 'julian' })[m] ?? m],
];

function swappedMarker(text: string): string | undefined {
  for (const [re, swap] of MARKER_SWAPS) {
    const m = re.exec(text);
    if (m) return text.slice(0, m.index) + swap(m[0]) + text.slice(m.index + m[0].length);
  }
  return undefined;
}

/** A date marked in one calendar that is the other calendar's day of a fact the paragraph names. */
function wrongMarker(d: ResolvedDate, fact: DatedFact, dataset: Dataset): Finding {
  const side = d.first;
  const marker = d.mention.firstMarker!;
  const cal = side.calendar;
  const day = side.first!;
  const swapped = swappedMarker(marker.text);
  return {
    code: 'calendar-mixup',
    severity: 'warning',
    start: d.mention.start,
    end: d.mention.end,
    message:
      `${dayWords(day)} is marked ${STYLE_ABBR[cal]}, but it is the ${STYLE_ABBR[other(cal)]} date of ${factWords(fact, dataset)} ` +
      `(= ${dayWords(convert(day, other(cal)))} ${STYLE_ABBR[cal]})`,
    fixes: swapped ? [{ title: `Mark as ${STYLE_ABBR[other(cal)]}`, edits: [{ start: marker.start, end: marker.end, newText: swapped }], safe: false, preferred: true }] : [],
  };
}

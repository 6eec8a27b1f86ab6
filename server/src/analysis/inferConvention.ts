/**
 * The convention a document follows without saying so, from all the evidence its own dates give: the order of its
 * dual dates (N.S. first means a New Style chapter), the days of known events and lives it names (an unmarked
 * date that is an event's Julian day votes Old Style), and stated weekdays (a weekday that fits one calendar's
 * reading only). Only dates written where and when the Julian calendar was local count: elsewhere both readings
 * are not in question. The majority wins; a tie is no convention.
 */
import { tryToJdn, weekday, type Calendar } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { firstAtOrAfter } from '../util/search';
import type { Span } from '../recognize/types';
import { localCalendarOf, type ResolvedDate } from './resolve';

/** What points to a calendar: dual dates that put it first, known events' days written in it, weekdays that fit it. */
export interface ConventionEvidence {
  dualDates: number;
  eventDays: number;
  weekdays: number;
}

export function inferConvention(
  dates: readonly (ResolvedDate & { block: number })[],
  entities: readonly (Span & { id: string })[],
  blocks: readonly Span[],
  dataset: Dataset,
): { calendar: Calendar; evidence: ConventionEvidence } | undefined {
  const evidence = { julian: none(), gregorian: none() };
  const factsByBlock = new Map<number, Set<number>>();
  const factDays = (block: number): Set<number> => {
    let days = factsByBlock.get(block);
    if (!days) {
      days = new Set();
      const { start, end } = blocks[block];
      for (let i = firstAtOrAfter(entities, start); i < entities.length && entities[i].start < end; i++) {
        for (const f of dataset.factsOf(entities[i].id)) days.add(f.jdn);
      }
      factsByBlock.set(block, days);
    }
    return days;
  };
  for (const d of dates) {
    if (d.second) {
      evidence[d.first.calendar].dualDates++;
      continue;
    }
    const side = d.first;
    if (d.selfExplained || !side.first || side.last) continue;
    if (d.reform && localCalendarOf(d.reform, side.first) !== 'julian') continue;
    const asJulian = tryToJdn(side.first, 'julian');
    const asGregorian = tryToJdn(side.first, 'gregorian');
    if (asJulian === undefined || asGregorian === undefined) continue;
    const stated = d.mention.weekday?.value;
    if (stated !== undefined && (weekday(asJulian) === stated) !== (weekday(asGregorian) === stated)) {
      evidence[weekday(asJulian) === stated ? 'julian' : 'gregorian'].weekdays++;
    }
    const days = factDays(d.block);
    if (days.has(asJulian)) evidence.julian.eventDays++;
    else if (days.has(asGregorian)) evidence.gregorian.eventDays++;
  }
  const julian = total(evidence.julian);
  const gregorian = total(evidence.gregorian);
  if (julian === gregorian) return undefined;
  const calendar = julian > gregorian ? 'julian' : 'gregorian';
  return { calendar, evidence: evidence[calendar] };
}

function none(): ConventionEvidence {
  return { dualDates: 0, eventDays: 0, weekdays: 0 };
}

function total(e: ConventionEvidence): number {
  return e.dualDates + e.eventDays + e.weekdays;
}

/**
 * The convention a document follows without saying so, from all the evidence its own dates give: the order of its
 * dual dates (N.S. first means a New Style chapter; a slash or numeric pair counts only then, as O.S. first is their
 * custom), its double years (an Old Style writer's form), the days of known events and lives it names (an unmarked date, or a
 * range's first day, that is an event's Julian day votes Old Style; an event is named by its name or by one of its
 * people), and stated weekdays (a weekday that fits one calendar's reading only). Only dates
 * written where and when the Julian calendar was local count: elsewhere both readings are not in question. The
 * majority wins; on a tie the dual dates' order decides, as the one place the writer puts both calendars side by
 * side, unless it would outvote a known day kept in the local calendar where histories write local days (Britain);
 * a tie they do not break is no convention.
 *
 * Evidence is gathered per block, so that the analyzer can keep a block's evidence while the block is unchanged:
 * a keystroke then costs a sum over blocks, not a pass over every date and name.
 */
import { tryToJdn, weekday, type Calendar } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { localCalendarOf } from './resolve';
import type { ResolvedDate } from './types';

/** What points to a calendar: dual dates that put it first, known events' days written in it, weekdays that fit it. */
export interface ConventionEvidence {
  dualDates: number;
  doubleYears: number;
  eventDays: number;
  /** Of eventDays, the New Style days of facts in a region whose histories give its local days (Britain before 1752). */
  eventDaysAgainstCustom: number;
  /** Of eventDays, the Old Style days of facts there: the custom kept. */
  eventDaysByCustom: number;
  weekdays: number;
}

export type Evidence = Record<Calendar, ConventionEvidence>;

export function noEvidence(): Evidence {
  return { julian: none(), gregorian: none() };
}

/** One block's evidence: its dates (read with no convention) and the names it mentions. */
export function blockEvidence(dates: readonly ResolvedDate[], names: readonly { id: string }[], dataset: Dataset): Evidence {
  const evidence = noEvidence();
  let factDays: Set<number> | undefined;
  let ids: Set<string> | undefined;
  for (const d of dates) {
    if (d.second) {
      // A pair with no year of its own that does not hold in the year the context lends it is a day kept every year,
      // given by today's difference ("Tatiana Day, 25 January (12 January O.S.)"), or a slip: no evidence either way.
      const m = d.mention;
      if (m.first.year === undefined && m.second?.year === undefined && m.sharedYear === undefined && d.first.jdn !== d.second.jdn) continue;
      // "November 12/25", "22 February/7 March", "10 (22).4.1870": Old Style over New is how a slash or numeric double
      // date is written whatever the writer's own convention (like the double year "1731/32"; the numeric form is the
      // catalogue's citation form), so only such a pair written New Style first votes.
      const fixedOrder = d.mention.pairStyle === 'slash' || d.mention.first.style.month === 'numeric';
      if (!fixedOrder || d.first.calendar === 'gregorian') evidence[d.first.calendar].dualDates++;
      continue;
    }
    const side = d.first;
    const doubleYear = side.reason === 'double-year';
    if ((d.selfExplained && !doubleYear) || !side.first) continue;
    if (d.reform && localCalendarOf(d.reform, side.first) !== 'julian') continue;
    // A double year ("20 March 1726/27") is how Old Style writers give a day before 25 March: it votes Old Style.
    if (doubleYear) {
      evidence.julian.doubleYears++;
      continue;
    }
    const asJulian = tryToJdn(side.first, 'julian');
    const asGregorian = tryToJdn(side.first, 'gregorian');
    if (asJulian === undefined || asGregorian === undefined) continue;
    const stated = d.mention.weekday?.value;
    if (stated !== undefined && (weekday(asJulian) === stated) !== (weekday(asGregorian) === stated)) {
      evidence[weekday(asJulian) === stated ? 'julian' : 'gregorian'].weekdays++;
    }
    if (!factDays) {
      factDays = new Set();
      for (const name of names) for (const f of dataset.factsOf(name.id)) factDays.add(f.jdn);
      ids = new Set(names.map((n) => n.id));
    }
    // A named fact's day, or the day of an event the block names through its people ("Stolypin assassinated").
    const isFactDay = (jdn: number) =>
      factDays!.has(jdn) || dataset.eventFactsOn(jdn).some((f) => dataset.event(f.entityId)?.people?.some((p) => ids!.has(p)));
    if (isFactDay(asJulian)) {
      evidence.julian.eventDays++;
      if (d.reform?.historiansWriteLocal) evidence.julian.eventDaysByCustom++;
    } else if (isFactDay(asGregorian)) {
      evidence.gregorian.eventDays++;
      if (d.reform?.historiansWriteLocal) evidence.gregorian.eventDaysAgainstCustom++;
    }
  }
  return evidence;
}

export function addEvidence(sum: Evidence, add: Evidence): void {
  for (const cal of ['julian', 'gregorian'] as const) {
    sum[cal].dualDates += add[cal].dualDates;
    sum[cal].doubleYears += add[cal].doubleYears;
    sum[cal].eventDays += add[cal].eventDays;
    sum[cal].eventDaysAgainstCustom += add[cal].eventDaysAgainstCustom;
    sum[cal].eventDaysByCustom += add[cal].eventDaysByCustom;
    sum[cal].weekdays += add[cal].weekdays;
  }
}

/** The calendar the evidence points to, with what points to it; none on a tie. */
export function inferConvention(evidence: Evidence): { calendar: Calendar; evidence: ConventionEvidence } | undefined {
  // One weekday alone is weaker than a slip of the pen: weekdays count once two or more of them agree.
  const weekdays = Math.abs(evidence.julian.weekdays - evidence.gregorian.weekdays) >= 2;
  const julian = total(evidence.julian, weekdays);
  const gregorian = total(evidence.gregorian, weekdays);
  if (julian === gregorian) {
    // "30 November 1853 (18 November O.S.)" in the infobox and "on 18 November 1853" in the lead: the unmarked day of
    // a known event ties with the pair, but the pair is the writer's stated order and the unmarked day the slip.
    const os = evidence.julian.dualDates;
    const ns = evidence.gregorian.dualDates;
    if (os === ns) return undefined;
    // Where histories give local days (British history writes Old Style), a known day written in the local calendar
    // is the custom, not a slip that a pair written New Style first outvotes: "signed on 19 February 1674 (Old Style:
    // 9 February 1673) … Charles I, was executed at Whitehall on 30 January 1649". The text is read in the local
    // calendar, as its readers would.
    if (ns > os && evidence.julian.eventDaysByCustom > 0) return undefined;
    const calendar = os > ns ? 'julian' : 'gregorian';
    return { calendar, evidence: evidence[calendar] };
  }
  // Where histories customarily give local (Old Style) days, as British history does, one known event's New Style
  // day is as likely the writer's slip as their convention: the text is read in the local calendar, as its readers
  // would, and the day is checked there. On the Continent, where modern texts give New Style, the day still decides.
  if (julian === 0 && gregorian === 1 && evidence.gregorian.eventDaysAgainstCustom === 1) return undefined;
  const calendar = julian > gregorian ? 'julian' : 'gregorian';
  return { calendar, evidence: evidence[calendar] };
}

function none(): ConventionEvidence {
  return { dualDates: 0, doubleYears: 0, eventDays: 0, eventDaysAgainstCustom: 0, eventDaysByCustom: 0, weekdays: 0 };
}

function total(e: ConventionEvidence, withWeekdays: boolean): number {
  return e.dualDates + e.doubleYears + e.eventDays + (withWeekdays ? e.weekdays : 0);
}

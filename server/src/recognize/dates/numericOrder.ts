/**
 * Day-first or month-first: numeric dates ("03.02.1918") are read day-first by the grammar. Which order a document
 * uses is decided from all its numeric dates at once — a setting, else a date that proves its own order
 * ("04/13/1916" has no 13th month) — never by guessing from one ambiguous date. Pure: for the analysis to call.
 */
import type { DateMention, DatePart } from '../types';

export type NumericOrder = 'dmy' | 'mdy';

function numericParts(m: DateMention): DatePart[] {
  const out: DatePart[] = [];
  if (m.first.style.numeric && !m.first.style.numeric.roman) out.push(m.first);
  if (m.second?.style.numeric && !m.second.style.numeric.roman) out.push(m.second);
  return out;
}

/** How many numeric dates prove each order by themselves ("04/13/1916" proves month-first). */
export interface NumericProof {
  dmy: number;
  mdy: number;
}

export function numericProof(mentions: readonly DateMention[]): NumericProof {
  const proof = { dmy: 0, mdy: 0 };
  for (const m of mentions) {
    for (const p of numericParts(m)) if (p.orderProven) proof[p.style.order === 'mdy' ? 'mdy' : 'dmy']++;
  }
  return proof;
}

/**
 * The order of a document's numeric dates: `setting` when given; else month-first when some date proves month-first
 * and none proves day-first; else day-first (the default, and the reading when the proofs disagree).
 */
export function orderFromProof(proof: NumericProof, setting?: NumericOrder): NumericOrder {
  if (setting) return setting;
  return proof.mdy > 0 && proof.dmy === 0 ? 'mdy' : 'dmy';
}

export function numericOrder(mentions: readonly DateMention[], setting?: NumericOrder): NumericOrder {
  return orderFromProof(numericProof(mentions), setting);
}

function swapped(p: DatePart, order: NumericOrder): DatePart {
  if (!p.style.numeric || p.style.numeric.roman || p.orderProven || p.style.order === order) return p;
  const n = p.style.numeric;
  return {
    ...p,
    day: p.month,
    month: p.day,
    daySpan: { ...p.monthSpan },
    monthSpan: { ...p.daySpan },
    ...(p.yearSpan ? { yearSpan: { ...p.yearSpan } } : {}),
    style: { ...p.style, order, numeric: { ...n, padDay: n.padMonth, padMonth: n.padDay } },
  };
}

/**
 * The mention with its ambiguous numeric sides read in `order` (day and month swapped), or the same object when
 * nothing changes. The copy shares no span object with the original.
 */
export function withNumericOrder(mention: DateMention, order: NumericOrder): DateMention {
  const first = swapped(mention.first, order);
  const second = mention.second && swapped(mention.second, order);
  if (first === mention.first && second === mention.second) return mention;
  const copy = structuredClone(mention);
  copy.first = first === mention.first ? copy.first : first;
  if (second) copy.second = second === mention.second ? copy.second : second;
  return copy;
}

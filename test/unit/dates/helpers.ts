import * as assert from 'node:assert/strict';
import { findDates } from '../../../server/src/recognize/dates';
import type { DateMention, DatePart } from '../../../server/src/recognize/types';
import type { Span } from '../../../server/src/util/span';

/** The text a span covers. */
export const cut = (t: string, s: Span | undefined): string | undefined => (s ? t.slice(s.start, s.end) : undefined);

/** The one date in a text. */
export function one(text: string): DateMention {
  const ds = findDates(text);
  assert.equal(ds.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(ds)}`);
  return ds[0];
}

/** A part's values, for deepEqual. */
export function values(p: DatePart | undefined): Record<string, number | undefined> | undefined {
  return p && { day: p.day, month: p.month, year: p.year, endDay: p.endDay, endMonth: p.endMonth };
}

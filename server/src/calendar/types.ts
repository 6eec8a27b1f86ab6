/** Shared vocabulary of the calendar core. */
export type Calendar = 'julian' | 'gregorian';

/** A calendar day as written; which calendar it belongs to is always carried beside it. */
export interface YMD {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** Binary search over sorted items. */

/** Index of the first item for which `before` is false, where `before` holds for a prefix of the items. */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item that starts at or after `offset` (items.length when none does), items sorted by start. */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  return partitionPoint(items, (item) => item.start < offset);
}

/** The index of the last number ≤ `value` in an ascending list (-1 when none). */
export function lastAtOrBefore(list: readonly number[], value: number): number {
  return partitionPoint(list, (n) => n <= value) - 1;
}

/**
 * Slices of a start-sorted layer that fall inside a range, found by binary
 * search so that per-trigger lookups never rescan the whole document.
 */
export interface Ranged {
  readonly start: number;
  readonly end: number;
}

/** Index of the first item whose start is at or after `offset`. */
export function lowerBound<T extends Ranged>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items lying wholly inside `[start, end)`, in text order. */
export function within<T extends Ranged>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length; i++) {
    const item = items[i];
    if (!item || item.start >= end) break;
    if (item.end <= end) out.push(item);
  }
  return out;
}

/** The item containing `offset`, for layers whose items do not overlap (sentences, paragraphs, entries). */
export function containing<T extends Ranged>(items: readonly T[], offset: number): T | undefined {
  const i = lowerBound(items, offset + 1) - 1;
  const item = items[i];
  return item && item.start <= offset && offset < item.end ? item : undefined;
}

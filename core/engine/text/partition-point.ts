/**
 * Binary search over a list in text order: the index of the first item for which `before` is
 * false (`items.length`: none). Mentions, speeches and records are kept in text order, so "the
 * first one at or after a position" is found this way instead of by a walk from the start, which
 * made a long article quadratic.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  for (let hi = items.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

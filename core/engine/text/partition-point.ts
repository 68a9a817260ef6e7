/**
 * Binary search over a list in text order: the index of the first item for which `before` is
 * false (`end`: none), among the first `end` items (all by default). Mentions, speeches and
 * records are kept in text order, so "the first one at or after a position" is found this way
 * instead of by a walk from the start, which made a long article quadratic.
 */
export function partitionPoint<T>(
  items: readonly T[],
  before: (item: T) => boolean,
  end = items.length,
): number {
  let lo = 0;
  for (let hi = end; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

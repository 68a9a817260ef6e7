/**
 * Which of several entities a title at a position means when more than one fits: the order a
 * title looks for its holder in, shared by role lookups (role-head.ts) and acronym lookups
 * (title-acronym.ts).
 */
import type { Entity, Pos } from './entity';

/**
 * The entity of `all` that `fits`, looked for in the order a title at `at` looks for its holder:
 * those introduced before it, the latest first, then those introduced later, the latest first;
 * on ties the earlier in `all`. One pass without sorting (a title is looked up once per mention,
 * so sorting the cast each time grew with mentions × cast): an entity is tested only when it
 * would come before the best found so far.
 */
export function firstByRecency<E extends Entity>(
  all: readonly E[],
  at: Pos,
  fits: (e: E) => boolean,
): E | null {
  let best: E | null = null;
  const comesBefore = (e: E, b: E) => {
    const eBefore = e.introducedAt <= at;
    const bBefore = b.introducedAt <= at;
    return eBefore !== bBefore ? eBefore : e.introducedAt > b.introducedAt;
  };
  for (const e of all) if ((!best || comesBefore(e, best)) && fits(e)) best = e;
  return best;
}

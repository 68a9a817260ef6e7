/**
 * A description set off by commas right after a name describes that name: in `Budi Santoso,
 * pengamat ekonomi dari Universitas Nusa, menilai …` the cue reads `pengamat ekonomi dari
 * Universitas Nusa` as its speaker, and the speaker is Budi Santoso, not somebody unnamed nor
 * whoever spoke before; in `Rudi Santoso, kuasa hukum Andi Wijaya, mengatakan …` the cue reads
 * `kuasa hukum Andi Wijaya`, a role whose owner is named inside it, and the speaker is Rudi.
 */
import type { Cast } from '../cast/cast';
import { pos, type Entity, type Pos } from '../cast/entity';

/** The people named in the running text, by where their name ends. */
export function personByEnd(cast: Cast): ReadonlyMap<Pos, Entity> {
  const out = new Map<Pos, Entity>();
  for (const r of cast.records)
    if (!r.atCue && r.entity?.kind === 'person' && r.opensClause) out.set(r.end, r.entity);
  return out;
}

/**
 * The person whose name stands right before a description `written` at offset `at` of `text`
 * (paragraph `paragraph`), set off by commas: `Name, description, …`. Null otherwise.
 */
export function appositiveHead(
  byEnd: ReadonlyMap<Pos, Entity>,
  paragraph: number,
  text: string,
  at: number,
  written: string,
): Entity | null {
  if (at < 2 || text.slice(at - 2, at) !== ', ' || text[at + written.length] !== ',') return null;
  return byEnd.get(pos(paragraph, at - 2)) ?? null;
}

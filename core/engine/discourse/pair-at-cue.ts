/**
 * A pre-posed cue whose subject is two people side by side (`Ketua Komisi A dan anggota B
 * menyatakan …`, `Chair A and member B, from different parties, said …`): the cue's reader names
 * only the person right before the verb (B), yet both make the statement, and a later `mereka`,
 * `keduanya` or `they` means both. The pair is the one joined-pair.ts found in the running text,
 * ending in the very name the cue read.
 */
import type { Candidate } from '../candidate';
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, pos, type Entity } from '../cast/entity';
import { featureOn } from '../features';
import { partitionPoint } from '../text/partition-point';

/**
 * The pair that quote `c`'s pre-posed cue subject closes, when the cue named `speaker` by the
 * pair's second name; else null. `mentions` are in text order; `texts` the paragraphs' texts.
 */
export function pairAtCue(
  c: Candidate,
  speaker: Entity,
  mentions: readonly CastMention[],
  texts: ReadonlyMap<number, string>,
): readonly Entity[] | null {
  const m = c.mention;
  if (!m || m.kind !== 'named' || !featureOn('discourse.pairAtCue')) return null;
  // Pre-posed: the name stands before the cue word, the statement after it.
  if (c.at > c.start) return null;
  const text = texts.get(c.paragraph) ?? '';
  const nameAt = text.lastIndexOf(m.text, c.at);
  if (nameAt < 0) return null;
  const lo = partitionPoint(mentions, x => x.at < pos(c.paragraph, nameAt));
  for (let i = lo; i < mentions.length; i++) {
    const x = mentions[i]!;
    if (paragraphOf(x.at) !== c.paragraph || offsetOf(x.at) > nameAt) break;
    if (x.paired && x.entities.length === 2 && x.entities[1] === speaker) return x.entities;
  }
  return null;
}

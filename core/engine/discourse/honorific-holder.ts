/**
 * `Buya menegaskan, …`, `“…,” ujar Kiai.`: an honorific written alone as a speaker (lexicon/
 * honorifics.ts) is how the article addresses a person it named with that honorific before the name
 * (`Buya Ahmad Rasyidin`, `kata Romo Wisnu`): the latest such person before the mention, else nobody
 * (discourse.honorificHolder).
 */
import type { Entity, Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { featureOn } from '../features';

/** The person `title` (one honorific word) stands for at `at`, or null. */
export function honorificHolder(
  records: readonly CastRecord[],
  title: string,
  at: Pos,
): Entity | null {
  if (!featureOn('discourse.honorificHolder')) return null;
  const word = title.trim();
  if (word.includes(' ') || !HONORIFIC_SET.has(word.toLowerCase())) return null;
  const opening = `${word} `;
  // The records are not all in text order (a cue's reading may follow the running text's): the
  // latest by position wins.
  let best: CastRecord | null = null;
  for (const r of records) {
    if (r.at >= at || (best && r.at <= best.at)) continue;
    if (r.kind === 'person' && r.entity?.kind === 'person' && r.text.startsWith(opening)) best = r;
  }
  return best?.entity ?? null;
}

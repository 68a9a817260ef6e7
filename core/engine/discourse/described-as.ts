/**
 * A description pointing back (`kata ibu tiga anak itu`, `ujar pensiunan guru tersebut`) names the
 * person the article described in those very words when it introduced them (`Sri (42), ibu tiga
 * anak asal Desa X, …`, `Budi, pensiunan guru, …`): like an age, the writer's own words for the
 * person are as good as a name, whoever spoke or was named in between.
 */
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { DEFINITE } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { SPACE_RUNS, collapseSpaces } from '../text/string-scans';

/** Most characters after a name read as its description (an age aside, the appositive). */
const WINDOW = 90;

/** The description's own words, lowercase, without `sang` before or a demonstrative after. */
function describingWords(description: string): string | null {
  const words = description.toLowerCase().split(SPACE_RUNS).filter(Boolean);
  if (words[0] === 'sang') words.shift();
  if (DEFINITE.has(words[words.length - 1] ?? '')) words.pop();
  // One word (`pria`, `pedagang`) tells too little to tell one person from another.
  return words.length >= 2 ? ` ${words.join(' ')} ` : null;
}

/**
 * The person whose introduction before `at` describes them in `description`'s words (the latest
 * such), or null: the words stand in the sentence after the name, before the next name.
 */
export function personDescribedAs(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  description: string,
  at: Pos,
): Entity | null {
  const words = featureOn('discourse.describedAs') ? describingWords(description) : null;
  if (!words) return null;
  let found: Entity | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.at >= at) break;
    const e = r.entity;
    if (!e || e.kind !== 'person' || r.atCue) continue;
    const next = records[i + 1];
    if (described(texts, r, next, words)) found = e;
  }
  return found;
}

/** True when `words` stand after record `r`'s name in its sentence, before record `next`. */
function described(
  texts: ReadonlyMap<number, string>,
  r: CastRecord,
  next: CastRecord | undefined,
  words: string,
): boolean {
  const para = paragraphOf(r.end);
  const text = texts.get(para) ?? '';
  let end = Math.min(text.length, offsetOf(r.end) + WINDOW);
  if (next && paragraphOf(next.at) === para) end = Math.min(end, offsetOf(next.at));
  const stop = text.indexOf('. ', offsetOf(r.end));
  if (stop >= 0) end = Math.min(end, stop);
  const window = ` ${text.slice(offsetOf(r.end), end).toLowerCase().replace(/[(),]/gu, ' ')} `;
  return collapseSpaces(window).includes(words);
}

/**
 * `Komite Disiplin (Komdis) PSSI menyatakan …` then `Komdis PSSI juga meminta …`: a title mention
 * written with an organisation's short form and words of its name only (`Kemendes PDT`, `Organda
 * Kota Medan`) is that organisation speaking again, not the person whose role holds the same words
 * (`Ketua Komdis PSSI X`): an office needs its head (`Ketua`), which the title then writes.
 */
import type { Entity, Pos } from '../cast/entity';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';

/** The lowercase words of `s`, without punctuation or brackets. */
const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

/**
 * The one organisation introduced before `at` whose short form `title` writes, every other word
 * of it a word of its name; null when none or several (discourse.organisationShortForm).
 */
export function organisationByShortForm(
  all: readonly Entity[],
  title: string,
  at: Pos,
): Entity | null {
  if (!featureOn('discourse.organisationShortForm')) return null;
  const words = wordsOf(title);
  if (!words.length || words.some(w => ROLE_HEAD_SET.has(w))) return null;
  const found = new Set<Entity>();
  for (const e of all) {
    if (e.kind !== 'organization' || e.introducedAt >= at || !e.aliases.size) continue;
    const short = new Set([...e.aliases].flatMap(wordsOf));
    const name = new Set(wordsOf(e.name));
    if (words.some(w => short.has(w)) && words.every(w => short.has(w) || name.has(w)))
      found.add(e);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The sex a description tells by its head noun or the modifier right after it (`kata perempuan
 * berhijab itu`, `ujar pria asal X itu`, `kata relawan perempuan itu`, `the woman said`): it agrees
 * with a person the article tells is of that sex (gender.ts) and not with one of the other, as
 * English `he`/`she` do (the model's genderMismatch and genderAgrees).
 */
import { ROLE_GENDER, type Gender } from '../../lexicon/gender';
import { PERSON_NOUN_GENDER } from '../../lexicon/person-nouns';
import { DESCRIPTION_OPENERS, EN_ARTICLES } from '../../lexicon/pronouns';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';

/** Words before a head noun that tell nothing of the person (`sang`, `seorang`, `the`, `a`). */
const OPENERS = new Set([...DESCRIPTION_OPENERS, ...EN_ARTICLES]);

/**
 * The sex a person noun tells (kin possessed too: `ayahnya`), if any; with `roles`, also an
 * English role or kin noun's (ROLE_GENDER: `the mother`), which gender.ts reads on its own.
 */
function nounGender(word: string, roles: boolean): Gender | undefined {
  const w = word.toLowerCase();
  const bare = w.endsWith('nya') ? w.slice(0, -3) : w;
  const g = PERSON_NOUN_GENDER.get(w) ?? PERSON_NOUN_GENDER.get(bare);
  return g ?? (roles ? ROLE_GENDER.get(w) : undefined);
}

/**
 * The sex `description` tells by its head noun or the word right after it, or null: only the
 * first two words are read, so a sex named further on (`pelatih tim wanita itu`) tells nothing of
 * the person. `roles` false leaves the English role nouns to gender.ts.
 */
export function descriptionGender(
  description: string | null | undefined,
  roles = true,
): Gender | null {
  const ws = runsOf(description?.toLowerCase() ?? '', isAlnumOrHyphenCp);
  const head = OPENERS.has(ws[0] ?? '') ? ws.slice(1) : ws;
  for (const w of head.slice(0, 2)) {
    const g = nounGender(w, roles);
    if (g) return g;
  }
  return null;
}

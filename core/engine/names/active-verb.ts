/**
 * Whether a token is an Indonesian active verb (`menangkap`), not a word of its shape: read where a
 * clause's own verb ends a subject or a description (cast/subject-position.ts,
 * names/unnamed-description.ts).
 */
import { ACTIVE_VERB_PREFIX, MEN_SHAPED_NOUNS, NOT_VERBS } from '../../lexicon/verb-lookalikes';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { isVerbShape } from '../text/affix-shapes';
import { startsLower } from '../text/chars';
import type { Token } from '../text/text';

/** True when token `w` is an Indonesian active verb (`menangkap`), not a word of its shape. */
export const activeVerb = (w: Token): boolean =>
  startsLower(w.text) &&
  w.lower.startsWith(ACTIVE_VERB_PREFIX) &&
  isVerbShape(w.lower) &&
  !MEN_SHAPED_NOUNS.has(w.lower) &&
  !NOT_VERBS.has(w.lower) &&
  !PREPOSITIONS.has(w.lower);

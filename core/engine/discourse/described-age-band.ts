/**
 * A description by a word that tells an age band (`kata remaja itu`, `ujar bocah itu`, `kata
 * pria paruh baya itu`, `the teenager said`) means the person the article gave an age in that
 * band when it introduced them (`Dimas (15)`, `Sarni, yang berusia 72 tahun,`): the age is what
 * the writer's word is chosen by, so a speaker or a person named in between whose age lies outside
 * the band is not meant. The bands are data (lexicon/age-bands.ts); the person is read by
 * described-age.ts personAged, as one of an exact age is.
 */
import { AGE_BAND_MODIFIERS, type AgeBand } from '../../lexicon/age-bands';
import { DEFINITE, DESCRIPTION_OPENERS, EN_ARTICLES } from '../../lexicon/pronouns';
import { AGE_BAND_NOUNS, PERSON_NOUN_GENDER, PERSON_NOUNS } from '../../lexicon/person-nouns';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';

type Band = AgeBand;

/** Words before or after a description that tell nothing of the person's age. */
const FRAME = new Set([...DESCRIPTION_OPENERS, ...EN_ARTICLES, ...DEFINITE]);

/** The longest description read for a band (a person noun with a modifier or two). */
const MAX_WORDS = 4;

/**
 * The age band `description` tells (where its person noun's band and its modifiers' meet), or
 * null when it holds no person noun, tells no band, or its bands do not meet.
 */
export function describedAgeBand(description: string): Band | null {
  const ws = runsOf(description.toLowerCase(), isAlnumOrHyphenCp).filter(w => !FRAME.has(w));
  if (!ws.length || ws.length > MAX_WORDS) return null;
  const person = ws.some(
    w => PERSON_NOUNS.has(w) || PERSON_NOUN_GENDER.has(w) || AGE_BAND_NOUNS.has(w),
  );
  if (!person) return null;
  let band: Band | null = null;
  const meet = (b: Band | undefined) => {
    if (!b) return;
    band = band ? [Math.max(band[0], b[0]), Math.min(band[1], b[1])] : b;
  };
  ws.forEach((w, i) => {
    meet(AGE_BAND_NOUNS.get(w));
    meet(AGE_BAND_MODIFIERS.get(w));
    if (i > 0) meet(AGE_BAND_MODIFIERS.get(`${ws[i - 1]} ${w}`));
  });
  const b = band as Band | null;
  return b && b[0] <= b[1] ? b : null;
}

/**
 * An entity's canonical name, chosen by agreement across its mentions rather than by length: the
 * fullest form stands unless the article itself writes a shorter full name alone (`Rina Kartika`)
 * that ends it, and the longer form's extra words before it are confirmed by no other mention and
 * look like a neighbour's (a place, an organisation or role word, a word no given-name list knows):
 * `Garmen Rina Kartika` → `Rina Kartika`. A given name the lexicon knows (`Muhammad`) stays, and
 * so does an initial (`I Ketut Darmaya`, `R. Budi`). A full form the article sets off after a comma
 * or bracket (`juru bicara X, Zafran Abu Talib, …`) has no neighbour glued before it: the writer
 * closed the role there, so every word of it is the person's and the later short form
 * (`Abu Talib`) only leaves some out, as Arabic, Balinese and Batak names are shortened.
 */
import { isGazetteerPlace, isGivenName, isOrgWord } from '../../lexicon/name-words';
import { PLACE_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { nameTokens } from '../text/token-runs';
import { balineseOpeningLength } from '../../lexicon/balinese-names';
import { featureOn } from '../features';
import { PARTICLES } from '../names/name-run';
import { isInitial } from '../text/word-shape';
import { dropFinalDot } from '../text/chars';
import { MINANG_GELAR } from '../../lexicon/honorifics';
import { SPACE_RUNS } from '../text/string-scans';

/** The words opening the Balinese name `full` (names.model.balinese), or 0. */
const balineseOpening = (full: string): number =>
  featureOn('names.model.balinese') ? balineseOpeningLength(full.split(SPACE_RUNS)) : 0;

/** True when `w` reads as a neighbour's word rather than one of a person's names. */
function neighbourWord(w: string): boolean {
  if (isInitial(w)) return false;
  const lw = w.toLowerCase();
  if (PLACE_SET.has(lw) || ROLE_WORD_SET.has(lw) || isGazetteerPlace(w) || isOrgWord(w))
    return true;
  return !isGivenName(w);
}

/**
 * `De Vries`, `dela Cruz`: a form opening on a surname's particle is the surname alone (the given
 * name before the particle left out), never the person's full name (names.model.particleSurname).
 */
const opensOnParticle = (tokens: readonly string[]): boolean =>
  featureOn('names.model.particleSurname') && PARTICLES.has(tokens[0]!);

/**
 * `Datuak Rajo Sati`: a form opening on a Minang customary title is the title a person is called
 * by, which the full name (`Hendri Yusman Datuak Rajo Sati`) holds after the given name; never
 * the full name with a neighbour's words read before it (names.model.minangGelar).
 */
const opensOnGelar = (tokens: readonly string[]): boolean =>
  featureOn('names.model.minangGelar') && MINANG_GELAR.has(dropFinalDot(tokens[0]!));

/**
 * The name `forms` (one per mention, as read) agree on, starting from the fullest form `full`.
 * `setOff` holds the forms some mention writes right after a comma or bracket. Results depend only
 * on which forms occur, never on their order.
 */
export function agreedName(
  full: string,
  forms: readonly string[],
  setOff: ReadonlySet<string> = new Set(),
): string {
  if (setOff.has(full)) return full;
  const fullTokens = nameTokens(full);
  // The words some other mention writes: those are confirmed as this entity's.
  const confirmedWords = new Set(forms.filter(f => f !== full).flatMap(nameTokens));
  const confirmed = (w: string) => confirmedWords.has(w);
  let best = full;
  for (const form of new Set(forms)) {
    const t = nameTokens(form);
    if (t.length < 2 || t.length >= fullTokens.length || opensOnParticle(t) || opensOnGelar(t))
      continue;
    // Only words before the name are a neighbour's (a role, place or team read into it); a word
    // after it is a surname the short form leaves out (`Rina Kartika Sari` … `Rina Kartika`).
    const at = fullTokens.length - t.length;
    if (!t.every((w, k) => fullTokens[at + k] === w)) continue;
    const extra = full.split(SPACE_RUNS).slice(0, at);
    // `I Gusti Ngurah Pramana` … `Ngurah Pramana`: a Balinese name's article and caste words,
    // which later mentions leave out, are the person's, never a neighbour's.
    if (at <= balineseOpening(full)) continue;
    if (extra.every(w => !confirmed(w.toLowerCase()) && neighbourWord(w))) {
      if (best === full || t.length > nameTokens(best).length) best = form;
    }
  }
  return best;
}

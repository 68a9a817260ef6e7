/**
 * `Istri Budi itu bekerja …`, `Ibu Rudi tersebut …`, `Istri Darman, Sri Wahyuni, …`: a kin
 * noun capitalised before a name, the pair closed by a demonstrative or set off before another
 * name, is somebody's wife or mother described through the person named — the name is the
 * possessor, no part of the name and no subject. The wife, the mother, is the one the sentence
 * is about (the record for the name starts after the kin noun; sentence-role.ts reads it as an
 * object). `Ibu` and `Bapak` are also honorifics (`Ibu Sri, Ketua RT, …`), so only a
 * demonstrative makes them kin; `Anak Agung` opens a Balinese noble's name.
 */
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { LATE_MARKERS } from '../../lexicon/patient-roles';
import { DEFINITE, KIN_NOUNS, KIN_NOUNS_ALSO_NAMES } from '../../lexicon/pronouns';
import { isGivenName } from '../../lexicon/name-words';
import { startsLower } from '../text/chars';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { LIST_ANDS } from '../../lexicon/conjunctions';
import { NOT_PREDICATE } from '../../lexicon/prepositions';
import { opensSentence } from '../text/sentence-start';
import { isCapitalised, type Token } from '../text/text';
import { balineseArticleOpensRun, isRunToken, readRun } from './name-run';

/** True when token `i` is a capitalised kin noun whose name after it is its possessor. */
export function kinPossessorAt(t: readonly Token[], i: number): boolean {
  const kin = t[i];
  if (!kin || !isCapitalised(kin.text) || !KIN_NOUNS.has(kin.lower)) return false;
  if (!isRunToken(t[i + 1]) || !featureOn('names.kinPossessor')) return false;
  if (kin.lower === 'anak' && t[i + 1]!.lower === 'agung') return false;
  const end = readRun(t, i + 1);
  if (end <= i + 1) return false;
  const after = t[end];
  if (after && DEFINITE.has(after.lower)) return true;
  if (actsAsSubject(t, i, after)) return true;
  if (HONORIFIC_SET.has(kin.lower) || after?.text !== ',') return false;
  let at = pastLateMarker(t, end + 1);
  // `…, (almarhum) I Wayan Surtaman, …`: the run starts past the Balinese article.
  if (balineseArticleOpensRun(t, at)) at++;
  const next = t[at];
  if (!isRunToken(next) || ROLE_WORD_SET.has(next!.lower)) return false;
  return setOff(t, readRun(t, at));
}

/**
 * `Ayah Made Jonaedi, almarhum Wayan Surtaman, …`: a word saying the person is dead (`almarhum`,
 * `mendiang`, `alm.`) opens the apposition before the name, which is still the kin the pair
 * describes (names.kinPossessorLate). The index after the marker, or `k`.
 */
function pastLateMarker(t: readonly Token[], k: number): number {
  if (!LATE_MARKERS.has(t[k]?.lower ?? '') || !featureOn('names.kinPossessorLate')) return k;
  return t[k + 1]?.text === '.' ? k + 2 : k + 1;
}

/**
 * True when the name ending before token `k` is set off, an age in brackets allowed (`X (44),
 * mengatakan`), and a lowercase word goes on after its comma: an apposition, not a list (`Putri
 * Ayu, Siti Rahma, dan Dewi`).
 */
function setOff(t: readonly Token[], k: number): boolean {
  // The tokenizer keeps a bracketed note whole: `(44)`.
  if (t[k]?.text.startsWith('(')) k++;
  const word = t[k + 1];
  return (
    t[k]?.text === ',' && !!word && !isCapitalised(word.text) && !LIST_ANDS.includes(word.lower)
  );
}

/**
 * `Tetangga Mbah Karto ikut memasang tenda.`, `Menantu Budi bekerja di Batam.`: a kin noun opening
 * its sentence before a name and a lowercase predicate is somebody's neighbour or son-in-law
 * doing something (names.kinPossessorActs). Not a kin noun that is also an honorific or a name
 * (`Ibu Sri`, `Putri Ayu`, `Kakak`: lexicon/pronouns.ts KIN_NOUNS_ALSO_NAMES), nor a name the
 * name lists know.
 */
function actsAsSubject(t: readonly Token[], i: number, after: Token | undefined): boolean {
  const kin = t[i]!;
  if (!after || !startsLower(after.text) || NOT_PREDICATE.has(after.lower)) return false;
  if (HONORIFIC_SET.has(kin.lower) || KIN_NOUNS_ALSO_NAMES.has(kin.lower)) return false;
  if (isGivenName(kin.text) || !featureOn('names.kinPossessorActs')) return false;
  return opensSentence(t, i);
}

/**
 * A description of a person by sex, age or kinship (`ujar perempuan itu`, `kata ayah dua anak
 * itu`): no office or trade that a role could hold, so it stands for the person the text just
 * brought in, not for whoever holds a title (title-speaker.ts).
 */
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { OCCUPATION_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { DEFINITE, DESCRIPTION_OPENERS } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { isDigits, isLowerOrHyphenCp, runOf, startsLower, startsUpper } from '../text/chars';
import { isVerbShape } from '../text/affix-shapes';
import { SPACE_RUNS } from '../text/string-scans';
import { NAMING_HEAD_SET } from '../../lexicon/facilities';

/**
 * `wanita`, `pria paruh baya`, `perempuan berkerudung`: a person noun with at most two lowercase
 * modifiers (no number, no capital, which would tie it to someone introduced earlier). With
 * `discourse.describedPersonDetail` also a person told by an age or a count of kin (`pria 34
 * tahun`, `nenek 11 cucu`, `perempuan berusia 39 tahun`): what the writer adds of the one person
 * just brought in. A relative clause (`pria yang akrab disapa X itu`) may tell more, and is read
 * as any description pointing back.
 */
export function isPersonDescription(title: string): boolean {
  // A description opening the sentence is capitalised there (`Perempuan paruh baya itu`).
  const [first = '', ...rest] = title.split(SPACE_RUNS);
  const words = [first.toLowerCase(), ...rest];
  const head = DESCRIPTION_OPENERS.has(words[0]!) ? words.slice(1) : words;
  if (!head.length || !PERSON_NOUNS.has(head[0]!)) return false;
  // `siswa kelas dua SMP`: a kind of institution closing the description names none (no name
  // after it), so it ties the person to nobody introduced earlier.
  const plain = (w: string, k: number) =>
    (startsLower(w) && runOf(w, isLowerOrHyphenCp) > 0) || (k === head.length - 1 && kindOnly(w));
  if (head.length <= 3 && head.every(plain)) return true;
  if (!featureOn('discourse.describedPersonDetail')) return false;
  return head.length <= 5 && head.every((w, k) => plain(w, k) || (w.length > 0 && isDigits(w)));
}

/**
 * A kind of institution that heads a name (`SD`, `RSUD`), for a description that writes it with no
 * name after it (discourse.institutionKindNoName; description-agreement.ts too).
 */
export const kindOnly = (w: string): boolean =>
  NAMING_HEAD_SET.has(w.toLowerCase()) && featureOn('discourse.institutionKindNoName');

/** Most words of a description by origin (`pemain asal Bone`, `mahasiswa asal Nusa Tenggara Barat`). */
const MAX_ORIGIN_WORDS = 6;

/**
 * `Pemain asal X itu`, `mahasiswa asal X`: a person or a trade told by where they come from — a
 * capitalised place after `asal`, the head a person noun, a trade or a role word. When no one the
 * article introduced came from that place (descriptionNameMissing reads who did), the origin is
 * what the writer adds of the one person just brought in, as an age is
 * (discourse.originDescribed).
 */
export function isOriginDescription(title: string): boolean {
  if (!featureOn('discourse.originDescribed')) return false;
  const words = title.split(SPACE_RUNS).filter(Boolean);
  if (words.length < 3 || words.length > MAX_ORIGIN_WORDS || words[1] !== 'asal') return false;
  const head = words[0]!.toLowerCase();
  if (!PERSON_NOUNS.has(head) && !OCCUPATION_SET.has(head) && !ROLE_WORD_SET.has(head))
    return false;
  return words.slice(2).every(w => !startsLower(w));
}

/** Most words a definite description opening a sentence runs before its demonstrative. */
const MAX_DEFINITE_WORDS = 10;

/**
 * True when `sentence` opens with a person noun whose noun phrase a demonstrative closes before any
 * comma or quote (`Lelaki yang bekerja di gudang itu kini …`, `Sang perempuan berusia 60 tahun
 * tersebut …`): a definite description points back at somebody already known, as `ia` does, and
 * brings nobody new in (discourse.definiteDescriptionGoesOn). `seorang` makes it indefinite.
 */
export function opensWithDefinitePerson(sentence: string): boolean {
  if (!featureOn('discourse.definiteDescriptionGoesOn')) return false;
  return definiteOpening(sentence, PERSON_NOUNS) !== null;
}

/**
 * The definite description `sentence` opens with (`Sang perempuan berusia 60 tahun tersebut`,
 * up to its demonstrative), its head one of `heads`; null when it opens otherwise.
 */
export function definiteOpening(sentence: string, heads: ReadonlySet<string>): string | null {
  // Only the opening words are read (the noun, `sang`, and the phrase up to its demonstrative).
  const words = sentence.trim().split(SPACE_RUNS, MAX_DEFINITE_WORDS + 2);
  const k = words[0]?.toLowerCase() === 'sang' ? 1 : 0;
  if (!heads.has(words[k]?.toLowerCase() ?? '')) return null;
  // `Ibu Ratna membuka …`: a person noun before a name is an address, the name somebody new.
  if (startsUpper(words[k + 1] ?? '')) return null;
  let relative = false;
  for (let j = k + 1; j < words.length && j - k <= MAX_DEFINITE_WORDS; j++) {
    const w = words[j]!;
    const bare = w.replace(TRAILING_MARKS, '');
    if (DEFINITE.has(bare)) return [...words.slice(0, j), bare].join(' ');
    if (/[,“”"]/u.test(w)) return null;
    relative ||= bare === 'yang';
    // Outside a relative clause a `meN-`/`di-` verb ends the noun phrase: a demonstrative after
    // it closes an object (`Pria berbaju biru memasuki ruang sidang itu`). A `ber-` word
    // describes the person (`berusia 58 tahun`, `berkacamata`).
    if (!relative && endsNounPhrase(bare)) return null;
  }
  return null;
}

/** A `meN-` active or `di-` passive verb (affix-shapes.ts), not a `ber-`/`ter-` word. */
const endsNounPhrase = (w: string): boolean =>
  isVerbShape(w) && !w.startsWith('ber') && !w.startsWith('ter');

/** Punctuation a word may carry after it (`itu,`, `tersebut.`). */
const TRAILING_MARKS = /[.,;:!?”"]+$/u;

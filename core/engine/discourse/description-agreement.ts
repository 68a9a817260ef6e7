/**
 * Whether a description pointing back (`ujar politikus Partai X itu`, `the envoy said`) fits a
 * candidate person by what the article said they are: the words of their role (`Anggota DPR dari
 * Fraksi Partai X`) or of the description they were introduced with (`The UN special envoy, Y,`).
 * A writer who describes the speaker by an office or a trade means the one who holds it, not the
 * person of another office spoken of in between (`Direktur Utama PLN Z menyebut …`).
 *
 * The discourse model reads two features from it (antecedent-model.ts): `descriptionAgrees` when a
 * content word of the description is among the candidate's role words, `descriptionConflicts` when
 * the description opens with a role head (`politikus`, `pelatih`, `minister`) and the candidate has
 * role words, none of them the description's, or when the candidate's role fills a seat the
 * description fills with another word (otherSeat: `anggota Komisi IV` for `Ketua Komisi IV itu`).
 */
import { DEFINITE, EN_ARTICLES } from '../../lexicon/pronouns';
import { ORIGIN_PREPOSITIONS, PREPOSITIONS } from '../../lexicon/prepositions';
import { ORG_HEAD_SET, ROLE_HEAD_SET, SQUAD_PLAYERS, SQUAD_STAFF } from '../../lexicon/roles';
import { DESCRIPTION_FITS, OFFICE_GRADE_WORDS, TITLE_SYNONYMS } from '../../lexicon/title-synonyms';
import { featureOn } from '../features';
import { isPlaceWord } from '../names/name-model';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import { PLAIN_ANDS } from '../../lexicon/conjunctions';
import { BODY_POSTS, SAME_BODY_HEADS } from '../../lexicon/body-seats';
import { kindOnly } from './person-description';

/**
 * Words that frame a description without telling what the person is: the demonstratives and
 * articles, `sang`, a relative `yang` and a conjunction, and `mantan`/`former` (a former office
 * is written as the office itself in the role: matching on it alone would match any former one).
 */
const FRAME = new Set([
  ...DEFINITE,
  ...EN_ARTICLES,
  'sang',
  'yang',
  ...PLAIN_ANDS,
  'mantan',
  'former',
]);

/**
 * The words of a description that tell what its person is: lowercase; the frame, prepositions
 * (`asal` of `pelatih asal Kroasia` too) and numbers (`the 58-year-old`) out.
 */
export function descriptionWords(text: string): readonly string[] {
  return runsOf(text.toLowerCase(), isAlnumOrHyphenCp).filter(
    w => !FRAME.has(w) && !PREPOSITIONS.has(w) && !ORIGIN_PREPOSITIONS.has(w) && !/^\d/u.test(w),
  );
}

/**
 * The description's words with the office words its stock phrases and hypernyms fit
 * (DESCRIPTION_FITS: `legislator` → `dpr`, `fraksi`; TITLE_SYNONYMS: `juru taktik` → `pelatih`), added after them:
 * the office the article gave the person is written in those words, not the description's.
 */
export function withFits(words: readonly string[]): readonly string[] {
  const joined = ` ${words.join(' ')} `;
  const extra: string[] = [];
  const add = (table: Readonly<Record<string, readonly string[]>>) => {
    for (const [phrase, fits] of Object.entries(table))
      if (joined.includes(` ${phrase} `)) extra.push(...fits);
  };
  if (featureOn('discourse.descriptionFits')) add(DESCRIPTION_FITS);
  if (featureOn('discourse.titleSynonyms')) add(TITLE_SYNONYMS);
  return extra.length ? [...words, ...extra] : words;
}

/** Every office word a stock phrase fits (DESCRIPTION_FITS), once. */
const FIT_WORDS: ReadonlySet<string> = new Set(Object.values(DESCRIPTION_FITS).flat());

/**
 * Whether a description tells an office, which a person of another office does not hold: it opens
 * with a role head (`politikus`, `pelatih`), or a stock phrase added an office's words to it
 * (withFits: `jenderal bintang dua` → `irjen`).
 */
function tellsOffice(words: readonly string[]): boolean {
  if (ROLE_HEAD_SET.has(words[0]!)) return true;
  return featureOn('discourse.descriptionFits') && words.some(w => FIT_WORDS.has(w));
}

/**
 * The words of a description written capitalised after its first (`politikus Partai Maju itu`:
 * `partai`, `maju`; `the UN envoy`: `un`), lowercase: the name of a party, an organisation or a
 * place the person was introduced with. A word opening the description is capitalised by the
 * sentence, not by a name.
 */
export function describedNames(text: string): readonly string[] {
  const words = runsOf(text, isAlnumOrHyphenCp).slice(1);
  // `siswa kelas dua SMP itu`: a kind of institution closing the description, with no name after
  // it, names none (discourse.institutionKindNoName); `hakim MA itu` still names a court.
  const last = words.length - (DEFINITE.has(words[words.length - 1] ?? '') ? 2 : 1);
  return words
    .filter((w, k) => isNameWord(w) && !(k === last && kindOnly(w)))
    .map(w => w.toLowerCase());
}

/**
 * A word written as (part of) a name: capitalised, not a number, and no common head of an
 * office or organisation (`Partai`, `Fraksi`, `Universitas`), which every party or university
 * shares, unless written as an acronym (`KPK`, `TNI`).
 */
function isNameWord(w: string): boolean {
  if (w[0] === w[0]!.toLowerCase() || /^\d/u.test(w)) return false;
  const lower = w.toLowerCase();
  if (FRAME.has(lower)) return false;
  const acronym = w.length > 1 && w === w.toUpperCase();
  return acronym || !(ORG_HEAD_SET.has(lower) || ROLE_HEAD_SET.has(lower));
}

/**
 * The words a description tells its person's origin with (`pria asal Batang itu`: after `asal`),
 * lowercase; none with discourse.originNotOfficeSeat off. Not after `dari`/`from`, which also
 * tell whom an official is of (`pejabat dari Kementerian X itu`).
 */
export function describedOrigins(text: string): readonly string[] {
  if (!featureOn('discourse.originNotOfficeSeat')) return [];
  const words = runsOf(text.toLowerCase(), isAlnumOrHyphenCp);
  const k = words.indexOf('asal');
  return k < 0 ? [] : words.slice(k + 1).filter(w => !FRAME.has(w));
}

/**
 * What the role words of a candidate tell against a description's words: `names` when a shared
 * word is one the description wrote as a name (describedNames: `Partai Maju`), which only that
 * party's or organisation's person can share.
 */
export type Agreement = 'names' | 'agrees' | 'conflicts' | null;

/**
 * How the description's `words` (descriptionWords) fit a person whose role and lead-in words are
 * `known` (lowercase): `agrees` when one word is shared, `conflicts` when none is but the
 * description opens with a role head, else null (nothing known, or a description by sex or age,
 * `pria itu`, which no role is about).
 */
export function agreement(
  words: readonly string[],
  known: readonly (readonly string[])[],
  names: readonly string[] = [],
  role: string | null = null,
  seats: readonly Seat[] = [],
): Agreement {
  if (!words.length || !known.length) return null;
  if (otherSide(words, role)) return 'conflicts';
  const fit = sharedWords(words, known, names);
  if (fit && otherSeat(words, seats, names, role)) return 'conflicts';
  return fit ?? (tellsOffice(words) ? 'conflicts' : null);
}

/** The side of a team each of its words tells (lexicon/roles.ts SQUAD_PLAYERS, SQUAD_STAFF). */
const SQUAD_SIDE: ReadonlyMap<string, 'plays' | 'coaches'> = new Map([
  ...SQUAD_PLAYERS.map(w => [w, 'plays'] as const),
  ...SQUAD_STAFF.map(w => [w, 'coaches'] as const),
]);

/**
 * True when the description opens with one side of a team (`pemain binaan akademi X`) and the
 * candidate's role, in its first two words, holds the other (`Pelatih X`, `Asisten Pelatih X`):
 * a player described never means the coach, whatever club words the two share
 * (discourse.squadSides).
 */
function otherSide(words: readonly string[], role: string | null): boolean {
  const side = SQUAD_SIDE.get(words[0]!);
  if (!side || !role || !featureOn('discourse.squadSides')) return false;
  const head = runsOf(role.toLowerCase(), isAlnumOrHyphenCp).slice(0, 2);
  const roleSide = head.map(w => SQUAD_SIDE.get(w)).find(Boolean);
  return !!roleSide && roleSide !== side;
}

/** `names` when a role word is a name the description wrote, `agrees` for another shared word. */
function sharedWords(
  words: readonly string[],
  known: readonly (readonly string[])[],
  names: readonly string[],
): Agreement {
  let fit: Agreement = null;
  for (const role of known)
    for (const w of role) {
      if (seatOfName(w, names) || gradeWord(w)) continue;
      if (names.includes(w)) return 'names';
      if (words.includes(w)) fit = 'agrees';
    }
  return fit;
}

/** A word that only grades an office (OFFICE_GRADE_WORDS): shared, it tells no office apart. */
const gradeWord = (w: string): boolean =>
  OFFICE_GRADE_WORDS.has(w) && featureOn('discourse.gradeWordsApart');

/**
 * True when the candidate's `role` (as written) fills a seat the description fills, with another
 * word, so the two are about different people however many words they share:
 * - another post in the body: the description opens with a post (BODY_POSTS: `Ketua Komisi IV
 *   itu`), the role opens with another of the same body (bodyAfterPosts) and holds the
 *   description's nowhere (`anggota Komisi IV`);
 * - another body of one kind: a name the description writes right after a head (describedSeats:
 *   `Partai Maju`, `Komisi IV`, `pelatih Persika`) and the role writes that head, or one naming the same body
 *   (SAME_BODY_HEADS: `Fraksi` for `Partai`; a head the description's own head fits:
 *   `politikus X` → `Partai`, `Fraksi`), with only other names after it (`Fraksi Bulan`,
 *   `Komisi XII`, `pelatih Persiba`).
 */
export function otherSeat(
  words: readonly string[],
  seats: readonly Seat[],
  names: readonly string[],
  role: string | null,
): boolean {
  if (!role || !featureOn('discourse.descriptionOtherSeat')) return false;
  const tokens = runsOf(role, isAlnumOrHyphenCp);
  const lower = tokens.map(t => t.toLowerCase());
  const post = words[0]!;
  const rolePost = lower[0] ?? '';
  if (
    BODY_POSTS.has(post) &&
    BODY_POSTS.has(rolePost) &&
    !lower.includes(post) &&
    bodyAfterPosts(words) === bodyAfterPosts(lower)
  )
    return true;
  for (const [head] of seats) {
    const heads = headsOfBody(head);
    let other = false;
    for (let j = 0; j < lower.length - 1; j++) {
      if (!heads.has(lower[j]!)) continue;
      const after = nameAfter(tokens, j + 1);
      if (after === null) continue;
      if (names.includes(after)) return false;
      other = true;
    }
    if (other) return true;
  }
  return false;
}

/**
 * The first word after the posts a role or description opens with (`Wakil Ketua Komisi B`:
 * `komisi`): the body the posts are of. A deputy chair of a commission (`Wakil Ketua Komisi III
 * DPR`) is a member of the house as well (`anggota DPR itu`), so only posts of one body differ.
 */
function bodyAfterPosts(words: readonly string[]): string {
  let i = 0;
  while (i < words.length && BODY_POSTS.has(words[i]!)) i++;
  return words[i] ?? '';
}

/** A head and the name written right after it in a description (`Partai Maju`: partai, maju). */
export type Seat = readonly [head: string, name: string];

/**
 * The seats a description writes: each name word (isNameWord) right after the head of a body or
 * an office (`Partai Maju`, `Komisi IV`, `pelatih Persika`), lowercase. A name after anything
 * else (`pelatih asal Brasil`: an origin) fills no seat.
 */
export function describedSeats(text: string): readonly Seat[] {
  const tokens = runsOf(text, isAlnumOrHyphenCp);
  const out: Seat[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i - 1]!.toLowerCase();
    if ((ORG_HEAD_SET.has(head) || ROLE_HEAD_SET.has(head)) && isNameWord(tokens[i]!))
      out.push([head, tokens[i]!.toLowerCase()]);
  }
  return out;
}

/** The heads that name the body `head` names (SAME_BODY_HEADS; a role head's fitting body heads). */
function headsOfBody(head: string): ReadonlySet<string> {
  const out = new Set([head]);
  for (const group of SAME_BODY_HEADS) if (group.includes(head)) group.forEach(h => out.add(h));
  const fits = featureOn('discourse.descriptionFits') ? (DESCRIPTION_FITS[head] ?? []) : [];
  for (const w of fits) if (ORG_HEAD_SET.has(w)) out.add(w);
  return out;
}

/**
 * The name written after a head at `tokens[from]` (other heads stepped over: `Fraksi Partai X`),
 * lowercase, or null when a lowercase word comes first (`Anggota komisi dari …`).
 */
function nameAfter(tokens: readonly string[], from: number): string | null {
  for (let i = from; i < tokens.length; i++) {
    const lower = tokens[i]!.toLowerCase();
    if (ORG_HEAD_SET.has(lower) || ROLE_HEAD_SET.has(lower)) continue;
    return isNameWord(tokens[i]!) ? lower : null;
  }
  return null;
}

/**
 * True when `w` is a place the description writes as the last part of a longer name, after a
 * word that is no place (`guru besar UIN Alauddin Makassar itu`, `pelatih Persika Bandung itu`):
 * the institution's seat, which anybody of that city shares (`Kapolrestabes Makassar`), so it
 * tells neither agreement nor the institution's person. A description of origin alone
 * (`pria asal Makassar itu`) still agrees on the place it tells.
 */
function seatOfName(w: string, names: readonly string[]): boolean {
  if (!featureOn('discourse.seatAgreesNot')) return false;
  const k = names.indexOf(w);
  return k > 0 && isPlaceWord(w) && !isPlaceWord(names[k - 1]!);
}

/**
 * How a running-text run enters the cast (mention-record.ts `link`): it introduces an entity, refers
 * to one, or names none; and what it names (`runKind`). A lone word introduces a person when its
 * context shows it is one: a description, a role, an age, a naming word, a kin or a pair before an
 * appositive.
 */
import { featureOn } from '../features';
import { agedAt } from './aged-name';
import { calledAt } from './called-name';
import { isCapitalised, type Token } from '../text/text';
import { namesInstitution } from '../names/described-subject';
import { isRunToken, readRun, walkRunBack } from '../names/name-run';
import { DAN } from '../../lexicon/conjunctions';
import type { NamedRef } from '../names/name-split';
import { namesDescription } from '../names/unnamed-subject';
import { IDENTIFYING_WORDS, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import {
  AMONG_THEM,
  KIN_NOUNS,
  LISTED_COUNTS,
  MEMBER_NOUNS,
  ONE_OF_COUNTS,
  ONE_OF_OPENERS,
  ONE_OF_THEM,
  OWNING_WORDS,
} from '../../lexicon/pronouns';
import { isAgentNounShape } from '../text/affix-shapes';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { HONORIFIC_SET, isDegree } from '../../lexicon/honorifics';
import { dropFinalDot, startsLower, startsUpper } from '../text/chars';
import { isFacilityName } from './non-speaker';
import type { MentionKind, MentionRecord } from './mention-record';
import { joinedKinAt } from './kin-before-name';
import { isSubjectPosition } from './subject-position';
import { opensSentence } from '../text/sentence-start';
import { NOT_PREDICATE } from '../../lexicon/prepositions';
import { isGazetteerPlace, isGivenName, isInnerName, isOrgWord } from '../../lexicon/name-words';

/**
 * How a run enters the cast: a full name (two words or more), a name introduced with its role or
 * an appositive role, or named by the indefinite description before it introduces an entity; a lone word refers to one; a role that names an
 * institution (`Juru Bicara Kemlu` before a noun) to none.
 */
export function runLink(
  ref: NamedRef,
  t: readonly Token[],
  from: number,
  end: number,
  text: string,
): MentionRecord['link'] {
  if (!ref.name || namesInstitution(ref.role, t[end]?.text)) return 'none';
  if (ref.name.includes(' ') || (ref.role && ref.kind === 'person')) return 'introduces';
  // `Seorang pedagang sayur, Marni,`: the description before it shows the lone word is a person;
  // `Gelandang Persikota, Hendrawan, …`: so does a role opening the clause before its comma.
  if (ref.kind === 'person' && (namesDescription(t, from) || namesRole(t, from, end)))
    return 'introduces';
  if (ref.kind === 'person' && (agedAt(text, t, end) || calledAt(t, from))) return 'introduces';
  // `Budi dan istrinya, Sari, …`: a relative joined to the person before names a person.
  if (ref.kind === 'person' && joinedKinAt(t, from)) return 'introduces';
  // `Ayah Galang, Warsidi, …`: a relative of a person the article names is a person too.
  if (ref.kind === 'person' && ownedByName(ref.relation, t, from, text)) return 'introduces';
  if (ref.kind === 'person' && pairDescribed(t, from, end)) return 'introduces';
  // `Dua di antaranya adalah A dan B`, `dua pemetik upahan, A dan B, …`: a counted pair.
  if (ref.kind === 'person' && countedPair(t, from, end)) return 'introduces';
  // `Istrinya, X, …`, `Pelatihnya, X, …`: kin or a role of the one the text is about, set off by
  // commas, is a person.
  if (ref.kind === 'person' && possessedLead(ref, t, from, end)) return 'introduces';
  // `Salah satunya X, …`, `Salah satunya Hj. X.`: one of the people just described, named.
  if (ref.kind === 'person' && (oneOfThem(t, from) || oneOfDescribed(ref, t, from)))
    return 'introduces';
  return appositiveRole(t, from, end) ? 'introduces' : 'refers';
}

/**
 * True when `relation`, the kin phrase written before the comma of the name at `from` (`Ayah
 * Fikri, X`), writes its owner by a capitalised name (cast.kinOwnerIntroduces).
 */
function ownedByName(
  relation: string | null | undefined,
  t: readonly Token[],
  from: number,
  text: string,
): boolean {
  if (!relation || !featureOn('cast.kinOwnerIntroduces')) return false;
  const words = relation.split(' ');
  if (words.length < 2 || !words.slice(1).every(w => startsUpper(w))) return false;
  // Written so right before the name's comma: not a relation composed from a joined owner
  // (`Budi dan istrinya, Sari`, cast.kinIntroduces).
  const comma = t[from - 1]!.start;
  return text.slice(comma - relation.length, comma).toLowerCase() === relation.toLowerCase();
}

/** True when lowercase word `w` is a role or a noun for people (`pelajar`, `warga`, `pengamat`). */
const namesPeople = (w: string): boolean =>
  startsLower(w) && (ROLE_WORD_SET.has(w) || MEMBER_NOUNS.has(w) || PERSON_NOUNS.has(w));

/**
 * True when the lowercase words at `t[i]` open a description of people (`warga Desa X`, `dua
 * pelajar`): a count only with a noun for people after it, as a count of firms or apps
 * (`dua aplikator ojek daring`) describes no persons.
 */
const opensPeopleDescription = (t: readonly Token[], i: number): boolean => {
  const w = t[i]?.text ?? '';
  if (startsLower(w) && LISTED_COUNTS.has(w)) return namesPeople(t[i + 1]?.text ?? '');
  return namesPeople(w);
};

/**
 * `Rizal dan Fajar, dua pelajar SMP asal X, datang …`: two lone words joined by `dan` opening a
 * clause, with a description of people set off after them, are two persons, each introduced as
 * a full name or a name with its appositive is (cast.pairDescribed); a later `mereka` means them.
 * `[from, end)` is either member's run.
 */
function pairDescribed(t: readonly Token[], from: number, end: number): boolean {
  if (end !== from + 1 || !featureOn('cast.pairDescribed')) return false;
  const first = pairFirst(t, from, end);
  if (first < 0) return false;
  return (
    isSubjectPosition(t, first) &&
    t[first + 3]?.text === ',' &&
    opensPeopleDescription(t, first + 4)
  );
}

/**
 * Where the pair `A dan B` whose lone member's run is `[from, end)` starts (the first member:
 * `A dan B`; the second: `… A dan B`), both capitalised; -1 when the run is no such member.
 */
function pairFirst(t: readonly Token[], from: number, end: number): number {
  const first = t[end]?.lower === DAN ? from : t[from - 1]?.lower === DAN ? from - 2 : -1;
  if (first < 0 || !isCapitalised(t[first]?.text ?? '') || !isCapitalised(t[first + 2]?.text ?? ''))
    return -1;
  return first;
}

/**
 * `Dua di antaranya adalah A dan B`, `Dua di antara mereka, A dan B, …`: a lone word of a pair
 * joined by `dan`, right after a count that picks them out of a group (AMONG_THEM, with a
 * presenting copula or a comma between), is a person as each of a counted pair is, though the
 * article never gives the name in full (cast.countedPairIntroduces); a later `keduanya` or
 * `mereka` means the two. One of the two must be a name the corpora know as a person's: such a
 * count may pick places or firms (`Dua di antaranya adalah Wonokerto dan Sidomulyo`). After a
 * counted description (`dua pemetik upahan, A dan B,`) the role the count gives introduces them
 * (role-description.ts listedDescription). `[from, end)` is either member's run.
 */
function countedPair(t: readonly Token[], from: number, end: number): boolean {
  if (end !== from + 1 || !featureOn('cast.countedPairIntroduces')) return false;
  const first = pairFirst(t, from, end);
  if (first < 0 || (first === from - 2 && readRun(t, first) !== first + 1)) return false;
  if (!personalWord(t[first]!.text) && !personalWord(t[first + 2]!.text)) return false;
  let k = first - 1;
  if (IDENTIFYING_WORDS.has(t[k]?.lower ?? '') || t[k]?.text === ',') k--;
  const among = AMONG_THEM.find(words =>
    words.every((w, j) => t[k - words.length + 1 + j]?.lower === w),
  );
  return !!among && LISTED_COUNTS.has(t[k - among.length]?.lower ?? '');
}

/** A word the name corpora know as a person's given or inner name. */
const personalWord = (w: string): boolean => isGivenName(w) || isInnerName(w);

/** Most lowercase words between `salah satu` and the comma before the name it presents. */
const MAX_ONE_OF_WORDS = 6;

/**
 * `Salah satu yang tertua, Mbah X, sudah …`, `Salah seorang di antaranya, X, …`: a name set
 * off right after a clause-opening phrase picking one out of a group (`salah satu`, `salah
 * seorang`) and a few lowercase words describing the one picked is that person, as after `Salah
 * satunya` (cast.oneOfDescribedIntroduces).
 */
function oneOfDescribed(ref: NamedRef, t: readonly Token[], from: number): boolean {
  if (t[from - 1]?.text !== ',' || !featureOn('cast.oneOfDescribedIntroduces')) return false;
  // `Salah satu yang terparah, Sidomulyo, …` picks a place: a person is honoured (`Mbah X`) or
  // called by a name the corpora know as a person's.
  if (!HONORIFIC_SET.has(t[from]!.lower) && !personalWord(ref.name ?? '')) return false;
  for (let k = from - 2; k >= 1 && from - 2 - k <= MAX_ONE_OF_WORDS; k--) {
    if (ONE_OF_COUNTS.has(t[k]!.lower) && ONE_OF_OPENERS.has(t[k - 1]!.lower))
      return opensSentence(t, k - 1) || t[k - 2]?.text === ',';
    if (!startsLower(t[k]!.text)) return false;
  }
  return false;
}

/**
 * `Gelandang Persikota, Hendrawan, yang …`: a lone word between commas right after a run that
 * opens a clause with a role head is the person that role describes.
 */
function namesRole(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('cast.roleThenName') || t[from - 1]?.text !== ',' || t[end]?.text !== ',')
    return false;
  // `Prof Dr Rina Kartika, MSi, …`: a degree between commas closes a name, it is none.
  if (!isRunToken(t[from - 2]) || isDegree(t[from]!.text)) return false;
  const s0 = walkRunBack(t, from - 2);
  return ROLE_HEAD_SET.has(t[s0]!.lower) && isSubjectPosition(t, s0);
}

/**
 * `Hartono, pengamat sepak bola, menilai …`, `Yusuf, pedagang di pasar itu, …`: a one-word name
 * opening a clause and followed by a lowercase role or person noun between commas is a person
 * introduced with an appositive.
 */
function appositiveRole(t: readonly Token[], from: number, end: number): boolean {
  const w = t[end + 1]?.text ?? '';
  return (
    (end === from + 1 || titledLoneName(t, from, end)) &&
    isSubjectPosition(t, from) &&
    t[end]?.text === ',' &&
    startsLower(w) &&
    (ROLE_WORD_SET.has(w) || MEMBER_NOUNS.has(w) || PERSON_NOUNS.has(w) || widerHead(t, end + 1))
  );
}

/**
 * `X, anak bungsu Y, …`, `X, salah satu pembatik, …`: an appositive headed by a kin noun, or by
 * `salah satu`/`salah seorang` before a noun for people or a `peN-` agent noun (one of a group),
 * presents the one named as a role does (cast.widerAppositive).
 */
function widerHead(t: readonly Token[], k: number): boolean {
  if (!featureOn('cast.widerAppositive')) return false;
  const w = t[k]!.lower;
  if (KIN_NOUNS.has(w)) return true;
  if (!ONE_OF_OPENERS.has(w) || !ONE_OF_COUNTS.has(t[k + 1]?.lower ?? '')) return false;
  // `salah satu pembatik`: one of a group of people, named by a people noun or a `peN-` agent
  // noun (`Kemuning, salah satu desa …` is no person).
  const head = t[k + 2]?.text ?? '';
  return namesPeople(head) || (startsLower(head) && isAgentNounShape(head));
}

/**
 * `Hj Salmiah, pedagang beras …`, `Ustaz Karim, pengasuh pondok …`: honorifics (and their dots)
 * before one name word; the appositive after it introduces the person as it does a bare name.
 */
function titledLoneName(t: readonly Token[], from: number, end: number): boolean {
  if (end - from < 2 || !featureOn('cast.titledAppositive')) return false;
  for (let k = from; k < end - 1; k++) {
    const w = t[k]!.text;
    if (w !== '.' && !HONORIFIC_SET.has(dropFinalDot(w.toLowerCase()))) return false;
  }
  return t[end - 1]!.text !== '.';
}

/** What a run names: a person, an organisation, a place, or a role alone (a title). */
export function runKind(ref: NamedRef, evidence: ReadonlySet<string>): MentionKind {
  if (!ref.name) return 'title';
  const places = (evidence as { places?: ReadonlySet<string> }).places;
  if (isFacilityName(ref.name) || places?.has(ref.name)) return 'place';
  return ref.kind;
}

/**
 * `Di depan kiosnya, Karyoto menjahit seragam.`: a lone word the name model reads as a person,
 * standing as its clause's subject with a lowercase predicate right after it, is a person the
 * story introduces by acting, though no role or description comes with the name: when the article
 * holds no longer name with that word, the lone word is the person, whom a later description or
 * pronoun may mean (cast.narratedSubject; build-cast.ts). A word the place or organisation lists
 * know is no such person; at a sentence's start, where any word is capitalised, only a given name
 * the name lists know or a name after an honorific.
 */
export function narratedSubject(
  ref: NamedRef,
  t: readonly Token[],
  from: number,
  end: number,
): boolean {
  if (ref.kind !== 'person' || !featureOn('cast.narratedSubject')) return false;
  // `Buya X membuka pengajian …`: honorifics before the one name word are the person's own.
  const titled = end > from + 1 && titledLoneName(t, from, end);
  if (end !== from + 1 && !titled) return false;
  const w = t[end - 1]!.text;
  if (isGazetteerPlace(w) || isOrgWord(w) || w.endsWith('nya')) return false;
  if (ownerNamed(t, from, end)) return true;
  const next = t[end]?.text ?? '';
  if (!startsLower(next) || NOT_PREDICATE.has(next) || !isSubjectPosition(t, from)) return false;
  // A sentence's first word is capitalised whatever it is (`Pria itu …`, `Stok menipis`): only a
  // given name the name lists know counts there; after a comma or a connective the capital is
  // the writer's.
  return isGivenName(w) || titled || !opensSentence(t, from);
}

/**
 * `Warung milik Sumirah ikut terbakar.`: a lone name word right after a word of owning names the
 * owner, a person the story brings in (cast.ownerNamed), whom a later nickname or description may
 * mean, wherever the clause goes on; narratedSubject has ruled out a place or organisation word.
 */
const ownerNamed = (t: readonly Token[], from: number, end: number): boolean =>
  end === from + 1 && OWNING_WORDS.has(t[from - 1]?.lower ?? '') && featureOn('cast.ownerNamed');

/**
 * `Istrinya, X, …`, `Pelatihnya, X, …`, `Gurunya, X, …`: a lone name set off by commas after one
 * word opening its sentence, a kin, role or person noun owned by `-nya`, is that relative or that
 * holder of the one the text is about: a person (cast.possessedKin).
 */
function possessedLead(ref: NamedRef, t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('cast.possessedKin')) return false;
  if (ref.relation && ref.ownerBack) return true;
  if (end !== from + 1 || t[from - 1]?.text !== ',' || t[end]?.text !== ',') return false;
  const lead = t[from - 2];
  if (!lead || !lead.lower.endsWith('nya') || !opensSentence(t, from - 2)) return false;
  const stem = lead.lower.slice(0, -3);
  return ROLE_WORD_SET.has(stem) || PERSON_NOUNS.has(stem) || KIN_NOUNS.has(stem);
}

/**
 * `… puluhan perajin tenun. Salah satunya Hj. X.`: a name right after `salah
 * satunya` (one of them) presents one of the people the text just described, a person
 * (cast.oneOfThemIntroduces).
 */
function oneOfThem(t: readonly Token[], from: number): boolean {
  return (
    ONE_OF_THEM.has(t[from - 1]?.lower ?? '') &&
    ONE_OF_OPENERS.has(t[from - 2]?.lower ?? '') &&
    featureOn('cast.oneOfThemIntroduces')
  );
}

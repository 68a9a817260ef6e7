/**
 * How the text names a speaker at one quote: a name (or several), a pronoun, a -nya clitic, a bare
 * role, or an unnamed description. Produced by mention-after.ts / mention-before.ts, resolved to
 * entities in resolve.ts.
 */
import {
  EMPLOYEE_NOUNS,
  MEMBER_DETERMINERS,
  MEMBER_NOUNS,
  OFFICE_AFTER_EMPLOYEE,
  ORGANISATION_PRONOUNS,
  SPOKESPERSON_HEADS,
} from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { ORG_HEAD_SET } from '../../lexicon/roles';
import { NAMESAKE_HEAD_SET } from '../../lexicon/facilities';
import { isAcronym } from './name-run';
import { isUnitHead } from './department';
import { isGivenName, isInnerName, isOrgWord } from '../../lexicon/name-words';
import { isPlaceWord } from './name-model';
import type { NamedRef } from './name-split';
import { opensBalineseName } from '../../lexicon/balinese-names';
import { regionalOpenerAt } from './regional-opener';
import { SPACE_RUNS } from '../text/string-scans';
import { startsLower } from '../text/chars';

/** How a speaker is named at one quote. */
export type Mention =
  | { kind: 'named'; refs: NamedRef[]; text: string }
  | { kind: 'pronoun'; plural: boolean; text: string }
  | { kind: 'nya'; text: string }
  /** A role without a name (`kata Kapolri`, `papar mantan Dirjen itu`). */
  | { kind: 'title'; title: string; text: string }
  | { kind: 'anonymous'; text: string };

/**
 * The mention of a fused `-nya` cue (`ujarnya`, `katanya`, `menurutnya`): the clitic names the
 * speaker and carries no text of its own, so every cue reader returns this one value.
 */
export const NYA_MENTION: Mention = Object.freeze({ kind: 'nya', text: '-nya' });

/**
 * True when lowercase `w` is English `it` as a reporting subject (`“…,” it said`): a pronoun
 * mention that means an organisation (discourse: the `organisation` pointing kind).
 */
export const organisationPronoun = (w: string): boolean =>
  ORGANISATION_PRONOUNS.has(w) && featureOn('discourse.organisationPronoun');

/**
 * `pegawai PT Maju Jaya`, `Karyawan Bank Sentosa`, `seorang warga Bekasi`: a member noun followed by
 * an organisation or place is an unnamed speaker, not the organisation. A person's name after a
 * place (`warga Homs Abu Karim`) keeps the mention named.
 */
export function demoteMember(
  m: Mention | null,
  evidence: ReadonlySet<string> = NO_EVIDENCE,
): Mention | null {
  if (!m || m.kind !== 'named' || m.refs.length !== 1) return m;
  const written = m.text.split(SPACE_RUNS);
  const words = written.map(w => w.toLowerCase());
  let k = 0;
  while (k < words.length - 1 && MEMBER_DETERMINERS.has(words[k]!)) k++;
  if (MEMBER_NOUNS.has(words[k]!)) return demotedAt(m, written, words, k, evidence);
  // `kata seorang dosen Universitas X`: after a determiner any lowercase noun is a member noun.
  return k > 0 && indefiniteAffiliated(written, k, m.refs[0]!)
    ? { kind: 'anonymous', text: m.text }
    : m;
}

/**
 * True when, past the determiners and the lowercase noun at word `k` of the mention's `written`
 * words (`seorang dosen`, `salah seorang anggota`), the run `ref` was read from is the person's
 * employer or unit (`Universitas X`, `Fakultas Hukum`, `DPRD Y`, `SMP Negeri 2 Z`): the
 * determiner says the writer does not name the person, so the run's last word is no name
 * either, unless it is a given name (`seorang warga Desa X Budi`).
 */
function indefiniteAffiliated(written: readonly string[], k: number, ref: NamedRef): boolean {
  if (!featureOn('names.indefiniteAffiliation') || !startsLower(written[k]!)) return false;
  if (ref.kind !== 'person' || !ref.name) return false;
  const nameWords = ref.name.split(SPACE_RUNS);
  if (isGivenName(nameWords[0]!)) return false;
  return written.slice(k + 1, written.length - nameWords.length).some(employerWord);
}

/**
 * A word that makes the run it stands in an employer or unit: an organisation head or an acronym
 * (`Bank`, `PT`, `KAI`), a campus, school or hospital head, or (with `names.indefiniteAffiliation`)
 * the head of a unit inside one (`Fakultas`, `Jurusan`, `Dinas`).
 */
const employerWord = (w: string): boolean =>
  ORG_HEAD_SET.has(w.toLowerCase()) ||
  isAcronym(w) ||
  institutionHead(w) ||
  (featureOn('names.indefiniteAffiliation') && isUnitHead(w.toLowerCase()));

/**
 * demoteMember past its test, the member noun at word `k` of the mention's `written` words
 * (`words` lowercased): a function of its own so that the first analysis of an article without
 * such a mention compiles only the test (engine README: guards before bodies).
 */
function demotedAt(
  m: Mention & { kind: 'named' },
  written: readonly string[],
  words: readonly string[],
  k: number,
  evidence: ReadonlySet<string>,
): Mention {
  // `Staf Ahli Bupati X`: an office, held by the person named.
  if (OFFICE_AFTER_EMPLOYEE.has(words[k + 1] ?? '') && featureOn('names.expertStaffOffice'))
    return m;
  const ref = m.refs[0]!;
  // An employee noun is followed by the employer, whatever its shape (`pegawai Travel X`).
  if (ref.kind === 'person' && ref.name && !EMPLOYEE_NOUNS.has(words[k]!)) {
    // The words between the noun and the name: a place keeps the name the speaker's; an
    // organisation head or an acronym (`Bank`, `PT`, `KAI`) makes the "name" the employer's.
    const nameWords = ref.name.split(SPACE_RUNS);
    const between = written.slice(k + 1, written.length - nameWords.length);
    const employer = between.some(employerWord);
    if (between.length && !employer) return m;
    // `petani Budi`: a given name right after the noun is the member's own name; so is a name
    // a Balinese article or a regional opener starts (`petani I Wayan Sukarta`, `nelayan La Ode …`).
    if (!between.length && (isGivenName(nameWords[0]!) || opensByCustom(nameWords))) return m;
    if (!between.length && endsWithSurname(nameWords, evidence)) return m;
  }
  return { kind: 'anonymous', text: m.text };
}

/**
 * `petani Sukarmini Lubis` … `kata Sukarmini`: a name of two words or more after a member noun,
 * whose last word the name corpora know as a surname or inner name (`Lubis`, `Santoso`), none of
 * whose words is a place, an organisation word or an acronym, and one of whose words the article
 * also uses alone for a person (`evidence`), is the member's own name, however rare the given
 * name before it (names.memberSurname). `warga Tanah Abang` stays unnamed, and so does
 * `penumpang Bus Sinar Pratama`: the article never calls anybody `Bus` or `Pratama` alone.
 */
function endsWithSurname(nameWords: readonly string[], evidence: ReadonlySet<string>): boolean {
  if (nameWords.length < 2 || !featureOn('names.memberSurname')) return false;
  if (!isInnerName(nameWords[nameWords.length - 1]!)) return false;
  if (!nameWords.some(w => evidence.has(w))) return false;
  return !nameWords.some(w => isPlaceWord(w) || isOrgWord(w) || isAcronym(w));
}

/** No word the article uses alone: a caller with no evidence demotes as before. */
const NO_EVIDENCE: ReadonlySet<string> = new Set();

/** True when a Balinese article or a regional name opener starts `nameWords`, with a name after it. */
const opensByCustom = (nameWords: readonly string[]): boolean =>
  (featureOn('names.model.balinese') &&
    opensBalineseName(undefined, nameWords[0]!, nameWords[1])) ||
  regionalOpenerAt(nameWords, 0) > 0;

/**
 * `mahasiswi Institut Teknologi X`, `santri Pesantren X`: a campus, school or hospital head between
 * a member noun and the words after it makes those words the institution's name, as `Bank` or
 * `PT` does an employer's.
 */
const institutionHead = (w: string): boolean =>
  NAMESAKE_HEAD_SET.has(w.toLowerCase()) && featureOn('names.memberOfInstitution');

/**
 * `jubir Hamas`, `juru bicara Partai X`: a spokesperson head followed only by one organisation word
 * is an unnamed spokesperson, not the organisation and not a person called `Hamas`. A name after
 * the organisation (`Juru Bicara Kemenlu Hartanto`) keeps the mention named.
 */
export function demoteSpokesperson(m: Mention | null): Mention | null {
  if (!m || m.kind !== 'named' || m.refs.length !== 1) return m;
  const ref = m.refs[0]!;
  const roleWords = (ref.role ?? '').toLowerCase().split(SPACE_RUNS);
  const headOnly = roleWords.every(w => w === 'juru' || w === 'dari' || SPOKESPERSON_HEADS.has(w));
  if (!SPOKESPERSON_HEADS.has(roleWords[roleWords.length - 1] ?? '') || !headOnly) return m;
  if (ref.kind === 'person' && ref.name?.includes(' ')) return m;
  return { kind: 'anonymous', text: m.text };
}

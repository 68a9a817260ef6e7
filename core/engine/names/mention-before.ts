/**
 * Reads the subject that names a speaker before a pre-posed cue (`Menteri X mengatakan`,
 * `Ia menilai`, `Seorang pejabat PBB mengatakan`). The stages of one reading, in order: where the
 * subject ends (subjectEnd), a word that points back (pointingSubject), where its capitalised run
 * starts (runStartBefore), then the run read as a group, a role and a name (namedSubject). Lists of
 * people are read in group-subject.ts, descriptions between commas in described-name.ts.
 */
import {
  DEFINITE,
  MEMBER_DETERMINERS,
  NYA_WORDS,
  PARTITIVE_HEADS,
  PLURAL,
  SINGULAR,
  SPOKESPERSON_HEADS,
} from '../../lexicon/pronouns';
import { affiliatedBefore } from './affiliated-subject';
import { unnamedDescriptionOpening } from './unnamed-description';
import {
  anonymousBefore,
  describedBefore,
  unnamedAroundRun,
  unnamedKinOf,
  unnamedWithOrigin,
} from './described-subject';
import { organisationKindBefore } from './organisation-subject';
import { describedSubject, relativeOverPlaces } from './described-name';
import { nameBeforeDegrees, nameBeforeTrailingDegrees } from './degrees-after';
import { groupBefore, openingRole } from './group-subject';
import { demoteMember, demoteSpokesperson, organisationPronoun, type Mention } from './mention';
import { isRunToken, readRun, titleStartBefore, walkRunBack } from './name-run';
import { roleBeforeName } from './name-split';
import { readName, readingsOf } from './name-reading';
import { hardNonName, namesPerson } from './name-model';
import { orgPhraseBefore } from './org-phrase';
import { englishDescriptionBefore, englishDescriptionFromPlace } from './english-description';
import { englishAnonymousBefore } from './english-anonymous-aside';
import { sangDescriptionBefore } from './sang-description';
import { englishUnnamedBefore } from './english-unnamed';
import { englishDescribedOrgBefore } from './english-described-org';
import { withEnglishAppositive } from './english-appositive';
import { rolePrefixStart } from './role-prefix';
import { spokenThrough } from './spoken-through';
import type { ReadingContext } from './reading-context';
import { spelledOrgBefore } from './spelled-org';
import { joinedOrgBefore } from './joined-org';
import { kinObjectApposition } from './kin-object-apposition';
import { unnamedAroundPlace } from './unnamed-place';
import { tokenIndexAt, type Token } from '../text/text';
import { featureOn } from '../features';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { startsCapLower } from '../text/chars';

/**
 * The last token of the subject before the cue at token `i`, stepping back over a comma after an
 * appositive name (`Ketua Umum PP Persis, Ahmad Rifandi, meminta`) or over degrees after commas.
 */
function subjectEnd({ toks, text, evidence }: ReadingContext, i: number): number {
  const k = i - 1;
  const named =
    toks[k]?.text === ','
      ? nameBeforeDegrees(toks, k, text)
      : nameBeforeTrailingDegrees(toks, k, text, evidence);
  if (named < k) return named;
  if (toks[k]?.text === ',' && isRunToken(toks[k - 1])) return k - 1;
  return k;
}

/**
 * A subject ending at token `k` that points back instead of naming: a pronoun, a -nya word, a
 * description closed by a demonstrative, an English `the …` description. Undefined when the
 * subject is no such word (read on); null when it points at nothing.
 */
function pointingSubject(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null | undefined {
  const prev = toks[k]!;
  const lw = prev.lower;
  if (SINGULAR.has(lw) || organisationPronoun(lw))
    return { kind: 'pronoun', plural: false, text: prev.text };
  if (PLURAL.has(lw)) {
    const part = partitiveBefore(toks, k, text);
    return part ?? { kind: 'pronoun', plural: true, text: prev.text };
  }
  // `Pihaknya menegaskan`, `Dirinya menilai`: a -nya word as the subject points back like `-nya`.
  if (NYA_WORDS.has(lw)) return { kind: 'nya', text: prev.text };
  if (DEFINITE.has(lw)) return describedBefore(toks, k, text);
  // `The ministry also said`, `the world number 9 said`: an English description points back;
  // `Residents said`, `a fisherman who … said` name nobody.
  return (
    sangDescriptionBefore(toks, k, text) ??
    englishAnonymousBefore(toks, k, text) ??
    englishDescriptionBefore(toks, k, text) ??
    englishDescriptionFromPlace(toks, k, text) ??
    englishUnnamedBefore(toks, k, text) ??
    undefined
  );
}

/**
 * `Sebagian dari mereka menilai …`, `Beberapa di antara mereka …`, `salah satu dari mereka`: a part
 * taken out of the group the plural pronoun at `k` means is unnamed (names.partitiveUnnamed);
 * null when no partitive stands before the pronoun.
 */
function partitiveBefore(toks: readonly Token[], k: number, text: string): Mention | null {
  if (!featureOn('names.partitiveUnnamed')) return null;
  let j = k - 1;
  if (toks[j]?.lower === 'antara' && toks[j - 1]?.lower === 'di') j -= 2;
  else if (toks[j]?.lower === 'dari') j--;
  else return null;
  // `sebagian besar`, `salah satu`: a word after the head.
  const head = PARTITIVE_HEADS.has(toks[j]?.lower ?? '') ? j : j - 1;
  if (!PARTITIVE_HEADS.has(toks[head]?.lower ?? '')) return null;
  return { kind: 'anonymous', text: text.slice(toks[head]!.start, toks[k]!.end) };
}

/** Where the capitalised run ending at token `k` starts, across the words that join a name. */
function runStartBefore(toks: readonly Token[], k: number, evidence: ReadonlySet<string>): number {
  const s = walkRunBack(toks, k);
  // The running text's run ending here (`Direktur PT X M. Yusuf`, `Kepala Badan X (BX) Rudi`):
  // its start, where walking back stops at an initial's dot or a bracketed acronym.
  const recorded = readingsOf(evidence)?.runStart(toks, k + 1);
  return recorded !== undefined && recorded < s ? recorded : s;
}

/**
 * Where the subject whose run starts at token `s` starts: a lowercase role right before the run
 * (`jaksa Hartono`, `warga Homs Abu Karim`), or a spokesperson head before `dari` (`Juru bicara
 * dari kementerian X mengatakan`: the spokesperson is the subject).
 */
function roleStartBefore(toks: readonly Token[], s: number): number {
  let r = rolePrefixStart(toks, s);
  if (toks[r - 1]?.text === 'dari' && SPOKESPERSON_HEADS.has(toks[r - 2]?.lower ?? '')) {
    r -= 2;
    if (toks[r - 1]?.lower === 'juru') r--;
  }
  return r;
}

/** Parses the subject that ends right before token `i` (the cue verb). */
function readBefore(ctx: ReadingContext, i: number): Mention | null {
  const { toks, text, evidence } = ctx;
  // `A, ayah korban, B, mengatakan`: A speaks, B is whom the kin phrase is about.
  const kinApposed = kinObjectApposition(toks, i, evidence);
  const k = kinApposed >= 0 ? kinApposed : subjectEnd(ctx, i);
  if (!toks[k]) return null;
  // `Perusahaan juga mengklaim …`: an organisation by its kind, before any other reading.
  const kind = organisationKindBefore(toks, k, text);
  if (kind) return kind;
  const pointing = pointingSubject(toks, k, text);
  if (pointing !== undefined) return pointing;
  const spelled =
    spelledOrgBefore(toks, k, text) ??
    englishDescribedOrgBefore(toks, k, text) ??
    joinedOrgBefore(toks, k, text, evidence);
  if (spelled) return spelled;
  const s = runStartBefore(toks, k, evidence);
  // `When asked about …, X said`: a lone word that opens clauses (`When`, `Namun`) is no subject.
  const lone = toks[k]!.text;
  if (s === k && startsCapLower(lone) && hardNonName(lone) === 'function') return null;
  if (readRun(toks, s) <= k) return anonymousBefore(toks, k, text);
  // `Seorang sopir yang biasa mangkal di depan toko X mengatakan`: the run is inside the subject's clause.
  const around =
    unnamedAroundRun(toks, s, k, text) ??
    unnamedWithOrigin(toks, s, k, text) ??
    unnamedKinOf(toks, s, k, text) ??
    unnamedDescriptionRun(toks, s, k, text);
  if (around) return around;
  // `Komunitas intelijen AS menyimpulkan`: the acronym closes a lowercase organisation phrase.
  const org = orgPhraseBefore(toks, s, k, text);
  if (org) return org;
  const r = roleStartBefore(toks, s);
  return (
    unnamedAroundPlace(toks, s, k, text) ??
    affiliatedBefore(toks, r, k, text, evidence) ??
    groupBefore(ctx, s, r, k) ??
    namedSubject(ctx, r, k)
  );
}

/** The subject read from token `r` to `k`: one person or organisation, with its role. */
function namedSubject(ctx: ReadingContext, r: number, k: number): Mention {
  const { toks, text, evidence } = ctx;
  const spanText = text.slice(toks[r]!.start, toks[k]!.end);
  let ref = readName(toks, r, k + 1, text, evidence);
  // `Melalui juru bicaranya Rudi, Kementerian X mengatakan`: the person speaks for it.
  const through = spokenThrough(ctx, r, k, ref);
  if (through) return through;
  // `Kepala Biro Humas Koperasi X, Rudi Hartawan mengatakan`: the role opens the sentence, before a comma.
  // `Kepala Dinas X, drg Budi Santoso mengatakan`: a lowercase title between the comma and the name.
  if (ref.name && !ref.role) {
    const role = openingRole(toks, titleStartBefore(toks, r), text, evidence)?.role;
    if (role) ref = { ...ref, role };
  }
  const named = nameThenRole(ctx, r, k, !!ref.name);
  if (named) return named;
  if (!ref.name) return { kind: 'title', title: ref.role ?? spanText, text: spanText };
  return { kind: 'named', refs: [ref], text: spanText };
}

/**
 * `Omar Siddiq, Asisten Direktur Masjid Kota Leeds mengatakan`: a person's name, a comma, then the
 * run from `r` to `k` as the person's role. A run that opens with a role head and whose "name" no
 * lexicon knows (`Budi Santoso, Ketua Partai Maju, mengatakan`: `Maju` is the party's) is that
 * role too, when a person's name comes first. Null when no person's name comes before the comma.
 */
function nameThenRole(
  { toks, text, evidence }: ReadingContext,
  r: number,
  k: number,
  runHasName: boolean,
): Mention | null {
  if (toks[r - 1]?.text !== ',' || !isRunToken(toks[r - 2])) return null;
  const appositive = runHasName && !!roleBeforeName(toks.slice(r, k + 1), text, evidence);
  let s0 = r - 2;
  while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
  // `Kepada Republika, Buya bercerita`: a name a preposition governs is whom or where the
  // subject speaks, never the subject (names.governedNameNoSubject).
  // The run opens the sentence with the preposition capitalised (`Kepada Republika`).
  const governed = PREPOSITIONS.has(toks[s0 - 1]?.lower ?? '') || PREPOSITIONS.has(toks[s0]!.lower);
  if (governed && featureOn('names.governedNameNoSubject')) return null;
  const named = readName(toks, s0, r - 1, text, evidence);
  const person = named.name && named.kind === 'person';
  if (!person || (runHasName && !(appositive && namesPerson(named.name!, evidence)))) return null;
  const role = named.role ?? text.slice(toks[r]!.start, toks[k]!.end);
  return {
    kind: 'named',
    refs: [{ ...named, role }],
    text: text.slice(toks[s0]!.start, toks[k]!.end),
  };
}

/**
 * demoteMember of subject `m` read before cue token `i`, with the determiner the run reader left
 * out before it (`Seorang dosen Universitas X mengatakan`): the determiner says the person is
 * unnamed, so the run is the affiliation, and a description read as a title is unnamed too
 * (names.indefiniteAffiliation).
 */
function determinedMember(
  m: Mention | null,
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const demoted = demoteMember(m, evidence);
  const read = demoted?.kind === 'named' || demoted?.kind === 'title' ? demoted : null;
  if (!read || !featureOn('names.indefiniteAffiliation')) return demoted;
  const start = text.lastIndexOf(read.text, toks[i]!.start);
  // The tokens are in text order: the one starting there is found by halving, where a walk from
  // the paragraph's start ran at every cue.
  const j = tokenIndexAt(toks, start);
  const det = j > 0 && toks[j]?.start === start ? toks[j - 1]! : null;
  if (!det || !MEMBER_DETERMINERS.has(det.lower)) return demoted;
  const written = text.slice(det.start, start + read.text.length);
  // `Seorang mahasiswa Fakultas Kedokteran`: a description with no name is unnamed as it stands.
  if (read.kind === 'title') return { kind: 'anonymous', text: written };
  const withDet = demoteMember({ ...read, text: written });
  return withDet?.kind === 'anonymous' ? withDet : demoted;
}

/** readBefore with determinedMember: a subject past a relative clause is read as one before its cue. */
const readDetermined = (
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null =>
  determinedMember(readBefore({ toks, text, evidence }, i), toks, i, text, evidence);

/** Parses the subject that ends right before token `i` (the cue verb); a member of an organisation or crowd is unnamed. */
export function mentionBefore(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const ctx: ReadingContext = { toks, text, evidence };
  const m = demoteSpokesperson(determinedMember(readBefore(ctx, i), toks, i, text, evidence));
  // `X, yang …di Gedung Y, Jakarta, Rabu (8/10), menegaskan`: the caller stepped over the day, so
  // the list of places closing the relative clause ends at the comma at `i`.
  const overPlaces = toks[i]?.text === ',' ? relativeOverPlaces(ctx, i, m, readDetermined) : null;
  if (overPlaces) return overPlaces;
  if (toks[i - 1]?.text !== ',' || m?.kind === 'pronoun' || m?.kind === 'nya') return m;
  // `Malaysia's ambassador to Peru, X, said`: the description before the name is its role.
  return withEnglishAppositive(describedSubject(ctx, i, m, readDetermined) ?? m, toks, i, text);
}

/** The unnamed subject whose description holds the run `s`…`k` (unnamed-description.ts), or null. */
function unnamedDescriptionRun(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  const o = unnamedDescriptionOpening(toks, s, k + 1);
  return o < 0 ? null : { kind: 'anonymous', text: text.slice(toks[o]!.start, toks[k]!.end) };
}

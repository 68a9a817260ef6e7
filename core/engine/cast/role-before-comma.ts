/**
 * The role set off by one comma right before a person's name (`… diterima Kepala Dinas X, Budi
 * Santoso`): that name's role, so a later bare title (`kata Kepala Dinas`) finds its holder. Read
 * from the run before the comma, a field list, a place between, a counted description or a kin
 * phrase (which is the person's relation, not a role).
 */
import { featureOn } from '../features';
import { isCapitalised, type Token } from '../text/text';
import type { NamedRef } from '../names/name-split';
import type { ReadingContext } from '../names/reading-context';
import { closedApposition } from '../names/closed-apposition';
import { isOneCapital, knownPlace, namesPerson, type ArticleEvidence } from '../names/name-model';
import { PLACE_TAKING_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import type { MentionRecord } from './mention-record';
import { dropFinalDot } from '../text/chars';
import { isRankOnly } from '../names/role-word-at';
import { LOWERCASE_TITLE_SET, SHORT_TITLES, TITLES_SPELLING_WORDS } from '../../lexicon/honorifics';
import { kinBeforeName, kinOwnedRole, kinPhraseBeforeName } from './kin-before-name';
import { closesAfterName, descriptionBeforeName, listedDescription } from './role-description';
import { spelledRoleBefore } from './spelled-role';
import { sharedOfficeRole } from './shared-office';
import { fieldListHead } from '../names/field-list-office';
import { appositiveAfter, identifiedAt } from './run-with-role';
import { englishRelationBefore } from '../names/english-appositive';
import { KIN_JOINS, LISTED_COUNTS } from '../../lexicon/pronouns';

/** The run a paragraph read last: its tokens `[start, end)` and its record's index. */
export type LastRun = { readonly start: number; readonly end: number; readonly record: number };

/**
 * A paragraph being read (its words: ReadingContext), with the records read so far and the run
 * read last, which the readers of a role before a name's comma look back at.
 */
export interface ParagraphSoFar extends ReadingContext {
  readonly out: readonly MentionRecord[];
  readonly last: LastRun | null;
}

/**
 * `… diterima Kepala Dinas Perikanan (Diskan) Kota Baru, Sugeng Haryadi.`: a role run (its first
 * word a role head) set off by one comma right before a person's name is that person's role, so a
 * later bare title (`Kadis menambahkan`, `kata Kepala Diskan`) finds its holder. `ref` is the
 * name's reading, `[i, end)` its tokens, read with the paragraph so far.
 */
export function withRoleBefore(
  ref: NamedRef,
  [i, end]: readonly [number, number],
  read: ParagraphSoFar,
): NamedRef {
  if (ref.kind !== 'person' || !ref.name) return ref;
  const { toks: t, text, evidence, out, last } = read;
  // `Dua perawat, A dan B`: the pair's second name, under the listed readings' own switches.
  if (t[i - 1]?.text === 'dan' && !ref.role) return withListedRole(ref, [i, end], read);
  if (t[i - 1]?.text !== ',') return ref;
  // `Istri almarhum Kepala Desa X, Rina`: the office is the kin's owner's, not Rina's; the phrase
  // is her relation (shown as her role), so a bare title (`kata Kepala Desa`) never means her.
  const owned = kinOwnedRole(t, i, text);
  if (owned) return { ...ref, role: null, relation: owned };
  // `Ketua Fraksi X, A, dan Sekretaris Fraksi, B`: the second holder's office in the first's
  // organisation (cast.sharedOffice), read here so an origin after the name still joins it.
  const shared = sharedOfficeRole(t, i, text);
  if (shared) return { ...ref, role: shared };
  // The role run's own reading (cast.roleBeforeComma, or cast.titleAfterRoleComma for a run read
  // from its title: titledStart); the other readings below test their own switches.
  const own = titledAt(t, i) || featureOn('cast.roleBeforeComma');
  // A rank read before the name (`Komandan Kodim X, Letkol Inf Budi`) is no office: the office
  // before the comma is still the role, with the rank after it.
  if (ref.role && own && isRankOnly(ref.role))
    return withOffice(ref, withRoleBefore({ ...ref, role: null }, [i, end], read));
  if (ref.role) return firstIntroduced(ref, [i, end], read);
  const r = last?.end === i - 1 ? out[last.record] : undefined;
  if (!r) return withDescriptionBefore(ref, read, [i, end]);
  const listed = fieldListRoleBefore(t, last!, text);
  if (listed) return { ...ref, role: listed };
  const regional = roleBeforeRegion(out, last!.record, evidence);
  if (regional) return { ...ref, role: regional };
  const role = r.kind === 'title' ? r.ref?.role : null;
  const head = role?.split(' ', 1)[0]?.toLowerCase() ?? '';
  if (role && ROLE_HEAD_SET.has(head)) return own ? { ...ref, role } : ref;
  const spelled = spelledRoleBefore(t, i - 1, text);
  if (spelled) return { ...ref, role: spelled };
  // `Dirjen X Kementerian A, B, dan C (Kemenabc), Y`: a short form the spelled reading
  // could not check (made of syllables, not letters) still closes the list (cast.fieldListShortForm).
  const shortened =
    featureOn('cast.fieldListShortForm') && fieldListRoleBefore(t, last!, text, true);
  if (shortened) return { ...ref, role: shortened };
  // A person closing the words before the comma is a list's member, not a role; one word no name
  // list knows after a role (`Pelatih Persikota, Rinaldo`, `Tokoh masyarakat Cibening, Yakub`)
  // names a team or a place, not a person. A run that opens with a role and stands before a
  // closed apposition (`Direktur PT Sinar Abadi, Budi Santoso, menjelaskan`) is a role whatever
  // its last words look like: a list member would be followed by another name or `dan`.
  const person = r.kind === 'person' && namesPerson(r.ref?.name ?? '', evidence);
  return person && !closedApposition(t, end - 1) ? ref : withDescriptionBefore(ref, read, [i, end]);
}

/**
 * `Pemilik kedua kapal, Burhan Mappa, warga Kecamatan X, melaporkan …`, `Salah satu penumpang,
 * Rudi (34), warga Desa Y, …`: a person with a role before the comma and a residence after the
 * name (`warga`, `penduduk`: where they live, not what they are) is introduced by the role; the
 * panel shows that one (cast.roleBeforeOverResidence). An appositive that is a role of its own
 * (`Salah satu korban, X, penumpang bus yang …`) stays, and so does a role read from the run
 * itself (`Ketua RT Budi`) or one with nothing read before the comma.
 */
function firstIntroduced(
  ref: NamedRef,
  [i, end]: readonly [number, number],
  read: ParagraphSoFar,
): NamedRef {
  if (!featureOn('cast.roleBeforeOverResidence') || !isResidence(ref.role!)) return ref;
  if (ref.role !== appositiveAfter(read.toks, end, read.text, identifiedAt(read.toks, i)))
    return ref;
  const before = withRoleBefore({ ...ref, role: null }, [i, end], read);
  return before.role ? before : ref;
}

/** True when `role` says where its person lives (`warga Desa X`, `penduduk Kampung Y`). */
const isResidence = (role: string): boolean =>
  PLACE_TAKING_SET.has(role.split(' ', 1)[0]!.toLowerCase());

/**
 * `Kasubdit Industri, Perdagangan, dan Investasi Polda X, Kombes Pol Budi`: the run `last` before the name's
 * comma is the last field of an office named by a list of fields (names/field-list-office.ts),
 * whose holder's head opens the list; the whole list is the role, not only its last field. Null
 * when the run closes no such list (cast.fieldListRoleBeforeComma).
 */
function fieldListRoleBefore(
  t: readonly Token[],
  last: { start: number; end: number },
  text: string,
  bracketed = false,
): string | null {
  if (!featureOn('cast.fieldListRoleBeforeComma')) return null;
  const from = fieldListHead(t, last.start);
  if (from < 0 || !ROLE_HEAD_SET.has(t[from]!.lower)) return null;
  // `Kepala Dinas A, B, dan C (DABC) Kabupaten X, NAMA`: a list closed by the acronym that spells
  // it is the spelled-role reading's (spelled-role.ts, cast.spelledRole), checked against the
  // acronym's letters; this one reads the lists no acronym spells, and, when `bracketed`, those
  // whose short form that reading could not check.
  if (!bracketed) for (let k = from; k < last.end; k++) if (t[k]!.text.startsWith('(')) return null;
  return text.slice(t[from]!.start, t[last.end - 1]!.end);
}

/**
 * `Ketua Kelompok Tani X Desa Y, Cibening, Budi Santoso, …`: a place set off by commas between a
 * role run and the name is where the role is, so the role run (with the place) is the person's
 * role, as it is with no place between. `place` is the record in `out` right before the name's
 * comma; null when it is no place, or the run right before its comma is no role opened by a role
 * head.
 */
function roleBeforeRegion(
  out: readonly MentionRecord[],
  place: number,
  evidence: ArticleEvidence,
): string | null {
  if (!featureOn('cast.roleBeforeRegion')) return null;
  const role = out[place - 1];
  const region = out[place]!;
  // A place by its record, or by every word the gazetteer or the article knows as a place's.
  const words = region.text.split(' ');
  if (region.kind !== 'place' && !words.every(w => knownPlace(w, evidence) && !evidence.has(w)))
    return null;
  // `, ` alone between the role run and the place (one paragraph: positions differ by offsets).
  if (!role || role.kind !== 'title' || region.at - role.end > 2) return null;
  const head = role.text.split(' ', 1)[0]!.toLowerCase();
  return ROLE_HEAD_SET.has(head) ? `${role.text}, ${region.text}` : null;
}

/**
 * `Dua perawat, Rina Wonda dan Sela Kogoya, …`: the second name of a pair whose first name follows
 * a counted description (role-description.ts `listedDescription`) holds that role too.
 */
function withListedRole(
  ref: NamedRef,
  [i, end]: readonly [number, number],
  { toks: t, text, out, last }: ParagraphSoFar,
): NamedRef {
  if (!last || last.end !== i - 1 || out[last.record]?.kind !== 'person') return ref;
  const role = listedDescription(t, last.start, text, t[end]?.text === ',');
  return role ? { ...ref, role } : ref;
}

/** `ranked` with the office `read` found before the comma put before its rank, if one was found. */
function withOffice(ranked: NamedRef, read: NamedRef): NamedRef {
  return read.role ? { ...ranked, role: `${read.role}, ${ranked.role}` } : ranked;
}

/** `kuasa hukum terdakwa, Rudi Santoso`: the description before the comma (role-description.ts). */
function withDescriptionBefore(
  ref: NamedRef,
  { toks: t, text }: ReadingContext,
  [i, end]: readonly [number, number],
): NamedRef {
  const role = featureOn('cast.descriptionBeforeComma')
    ? descriptionBeforeName(t, i, end, text)
    : null;
  // `Sang ayah, X`, `suaminya, X`: how X is related, kept apart from the role (NamedRef.relation).
  const closes = closesAfterName(t, end);
  const relation =
    kinBeforeName(t, i, text, closes) ??
    kinPhraseBeforeName(t, i, text, closes) ??
    englishRelationBefore(t, i, text);
  // `Salah satu orang tua, X`: the one-of words before a kin phrase say X is one of several
  // relatives, still how X is related, not a role the discourse model reads (cast.oneOfDescription).
  if (role && relation && oneOfKin(role, relation)) return { ...ref, relation: role };
  // `Kakak kandung korban, X`: the role head found (`korban`) is whose kin X is, not what X is.
  if (role && !(relation && ownsKin(relation, role))) return { ...ref, role };
  if (!relation) return ref;
  const back = ownerPointingBack(t, i);
  return back ? { ...ref, relation, ownerBack: back } : { ...ref, relation };
}

/**
 * The word by which the owner of the relation before the name's comma at `i - 1` points back: a
 * `-nya` on its last word (`Istrinya, X`, `putri sulungnya, X`) or an English possessive pronoun
 * before it (`His wife, X`); null when the owner is written or none is.
 */
function ownerPointingBack(t: readonly Token[], i: number): string | null {
  // `Budi dan istrinya, X`: the owner joined before is written (kin-before-name.ts withJoinedOwner).
  const k = LISTED_COUNTS.has(t[i - 3]?.lower ?? '') ? i - 4 : i - 3;
  if (KIN_JOINS.has(t[k]?.lower ?? '')) return null;
  if ((t[i - 2]?.lower ?? '').endsWith('nya')) return 'nya';
  const pronoun = t[i - 3]?.lower ?? '';
  return POINTING_OWNERS.has(pronoun) ? pronoun : null;
}

/** English possessive pronouns that own a relation (`His wife, X`). */
const POINTING_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** True when the description `role` is the kin phrase `relation` with words before it. */
function oneOfKin(role: string, relation: string): boolean {
  const [r, k] = [role.toLowerCase(), relation.toLowerCase()];
  return featureOn('cast.oneOfDescription') && r.length > k.length && r.endsWith(` ${k}`);
}

/** True when kin phrase `relation` ends in the description `role` as the kin's owner. */
function ownsKin(relation: string, role: string): boolean {
  return (
    featureOn('cast.kinOwnerNotRole') && relation.length > role.length && relation.endsWith(role)
  );
}

/**
 * `Kepala Dinas X, dr Rina Sari, …`: a lowercase medical title between a role's comma and the name
 * (outside the capitalised run) stands before the name, so the role before the comma is read as if
 * the run began at the title. The index the run is read from: the title's, or `i`.
 */
export function titledStart(t: readonly Token[], i: number): number {
  if (!featureOn('cast.titleAfterRoleComma')) return i;
  return titledAt(t, i - 1) && t[i - 2]?.text === ',' ? i - 1 : i;
}

/** Titles written short (honorifics.ts SHORT_TITLES), which may stand between a role's comma and a name. */
const SHORT_TITLE_SET: ReadonlySet<string> = new Set(SHORT_TITLES);

/**
 * `Kepala Dinas X, A. Rina Sari, …`, `Ketua Fraksi X, Lalu Budi, …`, `…, Hj. A. Rina, …`: an
 * initial that spells a function word (`A`) or a title that spells a common word (the Sasak
 * `Lalu`), titles written short before it, stand between the role's comma and the run of the
 * name, outside it; the role before the comma is read as if the run began at them. The index the
 * role is read from: the first of them right after a comma, or `i`.
 */
export function openedStart(t: readonly Token[], i: number): number {
  if (!featureOn('cast.openerAfterRoleComma')) return i;
  let k = i;
  let opener = false;
  for (let n = 0; n < 3; n++) {
    let j = k - 1;
    if (t[j]?.text === '.' && t[j - 1]?.end === t[j]!.start) j--;
    const w = t[j];
    if (!w || !isCapitalised(w.text)) break;
    const spells = isOneCapital(w.text) || TITLES_SPELLING_WORDS.has(w.lower);
    if (!spells && !SHORT_TITLE_SET.has(w.lower)) break;
    opener ||= spells;
    k = j;
  }
  // Titles alone (`Hj. Rina`) are the run's own; a lowercase `dr` is titledStart's.
  return opener && t[k - 1]?.text === ',' ? k : i;
}

/** True when token `k` is a lowercase medical title (`dr`, `drg.`), never a run's first word. */
function titledAt(t: readonly Token[], k: number): boolean {
  const title = t[k];
  return !!title && LOWERCASE_TITLE_SET.has(dropFinalDot(title.text));
}

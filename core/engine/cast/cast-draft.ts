/**
 * The cast while build-cast.ts reads the mention records into it: the registry, the entity each
 * record came to, the running-text mentions so far and the entity each cue's name resolved to;
 * with the lookups the build steps share over that state (a record's mention, a nickname's
 * person, the latest organisation of a kind).
 */
import { CastBuilder, type DraftEntity } from './cast-builder';
import type { CastMention } from './cast-mentions';
import { isSubjectRole, type MentionRecord } from './mention-record';
import type { NamedRef } from '../names/name-split';
import type { ArticleEvidence } from '../names/name-model';
import { isOfKind, type OrganisationKind } from './kind-noun';
import { featureOn } from '../features';
import { TEKNONYM_OPENERS } from '../../lexicon/honorifics';
import { paragraphOf, type Pos } from './entity';

/** The state the build steps share: each step reads and extends it in place. */
export interface CastDraft {
  readonly records: readonly MentionRecord[];
  readonly builder: CastBuilder;
  /** The entity each record came to (by the record's index), or null. */
  readonly entities: (DraftEntity | null)[];
  /** The running text's person mentions, in text order once the build ends. */
  readonly mentions: CastMention[];
  /** The entity each name read at a cue resolved to, or null. */
  readonly refs: Map<NamedRef, DraftEntity | null>;
}

/** An empty draft over `records`, its registry weighing names by `evidence`. */
export function newDraft(records: readonly MentionRecord[], evidence?: ArticleEvidence): CastDraft {
  return {
    records,
    builder: new CastBuilder(evidence),
    entities: [],
    mentions: [],
    refs: new Map(),
  };
}

/**
 * A running-text mention of `e` by record `r`: alone, or with the names it is listed with (`X dan
 * Y`, `A, B, dan C`), each once.
 */
export function mentionOf(d: CastDraft, r: MentionRecord, e: DraftEntity): CastMention {
  const group: DraftEntity[] = [];
  for (const k of r.groupWith) {
    const m = d.entities[k];
    if (m && m !== e && !group.includes(m)) group.push(m);
  }
  const first = group.length ? firstMemberRecord(d, r) : null;
  return {
    at: r.at,
    entities: group.length ? [...group, e] : [e],
    subject: r.opensClause || !!first?.opensClause,
    role: first?.sentenceRole ?? r.sentenceRole,
    atCue: r.atCue,
  };
}

/**
 * `Hal berbeda diungkapkan petani A dan B.`, `A dan B, dua warga …, mengaku …`: a list stands
 * where its first member does — the last member, read after `dan`, is only a list member (an
 * object by its own position) — so the group takes the first member's clause role when that
 * one is a subject's and the last member's is not (cast.groupFirstRole). Null otherwise.
 */
function firstMemberRecord(d: CastDraft, r: MentionRecord): MentionRecord | null {
  if (!featureOn('cast.groupFirstRole') || isSubjectRole(r.sentenceRole)) return null;
  const head = d.records[r.groupWith[0]!];
  return head && isSubjectRole(head.sentenceRole) ? head : null;
}

/**
 * `Nai Romauli` (mother of Romauli), `Ompu Butet`: a teknonym names a parent by a child, whose
 * name its last word is, so that word alone is the child, never the parent (cast.teknonym).
 */
const teknonym = (first: string): boolean =>
  TEKNONYM_OPENERS.has(first.toLowerCase()) && featureOn('cast.teknonym');

/**
 * The latest person before nickname record `r`, given the nickname as an alias and, with
 * `lastWord` (cast.nicknameJoins), for a nickname of several words (`Ko Aseng`, `Coach RH`) its
 * last word, by which the article goes on calling the person (`ujar Aseng`); null when no other
 * person comes before it.
 */
export function nicknameOf(d: CastDraft, r: MentionRecord, lastWord: boolean): DraftEntity | null {
  const name = r.ref!.name!;
  const last = latestPersonMention(d.mentions, r.at);
  const cut = nameCutTo(d, name, last, r.at);
  const latest = cut ? null : last;
  const person = cut ?? (latest ? (latest.entities[0] as DraftEntity) : null);
  if (!person || person.name === name) return null;
  if (latest && restatesLoneName(d, name, latest.at, r.at)) return null;
  person.aliases.add(name);
  const words = name.split(' ');
  if (lastWord && words.length > 1 && !teknonym(words[0]!))
    person.aliases.add(words[words.length - 1]!);
  return person;
}

/**
 * `Haryanto (61) … jamu Mbah Sastro … ujar Pak Har, sapaan akrabnya`: a nickname whose last word
 * is cut from one person's name word is that person's, even when someone else was named since
 * (cast.nicknameCutFromName), and so is a whole name word of one person first
 * (cast.nicknameWholeWord); null for a word under three letters and when the word is also inside a
 * name word of the latest person: the nickname then follows them as before. When that person is
 * named in the nickname's own paragraph, only a cut of somebody named there too takes it from them
 * (cast.nicknameCutHere).
 */
function nameCutTo(
  d: CastDraft,
  name: string,
  latest: CastMention | null,
  at: Pos,
): DraftEntity | null {
  if (!featureOn('cast.nicknameCutFromName')) return null;
  const w = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  const near = latest?.entities[0];
  if (w.length < 3 || (near && near.tokens.some(x => x.includes(w)))) return null;
  // `kata istrinya, Wartini (40), atau Bu Sur, sapaan akrabnya`: a person named in the nickname's
  // own paragraph is the one it is set off against.
  if (latest && paragraphOf(latest.at) === paragraphOf(at)) return cutNamedHere(d, w, at);
  // `tutur Abah Bramantyo, sapaan akrabnya` after `KH Bramantyo Kusnandar`: a whole name word of
  // one person names that person as surely as a cut does (cast.nicknameWholeWord).
  const whole = featureOn('cast.nicknameWholeWord') ? d.builder.personWithWord(w) : null;
  return whole ?? d.builder.personCutTo(w);
}

/**
 * `Pemilik kios, Sukarmini (58), senang bercerita tentang Bramantyo … . Ibu yang biasa disapa Bu
 * Mini itu …`: in the paragraph of a nickname cut from the name word of one person named earlier in
 * that same paragraph, that person is the one it is set off against, though somebody else was
 * named since (cast.nicknameCutHere); null otherwise.
 */
function cutNamedHere(d: CastDraft, w: string, at: Pos): DraftEntity | null {
  if (!featureOn('cast.nicknameCutHere')) return null;
  const cut = d.builder.personCutTo(w);
  if (!cut) return null;
  const here = paragraphOf(at);
  return d.mentions.some(m => m.at < at && paragraphOf(m.at) === here && m.entities[0] === cut)
    ? cut
    : null;
}

/** The latest single-person mention before `at`, subject or not (whose nickname follows). */
function latestPersonMention(mentions: readonly CastMention[], at: number): CastMention | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.at >= at) continue;
    if (isPerson(m)) return subjectBefore(mentions, i, at) ?? m;
  }
  return null;
}

const isPerson = (m: CastMention): boolean =>
  m.entities.length === 1 && m.entities[0]!.kind === 'person';

/**
 * `X menyeduh kopi untuk Kakek Y. ¶ “…,” kata perempuan yang akrab disapa Z itu`: when the latest
 * person, mentions[i], was named only after a preposition (`untuk`, `kepada`), in an earlier
 * paragraph than the nickname at `at`, the nickname is of that paragraph's latest person subject
 * (cast.nicknameOfSubject). A direct object (`Bupati X mengunjungi Y. ¶ Perempuan yang biasa
 * dipanggil Z itu …`) is what the next paragraph turns to, so it keeps the nickname. Null when
 * there is none, or the nickname is in that paragraph (one set off right after a name is its).
 */
function subjectBefore(
  mentions: readonly CastMention[],
  i: number,
  at: number,
): CastMention | null {
  const para = paragraphOf(mentions[i]!.at);
  if (mentions[i]!.role !== 'oblique' || para === paragraphOf(at)) return null;
  if (!featureOn('cast.nicknameOfSubject')) return null;
  for (let k = i - 1; k >= 0 && paragraphOf(mentions[k]!.at) === para; k--)
    if (mentions[k]!.subject && isPerson(mentions[k]!)) return mentions[k]!;
  return null;
}

/**
 * The person nickname record `r` newly names when its called name restates a lone name written
 * before it (`… adalah Rukmini. Penjual jamu yang biasa dipanggil Mak Rukmini itu …`): that lone name,
 * never given in full, is confirmed as a person's, so it is registered here and the record — the
 * subject its description opens — is that person's mention, which a later `katanya` may mean
 * (cast.nicknameRestatesName). Null when `r` restates no lone name.
 */
export function restatedPerson(d: CastDraft, r: MentionRecord): DraftEntity | null {
  if (!r.nickname || !r.ref?.name || !restatesLoneName(d, r.ref.name, -1, r.at)) return null;
  return d.builder.register(r.ref, r.at);
}

/**
 * `Pembuat gerabah tertua itu adalah Rukmini. Penjual jamu yang biasa dipanggil Mak Rukmini itu …`: the
 * name after the naming word restates a lone name written after the latest person's mention (the
 * words it ends with), so it is that newly named person's own name, never a nickname of the
 * person mentioned before (cast.nicknameRestatesName).
 */
function restatesLoneName(d: CastDraft, name: string, from: number, at: number): boolean {
  if (!featureOn('cast.nicknameRestatesName')) return false;
  const words = name.toLowerCase().split(' ');
  return d.records.some(q => {
    const own = q.ref?.name;
    if (q.at <= from || q.at >= at || !own || own.includes(' ')) return false;
    return words[words.length - 1] === own.toLowerCase();
  });
}

/**
 * The organisation of `kind` that the record latest before record `k` names (cast/kind-noun.ts),
 * or null.
 */
export function latestOfKind(d: CastDraft, k: number, kind: OrganisationKind): DraftEntity | null {
  const at = d.records[k]!.at;
  let found: DraftEntity | null = null;
  let foundAt = -1;
  d.records.forEach((r, j) => {
    const e = d.entities[j];
    if (!e || r.at >= at || r.at <= foundAt || e.kind !== 'organization') return;
    if (!isOfKind(e.name, kind)) return;
    found = e;
    foundAt = r.at;
  });
  return found;
}

/**
 * Builds the article's cast once from its mention records (read-mentions.ts): the running text's
 * full names introduce entities, its lone names refer to them, then every name read at a cue is
 * resolved (a name the article never gave in full becomes an entity of its own). The result is
 * frozen (freeze-cast.ts): resolving quotes never changes it.
 */
import { introduces, type DraftEntity } from './cast-builder';
import type { Cast } from './cast';
import type { MentionRecord } from './mention-record';
import type { CastMention } from './cast-mentions';
import { isNonSpeakerName } from './non-speaker';
import { organisationPair } from './organisation-pair';
import { fieldsJoinedAtCue } from './field-after-dan';
import { kindNounOf } from './kind-noun';
import {
  latestOfKind,
  mentionOf,
  newDraft,
  nicknameOf,
  restatedPerson,
  type CastDraft,
} from './cast-draft';
import { freezeCast } from './freeze-cast';
import { withKinOwner } from './kin-owner';
import type { ArticleEvidence } from '../names/name-model';
import { featureOn } from '../features';
import { startsUpper } from '../text/chars';

/** The cast of an article whose mentions are `records` (read-mentions.ts). */
export function buildCast(records: readonly MentionRecord[], evidence?: ArticleEvidence): Cast {
  const d = newDraft(records, evidence);
  readRunningText(d);
  resolveCues(d);
  if (featureOn('cast.nameBeforeItsCue')) linkNamesBeforeTheirCues(d);
  copyRelations(d);
  ownRelations(d);
  copyPredicatedRoles(d);
  return freezeCast(d);
}

/**
 * The running text first, in text order: full names introduce entities, lone names refer; an
 * unnamed subject opening a clause is a mention with no entity.
 */
function readRunningText(d: CastDraft): void {
  const alone = organisationsAlone(d.records);
  for (const r of d.records) {
    if (r.kind === 'unnamed' || r.kind === 'group') {
      if (r.opensClause) d.mentions.push(unnamedMention(r));
      d.entities.push(null);
    } else d.entities.push(r.ref ? readNamed(d, r, alone) : null);
  }
}

/** The mention an unnamed subject (`Seorang warga`, `Para menteri`) opening a clause makes. */
function unnamedMention(r: MentionRecord): CastMention {
  return {
    at: r.at,
    entities: [],
    subject: true,
    role: r.sentenceRole,
    ...(r.plural ? { unnamedGroup: true } : { unnamed: true }),
  };
}

/**
 * The entity running-text record `r` (which has a name) comes to, registering or finding it and
 * adding its mention; `alone` as organisationsAlone gives.
 */
function readNamed(d: CastDraft, r: MentionRecord, alone: ReadonlySet<string>): DraftEntity | null {
  const b = d.builder;
  let e: DraftEntity | null = null;
  // `Pria yang akrab disapa Ucok itu` / `Bambang, sapaan akrabnya,`: a nickname of the last
  // person; it joins that person before it could register one of its own (`Ko Aseng`).
  const joined = r.nickname && featureOn('cast.nicknameJoins') ? nicknameOf(d, r, true) : null;
  // `Bank X dan OJK`: two organisations, each an entity; the pair names neither alone.
  const pair = r.link === 'introduces' ? organisationPair(r.ref!, r.text, alone) : null;
  if (pair) for (const half of pair) b.register(half, r.at);
  else if (joined) e = joined;
  else if (r.link === 'introduces') e = b.register(r.ref!, r.at);
  else if (r.link === 'refers')
    e =
      b.find(r.ref!.name!) ?? addressedInText(d, r) ?? restatedPerson(d, r) ?? narratedPerson(d, r);
  if (e && !joined && r.speakerLike && !isNonSpeakerName(e.name) && !articlePlace(r))
    d.mentions.push(mentionOf(d, r, e));
  if (r.nickname && !joined) e = nicknameOf(d, r, false) ?? e;
  return e;
}

/**
 * `Bu Nur belum ikut.`: a short form after a familiar form of address in the running text is the
 * person it is cut from (cast-builder.ts addressedPerson), unless the cue reading of the same words
 * introduces somebody (`kata Pak Kus, penjual bakso …`), whom the cue stage then registers.
 */
function addressedInText(d: CastDraft, r: MentionRecord): DraftEntity | null {
  // Only a short form after an address is looked for, before any record is walked.
  if (!r.ref?.addressed) return null;
  const introduced = d.records.some(q => q.atCue && q.at === r.at && !!q.ref && introduces(q.ref));
  return introduced ? null : d.builder.addressedPerson(r.ref);
}

/**
 * A run the article itself uses as a place (prepass.ts evidence: `asal Puncak Jaya,`): no one a
 * later `-nya` or nickname may mean (names.originRunPlace).
 */
const articlePlace = (r: MentionRecord): boolean =>
  r.kind === 'place' && featureOn('names.originRunPlace');

/**
 * `tulis Asuransi Sentosa` after `PT Asuransi Sentosa Cabang X`: a name read at a cue whose written words
 * (two or more) stand together inside the one organisation the cast holds with them, and that no
 * person is called by, is that organisation by a shorter form of its name — not a person whose
 * first word the reading took for a role (cast.orgShortAtCue).
 */
function orgShortAtCue(d: CastDraft, r: MentionRecord): DraftEntity | null {
  if (!featureOn('cast.orgShortAtCue') || !r.ref?.name) return null;
  const words = r.text.split(' ');
  if (words.length < 2 || !words.every(w => startsUpper(w))) return null;
  const written = ` ${r.text} `;
  // A person called by these very words (`Yayasan Budi Santoso` … `kata Budi Santoso`) stays.
  if (d.builder.all.some(e => e.kind === 'person' && e.name === r.text)) return null;
  const orgs = d.builder.all.filter(
    e => e.kind === 'organization' && ` ${e.name} `.includes(written),
  );
  return orgs.length === 1 ? orgs[0]! : null;
}

/** Then every name read at a cue, in text order: a name never given in full becomes an entity. */
function resolveCues(d: CastDraft): void {
  const { records } = d;
  const cues = records.map((_, k) => k).filter(k => records[k]!.atCue && records[k]!.ref);
  cues.sort((a, b) => records[a]!.at - records[b]!.at || a - b);
  // `Dinas Seni dan Budaya menyatakan`: one body, not a body and a person (field-after-dan.ts).
  const fields = fieldsJoinedAtCue(records);
  for (const k of cues) {
    const r = records[k]!;
    const field = fields.get(k);
    if (field === null) {
      d.refs.set(r.cueRef ?? r.ref!, null);
      continue;
    }
    // `Perusahaan juga menyatakan …`: the company named before, not one called `Perusahaan`.
    const kind = field ? null : kindNounOf(r.ref!);
    const meant = kind && !d.builder.find(r.ref!.name!, false) ? latestOfKind(d, k, kind) : null;
    const e = meant ?? orgShortAtCue(d, r) ?? d.builder.resolve(field ?? r.ref!, r.at);
    d.refs.set(r.cueRef ?? r.ref!, e);
    d.entities[k] = e ?? d.entities[k] ?? null;
  }
}

/**
 * A lone name the running text gives before the cue that makes it an entity (`Kuasa hukum warga,
 * Darto, membantah …` … `kata Darto`) is a mention of that entity: a later `ia` may mean it.
 * Looked up exactly, never as a misspelling or a nickname (cast.nameBeforeItsCue).
 */
function linkNamesBeforeTheirCues(d: CastDraft): void {
  const before = d.mentions.length;
  d.records.forEach((r, k) => {
    if (r.atCue || r.nickname || d.entities[k] || r.link !== 'refers') return;
    if (r.ref?.kind !== 'person' || !r.ref.name) return;
    const e = d.builder.find(r.ref.name, false);
    if (!e || e.kind !== 'person') return;
    d.entities[k] = e;
    if (r.speakerLike && !isNonSpeakerName(e.name)) d.mentions.push(mentionOf(d, r, e));
  });
  if (d.mentions.length > before) d.mentions.sort((x, y) => x.at - y.at);
}

/**
 * `Sang ayah, Wagimin, …`: how a person is related, from the record that says it, whichever
 * record made the entity (the run, or a later cue).
 */
function copyRelations(d: CastDraft): void {
  d.records.forEach((r, k) => {
    const e = d.entities[k];
    if (e?.kind === 'person' && r.ref?.relation && !e.relation) e.relation = r.ref.relation;
  });
}

/**
 * `Istrinya, X`: the relation the first record that says it gives, with whose kin it is
 * (kin-owner.ts), once per person.
 */
function ownRelations(d: CastDraft): void {
  const done = new Set<DraftEntity>();
  d.records.forEach((r, k) => {
    const e = d.entities[k];
    if (e?.kind !== 'person' || !e.relation || done.has(e) || r.ref?.relation !== e.relation)
      return;
    done.add(e);
    if (!r.ref.ownerBack) return;
    e.relation = withKinOwner(e.relation, r.ref.ownerBack, k, e, d);
  });
}

/**
 * `X adalah Ketua RT 05`: a role a clause of its own gives a person, the first in text order,
 * only when no mention gave one beside the name (predicate-role.ts). It is what the panel shows,
 * not a role the discourse model weighs: a copula presenting a person is its own feature there
 * (discourse.copularDescription).
 */
function copyPredicatedRoles(d: CastDraft): void {
  d.records.forEach((r, k) => {
    const e = d.entities[k];
    if (r.predicateRole && e?.kind === 'person' && !e.role && !e.relation && !e.predicated)
      e.predicated = r.predicateRole;
  });
}

/**
 * The lowercase names of organisations the article has speak or open a clause alone (`OJK
 * menegaskan …`, `kata Kemenkes`), with no `dan` in them: evidence that each is a body of its own
 * when a run joins it to another (organisation-pair.ts).
 */
function organisationsAlone(records: readonly MentionRecord[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const r of records) {
    const name = r.ref?.name;
    if (r.kind !== 'organization' || !name || !(r.atCue || r.opensClause)) continue;
    if (!name.includes(' dan ')) out.add(name.toLowerCase());
  }
  return out;
}

/**
 * `Di depan kiosnya, Karyoto menjahit …`: a lone name acting as its clause's subject (`r.narrated`)
 * that no entity and no longer name of the article holds (`Karyoto Wibisono` later would be
 * the one it shortens) is a person of its own (cast.narratedSubject).
 */
function narratedPerson(d: CastDraft, r: MentionRecord): DraftEntity | null {
  if (!r.narrated) return null;
  const longer = wordsOfLongerNames(d).has(r.ref!.name!.toLowerCase());
  return longer ? null : d.builder.register(r.ref!, r.at);
}

/** The words of the draft's names of two words or more, lowercase: read once per draft. */
const LONGER_NAME_WORDS = new WeakMap<CastDraft, ReadonlySet<string>>();
function wordsOfLongerNames(d: CastDraft): ReadonlySet<string> {
  let words = LONGER_NAME_WORDS.get(d);
  if (!words) {
    const out = new Set<string>();
    for (const q of d.records) {
      const name = q.ref?.name;
      if (name?.includes(' ')) for (const w of name.toLowerCase().split(' ')) out.add(w);
    }
    LONGER_NAME_WORDS.set(d, (words = out));
  }
  return words;
}

/**
 * Builds the article's cast once from its mention records (read-mentions.ts): the running text's
 * full names introduce entities, its lone names refer to them, then every name read at a cue is
 * resolved (a name the article never gave in full becomes an entity of its own). The result is
 * frozen (cast.ts): resolving quotes never changes it.
 */
import { CastBuilder, type DraftEntity } from './cast-builder';
import { Cast } from './cast';
import type { Entity } from './entity';
import type { CastMention } from './cast-mentions';
import { isSubjectRole, type CastRecord, type MentionRecord } from './mention-record';
import type { NamedRef } from '../names/name-split';
import type { ArticleEvidence } from '../names/name-model';
import { isNonSpeakerName } from './non-speaker';
import { agreedName } from './agreed-name';
import { organisationPair } from './organisation-pair';
import { fieldsJoinedAtCue } from './field-after-dan';
import { kindNounOpeners, opensWith } from './kind-noun';
import { featureOn } from '../features';

/** The cast of an article whose mentions are `records` (read-mentions.ts). */
export function buildCast(records: readonly MentionRecord[], evidence?: ArticleEvidence): Cast {
  const b = new CastBuilder(evidence);
  const entities: (DraftEntity | null)[] = [];
  const mentions: CastMention[] = [];
  const refs = new Map<NamedRef, DraftEntity | null>();
  const alone = organisationsAlone(records);
  // The running text first, in text order: full names introduce entities, lone names refer.
  records.forEach(r => {
    let e: DraftEntity | null = null;
    if (r.kind === 'unnamed' || r.kind === 'group') {
      if (r.opensClause)
        mentions.push({
          at: r.at,
          entities: [],
          subject: true,
          role: r.sentenceRole,
          ...(r.plural ? { unnamedGroup: true } : { unnamed: true }),
        });
    } else if (r.ref) {
      // `Pria yang akrab disapa Ucok itu` / `Bambang, sapaan akrabnya,`: a nickname of the last
      // person; it joins that person before it could register one of its own (`Ko Aseng`).
      const joined = r.nickname && featureOn('cast.nicknameJoins') ? nicknameOf(r, true) : null;
      // `Bank X dan OJK`: two organisations, each an entity; the pair names neither alone.
      const pair = r.link === 'introduces' ? organisationPair(r.ref, r.text, alone) : null;
      if (pair) for (const half of pair) b.register(half, r.at);
      else if (joined) e = joined;
      else if (r.link === 'introduces') e = b.register(r.ref, r.at);
      else if (r.link === 'refers') e = b.find(r.ref.name!);
      if (e && !joined && r.speakerLike && !isNonSpeakerName(e.name))
        mentions.push(mentionOf(r, e));
      if (r.nickname && !joined) e = nicknameOf(r, false) ?? e;
    }
    entities.push(e);
  });
  // Then every name read at a cue, in text order: a name never given in full becomes an entity.
  const cues = records.map((_, k) => k).filter(k => records[k]!.atCue && records[k]!.ref);
  cues.sort((a, b) => records[a]!.at - records[b]!.at || a - b);
  // `Dinas Seni dan Budaya menyatakan`: one body, not a body and a person (field-after-dan.ts).
  const fields = fieldsJoinedAtCue(records);
  for (const k of cues) {
    const r = records[k]!;
    const field = fields.get(k);
    if (field === null) {
      refs.set(r.cueRef ?? r.ref!, null);
      continue;
    }
    // `Perusahaan juga menyatakan …`: the company named before, not one called `Perusahaan`.
    const kind = field ? null : kindNounOpeners(r.ref!);
    const meant = kind && !b.find(r.ref!.name!, false) ? latestOfKind(k, kind) : null;
    const e = meant ?? b.resolve(field ?? r.ref!, r.at);
    refs.set(r.cueRef ?? r.ref!, e);
    entities[k] = e ?? entities[k] ?? null;
  }
  // A lone name the running text gives before the cue that makes it an entity (`Kuasa hukum
  // warga, Darto, membantah …` … `kata Darto`) is a mention of that entity: a later `ia` may mean
  // it. Looked up exactly, never as a misspelling or a nickname.
  if (featureOn('cast.nameBeforeItsCue')) {
    const before = mentions.length;
    records.forEach((r, k) => {
      if (r.atCue || r.nickname || entities[k] || r.link !== 'refers') return;
      if (r.ref?.kind !== 'person' || !r.ref.name) return;
      const e = b.find(r.ref.name, false);
      if (!e || e.kind !== 'person') return;
      entities[k] = e;
      if (r.speakerLike && !isNonSpeakerName(e.name)) mentions.push(mentionOf(r, e));
    });
    if (mentions.length > before) mentions.sort((x, y) => x.at - y.at);
  }
  // `Sang ayah, Wagimin, …`: how a person is related, from the record that says it, whichever
  // record made the entity (the run, or a later cue).
  records.forEach((r, k) => {
    const e = entities[k];
    if (e?.kind === 'person' && r.ref?.relation && !e.relation) e.relation = r.ref.relation;
  });
  // `X adalah Ketua RT 05`: a role a clause of its own gives a person, the first in text order,
  // only when no mention gave one beside the name (predicate-role.ts). It is what the panel shows,
  // not a role the discourse model weighs: a copula presenting a person is its own feature there
  // (discourse.copularDescription).
  records.forEach((r, k) => {
    const e = entities[k];
    if (r.predicateRole && e?.kind === 'person' && !e.role && !e.relation && !e.predicated)
      e.predicated = r.predicateRole;
  });

  /**
   * The organisation opening with one of `openers` that the record latest before record `k` names
   * (cast/kind-noun.ts), or null.
   */
  function latestOfKind(k: number, openers: ReadonlySet<string>): DraftEntity | null {
    const at = records[k]!.at;
    let found: DraftEntity | null = null;
    let foundAt = -1;
    records.forEach((r, j) => {
      const e = entities[j];
      if (!e || r.at >= at || r.at <= foundAt || e.kind !== 'organization') return;
      if (!opensWith(e.name, openers)) return;
      found = e;
      foundAt = r.at;
    });
    return found;
  }

  /**
   * The latest person before nickname record `r`, given the nickname as an alias and, with
   * `lastWord` (cast.nicknameJoins), for a nickname of several words (`Ko Aseng`, `Coach RH`) its
   * last word, by which the article goes on calling the person (`ujar Aseng`); null when no other
   * person comes before it.
   */
  function nicknameOf(r: MentionRecord, lastWord: boolean): DraftEntity | null {
    const person = latestPerson(mentions, r.at);
    const name = r.ref!.name!;
    if (!person || person.name === name) return null;
    person.aliases.add(name);
    const words = name.split(' ');
    if (lastWord && words.length > 1) person.aliases.add(words[words.length - 1]!);
    return person;
  }

  /**
   * A running-text mention of `e`: alone, or with the names it is listed with (`X dan Y`, `A, B,
   * dan C`), each once.
   */
  function mentionOf(r: MentionRecord, e: DraftEntity): CastMention {
    const group: DraftEntity[] = [];
    for (const k of r.groupWith) {
      const m = entities[k];
      if (m && m !== e && !group.includes(m)) group.push(m);
    }
    const first = group.length ? firstMemberRecord(r) : null;
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
  function firstMemberRecord(r: MentionRecord): MentionRecord | null {
    if (!featureOn('cast.groupFirstRole') || isSubjectRole(r.sentenceRole)) return null;
    const head = records[r.groupWith[0]!];
    return head && isSubjectRole(head.sentenceRole) ? head : null;
  }

  // Every written form of each entity, one per mention, for the name they agree on; and the forms
  // a mention sets off after a comma or bracket, with no neighbour glued before them.
  const forms = new Map<DraftEntity, string[]>();
  const setOff = new Set<string>();
  records.forEach((r, k) => {
    const e = entities[k];
    if (!e || !r.ref?.name) return;
    if (writtenSetOff(r.text, r.ref.name)) setOff.add(r.ref.name);
    const list = forms.get(e);
    if (list) list.push(r.ref.name);
    else forms.set(e, [r.ref.name]);
  });
  const agreed = featureOn('cast.agreedName');
  const frozen = new Map<DraftEntity, Entity>(
    b.all.map(e => [
      e,
      freezeEntity(e, agreed ? agreedName(e.name, forms.get(e) ?? [], setOff) : e.name),
    ]),
  );
  const out = (e: DraftEntity | null | undefined) => (e ? frozen.get(e)! : null);
  return new Cast(
    b.all.map(out) as Entity[],
    records.map((r, k): CastRecord => Object.freeze({ ...r, entity: out(entities[k]) })),
    mentions.map(m =>
      Object.freeze({ ...m, entities: m.entities.map(e => out(e as DraftEntity)!) }),
    ),
    new Map([...refs].map(([ref, e]) => [ref, out(e)])),
  );
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

/** True when the span `text` writes `name` right after a comma, bracket or colon (`…, Nama`). */
function writtenSetOff(text: string, name: string): boolean {
  return text.endsWith(name) && /[,(:]\s*$/u.test(text.slice(0, text.length - name.length));
}

/** The latest single-person mention before `at`, subject or not (whose nickname follows). */
function latestPerson(mentions: readonly CastMention[], at: number): DraftEntity | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.at >= at) continue;
    if (m.entities.length === 1 && m.entities[0]!.kind === 'person')
      return m.entities[0] as DraftEntity;
  }
  return null;
}

/** A built entity made read-only under its agreed `name`, its aliases included. */
function freezeEntity(e: DraftEntity, name: string): Entity {
  const aliases = new Set([...e.aliases].filter(a => a !== name));
  return Object.freeze({
    name,
    role: e.role,
    kind: e.kind,
    aliases: frozenSet(aliases),
    tokens: Object.freeze([...e.tokens]),
    introducedAt: e.introducedAt,
    relation: e.relation ?? null,
    predicated: e.predicated ?? null,
  });
}

/** A set whose mutators throw: `Object.freeze` alone leaves a Set's contents writable. */
function frozenSet<T>(s: ReadonlySet<T>): ReadonlySet<T> {
  const out = new Set(s);
  const refuse = (): never => {
    throw new TypeError('the cast is frozen');
  };
  return Object.freeze(Object.assign(out, { add: refuse, delete: refuse, clear: refuse }));
}

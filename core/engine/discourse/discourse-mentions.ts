/**
 * The running text's person mentions as the discourse model reads them (cast.mentions, plus what
 * the records say about titles and descriptions).
 */
import type { DocIndex } from './doc-index';
import type { Cast } from '../cast/cast';
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import type { CastRecord, SentenceRole } from '../cast/mention-record';
import { featureOn } from '../features';
import { BRACKETED_AGE } from '../names/age-phrase';
import {
  COPULAS,
  EXISTENTIALS,
  ONE_OF_COUNTS,
  ONE_OF_OPENERS,
  ONE_OF_THEM,
} from '../../lexicon/pronouns';
import { lazyRegExp, startsLower } from '../text/chars';
import { isPossessedKin, leadIn } from './lead-in';
import { SPACE_RUNS, opensCommaDescription } from '../text/string-scans';
import { RANK_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { isPatientRole } from './patient-role';
import { countOf } from '../names/counted-description';
import { roleWordsOf } from '../cast/role-head';
import { joinedPairs } from './joined-pair';
import { companionGroups, frontedCompanionGroups } from './companions';
import type { IntroducedTitles } from './introduced-title';
import {
  definiteDescriptionAt,
  introducedUnnamed,
  introducedUnnamedPhrase,
  namedIntroduction,
} from './indefinite-intro';

/**
 * The cast's mentions as the discourse model reads them. Every clause-opening bare title
 * (`Kapolres menyebut …`, `Menteri Keuangan menegaskan …`) that a person introduced before it
 * holds is read as a mention of that person: the article calls them by their office once it has
 * named them, and a later `-nya` means them, not somebody unnamed. A name set off by commas right
 * after a role (`Manajer Pusat Pemuda X, Budi,`) or followed by a lowercase description between
 * commas (`Budi, pengamat pasar, …`, `Tom Baker, a trade analyst, …`) is marked `described`: the
 * article presents it as a source even when the cast did not tie that role to it — unless the role
 * is a victim's or a suspect's (`Korban, Siti Zubaidah (40), tinggal …`), who is talked about. A name after a
 * sentence-opening description and a comma keeps that description as its `leadIn` (lead-in.ts).
 * Two people named side by side in a shape the cast does not list (`A/B`, `A (56) dan adiknya,
 * B`) are also one pair mention (joined-pair.ts). `texts`: the paragraphs' texts by index;
 * `introduced`, when given, finds a title's holder the cast's roles do not (introduced-title.ts).
 */
export function discourseMentions(
  cast: Cast,
  doc: DocIndex,
  introduced?: IntroducedTitles,
): readonly CastMention[] {
  const { texts } = doc;
  const held = new Map<Pos, { e: Entity; role: SentenceRole; with?: Entity }>();
  /** Clause-opening descriptions of somebody brought in unnamed, with their sentence role. */
  const unnamedBack = new Map<Pos, SentenceRole>();
  const described = new Set<Pos>();
  const leadIns = new Map<Pos, string>();
  const titles = featureOn('discourse.titleHolder');
  const spokenFor = featureOn('discourse.leadIn');
  let prev: CastRecord | null = null;
  /** The latest person record before the one read. */
  let person: CastRecord | null = null;
  const records = cast.records;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    // `Suaminya, seorang sopir, …`: an unnamed person's lead-in too, to tell a source's relative.
    if (spokenFor && ((r.kind === 'person' && r.entity) || unnamedKin(r))) {
      const words = leadIn(texts.get(paragraphOf(r.at)) ?? '', offsetOf(r.at));
      if (words) leadIns.set(r.at, words);
    }
    const before = person;
    if (r.kind === 'person' && r.entity) person = r;
    if (r.atCue) continue;
    const roleBefore = prev?.ref?.role && prev.end + 2 === r.at ? prev.ref.role : null;
    if (
      r.ref?.name &&
      ((roleBefore && !isPatientRole(roleBefore)) ||
        descriptionAfter(r, texts) ||
        existentialBefore(r, doc))
    )
      described.add(r.at);
    prev = r;
    if (!titles || !r.opensClause || (r.kind !== 'title' && r.kind !== 'unnamed')) continue;
    const title = r.ref?.role ?? r.text;
    if (!namesOffice(title)) continue;
    const pair = titlePairHolders(cast, r, title);
    if (pair) {
      held.set(r.at, { e: pair[0], role: r.sentenceRole, with: pair[1] });
      continue;
    }
    // `Pedagang jagung bakar tadi kembali …` after `Seorang pedagang jagung bakar … mengungkapkan`:
    // the description means the one brought in unnamed, not a holder of a role with its head in
    // it (`pedagang rujak`), as at a cue (discourse.unnamedBeforeRole; discourse.unnamedBackSubject).
    if (backToUnnamed(doc, r)) {
      unnamedBack.set(r.at, r.sentenceRole);
      continue;
    }
    const e = cast.byTitle(title, r.at) ?? introduced?.holder(title, r.at) ?? null;
    if (
      e &&
      e.kind === 'person' &&
      e.introducedAt < r.at &&
      !ownAppositive(e, r, before, texts) &&
      !opensNextRole(r, records, i)
    )
      held.set(r.at, { e, role: r.sentenceRole });
  }
  const out: CastMention[] = [];
  const counted = countedHolders(cast);
  /**
   * The paragraph of the mention before when it was one person presented as a source opening
   * their clause, else -1.
   */
  let sourcePara = -1;
  /** Where the unnamed introduction a copula names stands (namedIntroduction). */
  let intro: Pos;
  for (const m of cast.mentions) {
    // A counted description is its holders, or (as many as it counts not found) no group of
    // its own: the model then finds the people just heard from (lastPeople).
    if (counted.has(m.at)) {
      const group = counted.get(m.at);
      if (group) out.push(group);
      sourcePara = -1;
      continue;
    }
    const h = m.entities.length ? undefined : held.get(m.at);
    if (h) held.delete(m.at);
    const lead = leadIns.get(m.at);
    // `X (47), guru di desa itu, … . Suaminya, Z, bekerja …`: the source's relative, presented by neither.
    const para = paragraphOf(m.at);
    const relative: boolean =
      sourcePara >= para - 1 && !!lead && m.role !== 'cueSubject' && kinOfSource(lead);
    const d: boolean = described.has(m.at) && !relative;
    const words = lead;
    const source = m.subject && m.entities.length === 1 && (d || (!!words && !relative));
    sourcePara = source ? para : -1;
    if (h) out.push({ at: m.at, entities: holders(h), subject: m.subject, role: h.role });
    else if (m.entities.length === 1 && (intro = namedIntroduction(doc, m.at)) >= 0) {
      // `Lelaki itu adalah X`: the person brought in unnamed, named here, the clause's subject.
      out.push({ ...m, subject: true, role: 'subject', described: true });
      nameUnnamedAt(out, m, intro, doc);
      sourcePara = para;
    } else if (d || words) {
      // One copy with its fields set, not a spread per field (two more objects per mention).
      const copy: { -readonly [K in keyof CastMention]: CastMention[K] } = { ...m };
      if (d) copy.described = true;
      if (words) copy.leadIn = words;
      if (relative) copy.relative = true;
      out.push(copy);
    } else out.push(m);
  }
  for (const [at, h] of held) out.push({ at, entities: holders(h), subject: true, role: h.role });
  for (const [at, role] of unnamedBack) {
    // An unnamed record (`Jaksa itu …`) made its own mention in the cast: that one is flagged.
    const k = out.findIndex(m => m.at === at && !m.entities.length);
    const back: CastMention = {
      at,
      entities: [],
      subject: true,
      role,
      unnamed: true,
      backToUnnamed: true,
    };
    if (k >= 0) out[k] = back;
    else out.push(back);
  }
  const named = personNamed(cast);
  if (featureOn('discourse.joinedPair')) out.push(...joinedPairs(cast.records, texts, named));

  out.push(...companionGroups(cast.records, doc, named));
  out.push(...frontedCompanionGroups(cast.records, doc, named));
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The unnamed subject in `out` that the introduction at `intro` made (`Seorang lelaki …`, its head at
 * `intro`, in that head's sentence) becomes a mention of the person `m` names (`Lelaki itu adalah
 * X`): the one brought in unnamed was X all along.
 */
function nameUnnamedAt(out: CastMention[], m: CastMention, intro: Pos, doc: DocIndex): void {
  const sentence = doc.sentence(intro);
  for (let k = out.length - 2; k >= 0; k--) {
    const u = out[k]!;
    if (u.at < intro && doc.sentence(u.at) < sentence) return;
    if (!u.unnamed || u.entities.length || doc.sentence(u.at) !== sentence) continue;
    out[k] = { ...u, entities: m.entities, unnamed: false, described: true };
    return;
  }
}

/**
 * True when title record `r`, held by `e`, stands inside the description set off after `e`'s own
 * name (`Budi, warga Desa X, sudah …`: `Desa X` is the role the cast read for Budi): the same
 * mention's description, not a clause the title opens. Only a comma and lowercase words lie
 * between the name and the title.
 */
function ownAppositive(
  e: Entity,
  r: CastRecord,
  person: CastRecord | null,
  texts: ReadonlyMap<number, string>,
): boolean {
  if (person?.entity !== e || paragraphOf(person.end) !== paragraphOf(r.at)) return false;
  const between = (texts.get(paragraphOf(r.at)) ?? '').slice(offsetOf(person.end), offsetOf(r.at));
  if (ownAppositiveShape().test(between)) return featureOn('discourse.ownAppositiveTitle');
  // `Budi (41), warga Desa X`: an age between the name and its comma is the same mention's, as
  // the cast reads it (its own switch, so either form can be measured without the other).
  return featureOn('cast.agedAppositiveRole') && agedAppositiveShape().test(between);
}

/** A comma and lowercase words between a name and a title inside its own description. */
const ownAppositiveShape = lazyRegExp(() => /^,(?:\s+\p{Ll}[\p{Ll}-]*)*\s+$/u);
/** The same, with an age in brackets before the comma (`(41), warga …`). */
const agedAppositiveShape = lazyRegExp(
  () => new RegExp(`^(?:\\s*${BRACKETED_AGE})?,(?:\\s+\\p{Ll}[\\p{Ll}-]*)*\\s+$`, 'u'),
);

/** Most characters between a title's start and the name its role is set off before. */
const MAX_ROLE_SPAN = 120;

/**
 * True when title record `r` (at `i` of `records`) opens the role of the next person named in its
 * paragraph (`Wakil Ketua Komisi B DPRD asal dapil X, Nama, menyoroti …`): the cast read that
 * person's role from these very words, so the title presents somebody new who holds the same office
 * as a person named before; it is no mention of that earlier holder (discourse.titleOpensNextRole).
 */
function opensNextRole(r: CastRecord, records: readonly CastRecord[], i: number): boolean {
  if (!featureOn('discourse.titleOpensNextRole')) return false;
  const title = r.ref?.role ?? r.text;
  for (let k = i + 1; k < records.length; k++) {
    const n = records[k]!;
    if (n.atCue) continue;
    if (paragraphOf(n.at) !== paragraphOf(r.at) || n.at - r.at > MAX_ROLE_SPAN) return false;
    if (n.kind !== 'person') continue;
    const role = n.ref?.role ?? '';
    return !!n.ref?.name && role.length > title.length && role.startsWith(title);
  }
  return false;
}

/**
 * True when `title` writes an office: a role head or a rank in it (`Kapolres`, `Pelatih Persiba`,
 * `Jenderal`). A bare
 * organisation's name (`Persiba Lembah unggul …`) is the team or body acting, not the holder of
 * an office in it, whose role the cast may spell with the same words (discourse.titleNeedsOffice).
 */
function namesOffice(title: string): boolean {
  if (!featureOn('discourse.titleNeedsOffice')) return true;
  return title.split(SPACE_RUNS).some(w => {
    const lw = w.toLowerCase();
    return ROLE_HEAD_SET.has(lw) || RANK_SET.has(lw);
  });
}

/** A title mention's holder, and the second title's joined to it (titlePairHolders). */
const holders = (h: { e: Entity; with?: Entity }): Entity[] => (h.with ? [h.e, h.with] : [h.e]);

/**
 * `Dirjen dan Direktur sama-sama mengingatkan …`: a title record opening its clause that joins
 * two bare titles by `dan`, each held by a different person introduced before it: both holders,
 * one mention a later `keduanya` means (discourse.titlePair); null otherwise.
 */
function titlePairHolders(cast: Cast, r: CastRecord, title: string): [Entity, Entity] | null {
  if (!featureOn('discourse.titlePair')) return null;
  const parts = title.split(' dan ');
  if (parts.length !== 2) return null;
  const [a, b] = parts.map(part => cast.byTitle(part, r.at));
  const held = (e: Entity | null | undefined): e is Entity =>
    !!e && e.kind === 'person' && e.introducedAt < r.at;
  return held(a) && held(b) && a !== b ? [a, b] : null;
}

/** True when title record `r` describes a person the article brought in unnamed (indefinite-intro.ts). */
function backToUnnamed(doc: DocIndex, r: CastRecord): boolean {
  if (!featureOn('discourse.unnamedBackSubject')) return false;
  // A head with its modifiers (`pedagang jagung bakar`) is matched whole: `pedagang rujak itu`
  // still means the named trader with that role though an unnamed trader came in since.
  const phrase = definiteDescriptionAt(doc, r.at);
  if (phrase?.includes(' ')) return introducedUnnamedPhrase(doc, phrase, r.at);
  return introducedUnnamed(doc, r.ref?.role ?? r.text, r.at);
}

/**
 * True when an existential comes right before record `r` (`Di antara pengungsi itu ada X (70)`),
 * a phrase picking one out of a group (`Salah satunya X`, lexicon/pronouns.ts ONE_OF_THEM), or a
 * copula after one (`Salah satu karyawan itu adalah X`): the writer brings the person in
 * to tell of them, a source as one presented by a description is.
 */
function existentialBefore(r: CastRecord, doc: DocIndex): boolean {
  const { texts } = doc;
  const before = (texts.get(paragraphOf(r.at)) ?? '').slice(
    Math.max(0, offsetOf(r.at) - 12),
    offsetOf(r.at),
  );
  if (!before.endsWith(' ')) return false;
  const words = before.trimEnd().split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  return (
    (EXISTENTIALS.has(last) && featureOn('discourse.existentialSubject')) ||
    (ONE_OF_THEM.has(last) && featureOn('discourse.oneOfThem')) ||
    (COPULAS.has(last) && pickedOutByCopula(r, doc))
  );
}

/**
 * `Salah satu karyawan itu adalah X`: a copula after a phrase picking one out of a group presents
 * X as that one, as `Salah satunya X` does (discourse.copularPresented). Any other copula may name
 * somebody only talked of (`Calon yang diusung adalah X`).
 */
function pickedOutByCopula(r: CastRecord, doc: DocIndex): boolean {
  if (!featureOn('discourse.copularPresented')) return false;
  const text = doc.texts.get(paragraphOf(r.at)) ?? '';
  const opening = text.slice(doc.sentenceStart(r.at), offsetOf(r.at)).trimStart();
  const [opener, count] = opening.toLowerCase().split(SPACE_RUNS);
  return ONE_OF_OPENERS.has(opener ?? '') && ONE_OF_COUNTS.has(count ?? '');
}

/** True when a lowercase description between commas follows record `r`. */
function descriptionAfter(r: CastRecord, texts: ReadonlyMap<number, string>): boolean {
  const text = texts.get(paragraphOf(r.end)) ?? '';
  const at =
    offsetOf(r.end) +
    (featureOn('discourse.describedAfterAge') ? ageNoteAt(text, offsetOf(r.end)) : 0);
  // `, pengamat pasar dari X,` / `, a trade analyst,`: a lowercase description closed by a comma.
  return opensCommaDescription(text.slice(at, at + 90)) || copularDescription(text, at);
}

/**
 * True when a copula and a lowercase noun follow the name at `at` (`Budi adalah pensiunan guru`,
 * `Sari merupakan pedagang sayur`): the writer presents the person by what they are, as a
 * description between commas does.
 */
function copularDescription(text: string, at: number): boolean {
  if (!featureOn('discourse.copularDescription') || text[at] !== ' ') return false;
  const [copula, noun] = text.slice(at + 1, at + 40).split(' ');
  return !!copula && COPULAS.has(copula) && !!noun && startsLower(noun);
}

/**
 * The length of an age or a short bracketed note right after a name (` (45)`, ` (45 tahun)`), which
 * the description after it still follows (`Sumiati (45), pedagang sayur, …`); 0 when there is none.
 */
function ageNoteAt(text: string, at: number): number {
  if (text[at] !== ' ' || text[at + 1] !== '(') return 0;
  const close = text.indexOf(')', at + 2);
  return close > 0 && close - at <= 16 ? close + 1 - at : 0;
}

/**
 * The person of `cast` called `name` in full or by an alias, if exactly one is. The people are
 * filed by every name they go by on the first ask: a search of the whole cast per name grew with
 * names × people in a long text of many people.
 */
function personNamed(cast: Cast): (name: string) => Entity | null {
  let byName: Map<string, Entity[]> | null = null;
  return name => {
    if (!byName) {
      byName = new Map();
      for (const e of cast.all) {
        if (e.kind !== 'person') continue;
        for (const n of new Set([e.name, ...e.aliases])) {
          const list = byName.get(n);
          if (list) list.push(e);
          else byName.set(n, [e]);
        }
      }
    }
    const found = byName.get(name);
    return found?.length === 1 ? found[0]! : null;
  };
}

/**
 * `Dua pelatih itu sempat bersitegang …`: a counted description of an office (names/
 * counted-description.ts) is one group mention of the people introduced before it whose roles
 * hold its words, when there are exactly as many as it counts (names.countedHolders); null, by
 * the record's place, when there are not.
 */
function countedHolders(cast: Cast): Map<Pos, CastMention | null> {
  const out = new Map<Pos, CastMention | null>();
  for (const r of cast.records) {
    if (r.kind !== 'group' || !r.ref?.role || r.atCue) continue;
    const count = countOf(r.text.split(' ', 1)[0]!);
    if (!count) continue;
    const words = r.ref.role.split(' ');
    const holders = cast.all.filter(
      e =>
        e.kind === 'person' &&
        e.introducedAt < r.at &&
        !!e.role &&
        words.every(w => roleWordsOf(e.role!).has(w)),
    );
    const found = holders.length > count ? headedBy(holders, words) : holders;
    const held = found.length === count;
    out.set(r.at, held ? { at: r.at, entities: found, subject: true, role: r.sentenceRole } : null);
  }
  return out;
}

/**
 * The `holders` whose role opens with the counted `words` (`Kedua pelatih` after `Pelatih A`,
 * `pelatih B` and `Asisten pelatih C`: the two coaches, not the assistant, whose role's head is
 * another word), when more hold the words than the description counts
 * (discourse.countedHeadHolders); all of them otherwise.
 */
function headedBy(holders: readonly Entity[], words: readonly string[]): readonly Entity[] {
  if (!featureOn('discourse.countedHeadHolders')) return holders;
  const head = words.map(w => w.toLowerCase());
  return holders.filter(e => {
    const role = e.role!.toLowerCase().split(SPACE_RUNS);
    return head.every((w, n) => role[n] === w);
  });
}

/** An unnamed record whose lead-in may be a possessed kin noun (discourse.unnamedKinTalked). */
const unnamedKin = (r: CastRecord): boolean =>
  r.kind === 'unnamed' && featureOn('discourse.unnamedKinTalked');

/**
 * `X (47), guru di desa itu, … . Suaminya, Z, bekerja di kota`: kin owned by `-nya` right after a
 * person presented as a source (in the same paragraph or the one before) is that source's
 * relative, not a source of its own (discourse.kinLeadNoSource): doing something other than
 * reporting (a reporting subject is a source as ever), Z is talked about, and X stays the topic a
 * `-nya` means. After a victim or a possessor (`Rumah X hanyut. Istrinya, Z, …`) the kin is who
 * the article turns to (discourse.kinLeadIn).
 */
const kinOfSource = (lead: string): boolean =>
  isPossessedKin(lead) && featureOn('discourse.kinLeadNoSource');

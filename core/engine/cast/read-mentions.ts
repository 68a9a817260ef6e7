/**
 * The one reading of the article's mentions (mention-record.ts): every capitalised run outside
 * quotes and every unnamed subject in the running text (read before any quote is found, so the
 * cue readers look these readings up: names/name-reading.ts), then the speaker mention read at
 * each quote's cue. Nothing is resolved here; the cast is built from the records (build-cast.ts).
 */
import type { BodyParagraph, Candidate } from '../candidate';
import { featureOn } from '../features';
import { pos } from './entity';
import { agedAt } from './aged-name';
import { calledAt } from './called-name';
import { isCapitalised, tokenize, type Token } from '../text/text';
import { readAppositive } from '../names/appositive-after';
import { quotedTokens } from '../text/quoted-tokens';
import { namesInstitution } from '../names/described-subject';
import {
  initialSpellingWordAt,
  isRunToken,
  openerWordAt,
  balineseArticleOpensRun,
  readRun,
  walkRunBack,
} from '../names/name-run';
import { NameList, type ListedRun } from './name-list';
import type { NamedRef } from '../names/name-split';
import type { ReadingContext } from '../names/reading-context';
import { readName, readingsOf } from '../names/name-reading';
import { rolePrefixStart } from '../names/role-prefix';
import { closedApposition } from '../names/closed-apposition';
import {
  hardNonName,
  isOneCapital,
  knownPlace,
  namesPerson,
  type ArticleEvidence,
} from '../names/name-model';
import type { Mention } from '../names/mention';
import { namesDescription, unnamedSubjectAt } from '../names/unnamed-subject';
import {
  PLACE_TAKING_SET,
  RANK_SET,
  ROLE_HEAD_SET,
  ROLE_LINKS,
  ROLE_WORD_SET,
} from '../../lexicon/roles';
import { standingOf } from './standing-description';
import { pointedOffice } from './pointed-office';
import { LISTED_COUNTS, MEMBER_NOUNS } from '../../lexicon/pronouns';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { isFacilityName, isNonSpeakerRun, isPublication } from './non-speaker';
import { NO_GROUP, type MentionKind, type MentionRecord } from './mention-record';
import { caselessKey, dropFinalDot, startsLower } from '../text/chars';
import { opensGroup, pastLowerRoles, runRole, unnamedSubjectKind } from './sentence-role';
import { partitionPoint } from '../text/partition-point';
import {
  HONORIFIC_SET,
  LOWERCASE_TITLE_SET,
  SHORT_TITLES,
  TITLES_SPELLING_WORDS,
  isDegree,
} from '../../lexicon/honorifics';

const SHORT_TITLE_SET: ReadonlySet<string> = new Set(SHORT_TITLES);
import { nicknameAfter, nicknameBefore } from './nickname-cue';
import { isRoleAfterName } from './role-after-name';
import { predicateRole } from './predicate-role';
import { CLAUSE_BREAKS } from '../text/sentence-start';
import {
  joinedKinAt,
  kinBeforeName,
  kinOwnedRole,
  qualifiedKinBeforeName,
} from './kin-before-name';
import { closesAfterName, descriptionBeforeName, listedDescription } from './role-description';
import { spelledRoleBefore } from './spelled-role';
import { joinedOrgFrom } from '../names/joined-org';
import { capacityAfterName } from '../names/capacity-after-name';
import { roleOfDescription } from '../names/role-before-relative';
import { roleBeforeNamingWord } from '../names/role-before-naming';
import { sportEventRole } from '../names/sport-event-role';
import { sharedOfficeRole } from './shared-office';
import { fieldListHead, fieldListOfficeFrom } from '../names/field-list-office';
import { originAfterName, withOrigin } from '../names/origin-after-name';
import { SPACE_RUNS } from '../text/string-scans';

/**
 * The running text's records with each span read at a cue too replaced by one record: the cue's
 * reading (it knows where the speaker phrase starts and ends) with the running text's place in the
 * clause and in the cast. Cue records no running-text record overlaps stay as they are, after.
 */
export function oneReadingPerSpan(
  text: readonly MentionRecord[],
  cue: readonly MentionRecord[],
): MentionRecord[] {
  const out = [...text];
  const rest: MentionRecord[] = [];
  for (const c of cue) {
    const k = c.ref?.name ? sameSpan(out, c) : -1;
    if (k < 0) {
      rest.push(c);
      continue;
    }
    const t = out[k]!;
    out[k] = {
      ...c,
      ref: agreedReading(c.ref!, t.ref!),
      link: t.link,
      opensClause: t.opensClause,
      speakerLike: t.speakerLike,
      groupWith: t.groupWith,
      nickname: t.nickname,
      predicateRole: t.predicateRole ?? null,
    };
  }
  return [...out, ...rest];
}

/**
 * One reading of a span read both at a cue and in the running text: the cue's name (it knows where
 * the speaker phrase starts), with the role and alias the running text read before it when the
 * cue read none or only its end (`Direktur Jenderal Pajak (Dirjen Pajak) X Y mengatakan`, whose
 * cue reading starts after the bracket).
 */
function agreedReading(cue: NamedRef, text: NamedRef): NamedRef {
  const same = !!text.name && !!cue.name && text.name.endsWith(cue.name);
  if (!same) return cue;
  // A role the cue read only the end of (`Riau Irjen`) is the running text's fuller one.
  const fuller = !cue.role || (!!text.role && text.role.endsWith(cue.role));
  const merged = { ...cue, role: fuller ? text.role : cue.role, alias: cue.alias ?? text.alias };
  // `Sang ayah, X, berharap …`: how the running text relates X is kept when the cue reads X too.
  const relation = featureOn('cast.relationAtCue') ? (cue.relation ?? text.relation) : null;
  return relation ? { ...merged, relation } : merged;
}

/** The running-text record that reads the same name as cue record `c`, or -1. */
function sameSpan(text: readonly MentionRecord[], c: MentionRecord): number {
  // Records are in text order and never overlap: the first one ending after the cue's start.
  const lo = partitionPoint(text, t => t.end <= c.at);
  const last = c.ref!.name!.split(SPACE_RUNS).pop()!;
  for (let k = lo; k < text.length && text[k]!.at < c.end; k++) {
    const t = text[k]!;
    if (!t.atCue && t.ref?.name && t.text.includes(last)) return k;
  }
  return -1;
}

/** The run a paragraph read last: its tokens `[start, end)` and its record's index. */
type LastRun = { readonly start: number; readonly end: number; readonly record: number };

/**
 * A paragraph being read (its words: ReadingContext), with the records read so far and the run
 * read last, which the readers of a role before a name's comma look back at.
 */
interface ParagraphSoFar extends ReadingContext {
  readonly out: readonly MentionRecord[];
  readonly last: LastRun | null;
}

/** The running text's mentions: capitalised runs and unnamed subjects outside quotes. */
export function textMentions(
  body: readonly BodyParagraph[],
  evidence: ArticleEvidence,
): MentionRecord[] {
  const out: MentionRecord[] = [];
  for (const p of body) {
    const t = p.tokens;
    const quoted = quotedTokens(p);
    const ctx: ReadingContext = { toks: t, text: p.text, evidence };
    let lastRun: LastRun | null = null;
    const list = new NameList();
    let openerAt = -2;
    for (let i = 0; i < t.length; i++) {
      // An unnamed subject (`Para menteri …`, `Seorang ibu …`): a later `mereka`/`-nya` may mean it.
      const unnamed = quoted[i] ? null : unnamedSubject(t, i);
      if (unnamed) {
        out.push(unnamedRecord(p, t[i]!, unnamed === 'group'));
        continue;
      }
      // `Kepala desa Lalu Rusdi Harmaen hadir`: a regional opener spelling a common word opens the run.
      // So does an initial spelling a word (`A. Dahlan Iskandar`).
      // So does a Balinese name's article `I` (`I Wayan Sudarsa …`), which is no run word.
      const balinese = balineseArticleOpensRun(t, i);
      if (
        (!isRunToken(t[i]) && !openerWordAt(t, i) && !initialSpellingWordAt(t, i) && !balinese) ||
        quoted[i]
      )
        continue;
      // `Dikatakan Ustaz X`, `However Rudi …`: a cue or function word opening a run is no part of
      // the mention (the name model never starts a name there), so the record starts after it.
      // Where the clause position is read: the opener's place (`. However Rudi` opens a clause).
      if (hardNonName(t[i]!.text) && isRunToken(t[i + 1]) && !openerWordAt(t, i) && !balinese) {
        openerAt = i;
        continue;
      }
      const clauseAt = openerAt === i - 1 ? openerAt : i;
      // `Organisasi Pangan dan Pertanian (FAO) …`: one organisation across its joining word.
      // `Kepala Dinas Pemuda, Olahraga dan Pariwisata X Rina …`: one office across its field list.
      const listed = fieldListFrom(ctx, i);
      const joined = joinedOrgFrom(t, i, p.text, evidence) ?? listed;
      const end = joined?.end ?? readRun(t, i);
      if (end === i) continue;
      // `dr. Rina Kartika, Sp.P, MPH, …`: a run that spells one degree alone (the tokenizer splits
      // `Sp.P`) mentions nobody; read as a run, it became the role of the name before its comma.
      if (degreeAlone(t, i, end, p.text)) {
        i = end - 1;
        continue;
      }
      // A field list's span holds commas: a cue reader walking back reads it in group-subject.ts.
      if (!listed) readingsOf(evidence)?.keepRun(t, i, end);
      // `di Mapolres X, Cibinong.`: a lone word the article uses as a place mentions no one.
      if (end === i + 1 && townAlone(t[i]!.text, evidence)) continue;
      const own = roleBeforeClosedName(joined?.ref ?? readRunWithRole(ctx, i, end), ctx, end);
      // Whether the run is the role of the person before its comma is read from the run's own
      // words; a role found before that comma belongs to this run's person instead.
      const appositive = isRoleAfterName(own, t, i, end, personEnd(out, lastRun), evidence);
      let read = appositive
        ? own
        : withOriginAfter(
            withRoleBefore(own, [openedStart(t, titledStart(t, i)), end], {
              toks: t,
              text: p.text,
              evidence,
              out,
              last: lastRun,
            }),
            t,
            end,
            p.text,
          );
      if (appositive) giveRole(out, lastRun!.record, read);
      // `Pejabat itu, X, …` after an office that spoke unnamed: that office is X's role.
      if (!appositive && read.kind === 'person' && read.name && !read.role) {
        const office = pointedOffice(p, i, body);
        if (office) read = { ...read, role: office };
      }
      const runText = p.text.slice(t[i]!.start, t[end - 1]!.end);
      const before = p.text.slice(Math.max(0, t[i]!.start - 24), t[i]!.start);
      const after = p.text.slice(t[end - 1]!.end, t[end - 1]!.end + 24);
      const nicknamed = nicknameBefore(before) || nicknameAfter(after);
      const ref = appositive
        ? { ...read, name: null, role: roleText(read) }
        : wholeNickname(read, runText, nicknamed);
      const subject = isSubjectPosition(t, clauseAt);
      const person = ref.kind === 'person' && !!ref.name;
      const members = list.joinedBy(t, i, person);
      // Only a pair or list that opens the clause is a subject: one in a list of objects
      // (`… adalah X dan Y`) is not who `mereka` means next.
      const opens = members.length ? isSubjectPosition(t, members[0]!.start) : subject;
      // One literal with every field (in base's order), not a spread of base's object: spreading
      // then adding fields was the costliest line of a long text's reading.
      const { at, end: endAt, text } = base(p, t[i]!, t[end - 1]!);
      out.push({
        at,
        end: endAt,
        text,
        groupWith: members.map(m => m.record),
        nickname: !!ref.name && nicknamed,
        plural: false,
        kind: runKind(ref, evidence),
        sentenceRole: runRole(p.text, t, i, end, opens, personEnd(out, lastRun)),
        ref,
        cueRef: null,
        link: runLink(ref, t, i, end, p.text),
        atCue: false,
        opensClause: opens,
        // The entity's own name is checked too when the cast is built (build-cast.ts).
        speakerLike: !isNonSpeakerRun(runText) && !isPublication(p.text, t[i]!.start),
        // The name opening its run (`Istri Budi adalah guru` is about the wife) may be the subject.
        predicateRole:
          person && !ref.role
            ? predicateRole(t, [i, end], p.text, subject && runText.startsWith(ref.name!))
            : null,
      });
      // One object is the last run and the list's entry (neither changes it), not a copy for each.
      const run: ListedRun = { start: i, end, record: out.length - 1, person };
      lastRun = run;
      list.add(t, run);
      i = end - 1;
    }
  }
  return out;
}

/** The field-list office (names/field-list-office.ts) whose head run starts at token `i`, or null. */
function fieldListFrom(ctx: ReadingContext, i: number): { end: number; ref: NamedRef } | null {
  const runEnd = readRun(ctx.toks, i);
  return ctx.toks[runEnd]?.text === ',' ? fieldListOfficeFrom(ctx, i, runEnd) : null;
}

/**
 * `… diterima Kepala Dinas Perikanan (Diskan) Kota Baru, Sugeng Haryadi.`: a role run (its first
 * word a role head) set off by one comma right before a person's name is that person's role, so a
 * later bare title (`Kadis menambahkan`, `kata Kepala Diskan`) finds its holder. `ref` is the
 * name's reading, `[i, end)` its tokens, read with the paragraph so far.
 */
function withRoleBefore(
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
  if (ref.role && own && rankOnly(ref.role))
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
  if (ref.role !== appositiveAfter(read.toks, end, read.text)) return ref;
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
): string | null {
  if (!featureOn('cast.fieldListRoleBeforeComma')) return null;
  const from = fieldListHead(t, last.start);
  if (from < 0 || !ROLE_HEAD_SET.has(t[from]!.lower)) return null;
  // `Kepala Dinas A, B, dan C (DABC) Kabupaten X, NAMA`: a list closed by the acronym that spells
  // it is the spelled-role reading's (spelled-role.ts, cast.spelledRole), checked against the
  // acronym's letters; this one reads the lists no acronym spells.
  for (let k = from; k < last.end; k++) if (t[k]!.text.startsWith('(')) return null;
  return text.slice(t[from]!.start, t[last.end - 1]!.end);
}

/**
 * `ref` with the origin written after its name (`Abdul (71) asal Desa X`) added to its role, or
 * for a person with no role, the capacity they speak in (`Rina selaku kuasa hukum korban
 * mengatakan`) as the role.
 */
function withOriginAfter(ref: NamedRef, t: readonly Token[], end: number, text: string): NamedRef {
  if (ref.kind !== 'person' || !ref.name) return ref;
  const origin = originAfterName(t, end, text);
  if (origin) return { ...ref, role: withOrigin(ref.role, origin) };
  const capacity = ref.role ? null : capacityAfterName(t, end, text);
  return capacity ? { ...ref, role: capacity } : ref;
}

/**
 * `Kepala Dinas X, dr Rina Sari, …`: a lowercase medical title between a role's comma and the name
 * (outside the capitalised run) stands before the name, so the role before the comma is read as if
 * the run began at the title. The index the run is read from: the title's, or `i`.
 */
function titledStart(t: readonly Token[], i: number): number {
  if (!featureOn('cast.titleAfterRoleComma')) return i;
  return titledAt(t, i - 1) && t[i - 2]?.text === ',' ? i - 1 : i;
}

/**
 * `Kepala Dinas X, A. Rina Sari, …`, `Ketua Fraksi X, Lalu Budi, …`, `…, Hj. A. Rina, …`: an
 * initial that spells a function word (`A`) or a title that spells a common word (the Sasak
 * `Lalu`), titles written short before it, stand between the role's comma and the run of the
 * name, outside it; the role before the comma is read as if the run began at them. The index the
 * role is read from: the first of them right after a comma, or `i`.
 */
function openedStart(t: readonly Token[], i: number): number {
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

/**
 * True when `w`, read alone as a run, is a word the article uses as a place and never alone for a
 * speaker (names.placeAfterSpeaker): no person's record is made of it.
 */
const townAlone = (w: string, evidence: ArticleEvidence): boolean =>
  !!evidence.places?.has(w) && !evidence.has(w) && featureOn('names.placeAfterSpeaker');

/** True when token `k` is a lowercase medical title (`dr`, `drg.`), never a run's first word. */
function titledAt(t: readonly Token[], k: number): boolean {
  const title = t[k];
  return !!title && LOWERCASE_TITLE_SET.has(dropFinalDot(title.text));
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

/** True when every word of `role` is a police or military rank (`Letkol Inf`, `AKBP`). */
function rankOnly(role: string): boolean {
  return role.split(SPACE_RUNS).every(w => RANK_SET.has(dropFinalDot(w.toLowerCase())));
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
  const relation = kinBeforeName(t, i, text, closes) ?? qualifiedKinBeforeName(t, i, text, closes);
  // `Kakak kandung korban, X`: the role head found (`korban`) is whose kin X is, not what X is.
  if (role && !(relation && ownsKin(relation, role))) return { ...ref, role };
  return relation ? { ...ref, relation } : ref;
}

/** True when kin phrase `relation` ends in the description `role` as the kin's owner. */
function ownsKin(relation: string, role: string): boolean {
  return (
    featureOn('cast.kinOwnerNotRole') && relation.length > role.length && relation.endsWith(role)
  );
}

/**
 * The reading of the run at tokens [i, end), read with the lowercase role before it (`jaksa
 * Hartono`, `politikus Partai X Budi`) when that role has a head and only adds a role to the same
 * person: the span a cue before or after it reads too (names/role-prefix.ts). The record's span
 * stays the run (where the clause position is read); only its reading holds the role. Lowercase
 * organisation words (`bank X`, `pemerintah X`) stay out of an organisation's name.
 */
function readRunWithRole(ctx: ReadingContext, i: number, end: number): NamedRef {
  const { toks: t, text, evidence } = ctx;
  const ref = readName(t, i, end, text, evidence);
  const from = rolePrefixStart(t, i);
  if (ref.kind === 'person' && ref.name && !ref.role) {
    const role =
      appositiveAfter(t, end, text) ??
      roleBeforeNamingWord(t, i, text) ??
      sportEventRole(t, i, text);
    if (role) return { ...ref, role };
  }
  if (from === i || ref.kind !== 'person' || !ref.name) return ref;
  if (!t.slice(from, i).some(w => ROLE_HEAD_SET.has(w.lower))) return ref;
  const withRole = readName(t, from, end, text, evidence);
  return withRole.kind === 'person' && withRole.name === ref.name ? withRole : ref;
}

/**
 * `Agus Wiratmaja, pelatih tim itu, memuji …`, `Mark Ellison, the team's coach, praised …`: a role
 * set off by commas right after a name is that person's role, so a later bare title (`sang
 * pelatih`, `the coach`) finds its holder. The appositive (names/appositive-after.ts) is a role
 * when a lowercase head opens it (after `the`); null otherwise.
 */
function appositiveAfter(t: readonly Token[], end: number, text: string): string | null {
  const a = readAppositive(text, t[end - 1]!.end);
  if (!a || a.note || (a.age === 'alone' && !featureOn('cast.ageAloneAppositiveRole'))) return null;
  // `Dewi (39), warga …`: an age between the name and its comma describes the same person, and
  // after it the name and role are a person's introduction, so the role may end its sentence.
  // Each form has its own switch, so either can be measured without the other. An age alone
  // between commas (`Sutrisno, 52 tahun, guru …,`) is the same introduction (its own switch).
  const aged = a.age !== null;
  if (!featureOn(a.age === 'bracketed' ? 'cast.agedAppositiveRole' : 'cast.appositiveRole'))
    return null;
  const standing = standingOf(a.text.split(' '));
  const role = standing ?? roleOfDescription(a.text);
  // A standing names a person whatever follows it, so it may close its sentence too.
  const closes = aged || !!standing || (role !== a.text && relativeClosesSentence());
  if (a.close === '.' && !closes) return null;
  const words = tokenize(role);
  const head = words[0]?.text === 'the' ? 1 : 0;
  const w = words[head]?.text ?? '';
  if (!startsLower(w) || !(standing || ROLE_HEAD_SET.has(w))) return null;
  return words.length > head + mostRoleWords(words) ? null : role;
}

/** The most words of an appositive role: seven, or eight when it says where (cast.placedLongAppositive). */
function mostRoleWords(words: readonly Token[]): number {
  return featureOn('cast.placedLongAppositive') && placeLinked(words) ? 8 : 7;
}

/**
 * True when a link word (`di`, `dari`, `asal`, `untuk`, `pada`) in role `words` opens a capitalised
 * place or institution (`perawat puskesmas pembantu di Desa X`, `anggota dewan dari daerah pemilihan
 * Y`, a few lowercase words between): those words say where the role is held, and with them a
 * role runs a word longer than an office alone.
 */
function placeLinked(words: readonly Token[]): boolean {
  for (let k = 1; k < words.length - 1; k++) {
    if (!PLACE_LINK_WORDS.has(words[k]!.text)) continue;
    for (let j = k + 1; j < Math.min(words.length, k + 4); j++)
      if (isCapitalised(words[j]!.text)) return true;
  }
  return false;
}

/** Link words that open where a role is held (roles.ts ROLE_LINKS, and `asal`). */
const PLACE_LINK_WORDS: ReadonlySet<string> = new Set([...ROLE_LINKS, 'asal']);

/**
 * `… kepada Dewi Lestari, penari asal Solo yang kini tinggal di Bandung.`: a role cut before its
 * relative clause may close the sentence, since the clause describes the person just named (a
 * list or a clause after a framing comma has no such `yang`), as a bracketed age makes it one.
 */
function relativeClosesSentence(): boolean {
  return featureOn('cast.relativeAppositiveAtEnd');
}

/**
 * The record of an unnamed subject at token `a` (a group when `group`). A function of its own so
 * that the first analysis of an article without one compiles none of it (engine README: guards before bodies).
 */
function unnamedRecord(p: BodyParagraph, a: Token, group: boolean): MentionRecord {
  return {
    ...base(p, a, a),
    kind: group ? 'group' : 'unnamed',
    sentenceRole: unnamedSubjectKind(p.text, a.start),
    ref: null,
    cueRef: null,
    link: 'none',
    atCue: false,
    opensClause: true,
    speakerLike: true,
    plural: group,
  };
}

/** The fields every record shares, for a span from token `a` to token `b`. */
function base(p: BodyParagraph, a: Token, b: Token) {
  return {
    at: pos(p.index, a.start),
    end: pos(p.index, b.end),
    text: p.text.slice(a.start, b.end),
    groupWith: NO_GROUP,
    nickname: false,
    plural: false,
  };
}

/** What a run names: a person, an organisation, a place, or a role alone (a title). */
function runKind(ref: NamedRef, evidence: ReadonlySet<string>): MentionKind {
  if (!ref.name) return 'title';
  const places = (evidence as { places?: ReadonlySet<string> }).places;
  if (isFacilityName(ref.name) || places?.has(ref.name)) return 'place';
  return ref.kind;
}

/**
 * How a run enters the cast: a full name (two words or more), a name introduced with its role or
 * an appositive role, or named by the indefinite description before it introduces an entity; a lone word refers to one; a role that names an
 * institution (`Juru Bicara Kemlu` before a noun) to none.
 */
function runLink(
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
  if (ref.kind === 'person' && pairDescribed(t, from, end)) return 'introduces';
  return appositiveRole(t, from, end) ? 'introduces' : 'refers';
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
  // The first member: `A dan B, …`; the second: `… A dan B, …`.
  const first = t[end]?.lower === 'dan' ? from : t[from - 1]?.lower === 'dan' ? from - 2 : -1;
  if (first < 0 || !isCapitalised(t[first]?.text ?? '') || !isCapitalised(t[first + 2]?.text ?? ''))
    return false;
  return (
    isSubjectPosition(t, first) &&
    t[first + 3]?.text === ',' &&
    opensPeopleDescription(t, first + 4)
  );
}

/**
 * The speaker mentions read at the quotes' cues, in the candidates' order: a name (each of its
 * refs), a pronoun, a `-nya`, a title or an unnamed description, as the subject of the reporting
 * clause.
 */
export function cueMentions(
  body: readonly BodyParagraph[],
  cands: readonly Candidate[],
): MentionRecord[] {
  const texts = new Map(body.map(p => [p.index, p.text]));
  // Written forms a paragraph never holds (`-nya`): found once each, as the search for one reads
  // the whole paragraph.
  const absent = new Set<string>();
  const out: MentionRecord[] = [];
  for (const c of cands) {
    const m = c.mention;
    if (!m) continue;
    const text = texts.get(c.paragraph) ?? '';
    // A cue after its quote (`“…,” kata Budi.`) names its speaker after the quote: searched from
    // the cue, not from the quote's start, which is nearer to the name's earlier full form
    // (`Budi Santoso, memuji … “…,” kata Budi`) and read that as the cue's short one.
    const after = c.at >= c.end && featureOn('cast.mentionFromCueAfter');
    const near = after ? c.at : Math.min(c.at, c.start);
    const key = `${c.paragraph}\u0000${m.text}`;
    let k = absent.has(key) ? -1 : nearest(text, m.text, near);
    if (k < 0) {
      absent.add(key);
      k = near;
    }
    const span = {
      at: pos(c.paragraph, k),
      end: pos(c.paragraph, k + m.text.length),
      text: m.text,
    };
    if (m.kind !== 'named') {
      out.push(cueRecord(span, cueKind(m), null, isPlural(m)));
      continue;
    }
    for (const ref of m.refs) out.push(cueRecord(span, ref.kind, ref, m.refs.length > 1));
  }
  return out;
}

/**
 * A record read at a cue: the subject of its reporting clause, with the cue's reading. One
 * literal, field by field, like textMentions' records (an object spread per record was the
 * costliest line of reading a long text).
 */
function cueRecord(
  span: Pick<MentionRecord, 'at' | 'end' | 'text'>,
  kind: MentionKind,
  ref: NamedRef | null,
  plural: boolean,
): MentionRecord {
  return {
    at: span.at,
    end: span.end,
    text: span.text,
    sentenceRole: 'cueSubject',
    link: 'none',
    atCue: true,
    opensClause: false,
    speakerLike: true,
    groupWith: NO_GROUP,
    nickname: false,
    kind,
    ref,
    cueRef: ref,
    plural,
  };
}

/** The record kind of a mention that names nobody directly. */
const cueKind = (m: Exclude<Mention, { kind: 'named' }>): MentionKind =>
  m.kind === 'anonymous' ? 'unnamed' : m.kind;

const isPlural = (m: Mention): boolean => m.kind === 'pronoun' && m.plural;

/**
 * The offset of `written` in `text` nearest to `near` (the cue), on a tie the one before; -1 when
 * the text never writes it. Searched in windows doubling around the cue on both sides at once: a
 * side stops at its first find, or once the other side found one closer than its window, so the
 * cost is the distance to the nearest occurrence, not the paragraph's length, and a 2 MB line of
 * cues stays linear. Only a text without `written` is read whole (cueMentions remembers those).
 */
export function nearest(text: string, written: string, near: number): number {
  if (!written || near < 0 || near > text.length) return nearestPlain(text, written, near);
  let before = -1;
  let after = -1;
  let beforeDone = false;
  let afterDone = false;
  for (let r = 256; !(beforeDone && afterDone); r *= 2) {
    if (!beforeDone) {
      const lo = Math.max(0, near - r);
      const k = text.slice(lo, near + written.length).lastIndexOf(written);
      if (k >= 0) before = lo + k;
      beforeDone = k >= 0 || lo === 0 || (after >= 0 && r >= after - near);
    }
    if (!afterDone) {
      const hi = Math.min(text.length, near + r + written.length);
      const k = text.slice(near, hi).indexOf(written);
      if (k >= 0) after = near + k;
      afterDone = k >= 0 || hi === text.length || (before >= 0 && r >= near - before);
    }
  }
  if (before < 0) return after;
  return after >= 0 && after - near < near - before ? after : before;
}

/** `nearest` by one search each way over the whole text (the reference, and its edge cases). */
export function nearestPlain(text: string, written: string, near: number): number {
  const before = text.lastIndexOf(written, near);
  const after = text.indexOf(written, near);
  if (before < 0) return after;
  return after >= 0 && after - near < near - before ? after : before;
}

/**
 * The unnamed subject opening at token `i`: `Para menteri sepakat …` is a plural one (`group`),
 * the antecedent of a later `mereka`; `Seorang ibu …` / `Jaksa mengungkapkan …` a singular one a
 * later `-nya` may mean. Null when there is none.
 */
function unnamedSubject(t: readonly Token[], i: number): 'group' | 'one' | null {
  // The words first, the clause position only for the few that open such a subject: this is
  // asked of every token outside quotes.
  const group = opensGroup(caselessKey(t[i]!.lower)) && startsLower(t[i + 1]?.text ?? '');
  if (!group && !unnamedSubjectAt(t, i)) return null;
  if (!isSubjectPosition(t, i)) return null;
  return group ? 'group' : 'one';
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
 * True when the run at tokens [i, end) is one post-nominal degree set off by a comma after a name
 * (`, Sp.P,`, `, S.Sos`, `, SpA(K)`): no one's mention (names.degreeRunAlone).
 */
function degreeAlone(t: readonly Token[], i: number, end: number, text: string): boolean {
  if (t[i - 1]?.text !== ',' || !featureOn('names.degreeRunAlone')) return false;
  const written = text.slice(t[i]!.start, t[end - 1]!.end);
  return isDegree(written);
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
    (ROLE_WORD_SET.has(w) || MEMBER_NOUNS.has(w) || PERSON_NOUNS.has(w))
  );
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

/** Capitalised connectives after which a clause opens (`Sementara Budi Santoso …`). */
const CLAUSE_OPENERS = new Set(['Sebelumnya', 'Sementara', 'Namun', 'Kemudian', 'Selain']);

/** True when the run at `i` opens a clause: paragraph or sentence start, or after a comma. */
function isSubjectPosition(t: readonly Token[], i: number): boolean {
  // `…, juru bicara KPK Budi Santoso berkelit …`: a lowercase role before the run belongs to the
  // subject, so look past it.
  const k = pastLowerRoles(t, i, 4);
  const prev = t[k - 1]?.text;
  return prev === undefined || CLAUSE_BREAKS.has(prev) || CLAUSE_OPENERS.has(prev);
}

/** The token index after the paragraph's previous run when that run names a person, else -1. */
function personEnd(
  out: readonly MentionRecord[],
  lastRun: { end: number; record: number } | null,
): number {
  return lastRun && out[lastRun.record]!.kind === 'person' ? lastRun.end : -1;
}

/** The whole role an appositive run spells (`Kepala Riset` + `Bank Sentosa`). */
const roleText = (ref: NamedRef): string => `${ref.role} ${ref.name}`;

/**
 * `Perbekel atau Kepala Desa Bongkas Kelod, I Made Arta, menilai …`: a run read as a role and a
 * name, set off by a comma before a person's name closed by an apposition, is that person's role
 * whole; its last words are the office's seat (a village no gazetteer knows), never a person of
 * their own whom a later bare title (`ucap Perbekel`) could mean (cast.roleRunBeforeClosedName).
 * `ref` is the run's reading, `end` the token after it.
 */
function roleBeforeClosedName(
  ref: NamedRef,
  { toks: t, text, evidence }: ReadingContext,
  end: number,
): NamedRef {
  if (ref.kind !== 'person' || !ref.name || !ref.role || t[end]?.text !== ',') return ref;
  if (!featureOn('cast.roleRunBeforeClosedName')) return ref;
  const next = readRun(t, end + 1);
  if (next <= end + 1 || !closedApposition(t, next - 1)) return ref;
  // `Ketua Majelis Hakim Dr X, SH, …`: a degree set off after the name is no person.
  if (degreeAlone(t, end + 1, next, text)) return ref;
  const named = readName(t, end + 1, next, text, evidence);
  if (named.kind !== 'person' || !named.name || named.role || !namesPerson(named.name, evidence))
    return ref;
  return { ...ref, name: null, role: roleText(ref) };
}

/**
 * Gives the person's record at `k` the appositive role `read` spells after its comma, when its own
 * reading holds none (a role before the name stays: it is how the article introduced the person).
 */

function giveRole(out: MentionRecord[], k: number, read: NamedRef): void {
  const r = out[k]!;
  if (!r.ref || r.ref.role) return;
  out[k] = { ...r, ref: { ...r.ref, role: roleText(read) } };
}

/**
 * `yang akrab disapa Coach RH`, `Mas Bro, sapaan akrabnya,`: a nickname is a name as a whole,
 * whatever role or title word it holds (`Coach`, `Ko`); read as a role with no name, it joined
 * nobody and the cue that uses it made a person of its own.
 */
function wholeNickname(read: NamedRef, runText: string, nicknamed: boolean): NamedRef {
  if (!nicknamed || read.name || !featureOn('cast.nicknameJoins')) return read;
  return { ...read, name: runText, role: null, kind: 'person' };
}

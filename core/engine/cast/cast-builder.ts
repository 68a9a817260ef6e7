/**
 * The registry the cast is built with (build-cast.ts), keyed by the fullest name form the article
 * uses, so short mentions resolve to it (`Xi` → `Xi Jinping`, `Surya` → `Suryanto Wibowo`) and
 * titles to the person holding them (`kata Kapolda` → `Yosef Handoko`). Only build-cast.ts (with
 * cast-draft.ts) uses it: once built, the cast is frozen (cast.ts).
 */
import { REGIONAL_NAME_OPENERS } from '../../lexicon/regional-name-openers';
import type { Pos } from './entity';
import {
  dropsMiddle,
  isInitialWord,
  isNamedPerson,
  skipsWords,
  MAX_EDITS,
  MIN_TYPO_LENGTH,
  nicknameOrTypo,
} from './name-match';
import { deletions } from './misspellings';
import { byTitleIn, roleWordsOf, type RoleWordIndex } from './role-head';
import { bracketedTitle } from './bracketed-title';
import { acronymOf, acronymShape, openingLetters } from './title-acronym';
import { containsRun, nameTokens } from '../text/token-runs';
import type { NamedRef } from '../names/name-split';
import type { ArticleEvidence } from '../names/name-model';
import { featureOn } from '../features';
import { isGivenName } from '../../lexicon/name-words';
import { KIN_AFTER_ADDRESS } from '../../lexicon/honorifics';
import { balineseOpeningLength } from '../../lexicon/balinese-names';
import { nicknameAfter } from './nickname-cue';
import { isNonSpeakerName } from './non-speaker';
import { SPACE_RUNS } from '../text/string-scans';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';

/** An entity while the cast is being built. */
export interface DraftEntity {
  name: string;
  role: string | null;
  kind: 'person' | 'organization';
  aliases: Set<string>;
  tokens: readonly string[];
  introducedAt: Pos;
  /** How the article relates the person to someone (NamedRef.relation), the first one read. */
  relation?: string | null;
  /** A role a clause of its own gives the person (Entity.predicated). */
  predicated?: string | null;
}

/** Registry of the article's entities while the mentions are read into it. */
export class CastBuilder implements RoleWordIndex<DraftEntity> {
  readonly all: DraftEntity[] = [];
  // Indexes over `all`, so a lookup costs the entities sharing a word with the name, not the whole
  // cast: scanning every entity per mention made an article of many names quadratic.
  /** Each entity's place in `all`: the indexes answer "the first in `all`" as the scans did. */
  private readonly order = new Map<DraftEntity, number>();
  /** The first entity (in `all`) with each alias, lowercased. Aliases are only ever added. */
  private readonly byAlias = new Map<string, DraftEntity>();
  /**
   * The title forms a person's role defines (`PH`, `WR I`), lowercased: a mention by one is the
   * person's title, so its reading as an organisation never turns the person into one.
   */
  private readonly titleForms = new Set<string>();
  /** The entities whose name tokens hold each token. */
  private readonly byToken = new Map<string, Set<DraftEntity>>();
  /** The entities with a name token each string of four letters or more is a proper prefix of. */
  private readonly byPrefix = new Map<string, Set<DraftEntity>>();
  /** The entities with a name token each string of four letters or more is a proper suffix of. */
  private readonly bySuffix = new Map<string, Set<DraftEntity>>();
  /**
   * The entities with a name token a misspelling may stand for, by each string two deletions or
   * fewer make of that token (two words within two edits share one: misspellings.ts). Built on
   * the first misspelling looked up (most articles have none), then kept up to date.
   */
  private byDeletion: Map<string, Bucket> | null = null;
  /**
   * The entities each word of a role they were ever given stands in (a role replaced leaves its
   * old words: withRoleWord is a superset the title lookup tests). A title at a cue was looked up
   * over the whole cast, a scan per cue that grew with the number of people.
   */
  private readonly byRoleWord = new Map<string, Set<DraftEntity>>();
  /**
   * The organisations of two words or more, by the letters an acronym made from their name can
   * open with (openingLetters of the first word): a one-word name no entity holds was tried as an
   * acronym against every entity of the cast, a scan per lookup on a text of many names. An
   * organisation's words never change once it is one, so it is filed once.
   */
  private readonly orgsByInitial = new Map<string, DraftEntity[]>();

  /** `evidence`: what the article says about its own words (a misspelt name must be one it uses alone). */
  constructor(private readonly evidence: ArticleEvidence = new Set()) {}

  /** Registers a full name seen in the text; longer forms win later lookups. */
  register(read: NamedRef, at: Pos): DraftEntity | null {
    const ref = withoutAsideRole(read);
    if (!ref.name) return null;
    const found = this.find(ref.name, true, introduces(ref)) ?? this.fullerForm(ref);
    if (found) {
      if (!found.role && ref.role) this.setRole(found, ref.role);
      if (ref.alias) found.aliases.add(ref.alias);
      return found;
    }
    return this.add(ref.name, ref, at);
  }

  /**
   * `Garmen Rina Kartika` after `Rina Kartika`: a longer form holding a known person's full name
   * is one more form of that person, whatever the order the article writes them in (the name the
   * forms agree on is chosen when the cast is built). Its tokens become the fullest form's.
   */
  private fullerForm(ref: NamedRef): DraftEntity | null {
    if (ref.kind !== 'person' || !ref.name) return null;
    const t = nameTokens(ref.name);
    // The first entity in `all` whose tokens run inside `t`: it opens with one of `t`'s tokens.
    let e: DraftEntity | null = null;
    for (const w of new Set(t)) {
      for (const x of this.byToken.get(w) ?? []) {
        if (x.tokens[0] !== w || (e && this.order.get(x)! > this.order.get(e)!)) continue;
        if (x.kind === 'person' && x.tokens.length >= 2 && containsRun(t, x.tokens)) e = x;
      }
    }
    if (!e) return null;
    e.aliases.add(e.name);
    e.name = ref.name;
    this.index(e, e.tokens, t);
    e.tokens = t;
    return e;
  }

  /** Adds a new entity, without looking for an existing one. */
  private add(name: string, ref: NamedRef, at: Pos): DraftEntity {
    const e: DraftEntity = {
      name,
      role: ref.role,
      kind: ref.kind,
      aliases: new AliasSet(alias => this.indexAlias(e, alias)),
      tokens: nameTokens(name),
      introducedAt: at,
      relation: ref.relation ?? null,
    };
    this.order.set(e, this.all.length);
    this.all.push(e);
    this.index(e, [], e.tokens);
    if (e.kind === 'organization') this.fileOrganisation(e);
    if (ref.alias) e.aliases.add(ref.alias);
    if (ref.role) this.setRole(e, ref.role);
    return e;
  }

  /**
   * Gives `e` the role `role`; a title form the role defines in brackets (`Menteri Koordinator
   * Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK)`) becomes one of the person's aliases, so the
   * article's later `Menko PMK menegaskan` / `kata Menko PMK` finds the person, not a new one.
   */
  private setRole(e: DraftEntity, role: string): void {
    e.role = role;
    for (const w of roleWordsOf(role)) put(this.byRoleWord, w, e);
    const form = e.kind === 'person' && featureOn('cast.titleForm') ? bracketedTitle(role) : null;
    if (!form) return;
    e.aliases.add(form);
    this.titleForms.add(form.toLowerCase());
  }

  /** Moves `e` in the token index from the tokens `from` to the tokens `to`. */
  private index(e: DraftEntity, from: readonly string[], to: readonly string[]): void {
    for (const w of from) {
      this.byToken.get(w)?.delete(e);
      for (const p of prefixes(w)) this.byPrefix.get(p)!.delete(e);
      for (const p of suffixes(w)) this.bySuffix.get(p)!.delete(e);
    }
    for (const w of to) {
      put(this.byToken, w, e);
      for (const p of prefixes(w)) put(this.byPrefix, p, e);
      for (const p of suffixes(w)) put(this.bySuffix, p, e);
    }
    if (this.byDeletion) indexDeletions(this.byDeletion, e, from, to);
  }

  /** The entities whose role holds (or held) `word`, in `all`'s order, as the scan met them. */
  withRoleWord(word: string): readonly DraftEntity[] {
    const found = this.byRoleWord.get(word);
    if (!found) return [];
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /**
   * The entities with a name token that may be within two edits of `w` (a superset: the caller
   * checks each), from the deletion index.
   */
  private misspelt(w: string): Iterable<DraftEntity> {
    if (!this.byDeletion) {
      this.byDeletion = new Map();
      for (const e of this.all) indexDeletions(this.byDeletion, e, [], e.tokens);
    }
    const out = new Set<DraftEntity>();
    for (const d of deletions(w, MAX_EDITS)) {
      const bucket = this.byDeletion.get(d);
      if (bucket instanceof Set) for (const e of bucket) out.add(e);
      else if (bucket) out.add(bucket);
    }
    return out;
  }

  /**
   * The first named person (in `all`) with a name word `w` is a proper prefix of, from the prefix
   * index (`w` has four letters or more).
   */
  private nickname(w: string): DraftEntity | null {
    let first: DraftEntity | null = null;
    for (const e of this.byPrefix.get(w) ?? [])
      if (isNamedPerson(e) && (!first || this.order.get(e)! < this.order.get(first)!)) first = e;
    return first;
  }

  /**
   * The one person with a name word `w` is a proper suffix of (`udin` for `Bahrudin`), from the
   * suffix index; null when none or several are.
   */
  private endNickname(w: string): DraftEntity | null {
    const found = [...(this.bySuffix.get(w) ?? [])].filter(e => e.kind === 'person');
    return found.length === 1 ? found[0]! : null;
  }

  /**
   * `Bu Nur` after `Nurhayati (50)`: after a familiar form of address a lone word cut from one
   * person's name word is that person's short form, not a new person (a kin word is none: `Pak
   * De`), unless the mention
   * introduces someone (`Pak Har, penjual bakso, …`) (cast.addressedShortForm).
   */
  addressedPerson(ref: NamedRef): DraftEntity | null {
    if (!ref.addressed || !ref.name || introduces(ref)) return null;
    return featureOn('cast.addressedShortForm') ? this.personCutTo(ref.name) : null;
  }

  /**
   * The one person a short word is cut from: a word of two letters or more opening one of their
   * name words, or of four letters or more inside one (Javanese cuts `Darmo` from `Sudarmono`);
   * null when no person's or several people's names fit. Shorter than the prefix index holds and
   * free of its named-person bound, so callers ask it only where the text says a short form stands
   * (a familiar form of address, a nickname aside).
   */
  personCutTo(word: string): DraftEntity | null {
    const w = word.toLowerCase();
    if (w.length < 2 || KIN_AFTER_ADDRESS.has(w)) return null;
    // Two letters open a name word only as a short form of a long one (`Jo` of `Joko`); three may
    // open any; a run inside a word needs four to be told from chance (`Darmo` of `Sudarmono`).
    const opens = (x: string) => x.startsWith(w) && (w.length >= 3 || x.length >= 4);
    const cut = (x: string) =>
      x.length > w.length && (opens(x) || (w.length >= 4 && x.includes(w)));
    const found = this.all.filter(e => e.kind === 'person' && e.tokens.some(cut));
    return found.length === 1 ? found[0]! : null;
  }

  /** The one person with `word` (any case) as a whole name word; null when none or several. */
  personWithWord(word: string): DraftEntity | null {
    const w = word.toLowerCase();
    const found = this.all.filter(e => e.kind === 'person' && e.tokens.includes(w));
    return found.length === 1 ? found[0]! : null;
  }

  /** Records `alias` of `e` unless an earlier entity has it already. */
  private indexAlias(e: DraftEntity, alias: string): void {
    const key = alias.toLowerCase();
    const known = this.byAlias.get(key);
    if (!known || this.order.get(known)! > this.order.get(e)!) this.byAlias.set(key, e);
  }

  /** The entity a mention at a cue names, created when the article never gave a fuller form. */
  resolve(read: NamedRef, at: Pos): DraftEntity | null {
    const ref = withoutAsideRole(read);
    if (!ref.name) return null;
    // `Kapolda Metro` after `Kapolda Metro Jaya Irjen Hadi …`: a role plus one word that opens a
    // known person's role is a title mention of that person, not a name.
    const holder = ref.role ? byTitleIn(this.all, `${ref.role} ${ref.name}`, at, this) : null;
    if (holder) return holder as DraftEntity;
    // A person introduced with a role is never an organisation that shares a word with them.
    const found = this.find(ref.name, !ref.exact, introduces(ref)) ?? this.addressedPerson(ref);
    const personal = !!ref.role && ref.kind === 'person';
    const e =
      found && !(personal && found.kind === 'organization') ? found : this.add(ref.name, ref, at);
    if (e.name !== ref.name) e.aliases.add(ref.name);
    if (ref.relation && !e.relation) e.relation = ref.relation;
    // A fuller form of the known role (`Kepala Divisi Humas, Irjen` for `Irjen`) replaces it.
    if (ref.role && (!e.role || (ref.role.length > e.role.length && ref.role.endsWith(e.role))))
      this.setRole(e, ref.role);
    if (
      ref.kind === 'organization' &&
      e.kind !== 'organization' &&
      !this.titleForms.has(ref.name.toLowerCase()) &&
      e.tokens.length === nameTokens(ref.name).length
    ) {
      e.kind = 'organization';
      this.fileOrganisation(e);
    }
    return e;
  }

  /**
   * Finds the fullest entity whose name contains `name`'s tokens in order (`Xi` in `Xi Jinping`),
   * or whose alias is `name`; a lone token may also be a prefix (`Surya` → `Suryanto`) or, when
   * `fuzzy`, a misspelling (`Hendri` → `Hendra`); unless `introduced`, the end of a name word
   * (`Udin` → `Bahrudin`).
   * An alias wins (the first entity with it), then the most tokens (on a tie the first entity).
   */
  find(name: string, fuzzy = true, introduced = false): DraftEntity | null {
    const t = nameTokens(name);
    const aliased = this.byAlias.get(name.toLowerCase());
    if (aliased) return aliased;
    let best: DraftEntity | null = null;
    for (const e of (t.length && this.byToken.get(t[0]!)) || []) {
      if (!containsRun(e.tokens, t) || shortFormOfPlace(t, e)) continue;
      const longer = !best || e.tokens.length > best.tokens.length;
      const tie = !!best && e.tokens.length === best.tokens.length;
      if (longer || (tie && this.order.get(e)! < this.order.get(best!)!)) best = e;
    }
    if (!best && t.length >= 2 && featureOn('cast.middleDropped')) return this.withoutMiddle(t);
    if (best || t.length !== 1) return best;
    const spelled = this.organisationByAcronym(name) ?? this.personByRoleInitials(name);
    if (spelled) return spelled;
    if (t[0]!.length < 4) return best;
    return nicknameOrTypo(
      t[0]!,
      fuzzy,
      this.evidence,
      w => this.nickname(w),
      w => this.misspelt(w),
      w => (introduced ? null : this.endNickname(w)),
    ) as DraftEntity | null;
  }
  /**
   * `Kemenbud` after `Kementerian Kebudayaan`, `Dishub` after `Dinas Perhubungan`: a one-word
   * acronym made of pieces of an organisation's opening words (title-acronym.ts reads them, as
   * for offices) is that organisation, the latest introduced first; given as its alias. Read as a
   * name of its own, the acronym listed the organisation twice among the speakers.
   */
  private organisationByAcronym(name: string): DraftEntity | null {
    // A word the given-name lexicon knows (`Budi`) is a person's name, never read as an acronym:
    // the check costs one lookup where the acronym reading walks the organisations.
    if (!featureOn('cast.orgAcronym') || isGivenName(name)) return null;
    const a = acronymShape(name);
    if (a === null || officeOfPerson(this.all, name)) return null;
    // The latest in `all` the acronym is made from, among those it can open with.
    let found: DraftEntity | null = null;
    for (const e of this.orgsByInitial.get(a[0]!) ?? [])
      if ((!found || this.order.get(e)! > this.order.get(found)!) && acronymOf(name, e.tokens))
        found = e;
    found?.aliases.add(name);
    return found;
  }

  /**
   * `GM` after `General Manager Wilayah X, Rina …`, `EVP` after `Executive Vice President (EVP) …`:
   * a short capital acronym spelled by the initials of a person's role's opening words (brackets
   * left out) is that person's title, the latest introduced first; read as a name of its own, it
   * became an organisation called `GM`.
   */
  private personByRoleInitials(name: string): DraftEntity | null {
    if (!isRoleInitials(name) || !featureOn('cast.roleInitials')) return null;
    let found: DraftEntity | null = null;
    for (const e of this.all) {
      if (e.kind !== 'person' || !e.role) continue;
      const words = e.role.split(SPACE_RUNS).filter(w => !w.startsWith('('));
      const opening = words.slice(0, name.length);
      if (opening.length < name.length || opening.some(w => w[0] !== w[0]!.toUpperCase())) continue;
      if (opening.map(w => w[0]).join('') === name) found = e;
    }
    return found;
  }

  /** Files organisation `e` under the letters an acronym of its name can open with. */
  private fileOrganisation(e: DraftEntity): void {
    if (e.tokens.length < 2) return;
    for (const c of new Set(openingLetters(e.tokens[0]!))) {
      const list = this.orgsByInitial.get(c);
      if (list) list.push(e);
      else this.orgsByInitial.set(c, [e]);
    }
  }

  /**
   * The one person whose name is `t` with middle words left out (`Darius Iskandar` for `Darius
   * Ahmad Iskandar`) or, with cast.skippedWords, with words left out but for its first or its last
   * (`Rizal Harahap` for `Muhammad Rizal Fahmi Harahap`: name-match.ts skipsWords); null when none
   * or several fit.
   */
  private withoutMiddle(t: readonly string[]): DraftEntity | null {
    let fit: DraftEntity | null = null;
    const skipped = featureOn('cast.skippedWords');
    // Every fitting name holds the first word, or with an initial there (`M Rizal`) the last; so
    // does one whose first word no name holds, which only a clipped noble opener (`Tjok Arsana`)
    // can match (skipsWords matches every other word as written).
    const initial = isInitialWord(t[0]!) && featureOn('cast.initialWord');
    const unheld = !this.byToken.get(t[0]!)?.size;
    const clipped = unheld && featureOn('cast.clippedNobleOpener');
    const key = initial || clipped ? t[t.length - 1]! : t[0]!;
    for (const e of this.byToken.get(key) ?? []) {
      if (e.kind !== 'person') continue;
      const own = ownNames(e.tokens);
      if (
        !dropsMiddle(t, own) &&
        !(skipped && (skipsWords(t, own) || skipsWords(t, e.tokens))) &&
        !openerWordDropped(t, own)
      )
        continue;
      if (fit) return null; // two people fit: none is meant
      fit = e;
    }
    return fit;
  }
}

/**
 * A title written by two to four capital initials (`GM`, `EVP`, `SVP`): `/^[A-Z]{2,4}$/u`, two to
 * four ASCII capitals and nothing else.
 */
function isRoleInitials(name: string): boolean {
  if (name.length < 2 || name.length > 4) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/**
 * True when `t` is the name `own` shortened past the first word of its two-word regional opener
 * (`Agung Raka` for `Anak Agung Gde Raka Suteja`, `Bagus Oka` for `Ida Bagus Putu Oka`): the
 * caste's second word stays as the person is addressed, and words are left out after it as
 * skipsWords allows (cast.openerWordDropped).
 */
function openerWordDropped(t: readonly string[], own: readonly string[]): boolean {
  if (own.length < 4 || !featureOn('cast.openerWordDropped')) return false;
  const opens = REGIONAL_NAME_OPENERS.some(
    o => o.length === 2 && o[0] === own[0] && o[1] === own[1],
  );
  return opens && skipsWords(t, own.slice(1));
}

/**
 * A person's name tokens without a Balinese name's article and caste words (`ngurah putu sukamto`
 * of `i gusti ngurah putu sukamto`), which later mentions leave out (`Ngurah Sukamto`).
 */
function ownNames(tokens: readonly string[]): readonly string[] {
  if (!featureOn('names.model.balinese')) return tokens;
  return tokens.slice(balineseOpeningLength(tokens));
}

/** Adds `e` to the set `map` keeps under `key`. */
function put(map: Map<string, Set<DraftEntity>>, key: string, e: DraftEntity): void {
  const set = map.get(key);
  if (set) set.add(e);
  else map.set(key, new Set([e]));
}

/**
 * The entities kept under one deletion string: most strings belong to one name word, so one
 * entity is kept as itself and only a shared string gets a set (a set per string doubled the
 * index's memory on a text of thousands of names).
 */
type Bucket = DraftEntity | Set<DraftEntity>;

/**
 * Moves `e` in the deletion index from the tokens `from` to the tokens `to`. Organisations stay
 * out: a misspelling only ever stands for a person, and an organisation never becomes one.
 */
function indexDeletions(
  map: Map<string, Bucket>,
  e: DraftEntity,
  from: readonly string[],
  to: readonly string[],
): void {
  for (const w of from) {
    if (w.length < MIN_TYPO_LENGTH) continue;
    for (const d of deletions(w, MAX_EDITS)) {
      const bucket = map.get(d);
      if (bucket === e) map.delete(d);
      else if (bucket instanceof Set) bucket.delete(e);
    }
  }
  if (e.kind !== 'person') return;
  for (const w of to) {
    if (w.length < MIN_TYPO_LENGTH) continue;
    for (const d of deletions(w, MAX_EDITS)) {
      const bucket = map.get(d);
      if (!bucket) map.set(d, e);
      else if (bucket instanceof Set) bucket.add(e);
      else if (bucket !== e) map.set(d, new Set([bucket, e]));
    }
  }
}

/** The proper prefixes of `w` of four letters or more (what a nickname may be cut to). */
function* prefixes(w: string): Generator<string> {
  for (let k = 4; k < w.length; k++) yield w.slice(0, k);
}

/**
 * The proper suffixes of `w` of four letters or more that leave at least two letters off (what a
 * nickname may be cut to from the end: `Udin` of `Bahrudin`, `Jali` of `Sarjali`).
 */
function* suffixes(w: string): Generator<string> {
  for (let k = 2; k <= w.length - 4; k++) yield w.slice(k);
}

/** An entity's alias set that tells the builder of each new alias, whoever adds it. */
class AliasSet extends Set<string> {
  constructor(private readonly added: (alias: string) => void) {
    super();
  }

  override add(alias: string): this {
    if (!this.has(alias)) {
      super.add(alias);
      this.added(alias);
    }
    return this;
  }
}

/**
 * True when `ref` introduces its person (a role or an apposition with it: `Warga lain, Yanto,`,
 * `kata Andri, warga …`): a new person named so is never a nickname cut from the end of someone
 * else's name (`Yanto` beside `Suryanto`), only a later bare mention may be.
 */
export function introduces(ref: NamedRef): boolean {
  return !!ref.role || !!ref.exact;
}

/**
 * `Pak Ugeng, sapaan akrabnya, menuturkan …`: the words set off after a nickname say what the name
 * is (the person's familiar form), not what the person does; read as the description between
 * commas before the cue, they replaced nobody's role but became the role of a person who had only
 * a relation (`Ayah korban, Sugeng Riyadi, …`). Such a reading keeps its name and loses the role
 * (cast.nicknameAsideNoRole).
 */
function withoutAsideRole(ref: NamedRef): NamedRef {
  if (!ref.role || !featureOn('cast.nicknameAsideNoRole') || !nicknameAfter(ref.role)) return ref;
  return { ...ref, role: null };
}

/**
 * `kata Konjen` after `Konsul Jenderal RI di X, Y,` and `Konsulat Jenderal RI (KJRI) X`: a word
 * made from a person's role (title-acronym.ts) is that person's title, not the organisation its
 * letters also open (cast.titleAcronymBeforeOrg).
 */
function officeOfPerson(all: readonly DraftEntity[], name: string): boolean {
  if (!featureOn('cast.titleAcronymBeforeOrg')) return false;
  return all.some(
    e =>
      e.kind === 'person' &&
      !!e.role &&
      acronymOf(name, runsOf(e.role.toLowerCase(), isAlnumOrHyphenCp)),
  );
}

/**
 * True when name tokens `t`, a given name among them, are fewer than those of `e`, a place or
 * facility named after a person (`I Made Sukamto Stadium`): a short name (`kata Made`) is one of
 * the people, never the venue (cast.shortNameNotPlace). A short form that is no given name
 * (`Bulog` for `Perum Bulog`) may still be the institution's.
 */
function shortFormOfPlace(t: readonly string[], e: DraftEntity): boolean {
  return (
    t.length < e.tokens.length &&
    featureOn('cast.shortNameNotPlace') &&
    t.some(w => isGivenName(w)) &&
    isNonSpeakerName(e.name)
  );
}

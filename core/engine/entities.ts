/**
 * The article's cast: every named person or organisation, keyed by the fullest name form the
 * article uses, so short mentions resolve to it (`Xi` → `Xi Jinping`, `Yanto` → `Suryanto Wibowo`)
 * and titles resolve to the person holding them (`kata Kapolda` → `Hendra Saputra`).
 */
import type { NamedRef } from './name-split';

/** One person or organisation of the article. */
export interface Entity {
  name: string;
  role: string | null;
  kind: 'person' | 'organization';
  /** Other written forms (`Xi`, `Jokowi`). */
  aliases: Set<string>;
  /** Lowercase name tokens, for short-name matching. */
  tokens: string[];
}

/** A place in the text: paragraph and offset, comparable as one number. */
export type Pos = number;
/** Encodes a paragraph and offset as a comparable position. */
export const pos = (paragraph: number, offset: number): Pos => paragraph * 1_000_000 + offset;

const toks = (name: string) => name.toLowerCase().split(/\s+/u).filter(Boolean);

/** Registry of the article's entities plus where each was mentioned, for anaphora fallbacks. */
export class Cast {
  readonly all: Entity[] = [];
  /**
   * Person mentions in the running text, in order: single people, `X dan Y` groups, and unnamed
   * plural subjects (`Para menteri …`, entities []) that a later `mereka` may mean.
   */
  readonly mentions: {
    at: Pos;
    entities: Entity[];
    subject: boolean;
    unnamedGroup?: boolean;
    /** An unnamed singular subject (`Seorang ibu …`, `Jaksa mengungkapkan …`), entities []. */
    unnamed?: boolean;
  }[] = [];

  /** Registers a full name seen in the text (pre-pass); longer forms win later lookups. */
  register(ref: NamedRef): Entity | null {
    if (!ref.name) return null;
    const found = this.find(ref.name);
    if (found) {
      if (!found.role && ref.role) found.role = ref.role;
      if (ref.alias) found.aliases.add(ref.alias);
      return found;
    }
    return this.add(ref.name, ref);
  }

  /** Adds a new entity, without looking for an existing one. */
  private add(name: string, ref: NamedRef): Entity {
    const e: Entity = {
      name,
      role: ref.role,
      kind: ref.kind,
      aliases: new Set(),
      tokens: toks(name),
    };
    if (ref.alias) e.aliases.add(ref.alias);
    this.all.push(e);
    return e;
  }

  /** The entity a mention names, created when the article never gave a fuller form. */
  resolve(ref: NamedRef): Entity | null {
    if (!ref.name) return null;
    // `Kapolda Metro` after `Kapolda Metro Jaya Irjen Hadi …`: a role plus one word that opens a
    // known person's role is a title mention of that person, not a name.
    const holder = ref.role ? this.byTitle(`${ref.role} ${ref.name}`) : null;
    if (holder) return holder;
    // A person introduced with a role is never an organisation that shares a word with them.
    const found = this.find(ref.name, !ref.exact);
    const personal = !!ref.role && ref.kind === 'person';
    const e =
      found && !(personal && found.kind === 'organization') ? found : this.add(ref.name, ref);
    if (e.name !== ref.name) e.aliases.add(ref.name);
    // A fuller form of the known role (`Kepala Divisi Humas, Irjen` for `Irjen`) replaces it.
    if (ref.role && (!e.role || (ref.role.length > e.role.length && ref.role.endsWith(e.role))))
      e.role = ref.role;
    if (ref.kind === 'organization' && e.tokens.length === toks(ref.name).length)
      e.kind = 'organization';
    return e;
  }

  /**
   * Finds the fullest entity whose name contains `name`'s tokens in order (`Xi` in `Xi Jinping`),
   * or whose alias is `name`; a lone token may also be a prefix or, when `fuzzy`, a misspelling (`Yanto` → `Suryanto`).
   */
  find(name: string, fuzzy = true): Entity | null {
    const t = toks(name);
    let best: Entity | null = null;
    for (const e of this.all) {
      if ([...e.aliases].some(a => a.toLowerCase() === name.toLowerCase())) return e;
      if (containsRun(e.tokens, t) && (!best || e.tokens.length > best.tokens.length)) best = e;
    }
    if (best || t.length !== 1 || t[0]!.length < 4) return best;
    const w = t[0]!;
    // Multi-word names, or one-word names introduced with a role (`Juru Bicara Hartanto`).
    const people = this.all.filter(e => e.kind === 'person' && (e.tokens.length > 1 || !!e.role));
    // `Yanto` for `Suryanto Wibowo`: a nickname cut from a name word.
    const prefixed = people.find(e => e.tokens.some(x => x.startsWith(w) && x !== w));
    if (prefixed) return prefixed;
    // A misspelt short name (`Wulam` for `Wulan`, `Hendri` for `Hendra`): within two edits on
    // words of five letters or more, and only when a single person fits. Dev-set evidence keeps
    // two edits (one article's `x`/`y` transposition needs them); a bare single name that is
    // being introduced (`kata Andri, warga …`) never reaches here (`exact`), which is where a
    // fuzzy match would merge two different people.
    if (w.length < 5 || !fuzzy) return null;
    const near = people.filter(e =>
      e.tokens.some(
        x => x.length >= 5 && Math.abs(x.length - w.length) <= 1 && editDistance(x, w) <= 2,
      ),
    );
    return near.length === 1 ? near[0]! : null;
  }

  /** The person whose role contains `title` (`Kapolri` in `Kapolri Jenderal Pol`), latest first. */
  byTitle(title: string): Entity | null {
    const t = toks(title).filter(w => !['mantan', 'itu', 'tersebut', 'ini', 'sang'].includes(w));
    if (!t.length) return null;
    for (let i = this.all.length - 1; i >= 0; i--) {
      const e = this.all[i]!;
      if (e.role && containsRun(toks(e.role), t)) return e;
    }
    return null;
  }

  /**
   * The latest mention before `at` with the given number of people (1, or 2+ for groups); an
   * organisation counts as one when `orgOk`, an unnamed subject (entities []) when `unnamedOk`.
   */
  lastMention(
    at: Pos,
    group: boolean,
    subjectOnly = true,
    orgOk = false,
    unnamedOk = false,
  ): { at: Pos; entities: Entity[] } | null {
    // Mentions are recorded in text order: binary-search the first one at or after `at`, so
    // resolving every quote stays linear-logarithmic in the article length.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
      const m = this.mentions[i]!;
      // `-nya` may be an organisation's (`Militer X mengonfirmasi … katanya`); `dia` never is.
      const one =
        (m.entities.length === 1 && (orgOk || m.entities[0]!.kind === 'person')) ||
        (unnamedOk && !!m.unnamed);
      // `mereka` means a group that is a subject, or an organisation that is one (`Manajemen X
      // … Mereka menilai`), not names listed as objects.
      const org = m.entities.length === 1 && m.entities[0]!.kind === 'organization';
      const many = m.entities.length > 1 || !!m.unnamedGroup || (orgOk && org);
      if ((group ? many : one) && (m.subject || !subjectOnly)) return m;
    }
    return null;
  }
}

/** True when `needle` occurs as a contiguous run inside `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Levenshtein distance, for short words only (names), so the quadratic table stays tiny. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

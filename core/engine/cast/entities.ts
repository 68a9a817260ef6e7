/**
 * The article's cast: every named person or organisation, keyed by the fullest name form the
 * article uses, so short mentions resolve to it (`Xi` → `Xi Jinping`, `Yanto` → `Suryanto Wibowo`)
 * and titles resolve to the person holding them (`kata Kapolda` → `Hendra Saputra`).
 */
import type { Entity, Pos } from './entity';
import { latestMention, type CastMention } from './cast-mentions';
import { nicknameOrTypo } from './name-match';
import { containsRun, nameTokens } from '../text/token-runs';
import type { NamedRef } from '../names/name-split';
import { titleTokens } from '../names/title-form';

/** Registry of the article's entities plus where each was mentioned, for anaphora fallbacks. */
export class Cast {
  readonly all: Entity[] = [];
  /**
   * Person mentions in the running text, in order: single people, `X dan Y` groups, and unnamed
   * plural subjects (`Para menteri …`, entities []) that a later `mereka` may mean.
   */
  readonly mentions: CastMention[] = [];

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
      tokens: nameTokens(name),
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
    if (ref.kind === 'organization' && e.tokens.length === nameTokens(ref.name).length)
      e.kind = 'organization';
    return e;
  }

  /**
   * Finds the fullest entity whose name contains `name`'s tokens in order (`Xi` in `Xi Jinping`),
   * or whose alias is `name`; a lone token may also be a prefix or, when `fuzzy`, a misspelling (`Yanto` → `Suryanto`).
   */
  find(name: string, fuzzy = true): Entity | null {
    const t = nameTokens(name);
    let best: Entity | null = null;
    for (const e of this.all) {
      if ([...e.aliases].some(a => a.toLowerCase() === name.toLowerCase())) return e;
      if (containsRun(e.tokens, t) && (!best || e.tokens.length > best.tokens.length)) best = e;
    }
    if (best || t.length !== 1 || t[0]!.length < 4) return best;
    return nicknameOrTypo(this.all, t[0]!, fuzzy);
  }

  /** The person whose role contains `title` (`Kapolri` in `Kapolri Jenderal Pol`), latest first. */
  byTitle(title: string): Entity | null {
    const t = titleTokens(title).filter(
      w => !['mantan', 'itu', 'tersebut', 'ini', 'sang'].includes(w),
    );
    if (!t.length) return null;
    for (let i = this.all.length - 1; i >= 0; i--) {
      const e = this.all[i]!;
      if (e.role && containsRun(titleTokens(e.role), t)) return e;
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
    return latestMention(this.mentions, at, group, subjectOnly, orgOk, unnamedOk);
  }
}

/**
 * The registry the cast is built with (build-cast.ts), keyed by the fullest name form the article
 * uses, so short mentions resolve to it (`Xi` → `Xi Jinping`, `Yanto` → `Suryanto Wibowo`) and
 * titles to the person holding them (`kata Kapolda` → `Hendra Saputra`). Only build-cast.ts uses
 * it: once built, the cast is frozen (cast.ts).
 */
import type { Pos } from './entity';
import { nicknameOrTypo } from './name-match';
import { byTitleIn } from './role-head';
import { containsRun, nameTokens } from '../text/token-runs';
import type { NamedRef } from '../names/name-split';
import type { ArticleEvidence } from '../names/name-model';

/** An entity while the cast is being built. */
export interface DraftEntity {
  name: string;
  role: string | null;
  kind: 'person' | 'organization';
  aliases: Set<string>;
  tokens: string[];
  introducedAt: Pos;
}

/** Registry of the article's entities while the mentions are read into it. */
export class CastBuilder {
  readonly all: DraftEntity[] = [];

  /** `evidence`: what the article says about its own words (a misspelt name must be one it uses alone). */
  constructor(private readonly evidence: ArticleEvidence = new Set()) {}

  /** Registers a full name seen in the text; longer forms win later lookups. */
  register(ref: NamedRef, at: Pos): DraftEntity | null {
    if (!ref.name) return null;
    const found = this.find(ref.name) ?? this.fullerForm(ref);
    if (found) {
      if (!found.role && ref.role) found.role = ref.role;
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
    const e = this.all.find(
      x => x.kind === 'person' && x.tokens.length >= 2 && containsRun(t, x.tokens),
    );
    if (!e) return null;
    e.aliases.add(e.name);
    e.name = ref.name;
    e.tokens = t;
    return e;
  }

  /** Adds a new entity, without looking for an existing one. */
  private add(name: string, ref: NamedRef, at: Pos): DraftEntity {
    const e: DraftEntity = {
      name,
      role: ref.role,
      kind: ref.kind,
      aliases: new Set(),
      tokens: nameTokens(name),
      introducedAt: at,
    };
    if (ref.alias) e.aliases.add(ref.alias);
    this.all.push(e);
    return e;
  }

  /** The entity a mention at a cue names, created when the article never gave a fuller form. */
  resolve(ref: NamedRef, at: Pos): DraftEntity | null {
    if (!ref.name) return null;
    // `Kapolda Metro` after `Kapolda Metro Jaya Irjen Hadi …`: a role plus one word that opens a
    // known person's role is a title mention of that person, not a name.
    const holder = ref.role ? byTitleIn(this.all, `${ref.role} ${ref.name}`, at) : null;
    if (holder) return holder as DraftEntity;
    // A person introduced with a role is never an organisation that shares a word with them.
    const found = this.find(ref.name, !ref.exact);
    const personal = !!ref.role && ref.kind === 'person';
    const e =
      found && !(personal && found.kind === 'organization') ? found : this.add(ref.name, ref, at);
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
  find(name: string, fuzzy = true): DraftEntity | null {
    const t = nameTokens(name);
    const lower = name.toLowerCase();
    let best: DraftEntity | null = null;
    for (const e of this.all) {
      for (const a of e.aliases) if (a.toLowerCase() === lower) return e;
      if (containsRun(e.tokens, t) && (!best || e.tokens.length > best.tokens.length)) best = e;
    }
    if (best || t.length !== 1 || t[0]!.length < 4) return best;
    return nicknameOrTypo(this.all, t[0]!, fuzzy, this.evidence) as DraftEntity | null;
  }
}

/**
 * The article's cast, frozen: its entities, the records of every mention with the entity each
 * names, and the mentions a pronoun may point back to. Built once per article (build-cast.ts);
 * resolving quotes only reads it, so no quote's reading can rename or add a speaker for another.
 */
import type { Entity, Pos } from './entity';
import type { CastMention } from './cast-mentions';
import type { CastRecord } from './mention-record';
import type { NamedRef } from '../names/name-split';
import { HeadIndex, byTitleIn, holderByHead } from './role-head';
import { AcronymIndex, byAcronym, byAcronymTail } from './title-acronym';

/** The cast as quotes are resolved against it: read-only in its types and frozen at run time. */
export class Cast {
  /** Every entity, in the order the article introduces them. */
  readonly all: readonly Entity[];
  /** Every mention record, the running text's first, with its entity. */
  readonly records: readonly CastRecord[];
  /**
   * Person mentions in the running text, in order: single people, `X dan Y` groups, and unnamed
   * subjects (entities []) that a later `-nya` or `mereka` may mean.
   */
  readonly mentions: readonly CastMention[];
  private readonly refs: ReadonlyMap<NamedRef, Entity | null>;
  /** The entities by title words: a title is looked up per mention, the cast never changes. */
  private readonly heads: HeadIndex<Entity>;
  /** The people by the letters an office acronym of their role opens with. */
  private readonly acronyms: AcronymIndex;
  /** Per title ending in an acronym, the people whose role it names (title-acronym.ts byAcronymTail). */
  private readonly tails = new Map<string, readonly Entity[]>();

  constructor(
    all: readonly Entity[],
    records: readonly CastRecord[],
    mentions: readonly CastMention[],
    refs: ReadonlyMap<NamedRef, Entity | null>,
  ) {
    this.all = Object.freeze([...all]);
    this.records = Object.freeze([...records]);
    this.mentions = Object.freeze([...mentions]);
    this.refs = refs;
    this.heads = new HeadIndex(this.all);
    this.acronyms = new AcronymIndex(this.all);
    Object.freeze(this);
  }

  /** The entity a name read at a cue stands for (null when it names none). */
  entityOf(ref: NamedRef): Entity | null {
    return this.refs.get(ref) ?? null;
  }

  /**
   * The person whose role contains `title` (`Kapolri` in `Kapolri Jenderal Pol`), for a title at
   * `at`; failing that, the one whose role a one-word office acronym is made from (`Kadinkes`:
   * title-acronym.ts).
   */
  byTitle(title: string, at: Pos): Entity | null {
    return (
      byTitleIn(this.all, title, at, this.heads) ??
      byAcronym(this.acronyms, title, at) ??
      byAcronymTail(this.all, title, at, this.tails)
    );
  }

  /** The person whose role a one-word office acronym at `at` is made from (title-acronym.ts). */
  byAcronym(title: string, at: Pos): Entity | null {
    return byAcronym(this.acronyms, title, at);
  }

  /** The one entity introduced with the head `text` (`kata kapolda`, `pihak rumah sakit`). */
  byHead(text: string, at: Pos): Entity | null {
    return holderByHead(this.all, text, at, this.heads);
  }
}

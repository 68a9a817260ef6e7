/**
 * The last step of building a cast (build-cast.ts): every draft entity made read-only under the
 * name its mentions agree on (agreed-name.ts), and the records, mentions and cue lookups pointed
 * at those frozen entities. Resolving quotes never changes the result (cast.ts).
 */
import { isHonorificAt } from '../../lexicon/honorifics';
import type { DraftEntity } from './cast-builder';
import { Cast } from './cast';
import type { Entity } from './entity';
import type { CastRecord } from './mention-record';
import type { CastDraft } from './cast-draft';
import { agreedName } from './agreed-name';
import { definedShortForms, spelledOutRole } from './defined-short-forms';
import { featureOn } from '../features';
import { isSpaceCp, trailingRun } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';
import { isPlaceWord } from '../names/name-model';

/** The frozen cast `d` has come to. */
export function freezeCast(d: CastDraft): Cast {
  const named = agreedNames(d);
  const defined = definedShortForms(d.builder.all);
  const frozen = new Map<DraftEntity, Entity>(
    d.builder.all.map(e => [e, freezeEntity(e, named(e), spelledOutRole(e.role, defined))]),
  );
  const out = (e: DraftEntity | null | undefined) => (e ? frozen.get(e)! : null);
  return new Cast(
    d.builder.all.map(out) as Entity[],
    d.records.map((r, k): CastRecord => Object.freeze({ ...r, entity: out(d.entities[k]) })),
    d.mentions.map(m =>
      Object.freeze({ ...m, entities: m.entities.map(e => out(e as DraftEntity)!) }),
    ),
    new Map([...d.refs].map(([ref, e]) => [ref, out(e)])),
  );
}

/**
 * The name each entity is shown under: with cast.agreedName, the one its written forms agree on
 * (one form per mention; and the forms a mention sets off after a comma or bracket, with no
 * neighbour glued before them); else the name it was registered by.
 */
function agreedNames(d: CastDraft): (e: DraftEntity) => string {
  if (!featureOn('cast.agreedName')) return e => e.name;
  const forms = new Map<DraftEntity, string[]>();
  const setOff = new Set<string>();
  d.records.forEach((r, k) => {
    const e = d.entities[k];
    if (!e || !r.ref?.name) return;
    if (writtenSetOff(r.text, r.ref.name) || writtenBare(r.text, r.ref.name))
      setOff.add(r.ref.name);
    const list = forms.get(e);
    if (list) list.push(r.ref.name);
    else forms.set(e, [r.ref.name]);
  });
  return e => agreedName(e.name, formsOf(e, forms.get(e) ?? []), setOff);
}

/**
 * `Kantor Wilayah Kementerian X Jawa Timur` … `di Jawa Timur`: a form of an organisation made of
 * place words only is its seat, never the body with a neighbour's words read before it (as a
 * person's name may be), so it is no candidate for the organisation's name
 * (cast.organisationSeatForm).
 */
function formsOf(e: DraftEntity, forms: readonly string[]): readonly string[] {
  if (e.kind !== 'organization' || !featureOn('cast.organisationSeatForm')) return forms;
  return forms.filter(f => !f.split(SPACE_RUNS).every(isPlaceWord));
}

/**
 * True when the span `text` is `name` alone, or after honorifics only (`Kwee Siu Lan`, `Hj.
 * Rosmini Daeng Tene`): no role or place run glued before the name, so no neighbour's word can
 * have been read into it, and a later shorter form only leaves some of it out (cast.bareFullName).
 */
function writtenBare(text: string, name: string): boolean {
  if (!featureOn('cast.bareFullName')) return false;
  const at = text.endsWith(name) ? text.length - name.length : describedAt(text, name);
  if (at < 0) return false;
  const before = text.slice(0, at).split(SPACE_RUNS).filter(Boolean);
  return before.every((_, k) => isHonorificAt(before, k));
}

/**
 * Where `name` stands in a mention's `text` that goes on past it with a description set off by a
 * comma or a bracket (`Hj. Rosmini Daeng Tene, penenun sutra …`): closed there by the writer, the
 * name is whole as it is written before the description (cast.bareFullNameDescribed); -1 else.
 */
function describedAt(text: string, name: string): number {
  if (!featureOn('cast.bareFullNameDescribed')) return -1;
  const at = text.indexOf(name);
  if (at < 0) return -1;
  const next = text.charCodeAt(at + name.length);
  return next === 0x2c || next === 0x28 || (next === 0x20 && text[at + name.length + 1] === '(')
    ? at
    : -1;
}

/** True when the span `text` writes `name` right after a comma, bracket or colon (`…, Nama`). */
function writtenSetOff(text: string, name: string): boolean {
  if (!text.endsWith(name)) return false;
  // `/[,(:]\s*$/u` on the text before the name, as a scan.
  const before = text.slice(0, text.length - name.length);
  const mark = before.charCodeAt(trailingRun(before, isSpaceCp) - 1);
  return mark === 0x2c || mark === 0x28 || mark === 0x3a;
}

/**
 * A built entity made read-only under its agreed `name`, its aliases included, with its role
 * `spelled` out when it uses a short form the article defines.
 */
function freezeEntity(e: DraftEntity, name: string, spelled: string | null): Entity {
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
    spelledRole: spelled,
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

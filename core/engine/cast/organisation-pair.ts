/**
 * `Bank Sentosa dan OJK`, `Komisi Perlindungan X (KPX) dan Komisi Y (KY)`: two
 * organisations joined by `dan`, read as one run, are two organisations. Kept as one entity, a
 * later `OJK menegaskan …` or `kata KPX` found the joined name (the fullest holding its words)
 * and the speaker list showed a body that does not exist. One organisation's own name may hold
 * `dan` (`Dinas Pasar dan Pergudangan`, `Dinas Pertamanan dan Pemakaman`): its second
 * half is a field, not a body, so each half must stand as an organisation of its own.
 */
import { ORG_HEAD_SET } from '../../lexicon/roles';
import { FIELD_WORD_HEAD_SET } from '../../lexicon/office-heads';
import type { NamedRef } from '../names/name-split';
import { featureOn } from '../features';

/** A bracketed short form closing a written half (`… Buruh (KPB)`), without brackets. */
const CLOSING_SHORT_FORM = /\(([^()]+)\)\s*$/u;

/**
 * The two organisations organisation reading `ref`, written `text`, joins by one `dan`, or null.
 * A half is an organisation when it opens with an organisation head (lexicon/roles.ts ORG_HEADS,
 * not one that is also a field: lexicon/office-heads.ts FIELD_WORD_HEADS) or when the article
 * has it speak or open a clause alone (`alone`: lowercase names). The first half keeps the short
 * form written after it; the second the reading's alias.
 */
export function organisationPair(
  ref: NamedRef,
  text: string,
  alone: ReadonlySet<string>,
): [NamedRef, NamedRef] | null {
  if (ref.kind !== 'organization' || !ref.name || !featureOn('cast.organisationPair')) return null;
  const halves = ref.name.split(' dan ');
  const written = text.split(' dan ');
  if (halves.length !== 2 || written.length !== 2) return null;
  const [first, second] = halves as [string, string];
  if (!standsAlone(first, alone) || !standsAlone(second, alone)) return null;
  const short = CLOSING_SHORT_FORM.exec(written[0]!)?.[1] ?? null;
  return [
    { ...ref, name: first, alias: short },
    { ...ref, name: second },
  ];
}

/** True when the half `name` is an organisation by its head or by the article's own use. */
function standsAlone(name: string, alone: ReadonlySet<string>): boolean {
  const head = name.split(' ', 1)[0]!.toLowerCase();
  if (ORG_HEAD_SET.has(head) && !FIELD_WORD_HEAD_SET.has(head)) return true;
  return alone.has(name.toLowerCase());
}

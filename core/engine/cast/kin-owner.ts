/**
 * `Istrinya, Rina, …`, `Sang ayah, Wagimin, …`, `His wife, Rina, 49, sells …`: a relation written
 * with no owner (`istri`, `putri sulung`, `wife`) is kin of the person the text was about, the
 * last person it named before (the owner of `-nya`, `his`, `sang`). The panel shows whose kin
 * (`istri Budi`, `Tarjo's wife`), by the form that person was last named by, as a reader would
 * write it (cast.kinOwner). Only within a few paragraphs: farther back, the text may be about
 * someone else, and the relation stays as written.
 */
import { featureOn } from '../features';
import { KIN_NOUNS, KIN_ORDER_WORDS } from '../../lexicon/pronouns';
import { EN_RELATION_HEADS } from '../../lexicon/roles';
import { paragraphOf } from './entity';
import type { DraftEntity } from './cast-builder';
import type { CastDraft } from './cast-draft';
import { PERSON_NOUN_GENDER } from '../../lexicon/person-nouns';
import { PRONOUN_GENDER, ROLE_GENDER, type Gender } from '../../lexicon/gender';

/** The most paragraphs back from the relation to the owner's last mention. */
const OWNER_REACH = 4;

/** True when `relation` names a kin with no owner (`istri`, `putri sulung`, `wife`). */
function ownerless(relation: string): 'id' | 'en' | null {
  const [kin, ...rest] = relation.toLowerCase().split(' ');
  if (rest.length > 1 || (rest.length === 1 && !KIN_ORDER_WORDS.has(rest[0]!))) return null;
  if (KIN_NOUNS.has(kin!)) return 'id';
  return EN_RELATION_HEADS.has(kin!) && rest.length === 0 ? 'en' : null;
}

/** The owner's sex a relation or a pointing pronoun tells: a wife's is a man, `her` a woman. */
function ownerSex(kin: string, back: string): Gender | undefined {
  const pronoun = PRONOUN_GENDER.get(back);
  if (pronoun) return pronoun;
  const own = PERSON_NOUN_GENDER.get(kin) ?? ROLE_GENDER.get(kin);
  return PARTNERS.has(kin)
    ? own === 'male'
      ? 'female'
      : own === 'female'
        ? 'male'
        : undefined
    : undefined;
}

/** Kin nouns for a partner, whose owner is of the other sex (`istri`, `suami`, `wife`). */
const PARTNERS: ReadonlySet<string> = new Set(['istri', 'isteri', 'suami', 'wife', 'husband']);

/** The sex a word of a person's relation or role tells (`istri`, `Budi's wife`), if any. */
function sexOf(e: DraftEntity): Gender | undefined {
  for (const said of [e.relation, e.role])
    for (const w of said?.toLowerCase().split(' ') ?? []) {
      const sex = PERSON_NOUN_GENDER.get(w) ?? ROLE_GENDER.get(w);
      if (sex) return sex;
    }
  return undefined;
}

/**
 * `relation`, read at record `k` for person `e` with its owner pointing back by `back` (`nya`,
 * `his`), with that owner: the last other person named before it (by the form named there) whose
 * sex, as far as the text tells it, is the one the relation or pronoun asks; `relation` unchanged
 * when no person was named close enough before.
 */
export function withKinOwner(
  relation: string,
  back: string,
  k: number,
  e: DraftEntity,
  { records, entities }: CastDraft,
): string {
  if (!featureOn('cast.kinOwner')) return relation;
  const lang = ownerless(relation);
  if (!lang) return relation;
  const want = ownerSex(relation.split(' ')[0]!.toLowerCase(), back);
  const from = paragraphOf(records[k]!.at);
  for (let j = k - 1; j >= 0; j--) {
    const r = records[j]!;
    if (from - paragraphOf(r.at) > OWNER_REACH) return relation;
    const owner = entities[j];
    if (!owner || owner === e || owner.kind !== 'person' || !r.ref?.name) continue;
    // A name after a preposition (`moved to X`, `di X`) may be a place read as a name, and is
    // seldom the person the text is about.
    if (r.sentenceRole === 'oblique') continue;
    const sex = want && sexOf(owner);
    if (sex && sex !== want) continue;
    return lang === 'en' ? `${r.ref.name}'s ${relation}` : `${relation} ${r.ref.name}`;
  }
  return relation;
}

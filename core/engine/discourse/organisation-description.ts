/**
 * A description headed by an organisation noun (`The ministry also said …`, `The agency warned
 * …`, `Organisasi itu juga meminta …`, `kata kementerian tersebut`) means an organisation the
 * article has named, never a person (organisationMeant). A person's title (`the minister`) is
 * not read here.
 */
import type { DocIndex } from './doc-index';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { DEFINITE } from '../../lexicon/pronouns';
import { ORG_HEAD_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import type { Entity, Pos } from '../cast/entity';
import { isSubjectRole, type CastRecord } from '../cast/mention-record';
import { nameTokens } from '../text/token-runs';

/**
 * Words that frame a description without being its head: `the`, `pihak` (`pihak kementerian`) and
 * the demonstratives that close an Indonesian one (`kementerian itu`).
 */
const FRAME: ReadonlySet<string> = new Set(['the', 'pihak', ...DEFINITE]);

/**
 * The head word of the definite description `text` when it describes an organisation: English
 * puts the head last after `the` (`the foreign ministry`), Indonesian first before `itu`/`tersebut`/
 * `ini` (`organisasi kemanusiaan itu`). Null for a person's title (any role head, `the ministry
 * spokesperson`), a bare title (`kata Kemenkes`, which names it) or no organisation head.
 */
export function organisationHead(text: string): string | null {
  const all = nameTokens(text);
  const english = all[0] === 'the';
  if (!english && !DEFINITE.has(all[all.length - 1] ?? '')) return null;
  const t = all.filter(w => !FRAME.has(w));
  if (!t.length || t.some(w => ROLE_HEAD_SET.has(w))) return null;
  if (english) return EN_ORG_HEAD_SET.has(t[t.length - 1]!) ? t[t.length - 1]! : null;
  return ORG_HEAD_SET.has(t[0]!) ? t[0]! : null;
}

/**
 * The organisation a description at `at` means: the nearest clause subject before it, within this
 * paragraph and the one before, when that subject is an organisation (`OPCV said … The agency
 * warned …`); with no subject there, the last speaker when it is an organisation. A person or an
 * unknown name as the nearest subject means the description's organisation is not in the cast,
 * so nobody is named rather than a wrong organisation.
 */
export function organisationMeant(
  records: readonly CastRecord[],
  at: Pos,
  last: readonly Entity[] | null,
  doc: DocIndex,
): Entity | null {
  let nearest: CastRecord | null = null;
  for (const r of records) {
    if (r.at >= at || doc.paragraphsApart(r.at, at) > 1) continue;
    if (!(r.atCue || isSubjectRole(r.sentenceRole)) || !r.ref) continue;
    if (!nearest || r.at > nearest.at) nearest = r;
  }
  if (nearest) return nearest.entity?.kind === 'organization' ? nearest.entity : null;
  return last?.length === 1 && last[0]!.kind === 'organization' ? last[0]! : null;
}

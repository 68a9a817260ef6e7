/**
 * A written statement pointed back to as the speaker (`“…,” tulis keterangan tersebut`, `“…,”
 * demikian bunyi pernyataan itu`): the statement's author, the organisation or person the text
 * last made a clause's subject (`Kementerian X dalam keterangan tertulisnya menyebutkan …`,
 * `Dalam pernyataan sikapnya, Serikat Y menuntut …`), never the person who spoke before it.
 */
import { EN_STATEMENT_MODIFIERS, EN_STATEMENT_NOUNS } from '../../lexicon/cues-en';
import { DEFINITE } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import type { Entity, Pos } from '../cast/entity';
import { isSubjectRole, type CastRecord } from '../cast/mention-record';
import { STATEMENT_MODIFIERS, STATEMENT_NOUNS } from '../names/statement-source';
import { nameTokens } from '../text/token-runs';
import type { DocIndex } from './doc-index';

/**
 * True when `text` is a statement noun closed by a demonstrative, with at most its modifiers
 * between (`keterangan tersebut`, `pernyataan resmi itu`), or, in English, opened by `the` (`the
 * joint statement`): it points back to an author.
 */
export function isStatementPointer(text: string): boolean {
  const words = nameTokens(text);
  if (words[0] === 'the') return isEnglishStatementPointer(words);
  if (!STATEMENT_NOUNS.has(words[0] ?? '') || !DEFINITE.has(words[words.length - 1] ?? ''))
    return false;
  return words.slice(1, -1).every(w => STATEMENT_MODIFIERS.has(w));
}

/**
 * `the statement`, `the joint communique`: English puts the definite article before the noun and
 * its modifiers, and the pointer means the author as the Indonesian one does
 * (discourse.englishStatementAuthor).
 */
function isEnglishStatementPointer(words: readonly string[]): boolean {
  const noun = words[words.length - 1] ?? '';
  if (words.length < 2 || !EN_STATEMENT_NOUNS.has(noun)) return false;
  if (!words.slice(1, -1).every(w => EN_STATEMENT_MODIFIERS.has(w))) return false;
  return featureOn('discourse.englishStatementAuthor');
}

/**
 * The author a statement pointer at `at` means: the nearest clause subject or cue subject before
 * it, in this paragraph or the one before; null when there is none.
 */
export function statementAuthor(
  records: readonly CastRecord[],
  at: Pos,
  doc: DocIndex,
): Entity | null {
  let nearest: CastRecord | null = null;
  for (const r of records) {
    if (r.at >= at || doc.paragraphsApart(r.at, at) > 1) continue;
    if (!(r.atCue || isSubjectRole(r.sentenceRole)) || !r.ref || !r.entity) continue;
    if (!nearest || r.at > nearest.at) nearest = r;
  }
  return nearest?.entity ?? null;
}

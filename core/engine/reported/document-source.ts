/**
 * Data and document sources (GUIDELINES, EXCLUDE): a report, a survey or a set of figures named as
 * the subject of a cue (`Laporan Bank Dunia menyebutkan …`) or as its agent (`…, sebut laporan
 * itu.`) is where a claim was read, not someone declaring it, so the cue reports no quote.
 */
import { DOCUMENT_NOUN_SET } from '../../lexicon/cues';
import { featureOn } from '../features';
import type { Mention } from '../names/mention';

/**
 * True when `m` opens with a document or figure noun (`Catatan BPBD`, `data itu`, `the report`).
 * A capitalised one inside a role before a person (`Kepala Pusat Data, Informasi … Budi`) is the
 * role's, unless the mention opens the sentence (`opensSentence`): a role there starts with its head.
 */
export function isDocumentMention(m: Mention, opensSentence: boolean): boolean {
  if (m.kind === 'nya' || m.kind === 'pronoun' || !featureOn('reported.documentSource'))
    return false;
  const words = m.text.split(' ');
  // `the report`: the English article before the noun.
  const first = words[0] === 'the' || words[0] === 'The' ? (words[1] ?? '') : words[0]!;
  if (!DOCUMENT_NOUN_SET.has(first.toLowerCase())) return false;
  const person = m.kind === 'named' && m.refs.some(r => r.kind === 'person' && r.name);
  return !person || opensSentence || first === first.toLowerCase();
}

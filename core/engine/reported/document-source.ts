/**
 * Data and document sources (GUIDELINES, EXCLUDE): a report, a survey or a set of figures named as
 * the subject of a cue (`Laporan Bank Dunia menyebutkan …`) or as its agent (`…, sebut laporan
 * itu.`) is where a claim was read, not someone declaring it, so the cue reports no quote.
 */
import { DOCUMENT_NOUN_SET } from '../../lexicon/cues';
import { EN_SOURCE_NOUNS } from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { startsLower } from '../text/chars';
import type { Mention } from '../names/mention';

/** The English document nouns (cues-en.ts EN_SOURCE_NOUNS), lowercase. */
const EN_SOURCE_NOUN_SET: ReadonlySet<string> = new Set(EN_SOURCE_NOUNS);

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
  if (!DOCUMENT_NOUN_SET.has(first.toLowerCase())) return titledDocument(m);
  const person = m.kind === 'named' && m.refs.some(r => r.kind === 'person' && r.name);
  return !person || opensSentence || first === first.toLowerCase();
}

/**
 * `the Regional Nutrition Survey`, `the 2024 Economic Survey`: an
 * English document's title puts its noun last, capitalised. A mention no word of which after its
 * article is lowercase (a year may stand there) and whose last is a document noun is the document, even where the name
 * readers took it for a person's name: nobody is called `… Report` (reported.englishTitledDocument).
 */
export function titledDocument(m: Mention): boolean {
  if (m.kind !== 'named' && m.kind !== 'title') return false;
  const words = m.text.split(' ');
  const last = words[words.length - 1] ?? '';
  const title = words[0] === 'the' || words[0] === 'The' ? words.slice(1) : words;
  if (title.length < 2 || title.some(startsLower)) return false;
  return EN_SOURCE_NOUN_SET.has(last.toLowerCase()) && featureOn('reported.englishTitledDocument');
}

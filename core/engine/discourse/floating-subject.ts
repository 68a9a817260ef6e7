/**
 * A quote with no cue after a narrative sentence about a new person: `Kuasa hukum PT X, Dewi,
 * menyambut baik putusan itu. ¶ “Putusan ini membuktikan …”` is Dewi's, not the previous
 * speaker's. The subject of the last sentence before the quote, when it opens its clause, is a
 * person, did not speak the previous statement and was named after it, is who the newsroom lets
 * speak next; with no such subject the quote goes on from the previous speaker (resolve.ts).
 */
import type { Candidate } from '../candidate';
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, pos, type Entity } from '../cast/entity';
import { ONE_OF_COUNTS, ONE_PERSON_DETERMINERS } from '../../lexicon/pronouns';
import { SPACE_RUNS } from '../text/string-scans';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { OWNING_WORDS } from '../../lexicon/pronouns';
import { ASKING_VERBS, PRE_CUE_SET } from '../../lexicon/cues';
import { featureOn } from '../features';
import { partitionPoint } from '../text/partition-point';
import type { Speech } from './candidates';
import type { DocIndex } from './doc-index';

/**
 * The person the narrative right before floating quote `c` (`asking` when it puts a question) is
 * about, or null: the subject of the
 * latest subject mention between the previous statement (`speeches`' last) and the quote, in the
 * quote's paragraph or the one before it, unless a speaker of `last` is that subject (one member
 * of a group `last` is named alone, and is the subject).
 */
export function floatingSubject(
  mentions: readonly CastMention[],
  speeches: readonly Speech[],
  c: Candidate,
  last: readonly Entity[] | null,
  doc: DocIndex,
  asking = false,
): Entity | typeof UNNAMED | null {
  if (!featureOn('discourse.floatingSubject')) return null;
  const at = pos(c.paragraph, c.start);
  const after = speeches[speeches.length - 1]?.end ?? -1;
  for (let k = partitionPoint(mentions, m => m.at < at) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.at <= after || doc.paragraphsApart(m.at, at) > 1) return null;
    if (m.subject && !m.atCue && (bringsInOneUnnamed(m, doc) || m.backToUnnamed)) return UNNAMED;
    if (!m.subject || m.atCue || m.entities.length !== 1) continue;
    if (governedNoSpeaker(m, doc, asking)) continue;
    const e = m.entities[0]!;
    if (e.kind !== 'person') return null;
    if (!last?.includes(e)) return e;
    // One of a group that spoke together, singled out by the narrative (`“…,” kata keduanya.`
    // then `A kemudian menambahkan catatan.` and a quote): A speaks alone now.
    return last.length > 1 && featureOn('discourse.groupMemberNarrated') ? e : null;
  }
  return null;
}

/**
 * A name set off after a description a preposition or a word of owning governs (cast/sentence-role.ts
 * reads it oblique or object) that is no one the floating quote after it goes to
 * (discourse.floatingGoverned): the one asked, in a sentence whose verb asks, when the quote puts a
 * question (`Wayan … bertanya kepada bendahara bank sampah, X (38). “Berapa yang terkumpul, Bu?”`:
 * the asker's); and one inside a phrase of place, source, purpose or owning (`dipanen dari petak
 * milik almarhum ayahnya, Haji X, …`).
 * Met or befallen (`terjadi pada pedagang, X.`, `bertemu dengan warga, X.`), a person set off so
 * may well speak next, and does.
 */
function governedNoSpeaker(m: CastMention, doc: DocIndex, asking: boolean): boolean {
  if ((m.role !== 'oblique' && m.role !== 'object') || !featureOn('discourse.floatingGoverned'))
    return false;
  const text = doc.texts.get(paragraphOf(m.at)) ?? '';
  const at = offsetOf(m.at);
  const words = text.slice(doc.sentenceStart(m.at), at).toLowerCase().split(SPACE_RUNS);
  // The nearest word that governs the description: none (a verb's object: met, interviewed).
  const governor = words.findLast(w => PREPOSITIONS.has(w) || OWNING_WORDS.has(w));
  if (!governor) return false;
  if (!PERSON_PREPOSITIONS.has(governor)) return true;
  return asking && words.some(w => ASKING_VERBS.has(w));
}

/** Prepositions that take a person one meets, asks or is with (`kepada`, `pada`, `dengan`). */
const PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['kepada', 'pada', 'dengan', 'bersama']);

/** What floatingSubject answers when the narrative's subject is somebody unnamed. */
export const UNNAMED = 'unnamed';

/**
 * `Seorang petugas keamanan yang enggan disebut namanya membenarkan hal itu. ¶ “…”`: a subject
 * opened by a determiner of one unnamed person (`seorang`, `salah seorang`, `a`) brings somebody
 * new in, who speaks the quote unnamed, not the previous speaker (discourse.floatingUnnamed).
 */
function bringsInOneUnnamed(m: CastMention, doc: DocIndex): boolean {
  if (!m.unnamed || !featureOn('discourse.floatingUnnamed')) return false;
  const text = doc.texts.get(paragraphOf(m.at)) ?? '';
  const from = offsetOf(m.at);
  const words = text
    .slice(from, from + OPENING_REACH)
    .toLowerCase()
    .split(SPACE_RUNS);
  const first = words[0] ?? '';
  const one =
    first === 'salah' ? ONE_OF_COUNTS.has(words[1] ?? '') : ONE_PERSON_DETERMINERS.has(first);
  return one && reportsInSentence(text.slice(from, doc.sentenceEnd(m.at, text.length)));
}

/**
 * True when `sentence` (from the subject on) holds a reporting verb (`membenarkan`, `mengaku`,
 * `mengatakan`) and no verb of asking: somebody brought in unnamed only to tell what befell them
 * (`Seorang pengendara tewas di lokasi.`, `Seorang saksi sudah diperiksa.`) speaks no quote after
 * it, and one who asks is answered by the quote after it.
 */
function reportsInSentence(sentence: string): boolean {
  const words = sentence
    .toLowerCase()
    .split(SPACE_RUNS)
    .map(w => w.replace(TRAILING_PUNCTUATION, ''));
  // `Seorang wartawan bertanya apakah …`: the one asked answers the quote after it, as after the
  // press asking anybody (discourse.askedByPress).
  if (words.some(w => ASKING_VERBS.has(w))) return false;
  return words.some(w => PRE_CUE_SET.has(w));
}

/** Punctuation closing a word (`itu.`, `mengaku,`). */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/u;

/** How far the words opening the subject are read, in characters (`salah seorang`). */
const OPENING_REACH = 24;

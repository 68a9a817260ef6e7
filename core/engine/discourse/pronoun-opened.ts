/**
 * A paragraph opened by an earlier speaker through a pronoun (`Ia menyebut, tiga warga dirawat
 * …`, `Dia mengatakan …`): the source goes on as the paragraph's subject, just as when it is named
 * there (`Budi menyebut …`), so a person then narrated in the paragraph (`Salah satunya warga
 * lanjut usia, X, yang dirujuk …`) is talked about, and the paragraph's `-nya` stays with the
 * source (candidates.ts, `narratedHere`).
 */
import type { Entity, Pos } from '../cast/entity';
import { offsetOf, paragraphOf } from '../cast/entity';
import { SINGULAR } from '../../lexicon/pronouns';
import { SOURCE_FRAME } from '../../lexicon/cues';
import { featureOn } from '../features';
import type { DocIndex } from './doc-index';

/** A resolved statement: its speakers and where its words start. */
interface Statement {
  entities: readonly Entity[];
  start: Pos;
}

/**
 * Where body paragraph `para` (an ordinal) was opened by an earlier speaker through a pronoun: the start of its
 * first statement when the paragraph opens with a singular pronoun and a reporting verb before it
 * (`Ia menyebut, …`) and `spokeBefore` holds for that statement's speakers; -1 otherwise.
 * `first`: the paragraph's first statement, if any.
 */
export function pronounOpened(
  para: number,
  first: Statement | undefined,
  doc: DocIndex,
  spokeBefore: (entities: readonly Entity[]) => boolean,
): Pos {
  if (!featureOn('discourse.pronounOpened') || !first || !first.entities.length) return -1;
  if (doc.paragraph(first.start) !== para) return -1;
  const text = doc.texts.get(paragraphOf(first.start)) ?? '';
  const opening = text.slice(0, offsetOf(first.start));
  // `Ia menyebut, ` / `Dia mengatakan bahwa ` / `Beliau menegaskan `: a pronoun and its verb open
  // the paragraph, with at most a word between them and the statement.
  const words = opening.trim().split(/\s+/u);
  if (words.length > 4) return -1;
  return (SINGULAR.has(words[0]!.toLowerCase()) || (!opening.trim() && framedPronoun(text))) &&
    spokeBefore(first.entities)
    ? first.start
    : -1;
}

/**
 * `Menurut dia, …` / `Menurutnya, …`: the frame that names a source opens the paragraph `text`
 * (its statement starts at the frame, the cue) with a pronoun for the source, which opens the
 * paragraph through that source just as `Ia menyebut, …` does.
 */
function framedPronoun(text: string): boolean {
  if (!featureOn('discourse.framedPronounOpened')) return false;
  const bare = text
    .trimStart()
    .split(/\s+/u, 2)
    .map(w => w.replace(/[,:]$/u, '').toLowerCase());
  return (
    bare[0] === SOURCE_FRAME.nya ||
    (bare[0] === SOURCE_FRAME.word && bare.length > 1 && SINGULAR.has(bare[1]!))
  );
}

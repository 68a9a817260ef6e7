/**
 * A paragraph opened by an earlier speaker through a pronoun (`Ia menyebut, tiga warga dirawat
 * …`, `Dia mengatakan …`): the source goes on as the paragraph's subject, just as when it is named
 * there (`Budi menyebut …`), so a person then narrated in the paragraph (`Salah satunya warga
 * lanjut usia, X, yang dirujuk …`) is talked about, and the paragraph's `-nya` stays with the
 * source (candidates.ts, `narratedHere`).
 */
import type { Entity, Pos } from '../cast/entity';
import { offsetOf, paragraphOf } from '../cast/entity';
import { DEFINITE, SINGULAR } from '../../lexicon/pronouns';
import { SOURCE_FRAME } from '../../lexicon/cues';
import { featureOn } from '../features';
import { startsUpper } from '../text/chars';
import type { DocIndex } from './doc-index';
import { SPACE_RUNS } from '../text/string-scans';

/** A resolved statement: its speakers and where its words start. */
interface Statement {
  entities: readonly Entity[];
  start: Pos;
}

/**
 * Where body paragraph `para` (an ordinal) was opened by an earlier speaker through a pronoun: the start of its
 * first statement when the paragraph opens with a singular pronoun and a reporting verb before it
 * (`Ia menyebut, …`), or the source frame with a pronoun or a name (`Menurut dia, …`, `Menurut X,
 * …`: framedOpening), and `spokeBefore` holds for that statement's speakers; -1 otherwise.
 * `first`: the paragraph's first statement, if any.
 */
export function pronounOpened(
  para: number,
  first: Statement | undefined,
  doc: DocIndex,
  spokeBefore: (entities: readonly Entity[]) => boolean,
): Pos {
  if (!first || !first.entities.length) return -1;
  if (doc.paragraph(first.start) !== para) return -1;
  const text = doc.texts.get(paragraphOf(first.start)) ?? '';
  const opening = text.slice(0, offsetOf(first.start));
  // `Ia menyebut, ` / `Dia mengatakan bahwa ` / `Beliau menegaskan `: a pronoun and its verb open
  // the paragraph, with at most a word between them and the statement.
  const words = opening.trim().split(SPACE_RUNS);
  if (words.length > MAX_DESCRIBED_OPENING) return -1;
  const described = describedOpening(words);
  if (words.length > 4 && !described) return -1;
  // Each opening tests its own switch, so `npm run eval -- --ablate` measures each alone.
  const pronoun = SINGULAR.has(words[0]!.toLowerCase()) && featureOn('discourse.pronounOpened');
  return (pronoun || described || (!opening.trim() && framedOpening(text))) &&
    spokeBefore(first.entities)
    ? first.start
    : -1;
}

/** Most words of a description, its demonstrative and its verb opening a paragraph. */
const MAX_DESCRIBED_OPENING = 10;

/**
 * `Diplomat asal Ternate itu menuturkan, …`, `Pria berusia 50 tahun tersebut mengatakan bahwa …`:
 * a capitalised description closed by a demonstrative (the words before the statement, which may
 * start at its reporting verb or after it and `bahwa`) opens the paragraph through the earlier speaker it points back to, as `Ia menyebut, …` does.
 * The statement's speakers, resolved from the description, must have spoken before.
 */
function describedOpening(words: readonly string[]): boolean {
  if (!featureOn('discourse.describedOpened') || !startsUpper(words[0] ?? '')) return false;
  const d = words.findIndex(w => DEFINITE.has(w.toLowerCase()));
  return d >= 1 && words.length - d - 1 <= 2;
}

/**
 * `Menurut dia, …` / `Menurutnya, …`: the frame that names a source opens the paragraph `text`
 * (its statement starts at the frame, the cue) with a pronoun for the source, which opens the
 * paragraph through that source just as `Ia menyebut, …` does. So does `Menurut Budi, …` (the
 * source by name, as `Budi menyebut, …` opens it): the statement's speakers, who must have spoken
 * before, are whom the frame names.
 */
function framedOpening(text: string): boolean {
  const bare = text
    .trimStart()
    .split(SPACE_RUNS, 2)
    .map(w => w.replace(/[,:]$/u, ''));
  const frame = bare[0]?.toLowerCase();
  const pronoun = featureOn('discourse.framedPronounOpened');
  if (frame === SOURCE_FRAME.nya) return pronoun;
  if (frame !== SOURCE_FRAME.word || bare.length < 2) return false;
  if (SINGULAR.has(bare[1]!.toLowerCase())) return pronoun;
  return startsUpper(bare[1]!) && featureOn('discourse.framedNameOpened');
}

/**
 * Word knowledge for the name model, from the generated lexicons (core/lexicon/generated, made by
 * `npm run lexicon` from idn-area-data and the IndoNLU NER corpora). The sets are built on first
 * use, so a page that never reads a name pays nothing for them.
 */
import { PLACE_WORDS } from './generated/place-words';
import { ORG_WORDS, PERSON_FIRST, PERSON_INNER } from './generated/name-words';

/** A lazily built set of the space-separated words in `list`. */
function lazySet(list: string): () => ReadonlySet<string> {
  let set: Set<string> | null = null;
  return () => (set ??= new Set(list.split(' ')));
}

const places = lazySet(PLACE_WORDS);
const first = lazySet(PERSON_FIRST);
const inner = lazySet(PERSON_INNER);
const orgs = lazySet(ORG_WORDS);

/** A word of an Indonesian province, regency, city or district name, or a mostly-place word. */
export const isGazetteerPlace = (w: string): boolean => places().has(w.toLowerCase());
/** A word that mostly opens a person's name in news text (`budi`, `ahmad`). */
export const isGivenName = (w: string): boolean => first().has(w.toLowerCase());
/** A word that mostly continues a person's name (`santoso`). */
export const isInnerName = (w: string): boolean => inner().has(w.toLowerCase());
/** A word that mostly names an organisation or team (`united`, `airlines`). */
export const isOrgWord = (w: string): boolean => orgs().has(w.toLowerCase());

/**
 * Where `npm run lexicon` reads its sources, and the module texts it makes from them. Shared by
 * build.ts (writes core/lexicon/generated) and the test that checks those files are up to date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  areaPhrases,
  areaWordTypes,
  clubWords,
  countTokens,
  derivationDoubles,
  nyaPersonWords,
  nyaTokenCount,
  moduleText,
  nameClasses,
  personShare,
  personWordTypes,
  placeWords,
  PLACE_PERSON_SHARE,
  shapeLevels,
  MIN_ENTITY_COUNT,
  SHAPE_MAX_LEVEL,
  SHAPE_MIN_LOG_ODDS,
  SHAPE_MIN_TYPES,
  SHAPE_STEP,
} from './derive';
import { respell } from '../../core/engine/names/name-spelling';

/** The NER corpora, next to the project (`../shared/data/ner`). */
export const NER_DIR = join(import.meta.dirname, '../../../shared/data/ner');
// Train splits only: the valid splits are the held-out data `npm run lexicon:holdout` scores on.
const NER_FILES = ['nerp_ner-prosa', 'nergrit_ner-grit'].map(d =>
  join(NER_DIR, d, 'train_preprocess.txt'),
);

/** True when every source is on this machine (the NER corpora live outside the repository). */
export function sourcesPresent(): boolean {
  return NER_FILES.every(f => existsSync(f));
}

/** The idn-area-data CSV folder, found through Node's resolution. */
function areaDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** The province, regency/city and district CSV texts of idn-area-data. */
export function areaCsvs(): string[] {
  return ['provinces.csv', 'regencies.csv', 'districts.csv'].map(f =>
    readFileSync(join(areaDir(), f), 'utf8'),
  );
}

/** The village CSV text of idn-area-data (for the word-shape model only). */
export function villageCsv(): string {
  return readFileSync(join(areaDir(), 'villages.csv'), 'utf8');
}

/**
 * The shape model's exports: `PLACE_SHAPE_k` (trigrams at level +k, place-like) and
 * `PERSON_SHAPE_k` (level -k), k = 1 … SHAPE_MAX_LEVEL.
 */
export function shapeExports(levels: ReadonlyMap<number, readonly string[]>) {
  const out: Record<string, readonly string[]> = {};
  for (let k = 1; k <= SHAPE_MAX_LEVEL; k++) {
    out[`PLACE_SHAPE_${k}`] = levels.get(k) ?? [];
    out[`PERSON_SHAPE_${k}`] = levels.get(-k) ?? [];
  }
  return out;
}

/**
 * Generated file (path from the repository root) → its full text. The engine's lexicons go to
 * core/lexicon/generated; the word-shape model, which no engine stage uses yet (only
 * `npm run lexicon:holdout` scores it), stays with the scripts until one does.
 */
export function generatedModules(): Record<string, string> {
  const counts = countTokens(NER_FILES.map(f => readFileSync(f, 'utf8')));
  const places = placeWords(areaCsvs(), counts);
  const phrases = areaPhrases(areaCsvs()[1]!, places);
  const names = nameClasses(counts);
  const clubs = clubWords(counts);
  const shape = shapeLevels(areaWordTypes([...areaCsvs(), villageCsv()]), personWordTypes(counts));
  const placePeople = places.filter(w => personShare(counts.get(w)) >= PLACE_PERSON_SHARE);
  const shipped = [...shape.values()].reduce((n, l) => n + l.length, 0);
  return {
    'scripts/lexicon/generated/name-shape.ts': moduleText(
      `The word-shape model (scripts/lexicon/derive.ts shapeLevels): letter trigrams of a word, its
start and end marked by ^ and $, with the log-odds that a word holding them is a place's rather
than a person's, in steps of ${SHAPE_STEP} (PLACE_SHAPE_k: +k steps; PERSON_SHAPE_k: -k steps; capped
at ${SHAPE_MAX_LEVEL}). Place side: every word of idn-area-data 4's area names, villages included (npm;
data ODbL 1.0, code MIT); person side: every word the IndoNLU NER corpora (MIT; train splits)
tag inside a person's name; a word on both sides counts on neither. Trigrams seen in fewer than
${SHAPE_MIN_TYPES} word types or weaker than ${SHAPE_MIN_LOG_ODDS} are left out (${shipped} ship).
PLACE_PERSON_WORDS (${placePeople.length}): place words (PLACE_WORDS) that the NER corpora tag inside a person's
name in at least ${100 * PLACE_PERSON_SHARE}% of their entity tags (\`sakti\`, \`sari\`): a place that may be a given name.`,
      { ...shapeExports(shape), PLACE_PERSON_WORDS: placePeople },
    ),
    'core/lexicon/generated/word-forms.ts': moduleText(
      `Word forms that tell a common word from a name, from the IndoNLU NER corpora (MIT; train splits).
DERIVATION_DOUBLES: the consonant letters Indonesian derivation doubles, space-separated, sorted
(scripts/lexicon/derive.ts derivationDoubles): each doubled in a word with a derived shape
(\`ke-…-an\`, \`pe(N)-…\`, \`meN-/ber-/ter-…-an\`) that the corpora leave untagged more often than
they tag it. A capitalised word of that shape doubling any other consonant is a surname
(core/engine/text/word-shape.ts).
NYA_PERSON_WORDS: of the corpora's ${nyaTokenCount(counts)} tokens of \`-nya\` words (seven letters or more), the
words ever tagged inside a person's name (derive.ts nyaPersonWords); every other such word is a
possessed noun or a sentence adverb (\`Akhirnya\`, \`Adiknya\`), never a name word.`,
      { DERIVATION_DOUBLES: derivationDoubles(counts), NYA_PERSON_WORDS: nyaPersonWords(counts) },
    ),
    'core/lexicon/generated/place-words.ts': moduleText(
      `Indonesian place words, lowercase, space-separated, sorted (${places.length} words).
Source: idn-area-data 4 (npm; data ODbL 1.0, code MIT): the words of every province,
regency/city (without Kabupaten/Kota) and district name; villages left out (many are named like
people). Words that the IndoNLU NER corpora (MIT) tag as a person's name at least as often as a
place, or leave untagged far more often (common words), are dropped; words those corpora tag
mostly as places (>= 3 times, >= 80% of their entity tags) are added, which brings in foreign
places.
AREA_PHRASES (${phrases.length}): regency and city names of two words or more, not every word of them a place word
(\`kubu_raya\`: words joined by \`_\`), from the same source (scripts/lexicon/derive.ts areaPhrases).`,
      { PLACE_WORDS: places, AREA_PHRASES: phrases },
    ),
    'core/lexicon/generated/name-words.ts': moduleText(
      `Person-name and organisation words, lowercase, space-separated, sorted, from the IndoNLU NER
corpora (MIT; NERP news, lowercase, and NERGrit, cased; train splits only). A word tagged as
an entity at least ${MIN_ENTITY_COUNT} times goes to the class that dominates its tags: PERSON_FIRST
(${names.personFirst.length} words that mostly open a person's name), PERSON_INNER (${names.personInner.length} that mostly
continue one), ORG_WORDS (${names.org.length} that mostly name organisations or teams); a word used
untagged more than twice as often as in its class is a common word and left out.
CLUB_WORDS (${clubs.length}): words opening with Pers + vowel, the football clubs' naming (Persatuan
Sepak Bola Indonesia + place), that the corpora tag as an organisation at least once, at least as
often as a person or place, and no more often untagged.
PERSON_FIRST_RESPELT: PERSON_FIRST in one spelling per name (core/engine/names/name-spelling.ts's
respell: \`mochamad\`, \`muhammad\` → \`muhamad\`), sorted, made here so that a cold start does not
respell the whole list on its first variant spelling.`,
      {
        PERSON_FIRST: names.personFirst,
        PERSON_FIRST_RESPELT: [...new Set(names.personFirst.map(respell))].sort(),
        PERSON_INNER: names.personInner,
        ORG_WORDS: names.org,
        CLUB_WORDS: clubs,
      },
    ),
  };
}

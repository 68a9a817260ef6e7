/**
 * Lowercase words that open like an Indonesian verb (`ber-`, `ter-`, `di-`) but are none: the
 * engine's verb and passive tests are word shapes, so their exceptions are listed here, in one
 * place. Prepositions, determiners, adverbs and nouns of everyday news prose.
 */

/** Function words of both lists: prepositions, determiners and adverbs shaped like verbs. */
const FUNCTION_WORDS = 'terhadap tersebut terkait terutama termasuk terakhir diri';

/** Not a verb after a cue name (reported/noun-object.ts): `X terkait …` opens no reported clause. */
export const NOT_VERBS: ReadonlySet<string> = new Set(
  (
    `${FUNCTION_WORDS} bersama berupa berbagai beberapa dimana ` +
    // Prepositions shaped like meN- verbs: `hal tersebut melalui akun resminya` predicates nothing.
    'melalui menurut menjelang menuju ' +
    // Nouns of legal standing: `penangkapan dua tersangka …` names people, predicates nothing.
    'tersangka terdakwa terpidana'
  ).split(' '),
);

/** The prefix of Indonesian active verbs, the ones that take an object (`menangkap`). */
export const ACTIVE_VERB_PREFIX = 'me';

/**
 * Nouns of everyday news that open like a `meN-` verb (`menit`, `menteri`, `mesin`, `media`,
 * `merek`): in what follows a cue they predicate nothing (`menyarankan pergantian pemain pada
 * menit ke-70` is a noun object), as NOT_VERBS' words do (reported/noun-object.ts,
 * `reported.menNouns`). `mereka` is the pronoun.
 */
export const MEN_SHAPED_NOUNS: ReadonlySet<string> = new Set(
  (
    'menit menteri menara mesin media meter meteran medali merek mebel metode mekanisme ' +
    'mental mentalitas merpati melati meriam mentega memori mekanik mesjid membran meterai ' +
    'menantu mertua mendiang mereka'
  ).split(' '),
);

/**
 * Not a passive verb (discourse/doc-index.ts: a subject of one is acted upon): words opening with
 * `di`/`ter` that are pronouns, nouns, adverbs or superlatives (`dia`, `dinas`, `terbesar`).
 */
export const NOT_PASSIVE: ReadonlySet<string> = new Set(
  (
    `${FUNCTION_WORDS} dia dirinya dinas direktur direksi diskusi dialog digital diplomat ` +
    'diplomasi disiplin dilema dimensi dinamika dini diare terus terbaru terbesar terbanyak ' +
    'tertinggi terendah terlalu terlebih tertentu tergantung terdapat teratas terdepan terpadu'
  ).split(' '),
);

/**
 * `ter-` verbs of a bodily reaction, a feeling or a posture (`tersenyum`, `terdiam`, `terharu`,
 * `tertunduk`), and `terlihat` "looks" before what the subject looks like: shaped like the
 * accidental passive, but the subject does or feels it and nobody does it to them. A person who
 * smiles or falls silent before a quote is the one about to speak, not one acted upon
 * (cast/sentence-role.ts, `discourse.reactionNotPassive`).
 */
export const REACTION_VERBS: ReadonlySet<string> = new Set(
  (
    'tersenyum tertawa terkekeh terbahak terdiam termenung tertegun terpaku tercenung terisak ' +
    'tersedu terharu terkejut tertunduk terduduk terbatuk terlihat'
  ).split(' '),
);

/**
 * Active verbs with the ber- prefix written `be-` or `bel-` (`bekerja`, `belajar`, `beternak`,
 * `bepergian`): verbs though no `me-`/`ber-` shape shows it, so a cue joined after them by `dan`
 * (`Ia bekerja sebagai juru parkir dan menyebut …`) still has the sentence's subject
 * (reported/coordinated-cue.ts isActiveVerbShape: part of the verb shape, no rule of its own).
 */
export const IRREGULAR_ACTIVE_VERBS: ReadonlySet<string> = new Set(
  'bekerja belajar beternak bepergian'.split(' '),
);

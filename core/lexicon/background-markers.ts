/**
 * Words that set a clause back in time before the story's present (`Sebelumnya, X meresmikan …`,
 * `X sempat meninjau …`, `X pernah menjabat …`, `… pada 2019 silam`, `X had visited …`): a clause
 * so marked is background the writer fills in, and the person it narrates is talked about rather
 * than brought on as the next speaker. Lowercase, matched as whole words of the clause's sentence.
 * `telah`/`sudah` are left out: they mark a finished act in the story's present as often.
 */
export const BACKGROUND_WORDS: ReadonlySet<string> = new Set(
  // Indonesian: before that, happened to (once), ever/once, ago (of a date), earlier.
  (
    'sebelumnya sempat pernah silam terdahulu ' +
    // English (en.republika.co.id): earlier, previously, had (the past perfect).
    'earlier previously formerly had ago'
  ).split(' '),
);

/**
 * A time unit followed by one of these dates the clause in the past (`pekan lalu`, `tahun lalu`,
 * `last week` reads the other way round: BACKGROUND_BEFORE_UNIT). The units are TIME_NOUNS and
 * EN_TIME_UNITS (time-nouns.ts).
 */
export const BACKGROUND_AFTER_UNIT: ReadonlySet<string> = new Set(['lalu']);
/** English words before a time unit that date a clause in the past (`last week`). */
export const BACKGROUND_BEFORE_UNIT: ReadonlySet<string> = new Set(['last']);

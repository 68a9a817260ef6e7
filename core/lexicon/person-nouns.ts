/**
 * Nouns that describe a person by sex, age or kinship (`kata perempuan itu`, `ujar remaja itu`,
 * `kata ayah dua anak itu`, `the woman said`), one row each with what the readers need of it; the
 * lists the engine reads are made from this table, so a word is written once. Lowercase.
 * - `sex`: the sex it tells, heading a description or set off after or before a name (`X, ibu dua
 *   anak, …`, `Ayahnya, X, …`), or as the modifier after such a head (`relawan perempuan`)
 *   (discourse/description-gender.ts, gender.ts); English `he`/`she` and `ujar wanita itu` agree.
 * - `band`: the ages a writer uses it for, [youngest, oldest] in years, wide enough that a reader
 *   would not object (discourse/described-age-band.ts; modifiers in lexicon/age-bands.ts).
 * - `alone`: an Indonesian noun by which a description tells sex, age or kinship only, no office
 *   or trade: it stands for someone the reporter did not name or the person just opened as the
 *   topic (`Sari (45), pedagang, mengeluh … “…,” ujar perempuan itu`), never an organisation or
 *   a place (discourse/person-description.ts, names/described-subject.ts, cast/read-mentions.ts).
 * - `parent`: a parent or grandparent a feature story introduces by the household (STANDING_PARENTS).
 */
import { OLD_AGE, type AgeBand } from './age-bands';
import type { Gender } from './gender';

/** What a person noun tells (see the file's comment). */
interface PersonNoun {
  sex?: Gender;
  band?: AgeBand;
  alone?: true;
  parent?: true;
}

const M = 'male' as const;
const F = 'female' as const;

const PERSON_NOUN_TABLE: ReadonlyMap<string, PersonNoun> = new Map<string, PersonNoun>([
  // Sex.
  ['pria', { sex: M, alone: true }],
  ['lelaki', { sex: M, alone: true }],
  ['laki-laki', { sex: M, alone: true }],
  ['wanita', { sex: F, alone: true }],
  ['perempuan', { sex: F, alone: true }],
  ['gadis', { sex: F, alone: true }],
  ['nona', { sex: F, alone: true }],
  // Kin a writer describes a parent or grandparent by (`kata ayah dua anak itu`, `ujar mama lima
  // anak itu`), also the regional and affectionate ones (`mama`, `emak`, `mbah`), and the widowed.
  ['bapak', { sex: M, alone: true, parent: true }],
  ['ayah', { sex: M, alone: true, parent: true }],
  ['ayahanda', { sex: M, alone: true, parent: true }],
  ['papa', { sex: M, alone: true }],
  ['opa', { sex: M, alone: true, parent: true }],
  ['duda', { sex: M, alone: true, parent: true }],
  ['ibu', { sex: F, alone: true, parent: true }],
  ['ibunda', { sex: F, alone: true, parent: true }],
  ['mama', { sex: F, alone: true, parent: true }],
  ['mamak', { sex: F, alone: true, parent: true }],
  ['emak', { sex: F, alone: true, parent: true }],
  ['oma', { sex: F, alone: true, parent: true }],
  ['janda', { sex: F, alone: true, parent: true }],
  ['mbah', { alone: true, parent: true }],
  // Kin set off after or before a name (`Suaminya, X, …`), not alone a description of its own.
  ['suami', { sex: M }],
  ['putra', { sex: M }],
  ['abang', { sex: M }],
  ['istri', { sex: F }],
  ['isteri', { sex: F }],
  ['putri', { sex: F }],
  // Trades written in a form for one sex (`ustazah`, the `-wati` and `-i` forms): not a
  // description by sex alone, but the sex of the person set off by one (`X, ustazah lulusan …`).
  ['ustaz', { sex: M }],
  ['ustadz', { sex: M }],
  ['ustazah', { sex: F }],
  ['ustadzah', { sex: F }],
  ['santriwati', { sex: F }],
  ['mahasiswi', { sex: F }],
  ['siswi', { sex: F }],
  ['biarawati', { sex: F }],
  ['pramugari', { sex: F }],
  ['karyawati', { sex: F }],
  ['wartawati', { sex: F }],
  ['olahragawati', { sex: F }],
  ['polwan', { sex: F }],
  // Infants and small children.
  ['bayi', { band: [0, 2] }],
  ['balita', { band: [0, 5] }],
  ['batita', { band: [0, 3] }],
  ['bocah', { band: [1, 14], alone: true }],
  ['bocil', { band: [1, 14] }],
  // The young (`ABG`, `anak baru gede`, is written in capitals; read lowercased).
  ['remaja', { band: [11, 21], alone: true }],
  ['abg', { band: [11, 19] }],
  ['pemuda', { sex: M, band: [15, 35], alone: true }],
  ['pemudi', { sex: F, band: [15, 35], alone: true }],
  // The old: grandparents as a writer describes them (`nenek itu`, not `neneknya`), the elderly.
  ['kakek', { sex: M, band: [50, OLD_AGE], alone: true, parent: true }],
  ['nenek', { sex: F, band: [50, OLD_AGE], alone: true, parent: true }],
  ['lansia', { band: [60, OLD_AGE], alone: true }],
  ['manula', { band: [60, OLD_AGE] }],
  // English.
  ['man', { sex: M }],
  ['gentleman', { sex: M }],
  ['woman', { sex: F }],
  ['lady', { sex: F }],
  ['boy', { sex: M, band: [0, 17] }],
  ['girl', { sex: F, band: [0, 17] }],
  ['baby', { band: [0, 2] }],
  ['toddler', { band: [1, 4] }],
  ['child', { band: [0, 14] }],
  ['teenager', { band: [12, 19] }],
  ['teen', { band: [12, 19] }],
  ['youth', { band: [14, 24] }],
  ['pensioner', { band: [55, OLD_AGE] }],
  ['retiree', { band: [55, OLD_AGE] }],
]);

/** The rows' words with their value in column `pick`, where it has one. */
function column<T>(pick: (n: PersonNoun) => T | undefined): Map<string, T> {
  const out = new Map<string, T>();
  for (const [w, n] of PERSON_NOUN_TABLE) {
    const v = pick(n);
    if (v !== undefined) out.set(w, v);
  }
  return out;
}

/** The nouns that describe a person by sex, age or kinship alone (column `alone`). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(column(n => n.alone).keys());

/** The sex a person noun tells (column `sex`). */
export const PERSON_NOUN_GENDER: ReadonlyMap<string, Gender> = column(n => n.sex);

/** Person nouns by the ages they describe, as the head of a description (column `band`). */
export const AGE_BAND_NOUNS: ReadonlyMap<string, AgeBand> = column(n => n.band);

/**
 * Parents and grandparents a feature story introduces by their household rather than by a trade
 * (`X, ibu tiga anak, …`, `X, ayah dua anak asal Y, …`, `X, ibu rumah tangga, …`): with the
 * children they raise, or the household they keep (STANDING_HOUSEHOLD), the description is what
 * the panel shows as the person's role (cast/standing-description.ts). Lowercase.
 */
export const STANDING_PARENTS: ReadonlySet<string> = new Set(column(n => n.parent).keys());

/** The children or grandchildren a parent is counted by (`ibu tiga anak`, `nenek enam cucu`). */
export const STANDING_CHILDREN: ReadonlySet<string> = new Set(
  'anak cucu putra putri orang'.split(' '),
);

/** The household a parent keeps, after the parent noun (`ibu rumah tangga`). */
export const STANDING_HOUSEHOLD = 'rumah tangga';

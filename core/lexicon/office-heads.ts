/**
 * Heads of government bodies and offices, sorted by how their names are made. Each reader asks one
 * question of a head, and the lists differ because the questions do; kept in one place so a head
 * added for one reader is weighed for the others:
 * - Is the office named by its fields, which `dan` joins into one name (`Badan Riset dan
 *   Inovasi`, `Kementerian Pendidikan, Kebudayaan, dan Riset`)? FIELD_OFFICE_HEAD_SET
 *   (cast/field-after-dan.ts, names/group-subject.ts, names/field-list-office.ts).
 * - Is the body never named after a person, by field or by seat (`Dinas Pendidikan`, `Polres
 *   Sleman`), so a given name right after it opens its holder's name? FIELD_NAMED_BODY_SET
 *   (names/name-split.ts, names.model.givenAfterHead).
 * - Is the head written with lowercase words after it (`Badan antariksa Jepang`)? PHRASE_HEAD_SET
 *   (names/org-phrase.ts).
 * - Is an organisation head also a field, ending one body's name after `dan` (`Biro Hukum dan
 *   Organisasi`)? FIELD_WORD_HEAD_SET (cast/organisation-pair.ts).
 * Lowercase.
 */
import { words } from './word-list';

/**
 * Government bodies named by their fields (`Dinas Pendidikan`, `Balai Benih dan Pupuk`): every
 * question above but the last says yes.
 */
const FIELD_BODIES: readonly string[] = words(`
  kementerian badan lembaga komisi dinas direktorat biro balai
`);

/**
 * More heads of offices named by their fields, which `dan` joins (`Kemenko Politik dan Keamanan`,
 * `Pusat Data dan Informasi`). A police directorate's sub-directorates are named by field lists too
 * (`Subdirektorat Industri, Perdagangan, dan Investasi`, `Subdit Tipiter`), written short as
 * `subdit`. The given-name reader has never weighed them (FIELD_NAMED_BODIES).
 */
const MORE_FIELD_OFFICES: readonly string[] = words(`
  kemenko pusat departemen subdirektorat subdit
`);

/**
 * Bodies never named after a person but not by a field list: by their seat or their function
 * (`Polres Sleman`, `Kejaksaan Negeri X`, `Dewan Pers`). Beside them `dan` names someone else
 * (`Menurut Polres X dan Sukiman`), so they are no heads of a field list.
 */
const SEAT_NAMED_BODIES: readonly string[] = words(`
  komite dewan kepolisian kejaksaan pengadilan inspektorat sekretariat kantor polda polres satgas
  otoritas
`);

/**
 * Heads of offices named by their fields, which `dan` joins (`Kementerian Kelautan dan Perikanan`,
 * `Badan Riset dan Inovasi`): not a government or a party, named beside someone with `dan`.
 */
export const FIELD_OFFICE_HEADS: readonly string[] = [...FIELD_BODIES, ...MORE_FIELD_OFFICES];

/**
 * Holders of an office named by its fields (`Menteri Desa, Pembangunan Daerah Tertinggal, dan
 * Transmigrasi X`): the minister's titles; a field office's other holders are named with its head
 * (`Kepala Dinas …`, `Kepala Badan …`), except the head of a sub-directorate, whose title is one
 * word (`Kasubdit Industri, Perdagangan, dan Investasi`: kepala subdirektorat).
 */
export const FIELD_OFFICE_HOLDERS: readonly string[] = words(`menteri menko wamen kasubdit`);

/**
 * Government bodies named by their field or their seat (`Dinas Pendidikan`, `Badan Pangan`,
 * `Polres Sleman`), never after a person, unlike a university, a foundation or a firm
 * (`Universitas Ahmad Dahlan`, `Yayasan Budi Mulia`): a given name right after one of them opens
 * the holder's name (names.model.givenAfterHead).
 */
export const FIELD_NAMED_BODIES: readonly string[] = [...FIELD_BODIES, ...SEAT_NAMED_BODIES];

/**
 * Organisation heads that may be written with lowercase words after them (`Komunitas intelijen AS
 * menyimpulkan`, `Badan antariksa Jepang mengumumkan`): the field bodies whose name may be a
 * description, a council or an authority, and a community; `badan-badan` for several.
 */
export const PHRASE_HEADS: readonly string[] = words(`
  komunitas badan lembaga kementerian otoritas dinas komisi dewan badan-badan
`);

/**
 * Organisation heads (lexicon/roles.ts ORG_HEADS) that also end one body's name after `dan`
 * (`Biro Hukum dan Organisasi`, `Sekolah Tinggi Bisnis dan Manajemen`, `Kantor Pencarian dan
 * Pertolongan`): a half of an `X dan Y` run opening with one of them is no body by its head alone.
 */
export const FIELD_WORD_HEADS: readonly string[] = words(`
  organisasi manajemen pemerintahan militer tentara gabungan jaringan pusat kantor gedung tim
`);

/** FIELD_OFFICE_HEADS as a set. */
export const FIELD_OFFICE_HEAD_SET: ReadonlySet<string> = new Set(FIELD_OFFICE_HEADS);
/** FIELD_OFFICE_HOLDERS as a set. */
export const FIELD_OFFICE_HOLDER_SET: ReadonlySet<string> = new Set(FIELD_OFFICE_HOLDERS);
/** FIELD_NAMED_BODIES as a set. */
export const FIELD_NAMED_BODY_SET: ReadonlySet<string> = new Set(FIELD_NAMED_BODIES);
/** PHRASE_HEADS as a set. */
export const PHRASE_HEAD_SET: ReadonlySet<string> = new Set(PHRASE_HEADS);
/** FIELD_WORD_HEADS as a set. */
export const FIELD_WORD_HEAD_SET: ReadonlySet<string> = new Set(FIELD_WORD_HEADS);

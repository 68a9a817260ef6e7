/**
 * The kinds of organisation a lone kind noun stands for (`Perusahaan juga menyatakan …` is the
 * company named before: cast/kind-noun.ts), by the first words of their names. Lowercase.
 */
import { words } from './word-list';

/**
 * First words of a company's name: its legal form (`PT X`, `CV X`), a state company's (`Perum X`,
 * `Persero X`), an airline (`Maskapai X`) or a bank (`Bank X`; not a public one:
 * PUBLIC_BANK_WORDS).
 */
export const COMPANY_OPENERS: readonly string[] = words(`pt cv perum persero bank maskapai`);

/**
 * Words that, second in a name opening with `bank`, make it a central bank or a lender to
 * governments rather than a company (`Bank Indonesia`, `Bank Sentral Eropa`, `Bank Dunia`): the
 * article's `Perusahaan` never means one of them.
 */
export const PUBLIC_BANK_WORDS: readonly string[] = words(`indonesia sentral dunia`);

/**
 * First words of a campus's name: a university, an institute, a polytechnic, an academy, a
 * `sekolah tinggi` by its short forms (`STIE X`, `STIKes X`). Not `sekolah` alone: a school is no
 * campus, and a facility head (facilities.ts) that never names an organisation.
 */
export const CAMPUS_OPENERS: readonly string[] = words(`
  universitas institut politeknik akademi stie stikes
`);

/** A kind of organisation a kind noun stands for (KIND_NOUNS). */
export type OrganisationKind = 'company' | 'campus';

/**
 * Kind nouns that, alone and capitalised only because they open the sentence, stand for the
 * organisation of that kind the article named before (`Perusahaan juga menyatakan …`,
 * `Perseroan menyatakan …`, `Kampus menyebut …`; cast/kind-noun.ts), with the kind each stands
 * for. ORGANISATION_KINDS takes them all, so a lowercase one opening a reporting clause is read
 * too (`Dalam keterangan tertulis, perseroan menyatakan …`): one list, both readers.
 */
export const KIND_NOUNS: ReadonlyMap<string, OrganisationKind> = new Map([
  ['perusahaan', 'company'],
  ['perseroan', 'company'],
  ['emiten', 'company'],
  ['kampus', 'campus'],
]);

/**
 * Common nouns for a kind of body that also head its full name (`Kementerian Luar Negeri`, `Partai
 * X`, `Bank Y`): roles.ts ORG_HEADS takes them as heads, ORGANISATION_KINDS as the bare kind a
 * later clause names the body by. Written once, here.
 */
export const BODY_KIND_HEADS: readonly string[] = words(`
  kementerian lembaga badan komisi organisasi asosiasi yayasan partai universitas bank klub
  federasi serikat koalisi aliansi
`);

/**
 * Bodies of a community that head a name of several words, often a place's and a wish's
 * (`Koperasi Petani Kopi X Maju`, `Kelompok Tani Sido Makmur`, `Paguyuban Y`, `Sanggar Tari Z`):
 * no person's name follows one in its run without an office before it (`Ketua Kelompok Tani X
 * Budi`), so a run they open with no given name in it is the body (names.communityBodyName).
 * Lowercase.
 */
export const COMMUNITY_BODY_HEADS: ReadonlySet<string> = new Set(
  words(`koperasi kelompok paguyuban perkumpulan sanggar komunitas gabungan`),
);

/**
 * Kinds of organisation a text names the body by once it has named it in full, as a bare noun
 * opening a reporting clause (`Perusahaan juga mengklaim …`, `Dalam keterangan tertulis,
 * kementerian menegaskan …`, `Maskapai itu menyatakan …`; names/organisation-subject.ts). Not
 * `pemerintah`, which speaks as itself (`Pemerintah menyatakan …`), nor an acronym or a seat that
 * is itself a name (`Polri`, `Kremlin`). Two-word kinds are written with a hyphen (`rumah-sakit`).
 */
export const ORGANISATION_KINDS: readonly string[] = [
  ...BODY_KIND_HEADS,
  // Kinds that head no name of their own in ORG_HEADS.
  ...words(`maskapai koperasi rumah-sakit`),
  // The kind nouns (`perusahaan`, `perseroan`, `emiten`, `kampus`), from their one list.
  ...KIND_NOUNS.keys(),
];

/** COMPANY_OPENERS as a set. */
export const COMPANY_OPENER_SET: ReadonlySet<string> = new Set(COMPANY_OPENERS);
/** PUBLIC_BANK_WORDS as a set. */
export const PUBLIC_BANK_WORD_SET: ReadonlySet<string> = new Set(PUBLIC_BANK_WORDS);
/** CAMPUS_OPENERS as a set. */
export const CAMPUS_OPENER_SET: ReadonlySet<string> = new Set(CAMPUS_OPENERS);
/** ORGANISATION_KINDS as a set. */
export const ORGANISATION_KIND_SET: ReadonlySet<string> = new Set(ORGANISATION_KINDS);

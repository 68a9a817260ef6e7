/**
 * Honorifics and academic titles: removed from the canonical name (`KH Mahmud Arifin Sholeh` →
 * `Mahmud Arifin Sholeh`), as the scorer's HONORIFICS set does. Lowercase, without the final dot.
 * `mama` addresses a grown woman in Papua, Maluku and Nusa Tenggara as `ibu` does elsewhere
 * (`Mama Yuliana, pedagang ikan`); it names no one's mother there. Regional forms of address work
 * the same way: `mbah` (Javanese, an elder), `mbok` (Javanese, a grown woman), `bang`/`abang`
 * (Malay and Betawi, an older man), `cak` (East Javanese, a man), `kang`/`teh` (Sundanese, an older
 * brother or sister: `Kang Asep` for Asep Sumantri), `bli` (Balinese, an older brother), `mak`
 * (Malay and Betawi, a mother or an older woman: `Mak Ijah`), left out of the canonical name as
 * `mbok` and `mbah` are (the Sundanese `Ma`, an old woman, is not here: it spells `MA`, the
 * Supreme Court, in the case-blind sets); `amai` (Minangkabau, an older woman: `Amai Nurhayati`)
 * and `uda` (Minangkabau, an older brother) likewise (`uni`, an older sister, is not here: it opens
 * `Uni Eropa`); `tgh` is Tuan Guru Haji, the
 * title of a Sasak religious teacher in Lombok (`TGH Lalu Muhammad Zaini`). (`Hi.`, haji as
 * Gorontalo writes it, is not here: the lists match any case, and `hi`/`HI` is a greeting or
 * `Hubungan Internasional` as often.) Protestant churches
 * write their elders' and deacons' offices before the name: `Sintua` (a Batak church elder),
 * `Penatua`, `Diaken`; their short forms are read apart (CHURCH_OFFICE_SHORT, below). `Jero` is
 * the Balinese title of a holder of a customary or temple office and of a commoner woman married
 * into a noble house (`Jero Mangku X`, `Jero Bendesa`; `Jro` for short), left out of the canonical name as `Pak`
 * is, and before an office alone it means that office's holder as `Pak Camat` does.
 */

import { words } from './word-list';
import { dropFinalDot } from '../engine/text/chars';
import { lowerWord } from '../engine/text/kept-per-string';
import { featureOn } from '../engine/features';
import { NAMING_HEAD_SET } from './facilities';

export const HONORIFICS: readonly string[] = words(`
  pak bapak bu ibu mas mbak bung h hj kh habib ustaz ustadz ustazah gus buya syekh syaikh prof
  dr drg drh ir drs dra mr mrs ms sir tuan nyonya kiai kyai romo pastor pendeta pdt haji hajah hajjah raden
  tengku teuku tgk teungku cut datuk dato tan sri tun king queen sheikh syeikh
  maulana sayyid sayid syech syeh syaich abuya ajengan nyai ustad ustadzah al-habib rr rd
  mama mbah mbok bang abang cak tgh capt
  kang teh bli mak amai uda
  sintua penatua diaken jero jro
`);

/**
 * Professions a title before a name tells (`dr. X` is a doctor, `Pdt. X` a pastor, `Ir. X` an
 * engineer, `Prof. X` a professor): a description by the profession alone (`kata dokter itu`)
 * means the person written with the title (discourse/honorific-title.ts). By the profession,
 * lowercase; the titles as written, without the final dot: a physician's `dr` is lowercase
 * (`Dr` is a doctorate, held by any scholar).
 */
export const PROFESSION_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['dokter', ['dr']],
  ['dokter gigi', ['drg']],
  ['dokter hewan', ['drh']],
  ['pendeta', ['Pdt']],
  ['insinyur', ['Ir']],
  ['profesor', ['Prof']],
]);

/**
 * Forms of address by which neighbours, customers and colleagues call a person, and which
 * journalists keep before the short form of the name the person goes by (`Bu Nur`, `Pak Har`,
 * `Mbah Darmo`, `Mas Jo`): the familiar half of HONORIFICS above, not the titles of rank, faith or
 * learning, which stand before a full name (`KH`, `Dr`, `Ustaz`). After one, a lone name word
 * shorter than any name the article gave may be cut from a person's name word
 * (cast.addressedShortForm). Lowercase.
 */
export const FAMILIAR_ADDRESS: ReadonlySet<string> = new Set(
  words(`pak bapak bu ibu mas mbak bung mbah mbok bang abang cak kang teh bli mak amai uda mama`),
);

/**
 * Javanese kin words that follow a form of address as if they were a name (`Pak De`, `Bu De` for
 * an uncle or aunt older than one's parent, `Pak Lik` for a younger one, `Le` for a boy): no short
 * form cut from anyone's name (cast.addressedShortForm). Lowercase.
 */
export const KIN_AFTER_ADDRESS: ReadonlySet<string> = new Set(words(`de dhe lik le`));

/**
 * Titles written short, often with a dot (`Dr.`, `Prof.`, `Ir.`, `Drs.`, `Dra.`, `H.`, `Hj.`, `KH.`,
 * `Rr.` for Raden Rara, a Javanese noblewoman's title, `Rd.` for Raden, a Javanese or Sundanese
 * nobleman's (spelled out, `Raden` stays in the name: KEEP_AS_NAME); `Tgk.` for Teungku, an Acehnese scholar's title;
 * `Pdt.` for Pendeta, a pastor, and `St.`, `Pnt.`, `Dkn.` for a church elder or deacon; `Capt.`
 * for a pilot or a ship's master, as airlines and ports write it): a name always follows one, so
 * its dot neither ends a sentence (text/text.ts) nor the name's capitalised run
 * (names/name-run.ts). The one list of them. Lowercase, without the dot.
 */
export const SHORT_TITLES: readonly string[] = words(
  `dr drg drh prof ir drs dra h hj kh rr rd tgk pdt st pnt dkn capt`,
);

/**
 * Titles that spell a common word, so the run readers never start a name with them: `Lalu`, the
 * title of a Sasak nobleman of Lombok (`Lalu Budi Hartawan`; a noblewoman's `Baiq` spells no
 * word), is also the conjunction `lalu` ('then'). Between a role's comma and a name it still
 * stands before the name (cast/read-mentions.ts). Lowercase.
 */
export const TITLES_SPELLING_WORDS: ReadonlySet<string> = new Set(words(`lalu`));

/**
 * Titles written before the names of people who hold degrees (`Dr.` a doctorate, `dr.` a
 * physician, `Prof.`, `Ir.` an engineer, `Drs.`/`Dra.` the old bachelor's): after a name opened by
 * one, a word of a degree's shape set off by commas is a degree, not a name (`Dr. X, M.Psi,
 * menilai`; names/degrees-after.ts). Lowercase, without the dot.
 */
export const DEGREE_HOLDER_TITLES: ReadonlySet<string> = new Set(
  words(`dr drg drh prof ir drs dra`),
);

/**
 * Medical titles Indonesian writes in lowercase before a name (`dr Rina`, `drg Budi` for a
 * dentist, `drh Andi` for a vet): inside a capitalised run or after a role's comma they still
 * stand before the name (`Kepala Puskesmas X dr Rina Sari`, `Kepala Dinas X, drg Budi, …`).
 */
export const LOWERCASE_TITLES: readonly string[] = words(`dr drg drh`);

/** LOWERCASE_TITLES as a set, for the readers that test one word (names/, cast/). */
export const LOWERCASE_TITLE_SET: ReadonlySet<string> = new Set(LOWERCASE_TITLES);

/**
 * Given names written short with a dot (`Moh.`, `Muh.`, `Mhd.` for Mohammad/Muhammad, `Moch.` for
 * the old spelling Mochammad, `Abd.` for Abdul), or without one as Malaysian and Singaporean names
 * write Mohammad/Muhammad (`Mohd`, `Muhd`): part of the name, never a title, and their dot never
 * ends a sentence (text/text.ts) nor the name's run (names/name-run.ts). Lowercase, without the dot.
 */
export const SHORT_GIVEN_NAMES: readonly string[] = words(`moh moch muh mhd abd mohd muhd`);

/**
 * Post-nominal degrees written after a name (`Lestiani Wuryan MGizi SpGK`, `S.H.`, `Sp.PD`, `M.Kes`),
 * as written with their dots (`S.H` or `SH`, `Ph.D` or `PhD`, `S.I.K` or `SIK`). The second line
 * holds degrees of the national list of academic titles that police, Islamic and health schools
 * give (`S.I.K` for the police academy, `S.E.I`/`S.H.I`/`S.Pd.I` for Islamic economics, law and
 * teaching, `S.K.M` for public health), written after officers' and lecturers' names. The third
 * holds the agriculture, animal husbandry, forestry, fisheries, engineering and arts degrees
 * (`M.P` Magister Pertanian, `S.Pt`, `S.Hut`, `S.Pi`, `S.TP`, `M.Eng`, `S.Sn`/`M.Sn`) that regional
 * agency heads write after their names (`Ir X MP`). The fourth holds the certificates of competency
 * harbour masters and ship captains write after their names (`Capt. X, M.Mar`): Master Mariner, and
 * `M.Mar.E` for a ship's chief engineer. The fifth holds the sports master's of the national list
 * (`M.Or`, Magister Olahraga, which coaches write) and the economics master's earned abroad
 * (`M.Ec`). The next holds the theology and religious-teaching degrees that pastors, priests and
 * religion teachers write after their names (`Pdt. X, M.Th`: Sarjana and Magister Teologi, `M.Div`,
 * `S.Pd.K`/`S.Pd.H`/`S.Pd.B` for Christian, Hindu and Buddhist religious education); the last, the
 * computing, architecture, health and applied (`S.Tr`, Sarjana Terapan) degrees of the
 * national list not written above, with the nutrition and midwifery ones village health stories
 * meet (`M.Gz`, `S.Keb`, `S.Tr.Keb`), and the public administration degrees of regional officials
 * (`S.AP`, `M.AP`: Sarjana and Magister Administrasi Publik), with the applied bachelor's of the
 * civil service academy that district heads write (`S.STP`, Sarjana Sains Terapan Pemerintahan;
 * `S.ST`, Sarjana Sains Terapan) and the psychology master's (`M.Psi`, `M.Psi.T`). The diplomas
 * (`A.Md.Keb`) are read by their shape, below;
 * `S.P` (Sarjana Pertanian) is read apart, below.
 */
const DOTTED_DEGREES: readonly string[] = words(`
  S.H M.H S.E M.M M.Si S.Sos M.A Ph.D M.Kes S.Kep M.Kep S.Si S.IP M.IP M.Sc M.Hum S.Hum S.Farm
  S.Kom S.Ag M.Ag S.Pd M.Pd S.T M.T S.Psi
  S.I.K S.E.I M.E.I S.H.I M.H.I S.Pd.I M.Pd.I S.Th.I S.Sy M.Sy S.K.M M.K.M S.Ked S.Gz S.Ak M.Ak
  S.I.Kom M.I.Kom M.Han M.Kn
  M.P S.Pt S.Hut S.Pi S.TP M.Eng S.Sn M.Sn
  M.Mar M.Mar.E
  M.Or M.Ec
  S.Th M.Th D.Th M.Div S.Si.Teol S.Pd.K M.Pd.K S.Pd.H S.Pd.B
  M.Kom S.Ars M.Ars S.Kes M.Biomed S.Tr M.Tr
  M.Gz S.Keb M.Keb S.Tr.Keb S.Tr.Kes S.Tr.Kep
  S.AP M.AP
  S.STP S.ST M.Psi M.Psi.T
`);
/**
 * Degrees never written with a dot inside (`MBA`, `Apt`). The second line holds the master's
 * degrees hospital and public-sector managers write after their names: `MARS` (Magister
 * Administrasi Rumah Sakit), `MMR`/`MMRS` (Manajemen Rumah Sakit), `MHA`, `MPA`, `MPP`. The third
 * holds what Catholic priests write after their names: `Pr` for a diocesan priest, and the letters
 * of their religious order (`SJ` Jesuits, `OFM` Franciscans, `SVD` Divine Word, …): `Romo X Pr`.
 */
const UNDOTTED_DEGREES: readonly string[] = words(`
  Lc MA MBA Ns Apt CPA MPH MSc
  MARS MMR MMRS MHA MPA MPP
  Pr SJ OFM SVD MSC MSF OSC CSsR OCD OMI CICM OFMCap
`);

/**
 * Degrees whose undotted spelling is as often the initials of a family name (`Dimas Arya SP`):
 * `S.P`, Sarjana Pertanian, the agriculture degree of regional agency heads. Written with or without
 * its dots (initials are dotted too: `Dimas Arya S.P.`), it is a degree only inside a chain of
 * degrees set off by commas, before another degree (`Kepala Dinas Pertanian X, Y, SP, M.Si,
 * mengatakan`), as isChainedDegree reads it.
 */
const INITIALS_LIKE_DEGREES: readonly string[] = words(`S.P`);
const INITIALS_LIKE: ReadonlySet<string> = new Set([
  ...INITIALS_LIKE_DEGREES,
  ...INITIALS_LIKE_DEGREES.map(d => d.replaceAll('.', '')),
]);

/** Every degree as it may be written, without a final dot; case as written. */
const DEGREE_SET: ReadonlySet<string> = new Set([
  ...UNDOTTED_DEGREES,
  ...DOTTED_DEGREES,
  ...DOTTED_DEGREES.map(d => d.replaceAll('.', '')),
]);

const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * `Sp.PD`, `SpGK`: a specialist's degree, `Sp` with or without a dot and one to three capitals; a
 * consultant in a subspecialty adds it after a hyphen, `K` and its field's capitals (`SpPD-KGH`,
 * `Sp.THT-KL`).
 */
function isSpecialistDegree(d: string): boolean {
  const hyphen = d.indexOf('-');
  if (hyphen > 0)
    return isSpecialistDegree(d.slice(0, hyphen)) && isConsultantField(d.slice(hyphen + 1));
  if (!d.startsWith('Sp')) return false;
  const from = d[2] === '.' ? 3 : 2;
  const n = d.length - from;
  if (n < 1 || n > 3) return false;
  for (let i = from; i < d.length; i++) if (!isAsciiUpper(d.charCodeAt(i))) return false;
  return true;
}

/** `KGH`, `KL`: a consultant's subspecialty, `K` and one to four capitals. */
function isConsultantField(f: string): boolean {
  if (f.length < 2 || f.length > 5 || f[0] !== 'K') return false;
  for (let i = 1; i < f.length; i++) if (!isAsciiUpper(f.charCodeAt(i))) return false;
  return true;
}

/** `MGizi`, `MKom`: a master's degree written as `M`, a capital and lowercase letters. */
function isMasterDegree(d: string): boolean {
  if (d.length < 3 || d[0] !== 'M' || !isAsciiUpper(d.charCodeAt(1))) return false;
  for (let i = 2; i < d.length; i++) if (!isAsciiLower(d.charCodeAt(i))) return false;
  return true;
}

/**
 * `A.Md`, `Amd.Keb`, `A.Md.Kep`: a diploma (Ahli Madya), with or without its dots, and the field
 * after it as the national list writes it, a capital and up to four lowercase letters (`Keb`
 * midwifery, `Kep` nursing, `Farm`, `Gz`) or one capital (`T`) (names.diplomaDegree).
 */
function isDiplomaDegree(d: string): boolean {
  if (d[0] !== 'A' || !featureOn('names.diplomaDegree')) return false;
  let i = d[1] === '.' ? 2 : 1;
  if ((d[i] !== 'M' && d[i] !== 'm') || d[i + 1] !== 'd') return false;
  i += 2;
  if (i === d.length) return true;
  if (d[i] === '.') i++;
  // The field: one capital and up to four lowercase letters.
  const field = d.length - i;
  if (field < 1 || field > 5 || !isAsciiUpper(d.charCodeAt(i))) return false;
  for (let k = i + 1; k < d.length; k++) if (!isAsciiLower(d.charCodeAt(k))) return false;
  return true;
}

/**
 * True when `w` is a post-nominal degree, with or without a final dot. Read from the lists and
 * the two shapes above, not one regex of every degree: that alternation was compiled on every
 * cold start of the engine, for the words of each name run.
 */
export function isDegree(w: string): boolean {
  const d = dropFinalDot(w);
  // `Sp.OG(K)`, `SpA(K)`: a consultant marks the specialist degree with `(K)` right after it; the
  // mark alone is the last token of such a degree (the tokenizer splits it off).
  if (d.endsWith(CONSULTANT_MARK) && featureOn('names.consultantMark'))
    return (
      d.length === CONSULTANT_MARK.length || isSpecialistDegree(d.slice(0, -CONSULTANT_MARK.length))
    );
  return DEGREE_SET.has(d) || isSpecialistDegree(d) || isMasterDegree(d) || isDiplomaDegree(d);
}

/**
 * True when `w` is a degree written inside a chain of degrees set off by commas, `degreeAfter`
 * telling whether another degree follows it there: any degree, and one that is as often a family
 * name's initials (`SP`, `S.P`) when another degree follows (names.initialsLikeDegree).
 */
export function isChainedDegree(w: string, degreeAfter: boolean): boolean {
  if (isDegree(w)) return true;
  if (!degreeAfter || !featureOn('names.initialsLikeDegree')) return false;
  return INITIALS_LIKE.has(dropFinalDot(w));
}

/**
 * Professional titles written after the degrees that qualify for them, in the same chain set off
 * by commas (`X, M.Psi, Psikolog, menjelaskan`: a licensed psychologist; `X, S.E., Ak., CA,`: a
 * registered accountant, a chartered one). As a word of their own they open a role or a sentence
 * (`Psikolog X menilai`), so they are read as a link of the chain only after a degree
 * (names/degrees-after.ts, names.professionAfterDegree). Case as written, no final dot.
 */
const LICENCE_TITLES: ReadonlySet<string> = new Set(words(`Psikolog Ak CA`));

/** True when `w` is a professional title written after a degree (LICENCE_TITLES). */
export const isLicenceTitle = (w: string): boolean =>
  LICENCE_TITLES.has(dropFinalDot(w)) && featureOn('names.professionAfterDegree');

/**
 * `M.Par`, `S.Ds`, `M.Or`: the shape of a bachelor's (`S.`) or master's (`M.`) degree written with
 * its dot and a field of a capital and one to three lowercase letters. A given name after an
 * initial has it too (`M.Ali`, `M.Ai`), so the shape is a degree only where another degree comes
 * before it in a chain set off by commas (`X, S.Sos., M.Par, …`; names/degrees-after.ts,
 * names.degreeShapeInChain).
 */
export function isDegreeShaped(w: string): boolean {
  const d = dropFinalDot(w);
  if (d.length < 4 || d.length > 6 || (d[0] !== 'S' && d[0] !== 'M') || d[1] !== '.') return false;
  if (!isAsciiUpper(d.charCodeAt(2))) return false;
  for (let i = 3; i < d.length; i++) if (!isAsciiLower(d.charCodeAt(i))) return false;
  return featureOn('names.degreeShapeInChain');
}

/** The consultant's mark after a specialist degree (`SpPD(K)`). */
const CONSULTANT_MARK = '(K)';

/** `Sri` opens many Javanese given names (`Sri Mulyani`), so it is an honorific only before another honorific. */
const KEEP_AS_NAME = new Set(['sri', 'cut', 'tan', 'raden']);

/** Honorifics, lowercase. */
export const HONORIFIC_SET: ReadonlySet<string> = new Set(
  HONORIFICS.filter(h => !KEEP_AS_NAME.has(h)),
);

/**
 * Minang customary titles (gelar adat) written after a man's given name (`Hendri Datuak Rajo Sati`,
 * `Syafri Sutan Pangeran`, `Anwar Bagindo Sati`, `Efendi Marah Sutan`), with the Minang and the
 * Malay spellings of `datuk` and its short form `Dt`: the title and the words after it are part of
 * the name as written (names.model.minangGelar). Lowercase.
 */
export const MINANG_GELAR: ReadonlySet<string> = new Set(
  words(`datuak datuk dt sutan bagindo marah`),
);

/**
 * The spellings of the customary title `datuk` (Minang `datuak`, short `Dt.`): one title however
 * written, so `kata Datuk` means the man whose name holds `Dt.` (discourse.gelarTitle). Lowercase.
 */
export const DATUK_FORMS: ReadonlySet<string> = new Set(words(`datuk datuak dt`));

/** Malay honorifics that take a second word (`Datuk Seri`, `Tan Sri`, `Dato' Sri`). */
const MALAY_PAIRED: ReadonlySet<string> = new Set(['datuk', 'dato', "dato'", 'tan', 'tun']);

/**
 * Honorifics of two words, by their second word: the first words it follows. Malay `Tan Sri`,
 * `Datuk Seri`; `Tuan Guru`, TGH spelled out (Tuan Guru Haji, a Sasak religious teacher's title),
 * not a person called Guru. `Sri` alone opens Javanese given names (`Sri Mulyani`).
 */
const HONORIFIC_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['seri', MALAY_PAIRED],
  ['sri', MALAY_PAIRED],
  ['guru', new Set(['tuan'])],
]);

/** True when `first` then `second` (lowercase, dots dropped) are one honorific pair. */
function honorificPair(first: string, second: string): boolean {
  if (!HONORIFIC_PAIRS.get(second)?.has(first)) return false;
  return second !== 'guru' || featureOn('names.tuanGuru');
}

/**
 * `Prof Dr Ing Budi`: the German engineering doctorate (Dr.-Ing.), written by Indonesian
 * graduates as `Dr Ing` or `Dr. Ing.`, and the Doctor of Engineering of Japanese universities,
 * written `Dr. Eng.`. `Ing` and `Eng` alone may be given names, so each is a title only right
 * after `Dr`.
 */
const AFTER_DOCTOR: ReadonlySet<string> = new Set(words(`ing eng`));

/**
 * True when `word` (without its dot) is a doctorate's field written after `Dr` and `before` (the
 * word before it, dot or none) is `Dr`: `Dr. Ing.`, `Dr Eng`.
 */
export function isDoctorateField(word: string, before: string): boolean {
  return isDoctorateFieldWord(word) && dropFinalDot(lowerWord(before)) === 'dr';
}

/** True when `word` (dot or none) may be a doctorate's field (`Ing`, `Eng`): the cheap test first. */
export const isDoctorateFieldWord = (word: string): boolean =>
  AFTER_DOCTOR.has(dropFinalDot(lowerWord(word)));

/**
 * Church offices written short (`St.` Sintua, `Pnt.` Penatua, `Dkn.` Diaken): spelled in capitals
 * they are acronyms (`DKN`, `ST` for a Balinese youth group), so each is a title only in title
 * case; `St.` after a name word is a Minang `Sutan` inside the name (`Zulkifli St. Mangkuto`), so
 * it is one only opening the run or after a lowercase word (`Ketua panitia St. X`) or a church's
 * acronym (`HKBP St. X`); after a school's or hospital's acronym it is a saint in its name
 * (`SMA St. Yoseph`, `RS St. Carolus`: a word after such a head names the institution, facilities.ts
 * NAMING_HEADS) (names.churchOfficeTitles). Lowercase.
 */
const CHURCH_OFFICE_SHORT: ReadonlySet<string> = new Set(words(`st pnt dkn`));

/** True when the church office written short at `words[k]` stands as a title (see above). */
function churchOfficeAt(words: readonly string[], k: number, lw: string): boolean {
  const w = words[k]!;
  const titleCase = w[0] !== w[0]!.toLowerCase() && w[1] === w[1]!.toLowerCase();
  if (!titleCase || !featureOn('names.churchOfficeTitles')) return false;
  if (lw !== 'st' || k === 0) return true;
  // After a school's or hospital's head `St.` is a saint in its name (`SMA St. Yoseph`); after a
  // church's acronym it is the elder's office (`HKBP St. X`).
  const prev = words[k - 1]!;
  if (prev === prev.toLowerCase()) return true;
  return prev === prev.toUpperCase() && !NAMING_HEAD_SET.has(prev.toLowerCase());
}

/**
 * True when `words[k]` is an honorific where it stands: one of HONORIFIC_SET, either word of an
 * honorific pair (HONORIFIC_PAIRS: `Tan Sri`, `Datuk Seri Azlan Mokhtar`, `Tuan Guru`) or `Ing`
 * after `Dr`.
 */
export function isHonorificAt(words: readonly string[], k: number): boolean {
  // lowerWord: the name readers ask this of each word of a run, several times over.
  const written = lowerWord(words[k]!);
  const lw = written.endsWith('.') ? written.slice(0, -1) : written;
  if (CHURCH_OFFICE_SHORT.has(lw)) return churchOfficeAt(words, k, lw);
  if (HONORIFIC_SET.has(lw)) return true;
  const next = words[k + 1];
  if (next !== undefined && honorificPair(lw, lowerWord(next))) return true;
  if (isDoctorateField(lw, words[k - 1] ?? '')) return true;
  const prev = words[k - 1];
  return prev !== undefined && honorificPair(lowerWord(prev), lw);
}

/**
 * Batak teknonyms, which name a parent or grandparent by a child (`Nai Romauli`, mother of
 * Romauli; `Amani Butet`, father of Butet; `Ompu Sahat`, grandparent of Sahat): the word after
 * one is the child's name, not the parent's (cast/cast-draft.ts). Lowercase.
 */
export const TEKNONYM_OPENERS: ReadonlySet<string> = new Set(words(`nai amani ompu`));

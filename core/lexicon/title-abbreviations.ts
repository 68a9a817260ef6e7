/**
 * Abbreviated titles and ranks and their spelled-out forms (`Kapolda` = `Kepala Kepolisian
 * Daerah`, `Brigjen` = `Brigadir Jenderal`). A role introduced in one form and named later in the
 * other (`kata Kepala Kepolisian Daerah … Budi`, then `kata Kapolda`) means the same person, so
 * role-head matching compares both sides in the spelled-out form. Lowercase; generic newsroom
 * abbreviations, not any article's names.
 */

/** Abbreviation → its expansion (whitespace-separated words). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Police heads by level: national, regional (province), resort (regency), sector.
  kapolri: 'kepala kepolisian negara ri',
  kapolda: 'kepala kepolisian daerah',
  kapolres: 'kepala kepolisian resor',
  kapolresta: 'kepala kepolisian resor kota',
  kapolsek: 'kepala kepolisian sektor',
  wakapolri: 'wakil kepala kepolisian negara ri',
  // Ministers.
  menlu: 'menteri luar negeri',
  menkeu: 'menteri keuangan',
  menag: 'menteri agama',
  mendagri: 'menteri dalam negeri',
  menhan: 'menteri pertahanan',
  menkes: 'menteri kesehatan',
  wamen: 'wakil menteri',
  // Offices and officers.
  jubir: 'juru bicara',
  sekjen: 'sekretaris jenderal',
  ketum: 'ketua umum',
  dirut: 'direktur utama',
  dirjen: 'direktur jenderal',
  wapres: 'wakil presiden',
  kadis: 'kepala dinas',
  // The trial prosecutor (`JPU X` … `ujar jaksa`).
  jpu: 'jaksa penuntut umum',
  // Military commands: regional (Kodam), resort (Korem), district (Kodim).
  pangdam: 'panglima komando daerah militer',
  danrem: 'komandan komando resor militer',
  dandim: 'komandan komando distrik militer',
  // Police and military ranks.
  brigjen: 'brigadir jenderal',
  irjen: 'inspektur jenderal',
  komjen: 'komisaris jenderal',
  kombes: 'komisaris besar',
  mayjen: 'mayor jenderal',
  letjen: 'letnan jenderal',
};

/**
 * Military commands, which the titles of their commanders are made from (`Danrem` = `Komandan
 * Korem`, `Pangdam` = `Panglima Kodam`): each command's short form is itself an acronym of
 * `Komando` and its level, so a role written `Komandan Korem X` only meets `Danrem` when both are
 * spelled out. Expanded with TITLE_ABBREVIATIONS (behind discourse.commandUnits).
 */
export const COMMAND_UNITS: Readonly<Record<string, string>> = {
  kodam: 'komando daerah militer',
  korem: 'komando resor militer',
  kodim: 'komando distrik militer',
  koramil: 'komando rayon militer',
  // The sub-district commander, with the three above in TITLE_ABBREVIATIONS.
  danramil: 'komandan komando rayon militer',
};

/**
 * Two-word phrases that office acronyms shorten with a piece no word opens with (`Disnaker` =
 * `Dinas Tenaga Kerja`, `Kasatlantas` = `Kepala Satuan Lalu Lintas`, `Kasi Pidsus` = `Kepala Seksi
 * Pidana Khusus`, whose `sus` is the last syllable of `khusus`): the words, then the piece
 * (cast/title-acronym.ts).
 */
export const PHRASE_PIECES: readonly (readonly [string, string, string])[] = [
  ['tenaga', 'kerja', 'naker'],
  ['lalu', 'lintas', 'lantas'],
  ['pidana', 'khusus', 'pidsus'],
];

/** Multi-word spellings folded to one form (`Republik Indonesia` = `RI`). */
export const TITLE_FOLDS: readonly (readonly [string, string])[] = [['republik indonesia', 'ri']];

/** Words a title may carry or drop without changing whom it means (`Kapolda Provinsi X`). */
export const TITLE_OPTIONAL: ReadonlySet<string> = new Set(['provinsi']);

/**
 * Words for the office an institution's head sits in (`Kepala Kantor Kementerian Agama`, `Kepala
 * Kantor Imigrasi`), which a title may leave out right after the head (`Kepala Kemenag`,
 * `Kepala Imigrasi`; cast/piecewise-title.ts).
 */
export const TITLE_OFFICE_WORDS: ReadonlySet<string> = new Set(['kantor']);

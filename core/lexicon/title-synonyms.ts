/**
 * Other words a text introduces a title's holder with, when a later bare title (`sang profesor`,
 * `Sang arsitek`) uses words the introduction never wrote. Lowercase: a title's words → the words
 * looked for in the lead-in instead; generic newsroom usage, not any article's names.
 */
/** Titles written interchangeably: each of `group` → the others. */
const interchangeable = (group: readonly string[]): Record<string, readonly string[]> =>
  Object.fromEntries(group.map(title => [title, group.filter(other => other !== title)]));

export const TITLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // The honorific written before the name (`Prof Dr Nama`, `KH Nama`) is the title said alone
  // later (`Menurut sang profesor`, `ujar kiai itu`).
  profesor: ['prof'],
  'guru besar': ['prof'],
  kiai: ['kh'],
  kyai: ['kh'],
  // The other honorifics written short before the name (lexicon/honorifics.ts SHORT_TITLES):
  // `Pdt. Nama` … `kata pendeta itu`; `TGH Nama` (Tuan Guru Haji, Lombok) … `kata Tuan Guru`;
  // `Tgk. Nama` (Teungku, Aceh) … `ujar teungku itu`.
  pendeta: ['pdt'],
  'tuan guru': ['tgh'],
  teungku: ['tgk'],
  // Sports copy calls the head coach the team's architect or tactician (`Sang arsitek berharap`).
  arsitek: ['pelatih'],
  'juru taktik': ['pelatih'],
  // A party's lawyer is written four ways (`kuasa hukum X`, then `kata pengacara itu`).
  ...interchangeable(['pengacara', 'kuasa hukum', 'penasihat hukum', 'advokat']),
};

/**
 * Words a writer describes a person by instead of the office the article gave them, and the
 * words of that office they fit (lowercase): a description pointing back (`ujar legislator itu`,
 * `kata wakil rakyat dari Dapil X itu`) agrees with the person whose role holds one of them
 * (`Anggota Komisi IV DPR`), though it shares none of the role's own words. Generic newsroom
 * usage: hypernyms and stock phrases for an office, not any article's names. A title's other
 * words (TITLE_SYNONYMS: `juru taktik` → `pelatih`) fit the same way.
 */
export const DESCRIPTION_FITS: Readonly<Record<string, readonly string[]>> = {
  // A member of a legislature: the house (DPR, DPRD, DPD, MPR), its caucus or its commission.
  legislator: ['dpr', 'dprd', 'dpd', 'mpr', 'fraksi', 'komisi', 'senator'],
  'wakil rakyat': ['dpr', 'dprd', 'dpd', 'mpr', 'fraksi', 'komisi', 'legislator'],
  senator: ['dpd', 'senat'],
  // A politician: a party's officer or a legislator.
  politikus: ['partai', 'fraksi', 'dpr', 'dprd', 'legislator'],
  politisi: ['partai', 'fraksi', 'dpr', 'dprd', 'legislator'],
  // The same in English copy: `the lawmaker`, `the politician` for a member of the House or a
  // regional council (written by its acronym or as a commission of it) or a party's officer. Not
  // `house` or `council`, which other bodies share (`White House`, `Security Council`).
  lawmaker: ['dpr', 'dprd', 'parliament', 'commission', 'legislator', 'senator'],
  politician: ['party', 'dpr', 'dprd', 'parliament', 'commission', 'legislator'],
  // `orang nomor satu di X`: the head of a region, an institution or a company.
  'orang nomor satu': [
    'bupati',
    'wali',
    'gubernur',
    'presiden',
    'ketua',
    'kepala',
    'direktur',
    'rektor',
    'kapolda',
    'kapolres',
    'pangdam',
  ],
  // A general by the stars of the rank: the ranks of the police, army, navy and air force.
  'bintang satu': ['brigjen', 'laksma', 'marsma'],
  'bintang dua': ['irjen', 'mayjen', 'laksda', 'marsda'],
  'bintang tiga': ['komjen', 'letjen', 'laksdya', 'marsdya'],
  // A police officer of middle rank (`perwira menengah`): AKBP, Kompol, Kombes and the TNI's.
  'perwira menengah': ['akbp', 'kompol', 'kombes', 'mayor', 'letkol', 'kolonel'],
  // An ambassador written as an envoy and back (`the former envoy said` for `a former ambassador`).
  envoy: ['ambassador', 'dubes', 'duta'],
  ambassador: ['envoy', 'dubes', 'duta'],
  // The head of a village, by its regional names.
  'kepala kampung': ['kades', 'desa', 'lurah', 'kampung'],
};

/**
 * Words that only grade or qualify an office inside its title (`duta besar`, `guru besar`, `jaksa
 * agung`, `direktur utama`, `ketua umum`): such a word shared does not make two titles one office,
 * so a description (`ujar guru besar itu`) does not fit an ambassador by `besar`
 * (discourse.gradeWordsApart). Not `senior` or `muda`, which tell a person's standing in a trade
 * (`wartawan senior itu`), not an office's grade. Lowercase.
 */
export const OFFICE_GRADE_WORDS: ReadonlySet<string> = new Set([
  'besar',
  'agung',
  'utama',
  'umum',
  'madya',
  'khusus',
  'tinggi',
]);

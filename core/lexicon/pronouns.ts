/**
 * Anaphors that name a speaker without naming them (docs §2.3 "Anaphors").
 */
import { DAN, SERTA } from './conjunctions';

/** The Indonesian third person singular (`kata dia`, `Ia menilai`, `ujar beliau`). */
const SINGULAR_ID: readonly string[] = ['dia', 'ia', 'beliau'];

/** Third person singular: resolved to the last singular speaker (`kata dia`, `Ia menilai`). */
export const SINGULAR: ReadonlySet<string> = new Set([...SINGULAR_ID, 'he', 'she', 'him', 'her']);

/** SINGULAR_ID as a set, for the readers of `Ia adalah X`, `Ia dan X` (discourse/). */
export const SINGULAR_ID_SET: ReadonlySet<string> = new Set(SINGULAR_ID);

/**
 * English `it` as a reporting subject (`“…,” it said`, `It added that …`): an organisation
 * speaking as such (a ministry, a company, a council), never a person or a group of people.
 */
export const ORGANISATION_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/**
 * Collective numerals that open a description of that many people (`kata kedua petani itu`, `ujar
 * ketiga pemain tersebut`: "the two farmers"): it points back to a group as `keduanya` does, in
 * the same order from two. Only opening the description: after a noun they are ordinals (`anak
 * kedua`).
 */
export const COLLECTIVE_NUMERALS: readonly string[] = ['kedua', 'ketiga', 'keempat'];

/**
 * `keduanya`, `ketiganya` ("the two/three of them"): the collective numerals with `-nya`, a counted
 * plural that points back to the people named together before it (`Budi dan Rina …`, `kata
 * keduanya`), as `mereka` does.
 */
export const COUNTED_PLURAL: readonly string[] = COLLECTIVE_NUMERALS.map(n => `${n}nya`);

/** Plural: resolved to the last group (`kata mereka`, `Mereka menilai`, `kata keduanya`). */
export const PLURAL: ReadonlySet<string> = new Set(['mereka', 'they', 'them', ...COUNTED_PLURAL]);

/**
 * Third-person pronouns that stand as a clause's subject when they open it (`Ia dulu ingin X bekerja
 * …`, `They wanted X to …`): a name after one in its clause is somebody the pronoun's referent acts
 * on or tells of, not who leads the sentence (cast/sentence-role.ts). After a noun they are its
 * possessor (`Putra beliau X`), which the reader tells by position. Object forms (`him`, `her`,
 * `them`) are left out: `Her son, X, said` is led by X.
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  ...SINGULAR_ID,
  'mereka',
  ...COUNTED_PLURAL,
  'he',
  'she',
  'they',
]);

/**
 * Conjunctions joining a companion to a pronoun subject (`Ia dan X`, `Ia serta X`): both lead.
 * (`Ia bersama X` needs none: the lead reader stops at the preposition.)
 */
export const PRONOUN_COMPANION_JOINS: ReadonlySet<string> = new Set([DAN, SERTA, 'and']);

/**
 * First person in a reported frame (`kata saya` is rare, `kami` is the speaker's side): kept as a
 * pronoun mention of the current speaker.
 */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['saya', 'aku', 'kami']);

/**
 * The first person singular (`saya`, `aku`; `-ku` is left out, it ends other words): a quote
 * speaking so is one person's, never an organisation's, which speaks as `kami`.
 */
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['saya', 'aku']);

/**
 * Sentence adverbs written with `-nya` (`Akibatnya, …`, `Biasanya …`): no possessor in them, so
 * they tell nothing of whom a sentence is about, unlike a possessed noun (`anak sulungnya`).
 */
export const NYA_ADVERBS: ReadonlySet<string> = new Set(
  (
    'akibatnya akhirnya sebelumnya sesudahnya setelahnya selanjutnya berikutnya biasanya misalnya ' +
    'tampaknya rupanya agaknya sayangnya untungnya nyatanya sebaliknya karenanya sepertinya ' +
    'kabarnya katanya konon utamanya terutamanya khususnya umumnya pokoknya lainnya'
  ).split(' '),
);

/**
 * Copulas. After a name (`Budi adalah pensiunan guru`, `Sari merupakan pedagang sayur`) what
 * follows is what the person is, a description presenting them; before one (`Pemenangnya adalah
 * X`) the name is the clause's subject under another description.
 */
export const COPULAS: ReadonlySet<string> = new Set(['adalah', 'ialah', 'merupakan']);

/** Existentials (`Di antara mereka ada X`, `terdapat pula X`): the name after one is introduced. */
export const EXISTENTIALS: ReadonlySet<string> = new Set(['ada', 'terdapat']);

/**
 * Verbs of being seen that open a clause with the person after them (`Di tribun penonton, tampak
 * Hj. X (70), …`, `Di barisan depan terlihat X`): the writer brings the person in, as an existential
 * does. Lowercase.
 */
export const SEEN_PRESENTERS: ReadonlySet<string> = new Set(['tampak', 'terlihat', 'tampaklah']);

/** The emphatic pronouns that present one person (`Dialah X, 57 tahun, …`, `Beliaulah X`). */
export const PERSON_PRESENTERS: ReadonlySet<string> = new Set(['dialah', 'beliaulah']);

/**
 * Pronouns and demonstratives with the emphatic `-lah` (`Dialah X, 41 tahun, …` after `seorang
 * perempuan …`; `Inilah X`, `Merekalah X dan Y`): they present the name after them, as `tampak`
 * does, and open no name (`Inilah`, `Itulah` present places and things as well). Lowercase.
 */
export const EMPHATIC_PRESENTERS: ReadonlySet<string> = new Set([
  ...PERSON_PRESENTERS,
  ...'merekalah inilah itulah'.split(' '),
]);

/**
 * Words closing a phrase that picks one out of a group just named (`Salah satunya X`): the name
 * after it is introduced as the new topic, as after an existential. `Di antaranya` alone opens a
 * list (`di antaranya Gubernur X, Bupati Y dan Z`), no one picked out, so it is not here; after a
 * count it picks some out (AMONG_THEM below).
 */
export const ONE_OF_THEM: ReadonlySet<string> = new Set(['satunya']);

/**
 * `Dua di antaranya adalah A dan B`, `dua di antara mereka, A dan B, …`: the words after a count
 * that pick some out of a group just described, as written in order (lowercase). The names after
 * them are people (cast.countedPairIntroduces).
 */
export const AMONG_THEM: readonly (readonly string[])[] = [
  ['di', 'antaranya'],
  ['di', 'antara', 'mereka'],
];

/** `pihaknya` = "his/her side": the last speaker, as a -nya mention. */
export const NYA_WORDS: ReadonlySet<string> = new Set(['pihaknya', 'dirinya', 'menurutnya']);

/**
 * Nouns that, with a demonstrative (`Hal itu`, `Pernyataan tersebut`), open a sentence about the
 * statement just reported (`Hal itu terungkap ketika Kapolres X menggelar konferensi pers`): the
 * person of a time clause inside such a sentence is its source, the topic a later `-nya` means.
 */
export const STATEMENT_REFERENCES: ReadonlySet<string> = new Set(
  'hal pernyataan keterangan penjelasan informasi ungkapan'.split(' '),
);

/**
 * Words that open a sentence crediting the statement just quoted, as `Hal itu` does
 * (`Demikian disampaikan X`): with a passive reporting verb and its agent after them, the
 * paragraph before is that agent's (discourse/agent-after.ts).
 */
export const CREDITING_OPENERS: ReadonlySet<string> = new Set(['demikian']);

/** Definite-description closers: `kata mantan Dirjen itu` refers back to a known speaker. */
export const DEFINITE: ReadonlySet<string> = new Set(['itu', 'tersebut', 'ini']);

/**
 * Words after a description that point it back to somebody already in the story: the
 * demonstratives, and `tadi` ("just mentioned": `pedagang jagung bakar tadi`).
 */
export const POINTING_BACK: ReadonlySet<string> = new Set([...DEFINITE, 'tadi']);

/**
 * The word that makes the noun after it plural (`para petani`, `para menteri`): a role written
 * with it is shared by the names that follow (names/shared-role.ts).
 */
export const PLURAL_ARTICLE = 'para';

/**
 * Words that open an unnamed plural subject (`Para menteri`, `Sejumlah warga`): the group a later
 * `mereka` means. A capitalised run right after the group's noun (`Sejumlah buruh PT X`, `Para
 * warga Desa Y`) is its employer or home, not the subject.
 */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(
  'para sejumlah beberapa banyak'.split(' '),
);

/**
 * English words that open an unnamed plural subject the same way (`Several pilgrims nodded`, `Many
 * residents fled`): the crowd a later `they` means, not the named speaker heard before
 * (cast.englishGroupOpeners). Lowercase.
 */
export const EN_PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['several', 'many']);

/**
 * The cardinal numerals from two to ten, in order (`dua` … `sepuluh`): the counts written before a
 * noun, listed once for the counts of people below and of a span of time (time-nouns.ts).
 */
export const CARDINALS: readonly string[] =
  'dua tiga empat lima enam tujuh delapan sembilan sepuluh'.split(' ');

/**
 * The articles that make an Indonesian description definite from its front (`si kembar`, `sang
 * kakak`), as a closing demonstrative does from its end. Lowercase.
 */
export const DESCRIPTION_ARTICLES: ReadonlySet<string> = new Set(['si', 'sang']);

/**
 * Nouns of a pair or a small band of people (`kata pasangan itu`, `ujar si kembar`, `kata tiga
 * bersaudara itu`, `kakak beradik itu`, `the couple said`): a description they head or hold points
 * back to the people named together before it, as `keduanya` does (discourse.groupDescription).
 * `trio` counts three; the others two, unless a count opens the description. Lowercase.
 */
export const GROUP_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(
  'pasangan kembar sejoli duo trio bersaudara beradik sekawan couple twins pair siblings'.split(
    ' ',
  ),
);

/**
 * Two kin nouns written side by side (or hyphenated: `kakek-nenek`) that name a pair of people
 * (`suami istri itu`, `kakak adik itu`): the pairs of one generation or both parents. Other nouns
 * side by side name one person by another (`ayah bocah itu`: the boy's father; `ibu anak itu`),
 * and `anak-istri` is a household, not two people. Lowercase, one space between.
 */
export const PAIR_COMPOUNDS: ReadonlySet<string> = new Set([
  'suami istri',
  'kakak adik',
  'kakek nenek',
  'ayah ibu',
  'bapak ibu',
  'ibu bapak',
]);

/**
 * Nouns hyphenated into a household, a kindred or a crowd, not a pair of people (`anak-istri` a
 * man's wife and children, `anak-cucu` the descendants, `sanak-saudara` the relatives, `anak-menantu`
 * the children and their spouses; `pemuda-pemudi`, `siswa-siswi`: young people, pupils of both
 * sexes). (`putra-putri` is not here: `Putra-putri almarhum, X dan Y` are often just two.) Lowercase,
 * one space between.
 */
export const HOUSEHOLD_COMPOUNDS: ReadonlySet<string> = new Set([
  'anak istri',
  'anak cucu',
  'anak menantu',
  'sanak saudara',
  'sanak keluarga',
  'pemuda pemudi',
  'siswa siswi',
  'mahasiswa mahasiswi',
]);

/**
 * English `man` and its plural ending (`men`, `women`, `fishermen`): a count's head written in the
 * plural is read as the singular the person nouns list (`the two men`).
 */
export const EN_MAN = 'man';
export const EN_MEN = 'men';

/** Two to five, the counts a list of people is written with, as such and collective (`kedua`). */
export const SMALL_COUNTS = CARDINALS.slice(0, 4);

/** The same counts in English, in the same order (`the two men replied`). */
export const EN_SMALL_COUNTS: readonly string[] = ['two', 'three', 'four', 'five'];

/**
 * Small counts of people written before the role a list of names shares (`Dua perawat, Rina dan
 * Sela, …`, `Kedua saksi, A dan B`, `Para korban, A dan B`): every name of the list holds the role.
 */
/**
 * `salah satu`, `salah seorang`: the words saying a person is one of several (`Salah satu korban,
 * X`), opener then count; a role keeps them as written (cast/role-description.ts). Lowercase.
 */
export const ONE_OF_OPENERS: ReadonlySet<string> = new Set(['salah']);
export const ONE_OF_COUNTS: ReadonlySet<string> = new Set(['satu', 'seorang']);

/**
 * Words that count the members of a pair or list set off after it (`A dan B, keduanya warga Desa
 * X,`): what follows is every member's role (cast.pairCountedAppositive). Lowercase.
 */
export const PAIR_COUNTS: ReadonlySet<string> = new Set(['keduanya', 'ketiganya']);

export const LISTED_COUNTS: ReadonlySet<string> = new Set([
  ...PLURAL_DETERMINERS,
  ...SMALL_COUNTS,
  ...SMALL_COUNTS.map(n => `ke${n}`),
]);

/**
 * Counted plurals that open such a group the same way (`Puluhan warga`, `Ratusan buruh`, `Ribuan
 * penonton`): "dozens", "hundreds", "thousands" of people.
 */
export const COUNTED_GROUP: ReadonlySet<string> = new Set(
  'belasan puluhan ratusan ribuan'.split(' '),
);

/** English articles opening a description: `the` points back, `a`/`an` is somebody unnamed. */
export const EN_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Words opening a person's description that tell nothing of the person (`sang pelatih`, `seorang
 * warga`): the description's head is the word after them; English has its articles (EN_ARTICLES).
 */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['sang', 'seorang']);

/**
 * Words that open an indefinite description, introducing somebody new (`seorang warga`, `salah
 * seorang guru`, `sejumlah siswa`): a demonstrative closing it (`seorang pengurus masjid
 * tersebut`) points at a noun inside it, never back at a person.
 */
export const INDEFINITE_OPENERS: ReadonlySet<string> = new Set([
  'seorang',
  'salah',
  'sejumlah',
  'beberapa',
]);

/**
 * Words of owning before a name (`Truk milik X terguling`): the sentence tells what befell a thing
 * the person owns, and the person is talked about, not the one whose deed or charge it tells
 * (cast/sentence-role.ts possessorOfThing).
 */
export const OWNING_WORDS: ReadonlySet<string> = new Set([
  'milik',
  'punya',
  'kepunyaan',
  'miliknya',
]);

/** Determiners of unnamed speakers: `kata seorang warga`, `menurut sumber`. */
export const INDEFINITE: ReadonlySet<string> = new Set([
  'seorang',
  'salah',
  'sebuah',
  PLURAL_ARTICLE,
  'sejumlah',
  'beberapa',
  'sumber',
  'pegawai',
  'warga',
  'petugas',
  'pejabat',
  'pihak',
  'kalangan',
  'banyak',
]);

/**
 * Nouns for members of an organisation or a crowd (`pegawai PT X`, `karyawan Bank Y`, `warga
 * Bekasi`): the capitalised words after them name the employer or the place, not the speaker, so
 * such a subject is an unnamed speaker unless a person's name follows.
 */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(
  (
    'pegawai karyawan karyawati staf pekerja petugas buruh warga penduduk pengunjung jamaah jemaah ' +
    'santri ' +
    'siswa siswi pelajar mahasiswa mahasiswi penumpang pedagang petani nelayan relawan pendukung simpatisan ' +
    'employee employees worker workers resident residents'
  ).split(' '),
);

/** Member nouns for employees: what follows them is the employer, never the speaker's name. */
export const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set(
  'pegawai karyawan karyawati staf pekerja buruh employee employees worker workers'.split(' '),
);

/**
 * Words that make an employee noun an office a named person holds (`Staf Ahli Bupati X`, `staf
 * khusus menteri X`): the name after them is the holder's, not the employer's.
 */
export const OFFICE_AFTER_EMPLOYEE: ReadonlySet<string> = new Set(['ahli', 'khusus']);

/**
 * Determiners of one unnamed person (`seorang pakar`, `salah seorang warga`, `a hydrologist`): a
 * description they open after a named source says who that one person is.
 */
export const ONE_PERSON_DETERMINERS: ReadonlySet<string> = new Set('seorang salah a an'.split(' '));

/** Words that may open such a subject before the member noun (`seorang pegawai`, `para warga`). */
export const MEMBER_DETERMINERS: ReadonlySet<string> = new Set(
  'seorang salah satu para sejumlah beberapa banyak a an one'.split(' '),
);

/**
 * Heads of an unnamed spokesperson or official (`jubir Hamas`, `juru bicara dari kementerian …`):
 * they take the organisation, so without a person's name after it the speaker stays unnamed.
 */
export const SPOKESPERSON_HEADS: ReadonlySet<string> = new Set(
  'jubir bicara spokesperson spokesman spokeswoman'.split(' '),
);

/**
 * Heads of someone a statement is made through on another's behalf (`melalui juru bicara pemkab,
 * X,`, `lewat kuasa hukumnya, Y,`): the spokesperson heads, a lawyer (`kuasa hukum`, `pengacara`).
 * After a preposition of means they are the statement's source, not an instrument talked about.
 */
export const VOICE_HEADS: ReadonlySet<string> = new Set([
  ...SPOKESPERSON_HEADS,
  'kuasa',
  'pengacara',
]);

/**
 * Group nouns that speak without a name (`tim kuasa hukumnya menyebut`, `sang penanya bertanya`,
 * `Jaksa Penuntut Umum dari KPK`): with no person's name they are unnamed speakers, and an
 * organisation after them (`dari KPK`) is their affiliation, not the speaker.
 */
export const GROUP_HEADS: ReadonlySet<string> = new Set(
  'tim kuasa penanya jamaah jemaah jaksa penyidik'.split(' '),
);

/**
 * Nouns of kin and company, written possessed before the person's name (`suaminya, Darto,`,
 * `bersama rekannya, Rudi,`): the name is the person related to the subject, not the subject.
 * A possessed role (`pengacaranya`, `pendampingnya`) is read from the role words (roles.ts).
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  (
    'suami istri isteri anak ayah ibu bapak adik kakak abang putra putri cucu keponakan menantu ' +
    'mertua paman bibi rekan teman sahabat kawan tetangga pacar kekasih tunangan ajudan ' +
    // Kin and company farther out, and a trade relation (`dari petani langganannya, X,`: the
    // supplier or customer one deals with regularly).
    'saudara sepupu kerabat kenalan majikan langganan pelanggan ' +
    // Kin a feature story writes formally or by the household (`Ibundanya, X`, `Orang tua lain,
    // X`); `orang tua` in two words is read where its second word is (kin-before-name.ts).
    'ibunda ayahanda orangtua'
  ).split(' '),
);

/**
 * Kin nouns that also open a person's name or address (`Putri Ayu`, `Putra Siregar`, `Kak Rina`
 * written `Kakak Rina`, `Adik Dimas`, `Paman X`): capitalised before a name, they may be the
 * name's own.
 */
export const KIN_NOUNS_ALSO_NAMES: ReadonlySet<string> = new Set([
  'putra',
  'putri',
  'adik',
  'kakak',
  // Kin said to elders as address (`Paman X`, `Bibi Y`), as a nickname a region gives its leader.
  'paman',
  'bibi',
]);

/**
 * Words that say which of several kin is meant, written between a kin noun and its `-nya` (`putri
 * sulungnya`, `anak keduanya`): birth order. The kin phrase without `-nya` is how the person is
 * related (`putri sulung`).
 */
export const KIN_ORDER_WORDS: ReadonlySet<string> = new Set(
  'sulung bungsu tertua termuda pertama kedua ketiga keempat kelima'.split(' '),
);

/**
 * Words that mark the kin's owner as deceased (`istri almarhum Sugeng`, `anak mendiang Rahmat`):
 * the owner's name follows them, so the kin phrase runs on to that name.
 */
export const DECEASED_WORDS: ReadonlySet<string> = new Set(
  'almarhum almarhumah mendiang alm'.split(' '),
);

/**
 * Emphatic words that may close a subject before its relative clause (`Sari sendiri, yang …,
 * meminta`): no part of the name they follow.
 */
export const EMPHATICS: ReadonlySet<string> = new Set(['sendiri']);

/**
 * Determiners that pick one of a kind (`salah satu pengajar`, `salah seorang warga`, `seorang
 * ibu`), longest first: the noun after them describes one person, named or not. Lowercase.
 */
export const ONE_OF_DETERMINERS: readonly (readonly string[])[] = [
  ['salah', 'satu'],
  ['salah', 'seorang'],
  ['seorang'],
];

/**
 * Words that go on to name the person a description introduced (`seorang warga bernama Budi`,
 * `a farmer named Budi`, `seorang sopir berinisial AS`: police and court news name suspects,
 * victims and minors by their initials): the name after them is a person's, even a lone word or
 * initials alone. Lowercase.
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'bernama',
  'berinisial',
  'named',
  'called',
]);

/**
 * The naming words after which capitals alone are a person's initials (`seorang sopir berinisial
 * AS`), never an organisation's acronym as after `bernama` (`lembaga bernama ICW`). Lowercase.
 */
export const INITIALS_WORDS: ReadonlySet<string> = new Set(['berinisial']);

/**
 * Words that join a relative to the person just named (`Budi dan istrinya, Sari,`, `Budi
 * bersama dua rekannya, Ani,`): the relative then acts with them, a person of their own.
 */
export const KIN_JOINS: ReadonlySet<string> = new Set([DAN, SERTA, 'bersama', 'beserta']);

/**
 * Phrases that open a sentence by turning the report back to somebody heard from before
 * (`Kembali ke X, ia berjanji …`): the pronoun after the name means that person.
 */
export const RETURN_PHRASES: ReadonlySet<string> = new Set(['kembali ke', 'kembali kepada']);

/**
 * Quantities that take a part out of a group before `dari`/`di antara` + a plural pronoun
 * (`Sebagian dari mereka menilai …`, `Beberapa di antara mereka mengatakan …`): the part speaks,
 * unnamed, not the whole group the pronoun means. Lowercase.
 */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set(
  'sebagian beberapa banyak salah seorang sejumlah separuh kebanyakan'.split(' '),
);

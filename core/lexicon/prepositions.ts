import { LIST_ANDS, ORS } from './conjunctions';
/**
 * Prepositions that put a name in an adjunct rather than in a subject or object slot (`kepada
 * Budi`, `oleh KPK`, `di Bandung`, `with the minister`). The discourse model reads a name after one
 * as a less likely antecedent of `dia`/`-nya`: the person spoken to, about or for rarely speaks
 * next. `menurut` and `according to` introduce a speaker, so they are not here (`to` after
 * `according` is skipped by the reader). Lowercase; Indonesian, then English.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'kepada oleh dengan dari untuk terhadap bagi tentang bersama di ke pada atas soal mengenai ' +
    'antara dalam sejak hingga sampai melawan versus seperti ' +
    'to by with from for against about of at in on into than like'
  ).split(' '),
);

/**
 * Prepositions of a stretch of time (`Selama Ramadhan X …`, `Menjelang Lebaran X …`): the
 * capitalised word after one is the time, a holiday or a season, before any name. (`Usai`/`seusai`
 * also open a clause whose subject a name is: `Seusai X dilantik, …`.) Lowercase.
 */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'selama',
  'sepanjang',
  'menjelang',
  'jelang',
]);

/**
 * Phrases opening a sentence that frame what follows as one person's view (`Bagi X, janji itu
 * belum cukup` — for X, the promise is not enough; `Di mata X, …`): the person named
 * right after is whose view the sentence tells, the topic the paragraph's next `-nya`/`ia` picks
 * up (cast/sentence-role.ts `viewpointFrame`). Lowercase, words separated by a space.
 */
export const VIEWPOINT_FRAMES: readonly string[] = ['bagi', 'di mata'];

/**
 * Lowercase nouns that say where by a place, between a preposition and the place's name (`di tepi
 * Sungai X`, `di bantaran Kali Y`, `di pos jaga Gerbang Tol Z`): the name after them is still the
 * preposition's place. Lowercase.
 */
export const LOCATIVE_NOUNS: ReadonlySet<string> = new Set(
  (
    'tepi pinggir pinggiran bantaran hilir hulu muara sekitar kawasan dekat depan belakang samping ' +
    'seberang ujung tengah lereng kaki puncak lokasi tanggul pos jaga pantau'
  ).split(' '),
);

/** `melalui`, `lewat` (through): spoken through, means, and a statement's channel; listed once. */
const THROUGH_ID = ['melalui', 'lewat'];

/** The words of THROUGH_PREPOSITIONS, listed once for both sets. */
const THROUGH_PREPOSITIONS_LIST = [...THROUGH_ID, 'through'];

/**
 * Prepositions of means a statement also goes out through, in Indonesian (`melalui akun X`,
 * `lewat rilis`, `via siaran pers`): lexicon/cues.ts CHANNEL_PREPOSITIONS opens a channel with
 * them (and with `dalam`), MEANS_PREPOSITIONS holds them.
 */
export const CHANNEL_MEANS: readonly string[] = [...THROUGH_ID, 'via'];

/**
 * Prepositions of means (`lewat`, `melalui` through; `via`; `berkat` thanks to): the phrase they
 * open says how something came about (`tertinggal lewat penalti kapten lawan, X`), so a person set
 * off in it is the instrument talked about, never the clause's subject. The spoken-through words
 * (THROUGH_PREPOSITIONS, below) and two more; kept apart from PREPOSITIONS, which other readers
 * walk for places and roles. Lowercase.
 */
export const MEANS_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...THROUGH_PREPOSITIONS_LIST,
  ...CHANNEL_MEANS,
  'berkat',
]);

/**
 * Prepositions spelled like `meN-` verbs (`menurut`, `menjelang`, `menuju`, `mengingat`,
 * `menyusul`), which PREPOSITIONS and MEANS_PREPOSITIONS do not hold: a word of `meN-` shape that
 * governs no object (cast/sentence-role.ts). `melalui` is one too, listed as a means preposition
 * (MEANS_PREPOSITIONS).
 */
export const VERBLIKE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'menurut menjelang menuju mengingat menyusul'.split(' '),
);

/**
 * Prepositions that name the agent of a passive (`dikritik oleh Budi`, `criticised by Rina`): the
 * person after one did the act, so a relative clause after the name (`…, yang menilai …`, `…, who
 * said …`) is theirs. Lowercase; Indonesian, then English.
 */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['oleh', 'by']);

/**
 * Nouns of ownership that govern the noun phrase after them as a preposition does (`rekor milik
 * pelari X`, `kebun kepunyaan petani Y`): the person in that phrase owns something, and is no
 * clause's subject. Lowercase.
 */
export const POSSESSIVE_NOUNS: ReadonlySet<string> = new Set(['milik', 'kepunyaan']);

/**
 * Prepositions that name the person an organisation speaks through (`Melalui juru bicaranya
 * Rudi, Kementerian X mengatakan …`): names/spoken-through.ts. Lowercase; Indonesian, then English.
 */
export const THROUGH_PREPOSITIONS: ReadonlySet<string> = new Set(THROUGH_PREPOSITIONS_LIST);

/**
 * Words that open where a person comes from, set off between the subject and its cue (`Sari dari
 * Tegal mengatakan`, `Maria Lopes, 40, from Dili said`): reported/origin-aside.ts. Lowercase.
 */
export const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['dari', 'asal', 'from']);

/** The origin word that tells a birth (`pria kelahiran X`, born in; names/birth-phrase.ts). */
export const BIRTH_WORD = 'kelahiran';

/**
 * Words after which a capitalised word is always the place a person comes from, even glued to a
 * name (`politisi asal Cibening`, `pria kelahiran Tarumajaya`, born in): cast/prepass.ts. Lowercase.
 */
export const ORIGIN_WORDS: ReadonlySet<string> = new Set(['asal', BIRTH_WORD]);

/**
 * Prepositions that tie a description to the place or institution of its person, inside the
 * description a demonstrative closes (`kata orang nomor satu di Sleman itu`, `ujar politikus dari
 * Partai Maju tersebut`). Lowercase.
 */
export const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(['di', 'dari']);

/**
 * Prepositions that open a sentence with an adjunct naming someone other than its subject
 * (`Bersama Rina, tetangganya, Sumarni mendatangi …`, `Tanpa Hendra, tim itu …`): capitalised there,
 * but never a person's first name word, so a name read after one starts after it. Those already
 * among the name model's function words (`dari`, `di`, `dengan`, …) are not repeated. Lowercase.
 */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(
  'bersama tanpa terhadap tentang mengenai terkait seperti berkat kepada menyusul'.split(' '),
);

/**
 * Words that open an adverbial clause of time or cause (`… urung setelah kepala sekolah, X,
 * mendatanginya`, `… urung karena wali kelasnya, Y, membujuk`): inside a main clause, the person
 * set off after its role is that clause's subject, one the sentence tells of, not its own topic
 * (cast/sentence-role.ts `subordinateAppositive`). Fronted before a sentence's subject they open an
 * adjunct its comma closes (names/described-subject.ts). Lowercase; Indonesian, then English.
 */
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set(
  (
    'saat ketika setelah sebelum usai seusai sesudah begitu karena sebab sehingga hingga sampai ' +
    'when after before while because until'
  ).split(' '),
);

/**
 * Lowercase words after a name that open no predicate of it: a joining word (`X dan Y`), a
 * preposition (`X di pasar`), a relative (`X yang …`). A name followed by any other lowercase
 * word stands as that word's subject (cast/run-link.ts, names/kin-possessor.ts).
 */
export const NOT_PREDICATE: ReadonlySet<string> = new Set([
  ...LIST_ANDS,
  ...ORS,
  ...PREPOSITIONS,
  'yang',
]);

/**
 * Indonesian cue words: the verbs that tell us a quote is someone's declaration.
 *
 * Lists are lowercase root forms; the matching regexes are compiled once at module load
 * (readability's "defined up here so we don't instantiate them repeatedly").
 * Counts in comments are from the PFSA-ID analysis in docs/quote-attribution.md §2.2.
 */

import {
  EN_CLAUSE_LINKS,
  EN_CUE_ADVERBS,
  EN_POST_CUES,
  EN_PRE_CUES,
  EN_SOURCE_NOUNS,
  EN_SOURCE_ASIDE_OPENERS,
  EN_SOURCE_ASIDE_VERBS,
  EN_TELL_CUES,
  EN_ADDRESSED_CUES,
} from './cues-en';
import { isLetterOrHyphenCp, leadingRun } from '../engine/text/chars';
import { keptPerString, WORDS_KEPT } from '../engine/text/kept-per-string';
import { words } from './word-list';
import { CHANNEL_MEANS } from './prepositions';

/**
 * Post-posed cues: `“…,” CUE Speaker` and `“…,” CUE-nya`. `kata` (59%) and `ujar` (22%) dominate.
 * Ambiguous roots (`aku` = "I", `jelas` = "clear", `lanjut` = "further") are safe here because the
 * cue is only read right after a closing mark or inside a comma-delimited aside. The manner of
 * speaking (`teriak`, `bisik`, `gumam`, `seloroh`, `sahut`, `pekik`) tells who spoke as `kata` does.
 */
export const POST_CUES: readonly string[] = words(`
  kata ujar tutur ucap ungkap jelas tegas sebut terang papar imbuh tambah lanjut pungkas
  tandas tulis tanya pesan sambung seru kilah aku tukas tekad harap pinta ajak kenang timpal
  canda kelakar sergah bilang cetus celetuk jawab klaim nilai desak imbau janji tuding bantah
  sindir keluh urai beber
  teriak bisik gumam seloroh sahut pekik
`);

/**
 * Post-posed cues that also open a sentence with their speaker before the clause: `Kata dia, …`,
 * `Kata Budi, …` (as `Menurut dia, …`). Only `kata`: the other roots read as nouns or adjectives
 * at a sentence start (`Jelas, …`, `Tambah …`). Lowercase.
 */
export const OPENING_CUES: ReadonlySet<string> = new Set(words(`kata`));

/** Cues that open the quote: `X mengatakan, “…”` or the reported clause `X mengatakan (bahwa) …`. */
export const PRE_CUES: readonly string[] = words(`
  mengatakan menyatakan menegaskan menjelaskan mengungkapkan menuturkan menambahkan
  menyebutkan menyebut menerangkan memaparkan menyampaikan mengemukakan mengutarakan
  membeberkan menguraikan melanjutkan berkata berujar bertutur berucap menukas mengucapkan
  berpesan menandaskan memastikan mengonfirmasi mengumumkan melaporkan menginformasikan
  menulis mencuit mengingatkan menekankan mencontohkan menyontohkan menggarisbawahi mengakui
  mengaku mengklaim mengeklaim menuduh menuding beralasan berdalih menilai berpendapat memperkirakan
  memprediksi memprediksikan memprakirakan meyakini yakin menduga menganggap memandang berpandangan
  menyimpulkan berharap mengharapkan berjanji mendesak menyerukan
  menyarankan menginstruksikan memerintahkan menantang mengusulkan bertanya mempertanyakan
  menjawab menanggapi menyinggung menyeru mengibaratkan menjanjikan mengonfirmasikan berkelit
  memperingatkan menaksir menaksirkan menceritakan membenarkan bercerita berkisah menanyakan
  mengenang menimpali menyahut
`);

/**
 * Words of a sentence that tells that someone spoke without saying what (`Kementerian ikut angkat
 * bicara`, `Warga pun buka suara`, `Ia enggan berkomentar`): credited by the sentence after it
 * (`Hal itu disampaikan X`), it is no reported statement (reported/credited-before.ts). Lowercase.
 */
export const SPEAKING_ACTS: readonly string[] = words(`
  bicara berbicara suara berkomentar komentar
`);
export const SPEAKING_ACT_SET: ReadonlySet<string> = new Set(SPEAKING_ACTS);

/**
 * Cues of asking (`menanyakan`, `mempertanyakan`): what they report is a question, so only a clause
 * opened by a question word or `apakah`/`bahwa` (`menanyakan mengapa bantuan itu belum dibagikan`);
 * a noun after them is what was asked about (`mempertanyakan rencana pemkot memindahkan pasar`,
 * `menanyakan status produk itu`), no statement (reported.questionCue).
 */
export const QUESTION_CUES: readonly string[] = words(`menanyakan mempertanyakan bertanya`);

/**
 * The press asking somebody (`Wartawan bertanya kepada X soal …`, `Journalists asked Y
 * about …`): the press is never the source, and the one asked answers — the `Ia menjawab`,
 * `Dia menjelaskan: “…”`, `he said` after it is theirs (discourse.askedByPress). The nouns for
 * the press, and the verbs of asking that take the one asked after `kepada`/`pada` or (English)
 * directly. Lowercase.
 */
export const PRESS_NOUNS: ReadonlySet<string> = new Set(
  words(`wartawan jurnalis pewarta reporter awak media journalists reporters journalist reporter`),
);
/**
 * Active verbs of interviewing whose object is the one giving the statement (`Penyidik memintai
 * keterangan X`, `Tim kami mewawancarai Y`, `Hakim menanyai Z`): whoever asks, the one asked
 * speaks next (discourse.interviewedObject). `keterangan`/`konfirmasi` may stand between the verb
 * and the person (INTERVIEW_OBJECT_NOUNS). Lowercase.
 */
export const INTERVIEW_VERBS: ReadonlySet<string> = new Set(
  words(`memintai mewawancarai menanyai menginterogasi interviewed questioned`),
);
export const INTERVIEW_OBJECT_NOUNS: ReadonlySet<string> = new Set(
  words(`keterangan konfirmasi penjelasan pendapat tanggapan`),
);
/** Words after which a name is what the press asks about, not whom it asks (`soal X`). */
export const ASKED_ABOUT: ReadonlySet<string> = new Set(
  words(`soal tentang mengenai terkait perihal about on whether`),
);
export const ASKING_VERBS: ReadonlySet<string> = new Set(
  words(`bertanya menanyakan mengonfirmasi asked`),
);

/** Words that open the clause a cue of asking reports: question words, `apakah`, `bahwa`. Lowercase. */
export const QUESTION_OPENERS: readonly string[] = words(`
  mengapa kenapa apakah bagaimana kapan berapa siapa apa mana dimana bahwa
`);

/**
 * Cues that are also adjectives after a noun (`mendesak`, 'urgent'), and the nouns before which
 * they are: `Keperluan mendesak di posko, ujar dia, adalah tenda` names an urgent need, no one
 * urging (reported.adjectivalCue). Lowercase; the nouns are matched case-blind, since they open
 * sentences.
 */
export const ADJECTIVAL_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'mendesak',
    new Set(
      words(`
      kebutuhan keperluan hal masalah persoalan urusan isu situasi kondisi keadaan kepentingan
      tugas pekerjaan prioritas agenda perkara alasan
    `),
    ),
  ],
]);

/**
 * Verbs of urging whose object is often only a thing (`mendorong perdamaian`, `mengajak seluruh
 * warga`): they report a statement only when what is urged is a clause, linked by `agar`,
 * `supaya` or `untuk` (`mengajak para pemuda untuk …`, `meminta kepada X untuk …`). Pre-posed
 * cues otherwise, kept apart so the condition is visible.
 */
export const LINK_ONLY_CUES: readonly string[] = words(`
  meminta mengimbau mengajak mendorong mempersilakan menuntut
`);

/**
 * Verbs of agreeing (`sepakat bahwa …`, `setuju bahwa …`): they report a statement only with
 * `bahwa` right after them; otherwise what is agreed is an act (`sepakat menaikkan harga`) or a
 * thing (`setuju rencana itu`). Pre-posed cues otherwise, kept apart so the condition is visible.
 */
export const AGREEING_CUES: readonly string[] = words(`
  sepakat bersepakat setuju sependapat
`);

/**
 * Link-only verbs that also take a bare clause (object + predicate) as what is urged:
 * `meminta pemerintah segera membangun …`, `mengimbau masyarakat selalu waspada`,
 * `mempersilakan warga melapor bila …`, `mengajak umat memakmurkan masjid`. `mendorong` needs
 * the link (`mendorong petani menanam …` reads as support, not as something said).
 */
export const BARE_CLAUSE_URGES: readonly string[] = words(
  `meminta mengimbau mempersilakan mengajak`,
);

/**
 * Link-only verbs of support that take a bare clause only when the addressee is a party that can be
 * urged (URGED_PARTIES, a person, role, member or organisation head, or a capitalised name) and a
 * predicate follows it: `mendorong pemerintah kota memperbaiki …`, `menuntut pengelola pasar
 * membersihkan …` (reported.urgingSupport). Anything else they push or claim is a thing
 * (`mendorong gerobak menyusuri gang`, `mendorong pertumbuhan menjadi …`, `menuntut ganti rugi`).
 */
export const SUPPORT_URGES: readonly string[] = words(`mendorong menuntut`);

/**
 * Who a verb of support (SUPPORT_URGES) urges when it reports: the public, a government or its
 * parts, institutions and trades, named by a lowercase head. Lowercase.
 */
export const URGED_PARTIES: readonly string[] = words(`
  pemerintah pemda pemkot pemkab pemprov kementerian lembaga instansi dinas aparat
  masyarakat warga publik rakyat semua seluruh setiap para pihak
  kampus sekolah perguruan universitas perusahaan pelaku pengusaha industri bank
  petani nelayan pedagang guru orang tua orangtua pemuda generasi mahasiswa siswa pelajar
  legislator parlemen dewan partai penegak polisi kepolisian kejaksaan pengadilan
  negara negara-negara komunitas organisasi
`);

/**
 * Verbs of requesting whose addressee may carry a relative clause before the requested predicate
 * (`meminta warga yang belum terdata melapor …`). Not `mengajak`: `mengajak warga yang hadir
 * menonton bersama` invites to an activity, and which verb is the relative clause's is unclear.
 */
export const REQUEST_CUES: readonly string[] = words(`meminta mengimbau`);

/**
 * Verbs of expressing, whose object is often an attitude (`menyatakan dukungan terhadap …`,
 * `menyampaikan keprihatinan atas …`): a feeling expressed, not a statement (GUIDELINES).
 */
export const EXPRESS_CUES: readonly string[] = words(`
  menyatakan menyampaikan mengungkapkan mengutarakan mengemukakan
`);

/**
 * Cues whose complement is always predicated of the subject, never a thing it acts on: `mengaku
 * kehilangan Rp 5 juta`, `mengaku korban penipuan` report a claim (the transitive verb of owning up
 * to a thing is `mengakui`). What follows them is read as a clause even when it opens with a noun.
 */
export const PREDICATIVE_CUES: readonly string[] = words(`mengaku`);

/**
 * Feelings a predicative cue may report (`mengaku lega karena jembatan dibuka`, `mengaku kecewa`): a state
 * of the speaker, not a statement (the annotation guidelines leave feelings out), and the degree
 * words that may stand before them (`mengaku sangat kecewa`).
 */
export const FEELING_WORDS: readonly string[] = words(`
  lega senang gembira bahagia bangga puas bersyukur terharu
  kecewa sedih prihatin kaget heran cemas khawatir takut resah
  kesal geram marah malu menyesal
`);
export const FEELING_DEGREE_WORDS: readonly string[] = words(
  `sangat cukup amat agak sempat sedikit`,
);

/**
 * Words of intention or obligation before a cue (`dijadwalkan menyampaikan`, `diminta menjelaskan`,
 * `harus menjelaskan`): the statement is still to come, so the cue reports nothing yet.
 */
export const NOT_YET_SAID: readonly string[] = words(`
  hendak ingin harus wajib perlu dijadwalkan direncanakan berencana diminta diharapkan
`);

/**
 * Cues that mostly take a topic as their object (`menyinggung peristiwa tahun lalu`, `mencontohkan
 * sejumlah kasus di daerah`): what they report is a clause only when a link or a comma opens it
 * (`mencontohkan, kasus serupa pernah terjadi`, `menyinggung bahwa …`).
 */
export const TOPIC_CUES: readonly string[] = words(`menyinggung mencontohkan menyontohkan`);

/**
 * Cues of remembering (`mengenang`): what follows straight after them is almost always what is
 * remembered (`mengenang masa kecilnya`, `mengenang mendiang kakeknya yang pernah menjadi kepala
 * kampung`), so they report a clause only after a comma or `bahwa` (`mengenang, pada awalnya
 * koperasi itu hanya beranggota lima petani`; reported.rememberingCue).
 */
export const REMEMBERING_CUES: readonly string[] = words(`mengenang`);
export const REMEMBERING_CUE_SET: ReadonlySet<string> = new Set(REMEMBERING_CUES);

/**
 * Cues of plain saying: what follows them is what was said, so a clause, even when it opens with a
 * noun and its predicate is an adjective (`mengatakan pembeli sepi sejak harga naik`). Only a
 * demonstrative (`mengatakan hal itu`) or a topic word (`berkata soal …`) makes their object a
 * thing. Verbs of explaining, expressing or stressing (`menjelaskan alasannya`, `menegaskan
 * komitmennya`) take things as objects and stay out.
 */
export const SAYING_CUES: readonly string[] = words(`
  mengatakan berkata berujar berucap
`);

/** Words that link an urging verb to the urged clause. */
export const URGE_LINKS: readonly string[] = words(`agar supaya untuk`);

/** The nasal of a meN- prefix, in the order the regex tried them. */
const MEN_NASALS = ['ng', 'ny', 'm', 'n'] as const;
/** The non-standard prefix for each nasal: the consonant the stem kept (`ny` is written `ns`). */
const VARIANT_PREFIX: Record<(typeof MEN_NASALS)[number], string> = {
  ng: 'mengk',
  ny: 'mens',
  m: 'memp',
  n: 'ment',
};
const isVowel = (c: string | undefined): boolean => c !== undefined && 'aiueo'.includes(c);
/** A line terminator, which the regex's `.` did not match. */
const hasLineBreak = (w: string): boolean =>
  w.includes('\n') || w.includes('\r') || w.includes('\u2028') || w.includes('\u2029');

/**
 * Non-standard meN- spellings that news copy keeps using: the stem's first consonant is kept
 * where the standard form drops it (`mengkonfirmasi` for `mengonfirmasi`, `mempastikan` for
 * `memastikan`, `mentuturkan` for `menuturkan`, `mensinyalir` for `menyinyalir`). Generated for
 * every cue, so a variant needs no entry of its own.
 *
 * Read as `/^me(ng|ny|m|n)([aiueo].*)$/u` would read it (nasals tried in that order), without the
 * regex: its `.` under `u` is a class of every code point, compiled (twice: V8 tiers a regex up
 * on its second use) on every start of the extension's service worker, where the cue sets are built.
 */
export function meNVariants(word: string): string[] {
  if (!word.startsWith('me') || word.startsWith('memper') || hasLineBreak(word)) return [];
  const nasal = MEN_NASALS.find(n => word.startsWith(n, 2) && isVowel(word[2 + n.length]));
  return nasal ? [VARIANT_PREFIX[nasal] + word.slice(2 + nasal.length)] : [];
}

/**
 * Verbs that look like cues but report what the policy excludes (GUIDELINES "EXCLUDE"): denials,
 * feelings, intentions. Kept as data so the exclusion is visible, not buried in a regex.
 */
export const NOT_CUES: readonly string[] = words(`
  membantah menepis menampik menyangkal merasa ingin berencana mengapresiasi berterima memohon
  optimistis khawatir senang
`);

/**
 * Verbs of denial (`membantah tuduhan itu`): no cue of their own (NOT_CUES), but their subject
 * answers for themself, a source the next `ucap dia` may mean (cast/sentence-role.ts). Lowercase;
 * Indonesian, then English.
 */
export const DENIAL_VERB_SET: ReadonlySet<string> = new Set(
  words(`membantah menepis menampik menyangkal denied denies rejected`),
);

/**
 * Verbs of taking a side (`X menolak tuduhan itu`, `Y disagreed`): the subject answers for itself,
 * like a denial's (DENIAL_VERB_SET), so it is no person merely narrated after a source's statement
 * (discourse/candidates.ts `narratedBefore`). Lowercase; Indonesian, then English.
 */
export const OBJECTION_VERB_SET: ReadonlySet<string> = new Set(
  words(`menolak menentang mengkritik menyanggah disagreed disagrees objected objects`),
);

/**
 * Passive cues: `dikatakan/disampaikan (oleh) X`. `ditanggapi` (responded to: `Pernyataan itu
 * ditanggapi X`) and `dibenarkan` (confirmed: `Hal itu dibenarkan X`) make their agent the one
 * answering, the source of the quote that follows.
 */
export const PASSIVE_CUES: readonly string[] = words(`
  dikatakan disampaikan diungkapkan dijelaskan ditegaskan dituturkan dinyatakan disebutkan
  diterangkan dipaparkan diakui ditanggapi dibenarkan
`);

/**
 * The passive cues whose agent answers, confirms or owns up to what was said before (`Hal itu
 * diakui X`, `Pernyataan itu ditanggapi X`, `Hal itu dibenarkan X`): that agent is a second
 * person, never who made the statement.
 */
export const ANSWERING_PASSIVES: ReadonlySet<string> = new Set(
  words(`diakui ditanggapi dibenarkan`),
);

/** The passive cues that credit a statement to the one who made it (`Hal itu disampaikan X`). */
export const DELIVERING_PASSIVE_SET: ReadonlySet<string> = new Set(
  PASSIVE_CUES.filter(w => !ANSWERING_PASSIVES.has(w)),
);

/**
 * Passives of answering what was said or done (`Tuduhan itu dibantah X`, `Rencana itu ditolak
 * Kepala Desa Y`, `Keputusan itu dikritik Z`): when the clause's subject names nobody, the agent
 * is the one taking a side — a source, as a denial's subject is (DENIAL_VERB_SET), and the person
 * a later `Ia mengatakan …` means (cast/sentence-role.ts `responseAgent`). Lowercase.
 */
export const RESPONSE_PASSIVE_SET: ReadonlySet<string> = new Set(
  words(`
  dibantah ditepis ditampik disangkal disanggah ditolak ditentang dikritik dikecam diprotes
  dipertanyakan dipersoalkan disesalkan disayangkan dikeluhkan disambut diapresiasi dipuji
  didukung dibenarkan diamini
`),
);

/**
 * Nouns of a response to what was said or done (`Penjelasan tersebut mengundang protes dari X`, `Kritik keras
 * datang dari Y`): the person the response comes from takes a side, a source as a response
 * passive's agent is (cast/sentence-role.ts `responseSource`). Lowercase.
 */
export const RESPONSE_NOUN_SET: ReadonlySet<string> = new Set(
  words(`
  protes kritik kritikan kecaman tanggapan sanggahan bantahan keberatan reaksi penolakan
  interupsi teguran desakan sorotan pujian apresiasi dukungan
`),
);

/**
 * Nouns of a spoken account (`Keluhan yang sama datang dari X`, `Cerita lain datang dari Y`, `Pengakuan
 * berbeda muncul dari Z`): features bring a new voice in so, and the one the account comes from is
 * the source the next `katanya` means, as a response's source is (discourse.accountSource).
 * Lowercase.
 */
export const ACCOUNT_NOUN_SET: ReadonlySet<string> = new Set(
  words(`keluhan cerita kisah pengakuan kesaksian komentar pendapat pandangan penilaian curhatan`),
);

/**
 * Words between a response noun and the `dari` of its source (`protes keras dari`, `Kritik juga
 * datang dari`, `Tanggapan berbeda muncul dari`, `Keluhan yang sama juga datang dari`, `Komentar yang
 * datang dari`: `yang` and `sama` link each on its own). Lowercase.
 */
export const RESPONSE_SOURCE_LINKS: ReadonlySet<string> = new Set(
  words(`keras tegas juga pun pula datang muncul serupa senada lain berbeda lainnya yang sama`),
);

/**
 * Verbs telling how something said or done left a person (`Jawaban itu tidak memuaskan X`,
 * `Keputusan itu mengejutkan pedagang Y`): when the clause's subject names nobody, the person
 * whose feelings are told is the one the next `kata dia` means, as a response passive's agent is
 * (cast/sentence-role.ts `experiencerObject`). Lowercase.
 */
export const EXPERIENCER_VERB_SET: ReadonlySet<string> = new Set(
  words(`
  memuaskan mengecewakan mengejutkan menggembirakan menyenangkan menyedihkan mengkhawatirkan
  meresahkan membingungkan menyulitkan memberatkan merepotkan menggelisahkan memprihatinkan
  menjengkelkan melegakan menenangkan membahagiakan mengagetkan mencemaskan menakutkan
`),
);

/**
 * Causative verbs whose object goes on to react or feel (`Pertanyaan itu membuat X tersenyum`,
 * `Hasil undian membuat pelatih Y kecewa`): the person who reacts is the one whose feelings the
 * sentence tells, as after an experiencer verb (cast/sentence-role.ts `causedReaction`). Lowercase.
 */
export const CAUSATIVE_VERB_SET: ReadonlySet<string> = new Set(words(`membuat membikin bikin`));

/**
 * Words of manner between a response passive and its agent (`disambut gembira X`, `ditolak keras
 * oleh Y`). Lowercase.
 */
export const RESPONSE_MANNER_SET: ReadonlySet<string> = new Set(
  words(`baik gembira hangat positif antusias keras tegas dingin sinis`),
);

/**
 * Passives of being interviewed (`X saat ditemui …`, `X kembali ditanya soal …`, `X yang dihubungi
 * terpisah …`): the subject is being asked for a statement — a source about to speak, not a person
 * acted upon like `ditangkap` or `dilantik`.
 */
export const INTERVIEW_PASSIVES: readonly string[] = words(`
  ditanya ditanyai ditemui dihubungi dikonfirmasi diwawancarai dimintai
`);

/**
 * A possessed noun that presents the name after it (`Namanya Sukarti.`, `Panggilannya Ucok.`: her
 * name, his call name): a word of the sentence, never the first word of that name
 * (names/name-split.ts). Lowercase.
 */
export const NAMING_NOUNS: ReadonlySet<string> = new Set(
  words(`namanya panggilannya julukannya sapaannya`),
);

/**
 * A description of a speaker that says their name is withheld (`ucap pedagang yang enggan
 * menyebutkan namanya itu`, `kata seorang warga yang tak mau disebut namanya`, `yang meminta
 * identitasnya dirahasiakan`): a relative clause holding the speaker's own name (NAME_WITHHELD_NOUNS)
 * and a word that keeps it back (NAME_WITHHOLDING). The writer tells outright that it names nobody
 * (discourse/withheld-name.ts). Lowercase.
 */
export const NAME_WITHHELD_NOUNS: ReadonlySet<string> = new Set(words(`namanya identitasnya`));
/**
 * The same nouns bare (`yang enggan disebut nama`): they withhold only when they close the clause,
 * since a bare `nama` with words after it is someone else's (`yang tak lupa nama pelanggannya`).
 */
export const NAME_WITHHELD_BARE: ReadonlySet<string> = new Set(words(`nama identitas`));
export const NAME_WITHHOLDING: ReadonlySet<string> = new Set(
  words(`enggan tidak tak menolak minta meminta dirahasiakan disamarkan`),
);

/**
 * A subject's predicate telling that it did not speak (`X belum bisa dimintai konfirmasi`, `X tidak
 * hadir`, `X enggan berkomentar`, `X tidak menjawab pesan`): a negator, then within a few words one
 * of the responses. The person is talked about, not a source, and takes no later `ujarnya`.
 */
export const SILENCE_NEGATORS: ReadonlySet<string> = new Set(
  words(`tidak tak belum enggan menolak`),
);
export const RESPONSES: ReadonlySet<string> = new Set([
  ...words(`
  hadir berkomentar menjawab merespons merespon membalas menanggapi mengangkat memberikan bersedia
`),
  // Being reached for comment (`tidak dapat dihubungi`, `belum bisa dimintai konfirmasi`).
  ...INTERVIEW_PASSIVES,
]);

/**
 * Words that make a negated response a short one (`tidak banyak berkomentar`, `tak berkomentar
 * panjang`): little said is still said, so the subject is about to speak, briefly. Lowercase.
 */
export const LITTLE_SAID: ReadonlySet<string> = new Set(words(`banyak panjang lebar`));

/**
 * Words opening the circumstance of a statement written between its subject and a pre-posed cue:
 * whom it was told to (`X kepada wartawan mengatakan`) and when it was asked for (`X saat ditemui
 * di kantornya mengatakan`, with an interview passive, INTERVIEW_PASSIVES). Lowercase.
 */
export const ADDRESSEE_WORDS: ReadonlySet<string> = new Set(words(`kepada`));
export const INTERVIEW_TIME_WORDS: ReadonlySet<string> = new Set(
  words(`saat ketika usai seusai sewaktu tatkala`),
);

/**
 * Words that open how a statement was made, after its speaker (`kata nenek itu dengan suara
 * bergetar`, `ujar pria itu seraya tersenyum`, `kata kedua menteri itu secara bergantian`): after a demonstrative that closed the
 * description, the description has ended (names/mention-after.ts). Lowercase.
 */
export const MANNER_OPENERS: ReadonlySet<string> = new Set(
  words(`dengan sembari seraya tanpa secara`),
);

/**
 * Words that open the circumstance of a statement after its speaker (`kata Rudi saat ditemui di
 * kantornya, …`, `ujar Rina sambil menunjuk …`, `seperti dikutip …`): the interview's time words and
 * what the speaker did meanwhile. Never a link inside a role (names/mention-after.ts).
 */
export const CIRCUMSTANCE_OPENERS: readonly string[] = [
  ...INTERVIEW_TIME_WORDS,
  ...words(`seperti dikutip sambil setelah sebelum`),
];

/**
 * Connectives a writer sets off by commas between a subject and its cue (`Budi, sementara itu,
 * mengatakan …`, `Rina, di sisi lain, menilai …`, `Tom, meanwhile, said …`): they join the sentence to
 * the one before, and say nothing of who the subject is (reported/subject-aside.ts). Lowercase,
 * one phrase a line.
 */
export const SET_OFF_CONNECTIVES: readonly string[] = [
  'sementara itu',
  'di sisi lain',
  'di lain pihak',
  'di pihak lain',
  'selain itu',
  'dalam kesempatan itu',
  'dalam kesempatan yang sama',
  'pada kesempatan itu',
  'pada kesempatan yang sama',
  'meanwhile',
  'however',
  'in turn',
  'for his part',
  'for her part',
  'for their part',
  'too',
];

/** What may join a pre-posed cue to its clause: `mengatakan, …` / `mengatakan bahwa …` / `meminta agar …`. */
export const CLAUSE_LINKS: readonly string[] = words(`
  bahwa agar supaya untuk kalau jika
`);

/**
 * Conjunctions that join a second statement to the first (`mengatakan panen mundur sedangkan
 * petani setempat, Ani, menilai …`): words before a comma holding one are a clause of their own,
 * never a description of the next subject (reported/reported-speech.ts, nestedReport).
 */
export const STATEMENT_JOINERS: ReadonlySet<string> = new Set(
  words(`namun tetapi tapi sedangkan sementara padahal`),
);

/**
 * Adverbs and particles that may stand between the speaker and a pre-posed cue
 * (`Sinta pun mengatakan`, `Yudi juga menyebut`, `Ia lantas menegaskan`).
 */
export const CUE_ADVERBS: readonly string[] = words(`
  pun juga lantas kemudian lalu pula sempat bahkan kembali sendiri sebelumnya secara tegas
  terang telah sudah pernah hanya justru tetap masih lebih lanjut akhirnya malah kompak serempak
  sama-sama
`);

/**
 * Words before a predicate's verb that are no verb of their own shape (`X ikut membantu`, `X turut
 * hadir`, `X akan melapor`): past them the verb still tells that the name leads its sentence
 * (cast/sentence-role.ts, discourse.leadingAuxiliary).
 */
export const LEADING_AUXILIARIES: ReadonlySet<string> = new Set(words(`ikut turut akan bakal`));

/**
 * Negations and degree words that stand before a predicate's verb as well (`X tak terlalu
 * berharap`, `X tidak menghadiri`, `X belum menerima`): no verb of their own shape either
 * (cast/sentence-role.ts, discourse.leadingNegation).
 */
export const LEADING_NEGATIONS: ReadonlySet<string> = new Set(words(`tak tidak belum terlalu`));

/**
 * Channels a statement goes out through, written between the subject and its cue: `Kemenkes dalam
 * keterangan tertulisnya menyatakan …`, `X melalui akun Instagram-nya mengatakan …`. The channel
 * opens with one of CHANNEL_PREPOSITIONS and is skipped when reading the subject.
 */
export const STATEMENT_CHANNELS: readonly string[] = words(`
  keterangan pernyataan rilis siaran surat unggahan cuitan akun konferensi jumpa wawancara
  laman situs
  sambutan pidato ceramah khotbah paparan
`);

/**
 * Occasions a statement was made at, read like STATEMENT_CHANNELS after `dalam` (`X dalam rapat
 * yang sama mendesak …`, `X dalam kesempatan itu menegaskan …`, `X dalam pengarahan kepada
 * wartawan mengatakan …`) when reported.statementOccasion is on. Lowercase.
 */
export const STATEMENT_OCCASIONS: readonly string[] = words(`
  rapat sidang pertemuan diskusi seminar lokakarya dialog audiensi kesempatan pengarahan
  acara upacara peluncuran
`);

/**
 * Prepositions that open a statement channel before a cue (`dalam`, `melalui`, `lewat`): `dalam`
 * and the prepositions of means a statement goes through (lexicon/prepositions.ts CHANNEL_MEANS).
 */
export const CHANNEL_PREPOSITIONS: readonly string[] = ['dalam', ...CHANNEL_MEANS];

/**
 * The frame that names a source before what it says (`Menurut X, …`, `Menurut X, “…”`): its word,
 * that word's `-nya` form (`Menurutnya, …`), and the English frame (`according to X`). Read by the
 * reported-speech rule (reported/reported-cues.ts) and the direct-quote cue (quotes/source-before.ts).
 */
export const SOURCE_FRAME = {
  word: 'menurut',
  nya: 'menurutnya',
  english: ['according', 'to'],
} as const;

/** Nouns after `menurut` that mark a data source, not a speaker (`menurut data BPS`). */
export const SOURCE_NOUNS: readonly string[] = words(`
  data laporan survei catatan hasil riset penelitian studi kajian hitungan perhitungan
  pantauan informasi keterangan situs laman dokumen undang-undang aturan peraturan ketentuan
  jadwal rencana sejarah kalender analisis penelusuran berdasarkan versi prediksi perkiraan
  statistik
`);

/**
 * Nouns that open a subject or a post-posed agent which is a document or a figure, not a speaker:
 * `Laporan Bank Dunia menyebutkan …`, `Catatan BPBD menyebutkan …`, `…, sebut laporan itu.` The
 * policy leaves data and document sources out (GUIDELINES, EXCLUDE). Not `keterangan` or
 * `pernyataan`: an organisation's written statement speaks for it.
 */
export const DOCUMENT_NOUNS: readonly string[] = words(`
  data laporan survei catatan hasil riset penelitian studi kajian hitungan perhitungan pantauan
  dokumen statistik analisis penelusuran informasi
`);

/**
 * A source aside after a cue or its speaker (`kata X, seperti dikutip Antara`, `X said, as quoted
 * by Antara`): one of these openers, then a participle of citing. It names where the words were
 * read, not what was said, so no clause starts with it. English words are in cues-en.ts.
 */
export const SOURCE_ASIDE_OPENERS: readonly string[] = words(`seperti sebagaimana`);
export const SOURCE_ASIDE_VERBS: readonly string[] = words(`
  dikutip dilansir diberitakan dilaporkan disiarkan
`);

/** Every post-posed cue, lowercase; built on first use. */
let postCueWords: ReadonlySet<string> | null = null;

/**
 * The length of the post-posed cue, with its optional -nya, that `text` starts with as a whole
 * word (`katanya, …` → 7), or 0 when it starts with none. Case does not matter. A set lookup on
 * the leading word: one case-insensitive Unicode alternation of every cue took ~2 ms of CPU to
 * compile on its first use, and every page load met it cold.
 */
export function postCueLength(text: string): number {
  // The word `text` starts with: its letters and hyphens (a cue must end where they end).
  const word = text.slice(0, leadingRun(text, isLetterOrHyphenCp));
  if (!word) return 0;
  postCueWords ??= new Set([...POST_CUES, ...EN_POST_CUES].map(w => w.toLowerCase()));
  const lw = word.toLowerCase();
  const isCue = postCueWords.has(lw) || (lw.endsWith('nya') && postCueWords.has(lw.slice(0, -3)));
  return isCue ? word.length : 0;
}

/**
 * `postCueLength` of a token's text (a word: never a paragraph's rest, whose every question would
 * hash the whole rest), kept per word: every token is asked, by several readers.
 */
export const tokenCueLength: (word: string) => number = keptPerString(postCueLength, WORDS_KEPT);

/** A pre-posed cue verb as a whole word. */
export const PRE_CUE_SET: ReadonlySet<string> = new Set([
  ...PRE_CUES,
  ...LINK_ONLY_CUES,
  ...AGREEING_CUES,
  ...[...PRE_CUES, ...LINK_ONLY_CUES].flatMap(meNVariants),
  ...EN_PRE_CUES,
]);
/** English cues read with an addressee and `that` (`told reporters that …`). */
export const EN_TELL_CUE_SET: ReadonlySet<string> = new Set(EN_TELL_CUES);
export const EN_ADDRESSED_CUE_SET: ReadonlySet<string> = new Set(EN_ADDRESSED_CUES);
/** Passives of being interviewed. */
export const INTERVIEW_PASSIVE_SET: ReadonlySet<string> = new Set(INTERVIEW_PASSIVES);
/** Passive cue verbs. */
export const PASSIVE_CUE_SET: ReadonlySet<string> = new Set(PASSIVE_CUES);
/** Linking words between cue and clause. */
export const CLAUSE_LINK_SET: ReadonlySet<string> = new Set([...CLAUSE_LINKS, ...EN_CLAUSE_LINKS]);
/** Adverbs allowed between subject and cue. */
export const CUE_ADVERB_SET: ReadonlySet<string> = new Set([...CUE_ADVERBS, ...EN_CUE_ADVERBS]);
/** Verbs of expressing (and their non-standard spellings). */
export const EXPRESS_CUE_SET: ReadonlySet<string> = new Set([
  ...EXPRESS_CUES,
  ...EXPRESS_CUES.flatMap(meNVariants),
]);
/** Statement channels, lowercase, without -nya. */
export const STATEMENT_CHANNEL_SET: ReadonlySet<string> = new Set(STATEMENT_CHANNELS);
/** Occasions of a statement (STATEMENT_OCCASIONS). */
export const STATEMENT_OCCASION_SET: ReadonlySet<string> = new Set(STATEMENT_OCCASIONS);
/** Prepositions opening a statement channel. */
export const CHANNEL_PREPOSITION_SET: ReadonlySet<string> = new Set(CHANNEL_PREPOSITIONS);
/** Source nouns after `menurut`. */
export const SOURCE_NOUN_SET: ReadonlySet<string> = new Set([...SOURCE_NOUNS, ...EN_SOURCE_NOUNS]);
/** Document and figure nouns opening a subject (DOCUMENT_NOUNS, English EN_SOURCE_NOUNS), lowercase. */
export const DOCUMENT_NOUN_SET: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS,
  ...EN_SOURCE_NOUNS,
]);
/** Openers and citing participles of a source aside (`seperti dikutip`, `as quoted by`), lowercase. */
export const SOURCE_ASIDE_OPENER_SET: ReadonlySet<string> = new Set([
  ...SOURCE_ASIDE_OPENERS,
  ...EN_SOURCE_ASIDE_OPENERS,
]);
export const SOURCE_ASIDE_VERB_SET: ReadonlySet<string> = new Set([
  ...SOURCE_ASIDE_VERBS,
  ...EN_SOURCE_ASIDE_VERBS,
]);
/** Post-cue roots, lowercase. */
export const POST_CUE_SET: ReadonlySet<string> = new Set([...POST_CUES, ...EN_POST_CUES]);
/**
 * Lowercase words that end a noun phrase before a name (cast/sentence-role.ts): a post-posed cue
 * (`kata`, `ujar`), a relative clause (`yang`), a complement or a causal clause (`bahwa`,
 * `karena`). A name with one of these before it in its sentence does not lead the sentence.
 */
export const NOT_IN_LEAD_SET: ReadonlySet<string> = new Set([
  ...POST_CUE_SET,
  ...words(`yang bahwa karena`),
]);
/** Link-only urging verbs (and their non-standard spellings), lowercase. */
export const LINK_ONLY_CUE_SET: ReadonlySet<string> = new Set([
  ...LINK_ONLY_CUES,
  ...LINK_ONLY_CUES.flatMap(meNVariants),
]);
/** Verbs of agreeing, which report only with `bahwa` (AGREEING_CUES). */
export const AGREEING_CUE_SET: ReadonlySet<string> = new Set(AGREEING_CUES);
/** Urging verbs that also take a bare clause. */
export const BARE_CLAUSE_URGE_SET: ReadonlySet<string> = new Set(BARE_CLAUSE_URGES);
/** Verbs of support that report a bare clause to an urged party (SUPPORT_URGES). */
export const SUPPORT_URGE_SET: ReadonlySet<string> = new Set(SUPPORT_URGES);
/** Who such a verb urges (URGED_PARTIES). */
export const URGED_PARTY_SET: ReadonlySet<string> = new Set(URGED_PARTIES);
/** Requesting verbs (REQUEST_CUES) and their non-standard spellings. */
export const REQUEST_CUE_SET: ReadonlySet<string> = new Set([
  ...REQUEST_CUES,
  ...REQUEST_CUES.flatMap(meNVariants),
]);
/** Cues of plain saying (SAYING_CUES) and their non-standard spellings. */
export const SAYING_CUE_SET: ReadonlySet<string> = new Set([
  ...SAYING_CUES,
  ...SAYING_CUES.flatMap(meNVariants),
]);
/** Words of intention or obligation before a cue (NOT_YET_SAID). */
export const NOT_YET_SAID_SET: ReadonlySet<string> = new Set(NOT_YET_SAID);
/** Cues that mostly take a topic (TOPIC_CUES). */
export const TOPIC_CUE_SET: ReadonlySet<string> = new Set(TOPIC_CUES);
/** Cues of asking (QUESTION_CUES) and the words that open what they report (QUESTION_OPENERS). */
export const QUESTION_CUE_SET: ReadonlySet<string> = new Set(QUESTION_CUES);
export const QUESTION_OPENER_SET: ReadonlySet<string> = new Set(QUESTION_OPENERS);
/** Cues with a predicative complement (PREDICATIVE_CUES). */
export const PREDICATIVE_CUE_SET: ReadonlySet<string> = new Set(PREDICATIVE_CUES);
/** Feelings after a predicative cue (FEELING_WORDS). */
export const FEELING_SET: ReadonlySet<string> = new Set(FEELING_WORDS);
/** Degree words before such a feeling (FEELING_DEGREE_WORDS). */
export const FEELING_DEGREE_SET: ReadonlySet<string> = new Set(FEELING_DEGREE_WORDS);
/** Linking words of an urged clause. */
export const URGE_LINK_SET: ReadonlySet<string> = new Set(URGE_LINKS);

/**
 * Cue roots that continue what someone was saying (`tambahnya`, `lanjut dia`, `ia menambahkan`,
 * `he added`): the speaker is whoever last spoke or reported, not a person merely introduced since.
 * Lowercase; `-nya` forms are matched by their root.
 */
export const CONTINUING_CUES: ReadonlySet<string> = new Set(
  (
    'tambah imbuh lanjut sambung pungkas menambahkan melanjutkan menyambung mengimbuhkan ' +
    'added adds continued continues'
  ).split(' '),
);

/**
 * Cue roots that join in somebody else's talk (`timpalnya`, `timpal dia`, `ia menimpali`): to
 * chime in is to speak after another person, so the speaker is not whoever spoke the quote
 * before. `sahut`, `jawab` and `balas` stay out: one answers a reporter's question, told in the
 * narration, after one's own quote as often as after somebody else's. Lowercase; `-nya` forms are
 * matched by their root.
 */
export const REPLYING_CUES: ReadonlySet<string> = new Set(['timpal', 'menimpali']);

/**
 * Cue roots of asking after a quote (`“…?” tanya wartawan.`, `tanyanya`, `he asked`): the quote is
 * a question put to somebody, who answers in the next quote (discourse/question-turn.ts).
 * Lowercase; `-nya` forms by root.
 */
export const ASKING_CUES: ReadonlySet<string> = new Set(['tanya', 'bertanya', 'asked']);

/**
 * Cue roots of answering (`jawabnya`, `ia menjawab`, `balasnya`, `sahutnya`, `he replied`): after a
 * quoted question (`“…?” tanya X.`) the answer is somebody else's, as a chiming-in is; after
 * narration they may follow one's own quote (REPLYING_CUES). Lowercase; `-nya` forms by root.
 */
export const ANSWERING_CUES: ReadonlySet<string> = new Set([
  'jawab',
  'menjawab',
  'balas',
  'membalas',
  'sahut',
  'menyahut',
  'replied',
  'answered',
]);

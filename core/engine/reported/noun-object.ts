/**
 * Whether the words after a cue are a reported clause or only the verb's object. `menilai
 * kebijakan itu tidak tepat` reports a claim; `menekankan soal harga pangan yang terus naik`,
 * `mengonfirmasi rapat darurat tersebut pada Senin` and `menyampaikan kekecewaannya karena …`
 * name a thing. A clause has a predicate in its main part, before a relative `yang` or a
 * subordinate `karena`; a noun phrase has none there.
 */
import { DEFINITE } from '../../lexicon/pronouns';
import { isCommonWordShape } from '../text/word-shape';
import { isAllLower, isLetterOrHyphenCp, keepOnly, startsLower } from '../text/chars';
import { isAnNounShape, isNyaNounShape, isVerbShape } from '../text/affix-shapes';
import { MEN_SHAPED_NOUNS, NOT_VERBS } from '../../lexicon/verb-lookalikes';
import { TIME_NOUNS } from '../../lexicon/time-nouns';
import { featureOn } from '../features';
import { SPACE_RUNS } from '../text/string-scans';

/** Words that make a string of words a clause with a predicate (negation, aspect, modals, copulas). */
const PREDICATE_WORDS = new Set(
  (
    'tidak tak bukan akan sudah telah harus bisa dapat adalah merupakan masih belum perlu sedang ' +
    'menjadi ada sebagai siap mampu ingin mau boleh wajib jangan mesti pasti cukup sangat terus tetap ' +
    'selalu senantiasa ' +
    // Aspect words stand only before a predicate (`dua warganya sempat jatuh sakit`).
    'sempat pernah ' +
    // A cleft (`itulah yang terjadi`) predicates the demonstrative.
    'itulah inilah'
  ).split(' '),
);

/**
 * Passives of judging or naming (`dinilai`, `dianggap`, `disebut`): inside a relative clause the
 * word after one is its complement (`rencana yang dinilai terlalu mahal`), not the main predicate.
 */
const JUDGING_PASSIVES = new Set(
  'dinilai dianggap disebut dikira diduga diyakini dipandang diklaim disebut-sebut'.split(' '),
);

/** `soal`, `tentang`, `mengenai` … straight after a cue name its topic, not a reported clause. */
const TOPIC_WORDS = new Set('soal tentang mengenai perihal seputar'.split(' '));

/** Degree words that compare a quantity (`semakin banyak`, `lebih sedikit`). */
const COMPARATIVES = new Set('semakin makin kian lebih'.split(' '));

/** Quantity words a comparative may stand before. */
const QUANTITY_WORDS = new Set('banyak sedikit'.split(' '));

/** True when `main` holds a compared quantity (`semakin banyak`), when that reading is on. */
function comparedQuantity(main: readonly string[]): boolean {
  return (
    main.some((w, k) => COMPARATIVES.has(w) && QUANTITY_WORDS.has(main[k + 1] ?? '')) &&
    featureOn('reported.comparativeCleft')
  );
}

/** Focus words that open a cleft (`hanya X yang …`, `cuma X yang …`). */
const FOCUS_WORDS = new Set('hanya cuma hanyalah cumalah'.split(' '));

/** Words that end the main part of a clause: a relative clause or a subordinate one follows. */
const MAIN_END = new Set('yang karena sebab sehingga meski meskipun walaupun'.split(' '));

/**
 * A contrast opening a clause after a comma (`menjanjikan tambahan kader, tetapi hingga kini belum
 * terealisasi`): the writer's own clause follows, so the object before it ends the main part and
 * what the contrast predicates is not the object's (reported.contrastEndsObject).
 */
const CONTRASTS = new Set('tetapi tapi namun padahal sedangkan'.split(' '));

const contrastAfterComma = (words: readonly string[], k: number): boolean =>
  CONTRASTS.has(words[k]!) &&
  k > 0 &&
  words[k - 1]!.endsWith(',') &&
  featureOn('reported.contrastEndsObject');

/**
 * After a topic cue (TOPIC_CUES: `menyinggung peristiwa tahun lalu, ketika …`) a clause of time
 * ends the main part too: the event is the topic, and the time clause only places it.
 */
const TOPIC_MAIN_END = new Set('ketika saat sewaktu tatkala'.split(' '));

/**
 * Prepositions and conjunctions of time: after `X itu`, one of these opens an adjunct, not a
 * nominal predicate (`hal itu usai rapat`, `hal tersebut saat …`).
 */
const PREPOSITIONS = new Set(
  (
    'pada di ke dari dengan untuk kepada dalam saat ketika oleh bagi atas sejak hingga ' +
    'usai seusai setelah sesudah sebelum selepas menjelang melalui lewat via'
  ).split(' '),
);

/** Numerals and quantifiers that open a counted noun phrase (`dua mahasiswanya`, `satu petuah`). */
const QUANTIFIERS = new Set(
  'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebuah seorang sejumlah beberapa'.split(
    ' ',
  ),
);

/**
 * Things asked for or passed on, not statements: `meminta izin untuk …`, `mengingatkan petuah …`.
 * A clause opened by one of them has its own predicate (`izin itu sudah keluar`), tested first.
 */
const OBJECT_NOUNS = new Set(
  (
    'izin restu petuah nasihat wejangan amanat doa maaf ' +
    // What is said, shown or felt, named as a thing: `menyampaikan pidato …`, `menyebut nama …`,
    // `mengungkapkan rasa syukur …`, `menjelaskan alasan …`.
    'pidato sambutan nama rasa alasan pengalaman komitmen kisah cerita rencana hal ' +
    // What is passed on to someone as a request or a courtesy: `menyampaikan aspirasi warga …`.
    'aspirasi saran salam apresiasi'
  ).split(' '),
);

/**
 * Words that name what was said, or ask what, as the object of a cue of plain saying
 * (`mengatakan sesuatu yang …`, `mengatakan apa yang …`), besides OBJECT_NOUNS.
 */
const THINGS_SAID = new Set('apa siapa sesuatu kata kata-kata kalimat ucapan hal-hal'.split(' '));

/** Words that count a noun before its head (`banyak hal yang …`), besides QUANTIFIERS. */
const COUNTING_WORDS = new Set('banyak berbagai segala semua seluruh'.split(' '));

/** True when the object of a saying cue opens with a thing said (after a counting word). */
function isThingSaid(words: readonly string[]): boolean {
  const counted = QUANTIFIERS.has(words[0] ?? '') || COUNTING_WORDS.has(words[0] ?? '');
  const head = keepOnly((counted ? words[1] : words[0]) ?? '', isLetterOrHyphenCp);
  return OBJECT_NOUNS.has(head) || THINGS_SAID.has(head);
}

/**
 * Nouns whose verb right after them is their complement, not a predicate: `pentingnya menjaga …`,
 * `upaya menekan …`, `rencana membangun …`, `komitmen memberantas …`. Read without -nya.
 */
const COMPLEMENT_HEADS = new Set(
  'penting perlu upaya usaha cara rencana komitmen tekad keinginan kesiapan kemampuan'.split(' '),
);

/**
 * Words after which a verb belongs to an adjunct, not to the clause's main part: `pengalamannya
 * selama bertugas …`, `sambil menunggu …`. Not `untuk`: after an urging verb it links the urged
 * clause (`meminta jajarannya untuk menindak …`).
 */
const ADJUNCT_VERB_OPENERS = new Set('selama sambil seraya ketika saat sejak'.split(' '));

/**
 * Prepositions that take the object of a stance or message noun (`dukungan terhadap …`,
 * `keprihatinan atas …`, `pesannya mengenai …`).
 */
const STANCE_PREPOSITIONS = new Set(['terhadap', 'atas', 'mengenai', 'tentang', 'seputar']);

/**
 * `menyatakan dukungan terhadap …`, `menyampaikan keprihatinannya atas …`: after a verb of
 * expressing (EXPRESS_CUES), a derived or possessed noun with its stance preposition is the
 * attitude expressed, a noun phrase, even when a predicate (`menjadi`) follows inside the
 * prepositional phrase. (After `mengatakan` the same words may open a clause.)
 */
export function isStanceObject(text: string): boolean {
  const words = text.split(SPACE_RUNS).filter(Boolean);
  const head = keepOnly(words[0] ?? '', isLetterOrHyphenCp);
  return (
    STANCE_PREPOSITIONS.has(words[1] ?? '') &&
    startsLower(head) &&
    (isNounLike(head) || head.endsWith('nya'))
  );
}

/**
 * Bare intransitive verbs, written without a verb's affix (`perbaikan baru selesai bulan depan`,
 * `harga cabai naik`, `kabel putus`): each predicates the noun before it, so an estimate or a claim reported
 * with them is a clause, not a noun object.
 */
const BARE_VERBS = new Set(
  (
    'selesai rampung tuntas naik turun tiba habis pulih ' +
    // What befalls a thing in a disaster or a breakdown (`kabel putus`, `lampu jalan padam`).
    // Not `hilang`, `macet`: after a noun they name a kind of thing (`orang hilang`, `kredit macet`).
    'putus rusak hancur runtuh roboh hanyut tenggelam padam lumpuh'
  ).split(' '),
);

/**
 * Adverbs of time that stand only before a predicate, like the aspect words in PREDICATE_WORDS
 * (`berharap bantuan segera datang`, `berharap pasokan kembali normal`): after a noun they open
 * its predicate, even when the predicate itself is a bare verb or an adjective
 * (reported.predicateAdverbs). `kembali` is also the bare verb 'return', and `ikut`, `turut` the
 * bare verb 'join' (`separuh nelayan turut dalam pencarian`, `ikut melaut`): a predicate either way.
 * Read only in an object's main part (isMainPredicate) and skipped in a relative clause, never
 * by isPredicate's other callers.
 */
const PREDICATE_ADVERBS = new Set('segera kembali lekas ikut turut'.split(' '));

/** True for a word of PREDICATE_ADVERBS, when that reading is on. */
const isPredicateAdverb = (w: string): boolean =>
  PREDICATE_ADVERBS.has(w) && featureOn('reported.predicateAdverbs');

/** True when `w` can carry the predicate of a clause. */
export function isPredicate(w: string): boolean {
  return (
    PREDICATE_WORDS.has(w) ||
    (isAllLower(w) && isVerbShape(w) && !NOT_VERBS.has(w) && !menShapedNoun(w)) ||
    (BARE_VERBS.has(w) && featureOn('reported.bareVerbs'))
  );
}

/** A noun shaped like a `meN-` verb (`menit`, `menteri`): lexicon/verb-lookalikes.ts. */
const menShapedNoun = (w: string): boolean =>
  MEN_SHAPED_NOUNS.has(w) && featureOn('reported.menNouns');

/** True for a derived noun (`perdamaian`), an -an noun (`panggilan`) or a possessed one (`kekecewaannya`). */
function isNounLike(w: string): boolean {
  return (
    isCommonWordShape(w.charAt(0).toUpperCase() + w.slice(1)) ||
    (isAllLower(w) && (isAnNounShape(w) || isNyaNounShape(w)))
  );
}

/**
 * After `yang` at `k`: true when a predicate follows the relative clause's own one, i.e. the
 * relative clause is the subject's modifier and the main predicate comes after it (`semangat yang
 * ditunjukkan relawan sangat mengagumkan`), not the end of a noun phrase (`soal harga pangan
 * yang terus naik setiap bulan`).
 */
export function predicateAfterRelative(words: readonly string[], k: number): boolean {
  let j = k + 1;
  const skip = (w: string) =>
    PREDICATE_WORDS.has(w) ||
    isPredicateAdverb(w) ||
    (RELATIVE_ADVERBS.has(w) && featureOn('reported.relativeAdverbs'));
  while (j < words.length && skip(words[j]!)) j++;
  // `keputusan yang dinilai terlambat`: a passive of judging takes its complement with it.
  if (JUDGING_PASSIVES.has(words[j] ?? '')) j++;
  // `keputusan yang diambil untuk menunda impor`: a verb after a purpose or time opener is an
  // adjunct's, not the main predicate.
  return words.slice(j + 1).some(
    (w, n) =>
      // A bare verb there is the relative clause's own (`yang semestinya rampung`).
      isPredicate(w) &&
      !BARE_VERBS.has(w) &&
      !(featureOn('reported.relativeAdverbs') && ADJUNCT_OPENERS.has(words[j + n] ?? '')),
  );
}

/** Adverbs that stand before a relative clause's own predicate (`yang justru terjadi`). */
const RELATIVE_ADVERBS = new Set(
  'justru juga memang bahkan pun hanya baru kembali pula lagi'.split(' '),
);

/** Openers of a purpose or time adjunct inside a relative clause. */
const ADJUNCT_OPENERS = new Set([...ADJUNCT_VERB_OPENERS, 'untuk', 'agar', 'supaya', 'guna']);

/**
 * True when the word at `k` of the main part carries its predicate: a predicate word that is not
 * a complement — the verb right after a complement-taking head (`pentingnya menjaga`) or after an
 * adjunct opener (`selama bertugas`).
 */
function isMainPredicate(main: readonly string[], k: number): boolean {
  const w = main[k]!;
  // Right after the cue, `kembali` or `segera` is the cue's own adverb (`menegaskan kembali
  // komitmennya`): one predicates only after a subject.
  if (isPredicateAdverb(w)) return k > 0;
  if (!isPredicate(w)) return false;
  if (PREDICATE_WORDS.has(w) || k === 0) return true;
  const before = main[k - 1]!;
  if (ADJUNCT_VERB_OPENERS.has(before)) return false;
  return !(k === 1 && COMPLEMENT_HEADS.has(before.endsWith('nya') ? before.slice(0, -3) : before));
}

/**
 * True when `text` has a predicate of its own in its main part (before a relative `yang` or a
 * subordinate clause), or after a relative clause on its subject: positive evidence of a clause,
 * asked where no comma or `bahwa` marks one (reported-shapes.ts withCueBare).
 */
export function hasMainPredicate(text: string): boolean {
  const words = text.split(SPACE_RUNS).filter(Boolean);
  let end = words.findIndex(w => MAIN_END.has(w));
  if (end < 0) end = words.length;
  const main = words.slice(0, end);
  if (main.some((_, k) => isMainPredicate(main, k))) return true;
  return words[end] === 'yang' && end > 0 && predicateAfterRelative(words, end);
}

/**
 * True when `text`, read right after a cue (or after its comma when `afterComma`), is a noun
 * phrase rather than a clause: no predicate in its main part, and a noun-phrase shape — a derived
 * or possessed noun first, a relative `yang` with nothing predicated after it, or a demonstrative
 * closing the phrase before an adjunct (`rapat darurat tersebut pada Senin`); one after a time
 * noun (`turun tajam pekan ini`) dates the clause instead. After a comma only
 * the relative shape counts: a clause there may have an adjective predicate (`…, harga mahal`).
 * After a cue of plain saying (`saying`, SAYING_CUES) a noun first is no evidence either; after a
 * topic cue (`topic`) a clause of time ends the main part.
 */
export function isNounObject(
  text: string,
  afterComma = false,
  saying = false,
  topic = false,
): boolean {
  const words = text.split(SPACE_RUNS).filter(Boolean);
  if (!afterComma && TOPIC_WORDS.has(words[0] ?? '')) return true;
  let end = words.findIndex(
    (w, k) => MAIN_END.has(w) || (topic && TOPIC_MAIN_END.has(w)) || contrastAfterComma(words, k),
  );
  if (end < 0) end = words.length;
  const main = words.slice(0, end);
  if (main.some((_, k) => isMainPredicate(main, k))) return false;
  const relative = words[end] === 'yang' && end > 0;
  if (relative && predicateAfterRelative(words, end)) return false;
  // `hanya sekitar 20 persen warga yang datang`: a focus word before `yang` makes a cleft,
  // whose relative clause is the predicate.
  if (relative && main.some(w => FOCUS_WORDS.has(w))) return false;
  // `makin banyak nelayan yang beralih ke budi daya`: a compared quantity before `yang` makes
  // a cleft too, whose relative clause is what is claimed of that many.
  if (relative && comparedQuantity(main)) return false;
  // `serangan itu balasan atas …`: a demonstrative with a word after it that is no preposition
  // closes a subject, and what follows is a nominal predicate.
  const d = main.findIndex((w, k) => DEFINITE.has(w) && !TIME_NOUNS.has(main[k - 1] ?? ''));
  if (d > 0 && d + 1 < main.length && !PREPOSITIONS.has(main[d + 1]!)) return false;
  // `mengingatkan warga soal bahaya banjir`: an addressee and the topic, nothing predicated —
  // asked only after the demonstrative test, so `aturan soal impor itu keliru` stays a clause.
  if (!afterComma && main.some(w => TOPIC_WORDS.has(w))) return true;
  // After a cue of plain saying, `yang` ends the subject of what was said, whose bare predicate
  // follows (`mengatakan pasokan yang biasa datang kini tinggal separuh`): only a thing said
  // before it (`mengatakan hal yang sama`, `mengatakan apa yang terjadi`) makes a noun object.
  if (relative && saying && featureOn('reported.sayingRelative')) return isThingSaid(words);
  if (afterComma) return relative && end <= 4;
  // A topic cue's complement with nothing predicated in its main part is the topic itself.
  if (relative || d > 0 || topic) return true;
  const first = QUANTIFIERS.has(words[0] ?? '') ? words[1] : words[0];
  const head = keepOnly(first ?? '', isLetterOrHyphenCp);
  // After a cue of plain saying, a noun first is no evidence: only a thing said (`hal serupa`).
  return OBJECT_NOUNS.has(head) || (!saying && isNounLike(head));
}

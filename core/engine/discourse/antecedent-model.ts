/**
 * The discourse model: who a mention that does not name anyone means — `-nya` (`ujarnya`,
 * `pihaknya`), `dia`/`ia`/`beliau`/`he`/`she`, `mereka`/`they`, or a description pointing back
 * (`Menurut peneliti ini`, `kata mantan menteri itu`) that no known role matches.
 *
 * Every earlier speaker and every earlier mention of a person, group or organisation is a
 * candidate (candidates.ts). Each candidate is described by the features below, all small numbers
 * read off the text; its score is one linear sum, Σ weight × value. The highest score wins; a tie
 * goes to the candidate mentioned last, then to the one listed first — so the choice never depends
 * on anything but the text.
 *
 * The weights started as hand-set values that reproduce the rules this model replaced, then were
 * fitted to dev gold on the study articles only (001–073, 101–110) by `npm run fit:discourse`
 * (scripts/fit-discourse.ts): coordinate ascent over a coarse grid that moves a weight only when
 * that fixes more antecedents than it breaks. Articles 111–120 stay a blind check.
 *
 * Each feature can be switched off for `npm run eval -- --ablate` (features.ts: `discourse.<name>`);
 * switched off, its weight counts as 0.
 */
import { allFeaturesOn, featureOn, type FeatureName } from '../features';

/** What a candidate antecedent looks like from the mention that points back to it. */
export interface AntecedentFeatures {
  /** 1 when the candidate spoke the previous quote (the subject of the last reporting clause). */
  lastSpeaker: number;
  /** 1 when it spoke an earlier quote, but not the previous one. */
  earlierSpeaker: number;
  /**
   * 1 when it was named as a clause subject after the previous quote ended: a new topic person.
   * The previous quote's own speaker named again is no new person (`lastSpeaker` counts it).
   */
  introducedSinceQuote: number;
  /**
   * 1 when it was introduced so (`introducedSinceQuote`) by a clause that reports nothing, in
   * the pointing mention's paragraph, after an earlier speaker opened that paragraph as a
   * clause's subject (`Pelatih X puas … “…,” kata X. Rudi menyambar umpan … “…,” ujarnya`;
   * `Budi juga mendedikasikan gelar itu untuk kakeknya, Y, yang …`): a paragraph keeps its
   * source, and a person narrated in it is talked about, not heard from. A reporting clause
   * (`Tersangka Y mengaku …`) opens a new source as ever.
   */
  narratedHere: number;
  /**
   * The same, one paragraph back: 1 when it was introduced so in the paragraph before the
   * pointing mention's, after an earlier speaker opened that paragraph as a clause's subject, and
   * the pointing mention's paragraph introduces nobody before it (`Menurut dia, … Bendahara desa,
   * Y, mundur …` then a paragraph of its own `“…,” ujarnya`): a quote standing alone goes on
   * from the paragraph before, so it keeps that paragraph's source.
   */
  narratedBefore: number;
  /**
   * 1 when a plural mention meets a person named with the companions they act with (`X bersama
   * dua rekannya, A dan B`; companions.ts): the whole group, not the companions alone.
   */
  companions: number;
  /**
   * 1 when the candidate is a group of named people each of whom spoke an earlier quote (`kata
   * Rina` … `ujar Dewi` … `ujar mereka`): the people heard from are the ones `mereka` means.
   */
  membersSpoke: number;
  /**
   * 1 when the candidate is the people heard from last, taken together: the last two (`ketiganya`:
   * three) persons who each spoke a quote or were the subject of a reporting clause, within the
   * last paragraphs (`kata Rina` … `Hal serupa disampaikan Dewi` … `Keduanya berharap …`). A plural
   * `mereka`/`keduanya`/`they` means them, though the text never named them side by side.
   */
  lastPeople: number;
  /** 1 when its latest mention opens a clause (`Budi menilai …`, `…, Budi, pengamat …, menilai`). */
  subject: number;
  /**
   * 1 when that subject's verb reports speech or thought (`Budi menilai`, `Budi mengatakan`), or
   * when its latest mention is a quote it spoke: the subject of a reporting clause.
   */
  cueSubject: number;
  /**
   * 1 when that subject's verb is passive (`Budi ditangkap`, `Budi terpilih`): a person acted
   * upon, talked about rather than talking.
   */
  passiveSubject: number;
  /**
   * 1 when the cue continues a statement (`tambahnya`, `ia menambahkan`, `he added`) and the
   * candidate is a speaker or the subject of a reporting verb: one adds to what one said.
   */
  continuesStatement: number;
  /**
   * 1 when the cue joins in somebody's talk (`timpalnya`, `ia menimpali`) and the candidate spoke
   * the previous quote: one chimes in after another person, not after oneself.
   */
  answersLast: number;
  /** 1 when its latest mention follows a preposition (`kepada Budi`, `oleh KPK`, `di Bandung`). */
  oblique: number;
  /** 1 when its latest mention is in the sentence that holds the pointing mention. */
  sameSentence: number;
  /** Sentences between its latest mention and the pointing mention (0–6). */
  sentencesBack: number;
  /** Paragraphs between its latest mention and the pointing mention (0–3). */
  paragraphsBack: number;
  /** Other people or groups introduced as subjects after its latest mention (0–3). */
  subjectsBetween: number;
  /**
   * 1 when the candidate is an organisation that a person among the candidates speaks for (their
   * role names it: `Juru bicara KPK X`, `Kabid Humas Polda Y Z`): its own mention (`KPK menyita …`)
   * reports what the institution did, and the quote that follows is still its spokesperson's.
   */
  representedBy: number;
  /** 1 when `dia`/`ia`/`beliau`/`he`/`she` or a person description meets an organisation. */
  organisationForPerson: number;
  /**
   * 1 when an English `he`/`she` meets a person the article tells is of the other sex (`Ms Rina
   * Hale`, `Mr Budi`, `Rina Hale said her …`; gender.ts).
   */
  genderMismatch: number;
  /**
   * 1 when an English `he`/`she` meets a person the article tells is of that sex: among people
   * it tells nothing about, the one it does is the likelier.
   */
  genderAgrees: number;
  /** 1 when the candidate's name is a known place (`Jakarta`, `Jawa Barat`). */
  place: number;
  /** 1 when the article writes the person as dead (`almarhum X`, `X meninggal dunia`): late-person.ts. */
  deceased: number;
  /** 1 when a singular mention meets a group, or `mereka` meets a single person. */
  numberMismatch: number;
  /**
   * 1 when the quote itself names the candidate (`“Rudi bermain bagus,” ujarnya`): a person the
   * speaker talks about in the third person is not the speaker.
   */
  namedInQuote: number;
  /**
   * 1 when the previous statement (its quote or reported clause) names the candidate, who did not
   * speak it, and the candidate is then the subject of a clause that reports nothing (`Jaksa X mengatakan
   * terdakwa Y menerima suap. Namun, Y tidak hadir. “…,” ucap dia.`): the speaker talked about
   * it, and the writer narrating what it did next does not hand it the next cue.
   */
  talkedAboutLast: number;
  /**
   * 1 when the cue is inserted between commas inside the statement (`X, lanjutnya, harus …`) and
   * the candidate is named before it in that sentence: the statement is about it.
   */
  statementSubject: number;
  /**
   * 1 when the mention is a description (`ujar politikus Partai X itu`, `the envoy said`) and one
   * of its words is among the candidate's role or lead-in words (`Anggota DPR dari Fraksi Partai
   * X`, `The UN special envoy, Y,`): the writer describes the speaker by what it said they are.
   */
  descriptionAgrees: number;
  /**
   * 1 when the word the description shares with the candidate's role or lead-in is one it wrote as
   * a name (`ujar politikus Partai Maju itu` for `Anggota DPRD dari Fraksi Partai Maju`): a party,
   * an organisation or a place tells the person apart better than a trade word does, so it
   * outweighs having spoken last.
   */
  descriptionNameAgrees: number;
  /**
   * 1 when the description opens with a role head (`politikus`, `pelatih`, `minister`) and the
   * candidate's role or lead-in words share none of its words (`Direktur Utama PLN Z`): a
   * person of another office, spoken of in between (description-agreement.ts).
   */
  descriptionConflicts: number;
  /**
   * 1 when the mention describes a person by sex, age or kinship (`ujar pria 41 tahun itu`, `kata
   * nenek 11 cucu itu`) and the candidate is the last person named as a clause's subject since the
   * previous statement, who did not speak it (`Korban lain, X, kehilangan motornya …`): the writer
   * tells more of the person just brought in, though that person did nothing but be talked about.
   */
  describedSubject: number;
  /**
   * 1 when the description writes a name (`politikus Partai Maju itu`, `pria asal Wonosari itu`)
   * that another candidate was introduced with (in a role, lead-in or appositive) and this one
   * shares none of it: the name tells the one person apart, whoever spoke last.
   */
  descriptionNameMissing: number;
}

export type AntecedentFeature = keyof AntecedentFeatures;

/**
 * The weights, by feature. Positive pulls a candidate forward, negative pushes it back. The four
 * agreement features (organisation for a person, gender, place, number) are large: they act as
 * constraints that only an otherwise empty field can overrule.
 */
export const WEIGHTS: Readonly<Record<AntecedentFeature, number>> = {
  lastSpeaker: 2.5,
  earlierSpeaker: 0.5,
  introducedSinceQuote: 3,
  narratedHere: -2,
  // Heavier than narratedHere: the source opened its paragraph a paragraph further back, so it
  // already lost a little to distance and to the narrated person counted as a subject between.
  narratedBefore: -3,
  companions: 1,
  membersSpoke: 2,
  lastPeople: 1,
  subject: 2,
  cueSubject: 0.5,
  passiveSubject: -1.5,
  continuesStatement: 1.5,
  // A constraint, as heavy as the agreement ones: to chime in is to answer another person.
  answersLast: -10,
  oblique: -1,
  sameSentence: 0.5,
  sentencesBack: -0.1,
  paragraphsBack: -0.2,
  subjectsBetween: -1,
  representedBy: -3,
  organisationForPerson: -10,
  genderMismatch: -10,
  genderAgrees: 2,
  place: -10,
  // A constraint too: a dead person speaks none of the story's quotes.
  deceased: -10,
  numberMismatch: -10,
  namedInQuote: -3,
  statementSubject: -3,
  talkedAboutLast: -2,
  descriptionAgrees: 2,
  descriptionNameAgrees: 2,
  // An office the description tells and the last speaker does not hold outweighs having spoken
  // last and being nearer (`ujar politikus senior itu` after a researcher spoke); moving it from
  // -2 moves no dev or study article.
  descriptionConflicts: -3,
  describedSubject: 4,
  // As heavy as an office the candidate does not hold (descriptionConflicts).
  descriptionNameMissing: -3,
};

/** The features.ts switch of each model feature. */
export const featureSwitch = (f: AntecedentFeature): FeatureName => `discourse.${f}` as FeatureName;

const FEATURE_NAMES = Object.keys(WEIGHTS) as AntecedentFeature[];
const SWITCHES = FEATURE_NAMES.map(featureSwitch);

/** The candidate's score under `weights` (the shipped ones unless a fit tries others). */
export function antecedentScore(
  f: AntecedentFeatures,
  weights: Readonly<Record<AntecedentFeature, number>> = WEIGHTS,
): number {
  const all = allFeaturesOn();
  let s = 0;
  for (let i = 0; i < FEATURE_NAMES.length; i++) {
    const k = FEATURE_NAMES[i]!;
    // Each value read once: this sum runs for every candidate of every pointing mention.
    const v = f[k];
    if (v && (all || featureOn(SWITCHES[i]!))) s += weights[k] * v;
  }
  return s;
}

/** A candidate as the chooser sees it: its features and where it was last mentioned. */
export interface Scored {
  features: AntecedentFeatures;
  /** Position of its latest mention, for the recency tie-break. */
  latest: number;
}

/**
 * Index of the best candidate in `cands`, or -1 when there are none: highest score, then the
 * latest mention, then the first listed.
 */
export function bestCandidate(
  cands: readonly Scored[],
  weights: Readonly<Record<AntecedentFeature, number>> = WEIGHTS,
): number {
  let best = -1;
  let bestScore = -Infinity;
  cands.forEach((c, i) => {
    const s = antecedentScore(c.features, weights);
    if (isBetter(s, c.latest, bestScore, best < 0 ? -Infinity : cands[best]!.latest)) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/**
 * True when a candidate scoring `score`, latest mentioned at `latest`, beats the best one so far
 * (`bestScore`, `bestLatest`; -Infinity both before the first): a higher score, or on a tie the
 * later mention. The first listed keeps a full tie.
 */
export function isBetter(
  score: number,
  latest: number,
  bestScore: number,
  bestLatest: number,
): boolean {
  return score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && latest > bestLatest);
}

/**
 * Who a quote's title mention means: `kata Kapolda` the person holding that title, `The ministry
 * also said` an organisation the article named, `Menurut peneliti ini` (a description closed by a
 * demonstrative) whoever the discourse model points back to, `ujar wanita itu` only a named
 * person the text opened as its topic since the last statement (else nobody named).
 */
import { honorificHolder, professionHolder } from './honorific-title';
import type { Candidate } from '../candidate';
import { offsetOf, paragraphOf, pos, type Entity, type Pos } from '../cast/entity';
import { holdsTitle } from '../cast/role-head';
import { isSubjectRole } from '../cast/mention-record';
import { DEFINITE, MEMBER_NOUNS, NYA_ADVERBS, SINGULAR } from '../../lexicon/pronouns';
import { OCCUPATION_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { codePointAt, cpLength, hasAlnum, isLetterCp, isSpaceCp, leadingRun } from '../text/chars';
import { endsWithWord, SPACE_RUNS } from '../text/string-scans';
import { isPlaceWord } from '../names/name-model';
import type { CastMention } from '../cast/cast-mentions';
import { organisationHead, organisationMeant } from './organisation-description';
import { organisationByHead } from './organisation-by-head';
import { organisationByShortForm } from './organisation-short-form';
import { organisationKind } from '../names/organisation-subject';
import { isStatementPointer, statementAuthor } from './statement-author';
import { groupDescription } from '../names/group-description';
import { collectiveOpener, pointBack } from './point-back';
import { isPersonDescription, opensWithDefinitePerson } from './person-description';
import { introducedUnnamedDescription } from './indefinite-intro';
import { goesOnWith } from './statement-topic';
import { describedAge, personAged } from './described-age';
import { describedAgeBand } from './described-age-band';
import { descriptionGender } from './description-gender';
import { readGenders } from './gender';
import { personDescribedAs } from './described-as';
import { epithetOpened } from './repeated-epithet';
import { readDescribedSex } from './described-sex';
import { keepsSource, sexKeepsSource } from './keeps-source';
import type { Choice, ResolveContext } from './resolve-context';
import type { AntecedentCandidate, Speech } from './candidates';
import { holderNamedLater } from './holder-named-later';

/**
 * With `discourse.ageBandSex`, whether a person may be the one `description` means by the sex its
 * noun tells (`nenek itu` is no man the article told of; gender.ts), else always true.
 */
function sexAgrees(ctx: ResolveContext, description: string): (e: Entity) => boolean {
  const sex = featureOn('discourse.ageBandSex') ? descriptionGender(description) : null;
  if (!sex) return () => true;
  const genders = (ctx.memo.genders ??= readGenders(ctx.mentions, ctx.doc, ctx.introductions));
  return e => (genders.get(e) ?? sex) === sex;
}

/** Demonstratives that close a description pointing back (`peneliti kesehatan ini`). */
const DEMONSTRATIVES = [...DEFINITE];

type TitleMention = Extract<NonNullable<Candidate['mention']>, { kind: 'title' }>;

/**
 * True when `sentence` opens with a singular pronoun (`Ia menambahkan …`) or a definite description
 * of a person (`Pria yang … itu kini …`), so goes on about somebody already known.
 */
const sameTopic = (sentence: string): boolean =>
  SINGULAR.has(firstWordBeforeSpace(sentence)?.toLowerCase() ?? '') ||
  opensWithDefinitePerson(sentence);

/** `\w` (without `i`): an ASCII letter, digit or underscore. */
const isAsciiWordCp = (cp: number): boolean =>
  (cp >= 0x61 && cp <= 0x7a) ||
  (cp >= 0x41 && cp <= 0x5a) ||
  (cp >= 0x30 && cp <= 0x39) ||
  cp === 0x5f;

/**
 * `/^\W*(\p{L}+)\s/u.exec(s)?.[1]`: the letters before the first space after the opening non-word
 * characters. As the regex backtracks: the longest opening run of `\W` first, then shorter ones
 * (a non-ASCII letter is `\W` too), each tried with the whole run of letters after it.
 */
export function firstWordBeforeSpace(s: string): string | undefined {
  const starts = [0];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (isAsciiWordCp(cp)) break;
    i += cpLength(cp);
    starts.push(i);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const from = starts[k]!;
    const end = from + leadingRun(s.slice(from), isLetterCp);
    if (end > from && isSpaceCp(codePointAt(s, end))) return s.slice(from, end);
  }
  return undefined;
}

/**
 * True when the text between the previous statement's end and `at` (the same paragraph, or the end
 * of one and the start of the next) holds no sentence but ones opening with `ia`/`dia`/`beliau`:
 * nothing in between could have brought in somebody else. The rest of the statement's own
 * sentence (its cue: `,” kata Sari, warga Cibening.`) is part of the statement, not in between.
 */
function followsOn(ctx: ResolveContext, at: Pos, ownClause = false): boolean {
  const prev = ctx.speeches[ctx.speeches.length - 1];
  if (!prev) return false;
  const [p, q] = [paragraphOf(prev.end), paragraphOf(at)];
  const apart = ctx.doc.paragraphsApart(prev.end, at);
  if (apart !== 0 && apart !== 1) return false;
  const text = (k: number) => ctx.texts.get(k) ?? '';
  const ownSentence = featureOn('discourse.statementSentence') ? afterSentence : (s: string) => s;
  const gap =
    q === p
      ? ownSentence(text(p).slice(offsetOf(prev.end), offsetOf(at)))
      : `${ownSentence(text(p).slice(offsetOf(prev.end)))} ${text(q).slice(0, offsetOf(at))}`;
  const sentences = gap.split(/[.!?]\s/u).filter(hasAlnum);
  if (sentences.every(sameTopic)) return true;
  // `X mengatakan warga resah. Sejak Maret, warga berjaga.` then `“…,” ujar pria itu` opening
  // the next paragraph: the rest of the statement's own paragraph goes on with what it reported
  // when each sentence repeats one of its content words (statement-topic.ts).
  const statement = text(p).slice(offsetOf(prev.start), offsetOf(prev.end));
  const ownParagraph =
    featureOn('discourse.statementParagraph') &&
    q !== p &&
    !hasAlnum(text(q).slice(0, offsetOf(at))) &&
    sentences.every(s => goesOnWith(statement, s));
  // `“…,” kata Sari.` `Kini warung itu ramai. Menurut ibu dua anak itu, …`: a description that is
  // the speaker of reported speech (`ownClause`: the caller's quote is indirect, whether its cue
  // leads, `Menurut ibu itu, …`, or ends it, `…, kata ibu itu.`) after sentences that mention nobody
  // at all, named or not, means the speaker, the only person there is. At a direct quote's cue
  // (`“…,” kata ibu itu`) such a description may still bring in somebody the reporter met
  // (nobody-new-between.test.ts).
  const nobodyAtAll =
    ownClause && featureOn('discourse.nobodyMentionedBetween') && !personBetween(ctx, prev, at);
  return (
    (ownParagraph ||
      nobodyAtAll ||
      (featureOn('discourse.nobodyNewBetween') && sentences.every(goesOnAbout))) &&
    !subjectBetween(ctx, prev, at, ownClause)
  );
}

/**
 * True when a mention between statement `prev` and `to` (not at a cue) is a person or a group other
 * than its speaker, named or not, in any role (`dikunjungi seorang sopir`, `milik Budi`): somebody
 * else the description might mean. The speaker's own cue and a description of them
 * (`Bidan kelahiran X itu bertugas …`) bring in nobody.
 */
function personBetween(ctx: ResolveContext, prev: Speech, to: Pos): boolean {
  return ctx.mentions.some(
    m =>
      m.at > prev.end &&
      m.at < to &&
      !m.atCue &&
      !speakerAgain(m, prev) &&
      !placeOnly(m) &&
      (m.unnamed === true || m.unnamedGroup === true || m.entities.some(e => e.kind === 'person')),
  );
}

/**
 * True when `sentence` has a singular pronoun anywhere (`Selama ini ia …`) or a possessed noun
 * (`Akibatnya, anak sulungnya tergeser`): it goes on about somebody already known, if nobody new
 * is its subject (subjectBetween). A sentence with neither (`Pasar itu dibangun tahun 1980.`) is
 * about something else.
 */
function goesOnAbout(sentence: string): boolean {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some(w => SINGULAR.has(w) || (w.length > 5 && w.endsWith('nya') && !NYA_ADVERBS.has(w)));
}

/**
 * True when a mention between `from` and `to` (not at a cue: that is the statement's own speaker)
 * is a clause's subject, named or not (`Warga lain, X, …`, `Seorang petugas …`): somebody else
 * brought in. Sentences that name nobody as their subject (`Akibatnya, anak sulungnya tergeser.`,
 * `Sejak lama ia membeli beras dari pemasok langganannya, Y.`) go on about the speaker.
 */
function subjectBetween(ctx: ResolveContext, prev: Speech, to: Pos, ownClause: boolean): boolean {
  return ctx.mentions.some(
    m =>
      m.at > prev.end &&
      m.at < to &&
      !m.atCue &&
      isSubjectRole(m.role) &&
      !(ownClause && (placeOnly(m) || speakerAgain(m, prev))),
  );
}

/**
 * True when the head noun of description `title` (`perempuan` in `perempuan itu`) is written
 * possessed between the last statement and `to` (`dibantu oleh cucu perempuannya`): a relative of
 * the speaker's brought in by that word, whom the description may mean.
 */
function possessedHeadSinceLast(ctx: ResolveContext, title: string, to: Pos): boolean {
  const prev = ctx.speeches[ctx.speeches.length - 1];
  const head = title.trim().split(SPACE_RUNS, 1)[0]!.toLowerCase();
  return !prev || ctx.doc.wordBetween(prev.end, to, `${head}nya`);
}

/** True when a subject other than the last statement's speaker stands between it and `to`. */
function subjectSinceLast(ctx: ResolveContext, to: Pos): boolean {
  const prev = ctx.speeches[ctx.speeches.length - 1];
  return !prev || subjectBetween(ctx, prev, to, true);
}

/**
 * With `discourse.nobodyMentionedBetween`, true when mention `m` means only statement `prev`'s
 * speakers (`Bidan kelahiran X itu bertugas …` after her quote): the speaker again, nobody new.
 */
function speakerAgain(m: CastMention, prev: Speech): boolean {
  return (
    featureOn('discourse.nobodyMentionedBetween') &&
    m.entities.length > 0 &&
    m.entities.every(e => prev.entities.some(p => p.name === e.name))
  );
}

/**
 * With `discourse.nobodyMentionedBetween`, true when every entity of mention `m` is named by place
 * words alone (`Jawa Tengah`, `Nusa Tenggara` read as a name): a region or a town, nobody brought in.
 */
function placeOnly(m: CastMention): boolean {
  return (
    featureOn('discourse.nobodyMentionedBetween') &&
    m.entities.length > 0 &&
    m.entities.every(e => e.name.split(SPACE_RUNS).every(isPlaceWord))
  );
}

/** What follows the first sentence end in `s` (the end of the sentence `s` starts inside), or ''. */
function afterSentence(s: string): string {
  const end = /[.!?](?:\s|$)/u.exec(s);
  return end ? s.slice(end.index + 1) : '';
}

/**
 * A named person opened as a subject since the previous statement: the topic a description by sex
 * or age alone (`perempuan itu`) may stand for. An unnamed one (`Seorang pria …`) stays unnamed.
 */
const newTopicPerson = (a: AntecedentCandidate): boolean =>
  (a.features.introducedSinceQuote === 1 || a.features.describedSubject === 1) &&
  a.entities.length === 1 &&
  a.entities[0]!.kind === 'person';

/**
 * True when `text` is one capitalised occupation or member noun alone (`Pedagang`, `Warga`,
 * `Petani`): a bare noun opening a sentence, with no determiner, demonstrative or name.
 */
function isBareTrade(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(t)) return false;
  const w = t.toLowerCase();
  return OCCUPATION_SET.has(w) || MEMBER_NOUNS.has(w);
}

/** The organisation head of a description (`the agency`), when that feature is on. */
const orgDescription = (text: string): string | null =>
  featureOn('discourse.organisationDescription')
    ? (organisationHead(text) ?? kindHead(text))
    : null;

/**
 * `Perusahaan juga mengklaim`, `kementerian menegaskan`: an organisation by its kind alone
 * (names/organisation-subject.ts), whose first word is the head an organisation's name holds.
 */
function kindHead(text: string): string | null {
  if (!featureOn('names.organisationKindSubject')) return null;
  const kind = organisationKind(text);
  return kind ? kind.split('-')[0]! : null;
}

/**
 * Where the title's own words `written` stand before quote `c`'s cue (`Ketua Panitia Acara ini
 * mengatakan`), or the cue's place when they do not. The words written last before the cue count
 * only if no sentence end or quotation mark lies between them and the cue: after a quote
 * (`“…,” ucap Perbekel.`) the title stands after the cue, and the same word opening the
 * paragraph (`Perbekel atau Kepala Desa X, Y, menilai …`) is the holder's introduction, which the
 * lookup must see (discourse.titleOwnWordsAtCue).
 */
function ownWordsAt(ctx: ResolveContext, c: Candidate, written: string): Pos {
  const found = ctx.doc.startOf(c.paragraph, written, c.at);
  if (!featureOn('discourse.titleOwnWordsAtCue')) return found;
  const k = offsetOf(found);
  const gap = (ctx.texts.get(c.paragraph) ?? '').slice(k + written.length, c.at);
  return /[.!?"“”]/u.test(gap) ? pos(c.paragraph, c.at) : found;
}

/**
 * The speakers of quote `c` whose mention `m` is a title, at position `at`; `last` is the previous
 * statement's speakers.
 */
export function titleSpeakers(
  ctx: ResolveContext,
  c: Candidate,
  m: TitleMention,
  at: Pos,
  last: readonly Entity[] | null,
): Choice {
  const { cast, doc } = ctx;
  // The description's own words (`Organisasi itu`, `Ketua Panitia Acara ini`) are read as a run
  // too, and are no antecedent: look before them.
  const before = (): Pos => Math.min(at, ownWordsAt(ctx, c, m.text));
  // `“…,” tulis keterangan tersebut`: the statement's author, not whoever spoke before it.
  if (featureOn('discourse.statementAuthor') && isStatementPointer(m.text)) {
    const author = statementAuthor(cast.records, before(), doc);
    return { entities: author ? [author] : [] };
  }
  // `Komdis PSSI juga meminta …`: an organisation's short form, before any holder of an office in it.
  const shortForm = organisationByShortForm(cast.all, m.title, before());
  if (shortForm) return { entities: [shortForm] };
  const orgHead = orgDescription(m.text);
  if (orgHead) {
    // `The ministry also said`, `Organisasi itu juga meminta`: an organisation, never a person.
    const org =
      organisationMeant(cast.records, before(), last, doc) ??
      organisationByHead(cast.records, before(), orgHead);
    return { entities: org ? [org] : [] };
  }
  // `kata Kapolda`: the person holding the title; with two holders (`Presiden AS …`,
  // `Presiden Rusia …`) the last speaker when they hold it.
  // Read off the text (introduced-title.ts), before the description's own words: a name inside
  // it (`Pelatih Klub X itu`) was introduced with them.
  // `Pedagang menyebut pasokan berkurang`: a trade's bare noun opening a sentence is generic (any
  // traders), not the one trader the article names later or earlier.
  if (featureOn('discourse.bareTradeSubject') && isBareTrade(m.text)) return { entities: [] };
  // `ujar kedua petani itu`: a description of two (three) people points back to a group, as
  // `keduanya` does.
  const collective = featureOn('discourse.collectiveDescription') && collectiveOpener(m.text);
  if (collective && endsWithWord(m.text, DEMONSTRATIVES))
    return pointBack(ctx, c, 'group', before());
  // `kata pasangan itu`, `tutur ayah dan anak itu`, `kata si kembar`: a pair or a band described.
  if (groupDescription(m.text) > 0) return pointBack(ctx, c, 'group', before());
  // `Seorang pedagang … mengaku …` then `“…,” kata pedagang itu`: the head noun's nearest use
  // introduced somebody unnamed, who is meant before any holder of a role with that word in it
  // (`Ketua Paguyuban Pedagang X`, introduced further back).
  if (
    featureOn('discourse.unnamedBeforeRole') &&
    introducedUnnamedDescription(doc, m.text, before())
  )
    return { entities: [] };
  // `ujar mantan kiper nasional itu`, after a sentence opened with that epithet: whom it meant
  // there, so not a person that sentence's own lead-in runs on to (`… mempersoalkan wasit X`).
  const opened = epithetOpened(doc, m.text, before());
  const byRole =
    cast.byTitle(m.title, at) ??
    cast.byHead(m.title, at) ??
    ctx.introduced.holder(m.title, opened ?? before());
  const lastOne = last?.length === 1 ? last[0]! : null;
  const holder = byRole && lastOne && holdsTitle(lastOne, m.title) ? lastOne : byRole;
  if (holder) return { entities: [holder] };
  // `kata Buya` after `Buya H. Syafruddin …`: the person written with that title.
  const addressed =
    honorificHolder(cast.records, m.title, at) ??
    professionHolder(cast.records, ctx.texts, m.title, at, lastOne);
  if (addressed) return { entities: [addressed] };
  // `Kepala Dinas X mengatakan …` then `Y, kepala dinas tersebut, …`: the holder named after it.
  const named = holderNamedLater(cast, m.title, at);
  if (named) return { entities: [named] };
  // `Menurut peneliti kesehatan ini, …`: a description closed by a demonstrative that no known
  // role matches points back like `dia`; `ujar wanita itu` (a person described by sex or age
  // alone) was never named. English: `the 31-year-old said`, `the Egyptian minister said` point
  // back the same way.
  // `Sang pelatih menegaskan` (names/sang-description.ts) is Indonesian's `the coach said`.
  const opener = m.text.slice(0, m.text.indexOf(' ') + 1).toLowerCase();
  const back = endsWithWord(m.text, DEMONSTRATIVES) || opener === 'the ' || opener === 'sang ';
  if (!back) return { entities: [] };
  // `kata pria berusia 52 tahun itu`: the person introduced with that age (`Darto (52)`).
  const age = featureOn('discourse.describedAge') ? describedAge(m.text) : null;
  const aged =
    age === null ? null : personAged(cast.records, ctx.texts, [age, age], before(), 'aged');
  if (aged) return { entities: [aged] };
  // `kata ibu tiga anak itu`: the person introduced as `ibu tiga anak`.
  const known = personDescribedAs(cast.records, ctx.texts, m.text, before());
  if (known) return { entities: [known] };
  // `kata remaja itu`: among the people pointed back to, one introduced with an age that word
  // describes (`Dimas (15)`).
  const choice = describedBack(ctx, c, m, opened ?? before(), last);
  if (!featureOn('discourse.describedAgeBand')) return choice;
  const band = describedAgeBand(m.text);
  const chosen = choice.entities.length === 1 ? choice.entities[0]! : null;
  // `Seorang warga … mengatakan, …` then `“…,” kata perempuan paruh baya itu`: straight after an
  // unnamed speaker's statement the description is that speaker, not an aged person named before.
  const afterUnnamed = last !== null && last.length === 0 && !chosen && followsOn(ctx, before());
  // `Hadijah … Ia mendaftar … . Nenek tujuh cucu itu mengatakan, “…”`: a description opening the
  // statement before its quote goes on with the person the text was about, whom the model chose;
  // an aged person named before does not take it from them.
  // Only for a choice the article told no age of: a told age (`Dimas (22)`) outside the band
  // still gives way to the one it fits.
  const goesOn =
    chosen !== null &&
    c.at < c.start &&
    featureOn('discourse.openingDescriptionGoesOn') &&
    personAged(cast.records, ctx.texts, ANY_AGE, before(), 'aged', chosen) !== chosen;
  const banded =
    band &&
    !afterUnnamed &&
    !goesOn &&
    personAged(
      cast.records,
      ctx.texts,
      band,
      before(),
      'mentioned',
      chosen,
      sexAgrees(ctx, m.text),
    );
  return banded ? { entities: [banded] } : choice;
}

/** Every age a person may be told (a band that any told age fits). */
const ANY_AGE: readonly [number, number] = [0, 150];

/**
 * Whom description `m` of quote `c` points back to, before `from` (`last` is the previous
 * statement's speakers): a person description (`ujar wanita itu`) only the last speaker it
 * follows straight on from or the person just opened as the topic; any other the model's choice.
 */
function describedBack(
  ctx: ResolveContext,
  c: Candidate,
  m: TitleMention,
  from: Pos,
  last: readonly Entity[] | null,
): Choice {
  // `ujar wanita itu` (a person described by sex, age or kinship alone) is never anyone named,
  // unless it follows straight on from a named speaker's statement (`Sari, warga X, mengatakan
  // …` then `“…,” kata ayah tiga anak itu`), whom it then describes.
  if (isPersonDescription(m.title)) {
    const lastOne = last?.length === 1 ? last[0]! : null;
    // `kata perempuan itu` is never the man who spoke last: another speaker, or the one just
    // brought in, not told to be a man.
    const sex = readDescribedSex(ctx, c, from);
    if (sex.lastUnlike) return { entities: sex.other ? [sex.other] : [] };
    const next =
      lastOne &&
      featureOn('discourse.describedPersonBack') &&
      followsOn(ctx, from, c.type === 'indirect');
    const kept =
      lastOne &&
      (keepsSource(ctx, c, from, lastOne) ||
        (sexKeepsSource(ctx, c, from, lastOne) &&
          !subjectSinceLast(ctx, from) &&
          !possessedHeadSinceLast(ctx, m.title, from)));
    if (next || kept) return { entities: [lastOne!] };
    // `Sumiati (45), pedagang sayur, mengeluhkan …` then `“…,” ujar perempuan itu`: the one
    // person the text brought in as its topic since the last statement is who it describes.
    return featureOn('discourse.describedPersonTopic')
      ? pointBack(ctx, c, 'description', from, newTopicPerson)
      : { entities: [] };
  }
  // `According to an engineer …` … `the engineer said`: the unnamed person introduced there.
  if (featureOn('discourse.indefiniteIntro') && introducedUnnamedDescription(ctx.doc, m.text, from))
    return { entities: [] };
  return pointBack(ctx, c, 'description', from);
}

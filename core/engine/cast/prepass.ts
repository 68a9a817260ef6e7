/**
 * A first read of the whole body, before any quote is attributed: which single names the article
 * uses for speakers (evidence for the name/role split), and every full name with its role, so a
 * later short mention resolves to the fullest form (`Xi` → `Xi Jinping`).
 */
import { CUE_ADVERB_SET, PRE_CUE_SET, postCueLength } from '../../lexicon/cues';
import type { BodyParagraph } from '../candidate';
import { Cast } from './entities';
import { pos } from './entity';
import { insideAny, type Token } from '../text/text';
import { namesInstitution } from '../names/described-subject';
import { isRoleWord, isRunWord, readRun } from '../names/name-run';
import { splitRun } from '../names/name-split';
import type { ArticleEvidence } from '../names/name-model';
import { isGivenName } from '../../lexicon/name-words';
import { unnamedSubjectAt } from '../names/unnamed-subject';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import { isNonSpeakerName, isNonSpeakerRun, isPublication } from './non-speaker';

/** `akrab disapa X`, `biasa dipanggil X`, `dengan sapaan akrab X`: X is a nickname. */
const ALIAS_BEFORE = /(?:disapa|dipanggil|disebut|(?:sapaan|panggilan)(?:\s+akrab(?:nya)?)?)\s+$/u;
/** Words after which a lone capitalised word is a place (`di Cibinong`, `warga Sorong`). */
const PLACE_BEFORE = new Set('di ke asal warga kota kabupaten provinsi kecamatan'.split(' '));
/** Determiners that open an unnamed plural subject (`Para menteri`, `Sejumlah warga`). */
const PLURAL_DETERMINERS = /^(?:para|sejumlah|beberapa|banyak)$/iu;
/** `X, sapaan akrabnya,`: X is a nickname. */
const ALIAS_AFTER = /^,?\s*(?:sapaan|panggilan)\s+(?:akrab)?nya\b/u;

/**
 * The article's evidence about its own words: single capitalised words used alone next to a cue
 * (`kata Dewi`, `Bayu memperkirakan`), which are names, and words used alone after `di`/`ke`/
 * `warga` (`di Cibinong`), which are places (`places`).
 */
export function collectEvidence(body: readonly BodyParagraph[]): ArticleEvidence & Set<string> {
  const out = new Set<string>();
  const places = new Set<string>();
  for (const p of body) {
    const t = p.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.text;
      const lw = w.toLowerCase();
      // `asal X` always names a place, even glued to a name (`politisi asal X Rudi Hartawan`).
      const alone = w === 'asal' || !isRunWord(t[i + 2]?.text ?? '');
      if (PLACE_BEFORE.has(w) && isRunWord(t[i + 1]?.text ?? '') && alone)
        places.add(t[i + 1]!.text);
      if (
        (postCueLength(w) > 0 || lw === 'menurut') &&
        isRunWord(t[i + 1]?.text ?? '') &&
        readRun(t, i + 1) === i + 2
      ) {
        out.add(t[i + 1]!.text);
      }
      if (PRE_CUE_SET.has(w)) {
        let k = i - 1;
        while (k >= 0 && CUE_ADVERB_SET.has(t[k]!.text)) k--;
        if (k >= 0 && isRunWord(t[k]!.text) && !isRunWord(t[k - 1]?.text ?? ''))
          out.add(t[k]!.text);
      }
    }
  }
  // A role word used alone is a title (`kata Kapolda`), unless it is also a given name (`Imam`).
  for (const w of out) if (isRoleWord(w) && !isGivenName(w)) out.delete(w);
  for (const w of out) places.delete(w);
  return Object.assign(out, { places });
}

/** Registers every name run outside quotes and records where people are mentioned. */
export function buildCast(body: readonly BodyParagraph[], evidence: ReadonlySet<string>): Cast {
  const cast = new Cast();
  for (const p of body) {
    const t = p.tokens;
    const quoted = insideAny(p.marks.map(m => ({ start: m.open, end: m.after })));
    let lastRun: { start: number; end: number; entity: ReturnType<Cast['register']> } | null = null;
    for (let i = 0; i < t.length; i++) {
      // An unnamed subject (`Para menteri …`, `Seorang ibu …`): a later `mereka`/`-nya` may mean it.
      const unnamed = quoted(t[i]!.start) ? null : unnamedSubject(t, i);
      if (unnamed) {
        cast.mentions.push({
          at: pos(p.index, t[i]!.start),
          entities: [],
          subject: true,
          ...unnamed,
        });
        continue;
      }
      if (!isRunWord(t[i]!.text) || quoted(t[i]!.start)) continue;
      const end = readRun(t, i);
      if (end === i) continue;
      // `politisi asal Jambi Rudi Hartawan`: the place is read by the name model (asal X is
      // place evidence, and a gazetteer place before two name words goes to the role).
      const from = i;
      const ref = splitRun(t.slice(from, end), p.text, evidence);
      let entity = null;
      // A one-word name introduced with a role (`Juru Bicara Kemlu Hartanto`) is a full name too.
      if (ref.name && namesInstitution(ref.role, t[end]?.text)) entity = null;
      else if (
        ref.name &&
        (ref.name.split(' ').length >= 2 ||
          (ref.role && ref.kind === 'person') ||
          appositiveRole(t, from, end))
      )
        entity = cast.register(ref);
      else if (ref.name) entity = cast.find(ref.name);
      const runText = p.text.slice(t[from]!.start, t[end - 1]!.end);
      const nonSpeaker = isNonSpeakerName(entity?.name ?? '') || isNonSpeakerRun(runText);
      if (entity && !nonSpeaker && !isPublication(p.text, t[from]!.start)) {
        // `X dan Y`: also a group mention, the antecedent of a later `mereka`.
        if (lastRun?.entity && lastRun.end === i - 1 && t[i - 1]!.text === 'dan') {
          const entities = [lastRun.entity, entity];
          // Only a pair that opens the clause is a subject: a pair in a list of objects
          // (`… adalah X dan Y`) is not who `mereka` means next.
          const subject = isSubjectPosition(t, lastRun.start);
          cast.mentions.push({ at: pos(p.index, t[i]!.start), entities, subject });
        } else {
          // Only subjects feed the `dia`/`-nya` fallback: objects (`… kepada Trump`) rarely speak next.
          const subject = isSubjectPosition(t, i);
          cast.mentions.push({ at: pos(p.index, t[i]!.start), entities: [entity], subject });
        }
      }
      // `Pria yang akrab disapa Ucok itu` / `Bambang, sapaan akrabnya,`: a nickname of the last person.
      if (
        ref.name &&
        (ALIAS_BEFORE.test(p.text.slice(Math.max(0, t[i]!.start - 24), t[i]!.start)) ||
          ALIAS_AFTER.test(p.text.slice(t[end - 1]!.end, t[end - 1]!.end + 24)))
      ) {
        const person = cast.lastMention(pos(p.index, t[i]!.start), false, false)?.entities[0];
        if (person && person.name !== ref.name) {
          person.aliases.add(ref.name);
          entity = person;
        }
      }
      lastRun = { start: from, end, entity };
      i = end - 1;
    }
  }
  return cast;
}

/**
 * The unnamed subject opening at token `i`, as the flag its mention carries: `Para menteri
 * sepakat …` is a plural one, the antecedent of a later `mereka`; `Seorang ibu …` / `Jaksa
 * mengungkapkan …` a singular one a later `-nya` may mean. Null when there is none.
 */
function unnamedSubject(
  t: readonly Token[],
  i: number,
): { unnamedGroup: true } | { unnamed: true } | null {
  if (!isSubjectPosition(t, i)) return null;
  if (PLURAL_DETERMINERS.test(t[i]!.text) && /^\p{Ll}/u.test(t[i + 1]?.text ?? ''))
    return { unnamedGroup: true };
  return unnamedSubjectAt(t, i) ? { unnamed: true } : null;
}

/**
 * `Hartono, pengamat sepak bola, menilai …`: a one-word name opening a clause and followed by a
 * lowercase role between commas is a person introduced with an appositive role.
 */
function appositiveRole(t: readonly Token[], from: number, end: number): boolean {
  return (
    end === from + 1 &&
    isSubjectPosition(t, from) &&
    t[end]?.text === ',' &&
    /^\p{Ll}/u.test(t[end + 1]?.text ?? '') &&
    ROLE_WORD_SET.has(t[end + 1]!.text)
  );
}

/** True when the run at `i` opens a clause: paragraph or sentence start, or after a comma. */
function isSubjectPosition(t: readonly Token[], i: number): boolean {
  // `…, juru bicara KPK Budi Santoso berkelit …`: a lowercase role before the run belongs to the
  // subject, so look past it.
  let k = i;
  while (k > 0 && i - k < 4 && /^\p{Ll}/u.test(t[k - 1]!.text) && ROLE_WORD_SET.has(t[k - 1]!.text))
    k--;
  const prev = t[k - 1]?.text;
  return (
    prev === undefined ||
    /^[.,:;!?]$/u.test(prev) ||
    /^(?:Sebelumnya|Sementara|Namun|Kemudian|Selain)$/u.test(prev)
  );
}

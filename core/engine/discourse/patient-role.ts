/**
 * A role that names one acted upon (`Korban`, `Tersangka`; core/lexicon/patient-roles.ts): whoever
 * holds it is talked about, not a source. Read by the mentions (a name set off by commas after the
 * role) and by the candidates (a person introduced with the role) alike.
 */
import { featureOn } from '../features';
import { DEATH_VERBS, PATIENT_ROLES } from '../../lexicon/patient-roles';
import { COPULAS, KIN_NOUNS, LISTED_COUNTS } from '../../lexicon/pronouns';
import { SPACE_RUNS } from '../text/string-scans';

/** True when `role` opens with the role of one acted upon (`Korban`, `Tersangka Utama`). */
export function isPatientRole(role: string): boolean {
  if (!featureOn('discourse.patientRole')) return false;
  const space = role.indexOf(' ');
  return PATIENT_ROLES.has((space < 0 ? role : role.slice(0, space)).toLowerCase());
}

/** Most words of a copula's subject looked at before it (`Salah satu korban meninggal`). */
const MAX_COPULA_SUBJECT = 8;

/**
 * `Salah satu korban tewas adalah X (7)`, `Yang tewas adalah X`: the name at offset `at` of
 * `text` comes right after a copula whose subject, in its own sentence, holds a patient role or a
 * verb of dying. The sentence tells who befell it: the person is talked about, whatever
 * description follows the name.
 */
export function patientByCopula(text: string, at: number): boolean {
  if (!featureOn('discourse.patientCopula')) return false;
  const words = text
    .slice(Math.max(0, at - 120), at)
    .trimEnd()
    .split(SPACE_RUNS);
  if (!COPULAS.has(words.pop()?.toLowerCase() ?? '')) return false;
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_COPULA_SUBJECT; k--) {
    const w = words[k]!;
    if (/[.!?;:"“”]$/u.test(w)) return false;
    const bare = w.toLowerCase().replace(/[,]$/u, '');
    if (PATIENT_ROLES.has(bare) || DEATH_VERBS.has(bare)) return true;
  }
  return false;
}

/** Most words between a lead-in's head noun and the `yang` of its dying (`pekerja proyek yang`). */
const MAX_HEAD_WORDS = 3;

/**
 * `Dua buruh yang tewas, X dan Y, terjatuh …`, `Salah satu korban, X, dirawat …`: the
 * description a sentence opens with before the names (lead-in.ts) tells whom it befell — past
 * its count (`dua`, `salah satu`, `seorang`), a patient role heads it, or its head noun is the
 * subject of a `yang` clause of dying. Those named are talked about, not the next source. Not
 * when a kin noun heads it (`Ayah korban yang tewas, X`: the one who died is somebody else).
 */
export function patientLeadIn(lead: string): boolean {
  if (!featureOn('discourse.patientLeadIn')) return false;
  const words = lead.toLowerCase().split(SPACE_RUNS);
  let k = 0;
  if (words[0] === 'salah' && words[1] === 'satu') k = 2;
  else if (words[0] === 'seorang' || LISTED_COUNTS.has(words[0]!)) k = 1;
  const head = words[k] ?? '';
  if (PATIENT_ROLES.has(head)) return true;
  if (!head || KIN_NOUNS.has(head)) return false;
  const yang = words.indexOf('yang', k + 1);
  return (
    yang > k &&
    yang - k <= MAX_HEAD_WORDS &&
    DEATH_VERBS.has(words[yang + 1] ?? '') &&
    !words.slice(k + 1, yang).some(w => PATIENT_ROLES.has(w) || KIN_NOUNS.has(w))
  );
}

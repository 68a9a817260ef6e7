/**
 * A role that names one acted upon (`Korban`, `Tersangka`; core/lexicon/patient-roles.ts): whoever
 * holds it is talked about, not a source. Read by the mentions (a name set off by commas after the
 * role) and by the candidates (a person introduced with the role) alike.
 */
import { featureOn } from '../features';
import { PATIENT_ROLES } from '../../lexicon/patient-roles';

/** True when `role` opens with the role of one acted upon (`Korban`, `Tersangka Utama`). */
export function isPatientRole(role: string): boolean {
  if (!featureOn('discourse.patientRole')) return false;
  const space = role.indexOf(' ');
  return PATIENT_ROLES.has((space < 0 ? role : role.slice(0, space)).toLowerCase());
}

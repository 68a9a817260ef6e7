import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role the cast gives `name`. */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role ?? null;

// English writes the office after the unit it heads; the unit's name is the role's, not only `head`.
describe('an English office after the unit it heads takes the unit into the role', () => {
  test.each([
    [
      'Sukamaju village head Rudi Hartono said most of the wells had turned murky.',
      'Rudi Hartono',
      'Sukamaju village head',
    ],
    [
      'Cibening Fisheries Agency head Maria Lopes said her office had warned fishermen.',
      'Maria Lopes',
      'Cibening Fisheries Agency head',
    ],
    [
      'The road is closed, Cibening district chief Yosef Taneo said on Monday.',
      'Yosef Taneo',
      'Cibening district chief',
    ],
  ])('%s', (sentence, name, role) => {
    expect(roleOf(name, sentence)).toBe(role);
    expect(withFeaturesOff(['names.englishUnitRole'], () => roleOf(name, sentence))).not.toBe(role);
  });
});

// `of the` opens the unit an English office heads; no capitalised run holds it.
describe('an English office that opens its unit with `of the` is read with the unit', () => {
  test.each([
    [
      'Head of the Cibening Environment Agency Rina Wulan said the agency had sent a team.',
      'Rina Wulan',
      'Head of the Cibening Environment Agency',
    ],
    [
      'Deputy chairman of the Cibening Ulema Council (CUC) Budi Santoso urged pilgrims to be careful.',
      'Budi Santoso',
      'Deputy chairman of the Cibening Ulema Council (CUC)',
    ],
  ])('%s', (sentence, name, role) => {
    expect(roleOf(name, sentence)).toBe(role);
    expect(withFeaturesOff(['names.englishOfficeOf'], () => roleOf(name, sentence))).not.toBe(role);
  });
});

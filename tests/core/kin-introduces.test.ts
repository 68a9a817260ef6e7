import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const MAYOR =
  'Bupati Lembang, Darmawan Sulistyo, mengatakan bantuan segera dikirim. "Kami sudah siapkan beras," ujar Darmawan.';
const THEY = '"Kami takut masuk rumah," kata mereka.';

describe('a lone name set off after a kin or company noun introduces a person', () => {
  test.each([
    ['Sarmin Lubis dan istrinya, Kartini, memilih tidur di tenda.', ['Sarmin Lubis', 'Kartini']],
    [
      'Warga Desa Sukamaju, Sarmin Lubis dan istrinya, Kartini, memilih tidur di tenda. Rumah mereka retak.',
      ['Sarmin Lubis', 'Kartini'],
    ],
    ['Yanti Rahayu dan suaminya, Karto, bertahan di halaman.', ['Yanti Rahayu', 'Karto']],
    ['Joko Prasetyo dan tetangganya, Ujang, tidur di masjid.', ['Joko Prasetyo', 'Ujang']],
  ])('%s', (line, pair) => {
    expect(lastSpeakers(MAYOR, line, THEY)).toEqual(pair);
  });

  test('a comma ending an adverbial sets off no relation', () => {
    const line = 'Usai menjenguk ayahnya, Rina mengatakan keluarganya mengungsi.';
    expect(lastSpeakers(MAYOR, line, '"Kami takut," kata Rina.')).toEqual(['Rina']);
  });

  test('switched off, the lone name is nobody the pair can be made of', () => {
    const line = 'Sarmin Lubis dan istrinya, Kartini, memilih tidur di tenda.';
    const off = withFeaturesOff(['cast.kinIntroduces'], () => lastSpeakers(MAYOR, line, THEY));
    expect(off).not.toContain('Kartini');
  });
});

describe('the kin reading stands on its own switch', () => {
  test('with the kin-before-comma relation off, the pair is still found', () => {
    const line = 'Sarmin Lubis dan istrinya, Kartini, memilih tidur di tenda.';
    const pair = withFeaturesOff(['cast.kinBeforeComma'], () => lastSpeakers(MAYOR, line, THEY));
    expect(pair).toEqual(['Sarmin Lubis', 'Kartini']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers]);

const INTRO = 'Menteri Perhubungan Wiryo Santoso meninjau terminal bus pada Jumat pagi.';
const NEXT = '“Jangan memaksakan diri berkendara saat lelah,” ujar Menhub.';

describe('a circumstance set off by commas between subject and cue is no role', () => {
  test.each([
    ['Menhub, saat meninjau posko mudik, meminta pemudik beristirahat.'],
    ['Menhub, ketika dihubungi wartawan, Jumat (5/4), mengatakan arus mudik lancar.'],
    ['Menhub, seusai rapat di istana, menyebut arus mudik lancar.'],
    ['Menhub, kepada wartawan, mengatakan arus mudik lancar.'],
    ['Wiryo, sewaktu meninjau terminal, menegaskan arus mudik lancar.'],
  ])('%s', line => {
    expect(run(INTRO, line, NEXT)).toEqual([
      ['indirect', ['Wiryo Santoso']],
      ['direct', ['Wiryo Santoso']],
    ]);
  });

  test('the speaker list holds no person named by the title', () => {
    const { speakers } = analyzeBody(
      INTRO,
      'Menhub, saat meninjau posko mudik, meminta pemudik beristirahat.',
      NEXT,
    );
    expect(speakers.map(s => s.name)).toEqual(['Wiryo Santoso']);
  });

  test('a set-off appositive that is a role is still the role', () => {
    const { speakers } = analyzeBody(
      'Rina Kartika, Ketua Koperasi Nelayan Cibening, mengatakan harga ikan turun.',
    );
    expect(speakers.map(s => [s.name, s.role])).toEqual([
      ['Rina Kartika', 'Ketua Koperasi Nelayan Cibening'],
    ]);
  });

  test('switched off, the circumstance is read as a role of a person called by the title', () => {
    const off = withFeaturesOff(['reported.setOffCircumstance'], () =>
      run(INTRO, 'Menhub, saat meninjau posko mudik, meminta pemudik beristirahat.', NEXT),
    );
    expect(off).not.toEqual([
      ['indirect', ['Wiryo Santoso']],
      ['direct', ['Wiryo Santoso']],
    ]);
  });
});

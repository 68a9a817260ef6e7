import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const COACH = 'Pelatih Persiloka, Bagus Hartono, mengakui timnya kalah.';
const SAID = '”Anak-anak sudah berjuang. Keputusan di lapangan memang berat bagi kami,”';

describe('a description repeating the epithet an earlier sentence opened with means whom it meant there', () => {
  test.each([
    [
      'Mantan kiper nasional itu kemudian mempersoalkan kartu merah dari wasit Yohanes Silalahi.',
      `${SAID} ujar mantan kiper nasional itu.`,
    ],
    [
      'Mantan kiper nasional era 2000-an itu kemudian mempersoalkan kartu merah dari wasit Yohanes Silalahi.',
      `${SAID} ujar mantan kiper nasional itu.`,
    ],
    [
      'Pelatih bertubuh tambun itu kemudian mengkritik wasit asal Loreng, Yohanes Silalahi.',
      `${SAID} kata pelatih bertubuh tambun tersebut.`,
    ],
  ])('%s', (between, quote) => {
    expect(lastSpeakers(COACH, between, quote)).toEqual(['Bagus Hartono']);
  });

  test('after a statement of the coach, too', () => {
    const said = '”Babak kedua kami kehilangan fokus,” kata Bagus.';
    const between =
      'Mantan kiper nasional itu mempersoalkan kartu merah dari wasit Yohanes Silalahi.';
    expect(lastSpeakers(COACH, said, between, `${SAID} ujar mantan kiper nasional itu.`)).toEqual([
      'Bagus Hartono',
    ]);
  });

  test('switched off, the person the epithet sentence ran on to is taken', () => {
    const between =
      'Mantan kiper nasional itu kemudian mempersoalkan kartu merah dari wasit Yohanes Silalahi.';
    const quote = `${SAID} ujar mantan kiper nasional itu.`;
    const off = withFeaturesOff(['discourse.repeatedEpithet'], () =>
      lastSpeakers(COACH, between, quote),
    );
    expect(off).toEqual(['Yohanes Silalahi']);
  });
});

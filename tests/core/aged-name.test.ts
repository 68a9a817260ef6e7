import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, lastSpeakers } from './summarize';

const QUOTE = '“Kami belum menerima bantuan apa pun,”';

describe('a lone name with an age set off after it introduces a person a description finds', () => {
  test.each([
    [
      'Rina, 34 tahun, sudah tiga hari mengungsi di balai desa.',
      'ujar perempuan berusia 34 tahun itu.',
    ],
    ['Rina (34) sudah tiga hari mengungsi di balai desa.', 'ujar perempuan 34 tahun itu.'],
    ['Sarno, 61 tahun, mengaku kehilangan seluruh ternaknya.', 'kata pria berusia 61 tahun itu.'],
    [
      'Budi, 60 tahun, petani di Desa Karangrejo, bercerita sawahnya kering.',
      'tutur lelaki tua itu.',
    ],
    [
      'Budi (60), petani di Desa Karangrejo, bercerita sawahnya kering.',
      'tutur lelaki paruh baya itu.',
    ],
    ['Painem, 75 tahun, tinggal sendirian di gubuk itu.', 'kata perempuan renta itu.'],
    ['Sarno yang berusia 61 tahun mengaku kehilangan ternaknya.', 'kata kakek tiga cucu itu.'],
  ])('%s', (intro, cue) => {
    const who = intro.split(/[ ,]/u)[0]!;
    expect(lastSpeakers(intro, `${QUOTE} ${cue}`)).toEqual([who]);
  });

  test('the age finds her past another speaker named in between', () => {
    expect(
      lastSpeakers(
        'Rina, 34 tahun, warga setempat, mengatakan air datang tengah malam.',
        'Camat Sukamaju Herman Susilo mengatakan pihaknya sudah mendirikan posko.',
        `${QUOTE} ujar perempuan berusia 34 tahun itu.`,
      ),
    ).toEqual(['Rina']);
  });

  test('an age told by a relative clause finds him past an official who spoke', () => {
    expect(
      lastSpeakers(
        'Sarno yang berusia 61 tahun kehilangan seluruh ternaknya.',
        'Kepala Desa Suwarno Hadi mengatakan bantuan segera datang.',
        `${QUOTE} kata pria berusia 61 tahun itu.`,
      ),
    ).toEqual(['Sarno']);
  });

  test('without the feature the lone name introduces nobody', () => {
    withFeaturesOff(['cast.agedLoneName'], () => {
      const { speakers } = analyzeBody(
        'Rina (34) sudah tiga hari mengungsi di balai desa.',
        `${QUOTE} ujar perempuan 34 tahun itu.`,
      );
      expect(speakers).toEqual([]);
    });
  });

  test('a number that is no age leaves a lone word alone', () => {
    const { speakers } = analyzeBody(
      'Rina, 2024, sudah tiga hari mengungsi di balai desa.',
      `${QUOTE} ujar perempuan itu.`,
    );
    expect(speakers).toEqual([]);
  });
});

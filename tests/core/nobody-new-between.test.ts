import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Pertanian Kabupaten Wonosari, Hendra Kusuma, mengatakan stok pupuk aman. "Stok cukup sampai Juni," kata Hendra.';
const RESIDENT =
  'Dewi Kartika, warga Kelurahan Sukamaju, mengatakan banjir sudah tiga kali datang bulan ini.';

describe('a description by sex, age or kinship after sentences that bring in nobody', () => {
  test.each([
    // A consequence told without a person as its subject.
    [RESIDENT + ' Akibatnya, sawah keluarganya terendam.', 'ibu tiga anak itu'],
    // The speaker's doings told with a pronoun after an adverb, and a supplier named as an object.
    [
      RESIDENT + ' Selama ini ia membeli beras dari pedagang langganannya, Wagiman, di pasar desa.',
      'perempuan berusia 40 tahun itu',
    ],
    // The next paragraph opens with the same consequence.
    [RESIDENT, 'Akibatnya, rumahnya terendam hingga sepinggang.'],
  ])('%s', (...paras) => {
    const [first, second] = paras as [string, string];
    const lines = second.includes(' itu')
      ? [OFFICIAL, first, `"Kami capek mengungsi terus," kata ${second}.`]
      : [OFFICIAL, first, second + ' "Kami capek mengungsi terus," kata ibu tiga anak itu.'];
    expect(lastSpeakers(...lines)).toEqual(['Dewi Kartika']);
  });

  test.each([
    // Somebody else, named or not, opened a clause in between: the description is not the speaker's.
    [RESIDENT + ' Tetangganya, Wagiman Saputra, kehilangan dua ekor sapi.'],
    [RESIDENT + ' Seorang petugas tampak membagikan selimut.'],
    // A sentence about something else, with no pronoun or possessed noun to tie it to her.
    [RESIDENT + ' Tanggul desa itu dibangun tahun 1980.'],
    [RESIDENT + ' Akibatnya, jalan desa ditutup.'],
  ])('%s', first => {
    expect(
      lastSpeakers(OFFICIAL, first, '"Kami capek mengungsi terus," kata ibu tiga anak itu.'),
    ).not.toEqual(['Dewi Kartika']);
  });

  test('switched off, a sentence that names nobody still breaks the link', () => {
    const lines = [
      OFFICIAL,
      RESIDENT + ' Akibatnya, sawah keluarganya terendam.',
      '"Kami capek mengungsi terus," kata ibu tiga anak itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Dewi Kartika']);
    expect(withFeaturesOff(['discourse.nobodyNewBetween'], () => lastSpeakers(...lines))).toEqual(
      [],
    );
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last reported or quoted statement of the invented paragraphs. */
const lastSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.at(-1)!.speakers;

// Two people heard from in turn; the third paragraph turns the report back to the first.
const FIRST =
  'Kepala Dinas Pertanian Kabupaten Lembah Sri Wahyuni menilai harga gabah terlalu rendah. “Petani merugi,” kata Sri.';
const SECOND =
  'Ketua Gabungan Kelompok Tani Desa Mekar, Joko Susilo, meminta pupuk segera dikirim. “Musim tanam sudah dekat,” ujar Joko.';

describe('a phrase turning the report back to somebody (`Kembali ke X, ia …`) gives them the pronoun', () => {
  test.each([
    'Kembali ke Sri, ia berjanji gudang baru selesai bulan depan.',
    'Kembali kepada Sri, ia menyebut stok pupuk masih cukup untuk dua bulan.',
    'Kembali ke Sri, dia mengatakan dinas akan membeli gabah petani.',
    // The second speaker's own statement just before, in the same paragraph.
    'Joko mengatakan kelompok tani akan menemui bupati pekan depan. Kembali ke Sri, ia berjanji gudang baru selesai bulan depan.',
  ])('%s', third => {
    expect(lastSpeakers(FIRST, SECOND, third)).toEqual(['Sri Wahyuni']);
    // returnFrame reads the phrase as making the person a source (cast/sentence-role.ts).
    const off = withFeaturesOff(['discourse.returnFrame'], () =>
      lastSpeakers(FIRST, SECOND, third),
    );
    expect(off).toEqual(['Joko Susilo']);
  });

  test('a phrase about somebody (`Soal X, ia …`) does not turn back to them', () => {
    const third = 'Soal Sri, ia menilai kebijakan dinas terburu-buru.';
    expect(lastSpeakers(FIRST, SECOND, third)).toEqual(['Joko Susilo']);
  });
});

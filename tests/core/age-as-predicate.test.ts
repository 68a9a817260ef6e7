import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['names.ageAsPredicate'] as const;
const HEAD = 'Darmiyati dan Sukesih sama-sama berjualan sayur di Pasar Wonokriyo sejak subuh.';

describe('an age told as the predicate after a name is that person’s', () => {
  test.each([
    // The one of that age named first: the latest subject (after `sedangkan`) is the other.
    ['Sukesih baru berusia 38 tahun, sedangkan Darmiyati kini berusia 61 tahun.', 'Sukesih'],
    ['Darmiyati berusia 61 tahun. Sukesih berumur 38 tahun.', 'Sukesih'],
    ['Sukesih baru 38 tahun, sedangkan Darmiyati sudah 61 tahun.', 'Sukesih'],
    ['Sukesih sudah 38 tahun, sementara Darmiyati genap 61 tahun.', 'Sukesih'],
  ])('%s', (ages, speaker) => {
    const lines = [HEAD, ages, '“Harga cabai turun minggu ini,” kata perempuan 38 tahun itu.'];
    expect(lastSpeakers(...lines)).toEqual([speaker]);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).not.toEqual([speaker]);
  });

  test('years of doing something are no age', () => {
    const lines = [
      HEAD,
      'Darmiyati sudah 38 tahun berjualan di sana, sedangkan Sukesih baru berusia 25 tahun.',
      '“Harga cabai turun minggu ini,” kata perempuan 38 tahun itu.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Darmiyati']);
  });

  test('a prison term after a verb of sentencing is no age', () => {
    const lines = [
      'Hakim memvonis Tukijan Riyanto 17 tahun. Di ruang sidang hadir pula ayah korban, Ngadiman Kromodiharjo.',
      '“Ini tidak adil,” kata remaja itu.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Tukijan Riyanto']);
  });

  test('a description’s own age makes no person of its noun', () => {
    const lines = [
      'Warga Kampung Sidorejo, Tukiyo Wirodikromo, mengatakan air naik sejak malam.',
      'Pria berusia 50 tahun itu mengungsi ke balai desa. “Rumah saya terendam sepinggang,” katanya.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Tukiyo Wirodikromo']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A count before an office opening a clause (`Dua pelatih itu …`, `Kedua hakim tersebut …`) is
 * the people holding that office, when the article introduced exactly that many: the `mereka`
 * after it means them, not the last two heard from (`names.countedHolders`).
 */
const MATCH = [
  'Pelatih Persikota, Syahrul Datuk Basa, kecewa dengan wasit. “Kartu merah itu keliru,” kata Syahrul.',
  'Pelatih Persibara, Andi Baso Tenri, bersyukur timnya pulang membawa satu poin. “Satu poin sudah cukup,” kata Andi Baso. Ia memuji pencetak gol, Fadli.',
  'Fadli mengaku tidak menyangka golnya menyelamatkan tim. “Saya cuma berusaha,” tutur Fadli.',
];

describe('a counted office is its holders', () => {
  test('two coaches, the two the article introduced', () => {
    const last =
      'Dua pelatih itu sempat bersitegang. Namun, keduanya menyebut persoalan itu selesai. “Di luar lapangan kami saudara,” kata mereka.';
    expect(lastSpeakers(...MATCH, last)).toEqual(['Syahrul Datuk Basa', 'Andi Baso Tenri']);
  });

  test('as many holders not found, the people just heard from', () => {
    expect(
      lastSpeakers(
        'Kepala SDN 12 Sukamaju, Maryani Lubis, menuturkan program membaca berjalan. “Awalnya anak-anak bosan,” ujar Maryani.',
        'Kepala sekolahnya, Yosef Sinaga, mengakui koleksi buku sedikit. “Kami kekurangan buku,” kata Yosef.',
        'Kedua kepala sekolah sepakat bahwa peran orang tua penting. “Anak perlu contoh,” kata mereka.',
      ),
    ).toEqual(['Maryani Lubis', 'Yosef Sinaga']);
  });

  test('switched off, `mereka` goes to the last two heard from', () => {
    const last =
      'Dua pelatih itu sempat bersitegang. Namun, keduanya menyebut persoalan itu selesai. “Di luar lapangan kami saudara,” kata mereka.';
    expect(
      withFeaturesOff(['names.countedHolders'], () => lastSpeakers(...MATCH, last)),
    ).not.toEqual(['Syahrul Datuk Basa', 'Andi Baso Tenri']);
  });
});

describe('more holding the counted words than it counts: those whose role opens with them', () => {
  const LINES = [
    'Pelatih Persigaru, Anton Sihombing, mengatakan timnya lelah. “Kami main tiga kali sepekan,” kata Anton.',
    'Asisten pelatih Persigaru, Benny Lumbantobing, menambahkan dua pemain cedera. “Mereka absen dua pekan,” ujar Benny.',
    'Pelatih Persilawu, Yudi Kartono, mengaku puas. “Hasil imbang cukup,” ujar Yudi.',
    'Penyerang Persilawu, Dodi Saputra, mencetak gol penyama. “Saya senang bisa membantu tim,” kata Dodi.',
    'Kedua pelatih sepakat jadwal liga terlalu padat. “Pemain tidak sempat pulih,” ujar keduanya.',
  ];

  test('the two coaches, not the assistant coach', () => {
    expect(lastSpeakers(...LINES)).toEqual(['Anton Sihombing', 'Yudi Kartono']);
    const off = withFeaturesOff(['discourse.countedHeadHolders'], () => lastSpeakers(...LINES));
    expect(off).not.toEqual(['Anton Sihombing', 'Yudi Kartono']);
  });
});

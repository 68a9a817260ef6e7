import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A person set off after their role inside an adverbial clause of a main clause (`Niat itu urung
 * setelah kepala sekolah, X, mendatanginya`) is that clause's subject, somebody the sentence tells
 * of: no topic of their own, so a later `katanya` stays with the person the paragraph is about,
 * named or not (`subordinateAppositive`).
 */
const HEAD =
  'Kepala Dinas Pendidikan Kabupaten Wonoasri, Yohana Pakpahan, menyebut angka putus sekolah di pesisir masih tinggi. “Banyak anak ikut melaut,” ujar Yohana.';

describe('a person set off inside an adverbial clause takes no later quote', () => {
  const cases: [string, string[], string[]][] = [
    [
      'an unnamed teenager, then `setelah kepala sekolah, X,`',
      [
        HEAD,
        'Seorang remaja asal Kecamatan Karangrejo yang tidak mau disebut namanya mengaku sempat berhenti sekolah saat berusia 13 tahun. Ia kembali belajar setelah kepala sekolah, Martinus Lede, mendatangi rumahnya di kampung nelayan.',
        '“Sekarang saya sudah kelas tiga SMP,” katanya pelan.',
      ],
      [],
    ],
    [
      'an unnamed pupil, then `karena wali kelasnya, X,`',
      [
        HEAD,
        'Seorang siswa SMP di Kecamatan Karangrejo mengaku hampir berhenti sekolah tahun lalu. Niat itu urung karena wali kelasnya, Theresia Wungu, membujuk orang tuanya.',
        '“Saya mau jadi guru,” katanya.',
      ],
      [],
    ],
    [
      'a named pupil keeps her quote',
      [
        HEAD,
        'Andreas Kolo (15), siswa SMP di Kecamatan Karangrejo, mengaku hampir berhenti sekolah tahun lalu. Niat itu urung setelah kepala sekolah, Martinus Lede, datang ke rumahnya.',
        '“Saya mau jadi guru,” katanya.',
      ],
      ['Andreas Kolo'],
    ],
    // A subordinate clause opening its sentence gives its subject the topic, as ever.
    [
      'the clause opens its sentence',
      [
        HEAD,
        'Seorang siswa SMP di Kecamatan Karangrejo mengaku hampir berhenti sekolah tahun lalu.',
        'Setelah kepala sekolah, Martinus Lede, datang ke rumah keluarga itu, niat tersebut diurungkan. “Kami ajak orang tuanya bicara baik-baik,” katanya.',
      ],
      ['Martinus Lede'],
    ],
    // A fronted clause holding a subordinator opens the main clause whose subject the name is:
    // nothing sets the name off after it (discourse.frontedClauseSubject).
    [
      'a fronted clause with `setelah` in it, the name its main clause’s subject',
      [
        HEAD,
        'Andreas Kolo (15) kini sudah kelas tiga SMP di Kecamatan Karangrejo.',
        'Kepala sekolahnya, Martinus Lede, mengaku bangga. “Anak ini tidak pernah bolos,” kata Martinus.',
        'Ditanya soal cita-citanya setelah lulus nanti, Andreas hanya tersenyum. Ia mengatakan ingin menjadi guru. “Saya mau mengajar di kampung,” katanya.',
      ],
      ['Andreas Kolo'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the fronted clause makes the name an appositive and the head teacher keeps the cue', () => {
    const [, paragraphs] = cases[4]!;
    expect(
      withFeaturesOff(['discourse.frontedClauseSubject'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Martinus Lede']);
  });

  test('switched off, the head teacher takes the teenager’s quote', () => {
    const [, paragraphs] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.subordinateAppositive'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Martinus Lede']);
  });
});

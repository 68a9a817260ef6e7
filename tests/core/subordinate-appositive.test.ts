import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A person set off after their role inside an adverbial clause of a main clause (`Rencana itu batal
 * setelah kepala dusun, X, menjemputnya`) is that clause's subject, somebody the sentence tells
 * of: no topic of their own, so a later `katanya` stays with the person the paragraph is about,
 * named or not (`subordinateAppositive`).
 */
const HEAD =
  'Kepala Dinas Sosial Lombok Timur, Baiq Nurhayati, menyebut angka perkawinan anak masih tinggi. “Yang tidak tercatat jauh lebih banyak,” ujar Baiq.';

describe('a person set off inside an adverbial clause takes no later quote', () => {
  const cases: [string, string[], string[]][] = [
    [
      'an unnamed girl, then `setelah kepala dusun, X,`',
      [
        HEAD,
        'Seorang remaja putri asal Kecamatan Sakra yang meminta namanya tidak ditulis mengaku pernah dinikahkan saat berusia 14 tahun. Pernikahan itu batal setelah kepala dusun, Ketut Suwena, menjemputnya kembali ke rumah orang tuanya.',
        '“Sekarang saya sudah kelas dua SMA,” katanya pelan.',
      ],
      [],
    ],
    [
      'an unnamed pupil, then `karena wali kelasnya, X,`',
      [
        HEAD,
        'Seorang siswi SMP di Kecamatan Sakra mengaku hampir dinikahkan tahun lalu. Rencana itu batal karena wali kelasnya, Ni Made Sriani, melapor ke kantor desa.',
        '“Saya mau jadi bidan,” katanya.',
      ],
      [],
    ],
    [
      'a named pupil keeps her quote',
      [
        HEAD,
        'Ratna Sari (16), siswi SMP di Kecamatan Sakra, mengaku hampir dinikahkan tahun lalu. Rencana itu batal setelah kepala dusun, Ketut Suwena, datang ke rumahnya.',
        '“Saya mau jadi bidan,” katanya.',
      ],
      ['Ratna Sari'],
    ],
    // A subordinate clause opening its sentence gives its subject the topic, as ever.
    [
      'the clause opens its sentence',
      [
        HEAD,
        'Seorang siswi SMP di Kecamatan Sakra mengaku hampir dinikahkan tahun lalu.',
        'Setelah kepala dusun, Ketut Suwena, datang ke rumah keluarga itu, rencana tersebut dibatalkan. “Kami ajak keluarganya bicara baik-baik,” katanya.',
      ],
      ['Ketut Suwena'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the head of the hamlet takes the girl’s quote', () => {
    const [, paragraphs] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.subordinateAppositive'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Ketut Suwena']);
  });
});

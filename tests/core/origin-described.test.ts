import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description by origin closed by a demonstrative (`Mahasiswa asal Garut itu menilai …`) tells
 * more of the person just brought in as a subject, when nobody was introduced from that place
 * (`discourse.originDescribed`), though another candidate's role shares the head noun.
 */
const STUDENTS = [
  'Ketua Umum Persatuan Pelajar dan Mahasiswa Indonesia (PPMI) Jepang, Dani Kurniawan, menyambut rencana itu. “Mahasiswa baru paling rentan,” ujar Dani.',
  'Ketua Kerukunan Keluarga Sulawesi (KKS) Jepang, Rudi Hermawan, punya catatan lain. Mahasiswa asal Garut itu menilai paguyuban tetap penting.',
  '“Jangan sampai paguyuban ditinggalkan,” ujarnya.',
];

describe('an origin nobody was introduced with describes the person just brought in', () => {
  test('the reporting description and the -nya after it are the newcomer’s', () => {
    expect(lastSpeakers(...STUDENTS)).toEqual(['Rudi Hermawan']);
  });

  test('an origin somebody was introduced with stays theirs', () => {
    const placed = [
      'Mahasiswa asal Garut, Dani Kurniawan, menyambut rencana itu. “Mahasiswa baru paling rentan,” ujar Dani.',
      'Ketua Kerukunan Keluarga Sulawesi (KKS) Jepang, Rudi Hermawan, punya catatan lain. Mahasiswa asal Garut itu menilai paguyuban tetap penting.',
      '“Jangan sampai paguyuban ditinggalkan,” ujarnya.',
    ];
    expect(lastSpeakers(...placed)).toEqual(['Dani Kurniawan']);
  });

  test('switched off, the shared head noun keeps the earlier speaker', () => {
    // The description opening the sentence after him is read as his own too, though Dani was
    // named in the sentence before (discourse.subjectAfterOthers).
    const off = withFeaturesOff(['discourse.originDescribed', 'discourse.subjectAfterOthers'], () =>
      lastSpeakers(...STUDENTS),
    );
    expect(off).toEqual(['Dani Kurniawan']);
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each quote's speakers, in order. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

const EARLIER =
  'Kepala Dinas Kesehatan Kota Melati, Ratna Dewi Lestari, mengatakan vaksin sudah tiba. “Kami sudah siapkan petugas,” kata Ratna.';
const INTRO = 'Dokter hewan Sari Wulandari juga hadir dalam rapat itu.';
const LATER = '“Vaksin harus masuk sebelum musim hujan,” ujar dia.';

describe('`Name sendiri, yang …, cue`: the name before the emphatic `sendiri` is the subject and the topic', () => {
  test.each([
    // A place inside the relative clause is no subject.
    'Sari sendiri, yang tiga hari terakhir memeriksa kandang-kandang di pinggiran utara Melati, meminta warga tidak panik.',
    // An organisation inside it neither.
    'Sari sendiri, yang selama ini bekerja untuk Yayasan Satwa Sehat, meminta warga tidak panik.',
  ])('%s', line => {
    // The statement of the line, and the `dia` after it.
    expect(speakers(EARLIER, INTRO, line, LATER).slice(-2)).toEqual([
      ['Sari Wulandari'],
      ['Sari Wulandari'],
    ]);
  });

  test('switched off, the statement is not read as Sari’s', () => {
    const got = withFeaturesOff(['names.emphaticSubject'], () =>
      speakers(
        EARLIER,
        INTRO,
        'Sari sendiri, yang tiga hari terakhir memeriksa kandang-kandang di pinggiran utara Melati, meminta warga tidak panik.',
      ),
    );
    expect(got.at(-1)).not.toEqual(['Sari Wulandari']);
  });
});

describe('without `sendiri` nothing changes (negative cases)', () => {
  test('a relative clause right after the name still reads the name', () => {
    expect(
      speakers(
        EARLIER,
        INTRO,
        'Sari, yang tiga hari terakhir memeriksa kandang-kandang di pinggiran utara Melati, meminta warga tidak panik.',
      ).at(-1),
    ).toEqual(['Sari Wulandari']);
  });

  test('`sendiri` meaning “alone” inside the clause does not open a subject there', () => {
    const got = speakers(
      EARLIER,
      INTRO,
      'Warga yang tinggal sendiri, yang rumahnya jauh dari Puskesmas Melati, diminta melapor.',
    );
    expect(got.flat()).not.toContain('Puskesmas Melati');
  });
});

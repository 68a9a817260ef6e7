import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const BEFORE = '"Kami akan menambah armada bus," kata Budi Hartono, warga Cibening.';

describe('a body named by its own run speaks as such (names.bodyOwnRun)', () => {
  test.each([
    // An acronym spelling only the body's last words closes the run.
    [
      'Komite Etik Universitas Gadjah Mada (UGM) menyatakan dosen itu terbukti melanggar kode etik.',
      'Komite Etik Universitas Gadjah Mada',
    ],
    [
      'Majelis Etik Ikatan Dokter Indonesia (IDI) menegaskan dokter itu tidak melanggar kode etik.',
      'Majelis Etik Ikatan Dokter Indonesia',
    ],
    // A library by its head word, its acronym an alias.
    [
      'Perpustakaan Daerah (Perpusda) dalam keterangannya menyebut taman bacaan menjadi ujung tombak literasi.',
      'Perpustakaan Daerah',
    ],
    // An office unit opening the run.
    [
      'Kanwil Kemenag Jatim menilai pendekatan itu lebih mudah diterima warga.',
      'Kanwil Kemenag Jatim',
    ],
  ])('%s', (line, name) => {
    expect(lastSpeakers(BEFORE, line)).toEqual([name]);
  });

  test('an office in the body is a person’s title, not the body', () => {
    const speakers = lastSpeakers(
      BEFORE,
      'Ketua Komite Etik Universitas Gadjah Mada (UGM) menyatakan dosen itu terbukti melanggar kode etik.',
    );
    expect(speakers).not.toEqual(['Komite Etik Universitas Gadjah Mada']);
  });

  test('switched off, the body named nobody', () => {
    const line = 'Kanwil Kemenag Jatim menilai pendekatan itu lebih mudah diterima warga.';
    expect(withFeaturesOff(['names.bodyOwnRun'], () => lastSpeakers(BEFORE, line))).toEqual([]);
  });
});

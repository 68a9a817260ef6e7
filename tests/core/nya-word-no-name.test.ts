import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['names.nyaWordNoName'] as const;

describe('a capitalised `-nya` word opening a sentence is no name', () => {
  test.each([
    // A sentence adverb before a comma is no one a description can mean.
    [
      'Warga Desa Kedungwaru, Warsono, membuka bengkel sepeda. Herannya, ia baru berusia 19 tahun.',
      '“Saya belajar dari paman saya,” kata pemuda itu.',
      'Warsono',
    ],
  ])('%s', (narrated, quote, speaker) => {
    expect(lastSpeakers(narrated, quote)).toEqual([speaker]);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(narrated, quote))).not.toEqual([speaker]);
  });

  test('a sentence adverb glued to a name is not part of it', () => {
    const lines = [
      'Ketua koperasi nelayan, Tarmizi Lubis, hadir dalam rapat. Selanjutnya Tarmizi membacakan laporan kas.',
      '“Tahun ini simpanan anggota naik,” kata Tarmizi.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Tarmizi Lubis']);
  });

  test('inside a sentence a capitalised -nya word is a name', () => {
    const lines = [
      'Penyanyi Lavanya Kusumadewi merilis album baru di Bandung.',
      '“Album ini untuk ibu saya,” kata Lavanya.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Lavanya Kusumadewi']);
  });

  test('a short name ending in -nya is still a name', () => {
    const lines = [
      'Pelatih senam ritmik, Sonya Prasetiadi, mengatakan atletnya siap.',
      '“Kami sudah berlatih sejak Januari,” kata Sonya.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Sonya Prasetiadi']);
  });
});

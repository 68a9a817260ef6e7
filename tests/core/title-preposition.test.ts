import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { readArticle } from '../../core/engine/pipeline';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { lastSpeakers } from './summarize';

/** The sentence role the one reading of mentions gives the name `name`. */
function roleOf(name: string, ...paragraphs: string[]): string | undefined {
  const { cast } = readArticle(bodyParagraphs(paragraphs, 0));
  return cast.records.find(r => r.ref?.name === name)?.sentenceRole;
}

const HEAD =
  '“Tarif baru sudah dihitung cermat,” kata Kepala Dinas Perhubungan Kota Lembah Andi Wijaya.';

describe('a preposition inside a leading title keeps its holder the subject (discourse.titlePreposition)', () => {
  test.each([
    'Duta Besar RI untuk Negeri Seberang Rudi Hartono menyambut usulan itu.',
    'Asisten Sekretaris Jenderal Dewan Maritim untuk Urusan Pelabuhan Rudi Hartono menyambut usulan itu.',
  ])('%s', sentence => {
    expect(roleOf('Rudi Hartono', sentence)).toBe('subject');
    expect(
      withFeaturesOff(['discourse.titlePreposition'], () => roleOf('Rudi Hartono', sentence)),
    ).not.toBe('subject');
  });

  test.each([
    // A preposition after a run that is no title governs as ever.
    'Surat dari Bupati untuk Camat Rudi Hartono tiba kemarin.',
    'Bantuan diserahkan kepada Kepala Desa Rudi Hartono.',
  ])('%s (negative case)', sentence => {
    expect(roleOf('Rudi Hartono', sentence)).toBe('oblique');
  });

  test('the holder so read takes the next `ia`/`-nya`, not the previous speaker', () => {
    const paragraphs = [
      HEAD,
      'Wakil Sekretaris Jenderal Dewan Maritim untuk Urusan Pelabuhan Rudi Hartono menyambut usulan itu. Ia menyebut lembaganya siap membantu.',
      '“Kami kirim tim teknis bulan depan,” ujarnya.',
    ];
    expect(lastSpeakers(...paragraphs)).toEqual(['Rudi Hartono']);
    expect(
      withFeaturesOff(['discourse.titlePreposition'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(['Rudi Hartono']);
  });
});

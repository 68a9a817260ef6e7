import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

describe('a role or organisation named by its head alone, in any case', () => {
  test.each([
    ['kata Kapolda', 'Kapolda'],
    ['kata kapolda', 'kapolda'],
    ['kata kapolda itu', 'kapolda itu'],
  ])('%s → the person introduced with that role', (_, cue) => {
    const got = speakersOf(
      'Kapolda Nusa Tenggara Barat Brigjen Yoga Pramudita mengatakan pelaku sudah ditangkap.',
      `“Kami masih memeriksa dua saksi,” kata ${cue}.`,
    );
    expect(got[1]).toEqual(['Yoga Pramudita']);
  });

  test('pihak + an organisation head, and mereka after it, mean the organisation', () => {
    const got = speakersOf(
      'Rumah Sakit Cahaya Bunda menyatakan pasien sudah pulih.',
      'Pihak rumah sakit menegaskan pasien tidak dikenai biaya.',
      'Mereka menegaskan layanan tetap berjalan.',
    );
    expect(got).toEqual([
      ['Rumah Sakit Cahaya Bunda'],
      ['Rumah Sakit Cahaya Bunda'],
      ['Rumah Sakit Cahaya Bunda'],
    ]);
  });

  test.each([
    // No one was introduced with the head: still unnamed.
    ['Dua pelaku sudah ditangkap.', '“Kami masih memeriksa saksi,” kata kapolda.'],
    // An indefinite description never points to the holder.
    [
      'Kapolda Nusa Tenggara Barat Brigjen Yoga Pramudita hadir di lokasi.',
      '“Kami masih memeriksa saksi,” kata seorang polisi.',
    ],
  ])('%s %s → unnamed', (a, b) => {
    expect(speakersOf(a, b).at(-1)).toEqual([]);
  });

  test('two holders of one title: the last speaker among them is meant', () => {
    const got = speakersOf(
      'Presiden Brasil Lucas Ferreira bertemu Presiden Chile Mateo Rojas di Lima.',
      '“Kami sepakat,” kata Ferreira.',
      '“Ini awal yang baik,” kata Presiden.',
      '“Kami siap bekerja sama,” kata Rojas.',
      '“Kami akan bertemu lagi,” kata presiden itu.',
    );
    expect(got).toEqual([['Lucas Ferreira'], ['Lucas Ferreira'], ['Mateo Rojas'], ['Mateo Rojas']]);
  });
});

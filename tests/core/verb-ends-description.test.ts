import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const lastMention = (...paragraphs: string[]) => {
  const { quotes } = analyzeBody(...paragraphs);
  return quotes[quotes.length - 1]!.mention;
};

// `kata sang kiai menutup rapat`: the `meN-` verb after a description at a post-posed cue is the
// speaker's next action (names.verbEndsDescription).
describe('an active verb after a description read at a post-posed cue ends it', () => {
  test.each([
    ['“Sawah kami butuh irigasi,” kata sang kepala desa menutup rapat warga.', 'sang kepala desa'],
    ['“Semua harus ikut ronda,” ujar guru honorer itu mengakhiri obrolan.', 'guru honorer itu'],
  ])('%s → %s', (paragraph, mention) => {
    expect(lastMention(paragraph)).toBe(mention);
    expect(withFeaturesOff(['names.verbEndsDescription'], () => lastMention(paragraph))).not.toBe(
      mention,
    );
  });

  test.each([
    // A demonstrative still to come closes a description the word belongs to.
    ['“Ujian tetap jalan,” kata guru sekolah menengah itu.', 'guru sekolah menengah itu'],
    // A short stem is an adjective, not a verb.
    ['“Kami datang pagi,” kata pria berbaju merah itu.', 'pria berbaju merah itu'],
  ])('%s keeps %s', (paragraph, mention) => {
    expect(lastMention(paragraph)).toBe(mention);
  });

  test('the description cut at the verb finds the holder of its title', () => {
    const { quotes } = analyzeBody(
      'Pengasuh Pondok Pesantren Nurul Huda KH Salim Basyar meminta santri menjauhi judi daring.',
      '“Ponsel bukan musuh, tapi harus dijaga,” kata kiai sepuh itu menutup pengajian.',
    );
    expect(quotes[quotes.length - 1]!.speakers).toEqual(['Salim Basyar']);
  });
});

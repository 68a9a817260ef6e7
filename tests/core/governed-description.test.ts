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

describe('a name set off after a description a preposition or an owning noun governs is no subject', () => {
  test.each([
    [
      'Fadel mencatat 30 menit, lebih cepat dari rekor milik pelari Kota Mekar, Dedi Santoso.',
      'object',
    ],
    ['Sawah itu kepunyaan petani Desa Mekar, Dedi Santoso, sejak 1990.', 'object'],
    ['Fadel bersaing ketat dengan pelari Kota Mekar, Dedi Santoso, sejak awal.', 'oblique'],
    ['Warga menyerahkan surat itu kepada kepala dusun, Dedi Santoso.', 'oblique'],
    // No verb before the preposition: the phrase describes the subject, who opens the clause.
    [
      'Sementara itu, pelatih tim dari Kota Mekar, Dedi Santoso, menilai lintasan licin.',
      'cueSubject',
    ],
    // A relative clause before the preposition describes the subject too.
    ['Sementara itu, pelari yang turun di kelas Master, Dedi Santoso, bertekad menang.', 'subject'],
    // The agent of a passive acts, and a verb before the description ends it: no preposition
    // governs the name, which stays where the comma puts it (a clause's opening).
    ['Kemenangan itu diakui oleh pelatih Kota Mekar, Dedi Santoso.', 'subject'],
    ['Hal itu disampaikan pengamat Universitas Mekar, Dedi Santoso.', 'subject'],
  ])('%s → %s', (sentence, role) => {
    expect(roleOf('Dedi Santoso', sentence)).toBe(role);
  });

  test('switched off, the name after the comma opens a clause as before', () => {
    const sentence = 'Fadel bersaing ketat dengan pelari Kota Mekar, Dedi Santoso, sejak awal.';
    const off = withFeaturesOff(['discourse.governedDescription'], () =>
      roleOf('Dedi Santoso', sentence),
    );
    expect(off).toBe('subject');
  });
});

describe('a description pointing back then means the subject, not the owner in the phrase', () => {
  const intro =
    'Pelari Kota Sukamaju, Fadel Hutapea, memenangi lomba lari 10 kilometer di Cibening, Minggu.';
  const between =
    'Fadel mencatat 30 menit, lebih cepat dari rekor milik pelari Kota Mekar, Dedi Santoso.';
  const quote = '"Saya berlatih tiap pagi," kata atlet itu.';

  test('on', () => {
    expect(lastSpeakers(intro, between, quote)).toEqual(['Fadel Hutapea']);
  });

  test('off: the owner named last took the quote', () => {
    const off = withFeaturesOff(['discourse.governedDescription'], () =>
      lastSpeakers(intro, between, quote),
    );
    expect(off).toEqual(['Dedi Santoso']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

/** The last quote's speaker, with its role when it has one. */
// Invented sentences: where the speaker spoke (`di` a venue, then its town after a comma) is never
// the speaker.
const CASES: [string, string[], string][] = [
  [
    'a named officer, the venue and its town',
    [
      '“Pelaku sudah kami tangkap,” kata Kapolres Tanjung Sari AKBP Yudha Pranata di Mapolres Tanjung Sari, Cibinong.',
    ],
    'Yudha Pranata [Kapolres Tanjung Sari AKBP]',
  ],
  [
    'a title alone, the venue and its town',
    [
      'Kapolres Tanjung Sari AKBP Yudha Pranata memimpin gelar perkara.',
      '“Pelaku sudah kami tangkap,” kata Kapolres di Mapolres Tanjung Sari, Cibinong.',
    ],
    'Yudha Pranata [Kapolres Tanjung Sari AKBP]',
  ],
  [
    'a title and its seat, the venue, its town and the day',
    [
      'Bupati Cianjur Rahmat Sudrajat meninjau banjir.',
      '“Bantuan segera datang,” ujar Bupati Cianjur di Pendopo Kabupaten, Cipanas, Senin.',
    ],
    'Rahmat Sudrajat [Bupati Cianjur]',
  ],
];

describe('a place after the speaker is not the speaker (names.placeAfterSpeaker)', () => {
  test.each(CASES)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, the town was taken for the speaker', () => {
    const off = withFeaturesOff(['names.placeAfterSpeaker'], () =>
      CASES.map(([, paragraphs]) => lastSpeaker(...paragraphs)),
    );
    off.forEach((s, k) => expect(s).not.toEqual(CASES[k]![2]));
  });

  test('a role with its seat, then the person after the comma, keeps the person', () =>
    expect(
      lastSpeaker(
        '“Inflasi terkendali,” kata Kepala Perwakilan Bank Indonesia di Jawa Barat, Yudha Pranata.',
      ),
    ).toEqual('Yudha Pranata [Kepala Perwakilan Bank Indonesia di Jawa Barat]'));
});

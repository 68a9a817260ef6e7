import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

/** The last quote's speaker, with its role when it has one. */
// Invented sentences: an organisation named like a person (`Yayasan Budi Mulia`) before the
// speaker's name; the article's later short mention (`kata Tan`) says where the name starts.
const CASES: [string, string[], string][] = [
  [
    'a foundation named with a given name, a Chinese-Indonesian surname first',
    [
      'Ketua Yayasan Budi Mulia Tan Kwee Hoa mengatakan, “Sekolah kami menerima siswa baru.”',
      '“Biaya sekolah gratis,” kata Tan.',
    ],
    'Tan Kwee Hoa [Ketua Yayasan Budi Mulia]',
  ],
  [
    'the same in the running text',
    [
      'Ketua Yayasan Budi Mulia Tan Kwee Hoa hadir dalam acara itu.',
      '“Biaya sekolah gratis,” kata Tan.',
    ],
    'Tan Kwee Hoa [Ketua Yayasan Budi Mulia]',
  ],
];

describe('the article’s short mention starts the name after an organisation named like a person (names.model.articleStartInOrg)', () => {
  test.each(CASES)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, the organisation’s last word opened the name', () => {
    const off = withFeaturesOff(['names.model.articleStartInOrg'], () =>
      CASES.map(([, paragraphs]) => lastSpeaker(...paragraphs)),
    );
    off.forEach((s, k) => expect(s).not.toEqual(CASES[k]![2]));
  });

  test('a given name right before the short mention keeps the name from it', () =>
    expect(
      lastSpeaker(
        'Ketua Yayasan Maju Bersama Budi Santoso Wijaya membuka acara.',
        '“Kami siap membantu,” kata Santoso.',
      ),
    ).toEqual('Budi Santoso Wijaya [Ketua Yayasan Maju Bersama]'));
});

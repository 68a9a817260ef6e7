import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OTHER =
  'Direktur PT Sinar Tiket Reza Pahlevi meminta maaf atas kekacauan itu. "Kami akan kembalikan dana penonton," kata Reza.';

// names.knownNameAffiliated: one name word before an affiliation (`X dari LPKN mengingatkan …`)
// is the speaker when the corpora know it as a given name or the article introduced a person by
// it; the organisation after `dari` is only where they work, and the `katanya` after it is theirs.
const ROWS: [string, string[]][] = [
  [
    'Budi',
    [
      OTHER,
      'Budi dari LPKN mengingatkan penonton menyimpan bukti pembelian. "Bukti itu penting kalau ada sengketa," katanya.',
    ],
  ],
  [
    'Teddy Marpaung',
    [
      'Ketua Lembaga Perlindungan Konsumen Nusantara (LPKN) Teddy Marpaung menyebut aduan terus masuk. ' +
        OTHER,
      'Teddy dari LPKN mengingatkan penonton menyimpan bukti pembelian. "Bukti itu penting kalau ada sengketa," katanya.',
    ],
  ],
];

describe('a known name before `dari` and an organisation speaks (names.knownNameAffiliated)', () => {
  test.each(ROWS)('%s', (who, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });

  // Teddy's row is switched off with discourse.ownOrganisationActs too: without the name reading
  // the organisation read as the speaker is his own, so no one new stands before `katanya`.
  test.each(ROWS)('switched off: %s', (who, paragraphs) => {
    const switches: FeatureName[] =
      who === 'Budi'
        ? ['names.knownNameAffiliated']
        : ['names.knownNameAffiliated', 'discourse.ownOrganisationActs'];
    const off = withFeaturesOff(switches, () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual([who]);
  });

  test('a group noun before `dari` stays unnamed, not a name', () => {
    const paragraphs = [
      OTHER,
      'Tim dari LPKN mengingatkan penonton menyimpan bukti pembelian. "Bukti itu penting kalau ada sengketa," katanya.',
    ];
    expect(lastSpeakers(...paragraphs)).not.toContain('Tim');
  });
});

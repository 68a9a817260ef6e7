import { describe, expect, test } from 'vitest';
import { piecewiseTitle } from '../../core/engine/cast/piecewise-title';
import { titleTokens } from '../../core/engine/names/title-form';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

describe('a title written with pieces of its role, word by word (cast.piecewiseTitle)', () => {
  test.each([
    // An acronym of two words (`Kalbar`), role words left out between.
    [
      'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat',
      'Kadis Sosial Kalbar',
      true,
    ],
    // Initials of four words with `dan` between (`PUPR`), then the seat as written.
    ['Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Ende', 'Kadis PUPR Ende', true],
    // Another seat, another office, or the title's words in another order: not held.
    [
      'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat',
      'Kadis Sosial Kalteng',
      false,
    ],
    [
      'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat',
      'Kadis Pendidikan Kalbar',
      false,
    ],
    [
      'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat',
      'Kadis Kalbar Sosial',
      false,
    ],
    // The head's next word stands right after it: a division head of the department is no head.
    ['Kepala Bidang Bina Marga Dinas PUPR Kabupaten Ende', 'Kadis PUPR Ende', false],
    // Words the role holds as written are no pieces: the plain lookup reads them.
    ['Kepala Dinas Sosial Kota Ende', 'Kepala Dinas', false],
  ] as const)('%s ~ %s → %s', (role, title, held) => {
    expect(piecewiseTitle(titleTokens(role), titleTokens(title))).toBe(held);
  });

  const paragraphs = [
    'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat, Jonaedi Purba, meninjau dapur umum di Pontianak.',
    'Relawan Sukarmini Lubis mengatakan bantuan beras menipis. “Stok tinggal dua hari,” katanya.',
    '“Besok truk kedua tiba,” kata Kadis Sosial Kalbar.',
  ];
  test('the official is who the title means', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Jonaedi Purba']);
    const off = withFeaturesOff(['cast.piecewiseTitle'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual(['Jonaedi Purba']);
  });
});

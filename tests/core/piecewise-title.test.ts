import { describe, expect, test } from 'vitest';
import { piecewiseTitle } from '../../core/engine/cast/piecewise-title';
import { titleTokens } from '../../core/engine/names/title-form';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

describe('a title written with pieces of its role, word by word (cast.piecewiseTitle)', () => {
  test.each([
    // An acronym of two words (`Sulsel`), role words left out between (`dan UKM`).
    ['Kepala Dinas Koperasi dan UKM Provinsi Sulawesi Selatan', 'Kadis Koperasi Sulsel', true],
    // Initials of three words with `dan` between (`PKO`), then the seat as written.
    ['Kepala Dinas Pendidikan, Kepemudaan, dan Olahraga Kabupaten Belu', 'Kadis PKO Belu', true],
    // Another seat, another office, or the title's words in another order: not held.
    ['Kepala Dinas Koperasi dan UKM Provinsi Sulawesi Selatan', 'Kadis Koperasi Sulbar', false],
    ['Kepala Dinas Koperasi dan UKM Provinsi Sulawesi Selatan', 'Kadis Pendidikan Sulsel', false],
    ['Kepala Dinas Koperasi dan UKM Provinsi Sulawesi Selatan', 'Kadis Sulsel Koperasi', false],
    // Words the role holds as written are no pieces: the plain lookup reads them.
    ['Kepala Dinas Koperasi Kota Ende', 'Kepala Dinas', false],
  ] as const)('%s ~ %s → %s', (role, title, held) => {
    expect(piecewiseTitle(titleTokens(role), titleTokens(title))).toBe(held);
  });

  const paragraphs = [
    'Kepala Dinas Koperasi dan UKM Provinsi Sulawesi Selatan, Jonaedi Purba, menilai usaha itu berhasil.',
    'Eksportir Sukarmini Lubis mengatakan pesanan naik. “Kami kewalahan,” katanya.',
    '“Ada 18 keluarga yang hidup dari usaha ini,” kata Kadis Koperasi Sulsel.',
  ];
  test('the official is who the title means', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Jonaedi Purba']);
    const off = withFeaturesOff(['cast.piecewiseTitle'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual(['Jonaedi Purba']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined, and the speaker list with roles. */
function said(...paragraphs: string[]) {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  return {
    said: quotes.map(q => q.speakers.join(' + ')),
    names: speakers.map(s => [s.name, s.role]),
  };
}

const GM_INTRO =
  'General Manager Wilayah Jawa Barat, Rina Kartika Sari, menerangkan penyaluran musim ini memakai kartu elektronik.';
const MD_INTRO =
  'Managing Director PT Sinar Pangan, Budi Hartawan, mengatakan pabrik baru beroperasi bulan depan.';

describe('an English job title keeps its first word, and its initials name its holder', () => {
  test.each([
    [
      [GM_INTRO, 'GM mengatakan cara itu memangkas antrean.', '“Petani cukup bawa KTP,” kata GM.'],
      'Rina Kartika Sari',
      'General Manager Wilayah Jawa Barat',
    ],
    [
      [MD_INTRO, '“Kapasitasnya dua kali lipat,” ujar MD.'],
      'Budi Hartawan',
      'Managing Director PT Sinar Pangan',
    ],
  ])('%j', (paragraphs, name, role) => {
    const { said: who, names } = said(...paragraphs);
    expect(new Set(who)).toEqual(new Set([name]));
    expect(names).toEqual([[name, role]]);
  });

  test('initials that spell no role stay whoever they name', () => {
    const { names } = said(GM_INTRO, '“Stoknya cukup,” kata RK, seorang pengecer.');
    expect(names.map(n => n[0])).not.toContain('Rina Kartika Sari RK');
    expect(said(GM_INTRO, 'KPU mengatakan jadwal tidak berubah.').said).toEqual([
      'Rina Kartika Sari',
      'KPU',
    ]);
  });

  test('switched off, the initials are an organisation of their own', () => {
    const off = withFeaturesOff(['cast.roleInitials'], () =>
      said(GM_INTRO, '“Petani cukup bawa KTP,” kata GM.'),
    );
    expect(off.said).toEqual(['Rina Kartika Sari', 'GM']);
  });
});

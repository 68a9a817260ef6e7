import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The first quote's speakers and the role of its first speaker, for one invented paragraph. */
function creditOf(paragraph: string): [string[], string | null | undefined] {
  const { quotes, speakers } = analyzeBody(paragraph);
  const said = quotes[0]?.speakers ?? [];
  return [said, speakers.find(s => s.name === said[0])?.role];
}

describe('the capacity a named subject speaks in is stepped over (reported.capacityAside)', () => {
  test.each([
    [
      'Menteri Perdagangan Rudi Hartawan selaku tuan rumah mengatakan perundingan hampir selesai.',
      'Rudi Hartawan',
    ],
    [
      'Bupati Cibening Sugeng Riyadi sebagai ketua panitia juga menyebut jumlah peserta naik.',
      'Sugeng Riyadi',
    ],
    [
      'Rina Kartika, selaku kuasa hukum keluarga korban, mengatakan pihaknya akan melapor ke polisi.',
      'Rina Kartika',
    ],
    ['Sari Wulandari (45) selaku pemilik toko mengatakan tokonya terendam.', 'Sari Wulandari'],
  ])('%s', (paragraph, who) => expect(creditOf(paragraph)[0]).toEqual([who]));

  test('a capacity after a clause, not a name, cuts nothing', () => {
    expect(analyzeBody('Polisi menunjuk warga sebagai saksi mengatakan hal itu.').quotes).toEqual(
      [],
    );
  });

  test('switched off, the capacity hides the subject', () => {
    const paragraph =
      'Menteri Perdagangan Rudi Hartawan selaku tuan rumah mengatakan perundingan hampir selesai.';
    expect(withFeaturesOff(['reported.capacityAside'], () => creditOf(paragraph)[0])).toEqual([]);
  });
});

describe('a person with no role holds the capacity they speak in (cast.capacityRole)', () => {
  test.each([
    [
      'Rina Kartika, selaku kuasa hukum keluarga korban, mengatakan pihaknya akan melapor ke polisi.',
      'kuasa hukum keluarga korban',
    ],
    ['Sari Wulandari sebagai ketua panitia juga menyebut jumlah peserta naik.', 'ketua panitia'],
    // An office before the name stays the role.
    [
      'Bupati Cibening Sugeng Riyadi sebagai ketua panitia menyebut jumlah peserta naik.',
      'Bupati Cibening',
    ],
  ])('%s', (paragraph, role) => expect(creditOf(paragraph)[1]).toBe(role));

  test('what was done to a person is no capacity they speak in', () => {
    const { speakers } = analyzeBody(
      'Polisi menetapkan Sari Wulandari sebagai tersangka. "Kami punya bukti," kata Kapolres Cibening.',
    );
    expect(speakers.find(s => s.name === 'Sari Wulandari')?.role ?? null).toBeNull();
  });

  test('switched off, the person has no role', () => {
    const paragraph = 'Sari Wulandari sebagai ketua panitia juga menyebut jumlah peserta naik.';
    expect(withFeaturesOff(['cast.capacityRole'], () => creditOf(paragraph)[1])).toBeNull();
  });
});

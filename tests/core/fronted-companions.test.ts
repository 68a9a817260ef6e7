import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const CHIEF =
  'Kapolres Cibening, AKBP Darmawan Sulistyo, mengatakan kasus itu sedang disidik. "Kami kejar pelakunya," ujar Darmawan.';

describe('companions fronted before the person acting with them make one group', () => {
  test.each([
    [
      'Salah satu korban, Sumarni Dewi (58), mengaku menyetor Rp 38 juta. Bersama Nur Aini, tetangganya yang juga menjadi korban, Sumarni sempat mendatangi kantor biro itu. "Kantornya sudah kosong," kata mereka.',
      ['Sumarni Dewi', 'Nur Aini'],
    ],
    [
      'Salah satu korban, Wati (45), mengaku menyetor Rp 20 juta. Bersama Ningsih (40), adiknya yang juga tertipu, Wati sempat mendatangi kantor itu. "Kantornya sudah tutup," kata mereka.',
      ['Wati', 'Ningsih'],
    ],
    [
      'Bersama suaminya, Joko Prasetyo, Siti Rahma membuka warung di tepi jalan itu sejak 2015. "Dulu ramai, sekarang sepi," kata keduanya.',
      ['Siti Rahma', 'Joko Prasetyo'],
    ],
    [
      'Bersama dua rekannya, Agus Salim dan Dedi Kurnia, Rudi Hartono menjuarai lomba itu. "Kami berlatih tiap malam," kata mereka.',
      ['Rudi Hartono', 'Agus Salim', 'Dedi Kurnia'],
    ],
  ])('%s', (line, group) => {
    expect(lastSpeakers(CHIEF, line)).toEqual(group);
  });

  test('`bersama` after the subject is no fronted group', () => {
    const line =
      'Ia berbincang bersama Agus Salim di tenda panitia, Sabtu. "Pelakunya sudah kami kenali," kata dia.';
    expect(lastSpeakers(CHIEF, line)).toEqual(['Darmawan Sulistyo']);
  });

  test('switched off, the fronted companion is left out of the group', () => {
    const line =
      'Bersama suaminya, Joko Prasetyo, Siti Rahma membuka warung di tepi jalan itu sejak 2015. "Dulu ramai, sekarang sepi," kata keduanya.';
    const off = withFeaturesOff(['discourse.frontedCompanions'], () => lastSpeakers(CHIEF, line));
    expect(off).not.toEqual(['Siti Rahma', 'Joko Prasetyo']);
  });
});

import { expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const LINES = [
  'Tiga siswa sekolah itu, Jonaedi Sukamto, Kartinah Dalimunthe dan Bramantyo Purba, diarak keliling lapangan.',
  '“Kami begadang tiga malam,” kata Jonaedi.',
  'Kepala sekolah, Sukarmini, mengatakan sekolah akan membuka kelas baru. “Ini yang pertama bagi kami,” ujarnya.',
  'Tim itu akan mewakili Jawa Tengah di tingkat nasional. Ketiga siswa itu lalu berfoto bersama. “Kami mau latihan lagi,” kata mereka.',
];

// discourse.renewalOverPlace
test('a place named before a counted plural subject does not stop it renewing the group', () => {
  const speakers = (lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;
  const trio = ['Jonaedi Sukamto', 'Kartinah Dalimunthe', 'Bramantyo Purba'];
  expect(speakers(LINES)).toEqual(trio);
  expect(withFeaturesOff(['discourse.renewalOverPlace'], () => speakers(LINES))).not.toEqual(trio);
});

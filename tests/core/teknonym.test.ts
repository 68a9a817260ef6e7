import { expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const LINES = [
  'Di kolong rumah, Kartinah br Tumangger (58) menenun. Perempuan yang biasa dipanggil Nai Sekarwangi itu sudah menenun sejak kecil.',
  '“Benang halus butuh sebulan,” kata Kartinah.',
  'Putri sulungnya, Sekarwangi Dalimunthe (27), kembali ke desa tahun lalu.',
  '“Pembeli di kota menghargai cerita di balik kain,” kata Sekarwangi.',
];
const lastSpeakers = () => analyzeBody(...LINES).quotes.at(-1)!.speakers;

// cast.teknonym
test('a teknonym names the parent by the child: the child’s name alone is the child', () => {
  expect(lastSpeakers()).toEqual(['Sekarwangi Dalimunthe']);
  expect(withFeaturesOff(['cast.teknonym'], lastSpeakers)).toEqual(['Kartinah br Tumangger']);
});

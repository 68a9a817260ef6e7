import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const EXCHANGE = [
  'Bupati Sekarwangi Purba meninjau Pasar Borong, Senin. Ia berhenti di lapak ikan milik Kusmawati Lubis.',
  '“Berapa harga cakalang sekarang, Bu?” tanya Sekarwangi.',
  '“Naik lagi, Bu Bupati. Tinggal empat keranjang pagi ini,” jawab Kusmawati.',
];
const said = (...lines: string[]) =>
  analyzeBody(...lines).quotes.map(q => [q.text, q.speakers.join(' + ')]);

// quotes.turnAlone
describe('a short question or exclamation filling its paragraph is a turn of the exchange', () => {
  test.each(['“Kenapa naik?”', '“Sejak kapan?”'])('%s', turn => {
    const lines = [...EXCHANGE, turn, '“Ombak besar, nelayan tidak melaut,” jawabnya.'];
    expect(said(...lines).slice(2)).toEqual([
      [turn.slice(1, -2), 'Sekarwangi Purba'],
      ['Ombak besar, nelayan tidak melaut', 'Kusmawati Lubis'],
    ]);
    const off = withFeaturesOff(['quotes.turnAlone'], () => said(...lines));
    expect(off).toHaveLength(3);
  });

  test.each(['“Pojok Cakalang”', 'Lapak itu dijuluki “Si Murah?”'])(
    'a name in marks, or a question inside a sentence, is no turn: %s',
    line => {
      expect(said(...EXCHANGE, line)).toHaveLength(2);
    },
  );
});

test('an exclamation filling its paragraph may be a crowd’s chant: no turn', () => {
  const lines = [
    ...EXCHANGE,
    'Para pedagang kemudian meneriakkan yel-yel sambil mengangkat poster.',
    '“Turunkan harga!”',
  ];
  expect(said(...lines)).toHaveLength(2);
});

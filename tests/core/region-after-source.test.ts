import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const statements = (line: string) => analyzeBody(line).quotes.map(q => [q.text, q.speakers]);

// reported.regionAfterSource
describe('a region set off after the source’s place closes the source', () => {
  test.each([
    ['Menurut warga asal Pulang Pisau, Kalimantan Tengah, harga karet turun sejak Maret.', []],
    [
      'Menurut Sukamto Lubis, petani asal Ende, Nusa Tenggara Timur, harga karet turun sejak Maret.',
      ['Sukamto Lubis'],
    ],
  ] as const)('%s', (line, speakers) => {
    expect(statements(line)).toEqual([['harga karet turun sejak Maret', speakers]]);
    const off = withFeaturesOff(['reported.regionAfterSource'], () => statements(line));
    expect(off[0]![0]).not.toBe('harga karet turun sejak Maret');
  });

  test('places listed in the statement itself stay in it', () => {
    const line = 'Menurut Sukamto Lubis, Ende, Bajawa, dan Maumere paling terdampak banjir.';
    expect(statements(line)).toEqual([
      ['Ende, Bajawa, dan Maumere paling terdampak banjir', ['Sukamto Lubis']],
    ]);
  });

  test('a name after an area that is part of the source’s role is no statement’s start', () => {
    const line =
      'Menurut Ketua RT 03 Dusun Lubai, Desa Cibening, Sukamto Lubis mengatakan, ada dua rumah hanyut.';
    const off = withFeaturesOff(['reported.regionAfterSource'], () => statements(line));
    expect(statements(line)).toEqual(off);
  });
});

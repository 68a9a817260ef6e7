import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const SAID = '”Biaya praktikum naik dua kali lipat,”';
const CLAUSE = 'biaya praktikum naik dua kali lipat.';

/** Each quote's type and speakers, and the speaker list, of invented paragraphs. */
const run = (...paragraphs: string[]) => {
  const got = analyzeBody(...paragraphs);
  return { quotes: got.quotes.map(q => [q.type, q.speakers]), speakers: got.speakers.length };
};

describe('a determiner, a lowercase noun and an organisation or unit: an unnamed person', () => {
  test.each([
    [`${SAID} ujar seorang mahasiswa Fakultas Perikanan yang ikut rapat.`, 'direct'],
    [`${SAID} kata seorang dosen Universitas Lorewangi.`, 'direct'],
    [`${SAID} kata seorang guru SMP Negeri 4 Lorewangi yang ikut antre.`, 'direct'],
    [`${SAID} tutur salah seorang anggota DPRD Lorewangi.`, 'direct'],
    [`Seorang dosen Universitas Lorewangi mengatakan ${CLAUSE}`, 'indirect'],
    [`Seorang mahasiswa Fakultas Perikanan, yang ikut aksi, mengatakan ${CLAUSE}`, 'indirect'],
  ])('%s', (line, type) => {
    expect(run(line)).toEqual({ quotes: [[type, []]], speakers: 0 });
  });
});

describe('a name after the affiliation is still the speaker', () => {
  test.each([
    [`${SAID} kata seorang warga Desa Sukamaju, Budi Santoso.`],
    [`${SAID} kata seorang pedagang Pasar Baru Budi Santoso.`],
  ])('%s', line => {
    expect(run(line).quotes).toEqual([['direct', ['Budi Santoso']]]);
  });

  test('switched off, the last word of the unit is read as a name', () => {
    const line = `${SAID} kata seorang dosen Universitas Lorewangi.`;
    const off = withFeaturesOff(['names.indefiniteAffiliation'], () => run(line));
    expect(off.quotes).toEqual([['direct', ['Lorewangi']]]);
  });
});

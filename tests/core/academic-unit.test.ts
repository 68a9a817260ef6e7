import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

describe('field words of an academic unit belong to the unit, never to a person', () => {
  test.each([
    ['Dosen Fakultas Sastra dan Budaya Universitas Negeri Padang Rina Anggraeni mengatakan'],
    ['Ketua Jurusan Tata Boga Politeknik Nusantara Rina Anggraeni mengatakan'],
    ['Dosen Fakultas Bahasa dan Seni UNM Rina Anggraeni mengatakan'],
  ])('%s … → one speaker, Rina Anggraeni', intro => {
    const got = analyzeBody(
      `${intro} bahasa daerah harus dilestarikan.`,
      '“Anak muda harus bangga,” katanya.',
    );
    expect(got.speakers.map(s => s.name)).toEqual(['Rina Anggraeni']);
    expect(got.quotes.map(q => q.speakers)).toEqual([['Rina Anggraeni'], ['Rina Anggraeni']]);
  });

  test('two people joined by dan outside an academic unit stay a group', () => {
    const got = analyzeBody('Budi Santoso dan Rina Anggraeni mengatakan acara itu sukses.');
    expect(got.quotes[0]!.speakers).toEqual(['Budi Santoso', 'Rina Anggraeni']);
  });
});

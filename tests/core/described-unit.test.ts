import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

describe('a role description with a bracketed acronym, closed by itu/tersebut, is the last speaker', () => {
  test.each([
    [
      'Lebih jauh, Guru Besar Fakultas Kelautan dan Pesisir (FKP) Universitas Lembah Hijau itu mengapresiasi langkah pemerintah.',
    ],
    [
      'Guru Besar Fakultas Kelautan dan Pesisir (FKP) Universitas Lembah Hijau itu mengatakan pemerintah sudah bergerak.',
    ],
    [
      'Menurut dosen Fakultas Teknik (FT) Universitas Lembah Hijau tersebut, pemerintah sudah bergerak.',
    ],
    [
      'Ketua Jurusan Tata Boga (TB) Politeknik Sinar Harapan itu menilai pemerintah sudah bergerak.',
    ],
  ])('%s “…,” katanya. → the professor', description => {
    const got = analyzeBody(
      '“Bahasa daerah harus dilestarikan,” kata Guru Besar Sekar Ayuningtyas.',
      description,
      '“Ini kemajuan,” katanya.',
    );
    expect(got.speakers.map(s => s.name)).toEqual(['Sekar Ayuningtyas']);
    expect(got.quotes.every(q => q.speakers.join() === 'Sekar Ayuningtyas')).toBe(true);
  });

  test('a named person after a role without a demonstrative is still a new speaker', () => {
    const got = analyzeBody(
      '“Bahasa daerah harus dilestarikan,” kata Sekar Ayuningtyas.',
      'Dosen Fakultas Ilmu Sosial (FIS) Universitas Negeri Padang Rina Anggraeni mengatakan hal serupa.',
      '“Ini kemajuan,” katanya.',
    );
    expect(got.speakers.map(s => s.name)).toEqual(['Sekar Ayuningtyas', 'Rina Anggraeni']);
    expect(got.quotes.at(-1)!.speakers).toEqual(['Rina Anggraeni']);
  });

  test('two people joined by dan outside an academic unit stay two people', () => {
    const got = analyzeBody('Budi Santoso dan Rina Anggraeni mengatakan acara itu sukses.');
    expect(got.quotes[0]!.speakers).toEqual(['Budi Santoso', 'Rina Anggraeni']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

const LATER = 'Menurut dia, investor asing masih menahan diri.';

describe('a role set off by one comma right after a name is that person’s role', () => {
  test.each([
    ['“Tekanan jual masih tinggi,” kata Dimas Pratama, Kepala Riset Bank Cahaya Timur.'],
    ['“Tekanan jual masih tinggi,” kata Dimas Pratama, Kepala Riset Lintasan Sekuritas, di Bogor.'],
    ['“Tekanan jual masih tinggi,” ujar Dimas Pratama, Direktur Riset Koperasi Mekar Sari.'],
  ])('%s', first => {
    expect(speakersOf(first, LATER)).toEqual(['Dimas Pratama', 'Dimas Pratama']);
    const { speakers } = analyzeBody(first, LATER);
    expect(speakers.map(s => s.name)).toEqual(['Dimas Pratama']);
    expect(speakers[0]!.role).toMatch(/^(Kepala|Direktur) Riset [^,]+$/u);
    expect(first).toContain(`, ${speakers[0]!.role}`);
  });

  test('a run that is all role, with no name word left in it, is the role whole', () => {
    const { speakers } = analyzeBody(
      '“Panen mundur dua pekan,” kata Dimas Pratama, Kepala Dinas Pertanian.',
    );
    expect(speakers.map(s => [s.name, s.role])).toEqual([
      ['Dimas Pratama', 'Kepala Dinas Pertanian'],
    ]);
  });

  test('a lowercase role before the organisation or place opens the appositive too', () => {
    expect(
      speakersOf(
        '“Kami siapkan dapur umum,” kata Dimas Pratama, bupati Cibening.',
        'Menurut bupati, warga diminta waspada.',
      ),
    ).toEqual(['Dimas Pratama', 'Dimas Pratama']);
  });

  test('a later bare title finds the person by that role', () => {
    expect(
      speakersOf(
        '“Tekanan jual masih tinggi,” kata Dimas Pratama, Kepala Riset Lintasan Sekuritas.',
        '“Kami tetap optimistis,” kata Kepala Riset Lintasan Sekuritas itu.',
      ),
    ).toEqual(['Dimas Pratama', 'Dimas Pratama']);
  });

  test.each([
    // A list of people with roles: the members have given names, and the list goes on.
    [
      'Acara dihadiri Bupati Sukamaju Andi Wijaya, Ketua DPRD Budi Santoso, dan Kapolres Joko Pramono.',
      '“Kami mendukung,” kata Budi. Menurut dia, investor asing masih menahan diri.',
      ['Budi Santoso', 'Budi Santoso'],
    ],
  ])('a second person stays a person: %s', (first, later, expected) => {
    expect(speakersOf(first, later)).toEqual(expected);
  });

  test('switched off, the organisation’s last word is read as a second person', () => {
    const paragraphs = [
      '“Tekanan jual masih tinggi,” kata Dimas Pratama, Kepala Riset Bank Cahaya Timur.',
      LATER,
    ];
    const off = withFeaturesOff(['cast.roleAfterComma'], () => speakersOf(...paragraphs));
    expect(off[1]).not.toBe('Dimas Pratama');
  });
});

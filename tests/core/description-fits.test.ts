import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { withFits } from '../../core/engine/discourse/description-agreement';
import { lastSpeakers } from './summarize';

/**
 * A description pointing back by a stock phrase or a hypernym of an office (`legislator`, `wakil
 * rakyat`, `juru taktik`, `politikus`, `jenderal bintang dua`) means the person whose role is
 * written in that office's own words (`Anggota Komisi IV DPR`, `Pelatih X`, `Irjen Pol`), not the
 * person of another office who spoke last.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a legislator, after the head of a state company spoke',
    [
      'Anggota Komisi IV DPR Siti Maisaroh meminta pemerintah menggelar operasi pasar beras.',
      'Direktur Utama Perum Pangan Raya Yusuf Kurniawan mengatakan stok beras cukup. “Stok kami cukup sampai Juni,” kata Yusuf.',
      '“Stok boleh cukup, tetapi harga tetap naik,” kata legislator tersebut.',
    ],
    'Siti Maisaroh',
  ],
  [
    'the team’s tactician, after its manager spoke',
    [
      'Pelatih Arema Putra Hendra Wicaksono menilai timnya butuh waktu beradaptasi.',
      'Kapten tim, Yoga Pratikno, mengaku pemain masih kesulitan. “Kami belum kompak,” kata Yoga.',
      'Manajer tim Slamet Wahyudi menyebut manajemen akan menambah dua pemain asing.',
      '“Lini tengah kami terlalu mudah ditembus,” ujar juru taktik asal Blitar itu.',
    ],
    'Putra Hendra Wicaksono',
  ],
  [
    'a two-star general, after a regent spoke',
    [
      'Kapolda Sumatera Timur Irjen Pol Budi Santoso meminta warga tidak terprovokasi.',
      'Bentrokan terjadi Sabtu malam. Lima orang luka-luka.',
      'Bupati Deli Hulu Ahmad Fauzi mengatakan biaya pengobatan ditanggung. “Semua korban dirawat gratis,” kata Ahmad.',
      '“Kami sudah menangkap enam orang,” ujar jenderal bintang dua tersebut.',
    ],
    'Budi Santoso',
  ],
  [
    'a former envoy, introduced as an ambassador, after an analyst spoke',
    [
      'Analyst Rina Hale said the talks had little chance. "Nobody trusts the other side," Hale said.',
      'Budi Santoso, a former ambassador to Laredo, said his country was ready to help. He gave no details.',
      'Trade minister Omar Reyes said the talks had stalled. "Nobody moved," Reyes said.',
      '"Our door stays open," the former envoy said.',
    ],
    'Budi Santoso',
  ],
  [
    'a politician, after a researcher spoke',
    [
      'Ketua Umum Partai Harapan Rakyat Joko Santoso menanggapi hasil survei.',
      'Peneliti Lembaga Survei Nusantara Ayu Kartika mengatakan elektabilitas partai itu naik. “Pemilih muda mendorongnya,” kata Ayu.',
      '“Survei hanya potret sesaat,” kata politikus senior itu.',
    ],
    'Joko Santoso',
  ],
];

describe('a description by a stock phrase or hypernym of an office fits its holder', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the person of another office who spoke last is taken', () => {
    const [, legislator, member] = CASES[0]!;
    withFeaturesOff(['discourse.descriptionFits'], () =>
      expect(lastSpeakers(...legislator)).not.toEqual([member]),
    );
    // A title's other words (`juru taktik`) fit through TITLE_SYNONYMS, switched with it.
    for (const [, paragraphs, speaker] of CASES)
      withFeaturesOff(['discourse.descriptionFits', 'discourse.titleSynonyms'], () =>
        expect(lastSpeakers(...paragraphs)).not.toEqual([speaker]),
      );
  });

  test.each([
    [['legislator'], ['legislator', 'dpr', 'dprd', 'dpd', 'mpr', 'fraksi', 'komisi', 'senator']],
    [
      ['juru', 'taktik', 'blitar'],
      ['juru', 'taktik', 'blitar', 'pelatih'],
    ],
    [
      ['pria', 'paruh', 'baya'],
      ['pria', 'paruh', 'baya'],
    ],
  ] as const)('the words %j fit', (words, fitted) => {
    expect(withFits(words)).toEqual(fitted);
  });
});

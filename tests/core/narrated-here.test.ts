import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A person introduced between two quotes of one paragraph by a clause that reports nothing (a goal
 * scorer, a patient, a person acted for) is talked about there: the paragraph's `-nya` or `dia`
 * stays with its speaker (the discourse model's `narratedHere`).
 */
describe('a person narrated between two quotes of one paragraph does not take the second', () => {
  const cases: [string[], string[]][] = [
    [
      [
        'Pelatih Persada, Yusuf Hamdani, puas dengan hasil laga. “Anak-anak disiplin sampai akhir,” kata Yusuf. Gol tunggal dicetak penyerang muda Persada, Rendi Saputra, pada menit ke-80. Rendi menyambar umpan silang dari kanan. “Kami layak menang malam ini,” ujarnya.',
      ],
      ['Yusuf Hamdani'],
    ],
    [
      [
        'Direktur RSUD Lembah, Sari Wulandari, mengatakan ruang rawat sudah penuh. “Kami menambah 20 tempat tidur,” ujar Sari. Pasien termuda, bocah asal Cibodas, Dimas Pratama, dirawat sejak Senin. Dimas kini mulai pulih. “Keluarga pasien kami minta tetap tenang,” katanya.',
      ],
      ['Sari Wulandari'],
    ],
    // Introduced by a reporting clause, the person is a new source as ever.
    [
      [
        'Pelatih Persada, Yusuf Hamdani, puas dengan hasil laga. “Anak-anak disiplin sampai akhir,” kata Yusuf. Penyerang muda Persada, Rendi Saputra, mengaku senang mencetak gol. “Kami layak menang malam ini,” ujarnya.',
      ],
      ['Rendi Saputra'],
    ],
    // In a paragraph of its own, a person the text presents opens the topic.
    [
      [
        'Pelatih Persada, Yusuf Hamdani, puas dengan hasil laga. “Anak-anak disiplin sampai akhir,” kata Yusuf.',
        'Penyerang muda Persada, Rendi Saputra, mencetak gol pada menit ke-80. “Kami layak menang malam ini,” ujarnya.',
      ],
      ['Rendi Saputra'],
    ],
  ];
  test.each(cases)('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the narrated goal scorer takes the quote', () => {
    const [paragraphs] = cases[0]!;
    expect(withFeaturesOff(['discourse.narratedHere'], () => lastSpeakers(...paragraphs))).toEqual([
      'Rendi Saputra',
    ]);
  });

  // A paragraph its earlier speaker opens as the subject is heard from there as well.
  const opened = [
    'Pebulu tangkis Rendi Saputra menjuarai turnamen itu. “Saya sempat kehilangan fokus,” kata Rendi.',
    'Rendi juga mendedikasikan gelar itu untuk mendiang kakeknya, Darsono Wiryo, yang mengenalkannya pada bulu tangkis. “Semoga beliau bangga,” ujarnya.',
  ];

  test('a paragraph its earlier speaker opens keeps that speaker', () => {
    expect(lastSpeakers(...opened)).toEqual(['Rendi Saputra']);
  });

  // discourse.objectAppositive reads the grandfather as talked about too (`mendiang` has a
  // `meN-` verb's shape), so it is switched off with narratedHere to show narratedHere alone.
  test('switched off, the grandfather named in passing takes the quote', () => {
    const off = ['discourse.narratedHere', 'discourse.objectAppositive'] as const;
    expect(withFeaturesOff([...off], () => lastSpeakers(...opened))).toEqual(['Darsono Wiryo']);
  });
});

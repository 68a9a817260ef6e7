import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.possessorOfThing: a person named inside the noun phrase that opens a sentence with a
// thing is that sentence's topic, whom the pronoun opening the next clause means.
const OFFICIAL =
  'Kepala Dinas Perkebunan, Hendra Gunawan, menjelaskan harga kopi sedang naik. “Permintaan ekspor tinggi,” kata Hendra.';
const HEAD =
  'Ketua panitia lomba perahu, Agus Salim, mengumumkan hasil akhir. “Semua peserta selamat,” kata Agus.';

const ROWS: readonly SourceRow[] = [
  [
    'Sari Wulandari',
    OFFICIAL,
    'Kebun kopi yang digarap Sari Wulandari mulai berbuah tahun ini. Ia bercerita, “Dulu lahan ini penuh ilalang.”',
  ],
  [
    'Bagas Pratama',
    HEAD,
    'Perahu yang dinakhodai Bagas Pratama tiba paling akhir. Ia mengatakan, “Angin tiba-tiba berbalik arah.”',
  ],
];

describe('the person whose thing opens a sentence is its topic (discourse.possessorOfThing)', () => {
  sourceRows(ROWS, 'discourse.possessorOfThing');

  // People of an organisation are no thing of it: the speaker goes on.
  test('a group of an organisation’s people', () => {
    expect(
      lastSpeakers(
        OFFICIAL,
        'Puluhan anggota Koperasi Tani Makmur datang ke kantor dinas dengan tiga truk.',
        '“Kami minta pupuk dikirim pekan ini,” ujarnya.',
      ),
    ).toEqual(['Hendra Gunawan']);
  });
});

// discourse.titleNeedsOffice: a team's bare name opening a clause is the team acting, not its
// coach, whose role the cast spells with the same words.
describe('a bare organisation name is no title of its officer (discourse.titleNeedsOffice)', () => {
  const paragraphs = [
    'Pelatih Cahaya Utara FC, Joko Susilo, senang timnya menang. “Anak-anak disiplin,” kata Joko.',
    'Kapten tim tamu, Hans Liem, mengeluhkan lapangan yang licin. “Bola sulit dikontrol,” ujar Hans.',
    'Cahaya Utara FC membuka keunggulan lewat sundulan Rudi Hartono. Tendangan bebas Rudi lalu membentur mistar. Ia mengatakan, “Saya kurang tenang.”',
  ];
  test('the scorer, not the coach', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Rudi Hartono']);
    const off = withFeaturesOff(['discourse.titleNeedsOffice'], () => lastSpeakers(...paragraphs));
    expect(off).toEqual(['Joko Susilo']);
  });
});

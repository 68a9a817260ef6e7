import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role the cast gives `name`. */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role ?? null;

const SAID = '“Kami sudah siap,” katanya.';

describe('a description set off by one comma before a person is their role', () => {
  test.each([
    [
      'Kuasa hukum terdakwa, Rudi Santoso, menilai dakwaan jaksa kabur.',
      'Rudi Santoso',
      'Kuasa hukum terdakwa',
    ],
    [
      'Hal itu disampaikan anggota DPRD Fraksi Partai Maju, Sartika Dewi.',
      'Sartika Dewi',
      'anggota DPRD Fraksi Partai Maju',
    ],
    [
      'Tokoh masyarakat Cibening, Yakub Tamaela, menyambut baik langkah itu.',
      'Yakub Tamaela',
      'Tokoh masyarakat Cibening',
    ],
    [
      'Kepala SMP Negeri 4 Cibening, Lusiana Wirawan, menuturkan sekolahnya siap.',
      'Lusiana Wirawan',
      'Kepala SMP Negeri 4 Cibening',
    ],
    [
      'Pelatih Persikota, Rinaldo Mendes Silva, memuji mental anak asuhnya.',
      'Rinaldo Mendes Silva',
      'Pelatih Persikota',
    ],
    [
      'Pengamat politik dari Universitas Cibening, Hadi Gunawan, menilai koalisi itu rapuh.',
      'Hadi Gunawan',
      'Pengamat politik dari Universitas Cibening',
    ],
    [
      'Salah satunya pedagang di Pasar Cibening, Marni Astuti, yang sudah berjualan 20 tahun.',
      'Marni Astuti',
      'pedagang di Pasar Cibening',
    ],
    // Standings in which news meets people at the scene, and a field's scientist.
    [
      'Wisatawan asal Belanda, Anna de Vries, mengaku terkejut melihat banjir itu.',
      'Anna de Vries',
      'Wisatawan asal Belanda',
    ],
    [
      'Seorang penumpang tujuan Cibening, Markus Ndolu (41), mengaku sudah dua malam menunggu.',
      'Markus Ndolu',
      'penumpang tujuan Cibening',
    ],
    [
      'Pemilik toko kelontong di Pasar Cibening, Liem Hok Seng, menyebut omzetnya naik.',
      'Liem Hok Seng',
      'Pemilik toko kelontong di Pasar Cibening',
    ],
    [
      'Hal itu dikatakan kriminolog dari Universitas Cibening, Sartono Hadi.',
      'Sartono Hadi',
      'kriminolog dari Universitas Cibening',
    ],
    // The name goes on describing its person, or the description opens the sentence.
    [
      'Warga lainnya, Sumarni Wulandari dan suaminya, memilih bertahan di tenda.',
      'Sumarni Wulandari',
      'Warga',
    ],
    [
      'Kuasa hukum korban, Rudi Santoso menilai polisi lamban.',
      'Rudi Santoso',
      'Kuasa hukum korban',
    ],
  ])('%s', (sentence, name, role) => {
    expect(roleOf(name, sentence, SAID)).toBe(role);
    // A numbered school (`SMP Negeri 4 Cibening`) is one run under names.unitDigit, which then
    // reads the role before the comma as well; so does cast.roleRunBeforeClosedName a run read
    // as a role and a name (`Pelatih Persikota`).
    const off = [
      'cast.descriptionBeforeComma',
      'names.unitDigit',
      'cast.roleRunBeforeClosedName',
    ] as const;
    expect(withFeaturesOff(off, () => roleOf(name, sentence, SAID))).toBeNull();
  });

  test.each([
    // A person before the comma: a list of people, not a role.
    [
      'Hadir dalam rapat itu Ketua RT Budi Santoso, Rina Kartika, dan Andi Pratama.',
      'Rina Kartika',
    ],
    // A clause's joint or a verb ends the description; a name that opens the main clause after an
    // adverbial is no apposition.
    ['Di hadapan para wartawan, Rina Kartika mengatakan pihaknya siap.', 'Rina Kartika'],
    ['Usai pertemuan dengan warga, Rina Kartika menjelaskan rencana itu.', 'Rina Kartika'],
    ['Rapat itu dibuka warga yang menolak tambang, Rina Kartika, dengan doa.', 'Rina Kartika'],
  ])('no role: %s', (sentence, name) => {
    expect(roleOf(name, sentence, SAID)).toBeNull();
  });
});

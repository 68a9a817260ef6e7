import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers, speakerRoles } from './summarize';

describe('a role word that opens the sentence goes on with the lowercase role after it', () => {
  test.each([
    ['Manajer tim Rudi Hartono menyebut kontrak pelatih berlaku dua musim.', 'Manajer tim'],
    ['Ketua tim Rudi Hartono mengatakan pencarian dilanjutkan besok.', 'Ketua tim'],
    ['Pelatih kepala Rudi Hartono menilai timnya siap bertanding.', 'Pelatih kepala'],
    ['Koordinator tim Rudi Hartono: “Kami belum menyerah.”', 'Koordinator tim'],
    // …and so do lowercase words describing it that no lexicon knows.
    [
      'Pengamat sepak bola Rudi Hartono menilai keputusan itu tepat bagi tim.',
      'Pengamat sepak bola',
    ],
    [
      'Pengamat transportasi Rudi Hartono mengatakan tarif perlu dievaluasi.',
      'Pengamat transportasi',
    ],
    [
      'Dosen ilmu komunikasi Rudi Hartono menilai kampanye itu berlebihan.',
      'Dosen ilmu komunikasi',
    ],
  ])('%s', (paragraph, role) => {
    expect(speakerRoles(paragraph)).toEqual([['Rudi Hartono', role]]);
  });

  test.each([
    // A verb, a preposition or a demonstrative between the head and the name: no description.
    ['Pengamat itu Rudi Hartono mengatakan kebijakan itu keliru.'],
    ['Pengamat dari kampus Rudi Hartono mengatakan kebijakan itu keliru.'],
  ])('%s', paragraph => {
    expect(speakerRoles(paragraph)).toEqual([['Rudi Hartono', null]]);
  });

  // The role read before a name outside a cue's subject too: a later description finds its holder.
  test('a speaker introduced without a cue keeps the opening role', () => {
    const paragraph =
      'Pengamat politik Dewi Kartika memberi pandangan berbeda. “Revisi justru memperkuat lembaga itu,” tutur perempuan berkacamata ini.';
    expect(speakerRoles(paragraph)).toEqual([['Dewi Kartika', 'Pengamat politik']]);
  });

  test('switched off, `tim Rudi Hartono` was a team named after him', () => {
    const paragraph = 'Manajer tim Rudi Hartono menyebut kontrak pelatih berlaku dua musim.';
    expect(
      withFeaturesOff(['names.sentenceOpeningRole'], () => speakerRoles(paragraph)),
    ).not.toEqual([['Rudi Hartono', 'Manajer tim']]);
  });

  test.each([
    // Mid-sentence the role is lowercase and was always read whole.
    ['Sementara itu, manajer tim Rudi Hartono menyebut kontrak berlaku.', 'manajer tim'],
  ])('%s', (paragraph, role) => {
    expect(speakerRoles(paragraph)).toEqual([['Rudi Hartono', role]]);
  });
});

describe('a bracketed note after a name leading its sentence keeps it the subject', () => {
  const OPENING = '“Kami ingin bermain menyerang,” kata pelatih tim tamu Dedi Santoso.';
  test.each([
    ['Gelandang muda Rudi Hartono (19) mengaku senang.'],
    ['Gelandang andalan Rudi Hartono (19 tahun) mengaku senang.'],
  ])('%s “Saya siap bekerja keras,” ujarnya.', narrative => {
    const paragraphs = [OPENING, `${narrative} “Saya siap bekerja keras,” ujarnya.`];
    const last = () => lastSpeakers(...paragraphs);
    expect(last()).toEqual(['Rudi Hartono']);
    expect(withFeaturesOff(['discourse.noteAfterLead'], last)).toEqual(['Dedi Santoso']);
  });
});

describe('a relative named inside an adjunct does not take the subject’s next quote', () => {
  const paragraphs = [
    'Salah seorang warga, Sari Wulandari (52), mengaku air masuk rumah sejak dini hari.',
    'Ia bersama suaminya, Joko Pramono, menyelamatkan barang ke lantai dua. “Sudah tiga kali kami kebanjiran,” ujarnya.',
  ];
  const last = () => lastSpeakers(...paragraphs);
  test('the quote is the subject’s', () => {
    expect(last()).toEqual(['Sari Wulandari']);
  });
  test('switched off, the relative took it', () => {
    expect(withFeaturesOff(['discourse.obliqueAppositive'], last)).toEqual(['Joko Pramono']);
  });
});

describe('a person the text says did not speak does not take the next quote', () => {
  test.each([
    ['Bupati Joko Pramono belum bisa dimintai konfirmasi.'],
    ['Joko Pramono tidak hadir dalam pertemuan itu.'],
    ['Joko Pramono enggan berkomentar soal tudingan itu.'],
  ])('%s', narrative => {
    const paragraphs = [
      'Ketua Koperasi Tani Makmur Rudi Hartono mengatakan harga pupuk naik dua kali lipat.',
      `${narrative} “Petani sangat dirugikan,” ujarnya.`,
    ];
    const last = () => lastSpeakers(...paragraphs);
    expect(last()).toEqual(['Rudi Hartono']);
    expect(withFeaturesOff(['discourse.silentSubject'], last)).toEqual(['Joko Pramono']);
  });
});

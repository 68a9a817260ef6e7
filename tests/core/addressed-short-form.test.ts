import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Pasar Kabupaten Wonosari, Hendra Bramantyo, mengatakan pembangunan los baru dimulai bulan depan. "Dana sudah siap," kata Hendra.';

describe('a familiar form of address before a short form cut from a name (cast.addressedShortForm)', () => {
  test.each([
    ['Tetangga korban, Wartinah (55), melihat asap pertama kali.', 'Bu War', 'Wartinah'],
    ['Suami korban, Kusnandar (60), masih terlihat lemas di teras.', 'Pak Kus', 'Kusnandar'],
    // Javanese cuts the middle of a name word as often as its opening.
    ['Sutarmanto (80) sudah berjualan gula aren sejak muda.', 'Mbah Tarman', 'Sutarmanto'],
    // Two letters only as the opening of a longer name word.
    [
      'Setiap pagi, Jonaedi Dalimunthe mengangkut karung dari truk.',
      'Bang Jo',
      'Jonaedi Dalimunthe',
    ],
  ])('%s … kata %s', (intro, called, who) => {
    expect(lastSpeakers(OFFICIAL, intro, `"Semua habis," kata ${called}.`)).toEqual([who]);
  });

  test('two people whose names open so: none is meant', () => {
    const intro = 'Kusnandar dan Kusmayanti sudah lama berjualan di los itu.';
    expect(lastSpeakers(OFFICIAL, intro, '"Semua habis," kata Pak Kus.')).toEqual(['Kus']);
  });

  test('a short form introduced with an age is somebody new', () => {
    const intro = 'Suami korban, Kusnandar (60), masih terlihat lemas di teras.';
    const quote = '"Semua habis," kata Pak Kus (45), penjual bakso di ujung gang.';
    expect(lastSpeakers(OFFICIAL, intro, quote)).toEqual(['Kus']);
  });

  test('a kin word after a form of address is no short form (`Pak De`)', () => {
    const intro = 'Pedagang sayur, Deswinarti (35), juga mengeluh.';
    expect(lastSpeakers(OFFICIAL, intro, '"Semua habis," kata Pak De.')).toEqual(['De']);
  });

  test('without a form of address a three-letter word is no short form', () => {
    const intro = 'Suami korban, Kusnandar (60), masih terlihat lemas di teras.';
    expect(lastSpeakers(OFFICIAL, intro, '"Semua habis," kata Kus.')).toEqual(['Kus']);
  });

  test('switched off, the short form is a speaker of its own', () => {
    const lines = [
      OFFICIAL,
      'Tetangga korban, Wartinah (55), melihat asap pertama kali.',
      '"Semua habis," kata Bu War.',
    ];
    expect(withFeaturesOff(['cast.addressedShortForm'], () => lastSpeakers(...lines))).toEqual([
      'War',
    ]);
  });
});

describe('a nickname set off as such belongs to the person it is cut from (cast.nicknameCutFromName)', () => {
  const lines = [
    OFFICIAL,
    'Pelanggan setianya, Haryadi (61), pensiunan guru, sudah lama membeli pecel buatan Sumilah Pohan.',
    '"Bumbunya pas," ujar Pak Har, sapaan akrabnya, sambil tertawa.',
  ];

  test('the nickname is the person whose name it is cut from, not the one named last', () => {
    expect(lastSpeakers(...lines)).toEqual(['Haryadi']);
  });

  test('switched off, it is the person named last', () => {
    // The nickname, a paragraph after a person who is no subject, would also go to the subject
    // before them (cast.nicknameOfSubject): off with it.
    const off = ['cast.nicknameCutFromName', 'cast.nicknameOfSubject'] as const;
    expect(withFeaturesOff([...off], () => lastSpeakers(...lines))).toEqual(['Sumilah Pohan']);
  });

  test('a nickname set off against a person named in its own paragraph is theirs', () => {
    const husband = 'Surtaman (45) sudah dua puluh tahun berjualan pecel di pasar itu.';
    const quote =
      '"Kami mulai dari nol," kata istrinya, Murtini (40), atau Bu Sur, sapaan akrabnya.';
    expect(lastSpeakers(OFFICIAL, husband, quote)).toEqual(['Murtini']);
  });

  test('a nickname the latest person’s name also holds stays theirs', () => {
    const intro = 'Warga lain, Surtaji Lubai, baru pulang dari sawah bersama Haryadi.';
    const before = 'Sementara itu, Surtaji Lubai sudah menunggu di depan rumah.';
    const quote = '"Airnya naik terus," kata Mas Adi, sapaan akrabnya.';
    expect(lastSpeakers(OFFICIAL, intro, before, quote)).toEqual(['Surtaji Lubai']);
  });
});

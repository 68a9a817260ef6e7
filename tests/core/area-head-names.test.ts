import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { readArticle } from '../../core/engine/pipeline';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { analyzeBody } from './summarize';

/** The names of the cast's entities for invented paragraphs. */
const castNames = (...paragraphs: string[]) =>
  readArticle(bodyParagraphs(paragraphs, 0)).cast.all.map(e => e.name);

/** Each quote's speakers, as names, for one invented paragraph. */
const speakersOf = (paragraph: string) =>
  analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('an area head (Kampung, Dusun) opens a place, never a person’s name', () => {
  test.each([
    // An address closing a role: the hamlet is where the office is, and nobody is named.
    ['“Air sudah surut,” kata Ketua RT 04 Kampung Cikalimaya.', ['']],
    // An address list before the speaker: `Dusun 2` is no speaker (the `Menurut` clause cut off by
    // the next cue is no quote of its own either, reported/clause test).
    [
      'Menurut Ketua RT03 Kampung Sukamaju, Dusun 2, Desa Cibuntu, Karyadi mengatakan, dua warga ditangkap.',
      ['Karyadi'],
    ],
    // The person after the place is named as before.
    ['“Air sudah surut,” kata Kepala Dusun Cikalimaya Hasan Mahfudz.', ['Hasan Mahfudz']],
    ['Warga Kampung Cikalimaya, Karyadi, mengatakan air sudah surut.', ['Karyadi']],
  ])('%s', (paragraph, speakers) => {
    expect(speakersOf(paragraph)).toEqual(speakers);
  });

  test('without the naming-head feature the hamlet is read as a person', () => {
    const off = withFeaturesOff(['names.model.namingHead'], () =>
      speakersOf('“Air sudah surut,” kata Ketua RT 04 Kampung Cikalimaya.'),
    );
    expect(off).toEqual(['Kampung Cikalimaya']);
  });
});

describe('an area or facility head with no office before it opens a place of up to four words (names.model.longAreaName)', () => {
  const ROWS: [string, string][] = [
    // A ward named with a known place word inside it (`Kapuas`): no person `Kanan Hulu`.
    [
      'Wartini (52), warga Kelurahan Kapuas Kanan Hulu, sudah tiga hari mengungsi.\n“Air naik cepat sekali tengah malam,” katanya.',
      'Wartini',
    ],
    // A sports hall before the person set off after it: the hall is no one.
    [
      'Di posko GOR Apang Semangai, Sukinah (60) tidur beralas tikar.\n“Dingin sekali kalau malam,” ujarnya.',
      'Sukinah',
    ],
    [
      'Warga Desa Sumber Rejo Kidul, Budi Santoso, mengaku sawahnya terendam.\n“Padi kami busuk semua,” katanya.',
      'Budi Santoso',
    ],
  ];
  test.each(ROWS)('%s', (text, who) => {
    expect(speakersOf(text).at(-1)).toBe(who);
  });

  test.each([
    ['Wartini (52), warga Kelurahan Kapuas Kanan Hulu, sudah tiga hari mengungsi.', ['Wartini']],
    ['Di posko GOR Apang Semangai, Sukinah (60) tidur beralas tikar.', ['Sukinah']],
    // An office before the area keeps the name after it, and a seat after another name stays one.
    ['Kepala Desa Sumber Rejo Kidul Budi Santoso meninjau sawah warga.', ['Budi Santoso']],
  ])('the cast of %s', (paragraph, names) => {
    expect(castNames(paragraph)).toEqual(names);
  });

  test('switched off, the ward’s last words are read as a person', () => {
    const off = withFeaturesOff(['names.model.longAreaName'], () =>
      castNames('Wartini (52), warga Kelurahan Kapuas Kanan Hulu, sudah tiga hari mengungsi.'),
    );
    expect(off).not.toEqual(['Wartini']);
  });
});

describe('a village by its regional name (Gampong, Pekon, Lembang, Jorong, Korong) is a place', () => {
  test.each([
    ['Di Gampong Lamreung, kader posyandu Nurlela menimbang balita setiap bulan.', ['Nurlela']],
    ['Warga Pekon Sukanegeri, Budi Santoso, mengaku sawahnya kering.', ['Budi Santoso']],
    ['Kepala Lembang Tondon, Markus Tandi, membuka pasar kerbau.', ['Markus Tandi']],
    ['Di Jorong Koto Tuo, petani Syafril menanam cabai di lahan bekas sawah.', ['Syafril']],
  ])('the cast of %s', (paragraph, names) => {
    expect(castNames(paragraph)).toEqual(names);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of each direct quote of the invented paragraphs, in order. */
const directSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' & '));

const LEAD = 'Polisi menangkap seorang pria yang menipu calon penumpang kapal.';
const FIRST =
  '"Pelaku menawarkan tiket murah lewat media sosial," kata Kasat Reskrim AKP Dani Saputra.';
const BARE = '"Kerugian korban mencapai ratusan juta rupiah."';

describe('a quote without a cue credited in the next paragraph by a passive reporting verb', () => {
  test.each([
    [
      '`Hal itu disampaikan X`',
      'Hal itu disampaikan Kapolres Kombes Yoga Pratama kepada wartawan, Selasa (5/3/2024).',
    ],
    [
      '`Hal tersebut dikatakan oleh X`',
      'Hal tersebut dikatakan oleh Kapolres Kombes Yoga Pratama saat dihubungi, Selasa.',
    ],
    [
      '`Demikian diungkapkan X`',
      'Demikian diungkapkan Kapolres Kombes Yoga Pratama di Tanjung Sari, Selasa (5/3/2024).',
    ],
    [
      '`Pernyataan itu disampaikan X`',
      'Pernyataan itu disampaikan Kapolres Kombes Yoga Pratama dalam jumpa pers, Selasa.',
    ],
  ])('%s', (_, credit) => {
    expect(directSpeakers(LEAD, FIRST, BARE, credit)).toEqual(['Dani Saputra', 'Yoga Pratama']);
  });

  test.each([
    // Negative cases: the next paragraph does not credit the quote.
    [
      'a new sentence about something else',
      'Kapolres Kombes Yoga Pratama disampaikan bahwa kasus ini menjadi perhatian.',
    ],
    [
      'the statement told to somebody',
      'Hal itu disampaikan kepada Kapolres Kombes Yoga Pratama, Selasa.',
    ],
    [
      'a credit after another sentence',
      'Kasus ini menarik perhatian. Hal itu disampaikan Kapolres Kombes Yoga Pratama.',
    ],
  ])('%s', (_, next) => {
    expect(directSpeakers(LEAD, FIRST, BARE, next)).toEqual(['Dani Saputra', 'Dani Saputra']);
  });

  test('text after the quote in its paragraph: the quote does not close it', () => {
    const quoted = '"Kerugian korban mencapai ratusan juta rupiah." Pelaku sudah ditahan.';
    const credit = 'Hal itu disampaikan Kapolres Kombes Yoga Pratama kepada wartawan, Selasa.';
    expect(directSpeakers(LEAD, FIRST, quoted, credit)).toEqual(['Dani Saputra', 'Dani Saputra']);
  });

  test('switched off, the quote goes on from the previous speaker', () => {
    const credit = 'Hal itu disampaikan Kapolres Kombes Yoga Pratama kepada wartawan, Selasa.';
    const off = withFeaturesOff(['discourse.agentNextParagraph'], () =>
      directSpeakers(LEAD, FIRST, BARE, credit),
    );
    expect(off).toEqual(['Dani Saputra', 'Dani Saputra']);
  });
});

describe('the crediting paragraph is the next one a reader sees', () => {
  const credit =
    'Hal itu disampaikan Kapolres Kombes Yoga Pratama kepada wartawan, Selasa (5/3/2024).';
  test.each([
    ['a related-link block between', ['Baca Juga', 'Penipuan Tiket Kapal Marak Jelang Libur']],
    ['an ad label and an empty line between', ['Advertisement', '']],
  ])('%s', (_, between) =>
    expect(directSpeakers(LEAD, FIRST, BARE, ...between, credit)).toEqual([
      'Dani Saputra',
      'Yoga Pratama',
    ]),
  );
  test('counting lines instead, the crediting paragraph was not found', () =>
    withFeaturesOff(['discourse.bodyParagraphDistance'], () =>
      expect(
        directSpeakers(
          LEAD,
          FIRST,
          BARE,
          'Baca Juga',
          'Penipuan Tiket Kapal Marak Jelang Libur',
          credit,
        ),
      ).toEqual(['Dani Saputra', 'Dani Saputra']),
    ));
});

describe('a statement by a title that names nobody yet, credited by the next sentence', () => {
  /** The speakers of the first reported statement of the invented paragraphs. */
  const firstReported = (...paragraphs: string[]) =>
    analyzeBody(...paragraphs).quotes.find(q => q.type === 'indirect')?.speakers ?? [];
  const said =
    'Kepala Dinas Pertanian Kabupaten Lembah menyatakan stok pupuk aman hingga akhir tahun.';
  test.each([
    [
      '`Hal itu disampaikan X`',
      `${said} Hal itu disampaikan Bambang Irawan kepada wartawan, Rabu.`,
    ],
    [
      '`Pernyataan itu dikatakan oleh X`',
      `${said} Pernyataan itu dikatakan oleh Bambang Irawan di gudang pupuk, Rabu.`,
    ],
    ['`Demikian diungkapkan X`', `${said} Demikian diungkapkan Bambang Irawan seusai rapat.`],
    [
      'an unnamed party too',
      'Pihak dinas memastikan stok pupuk aman hingga akhir tahun. Keterangan tersebut disampaikan Bambang Irawan, Rabu.',
    ],
  ])('%s', (_, paragraph) => {
    expect(firstReported(paragraph)).toEqual(['Bambang Irawan']);
    const off = withFeaturesOff(['discourse.agentNextSentence'], () => firstReported(paragraph));
    expect(off).toEqual([]);
  });

  test.each([
    ['the statement told to somebody', `${said} Hal itu disampaikan kepada Bambang Irawan, Rabu.`],
    ['a sentence about something else', `${said} Bambang Irawan datang terlambat ke rapat.`],
    [
      'a credit one sentence further',
      `${said} Gudang baru sudah dibangun. Hal itu disampaikan Bambang Irawan, Rabu.`,
    ],
    // Who owns up to or answers a statement is somebody else than who made it.
    [
      'an unnamed resident, then the official who owns up to it',
      'Seorang warga mengatakan jalan desa rusak sejak musim hujan. Hal itu diakui Kepala Desa Bambang Irawan.',
    ],
    ['an answer', `${said} Hal itu ditanggapi Bambang Irawan dengan tenang.`],
  ])('not credited: %s', (_, paragraph) => {
    expect(firstReported(paragraph)).not.toContain('Bambang Irawan');
  });
});

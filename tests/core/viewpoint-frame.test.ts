import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last reported or quoted statement of the invented paragraphs. */
const lastSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.at(-1)!.speakers;

// A farmer heard from, then an official; the third paragraph tells the farmer's view.
const FARMER =
  'Sutini, petani di Desa Mekarsari, sudah menanam padi sejak muda. “Dulu air selalu ada,” ujarnya.';
const OFFICIAL =
  'Kepala Dinas Pertanian Kabupaten Lembah, Hendra Wijaya, mengatakan bantuan bibit akan disalurkan bulan depan. “Kami sudah siapkan anggarannya,” kata Hendra.';

describe('a viewpoint frame opening the sentence (`Bagi X, …`) makes X the source the next `-nya`/`ia` means', () => {
  test.each([
    'Bagi Sutini, bantuan itu datang terlambat. “Sawah saya sudah kering sejak Agustus,” katanya.',
    'Bagi Sutini, bantuan itu penting, tetapi yang paling berarti baginya adalah air. “Sawah saya sudah kering sejak Agustus,” tuturnya.',
    'Bagi warga seperti Sutini, janji itu belum cukup. Ia berharap pemerintah datang ke sawah. “Kami cuma minta air,” kata dia.',
    'Di mata Sutini, bantuan itu hanya janji. “Sawah saya sudah kering sejak Agustus,” ujarnya.',
  ])('%s', third => {
    expect(lastSpeakers(FARMER, OFFICIAL, third)).toEqual(['Sutini']);
    const off = withFeaturesOff(['discourse.viewpointFrame'], () =>
      lastSpeakers(FARMER, OFFICIAL, third),
    );
    expect(off).toEqual(['Hendra Wijaya']);
  });

  test.each([
    // The name is the object of a verb inside the frame: whose view it is goes unsaid.
    'Bagi yang mengenal Sutini, bantuan itu datang terlambat. “Anggaran tahun ini sudah habis,” katanya.',
    // The preposition does not open the sentence: the farmer is what the aid is for.
    'Bantuan itu disiapkan bagi Sutini, dan petani lain di desa itu. “Anggaran tahun ini sudah habis,” katanya.',
  ])('no frame: %s', third => {
    expect(lastSpeakers(FARMER, OFFICIAL, third)).toEqual(['Hendra Wijaya']);
  });

  test('English `For X, …` already leads its sentence: X keeps the pronoun', () => {
    const first =
      'Rina Hale, a teacher in the village, has taught there for decades. “The children keep me young,” she said.';
    const second =
      'The district education chief, Budi Santoso, said new classrooms would be built next year. “The budget is ready,” Budi said.';
    const third = 'For Rina, the promise came late. “We have waited ten years,” she said.';
    expect(lastSpeakers(first, second, third)).toEqual(['Rina Hale']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined, and the speaker list. */
function read(paragraph: string) {
  const { quotes, speakers } = analyzeBody(paragraph);
  return { said: quotes.map(q => q.speakers.join(' + ')), names: speakers.map(s => s.name) };
}

describe('a run after `asal` or a preposition in an unnamed description is a place', () => {
  test.each([
    '“Saya sudah antre tiga jam,” kata seorang warga asal Cibening.',
    '“Saya sudah antre tiga jam,” kata pemudik asal Cibening, Jawa Barat.',
    '“Saya sudah antre tiga jam,” ujar salah seorang pedagang asal Tanjung Lumut.',
    '“Dagangan saya tidak laku,” kata seorang pedagang di Pasar Cibening.',
    'Seorang pedagang asal Cibening mengaku, “Dagangan saya tidak laku.”',
  ])('nobody is named: %s', paragraph => {
    expect(read(paragraph)).toEqual({ said: [''], names: [] });
  });

  test.each([
    // A name after the place's comma is the speaker.
    [
      '“Saya sudah antre tiga jam,” kata seorang warga asal Cibening, Rina Kartika.',
      'Rina Kartika',
    ],
    // A person's name word in the run: the place is the role's, the rest the name.
    ['“Saya sudah antre tiga jam,” kata politisi asal Cibening Rudi Hartawan.', 'Rudi Hartawan'],
  ])('a name stays: %s', (paragraph, name) => {
    expect(read(paragraph).said).toEqual([name]);
  });

  test('switched off, the place after a post-posed cue is read as a speaker', () => {
    const off = withFeaturesOff(['names.unnamedPlace'], () =>
      read('“Saya sudah antre tiga jam,” kata seorang warga asal Cibening.'),
    );
    expect(off.names).toEqual(['Cibening']);
  });
});

describe('a run after a preposition and a locative noun in an unnamed subject is a place', () => {
  // Rows with a relative clause are switched off with names.relativeClauseRun too, which reads a
  // run inside an unnamed subject's clause as no subject whatever it names; a row opened by an
  // indefinite word with names.unnamedDescriptionRun, which reads any run past a preposition so.
  test.each([
    [
      'Seorang pedagang lain yang ditemui di tepi Sungai Cimanuk mengatakan harga cabai naik tajam sejak pekan lalu.',
      ['names.placeNounsBeforePlace', 'names.relativeClauseRun'],
    ],
    [
      'Warga yang tinggal di bantaran Kali Cibening mengatakan air naik tajam sejak pekan lalu.',
      ['names.placeNounsBeforePlace', 'names.relativeClauseRun'],
    ],
    [
      'Seorang petugas di pos jaga Gerbang Tol Cibening mengatakan antrean mengular sejak pagi tadi.',
      ['names.placeNounsBeforePlace', 'names.unnamedDescriptionRun'],
    ],
  ] as [string, FeatureName[]][])('nobody is named: %s', (paragraph, switches) => {
    expect(read(paragraph)).toEqual({ said: [''], names: [] });
    const off = withFeaturesOff(switches, () => read(paragraph));
    expect(off.names).not.toEqual([]);
  });

  test('a name after the place is still the speaker', () => {
    const paragraph =
      'Petugas di pos jaga Gerbang Tol Cibening, Rina Kartika, mengatakan antrean mengular sejak pagi tadi.';
    expect(read(paragraph).names).toEqual(['Rina Kartika']);
  });
});

// names.regionAfterAdjunct
describe('a region set off after the place an unnamed person is from is no speaker', () => {
  const official =
    'Juru bicara Kementerian Pertanian, Jonaedi Purba, mengatakan kuota pupuk naik. “Kami ingin semua petani dapat,” ujar Jonaedi.';
  test.each([
    'Seorang petani asal Pulang Pisau, Kalimantan Tengah, yang enggan disebut namanya, mengatakan pupuk datang terlambat.',
    'Seorang pedagang dari Ende, Nusa Tenggara Timur, yang tidak mau namanya ditulis, mengatakan harga beras naik.',
  ])('%s', line => {
    const { quotes, speakers } = analyzeBody(official, line);
    expect(quotes.at(-1)!.speakers).toEqual([]);
    expect(speakers.map(s => s.name)).toEqual(['Jonaedi Purba']);
    const off = withFeaturesOff(['names.regionAfterAdjunct'], () => analyzeBody(official, line));
    expect(off.quotes.at(-1)?.speakers ?? []).not.toEqual([]);
  });

  test('a name set off after the place is still the speaker', () => {
    const line =
      'Seorang petani asal Pulang Pisau, Sukamto Dalimunthe, mengatakan pupuk datang terlambat.';
    expect(analyzeBody(line).quotes.at(-1)!.speakers).toEqual(['Sukamto Dalimunthe']);
  });
});

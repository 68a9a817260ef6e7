import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

// The nickname `Eli` is cut from `Eliezer`, which alone gives it to him (cast.nicknameCutFromName):
// off with it, the nickname goes to the person named last, which the place would be; and the
// nickname, a paragraph after a person who is no subject, would go to the subject before it
// (cast.nicknameOfSubject).
const OFF = ['names.originRunPlace', 'cast.nicknameCutFromName', 'cast.nicknameOfSubject'] as const;

describe('the whole run after an origin word is a place the article writes', () => {
  test.each([
    ['Penyerang asal Intan Jaya, Papua Tengah, itu mempersembahkan golnya untuk ibunya.'],
    ['Bek asal Mamberamo Raya itu mencetak gol pertamanya musim ini.'],
  ])('%s', between => {
    const lines = [
      `Pencetak gol kedua, Eliezer Yelipele, mengaku lega. ${between}`,
      '“Ibu selalu menelepon sebelum laga,” ujar pemain yang akrab disapa Eli itu.',
    ];
    const names = (l: string[]) => analyzeBody(...l).speakers.map(s => s.name);
    expect(names(lines)).toEqual(['Eliezer Yelipele']);
    expect(withFeaturesOff([...OFF], () => names(lines))).not.toEqual(['Eliezer Yelipele']);
  });

  test('a run glued to a name after the place is not taken whole', () => {
    const { speakers } = analyzeBody(
      'Politikus asal Intan Jaya Markus Dumatubun menilai anggaran desa belum cukup untuk membangun jalan.',
    );
    expect(speakers.map(s => s.name)).toEqual(['Markus Dumatubun']);
  });
});

describe('the conjunction `asal` (as long as) names no place', () => {
  test('a person after it stays a person', () => {
    const { quotes } = analyzeBody(
      'Izin bangunan bisa terbit asal Hendro Kusumo memberi persetujuan tertulis.',
      'Hendro Kusumo adalah ketua RT setempat. “Saya akan segera tanda tangan,” katanya.',
    );
    expect(quotes.at(-1)!.speakers).toEqual(['Hendro Kusumo']);
  });
});

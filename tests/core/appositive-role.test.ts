import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one invented paragraph. */
const speakersOf = (paragraph: string) =>
  analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('a role set off by commas after a name is that person’s, so a bare title finds them', () => {
  test.each([
    // A person introduced with an appositive role, then a player in between, then the title.
    [
      'Yudi Pratama mencetak dua gol. Agus Wiratmaja, pelatih tim itu, memuji penampilannya. “Dia bermain luar biasa,” ujar sang pelatih.',
      ['Agus Wiratmaja'],
    ],
    // English, `the` before the head, and a bare title that must not fall to the scorer.
    [
      'Striker Tom Baxter scored twice. Mark Ellison, the team’s coach, praised him. “He was brilliant,” the coach said.',
      ['Mark Ellison'],
    ],
    // The person as the agent of a passive verb, the title two words long.
    [
      'Rapat dipimpin Wulan Sari, kepala dinas pendidikan kota itu, pada Senin. “Semua sekolah siap,” kata kepala dinas.',
      ['Wulan Sari'],
    ],
    // A relative clause between commas is no role: nobody holds the title.
    [
      'Yudi Pratama, yang mencetak dua gol, dipuji banyak orang. “Dia bermain luar biasa,” ujar sang pelatih.',
      [''],
    ],
    // A title nobody was given stays unnamed, whoever holds another.
    [
      'Yudi Pratama mencetak dua gol. Agus Wiratmaja, pelatih tim itu, memuji penampilannya. “Dia bermain luar biasa,” ujar sang kapten.',
      [''],
    ],
  ])('%s', (paragraph, speakers) => {
    expect(speakersOf(paragraph)).toEqual(speakers);
  });

  test('without the feature the coach introduced by apposition is not found', () => {
    const off = withFeaturesOff(['cast.appositiveRole'], () =>
      speakersOf(
        'Yudi Pratama mencetak dua gol. Agus Wiratmaja, pelatih tim itu, memuji penampilannya. “Dia bermain luar biasa,” ujar sang pelatih.',
      ),
    );
    expect(off).toEqual(['']);
  });
});

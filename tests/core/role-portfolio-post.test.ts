import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('an office keeps its portfolio word and the place it is posted to', () => {
  test.each<[FeatureName, string, string]>([
    [
      'names.model.portfolioWord',
      'Wakil Menteri Dalam Negeri Bambang Wiratmo mengatakan aturan itu segera terbit.',
      'Bambang Wiratmo (Wakil Menteri Dalam Negeri)',
    ],
    [
      'names.model.portfolioWord',
      '“Draf sudah siap,” kata Sekretaris Jenderal Kementerian Dalam Negeri Sutrisno Adi.',
      'Sutrisno Adi (Sekretaris Jenderal Kementerian Dalam Negeri)',
    ],
    [
      'names.model.postedTo',
      'Duta Besar RI untuk Mesir Ahmad Fauzi Lubis mengatakan seluruh WNI dalam keadaan aman.',
      'Ahmad Fauzi Lubis (Duta Besar RI untuk Mesir)',
    ],
  ])('%s: %s', (feature, line, speaker) => {
    expect(speakersOf(line)).toEqual([speaker]);
    expect(withFeaturesOff([feature], () => speakersOf(line))).not.toEqual([speaker]);
  });

  test.each([
    // A lone role word that is also a given name, then where he spoke: no post.
    [
      'Kepala Dinas Perikanan Imam Wicaksono mengakui solar terlambat. “Kapal sudah bersandar,” ujar Imam di Ambon, Kamis.',
      'Imam Wicaksono (Kepala Dinas Perikanan)',
    ],
    // `Dalam` opening a clause after a name is no portfolio word.
    [
      'Menteri Sosial Rina Kartika mengatakan Dalam pekan ini bantuan cair.',
      'Rina Kartika (Menteri Sosial)',
    ],
  ])('%s', (line, speaker) => expect(new Set(speakersOf(line))).toEqual(new Set([speaker])));
});

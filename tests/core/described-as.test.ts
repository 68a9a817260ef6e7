import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const VICTIM =
  'Warsini Handayani (39), ibu tiga anak asal Desa Ngemplak, kehilangan rumahnya. "Tak ada yang tersisa," kata Warsini.';
const OFFICIAL =
  'Camat Ngemplak, Budi Raharjo, mengatakan bantuan segera datang. "Kami kirim beras besok," kata Budi.';

describe('a description pointing back means the person introduced in its words', () => {
  test.each([
    [
      VICTIM,
      OFFICIAL,
      '"Saya cuma ingin rumah lagi," ujar ibu tiga anak itu.',
      'Warsini Handayani',
    ],
    [
      'Bambang Susilo, pensiunan guru di Desa Karangrejo, ikut mengungsi. "Air datang tengah malam," katanya.',
      OFFICIAL,
      '"Sekolah kami juga terendam," kata pensiunan guru tersebut.',
      'Bambang Susilo',
    ],
    [
      'Bambang Susilo adalah pensiunan guru yang kini bertani jagung. "Air datang tengah malam," katanya.',
      OFFICIAL,
      '"Sekolah kami juga terendam," ujar pensiunan guru itu.',
      'Bambang Susilo',
    ],
  ])('%s … %s', (first, second, quote, who) => {
    expect(lastSpeakers(first, second, quote)).toEqual([who]);
  });

  test('words the introduction did not use tie the description to nobody there', () => {
    expect(
      lastSpeakers(VICTIM, OFFICIAL, '"Saya cuma ingin rumah lagi," ujar ibu lima anak itu.'),
    ).not.toEqual(['Warsini Handayani']);
  });

  test('switched off, the description goes to the last speaker', () => {
    const lines = [VICTIM, OFFICIAL, '"Saya cuma ingin rumah lagi," ujar ibu tiga anak itu.'];
    // The standing read as her role (cast.standingAppositive) finds her by its head too.
    const off = ['discourse.describedAs', 'cast.standingAppositive'] as const;
    expect(withFeaturesOff(off, () => lastSpeakers(...lines))).not.toEqual(['Warsini Handayani']);
  });
});

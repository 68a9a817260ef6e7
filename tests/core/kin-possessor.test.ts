import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople, lastSpeakers } from './summarize';

// names.kinPossessor: a capitalised kin noun before a name, closed by a demonstrative or set off
// before another name, describes the kin of the person named; the name is a possessor.

/** Sentences whose kin noun no cast person's name may open. */
const KIN_ROWS: readonly string[] = [
  'Hendra Wijaya menjemput tamu. Istri Hendra itu mengelola warung di depan rumah.',
  'Ayah Rudi Hartono tersebut bekerja sebagai nelayan.',
  'Istri Karyono, Sulastri (38), mengatakan kiosnya ikut terbakar.',
  'Putra Sulaiman, Andi Baso, datang dari Makassar untuk menjemput.',
];

// Honorifics, a list of names, a role set off, and a Balinese noble keep their reading.
const KEPT_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ['Ibu Sumarni, Ketua RT, mengatakan warga sudah mengungsi.', ['Sumarni']],
  [
    'Putri Ayu, Siti Rahma, dan Dewi Lestari hadir di balai desa.',
    ['Putri Ayu', 'Siti Rahma', 'Dewi Lestari'],
  ],
  [
    'Anak Agung Gede Wiranata, pemilik sanggar, mengatakan latihan dimulai pekan depan.',
    ['Anak Agung Gede Wiranata'],
  ],
];

// The `-nya` after a kin described through a speaker means the kin, not the speaker named inside
// (a guard: here the rest of the model already prefers the kin; the rows above need the rule).
const INTRO = [
  'Tim pencari berhasil menemukan Galih Prasetyo di hutan pinus. “Saya tersesat dua hari,” kata Galih.',
  'Komandan regu, Iwan Setiawan, menyebut Galih bertahan dengan minum air sungai. “Fisiknya kuat,” ujar Iwan.',
  'Di posko, Warsini Lestari menunggu sejak Jumat. Ibu Galih itu sehari-hari menjahit di rumah.',
  '“Saya tidak tidur dua malam,” ujarnya.',
] as const;

describe('a kin noun before a name makes the name its possessor (names.kinPossessor)', () => {
  const kinOpened = (people: string[]) => people.filter(p => /^(Istri|Ayah|Putra) /.test(p));
  test.each(KIN_ROWS)('%s', sentence => {
    expect(kinOpened(castPeople(sentence))).toEqual([]);
    const off = withFeaturesOff(['names.kinPossessor'], () => castPeople(sentence));
    expect(kinOpened(off)).not.toEqual([]);
  });
  test.each(KEPT_ROWS)('kept: %s', (sentence, people) => {
    expect(castPeople(sentence)).toEqual(people);
  });
  test('the kin speaks, not the person named inside', () => {
    expect(lastSpeakers(...INTRO)).toEqual(['Warsini Lestari']);
  });
});

// cast.kinOwnerIntroduces: a lone name set off after a kin phrase owned by a named person is a
// person of the cast (the father, the wife), whom a following `Ia` can mean.
describe('a relative of a named person is introduced (cast.kinOwnerIntroduces)', () => {
  const text =
    'Juara lomba azan tingkat kabupaten adalah Galang Ramadhan. Ayah Galang, Warsidi, menonton dari barisan depan.';
  test('the father is in the cast', () => {
    expect(castPeople(text)).toContain('Warsidi');
    expect(withFeaturesOff(['cast.kinOwnerIntroduces'], () => castPeople(text))).not.toContain(
      'Warsidi',
    );
  });
});

// names.kinPossessorLate: a word saying the person is dead may open the apposition after the pair.
describe('a late marker after the pair keeps the kin reading (names.kinPossessorLate)', () => {
  const kinOpened = (people: string[]) => people.filter(p => /^(Istri|Ayah) /.test(p));
  test.each([
    'Ayah Sukamto Wiryo, almarhum Kusnandar Jaya, adalah kepala desa sebelumnya.',
    'Istri Bramantyo, almarhumah Wartinah Sekarwangi, dulu melatih tari di sanggar desa.',
    'Ayah Made Jonaedi, mendiang I Wayan Surtaman, dikenal tegas membagi air.',
    'Ayah Made Jonaedi, alm. I Wayan Surtaman, dikenal tegas membagi air.',
  ])('%s', sentence => {
    expect(kinOpened(castPeople(sentence))).toEqual([]);
    const off = withFeaturesOff(['names.kinPossessorLate'], () => castPeople(sentence));
    expect(kinOpened(off)).not.toEqual([]);
  });
  test('without a late marker the Balinese article still opens the name after the pair', () => {
    const people = castPeople('Ayah Made Jonaedi, I Wayan Surtaman, dikenal tegas membagi air.');
    expect(people.filter(p => p.startsWith('Ayah '))).toEqual([]);
  });
  test('the speaker, not the kin pair, keeps the next -nya', () => {
    expect(
      lastSpeakers(
        'Kepala desa Sukamto (63) mengatakan air turun.',
        'Ayah Sukamto, almarhum Kusnandar, adalah kepala desa sebelumnya.',
        '“Bapak dulu tegas membagi air,” tuturnya.',
      ),
    ).toEqual(['Sukamto']);
    const off = withFeaturesOff(['names.kinPossessorLate'], () =>
      lastSpeakers(
        'Kepala desa Sukamto (63) mengatakan air turun.',
        'Ayah Sukamto, almarhum Kusnandar, adalah kepala desa sebelumnya.',
        '“Bapak dulu tegas membagi air,” tuturnya.',
      ),
    );
    expect(off).not.toEqual(['Sukamto']);
  });
});

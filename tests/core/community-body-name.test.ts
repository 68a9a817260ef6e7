import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

// names.communityBodyName: a run opened by a community body's head, with no office, given name or
// word the article uses alone for a speaker after it, names the body; its wish words (`Sumber
// Rejeki`, `Tunas Jaya`) are no person.
const BODIES: readonly string[] = [
  'Kelompok Tani Sido Makmur Sumber Rejeki kini punya 40 anggota.',
  'Koperasi Petani Kopi Lubai Tunas Jaya menjual 20 ton kopi tahun lalu.',
  'Sanggar Tari Lubai Sekar Arum tampil di alun-alun pekan lalu.',
  'Komunitas Peduli Sungai Lubai Tirta Lestari membersihkan kali setiap Minggu.',
];

// Guards: an office before the name (the run then opens with it, so the reading is never asked), a
// given name after the body, or a tail the article writes as a run of its own keeps the person.
const KEPT: readonly (readonly [string, readonly string[]])[] = [
  [
    'Ketua Kelompok Tani Sido Makmur Kusnandar Tumangger mengatakan panen naik.',
    ['Kusnandar Tumangger'],
  ],
  ['Kelompok Tani Sido Makmur Budi Santoso mengatakan panen naik.', ['Budi Santoso']],
  [
    'Kelompok Tani Sido Makmur Darmaji Kusuma menyebut panen gagal. “Hujan terus,” ujar Darmaji Kusuma.',
    ['Darmaji Kusuma'],
  ],
];

describe('a community body names itself (names.communityBodyName)', () => {
  test.each(BODIES)('%s', sentence => {
    expect(castPeople(sentence)).toEqual([]);
    expect(withFeaturesOff(['names.communityBodyName'], () => castPeople(sentence))).not.toEqual(
      [],
    );
  });
  test.each(KEPT)('kept: %s', (sentence, people) => {
    expect(castPeople(sentence).filter(p => people.some(q => p.endsWith(q)))).toEqual(people);
  });
});

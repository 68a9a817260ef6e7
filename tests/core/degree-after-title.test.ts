import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

/**
 * After a name opened by a degree holder's title (`Dr.`, `Dra.`, `dr.`, `Prof.`), a word of a
 * degree's shape set off by commas is a degree even when no other degree comes before it
 * (names.degreeShapeAfterTitle); without the title the same shape may be an initial's given name.
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Psikolog dari Universitas Ende, Dr. Kusmawati Dalimunthe, M.Psi, menilai anak-anak korban banjir membutuhkan pendampingan.',
    'Kusmawati Dalimunthe',
  ],
  [
    'Dosen Universitas Borong, Dra. Sukarmini, M.Psi, menuturkan penyintas gempa butuh waktu untuk pulih.',
    'Sukarmini',
  ],
  [
    'Pengajar pariwisata, Prof. Bramantyo Sukamto, M.Par, mengatakan desa wisata perlu pemandu lokal.',
    'Bramantyo Sukamto',
  ],
];

/** No title before the name: the shape is read as a name, as before. */
const GUARDS: readonly (readonly [paragraph: string, name: string])[] = [
  ['Kepala Dinas Sosial Kabupaten Ende, M.Ali, mengatakan bantuan sudah disalurkan.', 'M.Ali'],
  // A title after an institution's head is the institution's namesake, not the name's opener.
  ['Perawat RSUP Dr. Sukamto, M.Ali, mengatakan pasien demam berdarah terus bertambah.', 'M.Ali'],
  // A Puskesmas is headed by a doctor, not named after one: the title opens the head's name.
  [
    'Kepala Puskesmas dr. Sekarwangi Purba, M.Gizi, mengatakan stok vaksin cukup.',
    'Sekarwangi Purba',
  ],
];

describe('a degree after a titled name', () => {
  test.each(ROWS)('%s', (paragraph, name) => expect(speakerRoles(paragraph)[0]?.[0]).toBe(name));
  test.each(GUARDS)('guard: %s', (paragraph, name) =>
    expect(speakerRoles(paragraph)[0]?.[0]).toBe(name),
  );

  // `M.Psi` is a listed degree (lexicon/honorifics.ts): only the unlisted shape needs the title.
  test('switched off, the degree is read as the speaker', () => {
    const [paragraph, name] = ROWS[2]!;
    const off = withFeaturesOff(['names.degreeShapeAfterTitle'], () => speakerRoles(paragraph));
    expect(off.map(([n]) => n)).not.toContain(name);
  });
});

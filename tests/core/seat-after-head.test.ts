import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, then the quote's mention, for one invented paragraph. */
const read = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.speakers, q.mention] as const);

describe('a jurisdiction head followed only by its seat names nobody', () => {
  test.each([
    // Two gazetteer place words after a police sector chief: the sector, not a person.
    'Kapolsek Tanjung Karang mengatakan pelaku sudah diamankan di markas kepolisian.',
    // One place word after a district head or a police chief.
    'Camat Sukajadi menyebutkan, bantuan sudah disalurkan ke warga.',
    'Kapolres Bantaeng mengatakan, penyelidikan masih berlangsung.',
    // After a cue too.
    '“Pelaku sudah kami amankan,” kata Kapolsek Tanjung Karang.',
  ])('%s', line => expect(read(line)).toEqual([[[], expect.stringMatching(/^Ka|^Ca/u)]]));
});

describe('a person named after the seat is still named', () => {
  test.each([
    ['Kapolsek Tanjung Karang, Budi Santoso, mengatakan pelaku sudah ditangkap.', 'Budi Santoso'],
    ['Kapolsek Tanjung Budi Santoso mengatakan pelaku sudah ditangkap.', 'Budi Santoso'],
    // A district that is also a given name, with a name word after it, stays a name.
    ['Bupati Bantul Sakti Wibowo mengatakan jalan itu akan diperbaiki.', 'Sakti Wibowo'],
    // A head that may stand right before a name (`Pelatih`) takes no seat.
    ['Pelatih Yudistira mengatakan timnya siap bertanding.', 'Yudistira'],
  ])('%s', (line, name) => expect(read(line)[0]![0]).toEqual([name]));

  test('the seated title later means the person it introduced', () =>
    expect(
      read(
        'Kapolsek Tanjung Karang, Budi Santoso, mengatakan pelaku sudah ditangkap.',
        'Kapolsek Tanjung Karang menambahkan, dua saksi sudah diperiksa.',
      ).map(([speakers]) => speakers),
    ).toEqual([['Budi Santoso'], ['Budi Santoso']]));
});

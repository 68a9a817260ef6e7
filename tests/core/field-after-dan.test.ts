import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of each quote of invented paragraphs, joined by ` + `. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a body named by fields joined by `dan` speaks as one (cast.fieldAfterDan)', () => {
  test.each([
    ['Dinas Seni dan Budaya menyatakan stadion ditutup sementara.', 'Dinas Seni dan Budaya'],
    ['Lapangan kota ditutup sementara, kata Dinas Seni dan Budaya.', 'Dinas Seni dan Budaya'],
    ['Menurut Dinas Seni dan Budaya, stadion ditutup sementara.', 'Dinas Seni dan Budaya'],
    [
      'Balai Benih dan Pupuk menyebut stok bibit padi cukup sampai musim tanam.',
      'Balai Benih dan Pupuk',
    ],
  ])('%s → %s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
    const off = withFeaturesOff(['cast.fieldAfterDan'], () => speakers(text));
    expect(off[0]).toContain(' + ');
  });

  test.each([
    // A given name after `dan` is a second speaker.
    ['Balai Ternak dan Rina menyatakan stok beras cukup.', 'Balai Ternak + Rina'],
    // Not a body named by its field: the pair stays.
    ['Polisi dan Budi menyatakan jalan ditutup.', 'Budi'],
    // A body named by its seat, not its fields: a word after `dan` is a person beside it.
    [
      'Menurut Polres Lembah dan Sukiman, kejadian itu berlangsung malam hari.',
      'Polres Lembah + Sukiman',
    ],
  ])('%s → %s', (text, said) => expect(speakers(text)).toEqual([said]));
});

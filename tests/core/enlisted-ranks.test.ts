import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';

/**
 * The non-commissioned and enlisted ranks of the TNI and Polri (`Serda`, `Praka`, `Bripda`,
 * `Brigpol`) are ranks like `AKBP` (lexicon/roles.ts RANKS): kept in the role, out of the name.
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Babinsa Desa Lubai, Serda Kusnandar, mengatakan warga sudah diungsikan sejak pagi.',
    'Kusnandar',
  ],
  [
    'Bhabinkamtibmas Desa Borong, Bripda Jonaedi Tumangger, mengatakan jalan desa ditutup sementara.',
    'Jonaedi Tumangger',
  ],
  [
    'Praka Surtaman Dalimunthe mengatakan ia sudah bertugas di pos itu selama tiga tahun.',
    'Surtaman Dalimunthe',
  ],
  ['Kanit Lantas Polsek Lubai Brigpol Sukamto mengatakan arus kendaraan dialihkan.', 'Sukamto'],
  ['Pelda Bramantyo mengatakan dapur umum melayani seribu pengungsi setiap hari.', 'Bramantyo'],
];

describe('enlisted ranks stay out of the name', () => {
  test.each(ROWS)('%s', (paragraph, name) => {
    const [[read, role]] = speakerRoles(paragraph) as [[string, string | null]];
    expect(read).toBe(name);
    expect(role).not.toBeNull();
  });
});

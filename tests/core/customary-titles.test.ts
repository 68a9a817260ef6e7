import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';

describe('eastern Indonesian forms of address and customary offices are not name words', () => {
  test.each([
    // `Mama` addresses a grown woman as `Ibu` does; it is dropped like any honorific.
    [
      [`“Harga ikan naik,” kata Mama Yuliana Rumbewas, pedagang di pasar itu.`],
      [['Yuliana Rumbewas', null]],
    ],
    [['“Kami susah sekarang,” kata Mama Yuliana.'], [['Yuliana', null]]],
    // Regional forms of address: an elder, a grown woman, an older man, a Sasak religious teacher.
    [['“Sawah kami kering,” kata Mbah Karto Wiyono.'], [['Karto Wiyono', null]]],
    [['“Dagangan sepi,” ujar Mbok Parmi, penjual jamu.'], [['Parmi', null]]],
    [['“Jalan ini rusak,” kata Bang Udin Saputra.'], [['Udin Saputra', null]]],
    [['“Mari kita jaga,” kata Cak Mahmud Effendi.'], [['Mahmud Effendi', null]]],
    [['“Kita doakan bersama,” kata TGH Muhammad Zaini.'], [['Muhammad Zaini', null]]],
    // A customary chief's office opens the role, and alone it is his title.
    [
      [
        'Ondoafi Markus Yoku menegaskan warga menolak rencana itu.',
        'Ondoafi Markus menyatakan warga akan datang lagi.',
      ],
      [['Markus Yoku', 'Ondoafi']],
    ],
    [
      ['“Bahasa kami harus diajarkan,” kata Mananwir Paulus Rumere.'],
      [['Paulus Rumere', 'Mananwir']],
    ],
  ])('%j', (paragraphs, speakers) => expect(speakerRoles(...paragraphs)).toEqual(speakers));
});

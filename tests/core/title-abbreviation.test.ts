import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

describe('an abbreviated title means the person introduced with its spelled-out form', () => {
  test.each([
    ['Kepala Kepolisian Daerah Provinsi Jawa Tengah Brigadir Jenderal', 'Kapolda'],
    ['Kepala Kepolisian Daerah Provinsi Jawa Tengah Brigadir Jenderal', 'Kapolda Jawa Tengah'],
    ['Kapolda Jawa Tengah Brigjen', 'Kepala Kepolisian Daerah Provinsi Jawa Tengah'],
    ['Kepala Kepolisian Negara Republik Indonesia Jenderal', 'Kapolri'],
    ['Kepala Kepolisian Resor Sleman Komisaris Besar', 'Kapolres'],
    ['Menteri Luar Negeri', 'Menlu'],
    ['Menteri Keuangan', 'Menkeu'],
    ['Menag', 'Menteri Agama'],
    ['Juru Bicara Kementerian Kesehatan', 'Jubir'],
    ['Sekretaris Jenderal Partai Harapan,', 'Sekjen'],
    ['Ketua Umum Partai Harapan,', 'Ketum'],
    ['Wakil Presiden', 'Wapres'],
    ['Panglima Komando Daerah Militer Diponegoro Mayor Jenderal', 'Pangdam'],
    ['Kepala Dinas Kesehatan Jawa Tengah', 'Kadis'],
    ['Inspektur Jenderal', 'Irjen'],
    ['Sekretaris Daerah Kabupaten Lembah,', 'Sekda'],
    ['Duta Besar RI untuk Ghana,', 'Dubes'],
  ])('%s … then kata %s → that person', (role, later) => {
    const got = speakersOf(
      `“Kami terus bekerja,” kata ${role} Budi Santoso.`,
      `${later} mengatakan hasilnya segera diumumkan.`,
      `“Kami siap,” kata ${later}.`,
    );
    expect(got).toEqual([['Budi Santoso'], ['Budi Santoso'], ['Budi Santoso']]);
  });

  test.each([
    ['Kepala Kepolisian Negara Republik Indonesia Jenderal', 'Kapolda'],
    ['Menteri Luar Negeri', 'Menkeu'],
    ['Direktur Utama PT Sinar Abadi,', 'Sekjen'],
  ])('%s … then kata %s → not that person', (role, later) => {
    const got = speakersOf(
      `“Kami terus bekerja,” kata ${role} Budi Santoso.`,
      `“Kami siap,” kata ${later}.`,
    );
    expect(got[1]).not.toEqual(['Budi Santoso']);
  });

  test('a trial prosecutor written `JPU` is `jaksa` at a later cue', () => {
    const got = speakersOf(
      'Seusai sidang, JPU Budi Santoso mengatakan pihaknya masih pikir-pikir atas putusan itu.',
      '“Kami laporkan dulu ke pimpinan,” ujar jaksa.',
    );
    expect(got).toEqual([['Budi Santoso'], ['Budi Santoso']]);
  });
});

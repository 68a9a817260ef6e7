import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The first speaker's name in invented paragraphs. */
const nameOf = (...paragraphs: string[]) => analyzeBody(...paragraphs).speakers[0]?.name;

const LATER = '“Kami terus berjaga,” ujar Bima.';

describe('a run with nothing before its name keeps an unknown first word', () => {
  test.each([
    ['Yohanes Bima Saputro mengatakan air sumur kering.', 'Yohanes Bima Saputro'],
    ['Fransiskus Bima Saputro mengatakan air sumur kering.', 'Fransiskus Bima Saputro'],
    [
      'Kepala Divisi Advokasi LSM Hijau Cibening, Yohanes Bima Saputro, mengatakan air sumur kering.',
      'Yohanes Bima Saputro',
    ],
    [
      '“Air sumur kering,” kata Kepala Divisi Advokasi LSM Hijau Cibening, Yohanes Bima Saputro, kepada wartawan.',
      'Yohanes Bima Saputro',
    ],
  ])('%s', (line, name) => {
    expect(nameOf(line, LATER)).toBe(name);
  });

  test('a role word before the run still places the name by the short mention', () => {
    const line = 'Wakil Ketua Terpilih Yohanes Bima Saputro mengatakan air sumur kering.';
    expect(nameOf(line, LATER)).not.toContain('Terpilih');
  });

  test('a known given name keeps its place as before', () => {
    expect(nameOf('Budi Bima Saputro mengatakan air sumur kering.', LATER)).toBe(
      'Budi Bima Saputro',
    );
  });

  test('switched off, the short mention cuts the first word', () => {
    const off = withFeaturesOff(['names.model.unheadedRunKeepsFirst'], () =>
      nameOf('Yohanes Bima Saputro mengatakan air sumur kering.', LATER),
    );
    expect(off).toBe('Bima Saputro');
  });
});

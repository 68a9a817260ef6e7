import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each quote's speakers and each speaker's kind, for an invented paragraph. */
const read = (...paragraphs: string[]) => {
  const r = analyzeBody(...paragraphs);
  return {
    quotes: r.quotes.map(q => q.speakers),
    kinds: Object.fromEntries(r.speakers.map(s => [s.name, s.kind])),
  };
};

/**
 * An institution written as a word, alone or with its seat, opening a reporting clause is the
 * organisation speaking as such.
 */
const ALONE: readonly (readonly [line: string, org: string])[] = [
  ['Bulog memastikan cadangan beras di gudangnya cukup sampai Lebaran.', 'Bulog'],
  [
    'Bawaslu Jateng menilai pelanggaran kampanye di media sosial terus bertambah.',
    'Bawaslu Jateng',
  ],
  ['Kemenhub dalam siaran persnya menyatakan jadwal kapal kembali normal pekan depan.', 'Kemenhub'],
  ['Pertamina memastikan pasokan elpiji di wilayah banjir tidak terganggu.', 'Pertamina'],
];

describe('an institution written as a word speaks as an organisation', () => {
  test.each(ALONE)('%s', (line, org) => {
    expect(read(line)).toEqual({ quotes: [[org]], kinds: { [org]: 'organization' } });
  });
  // With its seat after it the run was already read as an office of that seat (seated-office.ts).
  const lone = ALONE.filter(([, org]) => !org.includes(' '));
  test.each(lone)('without the feature nobody speaks: %s', line =>
    withFeaturesOff(['names.model.institutionSpeaks'], () =>
      expect(read(line).quotes).toEqual([[]]),
    ),
  );
});

describe('the short form joins the organisation spelled out before it', () => {
  test('a ministry introduced with its short form, then speaking by it', () =>
    expect(
      read(
        'Kementerian Perindustrian (Kemenperin) menyiapkan insentif bagi industri mebel.',
        'Kemenperin dalam keterangan tertulisnya menyatakan insentif itu berlaku mulai Juli.',
      ).quotes,
    ).toEqual([['Kementerian Perindustrian']]));
});

describe('before a name the institution stays in the role', () => {
  test('Kepala Bulog Sumut X', () =>
    expect(
      analyzeBody(
        'Kepala Bulog Sumut Bagus Hartawan menyatakan pihaknya siap menyerap gabah petani.',
      ).speakers,
    ).toEqual([
      { name: 'Bagus Hartawan', role: 'Kepala Bulog Sumut', kind: 'person', aliases: [] },
    ]));
});

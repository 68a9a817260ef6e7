import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

describe('court, police and local offices before a name are the role, whole', () => {
  test.each([
    ['Jaksa penuntut umum Rudi Hartono mengatakan saksi sudah siap.', 'Jaksa penuntut umum'],
    [
      'Panitera pengganti Rudi Hartono mengatakan berkas perkara sudah lengkap.',
      'Panitera pengganti',
    ],
    [
      'Penyidik senior KPK Rudi Hartono mengatakan tersangka kooperatif selama diperiksa.',
      'Penyidik senior KPK',
    ],
    [
      'Kepala Dinas Pekerjaan Umum dan Penataan Ruang Rudi Hartono mengatakan jalan itu rusak sejak Januari.',
      'Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
    ],
    [
      'Petugas pemadam kebakaran Rudi Hartono mengatakan api sudah padam pada sore hari.',
      'Petugas pemadam kebakaran',
    ],
    ['Staf Ahli Bupati Rudi Hartono mengatakan program itu berjalan lancar.', 'Staf Ahli Bupati'],
    [
      'Staf khusus menteri Rudi Hartono mengatakan rapat digelar pekan depan.',
      'Staf khusus menteri',
    ],
  ])('%s', (paragraph, role) => {
    expect(speakerRoles(paragraph)).toEqual([['Rudi Hartono', role]]);
  });

  test('an employee noun with no office word still makes the speaker an unnamed employee', () => {
    expect(
      speakerRoles(
        'Pegawai Bank Sentosa Rudi Hartono mengatakan layanan kembali normal pekan ini.',
      ),
    ).toEqual([]);
  });

  test('switched off, `staf ahli` was an unnamed employee', () => {
    const paragraph = 'Staf Ahli Bupati Rudi Hartono mengatakan program itu berjalan lancar.';
    expect(withFeaturesOff(['names.expertStaffOffice'], () => speakerRoles(paragraph))).toEqual([]);
  });
});

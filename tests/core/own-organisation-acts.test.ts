import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Koperasi Kabupaten Tegalsari, Wahyu Prasetyo, mengatakan dana bergulir sudah cair. “Semua syarat sudah lengkap,” katanya.';

describe('the organisation a speaker holds a role in, acting after them, is no one new before `-nya`', () => {
  test.each([
    [
      'Di sisi lain, komisioner Ombudsman RI, Lasmini Hadiwijaya, mengatakan lembaganya menerima 30 aduan warga. Dalam laporan tahunannya, Ombudsman RI menilai pemerintah daerah lamban menindaklanjuti aduan.',
      '“Kami minta daftar itu diumumkan terbuka,” ujarnya.',
      'Lasmini Hadiwijaya',
    ],
    [
      'Ketua Yayasan Lentera Pesisir, Darius Manuhutu, menyebut sekolah darurat dibuka Senin. Yayasan Lentera Pesisir menegaskan seluruh guru relawan sudah dilatih.',
      '“Anak-anak tidak boleh libur terlalu lama,” tuturnya.',
      'Darius Manuhutu',
    ],
  ])('%s', (second, third, speaker) => {
    expect(lastSpeakers(OFFICIAL, second, third)).toEqual([speaker]);
    const off = withFeaturesOff(['discourse.ownOrganisationActs'], () =>
      lastSpeakers(OFFICIAL, second, third),
    );
    expect(off).not.toEqual([speaker]);
  });
});

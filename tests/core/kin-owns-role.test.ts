import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, roleCreditedTo } from './summarize';

/** The role of the speaker whose name holds `word`, read from an invented paragraph. */
const roleOf = (word: string, intro: string) =>
  roleCreditedTo(word, intro, 'Kami ingin kasus ini diusut tuntas');

/** A kin noun before an office: the office is the kin's owner's. [intro, word, role]. */
const OWNED: readonly (readonly [intro: string, word: string, role: string])[] = [
  [
    'Istri almarhum Kepala Desa Sukamulya, Rina Sulastri, berharap polisi segera menangkap pelaku.',
    'Rina',
    'Istri almarhum Kepala Desa Sukamulya',
  ],
  [
    'Anak mantan Bupati Cempaka, Rina Sulastri, berharap polisi segera menangkap pelaku.',
    'Rina',
    'Anak mantan Bupati Cempaka',
  ],
  [
    'Adik mendiang Ketua RT 05 Cempaka, Rina Sulastri, berharap polisi segera menangkap pelaku.',
    'Rina',
    'Adik mendiang Ketua RT 05 Cempaka',
  ],
  [
    'Istri mantan Direktur Utama PT Sinar Jaya Abadi, Rina Sulastri, berharap polisi segera menangkap pelaku.',
    'Rina',
    'Istri mantan Direktur Utama PT Sinar Jaya Abadi',
  ],
];

/** The office is the person's own: no kin noun, or a form of address. [intro, word, role]. */
const OWN: readonly (readonly [intro: string, word: string, role: string])[] = [
  [
    'Kepala Desa Sukamulya, Rina Sulastri, berharap polisi segera menangkap pelaku.',
    'Rina',
    'Kepala Desa Sukamulya',
  ],
  [
    'Bapak Bupati Cempaka, Rudi Hartawiryo, berharap polisi segera menangkap pelaku.',
    'Rudi',
    'Bupati Cempaka',
  ],
];

describe('a kin noun before an office makes the office the other person’s', () => {
  test.each(OWNED)('%s', (intro, word, role) => expect(roleOf(word, intro)).toBe(role));
  test('switched off, each was given the office itself', () => {
    for (const [intro, word, role] of OWNED) {
      const off = withFeaturesOff(['cast.kinOwnsRoleRun'], () => roleOf(word, intro));
      expect(off).not.toBe(role);
    }
  });
});

describe('an office with no kin noun before it, or a form of address, is the person’s own', () => {
  test.each(OWN)('%s', (intro, word, role) => expect(roleOf(word, intro)).toBe(role));
});

describe('the office a kin noun gives its owner is not the relative’s to answer for', () => {
  test('a bare title means the holder, not the holder’s relative', () => {
    const speakers = analyzeBody(
      'Bupati Cempaka Rudi Hartawiryo meninjau rumah korban kebakaran pada Senin.',
      'Putri Bupati Cempaka, Rina Sulastri, ikut menyerahkan bantuan kepada warga.',
      '“Bantuan tahap kedua menyusul pekan depan,” kata Bupati.',
    ).quotes.at(-1)?.speakers;
    expect(speakers).toEqual(['Rudi Hartawiryo']);
  });
});

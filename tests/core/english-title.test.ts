import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, speakerRoles } from './summarize';

/** Each quote's mention and speakers. */
const quotesOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.mention, q.speakers.join(' + ')] as const);

describe('an English office’s portfolio belongs to the role', () => {
  test.each([
    // A person named after the whole title keeps the title as role.
    [
      '“Kami akan menambah gudang,” kata Head of Government Relations Lintasan Dimas Pratama.',
      'Dimas Pratama',
      'Head of Government Relations Lintasan',
    ],
    [
      '“Kami akan menambah gudang,” kata Chief Customer Experience Sari Wulandari.',
      'Sari Wulandari',
      'Chief Customer Experience',
    ],
    // A diplomatic post is an English office too: not part of the name.
    [
      '"We expect to meet them soon," Consul Anindita Pramesti told reporters by phone.',
      'Anindita Pramesti',
      'Consul',
    ],
  ])('%s', (paragraph, name, role) => expect(speakerRoles(paragraph)).toEqual([[name, role]]));

  test.each([
    'Menurut Head of Government Relations perusahaan itu, jumlah gudang akan ditambah tahun depan.',
    'Menurut Chief Customer Experience perusahaan itu, sebagian iuran kembali ke anggota.',
    'Menurut COO perusahaan tersebut, konsumsi listrik gudang turun tahun ini.',
    // One portfolio word after `of` closes the title: no person called `Research`.
    'Menurut Head of Research perusahaan itu, harga saham gudang akan naik.',
  ])('a bare English title is nobody’s name: %s', paragraph => {
    expect(speakerRoles(paragraph)).toEqual([]);
    expect(quotesOf(paragraph).map(q => q[1])).toEqual(['']);
  });

  test('a title closed by `itu` is the whole mention: the run after the comma is the clause', () => {
    const quotes = analyzeBody(
      '“Kami siap,” kata Dimas Pratama, Head of Government Relations at Lintasan.',
      'Menurut Head of Government Relations perusahaan itu, Lintasan akan menambah gudang di luar Jawa.',
    ).quotes;
    expect(quotes[1]!.mention).toBe('Head of Government Relations perusahaan itu');
    expect(quotes[1]!.text).toBe('Lintasan akan menambah gudang di luar Jawa');
  });

  test('switched off, the run after the comma is read as a name, not as the clause', () => {
    const paragraphs = [
      '“Kami siap,” kata Dimas Pratama, Head of Government Relations at Lintasan.',
      'Menurut Head of Government Relations perusahaan itu, Lintasan akan menambah gudang di luar Jawa.',
    ];
    const off = withFeaturesOff(['names.definiteClosesTitle'], () => analyzeBody(...paragraphs));
    expect(off.quotes[1]?.text).not.toBe('Lintasan akan menambah gudang di luar Jawa');
  });

  test('a title with no `itu` before the comma keeps the appositive name after it', () => {
    const [quote] = analyzeBody(
      'Menurut Head of Government Relations Lintasan, Dimas Pratama, gudang akan ditambah.',
    ).quotes;
    expect([quote!.speakers, quote!.text]).toEqual([['Dimas Pratama'], 'gudang akan ditambah']);
  });

  test('a one-word portfolio after `of` in apposition adds no speaker: `dia` is the person', () => {
    const paragraphs = [
      '“Tekanan jual masih tinggi,” kata Dimas Pratama, Head of Research at Lintasan, di Bogor.',
      'Menurut dia, investor asing masih menahan diri.',
    ];
    expect(quotesOf(...paragraphs).map(q => q[1])).toEqual(['Dimas Pratama', 'Dimas Pratama']);
    // cast.roleAfterComma reads the title as the person's appositive role too: both off.
    const off = withFeaturesOff(['names.englishTitle', 'cast.roleAfterComma'], () =>
      quotesOf(...paragraphs),
    );
    expect(off[1]![1]).toBe('Research');
  });

  test('switched off, the last portfolio word is read as a name', () => {
    const off = withFeaturesOff(['names.englishTitle'], () =>
      speakerRoles(
        'Menurut Head of Government Relations perusahaan itu, jumlah gudang akan ditambah.',
      ),
    );
    expect(off.map(s => s[0])).toEqual(['Relations']);
  });
});

import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople, lastSpeakers } from './summarize';

const RELIEF =
  'Kepala BPBD Kabupaten Lombok Tengah, Rudi Hartono, mengatakan bantuan sudah tiba. “Logistik cukup untuk sepekan,” ujar Rudi.';

/**
 * An honorific written short before the name (`Pdt.`, `TGH`, Tuan Guru Haji) is the title said in
 * full alone later (`kata Pendeta`, `kata Tuan Guru`, `ujar pendeta itu`): lexicon/title-synonyms.ts.
 */
describe('a title said in full means the one its short form was written before', () => {
  test.each([
    [
      'kata Pendeta, after Pdt.',
      'Ketua Sinode Gereja Kalam Kudus, Pdt. Yosia Manobi, mengatakan gereja membuka posko. “Kami buka pintu untuk semua,” kata Yosia.',
      '“Gereja terbuka bagi siapa saja,” kata Pendeta.',
      ['Yosia Manobi'],
    ],
    [
      'kata pendeta itu, after Pdt.',
      'Ketua Sinode Gereja Kalam Kudus, Pdt. Yosia Manobi, mengatakan gereja membuka posko. “Kami buka pintu untuk semua,” kata Yosia.',
      '“Gereja terbuka bagi siapa saja,” kata pendeta itu.',
      ['Yosia Manobi'],
    ],
    [
      'kata Tuan Guru, after TGH',
      'Pengasuh Pondok Pesantren Darul Falah, TGH Zainal Mustafa, menilai pengawasan desa lemah. “Santri kami kirim membantu,” kata Zainal.',
      '“Di situ celahnya dimanfaatkan,” kata Tuan Guru.',
      ['Zainal Mustafa'],
    ],
  ])('%s', (_, first, last, speakers) => {
    expect(lastSpeakers(first, RELIEF, last)).toEqual(speakers);
  });

  test('switched off, `Tuan Guru` reads as a person called Guru', () => {
    const off = withFeaturesOff(['names.tuanGuru'], () =>
      lastSpeakers(
        'Pengasuh Pondok Pesantren Darul Falah, TGH Zainal Mustafa, menilai pengawasan desa lemah.',
        RELIEF,
        '“Di situ celahnya dimanfaatkan,” kata Tuan Guru.',
      ),
    );
    expect(off).toEqual(['Guru']);
  });
});

/**
 * The Sasak title `Lalu` spells the conjunction "then"; after an abbreviated honorific's dot (`H.
 * Lalu …`) it opens the name as after a letter (`names.model.openerAfterHonorificDot`).
 */
describe('`Lalu` after `H.` opens the name', () => {
  const OFFICIAL =
    'Kepala Kantor Kementerian Agama Lombok Barat H. Lalu Ahmad Fauzi, S.Ag., mengatakan pendaftaran dibuka.';
  test('the name keeps its opener', () => {
    expect(castPeople(OFFICIAL)).toEqual(['Lalu Ahmad Fauzi']);
  });
  test('switched off, the opener is lost', () => {
    const off = withFeaturesOff(['names.model.openerAfterHonorificDot'], () =>
      castPeople(OFFICIAL),
    );
    expect(off).not.toEqual(['Lalu Ahmad Fauzi']);
  });
});

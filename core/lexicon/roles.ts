/**
 * Words that belong to a speaker's role rather than to a name (`Presiden China Xi Jinping` →
 * role `Presiden China`, name `Xi Jinping`). Lowercase; matched per token.
 *
 * The name/role split walks a capitalised run and starts the name after the last word found here,
 * so these lists favour recall: a missing word glues a role word onto the name.
 */

/** Splits a whitespace-separated word list (kept as prose so lists stay compact). */
const words = (list: string): readonly string[] => list.split(/\s+/u).filter(Boolean);

/** Heads that open a role (PFSA-ID ROLE heads, docs §2.3). */
export const ROLE_HEADS: readonly string[] = words(`
  presiden wapres wakil menteri menko gubernur bupati wali walikota kepala ketua ketum
  direktur dirut dirjen sekretaris sekjen sekda juru jubir anggota pelaksana plt plh pj guru
  deputi rektor dekan peneliti ekonom pengamat komisioner kuasa pengacara jaksa hakim panglima
  kapolri kapolda kapolres kapolsek kabareskrim kabid kasat kadiv karo kasubdit kadis kabag
  kasi pangdam dandim danrem ksad ksal ksau menkeu mendagri menlu menag mensesneg seskab
  menkes mendikbud menhan menkominfo menpan menkumham menkopolhukam menpora mentan mendag
  menperin menaker mensos kapuspen kapuspenkum kasubbag perdana raja ratu pangeran kanselir
  ketua-ketua pimpinan pemimpin pemred redaktur staf khusus ahli penasihat koordinator manajer
  manager pendiri founder ceo cfo chief komandan danjen imam khatib pengasuh mudir dosen
  profesor asisten analis kabiro camat lurah kades senator legislator politikus politisi
  aktivis dubes duta konsul atase kapten pelatih kiper striker bek gelandang mantan eks calon
  capres cawapres cagub bakal tersangka terdakwa saksi korban warga pakar praktisi budayawan
  sejarawan ulama cendekiawan kiai wartawan dokter psikolog spesialis bendahara ketua-umum
  inspektur auditor komisaris wamen wakapolri kasum kababinkum kepsek
`);

/** Heads normally followed by their institution (`Kepala Bulog`, `Ketua Bawaslu`, `Juru Bicara Kemenlu`). */
export const ORG_TAKING: readonly string[] = words(`
  kepala ketua ketum wakil direktur dirut dirjen sekretaris sekjen bicara jubir anggota deputi
  kabid kadiv kabag kadis pimpinan pemimpin staf peneliti pengamat dosen rektor dekan guru
  manajer manager komisaris komisioner pendiri asisten analis ekonom koordinator pengurus
  komandan pelatih kuasa humas gubernur bupati walikota kota camat kapolda kapolres pangdam
  dandim kajati kajari dubes duta eksekutif utama umum harian senior
`);

/** Police and military ranks (`Irjen`, `AKBP`); dropped from the name, kept in the role. */
export const RANKS: readonly string[] = words(`
  jenderal jendral jend pol polisi tni komjen irjen brigjen kombes kombespol akbp kompol akp
  iptu ipda aiptu aipda bripka brigadir letjen mayjen marsekal laksamana laksdya laksda
  kolonel letkol mayor kapten lettu letda serka serma sertu kopral prajurit purn purnawirawan
  ajun komisaris besar inspektur bharada
`);

/**
 * Words that continue a role: institutions, fields, ranks of office (`Direktur Eksekutif Departemen
 * Kebijakan Ekonomi dan Moneter BI`). Generic newsroom vocabulary, not any article's names.
 */
export const ROLE_CONTINUATIONS: readonly string[] = words(`
  umum utama eksekutif jenderal tinggi harian pelaksana tugas bicara hukum besar negeri luar
  dalam negara pertahanan keamanan keuangan agama kesehatan pendidikan kebudayaan perdagangan
  perindustrian pertanian perhubungan sosial koordinator bidang politik ekonomi moneter
  kebijakan departemen kementerian kemenag kemenkes kemendagri kemenlu kemenkeu badan lembaga
  komisi dewan majelis partai fraksi pusat daerah wilayah cabang kantor dinas biro bagian
  seksi divisi direktorat sekretariat inspektorat humas hubungan masyarakat informasi data
  komunikasi penanggulangan bencana nasional regional internasional provinsi kabupaten kota
  kecamatan desa kelurahan republik kerajaan persatuan perserikatan bangsa-bangsa organisasi
  asosiasi ikatan himpunan forum yayasan universitas institut sekolah fakultas program studi
  kajian penelitian pengembangan perencanaan pembangunan protokoler parlemen tim satuan satgas
  kerja kepolisian polri polda polres polsek kejaksaan kejagung kejati kejari pengadilan
  mahkamah agung konstitusi penyelenggara ibadah haji umrah pemenangan kampanye pemilihan
  pemilu pengawas pemerintah pemerintahan perusahaan bank grup holding bumn perwakilan rakyat
  kedutaan konsulat angkatan darat laut udara staf kodam korem kodim densus bareskrim reserse
  kriminal khusus narkoba lalu lintas pengurus pimpinan redaksi islam muslim keluarga
  sejahtera bimas urusan ketenagakerjaan tenaga energi sumber daya mineral lingkungan hidup
  kehutanan perikanan kelautan pariwisata anti-teror antiteror hak asasi manusia pemberantasan
  korupsi pencegahan kesejahteraan statistik meteorologi klimatologi geofisika investasi
  koordinasi penanaman modal otoritas jasa sekretaris kabinet istana presiden wakil
  kepresidenan se seluruh bersatu ulama indonesia gizi klinis medis ahli rumah sakit rs rsud
  rsup pt tbk persero cv fc club klub timnas
`);

/**
 * Places: countries and regions often written right after a role (`Presiden Rusia`, `Gubernur Jawa
 * Barat`). Only the commonest; regional names not listed are caught by the short-name evidence.
 */
export const PLACES: readonly string[] = words(`
  indonesia china cina tiongkok rusia amerika serikat as inggris prancis perancis jerman
  jepang korea selatan utara timur barat tengah india pakistan iran irak suriah turki mesir
  arab saudi palestina israel malaysia singapura thailand filipina vietnam australia kanada
  belanda italia spanyol ukraina afghanistan yaman qatar uni emirat yordania lebanon libya
  myanmar kamboja brunei eropa asia afrika jakarta jawa sumatra sumatera sulawesi kalimantan
  papua bali aceh riau jambi bengkulu lampung banten yogyakarta diy dki ntb ntt maluku
  gorontalo bandung surabaya medan semarang makassar palembang padang makkah mekkah madinah
  gaza kairo beijing moskow washington london paris tokyo nusa tenggara kepulauan bangka
  belitung sleman bogor depok bekasi tangerang solo malang kenya nigeria etiopia sudan somalia
  aljazair maroko tunisia senegal ghana tanzania uganda kongo angola mozambik zimbabwe zambia
  meksiko brasil argentina chile kolombia peru venezuela kuba kuwait bahrain oman azerbaijan
  uzbekistan kazakhstan tajikistan bangladesh nepal srilanka maladewa mongolia taiwan
  hongkong laos timor leste swiss swedia norwegia denmark finlandia polandia austria belgia
  portugal yunani hungaria rumania bulgaria serbia kroasia irlandia skotlandia selandia baru
  afsel
`);

/** Words that make a capitalised run an organisation when no person name follows. */
export const ORG_HEADS: readonly string[] = words(`
  kementerian pemerintah pemerintahan badan lembaga komisi dewan majelis partai kepolisian
  kejaksaan pengadilan mahkamah polri tni kpk pbb bank pt universitas kedutaan istana kremlin
  pentagon kemlu kemenlu kemenag kemenkes gedung tim satgas organisasi asosiasi yayasan dinas
  perusahaan militer tentara parlemen kongres senat otoritas polda polres
`);

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
/** Role heads. */
export const ROLE_HEAD_SET = set(ROLE_HEADS);
/** Every word that may belong to a role (heads, ranks, continuations, places). */
export const ROLE_WORD_SET = set([...ROLE_HEADS, ...RANKS, ...ROLE_CONTINUATIONS, ...PLACES]);
/** Heads that take an institution. */
export const ORG_TAKING_SET = set(ORG_TAKING);
/** Ranks. */
export const RANK_SET = set(RANKS);
/** Organisation heads and seats of government that speak as such (`tulis Kremlin`). */
export const ORG_HEAD_SET = set(ORG_HEADS);
/** Countries and regions. */
export const PLACE_SET = set(PLACES);

/**
 * Words that belong to a speaker's role rather than to a name (`Presiden China Xi Jinping` →
 * role `Presiden China`, name `Xi Jinping`). Lowercase; matched per token.
 *
 * The name/role split walks a capitalised run and starts the name after the last word found here,
 * so these lists favour recall: a missing word glues a role word onto the name.
 */

import { CITIES, FOREIGN, INSTITUTIONS, PROVINCES } from './places';
import { words } from './word-list';
import { AMPERSAND, AND } from './conjunctions';
import { BODY_KIND_HEADS } from './organisation-kinds';
import { EMPHATIC_PRESENTERS } from './pronouns';

/**
 * English heads of a role, for en.republika.co.id (`Religious Affairs Minister X`, `President X`,
 * `spokesperson X`). Words of Indonesian text almost never; kept apart so each language reads alone.
 * Only nouns that name an office: the words that modify one are EN_ROLE_MODIFIERS. The last line
 * holds a school's and a university's offices (`Headmaster X`, `Rector X`), written before a name
 * as `Kepala Sekolah X` and `Rektor X` are; `politician`, `lawmaker`, `legislator` and `senator`
 * name a party's or a house's member (`PAN politician X`, `said the lawmaker`). `member`, `chair`
 * and `volunteer` open a role set off before a name's comma (`Member of the Budget Committee, X, said`, `the chair of a fishers'
 * union, X, said`) as `anggota`, `ketua` and `relawan` do. The next-to-last line holds the
 * scholars' and campaigners' callings English copy writes before a name as a title (`Historian
 * X of the University of Y said`), as `sejarawan X` is written. The last lines are the offices
 * English writes as one hyphenated word (`UN Secretary-General X`, `Commissioner-General X`).
 */
const EN_ROLE_HEADS = words(`
  president minister spokesperson spokesman spokeswoman chairman chairwoman chairperson
  director secretary governor mayor regent ambassador professor lecturer researcher analyst
  economist expert lawyer attorney prosecutor judge chief officer commander coach captain leader
  founder executive manager head cleric scholar observer official coo cto cio cmo consul
  representative diplomat undersecretary member chair volunteer
  politician lawmaker legislator senator
  historian anthropologist archaeologist sociologist psychologist epidemiologist criminologist
  curator activist environmentalist
  headmaster headmistress principal rector dean chancellor provost treasurer
  secretary-general director-general commissioner-general attorney-general solicitor-general
  inspector-general governor-general commander-in-chief
`);

/**
 * Lowercase English nouns for the unit an office heads, written between the unit's capitalised
 * name and the office (`Lalemba village head X`, `Cibening district chief X`, `the Sukamaju
 * police chief X`): with the name before them they are the role, not a sentence's words.
 */
export const EN_UNIT_NOUNS: ReadonlySet<string> = new Set(
  words(`village district subdistrict regency city province provincial regional police party
  council agency office department school hospital team club company branch`),
);

/**
 * The portfolio an English office holds, written after its head (`Head of Government Relations`,
 * `Chief Customer Experience`, `Director of Sales and Marketing`): generic business vocabulary,
 * read as role words only after an English head (names/english-title.ts), so a portfolio with no
 * name after it is a bare title, not a person called `Relations`. Lowercase.
 */
export const EN_PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  words(`
  public policy corporate affairs communications communication relations marketing operations
  finance financial sustainability research strategy strategic legal compliance product products
  technology engineering sales business development partnerships partnership government external
  internal human resources people investor digital growth commercial seller sellers community
  customer customers experience brand content data risk security information creative programme
  program regional country global editorial impact innovation
`),
);

/**
 * The portfolios of a government's English offices (`Coordinating Minister for Economic Affairs`,
 * `Minister of State-Owned Enterprises`, `Minister of Energy and Mineral Resources`, `Secretary
 * of State`, `Minister for Maritime Affairs and Fisheries`): read like EN_PORTFOLIO_WORDS after an
 * English head (names/english-title.ts), so the name starts after them, not at `Economic` or
 * `Enterprises` (names.englishGovernmentPortfolio). Generic cabinet vocabulary. Lowercase.
 */
export const EN_GOVERNMENT_PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  words(`
  economic economy maritime marine fisheries fishery energy mineral minerals state-owned
  enterprises enterprise foreign home defence defense religious trade industry industries
  agriculture agrarian forestry environment tourism transportation transport manpower law
  human rights villages village cooperatives small medium micro social health education
  culture youth sports women empowerment child children protection bureaucratic reform
  apparatus administrative national planning public works housing spatial informatics state
  political coordinating investment welfare resources justice immigration land disadvantaged
  regions development
`),
);

/**
 * Lowercase words that join an English office's portfolio words to each other and to its head
 * (`Sales and Marketing`, `Head of Research`, `Director for Policy`, `Research & Development`):
 * names/english-title.ts walks back over them to the head that holds the portfolio.
 */
export const EN_PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(['of', AND, AMPERSAND, 'for']);

/**
 * Occupations and standings written right before a person's name (`petani Budi`, `Farmers Budi and
 * Rina`, `mahasiswa Rina`): they describe the person, so they belong to the role, never to the
 * name. English plurals are listed as written (`farmers`), since a pair may share one. The last
 * lines are the standings in which news meets people at the scene (`Wisatawan asal Belanda, X`,
 * `Seorang penumpang tujuan Y, X`, `pemilik toko di Z, X`) and the scientists of a field asked for
 * comment (`epidemiolog`, `kriminolog`). The last lines are trades of teaching, guiding, the arts
 * and services, which feature stories name their people by (`pengajar kelas itu, X`, `kurator
 * pameran, X`, `pemandu wisata X`, `koki restoran Y, X`), and a graduate's standing (`alumnus
 * program magister X, Y`). The next lines are the guides, carers and trades of the workshop and
 * the newsroom stories meet people by (`pembimbing manasik X, Y`, `konselor sekolah, Y`,
 * `prakirawan cuaca stasiun X, Y`, `mandor proyek, Y`), and who started a movement (`penggagas`).
 * The last lines are the pupils, pedallers and ship's officers feature stories meet (`murid kelas
 * empat`, `pengayuh becak`, `mualim kapal`), the hand trades of village features (`pemahat
 * topeng`, `pemetik kopi`, `penyadap karet`, `pengamen jalanan`), and their English counterparts (`a pilgrim from Y`,
 * `a museum guard`, `a street vendor`), with the newsroom's and the harbour's English trades (`a
 * travel blogger`, `the station's broadcaster`, `a porter`), and the market's, the workshop's and
 * the mine's (`a fish seller`, `a shopkeeper`, `a tin miner`, `a weaver`). Athletes are named by
 * their sport as by `atlet` (`pelari asal X`, `perenang Y`, `pesilat putri Z`).
 */
const OCCUPATIONS = words(`
  petani nelayan pedagang buruh sopir pengemudi mahasiswa mahasiswi siswa siswi pelajar santri
  karyawan karyawati pegawai pengusaha pensiunan relawan kader peternak perajin pengrajin seniman
  penyanyi aktor aktris atlet pebulutangkis pesepakbola penulis sastrawan perawat bidan
  pelari perenang pesenam petinju pegulat pembalap pebalap petenis pecatur pesilat pemanah
  penembak pendayung pesepeda pegolf peselancar pejudo lifter
  advokat notaris apoteker arsitek akuntan konsultan insinyur ilmuwan psikiater pilot nakhoda
  syahbandar masinis montir tukang pramugari penerjemah fotografer desainer sutradara produser pelukis
  komedian presenter penyiar pembawa youtuber selebgram pegiat pemerhati penggiat
  farmer farmers fisherman fishermen trader traders worker workers student students teacher
  teachers nurse nurses driver drivers resident residents volunteer volunteers businessman
  businesswoman entrepreneur artist artists singer actor actress athlete writer journalist
  journalists activist activists doctor doctors advocate architect accountant consultant engineer
  pilot photographer
  wisatawan turis pelancong pengunjung penumpang pejalan pemudik peziarah pendaki penonton
  penggemar suporter pelanggan konsumen nasabah pasien pembeli penjual pemilik pengelola pengurus
  pendamping penata penari pemusik musisi penyair pembudidaya penambang pemulung pengojek pekerja
  peserta santriwati epidemiolog sosiolog kriminolog antropolog arkeolog virolog
  pengungsi jamaah jemaah penghuni perantau penjaga
  pengajar instruktur tutor pembina pemandu kurator koreografer pematung penjahit koki kasir
  satpam kurir penceramah alumnus alumni lulusan
  pembimbing fasilitator konselor terapis teknisi mekanik mandor prakirawan jurnalis reporter
  editor inisiator penggagas
  pengayuh murid mualim
  pemahat pembatik pemetik penyadap penggembala pengamen pemanjat
  pilgrim pilgrims guard guards painter vendor vendors
  blogger bloggers porter porters broadcaster broadcasters
  seller sellers shopkeeper shopkeepers merchant merchants hawker hawkers baker bakers tailor
  tailors weaver weavers miner miners herder herders labourer labourers laborer laborers artisan
  artisans craftsman craftsmen
`);

/**
 * Badminton and other racket sports name a player by the event played (`tunggal putri X`, `ganda
 * campuran X/Y`): an event word and the division after it are the player's role. Lowercase.
 */
export const SPORT_EVENTS: ReadonlySet<string> = new Set(words(`tunggal ganda`));
export const SPORT_DIVISIONS: ReadonlySet<string> = new Set(words(`putra putri campuran`));

/**
 * Words that modify an office without naming one (`former minister`, `Deputy Governor`, `Senior
 * Vice President`; Indonesian writes `wartawan senior` too): they belong to a role, but alone they
 * are no one's title, so they are role words and not heads. A description needs a real head
 * (`pemain senior itu` by `pemain`), and `Senior` or `Deputy` alone opens no role of its own.
 */
const EN_ROLE_MODIFIERS = words(`former acting senior deputy vice general managing`);

/** Words before an office that tell it is a former one (`mantan camat`, `the former envoy`). */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'mantan', 'eks', 'bekas']);

/**
 * The two sides of a sports team, Indonesian then English (lowercase): those who play (a player by
 * any position, and the captain, who plays) and those who coach. A description by one side (`kata
 * pemain binaan akademi X itu`) never means a person the article gave an office of the other side
 * (`Pelatih X`), however many words of the club they share (discourse.squadSides). The Indonesian
 * words head roles (ROLE_HEADS); a manager or an official may run any body, so neither is a side.
 */
const SQUAD_PLAYERS_ID = words(
  `pemain kapten kiper striker bek gelandang penyerang winger forward playmaker`,
);
const SQUAD_STAFF_ID = words(`pelatih`);
export const SQUAD_PLAYERS: readonly string[] = [
  ...SQUAD_PLAYERS_ID,
  ...words(`player captain midfielder defender goalkeeper`),
];
export const SQUAD_STAFF: readonly string[] = [...SQUAD_STAFF_ID, ...words(`coach`)];

/**
 * Heads that open a role (PFSA-ID ROLE heads, docs §2.3). Customary offices are roles too:
 * `ondoafi` (a Papuan clan or village chief) and `mananwir` (a Biak clan head) stand before a
 * name as `raja` does (`Ondoafi Markus Yoku`), and alone they are a bare title. `tokoh` opens the
 * standing a community gives (`tokoh masyarakat`, `tokoh agama`, `tokoh adat`). `humas` (public
 * relations) heads an office as `juru bicara` does (`Humas PT X, Y`, `Kepala Humas Polres Z`);
 * `perbekel` is the Balinese village head, as `kades` and `lurah` are, `kuwu` the Cirebon one and
 * `jaro` the Baduy and Banten one (`Jaro Sarmin`); `bendesa` heads a Balinese customary village
 * (`Bendesa Adat X`), `kelian`/`klian` its banjar, `pekaseh` a subak (the irrigation society),
 * `mangku` (short for `pemangku`) serves a temple as its priest (`Jero Mangku X`),
 * `keuchik`/`geuchik` an Acehnese gampong; `temenggung` and `damang` head a Dayak customary
 * community (`Temenggung adat X`, `Damang Kepala Adat Y`);
 * `administratur` heads a plantation estate (`Administratur Kebun X`).
 */
export const ROLE_HEADS: readonly string[] = [
  ...SQUAD_PLAYERS_ID,
  ...SQUAD_STAFF_ID,
  ...words(`
  presiden wapres wakil menteri menko gubernur bupati wali walikota kepala ketua ketum
  direktur dirut dirjen sekretaris sekjen sekda juru jubir anggota pelaksana plt plh pj guru
  deputi rektor dekan peneliti ekonom pengamat komisioner kuasa pengacara jaksa hakim panglima
  kapolri kapolda kapolres kapolresta kapolrestabes kapolsek wakapolda wakapolres kabareskrim kabid kasat kadiv karo kasubdit kadis kabag
  kasi pangdam dandim danrem ksad ksal ksau menkeu mendagri menlu menag mensesneg seskab
  menkes mendikbud menhan menkominfo menpan menkumham menkopolhukam menpora mentan mendag
  menperin menaker mensos kapuspen kapuspenkum kasubbag perdana raja ratu pangeran kanselir
  ketua-ketua pimpinan pemimpin pemred redaktur staf khusus ahli penasihat koordinator manajer
  manager pendiri founder ceo cfo chief komandan danjen imam khatib pengasuh mudir dosen
  profesor asisten analis kabiro camat lurah kades senator legislator politikus politisi
  aktivis dubes duta konsul atase mantan eks calon
  capres cawapres cagub bakal tersangka terdakwa saksi korban warga pakar praktisi budayawan
  sejarawan ulama cendekiawan kiai wartawan dokter psikolog spesialis bendahara ketua-umum
  inspektur auditor komisaris wamen wakapolri kasum kababinkum kepsek penanggung
  ondoafi mananwir tokoh temenggung damang
  penyidik penyelidik panitera petugas penyuluh wasit
  kanit danramil babinsa sekdes sekcam kadus
  humas perbekel kuwu jaro bendesa kelian klian pekaseh mangku keuchik geuchik
  kalapas karutan administratur
`),
  ...EN_ROLE_HEADS,
  ...OCCUPATIONS,
];

/**
 * Words that make an office acting or temporary (`Plt Kakanwil`, `Plh Kadis`, `Pj Bupati`): the
 * acting holder is the person the article introduced in that office, so a title or an office
 * acronym is read without them.
 */
export const ACTING_WORDS: ReadonlySet<string> = new Set(words(`plt plh pj pjs`));

/**
 * Heads that name where a person lives (`warga Cibening`, `penduduk Desa X`): the word after them is
 * a place even when they are written in lowercase and no gazetteer knows the place.
 */
export const PLACE_TAKING: readonly string[] = words(`warga penduduk`);

/**
 * Heads that are always followed by their institution or jurisdiction: nobody writes `Kepala Budi`
 * or `Bupati Budi`. When the word after one of these is unknown (a regency or agency the gazetteer
 * lacks, `Bupati Sikka`, `Kepala Bappebti`), name-split.ts gives it to the role. Heads that may
 * stand right before a name (`Gubernur Anies`, `Pelatih Budi`, `Ekonom Senior Faisal`) are not
 * here: after them an unknown capitalised word starts the name. `warga X` always names a place.
 */
export const ORG_TAKING: readonly string[] = [
  ...words(`
  kepala ketua ketum wakil direktur dirut dirjen sekretaris sekjen bicara jubir anggota deputi
  kabid kadiv kabag kadis pimpinan pemimpin rektor dekan komisaris pengurus komandan humas
  bupati walikota kota camat lurah kapolda kapolres kapolresta kapolrestabes kapolsek wakapolda
  wakapolres pangdam dandim kajati kajari dubes
  duta eksekutif utama umum harian
`),
  ...PLACE_TAKING,
];

/**
 * The army's branch (kecabangan) abbreviations an officer's rank carries (`Letkol Inf`, `Kolonel
 * Cpm`, `Mayor Czi`), from the TNI AD's list of branches: infanteri, kavaleri, artileri medan,
 * zeni, perhubungan, polisi militer, peralatan, pembekalan angkutan, kesehatan militer, ajudan
 * jenderal, hukum, keuangan, topografi, penerbang (and the air force's penerbang, `Pnb`). Like a
 * rank they belong to the role, never to the name after it.
 */
const BRANCHES: readonly string[] = words(`
  inf kav arh czi chb cpm cpl cba ckm caj chk cku ctp cpn pnb
`);

/**
 * How English copy shortens police and military ranks, with a dot (AP and wire style: `Sr. Comr.`
 * senior commissioner, `Insp. Gen.` inspector general, `Brig. Gen.`, `Maj. Gen.`, `Lt. Gen.`,
 * `Lt. Col.`, `Col.`, `Adm.`, `Vice Adm.`, `Rear Adm.`, `Cmdr.`, `Capt.`, `Sgt.`, `Cpl.`, `Pvt.`,
 * `Supt.`, `Insp.`): the dot ends neither the sentence (text/text.ts) nor the rank's run, and the
 * words are ranks, kept in the role and out of the name (names.englishDottedRanks). Lowercase,
 * without the dot.
 */
export const ENGLISH_DOTTED_RANKS: readonly string[] = words(`
  gen lt col maj brig adm comr sr insp supt sgt cpl pvt cmdr capt
`);

/**
 * Police and military ranks (`Irjen`, `AKBP`); dropped from the name, kept in the role. The two
 * lines after `bharada` are the non-commissioned and enlisted ranks of the TNI (`Serda`, `Praka`)
 * and of Polri (`Bripda`, `Brigpol`) and the air force's one-star to three-star ranks. The last
 * line is how English copy writes the Indonesian police ranks (`Senior Commissioner` = Kombes,
 * `Adjunct Commissioner` = AKP, `First Inspector` = Iptu) and a constable's.
 */
export const RANKS: readonly string[] = [
  ...BRANCHES,
  ...words(`
  jenderal jendral jend pol polisi tni komjen irjen brigjen kombes kombespol akbp kompol akp
  iptu ipda aiptu aipda bripka brigadir letjen mayjen marsekal laksamana laksdya laksda laksma
  komodor
  kolonel letkol mayor kapten lettu letda serka serma sertu kopral prajurit purn purnawirawan
  ajun komisaris besar inspektur bharada
  sersan serda pelda peltu kopka koptu kopda praka pratu prada marsma marsda marsdya
  bripda briptu brigpol bharatu bharaka abrip abriptu abripda
  commodore admiral general colonel lieutenant sergeant brigadier marshal corporal
  commissioner inspector superintendent constable adjunct
`),
  ...ENGLISH_DOTTED_RANKS,
];

/**
 * Rank words that are a rank only with the word after them (`Ajun Komisaris`, `Ajun Inspektur`,
 * `Adjunct Commissioner`): alone, or before another word, they are no rank (`Yosef Ajun` is a
 * name). Each with the words that complete it. Lowercase.
 */
export const COMPOUND_RANK_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ajun', new Set(['komisaris', 'inspektur'])],
  ['adjunct', new Set(['commissioner'])],
]);

/**
 * Words that make a head one office rather than name where it is held (`Ketua Umum`, `Sekretaris
 * Jenderal`, `Direktur Utama`, `Ketua Harian`, `Direktur Eksekutif`): with the head they are the
 * office, and the organisation starts after them (cast/shared-office.ts). Role words too.
 */
const OFFICE_QUALIFIERS: readonly string[] = words(`umum utama eksekutif jenderal harian`);

/** OFFICE_QUALIFIERS as a set. */
export const OFFICE_QUALIFIER_SET: ReadonlySet<string> = new Set(OFFICE_QUALIFIERS);

/**
 * Rank words written short, which some copy closes with a dot (`Kombes Pol. X`, `Letkol Inf. X`,
 * `Jend. X`, `Kol. X`): the army's branches, `pol` (polisi), `jend` (jenderal), `kol` (kolonel)
 * and `let` (letnan). The dot ends neither the sentence (text.ts) nor the run (name-run.ts); one
 * list for both, so a branch the splitter did not know no longer cut `Letkol Inf. Budi` in two.
 * A full rank before a dot (`berpangkat Kolonel. Budi …`, `Brigjen. Budi …`) ends its sentence.
 */
const SHORT_RANKS: readonly string[] = [...BRANCHES, ...words(`pol jend kol let`)];

/**
 * Words that continue a role: institutions, fields, ranks of office (`Direktur Eksekutif Departemen
 * Riset Ekonomi dan Keuangan BI`). Generic newsroom vocabulary, not any article's names.
 */
export const ROLE_CONTINUATIONS: readonly string[] = [
  ...OFFICE_QUALIFIERS,
  ...words(`
  tinggi pelaksana tugas bicara hukum besar negeri luar
  dalam negara pertahanan keamanan keuangan agama kesehatan pendidikan kebudayaan perdagangan
  perindustrian pertanian perhubungan sosial koordinator bidang politik ekonomi moneter
  kebijakan departemen kementerian badan lembaga
  komisi dewan majelis partai fraksi pusat daerah wilayah cabang kantor dinas biro bagian
  seksi divisi direktorat sekretariat inspektorat humas hubungan masyarakat informasi data
  komunikasi penanggulangan bencana nasional regional internasional provinsi kabupaten kota
  kecamatan desa kelurahan republik kerajaan persatuan perserikatan bangsa-bangsa organisasi
  asosiasi ikatan himpunan forum yayasan universitas institut sekolah fakultas program studi
  dasar kajian penelitian pengembangan perencanaan pembangunan protokoler parlemen tim satuan satgas
  kerja kepolisian polri polda polres polsek kejaksaan kejagung kejati kejari pengadilan
  mahkamah agung konstitusi penyelenggara ibadah haji umrah pemenangan kampanye pemilihan
  pemilu pengawas pemerintah pemerintahan perusahaan bank grup holding bumn perwakilan rakyat
  kedutaan konsulat angkatan darat laut udara staf kodam korem kodim densus bareskrim reserse
  kriminal khusus narkoba lalu lintas pengurus pimpinan redaksi islam muslim keluarga
  sejahtera bimas urusan ketenagakerjaan tenaga energi sumber daya mineral lingkungan hidup
  kehutanan perikanan kelautan pariwisata anti-teror antiteror hak asasi manusia pemberantasan
  korupsi pencegahan kesejahteraan statistik meteorologi klimatologi geofisika investasi
  koordinasi penanaman modal otoritas jasa sekretaris kabinet istana presiden wakil
  kepresidenan seluruh bersatu ulama indonesia gizi klinis medis ahli rumah sakit rs rsud
  rsup pt tbk persero cv fc club klub timnas publik layanan pelayanan koperasi usaha mikro kecil
  menengah
  penuntut pengganti pemadam kebakaran penataan ruang intelijen pidana perdata
  reskrim reskrimum reskrimsus intelkam samapta sabhara binmas propam polairud tahti lantas satlantas
  pidsus pidum datun
`),
];

/**
 * Places that may follow a role (`Presiden Rusia`, `Gubernur Jawa Barat`): the gazetteer in
 * places.ts (provinces, major cities, countries and capitals).
 */
export const PLACES: readonly string[] = [...PROVINCES, ...CITIES, ...FOREIGN];

/**
 * Words that make a capitalised run an organisation when no person name follows. `pusat` and
 * `kantor` head research centres and offices (`Pusat Studi X`, `Kantor Staf X`); after a city they
 * are a district or a branch (`Jakarta Pusat`), which the place readers take first. `PS`
 * (Persatuan Sepak Bola) heads a football club's name (`PS X`), as `Persatuan` does spelled out.
 */
export const ORG_HEADS: readonly string[] = [
  // The kinds of body a later clause may name it by (`Kementerian X`, `Partai Y`, `Bank Z`).
  ...BODY_KIND_HEADS,
  ...words(`
    pemerintah pemerintahan komite dewan majelis kepolisian
    pemkab pemkot pemprov pemda pemdes
    kejaksaan pengadilan mahkamah polri tni kpk pbb pt kedutaan istana kremlin
    pentagon kemlu kemenlu kemenag kemenkes gedung tim satgas dinas
    perusahaan perum militer tentara parlemen kongres senat otoritas polda polres manajemen
    ikatan persatuan perhimpunan himpunan konfederasi gabungan paguyuban
    ps
    perkumpulan forum jaringan
    perserikatan inspektorat direktorat sekretariat biro balai fraksi
    konsulat kbri kjri
    pusat kantor
    perpustakaan
  `),
];

/**
 * Words that name a branch or unit of an institution by where it sits (`Kantor Wilayah`, `Daerah
 * Operasi` and its short form `Daop`, `Divre`, `Kanwil`): after them come the seat's place or
 * number (`Daop 7 Madiun`), never a person's name. The longer words are role continuations too.
 */
export const OFFICE_UNITS: readonly string[] = words(`
  kantor wilayah perwakilan cabang daerah operasi regional area unit divisi satuan
  kanwil kancab daop divre
`);

/**
 * Words that make the office after them somebody else's: an assistant or deputy coach is not
 * `sang pelatih`, a deputy regent is not `Bupati`, a chair's staff not `Ketua`.
 */
export const SUBORDINATE_OFFICE: ReadonlySet<string> = new Set(
  words(`
  asisten wakil staf deputi
`),
);

/**
 * English subordinate words that open a role and make its whole office somebody else's (`Deputy
 * Youth and Sports Minister`, `Vice Foreign Minister`): the deputy is not `the minister`.
 */
export const EN_SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(
  words(`
  deputy vice assistant
`),
);

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
/** Role heads. */
export const ROLE_HEAD_SET = set(ROLE_HEADS);
/** English role heads alone (`Head`, `Chief`, `Director`). */
export const EN_ROLE_HEAD_SET = set(EN_ROLE_HEADS);
/** English words modifying an office (`General` of `Director General`, `Deputy`). */
export const EN_ROLE_MODIFIER_SET = set(EN_ROLE_MODIFIERS);
/** Every word that may belong to a role (heads, ranks, continuations, places). */
export const ROLE_WORD_SET = set([
  ...ROLE_HEADS,
  ...RANKS,
  ...ROLE_CONTINUATIONS,
  ...EN_ROLE_MODIFIERS,
  ...PLACES,
  ...INSTITUTIONS,
]);
/**
 * Words a written role may open with: a head, or a modifier before one (`Senior Vice President
 * PT X, Budi`, `Deputy Director Lembaga X, Budi`).
 */
export const ROLE_OPENER_SET = set([...ROLE_HEADS, ...EN_ROLE_MODIFIERS]);
/**
 * Link words inside an office written before a name that end a capitalised run (`Ambassador to X`,
 * `Institute of Studies on Farming`, `politisi Partai X asal Y`): the office goes on past them to the
 * name (names/bridged-office.ts). `untuk` after an envoy's office is names.model.postedTo's.
 */
export const OFFICE_BRIDGES: ReadonlySet<string> = new Set(words(`to for of on asal`));
/**
 * Articles of one unnamed thing (`sebuah SD swasta`, `suatu pusat studi`): inside a long
 * description of a person they open a place or institution the writer leaves unnamed, which the
 * role stops before (`peneliti pangan dari sebuah pusat studi di Bogor` → `peneliti pangan`).
 */
export const THING_ARTICLES: ReadonlySet<string> = new Set(words(`sebuah suatu`));
/** Heads that take an institution. */
export const ORG_TAKING_SET = set(ORG_TAKING);
/** PLACE_TAKING as a set. */
export const PLACE_TAKING_SET = set(PLACE_TAKING);
/** Ranks. */
export const RANK_SET = set(RANKS);
/** ENGLISH_DOTTED_RANKS as a set, for the sentence splitter and the run reader. */
export const ENGLISH_DOTTED_RANK_SET = set(ENGLISH_DOTTED_RANKS);

/** Ranks written short, which a dot does not end (SHORT_RANKS). */
export const SHORT_RANK_SET = set(SHORT_RANKS);
/** Branch and unit words of an institution named by its seat. */
export const OFFICE_UNIT_SET = set(OFFICE_UNITS);
/** Organisation heads and seats of government that speak as such (`tulis Kremlin`). */
export const ORG_HEAD_SET = set(ORG_HEADS);
/** Provinces, cities, countries and capitals. */
export const PLACE_SET = set(PLACES);
/** Institutions written as words (`Kemenkes`, `Bulog`), which act like acronyms. */
export const INSTITUTION_SET = set(INSTITUTIONS);

/**
 * Nouns for a people or a community (`masyarakat`, `suku`, `umat`, `pengungsi`) and faith nouns
 * used for a people (`Muslim`): followed by an ethnic, faith or place name (`Masyarakat Minang`,
 * `pengungsi Muslim Rohingya`, `pria keturunan Tionghoa`: of Chinese descent) they name a group,
 * which may speak as a group but is never a person. Lowercase.
 */
export const GROUP_NOUNS: readonly string[] = words(`
  masyarakat warga penduduk rakyat bangsa umat kaum etnis suku orang pengungsi komunitas kelompok
  keturunan
  jamaah jemaah muslim muslimah kristiani nasrani yahudi minoritas imigran migran diaspora
  people community communities refugees residents muslims
`);
export const GROUP_NOUN_SET = set(GROUP_NOUNS);

/** Occupations and standings (OCCUPATIONS): a trade many people share, no office one person holds. */
export const OCCUPATION_SET = set(OCCUPATIONS);

/**
 * Bodies named with the city they sit in, after `di`/`in` (`Konsulat RI di Tawangmas`, `Kedutaan Besar
 * RI di Kairo`, `the Malaysian Consulate in Perth`): the seat is part of the body's name, not a
 * speaker of its own. Lowercase.
 */
export const SEATED_BODIES: ReadonlySet<string> = new Set(
  words(`konsulat kedutaan kbri kjri konjen consulate embassy`),
);

/** The prepositions between a diplomatic body and the city it sits in (`di`, `in`). Lowercase. */
export const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(words(`di in`));

/**
 * Prepositions a role description holds before a capitalised institution or place (`anggota Komisi
 * II dari Fraksi X`, `pedagang di Pasar Y`, `Duta Besar RI untuk Z`): cast/role-description.ts.
 */
export const ROLE_LINKS: ReadonlySet<string> = new Set(words(`dari di untuk pada`));

/**
 * The standings of office that say which holder of an office is meant (`Ketua Umum Partai X
 * terpilih`, `Bupati Y terdahulu`): written after the office's organisation or seat too, not only
 * after its noun (cast/role-description.ts). Lowercase.
 */
const OFFICE_STANDING_WORDS: readonly string[] = words(`terpilih terdahulu`);

export const OFFICE_STANDINGS: ReadonlySet<string> = new Set(OFFICE_STANDING_WORDS);

/**
 * Superlatives and standings of office written after a role's noun (`salah satu pengungsi
 * tertua, X`, `pemain terbaik turnamen, X`, `gubernur terpilih, X`): `ter-` words, which a verb's
 * shape test would take for the verb that ends a description. Lowercase; cast/role-description.ts.
 */
export const ROLE_SUPERLATIVES: ReadonlySet<string> = new Set([
  ...words(`tertua termuda terbaik tersenior terlama terkaya termiskin terbanyak`),
  ...OFFICE_STANDING_WORDS,
]);

/**
 * Lowercase words that end a role description read backwards from its comma: a clause's joints
 * (`yang`, `bahwa`, `adalah` …), never inside a role. cast/role-description.ts.
 */
export const DESCRIPTION_JOINTS: ReadonlySet<string> = new Set(
  words(`yang dan atau serta bahwa juga pun adalah ialah merupakan yakni yaitu antara lain`),
);

/**
 * Words that make a description "another of the kind" (`Petani lain, Budi`, `Warga lainnya, Siti`):
 * they follow the role and are not part of it. `antara lain` ("among others") is a joint, not this.
 * cast/role-description.ts.
 */
export const OTHER_OF_KIND: ReadonlySet<string> = new Set(words(`lain lainnya`));

/**
 * Words after a name that go on describing its person (`Marni dari Pasar X`, `Ani dan suaminya`),
 * so a description before the name still is its role. cast/role-description.ts.
 */
export const NAME_GOES_ON: ReadonlySet<string> = new Set(words(`dan dari asal`));

/**
 * A role given in a clause of its own (cast/predicate-role.ts): the copulas after a name
 * (`Budi adalah Ketua RT`, `Rina merupakan pengajar …`), the verbs of holding an office or working
 * a trade (`menjabat Ketua …`, `bekerja sebagai sopir`, `berprofesi sebagai guru`), and the
 * adverbs written between the name (or its `yang`) and them (`yang juga menjabat`, `yang
 * sehari-hari bekerja sebagai`, `kini menjabat`). Lowercase.
 */
export const PREDICATE_COPULAS: ReadonlySet<string> = new Set(words(`adalah merupakan ialah`));
/**
 * English kin and working relations a person is introduced by after someone's possessive
 * (`Tarjo's daughter, Y, …`, `the museum's supervisor, Y, …`): names/english-appositive.ts
 * englishRelationBefore. Lowercase.
 */
export const EN_RELATION_HEADS: ReadonlySet<string> = new Set(
  words(`wife husband son daughter mother father brother sister grandson granddaughter grandmother
  grandfather nephew niece cousin supervisor boss colleague neighbour neighbor friend`),
);

/**
 * Words that identify the person named right after them (`Pelanggan setianya adalah X, …`,
 * `Dialah X, …`, `yakni X, …`): the name is presented, so a role set off after it describes that
 * person and may close the sentence (cast.identifiedAppositiveAtEnd). Lowercase.
 */
export const IDENTIFYING_WORDS: ReadonlySet<string> = new Set([
  ...words(`adalah ialah yakni yaitu`),
  ...EMPHATIC_PRESENTERS,
]);
export const PREDICATE_ROLE_VERBS: ReadonlySet<string> = new Set(
  words(`menjabat bekerja berprofesi bertugas mengabdi`),
);
export const PREDICATE_ADVERBS: ReadonlySet<string> = new Set(
  words(`juga kini sekarang masih sehari-hari sudah telah saat ini`),
);

/**
 * Nouns for an official that point back to an office named before (`Pejabat itu, X, …`,
 * `Petinggi tersebut, Y, …`), with a demonstrative after them: the office is the role, not the
 * noun (cast/pointed-office.ts). Lowercase.
 */
export const OFFICIAL_POINTERS: ReadonlySet<string> = new Set(words(`pejabat petinggi perwira`));

/**
 * Words that say the name before them is what an office is called (`X, nama kepala kantor itu, …`):
 * the office words after them point back (cast/pointed-office.ts). Lowercase.
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set(words(`nama`));

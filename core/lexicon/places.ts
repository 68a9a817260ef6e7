/**
 * Gazetteer: place and institution words that may follow a role head (`Gubernur Jawa Barat`,
 * `Wali Kota Surabaya`, `Direktur Eksekutif Indef`). The name/role split (engine/name-split.ts)
 * treats these as role words, so the name starts at the first capitalised word that is none of
 * them: `Gubernur Anies Rasyid Baswedan` keeps `Anies`.
 *
 * Entries are written as the place is written; they are split into lowercase words for matching.
 * Words that are also common given names or surnames are left out on purpose (Bima, Intan, Sydney,
 * Flores, Georgia, Chad, Khan, Abu, Jaya, Wina) and multi-word places whose first word opens
 * names (Sri Lanka, Hong Kong: Srilanka and Hongkong are kept): a missing place costs a role word, a wrong one costs a name.
 */

import { placeWords, words } from './word-list';

/** Indonesia's 38 provinces, with their common newsroom abbreviations. */
export const PROVINCES = placeWords(`
  Aceh, Sumatera Utara, Sumatera Barat, Riau, Kepulauan Riau, Jambi, Sumatera Selatan,
  Kepulauan Bangka Belitung, Bengkulu, Lampung, DKI Jakarta, Jawa Barat, Banten, Jawa Tengah,
  DI Yogyakarta, Jawa Timur, Bali, Nusa Tenggara Barat, Nusa Tenggara Timur, Kalimantan Barat,
  Kalimantan Tengah, Kalimantan Selatan, Kalimantan Timur, Kalimantan Utara, Sulawesi Utara,
  Gorontalo, Sulawesi Tengah, Sulawesi Barat, Sulawesi Selatan, Sulawesi Tenggara, Maluku,
  Maluku Utara, Papua, Papua Barat, Papua Barat Daya, Papua Tengah, Papua Pegunungan, Papua Selatan,
  Sumatra, Sumut, Sumbar, Sumsel, Kepri, Babel, Jabar, Jateng, Jatim, DIY, NTB, NTT, Kalbar,
  Kalteng, Kalsel, Kaltim, Kaltara, Sulut, Sulteng, Sulbar, Sulsel, Sultra, Malut, Jawa,
  Kalimantan, Sulawesi, Jabodetabek
`);

/**
 * Cities and regencies that national news names often. Regencies are too many to list (500+),
 * so heads of local office keep a fallback in name-split.ts for an unknown jurisdiction.
 */
export const CITIES = placeWords(`
  Jakarta, Jakarta Pusat, Jakarta Utara, Jakarta Barat, Jakarta Selatan, Jakarta Timur, Bandung,
  Surabaya, Medan, Semarang, Makassar, Palembang, Padang, Pekanbaru, Batam, Denpasar, Balikpapan,
  Samarinda, Pontianak, Banjarmasin, Manado, Jayapura, Kupang, Mataram, Ambon, Kendari, Palu,
  Mamuju, Ternate, Sorong, Manokwari, Merauke, Banda Aceh, Lhokseumawe, Tangerang, Tangerang
  Selatan, Bekasi, Depok, Bogor, Sukabumi, Cirebon, Tasikmalaya, Garut, Karawang, Purwakarta,
  Cianjur, Cimahi, Serang, Cilegon, Solo, Surakarta, Yogyakarta, Sleman, Bantul, Magelang, Klaten,
  Kudus, Tegal, Pekalongan, Cilacap, Banyumas, Purwokerto, Malang, Kediri, Madiun, Blitar, Jember,
  Banyuwangi, Sidoarjo, Gresik, Mojokerto, Pasuruan, Probolinggo, Lamongan, Tuban, Bojonegoro,
  Madura, Sumenep, Bangkalan, Pamekasan, Badung, Gianyar, Buleleng, Lombok, Sumbawa, Bandar
  Lampung, Pangkalpinang, Tanjungpinang, Bukittinggi, Payakumbuh, Dumai, Binjai, Deli Serdang,
  Pematangsiantar, Sibolga, Nias, Tarakan, Bontang, Kutai Kartanegara, Penajam Paser Utara, Gowa,
  Maros, Parepare, Palopo, Toraja, Bitung, Tomohon, Mimika, Timika, Wamena, Nabire, Biak, Bintan,
  Natuna, Bangka, Belitung, Kepulauan Seribu, Nusantara, Kota, Kabupaten
`);

/** Countries, regions and capitals that Indonesian foreign news names often (Indonesian spelling). */
export const FOREIGN = placeWords(`
  Indonesia, China, Cina, Tiongkok, Rusia, Amerika, Amerika Serikat, AS, Inggris, Britania,
  Prancis, Perancis, Jerman, Jepang, Korea Selatan, Korea Utara, India, Pakistan, Bangladesh,
  Iran, Irak, Suriah, Turki, Mesir, Arab Saudi, Palestina, Israel, Malaysia, Singapura, Thailand,
  Filipina, Vietnam, Australia, Selandia Baru, Kanada, Belanda, Belgia, Italia, Spanyol, Portugal,
  Swiss, Swedia, Norwegia, Denmark, Finlandia, Polandia, Austria, Yunani, Hungaria, Rumania,
  Bulgaria, Serbia, Kroasia, Irlandia, Skotlandia, Ukraina, Belarus, Afghanistan, Yaman, Qatar,
  Kuwait, Bahrain, Oman, Emirat Arab, UEA, Yordania, Lebanon, Libya, Tunisia, Aljazair,
  Maroko, Sudan, Somalia, Etiopia, Kenya, Nigeria, Senegal, Ghana, Tanzania, Uganda, Kongo, Angola,
  Afrika Selatan, Afsel, Meksiko, Brasil, Argentina, Chile, Kolombia, Peru, Venezuela, Kuba,
  Azerbaijan, Uzbekistan, Kazakhstan, Tajikistan, Nepal, Srilanka, Maladewa, Mongolia,
  Taiwan, Hongkong, Myanmar, Kamboja, Laos, Brunei, Brunei Darussalam, Timor Leste,
  Eropa, Asia, Afrika, Timur Tengah, Asia Tenggara, Amerika Latin, Gaza, Tepi Barat, Yerusalem,
  Rafah, Beijing, Moskow, Washington, London, Paris, Tokyo, Seoul, Kairo, Riyadh, Teheran, Ankara,
  Istanbul, Canberra, Ottawa, Berlin, Roma, Madrid, Bangkok, Manila, Hanoi, Kuala Lumpur, Doha,
  Amman, Beirut, Damaskus, Baghdad, Kabul, Islamabad, New Delhi, Dhaka, Tel Aviv, Kiev, Kyiv,
  Brussel, Jenewa, Den Haag, Ramallah, Dubai, Jeddah, Makkah, Mekkah, Madinah, Xinjiang,
  Rakhine, Mindanao, Kashmir, Krimea, Donetsk
`);

/**
 * Institutions written as words rather than all-caps acronyms (`Kepala Bulog`, `Ketua Bawaslu`,
 * `Direktur Eksekutif Indef`): ministries' short forms, agencies, state firms, parties, think tanks.
 * All-caps acronyms (KPK, BNPB, PBNU) need no entry: any acronym continues a role.
 */
export const INSTITUTIONS = placeWords(`
  Bulog, Bappenas, Bapanas, Basarnas, Bawaslu, Bakamla, Baznas, Bapeten, Bappeda, Bapenda,
  Lemhannas, Kompolnas, Komnas, Ombudsman, Kadin, Apindo, Hipmi, Kemenkeu, Kemendag, Kemenperin,
  Kemenhub, Kemenag, Kemenkes, Kemendikbud, Kemendikbudristek, Kemendikdasmen, Kemenpora,
  Kemenkumham, Kemensos, Kemnaker, Kemenaker, Kementan, Kemenlu, Kemlu, Kemenhan, Kemenpan,
  Kemenparekraf, Kemendes, Kemendagri, Kemenko, Kemenkominfo, Kominfo, Komdigi, Kemenpupr,
  Kemen, Polri, Kostrad, Kopassus, Brimob, Densus, Bareskrim, Pertamina, Telkom, Garuda, Pelindo,
  Inalum, Antam, Pegadaian, Perumnas, Danantara, Muhammadiyah, Nahdlatul, Persis, Golkar,
  Gerindra, Demokrat, Nasdem, Hanura, Perindo, Gelora, Ummat, Indef, Celios, Formappi,
  Polda, Polres, Polsek, Kodam, Korem, Kodim, Kejati, Kejari, Kejagung, Satpol, Damkar,
  Puskesmas, Posyandu, Dinkes, Dinsos, Disdik, Dishub, Disnaker, Diskominfo
`);

/**
 * English compass words that make a region of a place (`West Java`, `Central Sulawesi`, `East
 * Flores`): the Indonesian ones (`Barat`, `Tengah`) are words of the provinces above already.
 */
export const EN_COMPASS_WORDS: ReadonlySet<string> = new Set(
  words(`north south east west central northern southern eastern western southeast southwest
  northeast northwest`),
);

/**
 * Indonesian compass and position words, places only inside a multi-word place name (`Jawa Timur`,
 * `Nusa Tenggara Timur`, `Timur Tengah`), lowercase.
 */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(
  words(`timur barat utara selatan tengah tenggara daya`),
);

/**
 * Compass words that close a region's name after its place word (`Konawe Utara`, `Jakarta
 * Selatan`, `Papua Barat Daya`, `Jakarta Pusat`), lowercase: the compass points, `laut` and
 * `pusat`. After a place they go on naming the region, never open a person's name (`Kepala BPBD
 * Konawe Utara Darmono`).
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'laut', 'pusat']);

/**
 * Heads of place and facility names (`Kebun Raya`, `Taman Sempur`, `Stadion Utama`, `Rumah Sakit
 * Harapan`): such a name is where something happens, never who speaks, so it is no antecedent for
 * `-nya`/`dia`. Lowercase; matched against the first word of a name.
 */

import { words } from './word-list';

/** Facility and landmark heads that never speak. */
export const FACILITY_HEADS: readonly string[] = words(`
  kebun taman pasar jalan jl gang masjid musala mushala gereja pura vihara klenteng stadion
  rumah sekolah kampus bandara pelabuhan terminal stasiun hotel museum monumen tugu alun-alun
  lapangan gunung sungai kali danau pantai pulau teluk selat hutan jembatan tol bendungan waduk
  mal plaza apartemen perumahan perum komplek kompleks blok menara candi makam gor gelanggang
  posko aula rusun rusunawa
`);

/**
 * Heads of shops and eateries (`toko Sumber Rejeki`, `kedai Kopi X`, `warung Soto Y`, `rumah makan
 * Z`: `makan` closes the head), written lowercase before the shop's own name: the capitalised
 * words after one name the shop, not the person a description before it brings in
 * (names/unnamed-description.ts); a shop's name and then a person's with no comma between is read
 * as the shop's too.
 */
export const SHOP_HEADS: ReadonlySet<string> = new Set(
  words(`toko kedai warung kios lapak gerai depot butik bengkel apotek restoran kafe salon makan`),
);

/**
 * English words that close a place's name (`Barito River`, `Sunda Strait`, `Banjar Regency`,
 * `Kuta Beach`, `Letnan I Made X Stadium`): the English order puts the head last, and such a
 * name never speaks, though a venue may be named after a person. Not
 * `hospital`, `university` or `hall`, which speak as institutions (`City Hall said`).
 */
export const EN_PLACE_TAILS: readonly string[] = words(`
  river rivers strait bay island islands lake mountain mountains volcano valley peninsula sea
  beach coast regency province district subdistrict village street road avenue highway bridge
  airport port harbour harbor market square park dam reservoir canal
  stadium arena
`);

/**
 * Heads of venues and shelters (`GOR X`, `Posko Y`, `Lapangan Z`): unlike a hospital, a school or
 * a campus, which speak as institutions, a venue never does, so the capitalised words after one
 * name the venue, whatever they look like (names/name-model.ts `areaNameToEnd`).
 */
export const VENUE_HEADS: readonly string[] = words(`
  gor gelanggang posko aula lapangan stadion alun-alun taman pantai rusun rusunawa
`);

/**
 * Heads of administrative areas (`Kabupaten Garut`, `Desa Sukamaju`): a place, never a speaker.
 * The government of one speaks under its own head (`Pemkab`, `Pemerintah Kota …`). The second
 * line holds what regional law calls a village in Aceh (`gampong`), Lampung (`pekon`), Toraja
 * (`lembang`) and West Sumatra below the nagari (`jorong`, `korong`); the third, Japan's provinces
 * as the Indonesian press writes them (`Prefektur Osaka`).
 */
export const AREA_HEADS: readonly string[] = words(`
  kabupaten kota provinsi desa kecamatan kelurahan dusun kampung nagari distrik
  gampong pekon lembang jorong korong
  prefektur
`);

/**
 * Seats of government that speak as institutions (`Istana`, `Gedung Putih`) but name a building
 * when a place name follows them (`Istana Bogor`).
 */
export const SEAT_HEADS: readonly string[] = words(`istana gedung`);

/**
 * Heads of institutions commonly named after an honoured person (`RSUD Dr Soetomo`, `UIN KH …`,
 * `Bandara Sultan …`): an honorific right after such heads opens the institution's own name,
 * not the name of a person who belongs to it.
 */
export const NAMESAKE_HEADS: readonly string[] = words(`
  rs rsu rsud rsup rsia rsab rumah sakit umum daerah pusat universitas uin iain stain institut
  politeknik sekolah akademi bandara stadion masjid museum jalan jl yayasan pesantren ponpes
`);

/**
 * One-word heads whose next word is the institution's own proper name (`RSUD Harapan`, `SMA
 * Tunas`, `PT Sinar`, `Klub Garuda`): a word after one, even a given name or a titled one, names
 * the institution, not a person (names/name-model.ts). Unlike NAMESAKE_HEADS, every entry is a
 * whole head, the word right before the name: NAMESAKE_HEADS also holds the pieces of
 * multi-word heads (`rumah sakit umum daerah`), which no name follows directly. A madrasah and
 * its grades (`Madrasah Ibtidaiyah`, `Tsanawiyah`, `Aliyah`: the MI, MTs and MA spelled out) head a
 * school's name as `SD`, `SMP` and `SMA` do.
 */
export const NAMING_HEADS: readonly string[] = words(`
  rs rsud rsup rsia rsu puskesmas klinik pt cv stadion masjid pesantren ponpes sma smp smk sd mts ma
  universitas klub madrasah ibtidaiyah tsanawiyah aliyah
`);

/** Naming heads, lowercase. */
export const NAMING_HEAD_SET: ReadonlySet<string> = new Set(NAMING_HEADS);

/**
 * The naming heads of schools and clinics written as acronyms (`SD`, `SMA`, `MTs`, `Puskesmas`):
 * a run they open and a reading takes whole is the school or clinic, never a person's name
 * (names/name-split.ts institutionWhole). Lowercase.
 */
export const SCHOOL_CLINIC_HEADS: ReadonlySet<string> = new Set(
  words(`sd smp sma smk mts ma madrasah puskesmas klinik`),
);
/** Namesake heads, lowercase. */
export const NAMESAKE_HEAD_SET: ReadonlySet<string> = new Set(NAMESAKE_HEADS);
/** Facility heads, lowercase. */
export const FACILITY_HEAD_SET: ReadonlySet<string> = new Set(FACILITY_HEADS);
export const EN_PLACE_TAIL_SET: ReadonlySet<string> = new Set(EN_PLACE_TAILS);
/** Seat heads, lowercase. */
export const SEAT_HEAD_SET: ReadonlySet<string> = new Set(SEAT_HEADS);
/** Area heads, lowercase. */
export const AREA_HEAD_SET: ReadonlySet<string> = new Set(AREA_HEADS);

/** Venue heads, lowercase. */
export const VENUE_HEAD_SET: ReadonlySet<string> = new Set(VENUE_HEADS);

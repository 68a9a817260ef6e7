/**
 * Heads of place and facility names (`Kebun Raya`, `Taman Sempur`, `Stadion Utama`, `Rumah Sakit
 * Harapan`): such a name is where something happens, never who speaks, so it is no antecedent for
 * `-nya`/`dia`. Lowercase; matched against the first word of a name.
 */

/** Splits a whitespace-separated word list (kept as prose so lists stay compact). */
const words = (list: string): readonly string[] => list.split(/\s+/u).filter(Boolean);

/** Facility and landmark heads that never speak. */
export const FACILITY_HEADS: readonly string[] = words(`
  kebun taman pasar jalan jl gang masjid musala mushala gereja pura vihara klenteng stadion
  rumah sekolah kampus bandara pelabuhan terminal stasiun hotel museum monumen tugu alun-alun
  lapangan gunung sungai kali danau pantai pulau teluk selat hutan jembatan tol bendungan waduk
  mal plaza apartemen perumahan kompleks menara candi makam
`);

/**
 * Seats of government that speak as institutions (`Istana`, `Gedung Putih`) but name a building
 * when a place name follows them (`Istana Bogor`).
 */
export const SEAT_HEADS: readonly string[] = words(`istana gedung`);

/** Facility heads, lowercase. */
export const FACILITY_HEAD_SET: ReadonlySet<string> = new Set(FACILITY_HEADS);
/** Seat heads, lowercase. */
export const SEAT_HEAD_SET: ReadonlySet<string> = new Set(SEAT_HEADS);

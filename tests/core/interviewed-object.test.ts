import { describe } from 'vitest';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.interviewedObject: the one questioned gives the next statement, whoever asks.
const INTERVIEWED: readonly SourceRow[] = [
  [
    'Dedi Kurnia',
    'Kapolsek Lembah, AKP Bonar Sihombing, mengatakan kebakaran diduga dari korsleting. “Kami masih menunggu tim labfor,” kata Bonar.',
    'Pemilik warung di sebelah gudang, Dedi Kurnia, melihat api pertama kali. Penyidik lalu memintai keterangan Dedi di posko. Dia mengatakan, “Asapnya keluar dari atap belakang.”',
  ],
  [
    'Sumarni Dewi',
    'Kepala Dinas Sosial Rudi Santika mengatakan bantuan sudah disalurkan. “Beras sudah sampai,” kata Rudi.',
    'Seorang pengungsi, Sumarni Dewi, tinggal di tenda bersama tiga anaknya. Tim kami mewawancarai Sumarni di dapur umum. Ia mengatakan, “Kami belum dapat selimut.”',
  ],
];

// discourse.agentRoleAfter: the agent of a passive presented by a role set off after its name is
// the topic, as one with a role before it.
const AGENT: readonly SourceRow[] = [
  [
    'Made Wirawan',
    'Kepala Dinas Pertanian, Hendra Gunawan, mengatakan pupuk bersubsidi terlambat datang. “Distributor kekurangan truk,” kata Hendra.',
    'Kendala yang sama dirasakan Made Wirawan, ketua kelompok tani Subak Sari. Berbeda dengan Hendra, ia menilai masalahnya ada pada kuota. “Jatah kami dipotong separuh,” ujarnya.',
  ],
];

describe('the one questioned speaks next (discourse.interviewedObject)', () => {
  sourceRows(INTERVIEWED, 'discourse.interviewedObject');
});

describe('a role set off after a passive agent presents it (discourse.agentRoleAfter)', () => {
  sourceRows(AGENT, 'discourse.agentRoleAfter');
});

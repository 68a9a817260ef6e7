import { describe } from 'vitest';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.interviewedObject: the one questioned gives the next statement, whoever asks.
const INTERVIEWED: readonly SourceRow[] = [
  [
    'Tono Wibisono',
    'Kapolsek Lembah, AKP Rudolf Tampubolon, mengatakan kebakaran diduga dari korsleting. “Kami masih menunggu tim labfor,” kata Rudolf.',
    'Pemilik warung di sebelah gudang, Tono Wibisono, melihat api pertama kali. Penyidik lalu memintai keterangan Tono di posko. Dia mengatakan, “Asapnya keluar dari atap belakang.”',
  ],
  [
    'Warsiah Ningsih',
    'Kepala Dinas Sosial Rudi Santika mengatakan bantuan sudah disalurkan. “Beras sudah sampai,” kata Rudi.',
    'Seorang pengungsi, Warsiah Ningsih, tinggal di tenda bersama tiga anaknya. Tim kami mewawancarai Warsiah di dapur umum. Ia mengatakan, “Kami belum dapat selimut.”',
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

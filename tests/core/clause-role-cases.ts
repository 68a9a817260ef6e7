/**
 * Invented sentences with the clause role the name `Rudi Hartono` has in each: one table for the
 * two places that read it (the mention record's `sentenceRole`, tests/core/sentence-role.test.ts,
 * and the discourse candidate's features, tests/core/discourse-model.test.ts).
 */
export const CLAUSE_ROLE_CASES = [
  ['Rudi Hartono menilai putusan itu adil.', 'cueSubject'],
  ['Rudi Hartono, pengacara terdakwa, juga menilai putusan itu adil.', 'cueSubject'],
  ['Rudi Hartono ditahan sejak Senin.', 'passiveSubject'],
  // One being interviewed is about to speak: a source, not one acted upon.
  ['Rudi Hartono kembali ditanya soal kerugian itu.', 'cueSubject'],
  ['Rudi Hartono dihubungi wartawan pada Senin malam.', 'cueSubject'],
  ['Rudi Hartono menghadiri sidang itu.', 'subject'],
  ['Hakim memberi waktu kepada Rudi Hartono.', 'oblique'],
  ['Hakim menolak permohonan Rudi Hartono.', 'object'],
  ['Sidang ditunda, pengacara Rudi Hartono menegaskan.', 'cueSubject'],
  // A subordinate clause opening its sentence gives the sentence its topic.
  ['Saat Rudi Hartono tiba, wartawan sudah menunggu.', 'subject'],
  ['Namun, ketika Rudi Hartono tiba, wartawan sudah pulang.', 'subject'],
] as const;

/**
 * The seats a body gives its people, and the heads that name one body in two ways: a description
 * pointing back (`ujar Ketua Komisi IV itu`, `kata politikus Partai X itu`) and a person's role
 * (`anggota Komisi IV`, `Anggota Komisi dari Fraksi Y`) that fill one of these with different
 * words are about two people (discourse/description-agreement.ts otherSeat). Lowercase; generic
 * newsroom usage, not any article's names.
 */
import { words } from './word-list';

/**
 * The posts inside a body (`Ketua`, `Wakil Ketua`, `Anggota`, `Sekretaris` of a commission, a
 * party, a board), written out: a short form (`Ketum`, `Dirut`, `Sekjen`) is one post's
 * words in one token, which a written-out post would never share, so it is left out.
 */
export const BODY_POSTS: ReadonlySet<string> = new Set(
  words(`
  ketua wakil anggota sekretaris bendahara direktur kepala koordinator komisaris deputi
  chairman chairwoman chairperson chair member secretary treasurer director head deputy vice
`),
);

/**
 * Heads that name one body by the same name after them: a party's caucus in a legislature is
 * written by the party's name (`Fraksi Partai X`, `Fraksi X`, `Partai X`).
 */
export const SAME_BODY_HEADS: readonly (readonly string[])[] = [
  ['partai', 'fraksi'],
  ['party', 'faction'],
];

// The exemptions of UU 14/2008 Pasal 17: the only grounds on which public information may be
// withheld, each resting on a consequence test (Pasal 2(4), 19). Short plain-Indonesian summaries
// of letters a–j for checkboxes, decisions and letters; the law's own wording is longer.

export const PASAL_17_LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;

export type Pasal17Letter = (typeof PASAL_17_LETTERS)[number];

export const PASAL_17_SUMMARIES: Record<Pasal17Letter, string> = {
  a: "Dapat menghambat proses penegakan hukum",
  b: "Dapat mengganggu perlindungan hak atas kekayaan intelektual dan persaingan usaha yang sehat",
  c: "Dapat membahayakan pertahanan dan keamanan negara",
  d: "Dapat mengungkapkan kekayaan alam Indonesia",
  e: "Dapat merugikan ketahanan ekonomi nasional",
  f: "Dapat merugikan kepentingan hubungan luar negeri",
  g: "Dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir atau wasiat seseorang",
  h: "Dapat mengungkap rahasia pribadi",
  i: "Memorandum atau surat antar/intra badan publik yang menurut sifatnya dirahasiakan",
  j: "Informasi yang tidak boleh diungkapkan berdasarkan undang-undang",
};

export function isPasal17Letter(value: unknown): value is Pasal17Letter {
  return typeof value === "string" && (PASAL_17_LETTERS as readonly string[]).includes(value);
}

/** "Pasal 17 huruf b" / "Pasal 17 huruf b dan h" / "Pasal 17 huruf a, b, dan h" (sorted a–j). */
export function formatPasal17(letters: readonly string[]): string {
  const known = PASAL_17_LETTERS.filter((letter) => letters.includes(letter));
  if (known.length === 0) return "";
  if (known.length === 1) return `Pasal 17 huruf ${known[0]}`;
  const head = known.slice(0, -1).join(", ");
  const joiner = known.length === 2 ? " dan " : ", dan ";
  return `Pasal 17 huruf ${head}${joiner}${known[known.length - 1]}`;
}

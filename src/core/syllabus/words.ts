// Words as the syllabus matcher compares them: lower-case, Unicode-normalised, each cut to a rough
// stem, in English and Hindi alike. A keyword "farm subsidies" then matches "farm subsidy", and
// "खाद्य तेलों" matches "खाद्य तेल"; "ज़" and "ज", "ँ" and "ं", "महत्त्व" and "महत्व" are one spelling.
// Every function here is linear in its input.

/** Hindi plural and oblique endings (candrabindu already folded to anusvara), longest first. */
const HINDI_ENDINGS = ['ियां', 'ियों', 'ाओं', 'ाएं', 'ुओं', 'ुएं', 'ों', 'ें', 'ीं', 'ां'];
/** A final vowel sign: "नीति" and "नीतियाँ", "समस्या" and "समस्याएँ", "लड़का" and "लड़के" meet without it. */
const FINAL_VOWEL = /[\u093E-\u0944\u0947\u0948\u094B\u094C]$/;

/** One spelling per Devanagari variant: nukta dropped, candrabindu as anusvara, "त्त्व" as "त्व". */
function foldDevanagari(word: string): string {
  return word.normalize('NFD').replace(/\u093C/g, '').replace(/\u0901/g, '\u0902').replace(/त्त्व/g, 'त्व').normalize('NFC');
}

function stemLatin(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function stemDevanagari(word: string): string {
  let w = word;
  for (const end of HINDI_ENDINGS) {
    // Keep at least two characters: "में", "हैं" are words of their own.
    if (w.endsWith(end) && w.length - end.length >= 2) { w = w.slice(0, -end.length); break; }
  }
  return w.length > 2 && FINAL_VOWEL.test(w) ? w.slice(0, -1) : w;
}

const DEVANAGARI = /[\u0900-\u097F]/;

/** A word's comparison form. */
export function stemWord(raw: string): string {
  // -isation and -ization, defence and defense are one word to a student.
  const w = raw.toLowerCase().replace(/isation/g, 'ization').replace(/defence/g, 'defense');
  return DEVANAGARI.test(w) ? stemDevanagari(foldDevanagari(w)) : stemLatin(w);
}

/** Letters with their marks, and digits: Devanagari vowel signs and viramas are marks. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, each as its comparison form ("Farmers' subsidies" → ["farmer", "subsidy"]). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    // "'s" and "’s" leave an "s" word behind: it carries nothing.
    if (m[0] === 's' || m[0] === 'S') continue;
    out.push(stemWord(m[0]));
  }
  return out;
}

/** A phrase's key: its words' comparison forms joined by one space. */
export function phraseKey(phrase: string): string {
  return wordsOf(phrase).join(' ');
}

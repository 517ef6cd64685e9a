// Devanagari → Latin letters for file names: "किसान उत्पादक संगठन" → "kisan utpadak sangathan".
// A simple Hunterian-style romanisation (the way Hindi names are usually spelt in English: no
// diacritics, the inherent "a" of a word's last consonant dropped) — enough for a readable, stable
// file name, not a scholarly transliteration. Other text passes through unchanged.

const VOWELS: Readonly<Record<string, string>> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऑ': 'o', 'ऍ': 'e', 'ॐ': 'om',
};
const MATRAS: Readonly<Record<string, string>> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};
const CONSONANTS: Readonly<Record<string, string>> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
  'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 'sh',
  'ष': 'sh', 'स': 's', 'ह': 'h', 'ळ': 'l',
  // With a nukta, precomposed (U+0958–U+095F).
  'क़': 'q', 'ख़': 'kh', 'ग़': 'gh', 'ज़': 'z', 'ड़': 'r', 'ढ़': 'rh', 'फ़': 'f', 'य़': 'y',
};
/** A consonant followed by the combining nukta (U+093C). */
const WITH_NUKTA: Readonly<Record<string, string>> = { 'क': 'q', 'ख': 'kh', 'ग': 'gh', 'ज': 'z', 'ड': 'r', 'ढ': 'rh', 'फ': 'f', 'य': 'y' };
const VIRAMA = '्';
const NUKTA = '़';
const NASAL = new Set(['ं', 'ँ']);
const VISARGA = 'ः';
const NASAL_CONSONANTS = new Set(['ङ', 'ञ', 'ण', 'न', 'म']);

export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text);
}

export function transliterateDevanagari(text: string): string {
  let out = '';
  /** The last consonant still carries its inherent "a"; `syllables` counts the word's so far. */
  let inherent = false;
  let syllables = 0;
  let lastConsonant = '';
  /** The last consonant closes a cluster (a virama before it: "ज्य" in "राज्य"). */
  let cluster = false;
  let afterVirama = false;
  let beforeVirama = '';
  const endWord = () => {
    // The inherent "a" of a word's last consonant is not said in Hindi ("bharat", not "bharata"),
    // except in a word of one syllable ("na") or after a cluster ("rajya", "mitra").
    if (inherent && (syllables <= 1 || cluster)) out += 'a';
    inherent = false;
    syllables = 0;
  };
  const flush = () => {
    if (inherent) out += 'a';
    inherent = false;
  };
  // NFC writes a nukta letter typed as one code point (U+095B) as the letter and the nukta.
  for (const c of text.normalize('NFC')) {
    if (c in CONSONANTS) {
      flush();
      out += CONSONANTS[c];
      lastConsonant = c;
      inherent = true;
      // A cluster after a nasal ("ण्ड" in "बॉण्ड") drops its "a" like a single consonant: "bond".
      cluster = afterVirama && !NASAL_CONSONANTS.has(beforeVirama);
      afterVirama = false;
      if (!cluster) syllables++;
    } else if (c === NUKTA) {
      const plain = CONSONANTS[lastConsonant];
      const nukta = WITH_NUKTA[lastConsonant];
      if (inherent && plain && nukta && out.endsWith(plain)) out = out.slice(0, -plain.length) + nukta;
    } else if (c in MATRAS) {
      out += MATRAS[c];
      inherent = false;
      cluster = false;
    } else if (c === VIRAMA) {
      inherent = false;
      afterVirama = true;
      beforeVirama = lastConsonant;
    } else if (NASAL.has(c) || c === VISARGA) {
      flush();
      out += c === VISARGA ? 'h' : 'n';
    } else if (c in VOWELS) {
      flush();
      out += VOWELS[c];
      syllables++;
    } else if (c >= '०' && c <= '९') {
      endWord();
      out += String(c.charCodeAt(0) - 0x0966);
    } else {
      endWord();
      out += c === '।' || c === '॥' ? '.' : c;
    }
  }
  endWord();
  return out;
}

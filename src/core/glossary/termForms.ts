// The forms a term takes: how a "For Prelims" entry as written splits into a name and aliases
// ("किसान उत्पादक संगठन (FPOs)" → the name, FPOs, FPO), and the spellings the matcher looks for
// in running text besides the name itself (nukta letters typed either way, Hindi plural and
// oblique endings, English singular and plural). Spellings only widen matching; they are never
// shown as aliases.

/** Devanagari letters with a nukta, as a letter + U+093C and as one code point (U+0958–U+095F). */
const NUKTA_LETTERS: readonly (readonly [string, string])[] = [
  ['\u0915\u093C', '\u0958'], ['\u0916\u093C', '\u0959'], ['\u0917\u093C', '\u095A'], ['\u091C\u093C', '\u095B'],
  ['\u0921\u093C', '\u095C'], ['\u0922\u093C', '\u095D'], ['\u092B\u093C', '\u095E'], ['\u092F\u093C', '\u095F'],
];

/**
 * A name as written and, if it has a Devanagari letter with a nukta (ज़ in बाज़ार, वीज़ा), its other
 * spelling: NFC keeps such letters as two code points, some keyboards type the single one, and the
 * matcher compares code units. So "बाज़ार" typed either way finds the term.
 */
export function nuktaSpellings(text: string): string[] {
  if (!/[\u093C\u0958-\u095F]/.test(text)) return [text];
  let split = text;
  let joined = text;
  for (const [pair, single] of NUKTA_LETTERS) {
    split = split.split(single).join(pair);
    joined = joined.split(pair).join(single);
  }
  return [...new Set([text, split, joined])];
}

const CONSONANT_END = /[\u0915-\u0939\u0958-\u095F\u093C]$/;
const DEVANAGARI_WORD_END = /[\u0900-\u097F]$/;

/**
 * A Hindi term's last word with the endings a sentence gives it: "रोग" is "रोगों" in "ज़ूनोटिक
 * रोगों के प्रसार", "समझौता" is "समझौते"/"समझौतों", "नीति" is "नीतियों". The matcher never ends a
 * match inside a word (a vowel sign or virama after the match's last letter), so without these
 * forms an inflected mention would go unseen.
 */
function hindiEndings(text: string): string[] {
  if (!DEVANAGARI_WORD_END.test(text)) return [];
  const last = text[text.length - 1];
  const stem = text.slice(0, -1);
  if (CONSONANT_END.test(text)) return [text + '\u094B\u0902', text + '\u0947\u0902']; // -ों, -ें
  switch (last) {
    case '\u093E': return [stem + '\u0947', stem + '\u094B\u0902', text + '\u0913\u0902', text + '\u090F\u0901']; // -े, -ों, -ाओं, -ाएँ
    case '\u093F':
    case '\u0940': return [stem + '\u093F\u092F\u094B\u0902', stem + '\u093F\u092F\u093E\u0901', stem + '\u093F\u092F\u093E\u0902']; // -ियों, -ियाँ, -ियां
    case '\u0941':
    case '\u0942': return [text + '\u0913\u0902']; // -ुओं
    default: return [];
  }
}

const ABBREVIATION = /^[A-Z][A-Z0-9&-]*[A-Z0-9]$/;
const PLURAL_ABBREVIATION = /^([A-Z][A-Z0-9&-]*[A-Z0-9])s$/;

/** "FPOs" ↔ "FPO": an abbreviation's plural is its letters and a lower-case s. */
function abbreviationNumber(text: string): string | undefined {
  const plural = PLURAL_ABBREVIATION.exec(text);
  if (plural) return plural[1];
  return ABBREVIATION.test(text) && text.length <= 10 ? text + 's' : undefined;
}

/** "Small Modular Reactors" ↔ "Small Modular Reactor", "Smart Cities" ↔ "Smart City". */
function englishNumber(text: string): string | undefined {
  const m = /([A-Za-z]{4,})$/.exec(text);
  if (!m || ABBREVIATION.test(m[1])) return undefined;
  const word = m[1];
  const head = text.slice(0, text.length - word.length);
  if (/[^aeiou]ies$/i.test(word)) return head + word.slice(0, -3) + 'y';
  if (/[^aeiou]y$/i.test(word)) return head + word.slice(0, -1) + 'ies';
  if (/(?:ss|us|is)$/i.test(word)) return undefined;
  if (/s$/i.test(word)) return head + word.slice(0, -1);
  return head + word + 's';
}

/** Every spelling the matcher should find `text` by: itself first, then nukta, number and ending forms. */
export function matchSpellings(text: string): string[] {
  const out = new Set<string>();
  for (const spelling of nuktaSpellings(text)) {
    out.add(spelling);
    for (const form of hindiEndings(spelling)) out.add(form);
  }
  const number = abbreviationNumber(text) ?? englishNumber(text);
  if (number) out.add(number);
  return [...out];
}

export interface TermForms {
  /** The term without its parenthesised part: what the entry is named. */
  readonly name: string;
  /** The parenthesised names and their other number ("FPOs" → FPOs, FPO). */
  readonly aliases: readonly string[];
}

const EDGE_CHARS = new Set([...' "\'‘’“”*,;:.।|–—-']);

/** The text without punctuation and spaces at either end (a loop: a regex `[…]+$` is quadratic on a long run). */
function trimEdges(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && EDGE_CHARS.has(text[a])) a++;
  while (b > a && EDGE_CHARS.has(text[b - 1])) b--;
  return text.slice(a, b);
}

/** The text before a final "(…)" and what the brackets hold, when it ends with one. */
function splitTrailingParens(text: string): [string, string] | undefined {
  const last = text[text.length - 1];
  if (last !== ')' && last !== '）') return undefined;
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  if (open < 0) return undefined;
  const inner = text.slice(open + 1, -1);
  return /[()（）]/.test(inner) ? undefined : [text.slice(0, open), inner];
}

/** A "For Prelims" entry as written → its name and aliases (empty name: nothing usable). */
export function termForms(written: string): TermForms {
  const text = trimEdges(written.normalize('NFC').replace(/\s+/g, ' '));
  const parts = splitTrailingParens(text);
  const outer = trimEdges(parts ? parts[0] : text);
  const inner = parts ? parts[1].split(/[,/;]/).map(trimEdges).filter(Boolean) : [];
  const name = outer || inner.shift() || '';
  const aliases: string[] = [];
  for (const a of inner) {
    aliases.push(a);
    const other = abbreviationNumber(a);
    if (other) aliases.push(other);
  }
  const seen = new Set([name.toLocaleLowerCase()]);
  return {
    // A name needs two letters, or a letter and a digit ("G7"): "(a)" or "–" is not a term.
    name: /\p{L}\P{L}*[\p{L}\p{N}]/u.test(name) ? name : '',
    aliases: aliases.filter(a => !seen.has(a.toLocaleLowerCase()) && !!seen.add(a.toLocaleLowerCase())),
  };
}

// Small predicates on a piece of plain text, shared by the markdown and the plain-text import:
// does it end a sentence, start mid-sentence, how many words, is it Title Case.

const ENDS_SENTENCE = /[.!?।॥:;…]["'”’)\]]*$/u;
const STARTS_MID = /^["'“‘(]*[\p{Ll},;:)\]…]/u;
export const HAS_WORD = /[\p{L}\p{N}]/u;

/** Starts with a capital, a digit or a letter of a script without case. */
export const STARTS_CAPITAL = /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;

/** Words that stay lower-case in a Title Case phrase. */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into',
  'onto', 'over', 'under', 'via', 'vs', 'per', 'its', 'their', 'between', 'among', 'across', 'through', 'about',
  'against', 'within', 'without', 'amid', 'upon', 'than', 'up', 'off', 'out', 'is', 'are', 'be',
]);

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.slice(-12).trimEnd());
}
export function startsMid(text: string): boolean {
  return STARTS_MID.test(text.slice(0, 12));
}
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function countWords(text: string, max = 60): number {
  if (text.length > max * 25) return max + 1;
  return text.split(/\s+/).filter(w => HAS_WORD.test(w)).length;
}

export function isTitleCase(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(w => HAS_WORD.test(w));
  if (!words.length || !STARTS_CAPITAL.test(words[0])) return false;
  const significant = words.slice(1).filter(w => !SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (!significant.length) return true;
  return significant.filter(w => STARTS_CAPITAL.test(w)).length / significant.length >= 0.75;
}

// What the student's editorials say about a term: the sentence around each mention, best first.
// A library term has no definition; these sentences are what its hover, its Terms-view tooltip
// and its flashcard show instead, each with the editorial, section and date it comes from.
import type { Mention } from './glossaryIndex';

export interface TermSentence {
  readonly sentence: string;
  readonly mention: Mention;
  readonly score: number;
}

/** Longest quote: a sentence longer than this is cut around the term, on word boundaries. */
const MAX_QUOTE = 320;
const ENDS = new Set(['.', '?', '!', '।', '॥']);

/**
 * The sentence of `text` holding [start, end): from after the previous sentence end to the next
 * one. Looks at most MAX_QUOTE characters either side, so a text without full stops costs the
 * same as a short one.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - MAX_QUOTE);
  while (a > minA && !(ENDS.has(text[a - 1]) && /\s/.test(text[a] ?? ' '))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + MAX_QUOTE);
  while (b < maxB && !(ENDS.has(text[b]) && /\s|$/.test(text[b + 1] ?? ''))) b++;
  const cutBefore = a === minA && a > 0;
  const cutAfter = b === maxB && b < text.length;
  if (b < text.length && ENDS.has(text[b])) b++;
  let quote = text.slice(a, b).trim();
  let head = cutBefore;
  let tail = cutAfter;
  if (quote.length > MAX_QUOTE) {
    // Keep the term in view: cut from the side farther from it.
    const from = Math.max(0, Math.min(start - a - MAX_QUOTE / 3, quote.length - MAX_QUOTE));
    head ||= from > 0;
    tail ||= from + MAX_QUOTE < quote.length;
    quote = quote.slice(from, from + MAX_QUOTE).trim();
  }
  return `${head ? '…' : ''}${quote}${tail ? '…' : ''}`;
}

/** Words that say what a thing is, right after its name ("X is a …", "X एक … है", "X (…)"). */
const DEFINING = /^\s*(?:\(|,?\s*(?:is|are|was|refers|means|denotes|—|–|-|:)\b|\s*(?:एक|है|हैं|का अर्थ|से तात्पर्य|अर्थात|यानी|:|—|–))/i;

/**
 * A sentence's place in the list: one that defines the term beats one that merely names it, a
 * point that leads with the term beats one that does not, and a shorter quote reads better.
 */
function score(m: Mention, sentence: string): number {
  const after = m.text && m.end !== undefined ? m.text.slice(m.end, m.end + 24) : '';
  let s = 0;
  if (DEFINING.test(after)) s += 4;
  if (m.point && m.start !== undefined && m.start < m.point.lead.length + 2) s += 2;
  if (m.pyq) s -= 3; // a question asks; it does not explain
  if (sentence.length > 40 && sentence.length < 240) s += 1;
  return s;
}

/** The sentences of `mentions` (library order: newest editorial first), best first, without repeats. */
export function termSentences(mentions: readonly Mention[], limit = 3): TermSentence[] {
  const seen = new Set<string>();
  const out: TermSentence[] = [];
  // The first mentions are the newest editorials': enough to choose from, and a term named in
  // every editorial costs no more than one named in a few.
  for (const m of mentions.slice(0, 200)) {
    if (m.text === undefined || m.start === undefined || m.end === undefined) continue;
    const sentence = sentenceAround(m.text, m.start, m.end);
    if (!sentence || seen.has(sentence)) continue;
    seen.add(sentence);
    out.push({ sentence, mention: m, score: score(m, sentence) });
  }
  // A stable sort keeps the newest editorial first among equals.
  return out.sort((x, y) => y.score - x.score).slice(0, limit);
}

// Sentences and clauses of an editorial's markdown, the units a summary keeps or leaves out.
// A clause ends at a comma, semicolon or colon, or before a word that opens a subordinate clause
// ("which", "while", "including"; Hindi "जो", "क्योंकि", "जबकि"), never inside **bold**, `code`
// or [links]: editorials set their key phrases in bold, and a bold run is never cut. The words
// are data (data/vocabulary/*.json, `summary`), one list per language.
import type { Vocabulary } from '../editorial/vocabulary';

/** The words of one language the clause rules need, lower-cased, longest first. */
export interface ClauseWords {
  /** Words that open a subordinate clause: a clause boundary falls before them. */
  readonly opening: readonly string[];
  /** Words that start a leading clause the claim comes after ("Despite …, X happened"). */
  readonly introStarts: readonly string[];
  /** Words that end a leading clause (Hindi postpositions: "… के बावजूद, X हुआ"). */
  readonly introEnds: readonly string[];
  /** Words that join the last item of a list ("and", "or"; "और", "तथा"). */
  readonly listJoins: readonly string[];
  /** Words a verb starts a clause with after an insertion ("…, run by FPOs, | can cut costs"). */
  readonly predicateStarts: readonly string[];
  /** Endings of a participle that opens a clause (", countering China's assertiveness"). */
  readonly participleEndings: readonly string[];
}

const lower = (words: readonly string[] | undefined) => [...(words ?? [])].map(w => w.toLocaleLowerCase()).sort((a, b) => b.length - a.length);

export function clauseWords(v: Vocabulary): ClauseWords {
  const s = v.summary;
  return { opening: lower(s.opening), introStarts: lower(s.introStarts), introEnds: lower(s.introEnds), listJoins: lower(s.listJoins), predicateStarts: lower(s.predicateStarts), participleEndings: lower(s.participleEndings) };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string | undefined) => !!c && WORD_CHAR.test(c);

/** Whether one of `words` (lower case) stands as whole words in `text` at `at`. */
function wordAt(text: string, at: number, words: readonly string[]): boolean {
  if (isWordChar(text[at - 1])) return false;
  for (const w of words) {
    if (text.length - at < w.length) continue;
    if (text.slice(at, at + w.length).toLocaleLowerCase() === w && !isWordChar(text[at + w.length])) return true;
  }
  return false;
}

/**
 * Splits markdown where `boundary(md, i)` says a part ends (returning how many characters the
 * separator takes and how many of them stay with the part before), never inside bold, code or a
 * link. Linear: each position is looked at once, a boundary check reads a bounded window.
 */
function splitOutsideMarkup(md: string, boundary: (md: string, i: number) => { length: number; keep: number } | undefined): string[] {
  const parts: string[] = [];
  let bold = false;
  let code = false;
  let bracket = 0;
  let last = 0;
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\') { i++; continue; }
    if (c === '`') code = !code;
    else if (!code && c === '*' && md[i + 1] === '*') { bold = !bold; i++; continue; }
    else if (!code && c === '[') bracket++;
    else if (!code && c === ']') bracket = Math.max(0, bracket - 1);
    if (bold || code || bracket) continue;
    const b = boundary(md, i);
    if (!b) continue;
    parts.push(md.slice(last, i + b.keep));
    last = i + b.length;
    // A boundary that takes no characters (before a word) must not be found again at once.
    i = Math.max(i, last - 1);
  }
  parts.push(md.slice(last));
  return parts.map(p => p.trim()).filter(Boolean);
}

const SENTENCE_END = /([.!?।])\s+(?=["“*(]*[\p{Lu}\p{N}\p{Script=Devanagari}])/uy;
const PUNCTUATION = /[,;:]\s+/y;

function sticky(re: RegExp, md: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(md);
}

/** Sentences of a markdown text (". " before a capital, a digit or Devanagari; "।"), outside markup. */
export function sentences(md: string): string[] {
  return splitOutsideMarkup(md, (s, i) => {
    const m = sticky(SENTENCE_END, s, i);
    return m ? { length: m[0].length, keep: m[1].length } : undefined;
  });
}

const DEVANAGARI = /\p{Script=Devanagari}/u;

/** Clauses of a sentence: at , ; : and before the words that open a subordinate clause. */
function rawClauses(md: string, words: ClauseWords): string[] {
  return splitOutsideMarkup(md, (s, i) => {
    const m = sticky(PUNCTUATION, s, i);
    // Hindi typists write the visarga as a colon ("पुन:", "अत:"): not a boundary after Devanagari.
    if (m && !(s[i] === ':' && DEVANAGARI.test(s[i - 1] ?? ''))) return { length: m[0].length, keep: 0 };
    // A word that opens a clause, after a space and inside the sentence (not its first word).
    if (i > 0 && /\s/.test(s[i - 1]) && wordAt(s, i, words.opening)) return { length: 0, keep: 0 };
    return undefined;
  });
}

/** A clause's text without emphasis, lower-cased, for word checks. */
const plainLower = (clause: string) => clause.replace(/\*\*|\*|`/g, '').trim().toLocaleLowerCase();

export const wordsOf = (plain: string): string[] => plain.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.%&/-]*/gu) ?? [];

const MAX_LIST_ITEM_WORDS = 3;

/**
 * Clauses of a sentence, with lists put back together: "tariffs on bourbon", "motorcycles",
 * "and ICT products" are one clause, not three (the commas of a list are not clause boundaries).
 * After a clause, a part of up to three words, or one with "and"/"or" within its first four words,
 * is a list item of that clause; at the start, short parts are the first items of the clause that
 * follows.
 */
export function clauses(md: string, words: ClauseWords): string[] {
  const out: string[] = [];
  let pending = '';
  for (const part of rawClauses(md, words)) {
    const text = plainLower(part);
    const n = wordsOf(text).length;
    const first = wordsOf(text)[0] ?? '';
    const opens = wordAt(text, 0, words.opening) || wordAt(text, 0, words.introStarts) || words.participleEndings.some(e => first.length > e.length + 2 && first.endsWith(e));
    // "ICT products" or "oilseeds and coarse grains get support": the next item of a list when a
    // joining word comes within its first words (after a clause, not after an introduction).
    const joinAt = wordsOf(text).findIndex(w => words.listJoins.includes(w));
    const joins = !opens && !wordAt(text, 0, words.predicateStarts) && joinAt >= 0 && joinAt <= MAX_LIST_ITEM_WORDS && !!out.length && !isIntroduction(out[out.length - 1], words);
    if (!opens && out.length && !pending && (joins || n <= MAX_LIST_ITEM_WORDS)) {
      // A list's next or last item: it goes with the clause its first item ends.
      out[out.length - 1] += `, ${part}`;
    } else if (!opens && n <= MAX_LIST_ITEM_WORDS) {
      // A list's first items ("seeds, fertiliser and machinery …"): they go with what follows.
      pending = pending ? `${pending}, ${part}` : part;
    } else {
      out.push(pending ? `${pending}, ${part}` : part);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Whether a clause opens with an introduction the claim comes after ("Despite …", "In 2018", "… के बावजूद"). */
export function isIntroduction(clause: string, words: ClauseWords): boolean {
  const text = plainLower(clause);
  if (wordAt(text, 0, words.introStarts)) return true;
  const end = text.replace(/[\s.,;:!?।]+$/u, '');
  return words.introEnds.some(w => end.endsWith(w) && !isWordChar(end[end.length - w.length - 1]));
}

/** Whether a clause opens with a word that makes it subordinate ("which …", "जो …"). */
export function isSubordinate(clause: string, words: ClauseWords): boolean {
  return wordAt(plainLower(clause), 0, words.opening);
}

/**
 * The clauses that carry a sentence's claim: the first after its leading introductions
 * ("Despite progress, | trade disputes remain contentious"), or the first clause when what follows
 * the introductions is subordinate too (then they were the claim); and the verb's clause when an
 * insertion stands between subject and verb ("Village units, | run by FPOs, | can cut costs").
 */
export function claimClauses(parts: readonly string[], words: ClauseWords): number[] {
  let i = 0;
  while (i < parts.length - 1 && isIntroduction(parts[i], words)) i++;
  if (i > 0 && (isSubordinate(parts[i], words) || isIntroduction(parts[i], words))) i = 0;
  const verb = parts.findIndex((p, j) => j > i && wordAt(plainLower(p), 0, words.predicateStarts));
  return verb > 0 ? [i, verb] : [i];
}

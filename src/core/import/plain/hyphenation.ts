// Rule 4: a continuation line is appended to its block, and a word hyphenated across the line
// break is mended ("exam-⏎ple" → "example") unless it is a real compound ("co-⏎operation").
import { Block, Stats, tailOf } from './block';

/** First parts that make a real hyphenated compound ("co-operation"), not a line-end hyphenation. */
const HYPHEN_PREFIXES = new Set([
  'co', 'non', 'self', 'post', 'pre', 'anti', 'multi', 'inter', 'cross', 'ex', 'semi', 'sub', 'super', 'ultra',
  'counter', 'pro', 'well', 'all', 'half', 'quasi', 'mid', 'neo', 'pan', 'bi', 'tri', 'geo', 'socio', 'eco',
  'cyber', 'intra', 'trans', 'mega', 'micro', 'macro', 'mini', 'over', 'under', 'out', 'full', 'high', 'low',
  'long', 'short', 'large', 'small', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'ten',
  'state', 'market', 'people', 'climate', 'rule', 'tax', 'debt', 'law',
]);
/** Second parts that make a real compound ("US-led", "rules-based"). */
const COMPOUND_SUFFIXES = new Set([
  'based', 'led', 'related', 'oriented', 'friendly', 'term', 'wide', 'free', 'like', 'driven', 'centric',
  'making', 'run', 'owned', 'level', 'scale', 'specific', 'time', 'year', 'old', 'sharing', 'building',
  'intensive', 'resilient', 'ready', 'proof', 'bound', 'linked', 'focused', 'sponsored', 'backed', 'made',
]);

function isHyphenationBreak(first: string, next: string): boolean {
  if (first.length < 2 || !/^\p{L}+$/u.test(first) || /.\p{Lu}/u.test(first)) return false;
  if (HYPHEN_PREFIXES.has(first.toLowerCase())) return false;
  const second = /^\p{L}+/u.exec(next)?.[0] ?? '';
  return /^\p{Ll}/u.test(second) && !COMPOUND_SUFFIXES.has(second.toLowerCase());
}

/** Appends a continuation line to a block, mending a hyphenated word (rule 4). */
export function appendContinuation(block: Block, next: string, raw: string, stats: Stats): void {
  block.lastRaw = raw;
  const { parts } = block;
  if (!parts.length || (parts.length === 1 && !parts[0])) { parts.length = 0; parts.push(next); return; }
  const tail = tailOf(block).slice(-60);
  const hyphen = /([\p{L}\p{N}]+)-$/u.exec(tail);
  if (hyphen && !/\s-$/.test(tail)) {
    const word = hyphen[1];
    const nextWord = (/^\S*/.exec(next)?.[0] ?? '').replace(/[^\p{L}\p{N}-]+$/u, '');
    if (isHyphenationBreak(word, next)) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      stats.hyphenJoined.push(word + nextWord);
    } else stats.hyphenKept.push(`${word}-${nextWord}`);
    parts.push(next);
  } else if (/\p{L}—$/u.test(tail)) parts.push(next);
  else parts.push(' ' + next);
}

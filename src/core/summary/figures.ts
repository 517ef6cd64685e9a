// The figures of a text, which a summary always keeps: amounts, percentages, quantities with their
// units and counts ("$500 billion", "5.4%", "3.3 lakh", "29 U.S. products", "18 लाख रुपए", "86%").
// Not figures: a digit inside a name (F-35, STA-1, G20, H-1B, 5G, mission-4), and dates — a year
// ("2030", "(2025)", "2023-24") or a day next to a month ("18 नवंबर", "February 17"): they tell
// when, and stay when the clause they are in stays.
import { escapeRegExp } from '../shared/regexp';
import { VOCABULARIES } from '../editorial/vocabulary';

const DIGITS = '[0-9०-९]';
/** A number as written: 1,000 · 5.12 · 2015-16 · ₹2,000 · $825. */
const NUMBER = `(?:[$₹€£]\\s?)?${DIGITS}+(?:[.,]${DIGITS}+)*(?:[-–]${DIGITS}+)?`;
const UNIT = '(?:\\s?(?:%|per cent|percent|billion|million|trillion|lakh|crore|GW|MW|km|tonnes?|hectares?|प्रतिशत|लाख|करोड़|हेक्टेयर|टन|रुपए|रुपये))*';
/**
 * A figure stands on its own: no letter, digit or joining hyphen right before it ("F-35",
 * "STA-1"), and no letter glued after it ("5G", "3rd" stays a name or an ordinal).
 */
const FIGURE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{N}][-–/])${NUMBER}${UNIT}(?![\\p{L}\\p{M}\\p{N}]|[-–]\\p{L})`, 'gu');
const YEAR = /^(?:1[89]|20|१[८९]|२०)[0-9०-९]{2}(?:[-–][0-9०-९]{2,4})?$/u;
const MONTH_WORDS = [...new Set(VOCABULARIES.flatMap(v => v.summary.months))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const MONTH_AFTER = new RegExp(`^[\\s,]*(?:${MONTH_WORDS})(?![\\p{L}\\p{M}])`, 'iu');
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${MONTH_WORDS})\\.?\\s*$`, 'iu');

/** The figures of plain text, as written (trimmed), in order. */
export function figuresIn(plain: string): string[] {
  const out: string[] = [];
  for (const m of plain.matchAll(FIGURE)) {
    const figure = m[0].trim();
    if (YEAR.test(figure)) continue;
    const at = m.index ?? 0;
    // A bounded look around the number (a month name is at most a dozen characters away).
    if (MONTH_AFTER.test(plain.slice(at + m[0].length, at + m[0].length + 16)) || MONTH_BEFORE.test(plain.slice(Math.max(0, at - 16), at))) continue;
    out.push(figure);
  }
  return out;
}

/** Numbers with what makes them a fact, for cloze cards: $500 billion, 5.4%, 3.3 lakh, 2030, 100 GW. */
const CLOZE_NUMBER = /(?:[$₹€£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|per cent|percent|billion|million|trillion|lakh|crore|GW|MW|km|tonnes?|tonne))?/giu;

export function numbersIn(plain: string): string[] {
  return [...plain.matchAll(CLOZE_NUMBER)].map(m => m[0].trim()).filter(n => /\d/.test(n));
}

// Short labels for the tree, by rule, so that a row fits the side bar and nothing is lost: what a
// rule takes out of the label goes to the row's description (and the whole text to its tooltip).
//  - A subtitle after a colon or a dash moves to the description: "Farmer Producer Organisations:
//    The Collective Strength of Small Farmers" → "Farmer Producer Organisations" + the rest.
//  - A trailing parenthesis moves to the description: "Quad (Quadrilateral Security Dialogue)".
//  - A section heading loses the question around it (data/vocabulary/*.json `headingFrames`):
//    "What are the Key Areas of Friction …?" → "Key Areas of Friction …"; "… चुनौतियाँ क्या हैं?" →
//    "… चुनौतियाँ".
//  - Text without a lead (a paragraph, a plain bullet) shows its first clause, at most
//    LONG_LABEL characters cut at a word, the rest in the description.
import { VOCABULARIES, type Vocabulary } from './vocabulary';

export interface ShortLabel {
  /** What the row shows as its label. */
  readonly label: string;
  /** What the rules took out of the label, for the row's description ('' when nothing). */
  readonly rest: string;
}

/** Labels longer than this (characters) are cut at a word when no other rule shortens them. */
export const LONG_LABEL = 48;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Title: Subtitle", "Title – Subtitle" (the first colon or spaced dash outside parentheses). */
function splitSubtitle(text: string): ShortLabel {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (!depth && i > 0 && (c === ':' || c === '：') && /\s/.test(text[i + 1] ?? '')) return parts(text.slice(0, i), text.slice(i + 1), text);
    else if (!depth && (c === '–' || c === '—') && text[i - 1] === ' ' && text[i + 1] === ' ') return parts(text.slice(0, i), text.slice(i + 1), text);
  }
  return { label: text, rest: '' };
}

function parts(label: string, rest: string, whole: string): ShortLabel {
  const l = collapse(label);
  const r = collapse(rest);
  return l && r ? { label: l, rest: r } : { label: collapse(whole), rest: '' };
}

/** "Quad (Quadrilateral Security Dialogue)" → "Quad" + "Quadrilateral Security Dialogue". */
function splitParenthesis(text: string): ShortLabel {
  const m = /^(.*\S)\s*\(([^()]+)\)$/u.exec(text);
  return m ? parts(m[1], m[2], text) : { label: text, rest: '' };
}

function join(...rests: string[]): string {
  return rests.filter(Boolean).join(' · ');
}

/** An editorial's title, a point's lead. */
export function shortTitle(text: string): ShortLabel {
  const sub = splitSubtitle(collapse(text));
  const paren = splitParenthesis(sub.label);
  return { label: paren.label, rest: join(paren.rest, sub.rest) };
}

/** A section heading: its question frame dropped, then the title rules. */
export function shortHeading(heading: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): ShortLabel {
  const whole = collapse(heading);
  let text = whole.replace(/[?？]\s*$/u, '').trim();
  // A frame goes only when at least two words are left ("What is?" stays).
  const enough = (rest: string) => rest.trim().split(' ').length >= 2;
  const lower = text.toLocaleLowerCase();
  const startWord = vocabularies.flatMap(v => v.headingFrames.dropStarts).filter(w => lower.startsWith(`${w} `)).sort((a, b) => b.length - a.length)[0];
  const start = startWord && enough(text.slice(startWord.length)) ? startWord : undefined;
  if (start) text = text.slice(start.length).trim();
  const endWord = vocabularies.flatMap(v => v.headingFrames.dropEnds).filter(w => text.endsWith(` ${w}`)).sort((a, b) => b.length - a.length)[0];
  const end = endWord && enough(text.slice(0, text.length - endWord.length)) ? endWord : undefined;
  if (end) text = text.slice(0, text.length - end.length).trim();
  // Without a frame the heading stays a question, its "?" kept.
  if (!start && !end) return shortTitle(whole);
  // "the Key Areas" after "What are": the label starts with its first word in capitals.
  text = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return shortTitle(text);
}

/**
 * Running text: its first clause (at , ; : or the end of a sentence), cut at a word if long. A
 * question (`clause` false: "Q. Consider the following …") is cut at a word only.
 */
export function shortText(text: string, max = LONG_LABEL, clause = true): ShortLabel {
  const plain = collapse(text);
  // The first , ; : । or a sentence's end (". " before a capital — not the dots of "U.S." or "5.4").
  const end = clause ? /[,;:।]|(?<!(?:^|[\s.])\p{Lu})[.!?](?=\s+["“(]?\p{Lu}|$)/u.exec(plain)?.index ?? plain.length : plain.length;
  let label = plain.slice(0, end).trimEnd() || plain;
  if (label.length > max) {
    const cut = label.lastIndexOf(' ', max - 1);
    label = label.slice(0, cut > max / 2 ? cut : max - 1).trimEnd();
  }
  // Nothing but punctuation left over: the whole text is the label.
  if (!/[\p{L}\p{N}]/u.test(plain.slice(label.length))) return { label: plain, rest: '' };
  return { label: `${label}…`, rest: `…${plain.slice(label.length).replace(/^[\s,;:]+/, '')}` };
}

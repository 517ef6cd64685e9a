// Rule 6: the bold lead of a bullet ("**Defence Cooperation:** India and …"), and the test for a
// paragraph that opens with one (a list that lost its bullet glyphs, see lists.ts).
import { countWords, HAS_WORD, isTitleCase, STARTS_CAPITAL } from '../text';

export interface Lead { lead: string; colon: string; rest: string }

const CLAUSE_START = /^(?:in|on|at|by|for|with|as|from|under|since|during|after|before|despite|while|although|though|between|among|through|within|if|when|because|and|but|or|so|to|of)\s/i;

/** "Defense and Security Cooperation: India and …" → lead and rest; see rule 6. */
export function splitLead(text: string, strict: boolean): Lead | undefined {
  if (text.startsWith('**')) return undefined;
  const head = text.slice(0, 160);
  const i = head.search(/[:：]/);
  if (i <= 0) return undefined;
  const phrase = head.slice(0, i).trim();
  const after = text.slice(i + 1);
  if (!phrase || !HAS_WORD.test(phrase) || /^\p{Ll}/u.test(phrase)) return undefined;
  if (after.startsWith('//') || (/\d$/.test(phrase) && /^\d/.test(after))) return undefined; // a URL, a time "10:30"
  const words = countWords(phrase);
  if (words > 12) return undefined;
  const bare = phrase.replace(/(?:\p{L}\.){2,}/gu, 'X').replace(/\b(?:Dr|Mr|Mrs|Ms|St|No|vs|etc|Govt|Dept|approx|Rs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g, 'X');
  if (/[.!?;]/.test(bare)) return undefined;
  if ((phrase.match(/\(/g) ?? []).length !== (phrase.match(/\)/g) ?? []).length) return undefined;
  if ((phrase.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  // "In January-November 2024: India imported …" opens a sentence, not a lead.
  if (strict && CLAUSE_START.test(phrase)) return undefined;
  const ok = isTitleCase(phrase) || (!strict && words <= 6 && STARTS_CAPITAL.test(phrase));
  return ok ? { lead: phrase, colon: head[i], rest: after.trim() } : undefined;
}

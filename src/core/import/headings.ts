// Which lines are headings or could be a title (rules 7 and 8), shared by the markdown and the
// plain-text import: known section names, Title-Case headings that name a section kind, question
// headings, the PYQ "Prelims"/"Mains" subheadings and title-like first lines. Section kinds come
// from core/editorial/sectionKinds, the same table the parser uses.
import { inferSectionKind, traitsOf } from '../editorial/sectionKinds';
import { containsSourceLine } from '../editorial/sourceLine';
import { LABELS, matchLabel } from './labels';
import { countWords, HAS_WORD, isTitleCase } from './text';

/** Short section names that are headings though their kind is 'other' or weak. */
const KNOWN_NAMES = /^(?:the\s+)?(?:way\s+forward|way\s+ahead|conclusions?|introduction|background|summary|key\s+takeaways|drishti\s+mains\s+question|mains\s+practice\s+question|previous\s+years?\s+questions?|pyqs?)\b/i;

const QUESTION_START = /^["'“‘(]*(?:what|why|how|which|who|whom|whose|when|where|is|are|can|could|should|would|will|does|do|did|has|have|to\s+what\s+extent)\b/i;
/** A PYQ question line: "Q.", "Q1.", "Question 2:". */
export const Q_LINE = /^Q(?:uestion)?\s*\d{0,3}\s*[.:)]/i;

export function stripHeadingText(text: string): string {
  return text.replace(/^[*_\s]+|[*_\s]+$/g, '').replace(/\s*[:：]$/, '').trim();
}

/** A standalone section name: "Conclusion", "Way Forward", "Drishti Mains Question:". */
export function isKnownHeading(text: string): boolean {
  if (text.length > 120 || /[.,;]$/.test(text)) return false;
  const name = stripHeadingText(text);
  if (!name || countWords(name) > 12 || name.includes(':')) return false;
  if (/^\p{Ll}/u.test(name)) return false;
  return traitsOf(inferSectionKind(name)).closing || (KNOWN_NAMES.test(name) && countWords(name) <= 6);
}

/** "Key Challenges in India's Groundwater Governance": Title Case and names a section kind. */
export function isTitleCaseHeading(text: string): boolean {
  if (text.length > 150 || /[.,;!]$/.test(text)) return false;
  const name = stripHeadingText(text);
  if (!name || name.includes(':') || countWords(name) > 15) return false;
  return isTitleCase(name) && inferSectionKind(name) !== 'other';
}

export function isQuestionStart(text: string): boolean {
  return QUESTION_START.test(text) && countWords(text) <= 25;
}
export function endsQuestion(text: string): boolean {
  return /\?["'”’)\]*]*$/.test(text.slice(-8));
}

export function isPyqSubheading(text: string): boolean {
  const name = stripHeadingText(text).toLowerCase();
  return [...LABELS.pyqPrelims, ...LABELS.pyqMains].some(l => l.toLowerCase() === name);
}

export function isTitleLike(text: string): boolean {
  if (!text || text.length > 150 || !HAS_WORD.test(text)) return false;
  if (/[.,;:：]$/.test(text) || /^\p{Ll}/u.test(text)) return false;
  if (countWords(text) > 15 || matchLabel(text) || containsSourceLine(text) || Q_LINE.test(text)) return false;
  return true;
}

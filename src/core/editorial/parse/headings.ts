// The text of headings, of bold lines that stand for headings, and whether a text asks a question.
import type MarkdownIt from 'markdown-it';
import { inlineToPlain } from '../../shared/markdown/inline';
import { isAllBold } from './pageBreakRepair';

type Token = MarkdownIt.Token;

export function cleanHeading(inline: Token[]): string {
  return inlineToPlain(inline).replace(/\s*[:：]\s*$/, '').trim();
}

/** The text of a paragraph that is one short bold line ("**Conclusion**"), for section names. */
export function boldHeading(inline: Token[]): string | undefined {
  if (!isAllBold(inline)) return undefined;
  const text = cleanHeading(inline);
  return text && text.split(' ').length <= 12 ? text : undefined;
}

/** A question: it ends with "?" (closing quotes, brackets or bold may follow). */
export function isQuestion(text: string): boolean {
  return /[?？]["'”’)\]*]*\s*$/.test(text);
}

/** "Q.", "Q1.", "Question 2:", "प्रश्न:", "प्रश्न 1.", "प्र. 3)" opening a question. */
export const QUESTION_MARK = /^(?:Q(?:uestion)?|प्रश्न|प्र)\s*\d{0,3}\s*[.:)]\s*/i;

/** A question's text without its number ("प्रश्न 1. क्या …?" → "क्या …?"). */
export function withoutQuestionMark(text: string): string {
  return text.replace(QUESTION_MARK, '').trim();
}

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

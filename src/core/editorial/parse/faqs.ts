// A FAQs block → question/answer pairs, and the points the section shows for them.
import { RawBlock, RawItem, tableToItems } from './blocks';
import { escapeMarkdown, inlineToMarkdown, inlineToPlain } from '../../shared/markdown/inline';
import type { Faq, Paragraph, Point } from '../model';
import { afterLabel } from '../vocabulary';
import { cleanHeading, isQuestion } from './headings';
import { toPoint } from './points';

interface FaqBlock {
  faqs: Faq[];
  points: Point[];
  paragraphs: Paragraph[];
}

/**
 * A FAQs block → question/answer pairs. A question is a heading, a paragraph or a bullet that ends
 * with "?"; a paragraph counts only when it is bold, numbered, or no answer is open. Everything up
 * to the next question is its answer; an "Answer:" label before the answer is dropped.
 */
export function faqsOf(blocks: RawBlock[], answerLabels: readonly string[]): FaqBlock {
  const paragraphs: Paragraph[] = [];
  const leading: RawItem[] = [];
  const pairs: { question: string; start: number; end: number; answers: { markdown: string; plain: string }[]; items: RawItem[] }[] = [];
  const open = () => pairs[pairs.length - 1];
  const unlabel = (plain: string, markdown: string) => {
    const rest = afterLabel(plain, answerLabels);
    if (rest === undefined) return { plain, markdown };
    const md = afterLabel(markdown.replace(/^[*_\s]+/, ''), answerLabels)?.replace(/^[*_\s]+/, '') ?? escapeMarkdown(rest);
    return { plain: rest, markdown: md };
  };
  const ask = (text: string, start: number, end: number) =>
    pairs.push({ question: text.trim(), start, end, answers: [], items: [] });
  const answerWith = (item: RawItem) => {
    const q = open();
    if (q) {
      q.items.push(item);
      q.end = Math.max(q.end, item.end);
    } else leading.push(item); // bullets before the first question stay points
  };
  for (const b of blocks) {
    if (b.kind === 'heading') { ask(cleanHeading(b.inline), b.start, b.end); continue; }
    if (b.kind === 'paragraph') {
      const plain = inlineToPlain(b.inline);
      const q = open();
      if (isQuestion(plain)) ask(plain, b.start, b.end);
      else if (q) {
        q.answers.push(unlabel(plain, inlineToMarkdown(b.inline)));
        q.end = Math.max(q.end, b.end);
      } else paragraphs.push({ markdown: inlineToMarkdown(b.inline), plain, range: { start: b.start, end: b.end } });
      continue;
    }
    for (const item of b.kind === 'list' ? b.items : tableToItems(b)) {
      const plain = inlineToPlain(item.inline);
      const q = open();
      // A bullet asks when no question is open or the open one has its answer; "What is X? It is …"
      // in one bullet is split at the "?", and the bullet's sub-bullets are the answer.
      const at = plain.search(/[?？]/);
      const asks = at >= 0 && (!q || q.answers.length > 0 || q.items.length > 0);
      if (!asks) { answerWith(item); continue; }
      ask(plain.slice(0, at + 1), item.start, item.end);
      const rest = plain.slice(at + 1).trim();
      const asked = open();
      if (rest) asked.answers.push(unlabel(rest, escapeMarkdown(rest)));
      for (const c of item.children) {
        asked.items.push(c);
        asked.end = Math.max(asked.end, c.end);
      }
    }
  }
  const faqs: Faq[] = [];
  const points: Point[] = leading.map(toPoint);
  for (const p of pairs) {
    const children = p.items.map(toPoint);
    const end = Math.max(p.end, ...children.map(c => c.range.end));
    const answer = [p.answers.map(a => a.markdown).join(' '), ...children.map(c => `- ${c.lead ? `**${c.lead}:** ` : ''}${c.body}`)].filter(Boolean).join('\n');
    faqs.push({ question: p.question, answer, range: { start: p.start, end } });
    const bodyPlain = p.answers.map(a => a.plain).join(' ');
    points.push({
      lead: p.question,
      body: p.answers.map(a => a.markdown).join(' '),
      plain: `${p.question} ${bodyPlain}`.trim(),
      children,
      range: { start: p.start, end: Math.max(end, p.start + 1) },
      role: 'faq',
    });
  }
  return { faqs, points, paragraphs };
}

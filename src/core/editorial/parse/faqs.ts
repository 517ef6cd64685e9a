// A FAQs block → question/answer pairs, and the points the section shows for them.
import type MarkdownIt from 'markdown-it';
import { type RawBlock, type RawItem, splitAtBreaks } from './blocks';
import { escapeMarkdown, inlineToMarkdown, inlineToPlain } from '../../shared/markdown/inline';
import type { Faq, Paragraph, Point } from '../model';
import { afterLabel } from '../vocabulary';
import { cleanHeading, isQuestion, QUESTION_MARK, withoutQuestionMark } from './headings';
import { toPoints } from './points';

type Token = MarkdownIt.Token;

/** A paragraph read as a question and its answer (tokens), or undefined when it does not ask. */
interface Asked {
  question: string;
  answer: Token[][];
  /** The answer when only plain text could be split off ("प्रश्न 1. क्या …? यह …"). */
  answerPlain?: string;
}

/** The leading bold run of a paragraph when it is a question ("**Q1. What is X?** X is …"). */
function leadingBoldQuestion(inline: readonly Token[]): Asked | undefined {
  let i = 0;
  while (i < inline.length && inline[i].type === 'text' && !inline[i].content.trim()) i++;
  if (inline[i]?.type !== 'strong_open') return undefined;
  let depth = 0;
  let j = i;
  for (; j < inline.length; j++) {
    if (inline[j].type === 'strong_open') depth++;
    else if (inline[j].type === 'strong_close' && --depth === 0) break;
  }
  const question = inlineToPlain(inline.slice(i + 1, j));
  const rest = inline.slice(j + 1);
  if (!isQuestion(question) || !inlineToPlain(rest)) return undefined;
  return { question, answer: [rest] };
}

/**
 * Whether a paragraph asks, and what it answers. Pages set a FAQ as one paragraph: the question
 * (bold, often numbered "प्रश्न 1.") then a line break or the end of the bold run, then the answer.
 */
function asked(inline: readonly Token[]): Asked | undefined {
  const lines = splitAtBreaks(inline);
  const first = inlineToPlain(lines[0] ?? []);
  if (lines.length > 1 && (isQuestion(first) || (QUESTION_MARK.test(first) && withoutQuestionMark(first)))) return { question: first, answer: lines.slice(1) };
  const bold = leadingBoldQuestion(inline);
  if (bold) return bold;
  const plain = inlineToPlain(inline);
  if (isQuestion(plain)) return { question: plain, answer: [] };
  const at = plain.search(/[?？]/);
  if (QUESTION_MARK.test(plain) && at > 0) return { question: plain.slice(0, at + 1), answer: [], answerPlain: plain.slice(at + 1).trim() };
  return undefined;
}

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
  // The question as the page numbers it ("प्रश्न 1. …?"): the number is the student's handle on it.
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
      if (!plain) continue; // a paragraph of line breaks only ("<br><br>")
      const q = open();
      const a = asked(b.inline);
      if (a) {
        ask(a.question, b.start, b.end);
        const pair = open();
        for (const line of a.answer) pair.answers.push(unlabel(inlineToPlain(line), inlineToMarkdown(line)));
        if (a.answerPlain) pair.answers.push(unlabel(a.answerPlain, escapeMarkdown(a.answerPlain)));
      } else if (q) {
        q.answers.push(unlabel(plain, inlineToMarkdown(b.inline)));
        q.end = Math.max(q.end, b.end);
      } else paragraphs.push({ markdown: inlineToMarkdown(b.inline), plain, range: { start: b.start, end: b.end } });
      continue;
    }
    if (b.kind === 'table') continue; // tables stay tables (the section keeps them)
    for (const item of b.items) {
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
  const points: Point[] = toPoints(leading);
  for (const p of pairs) {
    const children = toPoints(p.items);
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

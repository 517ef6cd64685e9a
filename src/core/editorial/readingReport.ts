// How an editorial was read, at a glance: its sections with their top-level points and tables,
// the mains question, FAQs and PYQs, the repairs made and the warnings, and any raw markup that
// would reach the student. Behind "Show How This Editorial Was Read" and `npm run check:pages`.
import type { Editorial, Point } from './model';
import { traitsOf } from './sectionKinds';

export interface SectionReading {
  readonly heading: string;
  readonly kind: string;
  /** Top-level points; a sub-heading's bullets count as the section's points, the sub-heading does not. */
  readonly points: number;
  readonly tables: number;
  readonly line: number;
}

export interface EditorialReading {
  readonly title: string;
  readonly language: string;
  readonly date?: string;
  readonly tags: readonly string[];
  readonly gsPapers: readonly number[];
  readonly prelims: readonly string[];
  /** The sections of text: everything but the closing questions (mains question, FAQs, PYQs). */
  readonly sections: readonly SectionReading[];
  readonly mainsQuestion?: string;
  readonly faqs: number;
  readonly pyqPrelims: number;
  readonly pyqMains: number;
  readonly repairs: number;
  readonly warnings: readonly string[];
  /** Plain text the student sees that still holds markup ("**", "<br>", "&nbsp;", a leading "- "). */
  readonly rawMarkup: readonly string[];
}

function topLevelPoints(points: readonly Point[]): number {
  return points.reduce((n, p) => n + (p.role === 'subheading' ? p.children.length : 1), 0);
}

const RAW_IN_PLAIN = /\*\*|__|<\/?(?:br|p|div|span|b|strong|i|em)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot);|^\s*(?:[-*+•]|\d{1,3}[.)])\s/i;
const RAW_IN_MARKDOWN = /\\\*\\\*|&lt;br|<br\s*\/?>|&nbsp;|\\<br/i;

/** Each piece of text that still holds raw markup, as "where: text…". */
export function rawMarkupIn(e: Editorial): string[] {
  const found: string[] = [];
  const plain = (where: string, text: string | undefined) => {
    if (text && RAW_IN_PLAIN.test(text)) found.push(`${where}: ${text.slice(0, 80)}`);
  };
  const markdown = (where: string, text: string | undefined) => {
    if (text && RAW_IN_MARKDOWN.test(text)) found.push(`${where}: ${text.slice(0, 80)}`);
  };
  plain('title', e.title);
  for (const t of e.tags) plain('tag', t);
  for (const t of e.prelimsTerms) plain('For Prelims term', t.text);
  for (const t of e.mainsTopics) plain('For Mains topic', t);
  plain('mains question', e.mainsQuestion);
  const visit = (p: Point, where: string) => {
    plain(`${where} lead`, p.lead);
    plain(`${where} text`, p.plain.slice(p.lead.length));
    markdown(`${where} markdown`, p.body);
    for (const c of p.children) visit(c, where);
  };
  for (const s of e.sections) {
    plain('section heading', s.heading);
    // A PYQ block's lines are its questions' statements ("1. …"), shown through the PYQs below.
    if (s.kind !== 'pyq') for (const p of s.paragraphs) { plain(`paragraph in "${s.heading.slice(0, 30)}"`, p.plain); markdown(`paragraph in "${s.heading.slice(0, 30)}"`, p.markdown); }
    for (const p of s.points) visit(p, `point in "${s.heading.slice(0, 30)}"`);
  }
  for (const f of e.faqs) { plain('FAQ question', f.question); markdown('FAQ answer', f.answer); }
  for (const q of e.pyqs) { plain('PYQ', q.text.replace(/(^|\s)\d{1,2}\.\s/g, '$1')); for (const o of q.options ?? []) plain('PYQ option', o); }
  return found;
}

export function readEditorial(e: Editorial): EditorialReading {
  const sections = e.sections
    .filter(s => !traitsOf(s.kind).closing || s.kind === 'conclusion')
    .map(s => ({ heading: s.heading, kind: s.kind, points: topLevelPoints(s.points), tables: s.tables.length, line: s.headingLine }));
  return {
    title: e.title,
    language: e.language,
    date: e.source?.date,
    tags: e.tags,
    gsPapers: e.gsPapers,
    prelims: e.prelimsTerms.map(t => t.text),
    sections,
    mainsQuestion: e.mainsQuestion,
    faqs: e.faqs.length,
    pyqPrelims: e.pyqs.filter(q => q.exam === 'prelims').length,
    pyqMains: e.pyqs.filter(q => q.exam !== 'prelims').length,
    repairs: e.repairs.length,
    warnings: e.problems.filter(p => p.severity !== 'info').map(p => p.message),
    rawMarkup: rawMarkupIn(e),
  };
}

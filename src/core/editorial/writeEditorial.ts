// The canonical markdown of an editorial, written from its parsed model: what every import saves,
// whatever the page came as (HTML, pasted text, markdown). Parts keep the order the page gave
// them; labels are written in the editorial's language; tables stay tables and a box (a one-cell
// table around the mains question or the FAQs) stays a box. Reading it back gives the same
// editorial, so importing an imported file changes nothing.
import { escapeMarkdown } from '../shared/markdown/inline';
import type { ParsedEditorial } from './parse/parseEditorial';
import type { Faq, Paragraph, Point, Pyq, Section, Table } from './model';
import { leadMarkdown, pointToMarkdown, tableToMarkdown } from './toMarkdown';
import { ENGLISH, VOCABULARIES, type Vocabulary } from './vocabulary';

interface Placed {
  readonly line: number;
  readonly markdown: string;
  /** Points of one list are written on consecutive lines. */
  readonly point?: Point;
}

/** A line of plain text that markdown would otherwise read as a block (heading, list, quote). */
function escapeLine(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * A For Prelims term: a link as the page gave it (its boundaries keep a term with a comma whole,
 * "Act, 1976"), a web link kept, any other target as "#"; plain text when it had none.
 */
const linkOrText = (text: string, href?: string) => (href === undefined ? escapeMarkdown(text)
  : `[${escapeMarkdown(text)}](${/^https?:\/\//i.test(href) ? href.replace(/[()\s]/g, encodeURIComponent) : '#'})`);

function vocabularyOf(language: string): Vocabulary {
  return VOCABULARIES.find(v => v.language === language) ?? ENGLISH;
}

const label = (text: string, rest: string) => `**${escapeMarkdown(text)}:**${rest ? ' ' + rest : ''}`;

/** The lines of a range that is a box's: its text is written inside the box. */
function inBox(line: number, boxes: readonly Table[]): boolean {
  return boxes.some(b => line >= b.range.start && line < b.range.end);
}

/** A point and its sub-points; a sub-heading is its bold line with its bullets as a list below it. */
function pointMarkdown(p: Point): string {
  if (p.role !== 'subheading') return pointToMarkdown(p);
  const list = p.children.map(c => pointToMarkdown(c)).join('\n');
  return list ? `${leadMarkdown(p.lead)}\n\n${list}` : leadMarkdown(p.lead);
}

/** Blocks joined: points of one list on consecutive lines, everything else apart. */
function join(blocks: Placed[]): string {
  blocks.sort((a, b) => a.line - b.line);
  let out = '';
  let lastPoint: Point | undefined;
  for (const b of blocks) {
    if (!b.markdown) continue;
    const sameList = b.point && lastPoint && b.point.role !== 'subheading' && lastPoint.role !== 'subheading'
      && (b.point.marker?.slice(-1) ?? '-') === (lastPoint.marker?.slice(-1) ?? '-');
    if (out) out += sameList ? '\n' : '\n\n';
    out += b.markdown;
    lastPoint = b.point;
  }
  return out;
}

function paragraphBlocks(paragraphs: readonly Paragraph[], boxes: readonly Table[]): Placed[] {
  return paragraphs.filter(p => !inBox(p.range.start, boxes)).map(p => ({ line: p.range.start, markdown: p.markdown }));
}

function tableBlocks(tables: readonly Table[]): Placed[] {
  return tables.map(t => ({ line: t.range.start, markdown: tableToMarkdown(t) }));
}

function faqBlocks(faqs: readonly Faq[], boxes: readonly Table[]): Placed[] {
  return faqs.filter(f => !inBox(f.range.start, boxes)).map(f => ({
    line: f.range.start,
    markdown: `**${escapeMarkdown(f.question)}**${f.answer ? `\n\n${f.answer}` : ''}`,
  }));
}

/** The PYQs: each under its sub-heading ("### Prelims") as the page set them, lines as written. */
function pyqBlocks(pyqs: readonly Pyq[], vocabulary: Vocabulary, boxes: readonly Table[]): Placed[] {
  const out: Placed[] = [];
  let part: string | undefined;
  for (const q of pyqs) {
    if (inBox(q.range.start, boxes)) continue;
    if (q.part && q.part !== part) out.push({ line: q.range.start - 0.5, markdown: `### ${escapeMarkdown(q.part)}` });
    part = q.part ?? part;
    const answerLabel = vocabulary.labels.answer[1] ?? vocabulary.labels.answer[0];
    const answer = q.answer ? `\n\n**${escapeMarkdown(answerLabel)}: (${q.answer})**` : '';
    out.push({ line: q.range.start, markdown: q.lines.map(escapeLine).join('\n') + answer });
  }
  return out;
}

function sectionMarkdown(s: Section, e: ParsedEditorial, boxes: readonly Table[], vocabulary: Vocabulary): string {
  const inSection = <T extends { range: { start: number } }>(items: readonly T[]) => items.filter(x => x.range.start >= s.range.start && x.range.start < s.range.end);
  const blocks: Placed[] = [...tableBlocks(s.tables)];
  if (s.kind === 'pyq') blocks.push(...pyqBlocks(inSection(e.pyqs), vocabulary, boxes));
  else if (s.kind === 'faq') {
    blocks.push(...faqBlocks(inSection(e.faqs), boxes), ...paragraphBlocks(s.paragraphs, boxes));
    for (const p of s.points) if (p.role !== 'faq' && !inBox(p.range.start, boxes)) blocks.push({ line: p.range.start, markdown: pointMarkdown(p), point: p });
  } else {
    blocks.push(...paragraphBlocks(s.paragraphs, boxes));
    for (const p of s.points) if (!inBox(p.range.start, boxes)) blocks.push({ line: p.range.start, markdown: pointMarkdown(p), point: p });
  }
  const body = join(blocks);
  // A section opened inside a box (its name is a line of the box) has its heading there already.
  if (inBox(s.headingLine, boxes)) return body;
  const heading = `${'#'.repeat(Math.min(6, Math.max(1, s.level)))} ${s.headingMarkdown || escapeMarkdown(s.heading)}`;
  return body ? `${heading}\n\n${body}` : heading;
}

function frontMatterBlock(frontMatter: Readonly<Record<string, string>>): string {
  const keys = Object.keys(frontMatter);
  return keys.length ? `---\n${keys.map(k => `${k}: ${frontMatter[k]}`).join('\n')}\n---` : '';
}

export function writeEditorial(e: ParsedEditorial): string {
  const vocabulary = vocabularyOf(e.language);
  const boxes = e.sections.flatMap(s => s.tables.filter(t => t.box));
  const front: Placed[] = [];
  // The title heading where it stood (text above it stays above it).
  if (e.titleFrom === 'heading') front.push({ line: e.titleLine, markdown: `## ${escapeMarkdown(e.title)}` });
  // Each label line where it stood, with the entries it gave: tags as the list below their label
  // (a tag may hold a comma), terms as the links the page gave them.
  const next = { tags: 0, prelims: 0, mains: 0 };
  for (const l of e.labelLines) {
    const from = next[l.label];
    next[l.label] += l.count;
    if (l.label === 'tags') front.push({ line: l.line, markdown: `${label(vocabulary.labels.tags[0], '')}\n\n${e.tags.slice(from, from + l.count).map(t => `- ${escapeMarkdown(t)}`).join('\n')}` });
    else if (l.label === 'prelims') front.push({ line: l.line, markdown: label(vocabulary.labels.prelims[0], e.prelimsTerms.slice(from, from + l.count).map(t => linkOrText(t.text, t.href)).join(', ')) });
    else front.push({ line: l.line, markdown: label(vocabulary.labels.mains[0], e.mainsTopics.slice(from, from + l.count).map(escapeMarkdown).join(', ')) });
  }
  if (e.source) front.push({ line: e.source.range.start, markdown: e.source.markdown });
  // A box's text is read as paragraphs too: the box writes it (a one-cell table before any heading).
  for (const p of e.intro) if (!inBox(p.range.start, boxes)) front.push({ line: p.range.start, markdown: p.markdown });
  // The bullets and tables before the first heading stand where they stood, among the front's lines.
  const untitled = e.sections.filter(s => s.untitled);
  for (const s of untitled) {
    for (const p of s.points) if (!inBox(p.range.start, boxes)) front.push({ line: p.range.start, markdown: pointMarkdown(p), point: p });
    for (const t of tableBlocks(s.tables)) front.push(t);
  }
  const parts = [
    frontMatterBlock(e.frontMatter),
    join(front),
    ...e.sections.filter(s => !s.untitled).map(s => sectionMarkdown(s, e, boxes, vocabulary)),
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}

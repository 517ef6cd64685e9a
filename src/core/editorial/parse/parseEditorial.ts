// Markdown text → Editorial. markdown-it tokenises (tokenize.ts), blocks.ts builds a block tree,
// pageBreakRepair.ts mends PDF damage, and the steps below interpret the result: the title, the
// split into sections (sections.ts), the front before the first section (front.ts: source line,
// prelims/mains lines), each section's points, mains question, PYQs (pyqs.ts) and FAQs (faqs.ts),
// and the problems found on the way.
import { RawBlock, toBlocks } from './blocks';
import type { Editorial, ParseProblem, PrelimsTerm, Repair, Section } from '../model';
import { detectLanguage, Vocabulary, VOCABULARIES } from '../vocabulary';
import { TokenizedEditorial, tokenizeEditorial } from './tokenize';
import { cleanHeading } from './headings';
import { readFront } from './front';
import { readSections, splitSections } from './sections';
import { capPointDepth } from './depthCap';

export interface ParseOptions {
  /** Title to use when the file has no heading (e.g. the file name). */
  fallbackTitle?: string;
  vocabularies?: readonly Vocabulary[];
}

export interface ParsedEditorial extends Editorial {
  readonly frontMatter: Readonly<Record<string, string>>;
}

/**
 * Parses an editorial, from its text or from its tokens (tokenizeEditorial). Never throws:
 * problems are reported in `problems`.
 */
export function parseEditorial(input: string | TokenizedEditorial, options: ParseOptions = {}): ParsedEditorial {
  const vocabularies = options.vocabularies ?? VOCABULARIES;
  const { frontMatter, body, tokens } = typeof input === 'string' ? tokenizeEditorial(input) : input;
  const sourceLines = body.split(/\r\n|\r|\n/);
  const blocks = toBlocks(tokens, 0, tokens.length, sourceLines);
  const lineCount = sourceLines.length;

  const { title, titleLine, titleIndex, titleFound, titleFrom } = titleOf(blocks, frontMatter.title, options.fallbackTitle);
  const { front, drafts } = splitSections(blocks, titleIndex, vocabularies);
  const { source, prelimsTerms, mainsTopics, tags, gsPapers, labelLines, intro, points: frontPoints, tables: frontTables, repairs: frontRepairs } = readFront(front, vocabularies);
  const read = readSections(drafts, lineCount, vocabularies);
  const { mainsQuestion, pyqs, faqs } = read;
  const repairs = frontRepairs.concat(read.repairs); // not push(...): it overflows past ~100k

  const sections = [...read.sections];
  if (frontPoints.length || frontTables.some(t => !t.box)) {
    // Keep what could be read: bullets and tables before the first section heading become one untitled section.
    const start = Math.min(titleLine, frontPoints[0]?.range.start ?? Infinity, frontTables[0]?.range.start ?? Infinity);
    const end = sections.length ? sections[0].range.start : lineCount;
    sections.unshift({ heading: 'Points', headingMarkdown: 'Points', kind: 'other', level: 2, points: frontPoints, paragraphs: [], tables: frontTables, range: { start, end }, headingLine: titleLine, untitled: true });
  }
  const problems = problemsOf({ titleFound, titleLine, headedSections: read.sections, sections, prelimsTerms, repairs });
  const capped = capPointDepth(sections, problems);
  if (source && !source.date) {
    // Never a guessed date: a broken one ("/06/2026") leaves the editorial undated, and says so.
    problems.push({ severity: 'warning', code: 'no-date', line: source.range.start, message: 'The source line has no date that can be read (such as 17/02/2024): the editorial is undated.' });
  }

  const language = detectLanguage(body, vocabularies).language;
  return {
    title, titleFrom, titleLine, language, tags, gsPapers, source, prelimsTerms, labelLines, mainsTopics, intro, sections: capped, mainsQuestion, pyqs, faqs,
    problems, repairs, lineCount, frontMatter,
  };
}

interface TitleRead {
  readonly title: string;
  readonly titleLine: number;
  /** The title heading's block, or -1 (no heading, or front matter names another title). */
  readonly titleIndex: number;
  /** False when neither front matter nor a heading gave a title and the fallback was used. */
  readonly titleFound: boolean;
  readonly titleFrom: 'heading' | 'frontMatter' | 'fallback';
}

/**
 * The first heading is the title; headings after it open sections. A front-matter title takes
 * its place: then the first heading is the title only if it says the same, else it is a section.
 */
function titleOf(blocks: readonly RawBlock[], frontMatterTitle: string | undefined, fallbackTitle: string | undefined): TitleRead {
  let titleIndex = blocks.findIndex(b => b.kind === 'heading');
  let title = frontMatterTitle ?? '';
  let titleLine = 0;
  if (titleIndex >= 0) {
    const h = blocks[titleIndex] as Extract<RawBlock, { kind: 'heading' }>;
    const heading = cleanHeading(h.inline);
    if (title && heading.replace(/\s+/g, ' ') !== title.replace(/\s+/g, ' ').trim()) titleIndex = -1;
    else {
      title ||= heading;
      titleLine = h.start;
    }
  }
  if (title) return { title, titleLine, titleIndex, titleFound: true, titleFrom: titleIndex >= 0 ? 'heading' : 'frontMatter' };
  return { title: fallbackTitle ?? 'Untitled editorial', titleLine, titleIndex, titleFound: false, titleFrom: 'fallback' };
}

/**
 * What the student should know: a missing title, sections or prelims line, empty sections, and
 * each page-break repair. `headedSections` are the sections opened by a heading or bold line;
 * `sections` also holds the untitled one made of bullets before the first heading.
 */
function problemsOf(parts: {
  titleFound: boolean;
  titleLine: number;
  headedSections: readonly Section[];
  sections: readonly Section[];
  prelimsTerms: readonly PrelimsTerm[];
  repairs: readonly Repair[];
}): ParseProblem[] {
  const { titleLine } = parts;
  const problems: ParseProblem[] = [];
  if (!parts.titleFound) {
    problems.push({ severity: 'warning', code: 'no-title', line: 0, message: 'No title heading found: start the editorial with a "## Title" line.' });
  }
  for (const s of parts.headedSections) {
    if (!s.points.length && !s.paragraphs.length && !s.tables.length) {
      problems.push({ severity: 'warning', code: 'empty-section', line: s.headingLine, message: `Section "${s.heading}" has no text or points.`, args: [s.heading] });
    }
  }
  if (!parts.headedSections.length) {
    problems.push({ severity: 'warning', code: 'no-sections', line: titleLine, message: 'No sections found: an editorial needs "## …" headings after its title.' });
  }
  if (!parts.prelimsTerms.length && parts.sections.length) {
    problems.push({ severity: 'info', code: 'no-prelims', line: titleLine, message: 'No "For Prelims:" line found; prelims terms will only come from the glossary.' });
  }
  for (const r of parts.repairs) {
    problems.push({ severity: 'info', code: r.kind, line: r.line, args: [truncate(r.text)], message: r.kind === 'joined-fragment'
      ? `Page-break fragment joined to the text before it: "${truncate(r.text)}"`
      : `Bullet without a bold lead read as a sub-point of the point above: "${truncate(r.text)}"` });
  }
  return problems;
}

function truncate(s: string, n = 60): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

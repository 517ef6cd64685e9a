// Markdown text → Editorial. markdown-it tokenises, blocks.ts builds a block tree,
// pageBreakRepair.ts mends PDF damage, and this file interprets the result: title, source line,
// prelims/mains lines, sections by heading, points, mains question and previous-year questions.
import type MarkdownIt from 'markdown-it';
import { tokenizeMarkdown } from '../../shared/markdown/engine';
import { RawBlock, RawItem, tableToItems, toBlocks } from './blocks';
import { escapeMarkdown, inlineToMarkdown, inlineToPlain, splitBoldLead } from '../../shared/markdown/inline';
import type {
  Editorial, Faq, LineRange, Paragraph, ParseProblem, Point, PrelimsTerm, Pyq, Repair, Section, SectionKind, SourceInfo,
} from '../model';
import { isAllBold, repairSection, RepairedParagraph } from './pageBreakRepair';
import { afterLabel, asciiDigits, detectLanguage, gsPaperOf, patternsOf, Vocabulary, VOCABULARIES } from '../vocabulary';
import { inferSectionKind, traitsOf } from '../sectionKinds';
import { FrontMatterSplit, splitFrontMatter } from '../../shared/frontMatter';
import { escapeRegExp } from '../../shared/regexp';

type Token = MarkdownIt.Token;

export interface ParseOptions {
  /** Title to use when the file has no heading (e.g. the file name). */
  fallbackTitle?: string;
  vocabularies?: readonly Vocabulary[];
}

export interface ParsedEditorial extends Editorial {
  readonly frontMatter: Readonly<Record<string, string>>;
}

function cleanHeading(inline: Token[]): string {
  return inlineToPlain(inline).replace(/\s*[:：]\s*$/, '').trim();
}

function toParagraph(p: RepairedParagraph): Paragraph {
  return { markdown: inlineToMarkdown(p.inline), plain: inlineToPlain(p.inline), range: { start: p.start, end: p.end } };
}

/** Iterative, not recursive: page-break repair can chain sub-points deeper than the stack. */
function toPoint(root: RawItem): Point {
  const done = new Map<RawItem, Point>();
  const stack: [RawItem, boolean][] = [[root, false]];
  while (stack.length) {
    const [item, childrenDone] = stack.pop()!;
    if (childrenDone) done.set(item, itemToPoint(item, item.children.map(c => done.get(c)!)));
    else {
      stack.push([item, true]);
      for (const c of item.children) stack.push([c, false]);
    }
  }
  return done.get(root)!;
}

function itemToPoint(item: RawItem, children: Point[]): Point {
  const split = splitBoldLead(item.inline);
  const bodyTokens = split ? split.rest : item.inline;
  const end = children.reduce((m, c) => Math.max(m, c.range.end), item.end);
  const lead = split?.lead ?? '';
  const body = inlineToMarkdown(bodyTokens);
  const bodyPlain = inlineToPlain(bodyTokens);
  return {
    lead,
    body,
    plain: lead ? `${lead}: ${bodyPlain}`.trim() : bodyPlain,
    children,
    range: { start: item.start, end: Math.max(end, item.start + 1) },
    ...(item.role ? { role: item.role } : {}),
    ...(item.marker ? { marker: item.marker } : {}),
  };
}

const YEAR_AT_END = /\((?:[^()]*?\b)?((?:19|20)\d\d)\)\s*[.।]?\s*$/;
const YEAR_IN_BRACKETS = /\(((?:19|20)\d\d)\)/g;
/** "Q.", "Q1.", "प्रश्न:", "प्रश्न 1." opening a question. */
const QUESTION_MARK = /^(?:Q|प्रश्न|प्र)\s*\d*\s*[.:)]\s*/i;
/** Option markers "(a)" … "(d)"; Drishti's Hindi pages use the Latin letters too. */
const OPTION = /\(([a-d])\)/gi;

/** The options "(a) x (b) y …" of a question, when (a) and (b) are both there, in letter order. */
function optionsOf(plain: string): string[] | undefined {
  const starts: number[] = [];
  let expected = 'a';
  for (const m of plain.matchAll(OPTION)) {
    if (m[1].toLowerCase() !== expected) continue;
    starts.push(m.index);
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (starts.length < 2) return undefined;
  return starts.map((at, n) => plain.slice(at, starts[n + 1] ?? plain.length).trim());
}

function toPyq(plain: string, range: LineRange, exam?: 'prelims' | 'mains', answer?: string): Pyq {
  const digits = asciiDigits(plain);
  // The year closes the question "(2019)"; failing that, the last "(YYYY)" in it.
  const year = YEAR_AT_END.exec(digits)?.[1] ?? [...digits.matchAll(YEAR_IN_BRACKETS)].pop()?.[1];
  const text = plain.replace(QUESTION_MARK, '').trim();
  const options = optionsOf(plain);
  return {
    text,
    year: year ? Number(year) : undefined,
    exam: exam ?? (options ? 'prelims' : 'mains'),
    ...(options ? { options } : {}),
    ...(answer ? { answer } : {}),
    range,
  };
}

function parseSource(p: RepairedParagraph, vocabularies: readonly Vocabulary[]): SourceInfo | undefined {
  const text = inlineToPlain(p.inline);
  for (const v of vocabularies) {
    if (!v.labels.sourceLine.some(l => text.toLocaleLowerCase().includes(l.toLocaleLowerCase()))) continue;
    // Title, paper and date come early: only the first 1,000 characters are searched, as both
    // patterns backtrack over the rest of the text from every quote or "published in" otherwise.
    const head = asciiDigits(text.slice(0, 1000));
    const quoted = /[“"‘']([^”"’']{3,})[”"’']/.exec(head)?.[1]?.trim();
    // Named groups: English gives the paper before the date, Hindi the date before the paper.
    const published = patternsOf(v).published.exec(head)?.groups;
    let date: string | undefined;
    if (published) {
      const [dd, mm, yyyy] = [Number(published.day), Number(published.month), Number(published.year)];
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
        date = `${yyyy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
      }
    }
    return {
      articleTitle: quoted,
      newspaper: published?.newspaper?.replace(/^the\s+/i, '').trim(),
      date,
      text,
      range: { start: p.start, end: p.end },
    };
  }
  return undefined;
}

const textOf = (t: Token | undefined): string => !t ? ''
  : t.type === 'softbreak' || t.type === 'hardbreak' ? ' '
    : t.type === 'text' || t.type === 'code_inline' || t.type === 'image' ? t.content : '';

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

/** The terms of a "For Prelims" line: its links, and the comma-separated text outside them. */
function parsePrelims(inline: Token[], labels: readonly string[]): PrelimsTerm[] {
  const terms: PrelimsTerm[] = [];
  let href: string | null = null;
  let text = '';
  // Text outside links, in parts, and its last two code units: testing the end of a long string
  // that grows by `+=` flattens it every time, which made a line of glued links quadratic.
  let outside: string[] = [];
  let outsideEnd = '';
  const addToOutside = (s: string) => {
    outside.push(s);
    outsideEnd = (outsideEnd + s).slice(-2);
  };
  let first = true;
  const addOutside = () => {
    const plain = outside.join('').replace(/\s+/g, ' ').trim();
    // "[A](#), B, [C](#)": B is a term too. The label is in the text before the first link.
    for (const t of splitList(first ? afterLabel(plain, labels) ?? plain : plain)) terms.push({ text: t });
    outside = [];
    outsideEnd = '';
    first = false;
  };
  for (let i = 0; i < inline.length; i++) {
    const t = inline[i];
    if (t.type === 'link_open') { href = t.attrGet('href'); text = ''; }
    else if (t.type === 'link_close' && href !== null) {
      let j = i + 1;
      while (j < inline.length && !textOf(inline[j])) j++;
      // A link glued to the letters around it ("abc[def](#)") is part of that word, not a term.
      if ((WORD_END.test(outsideEnd) && WORD_START.test(text)) || (WORD_END.test(text) && WORD_START.test(textOf(inline[j])))) {
        addToOutside(text);
      } else {
        addOutside();
        const term = text.replace(/\s+/g, ' ').trim();
        if (term) terms.push({ text: term, href });
      }
      href = null;
    } else if (href !== null) text += textOf(t);
    else addToOutside(textOf(t));
  }
  addOutside();
  return terms;
}

/** "A, B (C, D), E." → ["A", "B (C, D)", "E"]: commas inside brackets do not split. */
function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    if ((c === ',' || c === ';') && depth === 0) { out.push(current); current = ''; } else current += c;
  }
  out.push(current);
  return out.map(s => s.trim().replace(/[.।]$/, '').trim()).filter(Boolean);
}

interface SectionDraft {
  heading: string;
  kind: SectionKind;
  level: number;
  headingLine: number;
  blocks: RawBlock[];
}

/**
 * A small editorial in the usual shape (title, source line, prelims and mains lines, paragraphs,
 * nested points with bold leads, links, a table, a mains question, a previous-year question).
 */
const WARM_UP_TEXT = `## Warm-up

*This editorial is based on “[A title](#)” which was published in The Hindu on 01/01/2024.*

**For Prelims:** [Quad](#), [CAATSA](#)

**For Mains:** Key areas of cooperation.

A paragraph with **bold**, *italic*, \`code\` and \\$5 billion.

### What are the Key Areas?

- **Defence:** a point with a [link](#).
  - A sub-point (2025).
    - A deeper one.
- **Trade:** another point.

| Year | Value |
| --- | --- |
| 2024 | 5 |

### Conclusion

1. First.
2. Second.

**Drishti Mains Question:**

Discuss the partnership.

**UPSC Civil Services Examination, Previous Year Question (PYQ)**

**Q.** What is the Quad? (2020)
`;

/**
 * Parses a small editorial once. The first parse of a process runs cold (markdown-it and this
 * parser not yet compiled by the JIT) and takes 30-80 ms for a full-size editorial; parsing this
 * one first, in a task of its own, takes about a third of that cost off the first real parse.
 */
export function warmUpParser(): void {
  parseEditorial(WARM_UP_TEXT);
}

/**
 * The first half of a parse: front matter split off, the body tokenized by markdown-it (about
 * half the time of a parse). The library's background scan runs the two halves as separate jobs,
 * so that no single job blocks the extension host for a whole cold parse.
 */
export interface TokenizedEditorial {
  readonly frontMatter: FrontMatterSplit['frontMatter'];
  readonly body: string;
  readonly tokens: readonly Token[];
}

export function tokenizeEditorial(text: string): TokenizedEditorial {
  const { frontMatter, body } = splitFrontMatter(text);
  return { frontMatter, body, tokens: tokenizeMarkdown(body) };
}

/**
 * Parses an editorial, from its text or from its tokens (tokenizeEditorial). Never throws:
 * problems are reported in `problems`.
 */
export function parseEditorial(input: string | TokenizedEditorial, options: ParseOptions = {}): ParsedEditorial {
  const vocabularies = options.vocabularies ?? VOCABULARIES;
  const { frontMatter, body, tokens } = typeof input === 'string' ? tokenizeEditorial(input) : input;
  const blocks = toBlocks(tokens);
  const lineCount = body.split(/\r\n|\r|\n/).length;
  const problems: ParseProblem[] = [];
  const repairs: Repair[] = [];

  // The first heading is the title; headings after it open sections. A front-matter title takes
  // its place: then the first heading is the title only if it says the same, else it is a section.
  let titleIndex = blocks.findIndex(b => b.kind === 'heading');
  let title = frontMatter.title ?? '';
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
  if (!title) {
    title = options.fallbackTitle ?? 'Untitled editorial';
    problems.push({ severity: 'warning', code: 'no-title', line: 0, message: 'No title heading found: start the editorial with a "## Title" line.' });
  }

  const languages = vocabularies.map(v => v.language);
  const front: RawBlock[] = [];
  const drafts: SectionDraft[] = [];
  const allPrelims = vocabularies.flatMap(v => v.labels.pyqSubheadingPrelims);
  const allMains = vocabularies.flatMap(v => v.labels.pyqSubheadingMains);
  blocks.forEach((b, i) => {
    if (i === titleIndex) return;
    const current = drafts[drafts.length - 1];
    if (b.kind === 'heading' && i > titleIndex) {
      const heading = cleanHeading(b.inline);
      // "Prelims"/"Mains" under a PYQ heading are parts of that section, not sections; so are
      // the questions of a FAQs block when they are smaller headings than the block's own.
      const isPyqPart = current?.kind === 'pyq' && [...allPrelims, ...allMains].some(l => l.toLocaleLowerCase() === heading.toLocaleLowerCase());
      const isFaqPart = current?.kind === 'faq' && b.level > current.level && isQuestion(heading);
      if (!isPyqPart && !isFaqPart) {
        drafts.push({ heading, kind: inferSectionKind(heading, languages), level: b.level, headingLine: b.start, blocks: [] });
        return;
      }
    } else if (b.kind === 'paragraph' && i > titleIndex && current) {
      // Web pages often set "Drishti Mains Question:", "Conclusion" or the PYQ block as a bold
      // line instead of a heading: those few section names open a section from a bold paragraph.
      const heading = boldHeading(b.inline);
      const kind = heading ? inferSectionKind(heading, languages) : undefined;
      if (heading && kind && traitsOf(kind).closing && kind !== current.kind) {
        drafts.push({ heading, kind, level: current.level, headingLine: b.start, blocks: [] });
        return;
      }
    }
    (current ? current.blocks : front).push(b);
  });

  // Before the first section: source line, For Prelims, For Mains, intro paragraphs.
  const frontRepaired = repairSection(front);
  for (const r of frontRepaired.repairs) repairs.push(r); // no push(...): it overflows past ~100k
  let source: SourceInfo | undefined;
  const prelimsTerms: PrelimsTerm[] = [];
  const mainsTopics: string[] = [];
  const tags: string[] = [];
  const intro: Paragraph[] = [];
  const prelimsLabels = vocabularies.flatMap(v => v.labels.prelims);
  const tagLabels = vocabularies.flatMap(v => v.labels.tags);
  for (const p of frontRepaired.paragraphs) {
    const plain = inlineToPlain(p.inline);
    const prelims = afterLabel(plain, prelimsLabels);
    const mains = afterLabel(plain, vocabularies.flatMap(v => v.labels.mains));
    // A second "For Prelims"/"For Mains" line adds to the first.
    if (prelims !== undefined) for (const t of parsePrelims(p.inline, prelimsLabels)) prelimsTerms.push(t);
    else if (mains !== undefined) for (const t of splitList(mains)) mainsTopics.push(t);
    else if (afterLabel(plain, tagLabels) !== undefined) for (const t of parsePrelims(p.inline, tagLabels)) tags.push(t.text);
    else if (!source && (source = parseSource(p, vocabularies))) continue;
    else intro.push(toParagraph(p));
  }
  const gsPapers = [...new Set(tags.map(t => gsPaperOf(t, vocabularies)).filter((n): n is number => n !== undefined))];
  const frontPoints = frontRepaired.points.map(toPoint);

  const sections: Section[] = [];
  let mainsQuestion: string | undefined;
  const pyqs: Pyq[] = [];
  const faqs: Faq[] = [];
  const answerLabels = vocabularies.flatMap(v => v.labels.answer);
  drafts.forEach((d, n) => {
    // Questions, statements and options stand unpunctuated: rule 3 would run them together.
    const repaired = repairSection(d.blocks, { caseless: d.kind !== 'pyq' });
    for (const r of repaired.repairs) repairs.push(r);
    const end = n + 1 < drafts.length ? drafts[n + 1].headingLine : lineCount;
    // A FAQs block is read as question → answer pairs; its points are those pairs.
    const faqBlock = d.kind === 'faq' ? faqsOf(d.blocks, answerLabels) : undefined;
    if (faqBlock) for (const f of faqBlock.faqs) faqs.push(f);
    const section: Section = {
      heading: d.heading,
      kind: d.kind,
      level: d.level,
      points: faqBlock ? faqBlock.points : repaired.points.map(toPoint),
      paragraphs: faqBlock ? faqBlock.paragraphs : repaired.paragraphs.map(toParagraph),
      range: { start: d.headingLine, end: Math.max(end, d.headingLine + 1) },
      headingLine: d.headingLine,
    };
    sections.push(section);
    if (d.kind === 'mains-question') {
      const q = [...section.paragraphs.map(p => p.plain), ...section.points.map(p => p.plain)].join(' ').trim();
      if (q) mainsQuestion ??= q;
    } else if (d.kind === 'pyq') {
      for (const q of pyqsOf(d.blocks, repaired.paragraphs, section, { prelims: allPrelims, mains: allMains, answer: answerLabels })) pyqs.push(q);
    }
    if (!section.points.length && !section.paragraphs.length) {
      problems.push({ severity: 'warning', code: 'empty-section', line: d.headingLine, message: `Section "${d.heading}" has no text or points.`, args: [d.heading] });
    }
  });

  if (!sections.length) {
    problems.push({ severity: 'warning', code: 'no-sections', line: titleLine, message: 'No sections found: an editorial needs "## …" headings after its title.' });
  }
  if (frontPoints.length) {
    // Keep what could be read: bullets before the first section heading become one untitled section.
    const start = Math.min(titleLine, frontPoints[0].range.start);
    const end = sections.length ? sections[0].range.start : lineCount;
    sections.unshift({ heading: 'Points', kind: 'other', level: 2, points: frontPoints, paragraphs: [], range: { start, end }, headingLine: titleLine });
  }
  if (!prelimsTerms.length && sections.length) {
    problems.push({ severity: 'info', code: 'no-prelims', line: titleLine, message: 'No "For Prelims:" line found; prelims terms will only come from the glossary.' });
  }
  for (const r of repairs) {
    problems.push({ severity: 'info', code: r.kind, line: r.line, args: [truncate(r.text)], message: r.kind === 'joined-fragment'
      ? `Page-break fragment joined to the text before it: "${truncate(r.text)}"`
      : `Bullet without a bold lead read as a sub-point of the point above: "${truncate(r.text)}"` });
  }

  const language = detectLanguage(body, vocabularies).language;
  return {
    title, titleLine, language, tags, gsPapers, source, prelimsTerms, mainsTopics, intro, sections, mainsQuestion, pyqs, faqs,
    problems, repairs, lineCount, frontMatter,
  };
}

interface PyqLabels {
  readonly prelims: readonly string[];
  readonly mains: readonly string[];
  readonly answer: readonly string[];
}

const answerPatterns = new Map<string, RegExp>();
/** "Ans: (b)", "Answer - b", "उत्तर: (b)": the label, a separator and one option letter. */
function answerPattern(labels: readonly string[]): RegExp {
  const key = labels.join('\n');
  let re = answerPatterns.get(key);
  if (!re) {
    re = new RegExp(`(?:^|[\\s(])(?:${labels.map(escapeRegExp).join('|')})\\s*[:.：\\-–]\\s*\\(?([a-d])\\)?(?![\\p{L}\\p{N}])`, 'iu');
    answerPatterns.set(key, re);
  }
  return re;
}

const OPTION_START = /^\(?[a-d]\)\s/i;
const HAS_YEAR = /\((?:[^()]*?\b)?(?:19|20)\d\d\)/;

function pyqsOf(blocks: RawBlock[], paragraphs: RepairedParagraph[], section: Section, labels: PyqLabels): Pyq[] {
  const isLabel = (text: string, list: readonly string[]) => {
    const t = text.replace(/\s*[:：]\s*$/, '').trim().toLocaleLowerCase();
    return list.some(l => l.toLocaleLowerCase() === t);
  };
  // Which sub-heading ("Prelims"/"Mains") each line falls under: headings, or bold lines saying only that.
  const marks: { line: number; exam: 'prelims' | 'mains' }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading' && b.kind !== 'paragraph') continue;
    const text = cleanHeading(b.inline);
    if (isLabel(text, labels.prelims)) marks.push({ line: b.start, exam: 'prelims' });
    else if (b.kind === 'heading' || isLabel(text, labels.mains)) marks.push({ line: b.start, exam: 'mains' });
  }
  // The last mark before `line`, by binary search (marks are in line order; a PYQ list can be long).
  const examAt = (line: number) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid].line < line) lo = mid + 1; else hi = mid;
    }
    return lo ? marks[lo - 1].exam : undefined;
  };
  const units: { plain: string; start: number; end: number; point: boolean; marker?: string }[] = [
    ...paragraphs.map(p => ({ plain: inlineToPlain(p.inline), start: p.start, end: p.end, point: false })),
    ...section.points.map(p => ({ plain: p.plain, start: p.range.start, end: p.range.end, point: true, marker: p.marker })),
  ].filter(u => u.plain && !marks.some(m => m.line === u.start)).sort((a, b) => a.start - b.start);

  const answerRe = answerPattern(labels.answer);
  const out: Pyq[] = [];
  // The question being read: its texts (stem, statements, options) are joined once at the end,
  // as joining per part is quadratic in a long options list.
  let current: { texts: string[]; start: number; end: number; answer?: string; options: boolean } | undefined;
  const flush = () => {
    if (current) out.push(toPyq(current.texts.join(' '), { start: current.start, end: current.end }, examAt(current.start), current.answer));
    current = undefined;
  };
  for (const u of units) {
    let plain = u.plain;
    const answer = answerRe.exec(plain);
    let letter: string | undefined;
    if (answer) {
      letter = answer[1].toLowerCase();
      plain = (plain.slice(0, answer.index) + plain.slice(answer.index + answer[0].length)).trim();
    }
    if (current && !plain) { // an answer line of its own
      current.answer ??= letter;
      current.end = Math.max(current.end, u.end);
      continue;
    }
    const last = current?.texts[current.texts.length - 1] ?? '';
    // Options "(a) …" belong to the question above; so do its numbered statements (bullets) and
    // the line that asks about them, until the options come. A line with its own year or "Q."
    // mark is a new question.
    const open = !!current && !current.options && (u.point || /[:：]$/.test(last) || current.texts.length > 1);
    const belongs = !!current && (OPTION_START.test(plain) || (open && !QUESTION_MARK.test(plain) && !HAS_YEAR.test(plain)));
    if (!belongs) {
      flush();
      current = { texts: [], start: u.start, end: u.end, options: false };
    }
    // A statement keeps its number ("1. …"): the question asks "Which of the statements given
    // above is/are correct?" and the options name them ("(a) 1 only"). Questions numbered as a
    // list ("1. Q. …") do not take theirs.
    current!.texts.push(belongs && u.marker ? `${u.marker} ${plain}` : plain);
    current!.end = Math.max(current!.end, u.end);
    if (OPTION_START.test(plain) || optionsOf(plain)) current!.options = true;
    if (letter) current!.answer ??= letter;
  }
  flush();
  return out;
}

/** A question: it ends with "?" (closing quotes, brackets or bold may follow). */
function isQuestion(text: string): boolean {
  return /[?？]["'”’)\]*]*\s*$/.test(text);
}

/** The text of a paragraph that is one short bold line ("**Conclusion**"), for section names. */
function boldHeading(inline: Token[]): string | undefined {
  if (!isAllBold(inline)) return undefined;
  const text = cleanHeading(inline);
  return text && text.split(' ').length <= 12 ? text : undefined;
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
function faqsOf(blocks: RawBlock[], answerLabels: readonly string[]): FaqBlock {
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

function truncate(s: string, n = 60): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

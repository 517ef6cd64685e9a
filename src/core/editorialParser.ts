// Markdown text → Editorial. markdown-it tokenises, blocks.ts builds a block tree,
// pageBreakRepair.ts mends PDF damage, and this file interprets the result: title, source line,
// prelims/mains lines, sections by heading, points, mains question and previous-year questions.
import MarkdownIt from 'markdown-it';
import { RawBlock, RawItem, toBlocks } from './blocks';
import { inlineToMarkdown, inlineToPlain, splitBoldLead } from './inline';
import type {
  Editorial, LineRange, Paragraph, ParseProblem, Point, PrelimsTerm, Pyq, Repair, Section, SectionKind, SourceInfo,
} from './model';
import { repairSection, RepairedParagraph } from './pageBreakRepair';
import { afterLabel, inferSectionKind, Vocabulary, VOCABULARIES } from './vocabulary';
import { splitFrontMatter } from './frontMatter';

type Token = MarkdownIt.Token;

export interface ParseOptions {
  /** Title to use when the file has no heading (e.g. the file name). */
  fallbackTitle?: string;
  vocabularies?: readonly Vocabulary[];
}

export interface ParsedEditorial extends Editorial {
  readonly frontMatter: Readonly<Record<string, string>>;
}

let sharedMd: MarkdownIt | undefined;
/** One tokenizer for every parse: html off (editorials come from anywhere), tables on. */
function tokenizer(): MarkdownIt {
  sharedMd ??= new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  return sharedMd;
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
  };
}

const YEAR_AT_END = /\((?:[^()]*?\b)?((?:19|20)\d\d)\)\s*[.]?\s*$/;

function toPyq(plain: string, range: LineRange, exam?: 'prelims' | 'mains'): Pyq {
  // The year closes the question "(2019)"; failing that, the last "(YYYY)" in it.
  const year = YEAR_AT_END.exec(plain)?.[1] ?? [...plain.matchAll(/\(((?:19|20)\d\d)\)/g)].pop()?.[1];
  const text = plain.replace(/^Q\d*\s*[.:)]\s*/i, '').trim();
  const a = plain.search(/\(a\)/i); // not /\(a\)[\s\S]*\(b\)/: that is quadratic in the number of "(a)"s
  const hasOptions = a >= 0 && /\(b\)/i.test(plain.slice(a + 3));
  return { text, year: year ? Number(year) : undefined, exam: exam ?? (hasOptions ? 'prelims' : 'mains'), range };
}

function parseSource(p: RepairedParagraph, vocabularies: readonly Vocabulary[]): SourceInfo | undefined {
  const text = inlineToPlain(p.inline);
  for (const v of vocabularies) {
    if (!v.labels.sourceLine.some(l => text.toLocaleLowerCase().includes(l.toLocaleLowerCase()))) continue;
    // Title, paper and date come early: only the first 1,000 characters are searched, as both
    // patterns backtrack over the rest of the text from every quote or "published in" otherwise.
    const head = text.slice(0, 1000);
    const quoted = /[“"‘']([^”"’']{3,})[”"’']/.exec(head)?.[1]?.trim();
    const published = new RegExp(v.sourcePattern.published, 'iu').exec(head);
    let date: string | undefined;
    if (published) {
      const [dd, mm, yyyy] = [Number(published[2]), Number(published[3]), Number(published[4])];
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
        date = `${yyyy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
      }
    }
    return {
      articleTitle: quoted,
      newspaper: published?.[1]?.replace(/^the\s+/i, '').trim(),
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

/** Parses an editorial. Never throws: problems are reported in `problems`. */
export function parseEditorial(text: string, options: ParseOptions = {}): ParsedEditorial {
  const vocabularies = options.vocabularies ?? VOCABULARIES;
  const { frontMatter, body } = splitFrontMatter(text);
  const tokens = tokenizer().parse(body, {});
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

  const front: RawBlock[] = [];
  const drafts: SectionDraft[] = [];
  const allPrelims = vocabularies.flatMap(v => v.labels.pyqSubheadingPrelims);
  const allMains = vocabularies.flatMap(v => v.labels.pyqSubheadingMains);
  blocks.forEach((b, i) => {
    if (i === titleIndex) return;
    const current = drafts[drafts.length - 1];
    if (b.kind === 'heading' && i > titleIndex) {
      const heading = cleanHeading(b.inline);
      // "Prelims"/"Mains" under a PYQ heading are parts of that section, not sections.
      const isPyqPart = current?.kind === 'pyq' && [...allPrelims, ...allMains].some(l => l.toLocaleLowerCase() === heading.toLocaleLowerCase());
      if (!isPyqPart) {
        drafts.push({ heading, kind: inferSectionKind(heading, vocabularies), level: b.level, headingLine: b.start, blocks: [] });
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
  const intro: Paragraph[] = [];
  const prelimsLabels = vocabularies.flatMap(v => v.labels.prelims);
  for (const p of frontRepaired.paragraphs) {
    const plain = inlineToPlain(p.inline);
    const prelims = afterLabel(plain, prelimsLabels);
    const mains = afterLabel(plain, vocabularies.flatMap(v => v.labels.mains));
    // A second "For Prelims"/"For Mains" line adds to the first.
    if (prelims !== undefined) for (const t of parsePrelims(p.inline, prelimsLabels)) prelimsTerms.push(t);
    else if (mains !== undefined) for (const t of splitList(mains)) mainsTopics.push(t);
    else if (!source && (source = parseSource(p, vocabularies))) continue;
    else intro.push(toParagraph(p));
  }
  const frontPoints = frontRepaired.points.map(toPoint);

  const sections: Section[] = [];
  let mainsQuestion: string | undefined;
  const pyqs: Pyq[] = [];
  drafts.forEach((d, n) => {
    const repaired = repairSection(d.blocks);
    for (const r of repaired.repairs) repairs.push(r);
    const end = n + 1 < drafts.length ? drafts[n + 1].headingLine : lineCount;
    const section: Section = {
      heading: d.heading,
      kind: d.kind,
      level: d.level,
      points: repaired.points.map(toPoint),
      paragraphs: repaired.paragraphs.map(toParagraph),
      range: { start: d.headingLine, end: Math.max(end, d.headingLine + 1) },
      headingLine: d.headingLine,
    };
    sections.push(section);
    if (d.kind === 'mains-question') {
      const q = [...section.paragraphs.map(p => p.plain), ...section.points.map(p => p.plain)].join(' ').trim();
      if (q) mainsQuestion ??= q;
    } else if (d.kind === 'pyq') {
      for (const q of pyqsOf(d.blocks, repaired.paragraphs, section, allPrelims)) pyqs.push(q);
    }
    if (!section.points.length && !section.paragraphs.length) {
      problems.push({ severity: 'warning', code: 'empty-section', line: d.headingLine, message: `Section "${d.heading}" has no text or points.` });
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
    problems.push({ severity: 'info', code: r.kind, line: r.line, message: r.kind === 'joined-fragment'
      ? `Page-break fragment joined to the text before it: "${truncate(r.text)}"`
      : `Bullet without a bold lead read as a sub-point of the point above: "${truncate(r.text)}"` });
  }

  return { title, titleLine, source, prelimsTerms, mainsTopics, intro, sections, mainsQuestion, pyqs, problems, repairs, lineCount, frontMatter };
}

function pyqsOf(blocks: RawBlock[], paragraphs: RepairedParagraph[], section: Section, prelimsLabels: string[]): Pyq[] {
  // Which sub-heading ("Prelims"/"Mains") each line falls under.
  const marks = blocks
    .filter((b): b is Extract<RawBlock, { kind: 'heading' }> => b.kind === 'heading')
    .map(b => {
      const h = cleanHeading(b.inline).toLocaleLowerCase();
      const exam: 'prelims' | 'mains' = prelimsLabels.some(l => l.toLocaleLowerCase() === h) ? 'prelims' : 'mains';
      return { line: b.start, exam };
    });
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
  const out: Pyq[] = [];
  // Options paragraphs are collected first and the question made once: remaking it per paragraph is quadratic.
  let options: { texts: string[]; end: number } | undefined;
  const addOptions = () => {
    const prev = out[out.length - 1];
    if (options) out[out.length - 1] = toPyq(`${prev.text} ${options.texts.join(' ')}`, { start: prev.range.start, end: options.end }, prev.exam);
    options = undefined;
  };
  for (const p of paragraphs) {
    const plain = inlineToPlain(p.inline);
    // An options paragraph "(a) … (b) …" after a question belongs to that question.
    if (out.length && /^\(a\)/i.test(plain)) {
      options ??= { texts: [], end: p.end };
      options.texts.push(plain);
      options.end = p.end;
      continue;
    }
    addOptions();
    out.push(toPyq(plain, { start: p.start, end: p.end }, examAt(p.start)));
  }
  addOptions();
  for (const pt of section.points) out.push(toPyq(pt.plain, pt.range, examAt(pt.range.start)));
  return out.sort((a, b) => a.range.start - b.range.start);
}

function truncate(s: string, n = 60): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

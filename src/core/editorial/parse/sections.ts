// Sections: the blocks after the title split at headings (and at the bold lines that stand for a
// few section names), then each section read: points, paragraphs, mains question, PYQs, FAQs.
import type MarkdownIt from 'markdown-it';
import type { RawBlock } from './blocks';
import { inlineToMarkdown } from '../../shared/markdown/inline';
import type { Faq, Pyq, Repair, Section, SectionKind } from '../model';
import { repairSection } from './pageBreakRepair';
import type { Vocabulary } from '../vocabulary';
import { inferSectionKind, traitsOf } from '../sectionKinds';
import { boldHeading, cleanHeading, isQuestion, withoutQuestionMark } from './headings';
import { toParagraph, toPoints, toTable } from './points';
import { faqsOf } from './faqs';
import { PyqLabels, pyqsOf } from './pyqs';

type Token = MarkdownIt.Token;

export interface SectionDraft {
  /** Opened by a line of a box (a one-cell table): it does not own the boxes that follow. */
  fromBox?: boolean;
  heading: string;
  headingMarkdown: string;
  kind: SectionKind;
  level: number;
  headingLine: number;
  blocks: RawBlock[];
}

/**
 * A heading's text without its bold runs: a heading is bold already, so "## **X**" is written
 * "## X", as the HTML converter writes "<h2><b>X</b></h2>" (a page ends in one canonical file
 * however it arrives), and so is a bold line that opens a section ("**Conclusion**" is written
 * "## Conclusion"). Italics and links stay.
 */
function withoutBold(inline: readonly Token[]): Token[] {
  return inline.filter(t => t.type !== 'strong_open' && t.type !== 'strong_close');
}

/**
 * The blocks before the first section (`front`) and the sections' blocks. `titleIndex` is the
 * title heading's block, or -1: headings after it open sections.
 */
export function splitSections(blocks: readonly RawBlock[], titleIndex: number, vocabularies: readonly Vocabulary[]): { front: RawBlock[]; drafts: SectionDraft[] } {
  const front: RawBlock[] = [];
  const drafts: SectionDraft[] = [];
  const allPrelims = vocabularies.flatMap(v => v.labels.pyqSubheadingPrelims);
  const allMains = vocabularies.flatMap(v => v.labels.pyqSubheadingMains);
  const languages = vocabularies.map(v => v.language);
  let box: { start: number; end: number } | undefined;
  blocks.forEach((b, i) => {
    // The title heading stays in the front as a boundary: page-break repair never joins text across it.
    if (i === titleIndex) { front.push(b); return; }
    const current = drafts[drafts.length - 1];
    const inBox = !!box && b.kind === 'paragraph' && b.start === box.start && b.end === box.end;
    if (b.kind === 'table' && b.box) {
      // A box belongs to the section of the text around it, not to one its own lines opened
      // (a mains-question box followed by a FAQs box: both are the conclusion's, as the page has them).
      box = { start: b.start, end: b.end };
      let owner: SectionDraft | undefined;
      for (let k = drafts.length - 1; k >= 0 && !owner; k--) if (!drafts[k].fromBox) owner = drafts[k];
      (owner ? owner.blocks : front).push(b);
      return;
    }
    if (b.kind === 'heading' && i > titleIndex) {
      const heading = cleanHeading(b.inline);
      // "Prelims"/"Mains" under a PYQ heading are parts of that section, not sections; so are
      // the questions of a FAQs block when they are smaller headings than the block's own.
      const isPyqPart = current?.kind === 'pyq' && [...allPrelims, ...allMains].some(l => l.toLocaleLowerCase() === heading.toLocaleLowerCase());
      const isFaqPart = current?.kind === 'faq' && b.level > current.level && isQuestion(heading);
      if (!isPyqPart && !isFaqPart) {
        drafts.push({ heading, headingMarkdown: inlineToMarkdown(withoutBold(b.inline)), kind: inferSectionKind(heading, languages), level: b.level, headingLine: b.start, blocks: [] });
        return;
      }
    } else if (b.kind === 'paragraph' && i > titleIndex && current) {
      // Web pages often set "Drishti Mains Question:", "Conclusion" or the PYQ block as a bold
      // line instead of a heading: the closing blocks' names open a section from a bold paragraph.
      const heading = boldHeading(b.inline);
      const kind = heading ? inferSectionKind(heading, languages) : undefined;
      if (heading && kind && traitsOf(kind).closing && kind !== current.kind) {
        drafts.push({ heading, headingMarkdown: inlineToMarkdown(withoutBold(b.inline)), kind, level: current.level, headingLine: b.start, blocks: [], ...(inBox ? { fromBox: true } : {}) });
        return;
      }
    }
    (current ? current.blocks : front).push(b);
  });
  return { front, drafts };
}

export interface SectionsPart {
  readonly sections: Section[];
  readonly mainsQuestion: string | undefined;
  readonly pyqs: Pyq[];
  readonly faqs: Faq[];
  readonly repairs: Repair[];
}

/** Reads each section (page-break damage repaired first); a section ends where the next begins. */
export function readSections(drafts: readonly SectionDraft[], lineCount: number, vocabularies: readonly Vocabulary[]): SectionsPart {
  const sections: Section[] = [];
  let mainsQuestion: string | undefined;
  const pyqs: Pyq[] = [];
  const faqs: Faq[] = [];
  const repairs: Repair[] = [];
  const answerLabels = vocabularies.flatMap(v => v.labels.answer);
  const pyqLabels: PyqLabels = {
    prelims: vocabularies.flatMap(v => v.labels.pyqSubheadingPrelims),
    mains: vocabularies.flatMap(v => v.labels.pyqSubheadingMains),
    answer: answerLabels,
  };
  drafts.forEach((d, n) => {
    // A FAQs block is read as question → answer pairs; its points are those pairs. It is read
    // before page-break repair, which changes bullets in place: read after, a paragraph or bullet
    // repair joined to the one above would be read twice (and once more on every re-import).
    const faqBlock = d.kind === 'faq' ? faqsOf(d.blocks, answerLabels) : undefined;
    // Questions, statements and options stand unpunctuated: rule 3 would run them together.
    const repaired = repairSection(d.blocks, { caseless: d.kind !== 'pyq' });
    for (const r of repaired.repairs) repairs.push(r); // no push(...): it overflows past ~100k
    const end = n + 1 < drafts.length ? drafts[n + 1].headingLine : lineCount;
    if (faqBlock) for (const f of faqBlock.faqs) faqs.push(f);
    const section: Section = {
      heading: d.heading,
      headingMarkdown: d.headingMarkdown,
      kind: d.kind,
      level: d.level,
      points: faqBlock ? faqBlock.points : toPoints(repaired.points),
      paragraphs: faqBlock ? faqBlock.paragraphs : repaired.paragraphs.map(toParagraph),
      tables: repaired.tables.map(toTable),
      range: { start: d.headingLine, end: Math.max(end, d.headingLine + 1) },
      headingLine: d.headingLine,
    };
    sections.push(section);
    if (d.kind === 'mains-question') {
      // "प्रश्न. …" / "Q. …": the question without its mark.
      const q = withoutQuestionMark([...section.paragraphs.map(p => p.plain), ...section.points.map(p => p.plain)].join(' ').trim());
      if (q) mainsQuestion ??= q;
    } else if (d.kind === 'pyq') {
      for (const q of pyqsOf(d.blocks, repaired.paragraphs, section, pyqLabels)) pyqs.push(q);
    }
  });
  return { sections, mainsQuestion, pyqs, faqs, repairs };
}

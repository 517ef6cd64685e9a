// The front of an editorial, before its first section: source line, "For Prelims", "For Mains",
// tags, intro paragraphs, and bullets that stand before any section heading.
import type { RawBlock } from './blocks';
import { inlineToMarkdown, inlineToPlain } from '../../shared/markdown/inline';
import type { LabelLine, Paragraph, Point, PrelimsTerm, Repair, SourceInfo, Table } from '../model';
import { repairSection, RepairedParagraph } from './pageBreakRepair';
import { afterLabel, gsPaperOf, Vocabulary } from '../vocabulary';
import { containsSourceLine, readSourceLine } from '../sourceLine';
import { parsePrelims, splitList } from './prelims';
import { toParagraph, toPoints, toTable } from './points';

export interface FrontPart {
  readonly source: SourceInfo | undefined;
  readonly prelimsTerms: PrelimsTerm[];
  readonly mainsTopics: string[];
  readonly tags: string[];
  readonly gsPapers: number[];
  readonly labelLines: LabelLine[];
  readonly intro: Paragraph[];
  /** Bullets and tables before the first section heading. */
  readonly points: Point[];
  readonly tables: Table[];
  readonly repairs: readonly Repair[];
}

function parseSource(p: RepairedParagraph, vocabularies: readonly Vocabulary[]): SourceInfo | undefined {
  const text = inlineToPlain(p.inline);
  if (!containsSourceLine(text, vocabularies)) return undefined;
  const { articleTitle, newspaper, date } = readSourceLine(text, vocabularies);
  return {
    articleTitle, newspaper, date: date?.iso, text, markdown: inlineToMarkdown(p.inline),
    ...(date ? { dateText: date.text } : {}), range: { start: p.start, end: p.end },
  };
}

/**
 * "Tags:" on a line of its own, the tags as the list below it (as web pages set them): the list's
 * items are tags, not points. Returns the tags and the blocks without that list.
 */
function tagLists(front: readonly RawBlock[], tagLabels: readonly string[]): { tags: string[]; tagsLine?: number; rest: RawBlock[] } {
  const tags: string[] = [];
  const rest: RawBlock[] = [];
  let tagsLine: number | undefined;
  for (let i = 0; i < front.length; i++) {
    const b = front[i];
    rest.push(b);
    const next = front[i + 1];
    if (b.kind !== 'paragraph' || next?.kind !== 'list') continue;
    const after = afterLabel(inlineToPlain(b.inline), tagLabels);
    // The label alone, or with the first tag glued to it ("Tags:- [GS-II](…)").
    if (after === undefined || (after && !/^[-*•]\s/.test(after))) continue;
    for (const item of next.items) {
      const tag = inlineToPlain(item.inline).replace(/[,;]$/, '').trim();
      if (tag) tags.push(tag);
    }
    tagsLine ??= b.start;
    i++;
  }
  return { tags, tagsLine, rest };
}

/** Reads the blocks before the first section (page-break damage repaired first). */
export function readFront(blocks: readonly RawBlock[], vocabularies: readonly Vocabulary[]): FrontPart {
  const tagLabels = vocabularies.flatMap(v => v.labels.tags);
  const { tags: listedTags, tagsLine, rest: front } = tagLists(blocks, tagLabels);
  const labels = vocabularies.flatMap(v => [...v.labels.prelims, ...v.labels.mains, ...v.labels.tags]);
  const frontRepaired = repairSection(front, { isLabel: inline => afterLabel(inlineToPlain(inline), labels) !== undefined });
  let source: SourceInfo | undefined;
  const prelimsTerms: PrelimsTerm[] = [];
  const mainsTopics: string[] = [];
  const tags: string[] = [];
  const intro: Paragraph[] = [];
  const labelLines: LabelLine[] = [];
  const noteLabel = (label: LabelLine['label'], line: number, before: number, after: number) => { if (after > before) labelLines.push({ label, line, count: after - before }); };
  const prelimsLabels = vocabularies.flatMap(v => v.labels.prelims);
  for (const p of frontRepaired.paragraphs) {
    const plain = inlineToPlain(p.inline);
    const prelims = afterLabel(plain, prelimsLabels);
    const mains = afterLabel(plain, vocabularies.flatMap(v => v.labels.mains));
    // A second "For Prelims"/"For Mains" line adds to the first.
    if (prelims !== undefined) {
      const before = prelimsTerms.length;
      for (const t of parsePrelims(p.inline, prelimsLabels)) prelimsTerms.push(t);
      noteLabel('prelims', p.start, before, prelimsTerms.length);
    } else if (mains !== undefined) {
      const before = mainsTopics.length;
      for (const t of splitList(mains)) mainsTopics.push(t);
      noteLabel('mains', p.start, before, mainsTopics.length);
    } else if (afterLabel(plain, tagLabels) !== undefined) {
      const before = tags.length;
      for (const t of parsePrelims(p.inline, tagLabels)) tags.push(t.text.replace(/^[-*•]\s+/, ''));
      noteLabel('tags', p.start, before, tags.length);
    }
    else if (!source && (source = parseSource(p, vocabularies))) continue;
    else intro.push(toParagraph(p));
  }
  if (tagsLine !== undefined) noteLabel('tags', tagsLine, tags.length, tags.length + listedTags.length);
  for (const t of listedTags) tags.push(t);
  const gsPapers = [...new Set(tags.map(t => gsPaperOf(t, vocabularies)).filter((n): n is number => n !== undefined))];
  return {
    source, prelimsTerms, mainsTopics, tags, gsPapers, labelLines, intro,
    points: toPoints(frontRepaired.points),
    tables: frontRepaired.tables.map(toTable),
    repairs: frontRepaired.repairs,
  };
}

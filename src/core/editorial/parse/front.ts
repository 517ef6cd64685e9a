// The front of an editorial, before its first section: source line, "For Prelims", "For Mains",
// tags, intro paragraphs, and bullets that stand before any section heading.
import type { RawBlock } from './blocks';
import { inlineToPlain } from '../../shared/markdown/inline';
import type { Paragraph, Point, PrelimsTerm, Repair, SourceInfo } from '../model';
import { repairSection, RepairedParagraph } from './pageBreakRepair';
import { afterLabel, gsPaperOf, Vocabulary } from '../vocabulary';
import { containsSourceLine, readSourceLine } from '../sourceLine';
import { parsePrelims, splitList } from './prelims';
import { toParagraph, toPoint } from './points';

export interface FrontPart {
  readonly source: SourceInfo | undefined;
  readonly prelimsTerms: PrelimsTerm[];
  readonly mainsTopics: string[];
  readonly tags: string[];
  readonly gsPapers: number[];
  readonly intro: Paragraph[];
  /** Bullets before the first section heading. */
  readonly points: Point[];
  readonly repairs: readonly Repair[];
}

function parseSource(p: RepairedParagraph, vocabularies: readonly Vocabulary[]): SourceInfo | undefined {
  const text = inlineToPlain(p.inline);
  if (!containsSourceLine(text, vocabularies)) return undefined;
  const { articleTitle, newspaper, date } = readSourceLine(text, vocabularies);
  return { articleTitle, newspaper, date: date?.iso, text, range: { start: p.start, end: p.end } };
}

/** Reads the blocks before the first section (page-break damage repaired first). */
export function readFront(front: readonly RawBlock[], vocabularies: readonly Vocabulary[]): FrontPart {
  const frontRepaired = repairSection(front);
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
  return {
    source, prelimsTerms, mainsTopics, tags, gsPapers, intro,
    points: frontRepaired.points.map(toPoint),
    repairs: frontRepaired.repairs,
  };
}

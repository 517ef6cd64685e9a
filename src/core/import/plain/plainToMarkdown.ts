// Plain text (copied from a web page or a PDF) rebuilt as editorial markdown, in steps: characters,
// page-break debris, lines, blocks, lists, markdown, title fallback, notes. The rules are listed
// in ../importEditorial.ts.
import { FoundDate, readSourceLine, SourceLineDetails } from '../../editorial/sourceLine';
import { spellOutPdfCharacters } from '../characters';
import { stripHeadingText } from '../headings';
import { newStats } from './block';
import { buildBlocks } from './blocks';
import { findDebris } from './debris';
import { emitMarkdown } from './emit';
import { escapeHeading } from './escape';
import { readLines } from './lines';
import { glyphlessLists, nestBullets } from './lists';
import { plainNotes } from './notes';
import { findTitleLine } from './title';
import { measureWrapping } from './wrapping';

export interface PlainResult {
  markdown: string;
  title: string;
  titleAdded: boolean;
  source?: SourceLineDetails;
  /** The date of a date-only line above the title. */
  dateLine?: FoundDate;
}

/** Converts plain text to markdown; its notes are appended to `notes`. */
export function importPlain(input: string, notes: string[]): PlainResult {
  const stats = newStats();

  // Rule 1, plain-text part: ligatures and soft hyphens.
  const chars = spellOutPdfCharacters(input);
  stats.ligatures = chars.ligatures;
  stats.softHyphens = chars.softHyphens;
  const rawLines = chars.text.replace(/\f/g, '\n\f\n').split('\n');

  const debris = findDebris(rawLines);
  const { lines, separators } = readLines(rawLines, debris.drop);
  stats.separators = separators;
  const { titleLine, dateLine } = findTitleLine(lines);
  const blocks = buildBlocks(lines, titleLine, measureWrapping(lines), stats);

  const titleBlock = blocks.find(b => b.kind === 'title');
  glyphlessLists(blocks, stats);
  nestBullets(blocks, stats);
  const markdownLines = emitMarkdown(blocks, stats);

  // Title fallback: the article title from the source line (rule 7).
  const sourceBlock = blocks.find(b => b.kind === 'source');
  const source = sourceBlock ? readSourceLine(sourceBlock.text) : undefined;
  let title = titleBlock ? stripHeadingText(titleBlock.text) : '';
  let titleAdded = false;
  if (!title && source?.articleTitle) {
    title = source.articleTitle;
    markdownLines.unshift(`## ${escapeHeading(title)}`, '');
    titleAdded = true;
  }

  notes.push(...plainNotes(stats, debris, { title, fromTitleLine: !!titleBlock, titleAdded, sourceFound: !!sourceBlock }));
  return { markdown: markdownLines.join('\n') + '\n', title, titleAdded, source, dateLine };
}

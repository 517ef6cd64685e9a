// The import notes of a plain-text conversion: what was dropped, joined, turned into bullets,
// headings and labels, and what the title came from.
import { listCounted, plural, truncate } from '../noteWording';
import type { Stats } from './block';
import type { Debris } from './debris';

export interface TitleFacts {
  /** The title, from the title line or the source line's article title ('' if none). */
  title: string;
  /** The first line (or the one after a date) became the title. */
  fromTitleLine: boolean;
  /** No title line: a title heading was added from the source line's article title. */
  titleAdded: boolean;
  /** A source line was found (and italicised). */
  sourceFound: boolean;
}

export function plainNotes(stats: Stats, debris: Debris, { title, fromTitleLine, titleAdded, sourceFound }: TitleFacts): string[] {
  const notes: string[] = [];
  if (stats.ligatures) notes.push(`spelled out ${stats.ligatures} ligature${plural(stats.ligatures)} (ﬁ → fi)`);
  if (stats.softHyphens) notes.push(`removed ${stats.softHyphens} soft hyphen${plural(stats.softHyphens)}`);
  if (debris.dropped.length) {
    notes.push(`dropped ${debris.dropped.length} page-break line${plural(debris.dropped.length)} (page numbers, headers, footers): ${listCounted(debris.dropped)}`);
  }
  if (debris.pageMarks) notes.push(`removed ${debris.pageMarks} form feed${plural(debris.pageMarks)} (page breaks)`);
  if (stats.separators) notes.push(`dropped ${stats.separators} separator line${plural(stats.separators)} without words`);
  if (stats.wrapJoins) notes.push(`joined ${stats.wrapJoins} hard-wrapped line${plural(stats.wrapJoins)}`);
  if (stats.breakJoins) notes.push(`joined ${stats.breakJoins} page-break fragment${plural(stats.breakJoins)}`);
  if (stats.hyphenJoined.length) notes.push(`joined ${stats.hyphenJoined.length} word${plural(stats.hyphenJoined.length)} hyphenated across lines: ${listCounted(stats.hyphenJoined, 5)}`);
  if (stats.hyphenKept.length) notes.push(`kept the hyphen of ${stats.hyphenKept.length} compound${plural(stats.hyphenKept.length)} split across lines: ${listCounted(stats.hyphenKept, 5)}`);
  for (const [glyph, n] of stats.glyphs) {
    notes.push(glyph === '1.' || glyph === '(1)'
      ? `turned ${n} '${glyph}' numbered item${plural(n)} into an ordered list`
      : `turned ${n} '${glyph}' bullet${plural(n)} into markdown bullets`);
  }
  if (stats.glyphless) notes.push(`turned ${stats.glyphless} paragraph${plural(stats.glyphless)} of a list that lost its bullet glyphs into bullets`);
  if (stats.nested) notes.push(`nested ${stats.nested} bullet${plural(stats.nested)} as sub-bullets`);
  if (stats.leads) notes.push(`made ${stats.leads} bullet lead${plural(stats.leads)} bold`);
  if (fromTitleLine) notes.push(`made the first line the title: "${truncate(title)}"`);
  else if (titleAdded) notes.push(`no title line found: added the title heading from the article title "${truncate(title)}"`);
  else notes.push('no title line found: add a "## Title" line at the top');
  if (stats.headings.length) notes.push(`made ${stats.headings.length} heading${plural(stats.headings.length)}: ${listCounted(stats.headings, 8)}`);
  if (stats.labels) notes.push(`formatted ${stats.labels} label${plural(stats.labels)} (For Prelims / For Mains)`);
  if (sourceFound) notes.push('italicised the source line');
  return notes;
}

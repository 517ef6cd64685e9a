// Input that already is markdown, typed or converted from HTML: its structure is kept, apart from
// runs of blank lines and `*`/`+` bullets (→ `-`), and a short first line made the title heading
// when there is none. The parser reads the rest (and repairs page breaks in markdown itself).
import { splitFrontMatter } from '../shared/frontMatter';
import { FenceTracker } from '../shared/fences';
import { isDateOnly } from '../editorial/sourceLine';
import { isTitleLike } from './headings';
import { truncate } from './noteWording';
import { collapse } from './text';

export interface MarkdownResult { markdown: string; title: string }

/**
 * ATX headings, `- **Lead:**` bullets, a line that opens with bold (`**For Prelims:**`), or front
 * matter with a key (an editorial saved with front matter only is still markdown).
 */
export function looksLikeMarkdown(text: string): boolean {
  return /^ {0,3}#{1,6}[ \t]+\S/m.test(text)
    || (text.startsWith('---') && Object.keys(splitFrontMatter(text).frontMatter).length > 0)
    || /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\*\*[^*\n]{1,200}?\*\*/m.test(text)
    || /^\*\*[^*\n]{1,80}?\*\*/m.test(text);
}

export function importMarkdown(text: string, notes: string[], fromHtml = false): MarkdownResult {
  if (!fromHtml) notes.push('input is markdown: kept its structure');
  const out = tidyLines(text.split('\n'), notes);
  const { frontMatter, body } = splitFrontMatter(out.join('\n'));
  const title = findTitle(out, frontMatter.title, body.split('\n'), notes);
  return { markdown: out.join('\n') + '\n', title };
}

/** Runs of blank lines collapsed to one, `*`/`+` bullets → `-`; fenced code left alone. */
function tidyLines(lines: readonly string[], notes: string[]): string[] {
  const out: string[] = [];
  const fences = new FenceTracker();
  let blankRun = 0;
  let collapsed = 0;
  let converted = 0;
  for (const line of lines) {
    if (fences.inFence(line)) {
      out.push(line);
      blankRun = 0;
      continue;
    }
    if (line.trim() === '') {
      blankRun++;
      if (blankRun === 2) collapsed++;
      if (blankRun === 1 && out.length) out.push('');
      continue;
    }
    blankRun = 0;
    const bullet = /^(\s*)[*+](\s+)(?=\S)/.exec(line);
    if (bullet && !/^\s*(?:\*\s*){3,}$/.test(line)) {
      out.push(bullet[1] + '-' + bullet[2] + line.slice(bullet[0].length));
      converted++;
    } else out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  if (collapsed) notes.push(`collapsed ${collapsed} run${collapsed === 1 ? '' : 's'} of blank lines`);
  if (converted) notes.push(`turned ${converted} '*'/'+' bullet${converted === 1 ? '' : 's'} into '-' bullets`);
  return out;
}

/**
 * Title: front matter, else the first heading, else a short first line, which is then made a
 * heading in `out` (the body keeps the front matter's lines, blanked, so its line numbers are
 * those of `out`).
 */
function findTitle(out: string[], frontMatterTitle: string | undefined, bodyLines: readonly string[], notes: string[]): string {
  let title = frontMatterTitle ? collapse(frontMatterTitle) : '';
  const headingAt = bodyLines.findIndex(l => /^ {0,3}#{1,6}[ \t]+\S/.test(l));
  // A date on a line of its own above the title is skipped, as in plain text (rule 7).
  let firstAt = bodyLines.findIndex(l => l.trim() !== '');
  if (firstAt >= 0 && isDateOnly(bodyLines[firstAt].trim())) firstAt = bodyLines.findIndex((l, i) => i > firstAt && l.trim() !== '');
  if (!title && headingAt >= 0 && headingAt === firstAt) {
    title = cleanMarkdownText(bodyLines[headingAt].replace(/^ {0,3}#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, ''));
  } else if (!title && firstAt >= 0) {
    const first = bodyLines[firstAt].trim();
    const plain = cleanMarkdownText(first);
    // The line as written decides its end too: cleaning drops a final colon ("B:" is a label, as
    // for plain text, not a title).
    // A line that opens bold its paragraph closes later cannot stand alone as a heading.
    const cutsBold = (first.match(/(?<!\\)\*\*/g)?.length ?? 0) % 2 === 1;
    if (isTitleLike(plain) && !cutsBold && !/[.,;:：]$/.test(first) && !/^(?:[-*+>]|\d{1,9}[.)])\s|^[*_\\]|^(?:```|~~~)/.test(first)) {
      out[firstAt] = `## ${first}`;
      title = plain;
      notes.push(`made the first line the title heading: "${truncate(plain)}"`);
    } else if (headingAt >= 0) {
      title = cleanMarkdownText(bodyLines[headingAt].replace(/^ {0,3}#{1,6}[ \t]+/, ''));
    }
  }
  return title;
}

/** Plain text of a line of markdown: links, emphasis markers and escapes removed. */
export function cleanMarkdownText(text: string): string {
  return collapse(text
    .replace(/!?\[([^[\]\n]{0,300})\]\([^()\n]{0,300}\)/g, '$1')
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .replace(/\s*[:：]$/, '');
}

// The blocks written out as markdown lines: bullets with their markers and nesting (rule 5) and
// bold leads (rule 6), headings, labels (rule 9), the italic source line (rule 10), PYQ questions
// (rule 11), everything escaped (rule 12).
import { stripHeadingText } from '../headings';
import { matchLabel } from '../labels';
import type { Block, Stats } from './block';
import { escapeBlockStart, escapeHeading, escapeInline } from './escape';
import { splitLead } from './leads';

export function emitMarkdown(blocks: readonly Block[], stats: Stats): string[] {
  const out: string[] = [];
  let columns: number[] = [0];
  let inList = false;
  /** Per level of the current nesting path: whether its latest item was numbered. */
  let orderedAt: boolean[] = [];
  const separate = () => { if (out.length) out.push(''); };
  for (const b of blocks) {
    if (b.kind === 'bullet') {
      if (!inList) { separate(); columns = [0]; orderedAt = []; }
      inList = true;
      const level = Math.min(b.level, columns.length - 1);
      const marker = b.number !== undefined ? `${b.number}. ` : '- ';
      // A new ordered list that does not start at 1 cannot interrupt the paragraph above it: a blank line.
      if (b.number !== undefined && b.number !== '1' && !orderedAt[level] && orderedAt.length) out.push('');
      orderedAt.length = level;
      orderedAt[level] = b.number !== undefined;
      out.push(' '.repeat(columns[level]) + marker + bulletBody(b, level, stats));
      columns.length = level + 1;
      columns.push(columns[level] + marker.length);
      continue;
    }
    inList = false;
    separate();
    out.push(blockText(b, stats));
  }
  return out;
}

/** A bullet's text after its marker: a bold lead (rule 6), or the lettered marker kept as text. */
function bulletBody(b: Block, level: number, stats: Stats): string {
  const lead = b.marker ? undefined : splitLead(b.text, level > 0);
  if (lead) {
    stats.leads++;
    return `**${escapeInline(lead.lead)}${lead.colon}**${lead.rest ? ' ' + escapeInline(lead.rest) : ''}`;
  }
  return escapeBlockStart(escapeInline(b.marker ? `${b.marker} ${b.text}` : b.text));
}

/** Any block but a bullet, as markdown. */
function blockText(b: Block, stats: Stats): string {
  switch (b.kind) {
    case 'title':
      return `## ${escapeHeading(b.text)}`;
    case 'heading':
      stats.headings.push(stripHeadingText(b.text));
      return `## ${escapeHeading(b.text)}`;
    case 'subheading':
      stats.headings.push(stripHeadingText(b.text));
      return `### ${escapeHeading(b.text)}`;
    case 'label': {
      const m = matchLabel(b.text);
      return m ? `**${escapeInline(m.label)}:**${m.rest ? ' ' + escapeInline(m.rest) : ''}` : escapeBlockStart(escapeInline(b.text));
    }
    case 'source':
      return `*${escapeInline(b.text)}*`;
    case 'pyq':
      return b.lines.map(l => escapeBlockStart(escapeInline(l))).join('\n');
    default:
      return escapeBlockStart(escapeInline(b.text));
  }
}

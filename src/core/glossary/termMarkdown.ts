// A glossary term as markdown, for hovers, the look-up view and the term's virtual document.
// Glossary text may come from any file in the workspace: links that are not plain web links are
// reduced to their text, and HTML is escaped, so nothing in a definition can run a command.
import type { GlossaryTerm } from './entries';

/** Keeps http(s) links, turns every other link (command:, file:, javascript:, data:…) into text. */
export function neutraliseMarkdown(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\(\s*([^)\s]*)[^)]*\)/g, (_whole, text: string, url: string) => (/^https?:\/\//i.test(url) ? `[${text}](${url})` : text))
    // Reference definitions ("[x]: command:…") would turn "[x]" anywhere into a link.
    .replace(/^\s{0,3}\[[^\]]+\]:\s*(\S+).*$/gm, (line, url: string) => (/^https?:\/\//i.test(url) ? line : ''))
    .replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;'));
}

export interface TermLink {
  readonly label: string;
  readonly target: string;
}

export interface TermMarkdownOptions {
  /** "Mentioned in" links (already safe command URIs made by the caller). */
  readonly mentions?: readonly TermLink[];
  /** Related-term links, same. */
  readonly related?: readonly TermLink[];
  readonly headingLevel?: number;
  readonly showSources?: boolean;
}

export function termToMarkdown(term: GlossaryTerm, o: TermMarkdownOptions = {}): string {
  const heading = o.headingLevel ? `${'#'.repeat(o.headingLevel)} ${term.name}` : `**${term.name}**`;
  const parts = [term.category ? `${heading} · *${term.category}*` : heading];
  if (term.aliases.length) parts.push(`*Also:* ${term.aliases.slice(0, 6).map(a => neutraliseMarkdown(a)).join(', ')}`);
  parts.push(neutraliseMarkdown(term.definition));
  if (term.facts.length) parts.push(term.facts.map(f => `- ${neutraliseMarkdown(f)}`).join('\n'));
  if (o.mentions?.length) {
    const shown = o.mentions.slice(0, 5).map(m => `- [${m.label}](${m.target})`);
    if (o.mentions.length > 5) shown.push(`- …and ${o.mentions.length - 5} more`);
    parts.push(`**Mentioned in**\n\n${shown.join('\n')}`);
  }
  if (o.related?.length) parts.push(`**Related:** ${o.related.map(r => `[${r.label}](${r.target})`).join(' · ')}`);
  if (o.showSources && term.sources.length) parts.push(`**Sources:** ${term.sources.filter(s => /^https?:\/\//.test(s)).map(s => `<${s}>`).join(' · ')}`);
  return parts.join('\n\n');
}

// Renders an editorial's summaries (and full text) to HTML with the one markdown engine (render
// mode: html disabled, linkify and typographer on, every glossary term a link `#term-<id>`).
// Every point starts with a link to its source line (`#src-<line>`). The webview script turns
// those links into messages; nothing here runs in the page.
import type { Editorial, Point, Section, SectionKind } from '../editorial/model';
import { leadMarkdown, listItem, sectionBodyMarkdown, sectionToMarkdown } from '../editorial/toMarkdown';
import { renderMarkdown, type RenderOptions } from '../shared/markdown/engine';
import { SOURCE_HREF, type TermLookup } from '../shared/markdown/renderRules';
import { SectionSummary, summarizeSection } from './summarize';

/** "- [**Lead:**](#src-16) body" for a point and its sub-points, full text. */
function fullPointMarkdown(p: Point, indent = ''): string {
  const head = p.lead ? `[${leadMarkdown(p.lead)}](${SOURCE_HREF}${p.range.start}) ${p.body}` : `${p.body} [↗](${SOURCE_HREF}${p.range.start})`;
  return listItem(p, indent, head, fullPointMarkdown);
}

export function sectionFullMarkdown(section: Section): string {
  return sectionBodyMarkdown(section, p => fullPointMarkdown(p));
}

function summaryMarkdownWithLinks(summary: SectionSummary): string {
  if (summary.verbatim) return sectionFullMarkdown(summary.section);
  return summary.points.map(p => [
    `- ${p.lead ? `[${leadMarkdown(p.lead)}](${SOURCE_HREF}${p.range.start}) ${p.text}` : `${p.text} [↗](${SOURCE_HREF}${p.range.start})`}`,
    ...p.facts.map(f => `  - ${f}`),
  ].join('\n')).join('\n');
}

export interface RenderedSection {
  readonly index: number;
  readonly heading: string;
  readonly kind: SectionKind;
  readonly pointCount: number;
  /** Words of the summary / words of the section's points (summarize.ts). */
  readonly ratio: number;
  readonly words: { readonly kept: number; readonly total: number };
  readonly verbatim: boolean;
  readonly summaryHtml: string;
  readonly fullHtml: string;
  /** Clean markdown (no internal links) for copying and inserting into notes. */
  readonly summaryMarkdown: string;
  readonly fullMarkdown: string;
  readonly headingLine: number;
}

export interface RenderedEditorial {
  readonly title: string;
  readonly source?: { readonly articleTitle?: string; readonly newspaper?: string; readonly date?: string };
  readonly prelimsTerms: readonly { text: string; termId?: string }[];
  readonly mainsTopics: readonly string[];
  readonly introHtml: string;
  readonly sections: readonly RenderedSection[];
}

/** How the page places the text: its heading level, the name of the "↗" source links. */
export type PageOptions = Omit<RenderOptions, 'terms'>;

export function renderEditorial(editorial: Editorial, terms?: TermLookup & { lookup(text: string): string | undefined }, page: PageOptions = {}): RenderedEditorial {
  const render = (markdown: string) => renderMarkdown(markdown, { ...page, terms });
  const sections = editorial.sections.map((section, index) => {
    const summary = summarizeSection(section);
    return {
      index,
      heading: section.heading,
      kind: section.kind,
      pointCount: section.points.length,
      ratio: summary.ratio,
      words: summary.words,
      verbatim: summary.verbatim,
      summaryHtml: render(summaryMarkdownWithLinks(summary)),
      fullHtml: render(sectionFullMarkdown(section)),
      summaryMarkdown: `### ${section.heading}\n\n${summary.markdown}`,
      fullMarkdown: sectionToMarkdown(section),
      headingLine: section.headingLine,
    };
  });
  return {
    title: editorial.title,
    source: editorial.source && { articleTitle: editorial.source.articleTitle, newspaper: editorial.source.newspaper, date: editorial.source.date },
    prelimsTerms: editorial.prelimsTerms.map(t => ({ text: t.text, termId: terms?.lookup(t.text) })),
    mainsTopics: editorial.mainsTopics,
    introHtml: render(editorial.intro.map(p => p.markdown).join('\n\n')),
    sections,
  };
}

// Renders an editorial's summaries (and full text) to HTML with markdown-it: html disabled,
// linkify and typographer on, and a core-rule plugin that turns every glossary term into a link
// (`#term-<id>`). Every point starts with a link to its source line (`#src-<line>`). The webview
// script turns those links into messages; nothing here runs in the page.
import MarkdownIt from 'markdown-it';
import type { Editorial, Point, Section, SectionKind } from '../editorial/model';
import { leadMarkdown, listItem, sectionBodyMarkdown, sectionToMarkdown } from '../editorial/toMarkdown';
import { SectionSummary, summarizeSection } from './summarize';
import type { TermMatch } from '../glossary/matcher/termMatcher';

type Token = MarkdownIt.Token;

export interface TermLookup {
  scan(text: string): TermMatch[];
  name(id: string): string | undefined;
}

export const TERM_HREF = '#term-';
export const SOURCE_HREF = '#src-';

/** markdown-it plugin: glossary terms in text become links, never inside existing links or code. */
export function termLinks(md: MarkdownIt, terms: TermLookup): void {
  md.core.ruler.push('upsc_term_links', state => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const out: Token[] = [];
      let linkDepth = 0;
      for (const t of block.children) {
        if (t.type === 'link_open') linkDepth++;
        if (t.type === 'link_close') linkDepth--;
        if (t.type !== 'text' || linkDepth > 0) { out.push(t); continue; }
        let last = 0;
        for (const m of terms.scan(t.content)) {
          if (m.start > last) out.push(textToken(state.Token, t.content.slice(last, m.start)));
          const open = new state.Token('link_open', 'a', 1);
          open.attrs = [['href', TERM_HREF + encodeURIComponent(m.key)], ['class', 'term'], ['title', terms.name(m.key) ?? m.key]];
          out.push(open, textToken(state.Token, t.content.slice(m.start, m.end)), new state.Token('link_close', 'a', -1));
          last = m.end;
        }
        out.push(last === 0 ? t : textToken(state.Token, t.content.slice(last)));
      }
      block.children = out;
    }
  });
}

type TokenConstructor = new (type: string, tag: string, nesting: MarkdownIt.Token.Nesting) => Token;

function textToken(TokenClass: TokenConstructor, content: string): Token {
  const t = new TokenClass('text', '', 0);
  t.content = content;
  return t;
}

/**
 * Typographic dashes, ellipses and quotes yes, but "(c)" → "©", "(r)" → "®", "(tm)" → "™" no:
 * in an editorial "(c)" is a PYQ's option. Those letters become tokens of their own of type
 * text_special, which the replacements rule leaves alone and text_join makes text again.
 */
function keepOptionLetters(state: MarkdownIt.StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children?.some(t => t.type === 'text' && OPTION_LETTER.test(t.content))) continue;
    const children: Token[] = [];
    for (const t of block.children) {
      if (t.type !== 'text' || !OPTION_LETTER.test(t.content)) {
        children.push(t);
        continue;
      }
      for (const part of t.content.split(OPTION_LETTER_SPLIT)) {
        if (!part) continue;
        const piece = new state.Token(OPTION_LETTER.test(part) ? 'text_special' : 'text', '', 0);
        piece.content = part;
        children.push(piece);
      }
    }
    block.children = children;
  }
}
const OPTION_LETTER = /\((?:c|r|tm)\)/i;
const OPTION_LETTER_SPLIT = /(\((?:c|r|tm)\))/i;

export function createSummaryMarkdown(terms?: TermLookup): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: true });
  md.core.ruler.before('replacements', 'upsc_option_letters', keepOptionLetters);
  if (terms) md.use(termLinks, terms);
  return md;
}

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
  readonly ratio: number;
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

export function renderEditorial(editorial: Editorial, terms?: TermLookup & { lookup(text: string): string | undefined }): RenderedEditorial {
  const md = createSummaryMarkdown(terms);
  const findTerms = (plain: string) => (terms ? terms.scan(plain).map(m => m.key) : []);
  const sections = editorial.sections.map((section, index) => {
    const summary = summarizeSection(section, findTerms);
    return {
      index,
      heading: section.heading,
      kind: section.kind,
      pointCount: section.points.length,
      ratio: summary.ratio,
      verbatim: summary.verbatim,
      summaryHtml: md.render(summaryMarkdownWithLinks(summary)),
      fullHtml: md.render(sectionFullMarkdown(section)),
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
    introHtml: md.render(editorial.intro.map(p => p.markdown).join('\n\n')),
    sections,
  };
}

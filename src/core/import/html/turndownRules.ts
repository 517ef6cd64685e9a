// The turndown service that writes the markdown, and its rules.
//
// Output: ATX headings (`#`), `-` bullets (sub-bullets indented by two spaces, under `1.` by
// three), `**` strong, `*` em, pipe tables, `---` rules, `\` hard breaks. Links are kept only
// when they resolve (against <base>, the canonical link or og:url) to http(s) URLs;
// javascript:, data:, mailto:, in-page "#…" and unresolvable links become their text. Images
// are dropped; a meaningful alt text (not a file name, not "logo"/"image"/…, not repeated by a
// figcaption) is kept as text. No HTML is ever emitted: elements without a markdown form become
// their text, text is escaped (turndown's escapes plus `<` and entity-like `&…;`), and a bold or
// italic run whose delimiters would not close (`**Lead:**text`) has its edge punctuation moved
// outside (`**Lead**:text`), or loses its delimiters.
import type TurndownService from 'turndown';
import { BLOCKS, EMPHASIS, STRONG, isElement, nameOf } from './dom';
import { meaningfulAlt } from './altText';
import { emphasisRule } from './emphasis';
import { webUrl } from './links';
import { loadLibraries } from './loadLibraries';
import { Stats } from './notes';

function trimNewlines(s: string): string {
  return s.replace(/^\n+/, '').replace(/\n+$/, '');
}

/** A list item: `- ` or its number (an <ol>'s `start` counted in), its lines indented under the marker. */
function listItemRule(): TurndownService.Rule {
  return {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode;
      let marker = '- ';
      if (isElement(parent) && nameOf(parent) === 'ol') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '', 10);
        const index = Array.from(parent.children).filter(c => nameOf(c) === 'li').indexOf(node);
        marker = `${Math.min(999_999_999, Math.max(0, (Number.isFinite(start) ? start : 1) + index))}. `;
      }
      const paragraph = /\n$/.test(content);
      const body = (trimNewlines(content) + (paragraph ? '\n' : '')).replace(/\n/g, '\n' + ' '.repeat(marker.length));
      return marker + body + (node.nextSibling ? '\n' : '');
    },
  };
}

/** A link, kept only when it resolves to an http(s) URL; else its text. */
function linkRule(stats: Stats, base: () => string | undefined): TurndownService.Rule {
  return {
    filter: node => nameOf(node) === 'a',
    replacement: (content, node) => {
      const url = webUrl(node.getAttribute('href'), base());
      if (!url || !content.trim() || content.includes('\n')) {
        if (node.hasAttribute('href')) stats.droppedLinks++;
        return content;
      }
      stats.links++;
      return `[${content}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
    },
  };
}

/** An image: dropped, its alt text kept when meaningful. */
function imageRule(service: TurndownService, stats: Stats): TurndownService.Rule {
  return {
    filter: node => nameOf(node) === 'img',
    replacement: (_content, node) => {
      stats.images++;
      const alt = meaningfulAlt(node);
      if (alt) stats.altKept++;
      return alt ? service.escape(alt) : '';
    },
  };
}

/**
 * A box (a one-cell table, prepared as <div data-box> in cleanup.ts): a one-cell pipe table whose
 * lines are joined by `<br>`, as the markdown of such pages writes it.
 */
function boxRule(): TurndownService.Rule {
  return {
    filter: node => nameOf(node) === 'div' && node.hasAttribute('data-box'),
    replacement: content => {
      const lines = content.split('\n').map(l => l.replace(/\\$/, '').trim()).filter(Boolean);
      return lines.length ? `\n\n| ${lines.map(l => l.replace(/\|/g, '\\|')).join('<br>')} |\n| --- |\n\n` : '';
    },
  };
}

/** The turndown service, with the GFM plugin, escaping that lets no HTML through, and the rules above. */
export function makeService(stats: Stats, base: () => string | undefined): TurndownService {
  const { Turndown, gfm } = loadLibraries();
  const service = new Turndown({
    headingStyle: 'atx', hr: '---', bulletListMarker: '-', codeBlockStyle: 'fenced', fence: '```',
    emDelimiter: '*', strongDelimiter: '**', linkStyle: 'inlined', br: '\\',
    // Nothing is kept as HTML: an element without a markdown form is its text.
    keepReplacement: (content, node) => (BLOCKS.has(nameOf(node)) ? `\n\n${content}\n\n` : content),
    defaultReplacement: (content, node) => (BLOCKS.has(nameOf(node)) ? `\n\n${content}\n\n` : content),
  });
  service.use(gfm);
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<').replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&');

  // Rules added later win over earlier ones (turndown puts them first).
  service.addRule('upscListItem', listItemRule());
  service.addRule('upscBox', boxRule());
  service.addRule('upscLink', linkRule(stats, base));
  service.addRule('upscImage', imageRule(service, stats));
  service.addRule('upscStrong', emphasisRule('**', STRONG, stats, base));
  service.addRule('upscEmphasis', emphasisRule('*', EMPHASIS, stats, base));
  return service;
}

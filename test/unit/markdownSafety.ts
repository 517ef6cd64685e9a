// What a hover's markdown would carry if rendered: images, links, raw HTML. Read with a markdown-it
// that has HTML and auto-links on (more permissive than VS Code's hover renderer), so anything
// that could become markup there shows up here.
import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;
const reader = new MarkdownIt('default', { html: true, linkify: true });

export interface Carried {
  images: number;
  html: string[];
  /** Link targets other than http(s) and the allowed command ids. */
  badLinks: string[];
}

export function carried(markdown: string, allowedCommands: readonly string[] = []): Carried {
  const out: Carried = { images: 0, html: [], badLinks: [] };
  const walk = (tokens: readonly Token[]) => {
    for (const t of tokens) {
      if (t.type === 'image') out.images++;
      if (t.type === 'html_inline' || t.type === 'html_block') out.html.push(t.content);
      if (t.type === 'link_open') {
        const href = String(t.attrGet('href') ?? '');
        const command = /^command:([^?]+)/.exec(href)?.[1];
        if (!/^https?:\/\//i.test(href) && !(command && allowedCommands.includes(command))) out.badLinks.push(href);
      }
      if (t.children) walk(t.children);
    }
  };
  walk(reader.parse(markdown, {}));
  return out;
}

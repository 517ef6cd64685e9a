// Markdown for hovers and tooltips that can carry nothing but text. Glossary files, editorials
// and notes come from any workspace: a name or a definition must never become an image (a remote
// load on hover), a link to a command or a file, or HTML. So:
//  - plain text is escaped character by character (every markdown punctuation gets a backslash);
//  - a definition's own markdown is re-read by the one engine and written back from its tokens:
//    bold, italics and code stay, web links stay, everything else becomes escaped text;
//  - links are made here, web links only; command links only by the caller, from its own ids.
import type MarkdownIt from 'markdown-it';
import { tokenizeMarkdown } from './engine';
import { attrText } from './tokens';

type Token = MarkdownIt.Token;

/**
 * The punctuation that can start markup anywhere in a line: emphasis, code, links and images
 * (`[`, `]`, `!`), HTML and autolinks (`<`, `>`), entities (`&`), tables, strike-through, and `@`
 * (an e-mail address would become a mailto: link). Escaping more would only make the text harder
 * to read where it is shown as source (the term's document).
 */
const SPECIAL = /[\\`*_[\]<>!&|~@]/g;
/** What markdown reads as a block only at the start of a line: headings, quotes, lists, rules. */
const BLOCK_START = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;

/** A line's text with a block-starting character escaped ("1." stays a number, "# x" text). */
function escapeLineStart(text: string): string {
  const m = BLOCK_START.exec(text);
  if (!m) return text;
  // A number: escape the "." or ")" after it; a marker: escape the marker itself.
  return /\d/.test(m[0]) ? `${m[0]}\\${text.slice(m[0].length)}` : `\\${text}`;
}

/** `text` as markdown that renders exactly that text, on one line. */
export function safeText(text: string): string {
  return escapeLineStart(escapeText(text).trim());
}

/** Escaped text with its white space collapsed but kept at the ends (a piece of a line). */
function escapeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, '\\$&');
}

/** A web address usable as a link target, or undefined when it is not http(s). */
export function webUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]/i.test(url.trim())) return undefined;
  // Characters that could end the target or start markup are percent-encoded.
  return url.trim().replace(/[\s()<>[\]"'`\\]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link to a web page, or the label as text when `url` is anything else. */
export function safeLink(label: string, url: string | undefined): string {
  const target = webUrl(url);
  return target ? `[${safeText(label)}](${target})` : safeText(label);
}

/**
 * A link whose target the caller built from its own command ids (`commandUri`): only the label is
 * escaped. Never pass a target that came from a file.
 */
export function ownCommandLink(label: string, target: string): string {
  return `[${safeText(label)}](${target})`;
}

/** Inline text in a code span: nothing inside is read as markup; a backtick cannot end it early. */
export function codeText(text: string): string {
  return '`' + text.replace(/\s+/g, ' ').replace(/`/g, "'") + '`';
}

function inlineSafe(tokens: readonly Token[]): string {
  const out: string[] = [];
  // The target of each open link: undefined for one that is not a web link (its text is kept).
  const links: (string | undefined)[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'strong_open': case 'strong_close': out.push('**'); break;
      case 'em_open': case 'em_close': out.push('*'); break;
      case 'code_inline': out.push(codeText(t.content)); break;
      case 'softbreak': case 'hardbreak': out.push(' '); break;
      case 'link_open': {
        const target = webUrl(attrText(t, 'href') ?? undefined);
        links.push(target);
        if (target) out.push('[');
        break;
      }
      case 'link_close': {
        const target = links.pop();
        if (target) out.push(`](${target})`);
        break;
      }
      case 'image':
        out.push(escapeText(plainOf(t.children ?? [])));
        break;
      default:
        // text, html_inline (html is off, but be sure), entities: all text.
        if (t.content) out.push(escapeText(t.content));
    }
  }
  return out.join('').replace(/\*\*\s*\*\*/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function plainOf(tokens: readonly Token[]): string {
  return tokens.map(t => (t.children ? plainOf(t.children) : t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special' ? t.content : '')).join('');
}

/**
 * Markdown from a file (a glossary definition) made safe: its paragraphs, list items, headings and
 * table cells become paragraphs and bullets of inline text; emphasis, code and web links kept.
 */
export function safeMarkdown(markdown: string): string {
  const blocks: string[] = [];
  let listDepth = 0;
  for (const t of tokenizeMarkdown(markdown)) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') listDepth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') listDepth--;
    else if (t.type === 'inline' || t.type === 'fence' || t.type === 'code_block') {
      const text = t.type === 'inline' ? inlineSafe(t.children ?? []) : safeText(t.content);
      if (text) blocks.push(listDepth ? `- ${escapeLineStart(text)}` : escapeLineStart(text));
    }
  }
  // Bullets of one list stay together; everything else is a paragraph of its own.
  return blocks.reduce((md, b, i) => (i === 0 ? b : md + (b.startsWith('- ') && blocks[i - 1].startsWith('- ') ? '\n' : '\n\n') + b), '');
}

// Turning markdown-it inline tokens back into text: markdown (for display through markdown-it
// again) and plain text (for search, tooltips, term matching). Also finds a bullet's bold lead.
import type MarkdownIt from 'markdown-it';
import { attrText } from './tokens';

type Token = MarkdownIt.Token;

/**
 * Characters that would turn literal text into markup if written back as markdown, and an `&`
 * that starts what markdown reads as an entity ("&nbsp;" as text must not become a space).
 */
const MARKDOWN_SPECIALS = /[\\`*_[\]<>|]|&(?=#?[A-Za-z0-9]+;)/g;
const HAS_MARKDOWN_SPECIAL = /[\\`*_[\]<>|]|&(?=#?[A-Za-z0-9]+;)/;

export function escapeMarkdown(text: string): string {
  // Most text runs have nothing to escape: test first, and replace without a callback.
  return HAS_MARKDOWN_SPECIAL.test(text) ? text.replace(MARKDOWN_SPECIALS, '\\$&') : text;
}

/** Runs of white space other than a single space; `^` makes sure the replace always copies. */
const UNTIDY_SPACE = /^|\s\s+|[^\S ]/g;

/**
 * The pieces joined, `.replace(/\s+/g, ' ').trim()`, in less time: the pieces are joined once
 * instead of growing a string, and only white space that changes is replaced (most text has single
 * spaces only; replacing each one was a fifth of the parse). The replace must still run: it copies
 * the text into a compact string, and without that copy parsed editorials take a third more memory.
 */
function joinCollapsed(parts: readonly string[]): string {
  return (parts.length === 1 ? parts[0] : parts.join('')).replace(UNTIDY_SPACE, ' ').trim();
}

/** Only real web links survive into our markdown; `#` placeholders and other schemes become text. */
function keepLink(href: string | null): href is string {
  return !!href && /^https?:\/\//i.test(href);
}

/**
 * Markdown text that must stay a paragraph's (or a list item's) text: a start that markdown
 * would read as a block of its own — a heading "# …", a quote "> …", a list "- …" / "1. …", a
 * rule, a fence — is escaped. Only the first line can start a block: the text is one line.
 */
export function escapeBlockStart(markdown: string): string {
  return markdown
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([+\-=])(?=\s|$|\1)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(~~~|```)/, '\\$1');
}

/**
 * Inline tokens back to markdown. `lineBreak` is what a hard line break becomes: a space in running
 * text, `<br>` in a table cell (the only line break a cell can hold; the engine reads it back).
 */
export function inlineToMarkdown(tokens: readonly Token[], lineBreak = ' '): string {
  const out: string[] = [];
  const linkStack: (string | null)[] = [];
  // Emphasis closes only after a non-space and opens only before one: a space that ends up at an
  // edge of the run (a dropped link's "[India  ](#)" inside bold) is moved outside it.
  let opened = -1;
  const open = (delim: string) => {
    out.push(delim);
    opened = out.length;
  };
  const close = (delim: string) => {
    let space = '';
    while (out.length && /\s$/.test(out[out.length - 1])) {
      const last = out.pop()!;
      const kept = last.replace(/\s+$/, '');
      space = last.slice(kept.length) + space;
      if (kept) { out.push(kept); break; }
    }
    out.push(delim);
    if (space) out.push(space);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special': {
        const text = escapeMarkdown(t.content);
        const lead = opened === out.length ? /^\s+/.exec(text)?.[0] : undefined;
        if (lead) {
          out.splice(out.length - 1, 0, lead);
          out.push(text.slice(lead.length));
        } else out.push(text);
        break;
      }
      case 'code_inline':
        out.push('`' + t.content.replace(/`/g, "'") + '`');
        break;
      case 'strong_open': open('**'); break;
      case 'strong_close': close('**'); break;
      case 'em_open': open('*'); break;
      case 'em_close': close('*'); break;
      case 's_open': open('~~'); break;
      case 's_close': close('~~'); break;
      case 'softbreak':
        out.push(' ');
        break;
      case 'hardbreak':
        out.push(lineBreak);
        break;
      case 'link_open': {
        const href = attrText(t, 'href');
        linkStack.push(keepLink(href) ? href : null);
        if (keepLink(href)) out.push('[');
        break;
      }
      case 'link_close': {
        const href = linkStack.pop();
        if (href) out.push(`](${href.replace(/[()\s]/g, encodeURIComponent)})`);
        break;
      }
      case 'image':
        // The alt text as markdown-it reads it (entities decoded), not its markdown source.
        out.push(escapeMarkdown(inlineToPlain(t.children ?? [])));
        break;
      default:
        if (t.content) out.push(escapeMarkdown(t.content));
    }
  }
  return tidyMarkdown(out);
}

export function inlineToPlain(tokens: readonly Token[]): string {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') out.push(' ');
    // text_special: entities and escapes, which markdown-it leaves unjoined inside image alts.
    else if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline') out.push(t.content);
    else if (t.children) out.push(inlineToPlain(t.children));
  }
  return joinCollapsed(out);
}

const EMPTY_BOLD = /\*\*\s*\*\*/g;
const HAS_EMPTY_BOLD = /\*\*\s*\*\*/;

/** Joins markdown pieces, removes empty emphasis left by joins (`** **`) and collapses whitespace. */
function tidyMarkdown(parts: readonly string[]): string {
  const md = parts.length === 1 ? parts[0] : parts.join('');
  return joinCollapsed([HAS_EMPTY_BOLD.test(md) ? md.replace(EMPTY_BOLD, ' ') : md]);
}

export interface LeadSplit {
  /** Plain text of the lead without trailing colon. */
  lead: string;
  /** Tokens after the lead (and its colon). */
  rest: Token[];
}

const isBlank = (t: Token) => t.type === 'text' && t.content.trim() === '';

/** A copy of a text token with other content (same class and fields). */
function withContent(t: Token, content: string): Token {
  return Object.assign(Object.create(Object.getPrototypeOf(t)), t, { content }) as Token;
}

/** Most words a lead before a colon inside a bold run may have: a lead is a short name. */
const MAX_INNER_LEAD_WORDS = 12;

/**
 * For the bold run tokens[open … close), when its text has a colon with a short name before it
 * ("Lead: text"): the tokens of the name, and the rest of the paragraph from the colon on, the
 * run's remainder still bold. A colon in a link or nested markup is not looked at.
 */
function colonInsideRun(tokens: readonly Token[], open: number, close: number): { before: Token[]; rest: Token[] } | undefined {
  const before: Token[] = [];
  for (let k = open + 1; k < close - 1; k++) {
    const t = tokens[k];
    if (t.type !== 'text') {
      if (t.type === 'link_open' || t.type === 'code_inline') return undefined;
      before.push(t);
      continue;
    }
    const at = t.content.search(/[:：]/);
    if (at < 0) { before.push(t); continue; }
    const name = inlineToPlain([...before, withContent(t, t.content.slice(0, at))]).trim();
    const after = t.content.slice(at + 1).replace(/^\s+/, '');
    if (!name || /[.!?।]/.test(name) || name.split(/\s+/).length > MAX_INNER_LEAD_WORDS) return undefined;
    // The colon must not end the run (that is the usual lead, handled by the caller).
    const remainder = [...(after ? [withContent(t, after)] : []), ...tokens.slice(k + 1, close - 1)];
    if (!inlineToPlain(remainder)) return undefined;
    return { before: [...before, withContent(t, t.content.slice(0, at))], rest: [tokens[open], ...remainder, tokens[close - 1], ...tokens.slice(close)] };
  }
  return undefined;
}

/**
 * A bold lead is one or more bold runs at the very start of a bullet that end with a colon,
 * inside the bold ("**Defense Cooperation:**") or right after it ("**Defense Cooperation**:").
 * Several runs split by spaces or by links are one lead ("**Defense** **Cooperation:**").
 */
export function splitBoldLead(tokens: readonly Token[]): LeadSplit | undefined {
  let i = 0;
  while (i < tokens.length && isBlank(tokens[i])) i++;
  if (tokens[i]?.type !== 'strong_open') return undefined;
  const leadTokens: Token[] = [];
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.type === 'strong_open') {
      const runStart = leadTokens.length;
      const runOpen = i;
      let depth = 0;
      for (; i < tokens.length; i++) {
        const u = tokens[i];
        if (u.type === 'strong_open') depth++;
        else if (u.type === 'strong_close') {
          depth--;
          if (depth === 0) { i++; break; }
        } else leadTokens.push(u);
      }
      // Only this run can end the lead: earlier runs did not end with a colon (we would have
      // returned), so looking at the whole lead again after every run would be quadratic.
      const run = inlineToPlain(leadTokens.slice(runStart));
      if (/[:：]\s*$/.test(run)) {
        return { lead: inlineToPlain(leadTokens).replace(/\s*[:：]\s*$/, '').trim(), rest: tokens.slice(i) };
      }
      // "**Lead: more bold text** rest": the lead is the text before the colon, the rest stays bold.
      const inner = colonInsideRun(tokens, runOpen, i);
      if (inner) return { lead: inlineToPlain([...leadTokens.slice(0, runStart), ...inner.before]).trim(), rest: inner.rest };
      const next = tokens[i];
      if (next?.type === 'text' && /^\s*[:：]/.test(next.content)) {
        const stripped = Object.assign(Object.create(Object.getPrototypeOf(next)), next, {
          content: next.content.replace(/^\s*[:：]\s*/, ''),
        }) as Token;
        return { lead: inlineToPlain(leadTokens).trim(), rest: [stripped, ...tokens.slice(i + 1)] };
      }
      continue;
    }
    // Between bold runs only blanks or link wrappers may stand ("**Lead** **part:**", "**[Lead](#):**").
    if (isBlank(t) || t.type === 'link_close') {
      if (t.type === 'text') leadTokens.push(t);
      i++;
      continue;
    }
    // A link that cuts a lead in two ("**Quad** [Summit](#) **Outcomes:**") is part of it, but only
    // when a bold run follows; a lead never ends inside plain link text.
    if (t.type === 'link_open') {
      let j = i + 1;
      while (j < tokens.length && tokens[j].type !== 'link_close' && tokens[j].type !== 'strong_open') j++;
      const linkText = tokens.slice(i + 1, j);
      let k = j + 1;
      while (k < tokens.length && isBlank(tokens[k])) k++;
      if (tokens[j]?.type === 'link_close' && tokens[k]?.type === 'strong_open') {
        for (const u of linkText) leadTokens.push(u);
        i = j + 1;
        continue;
      }
      if (tokens[j]?.type === 'strong_open') { i++; continue; } // "[**Lead:**](#)": the bold is inside the link
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

// Turning markdown-it inline tokens back into text: markdown (for display through markdown-it
// again) and plain text (for search, tooltips, term matching). Also finds a bullet's bold lead.
import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** Characters that would turn literal text into markup if written back as markdown. */
const MARKDOWN_SPECIALS = /[\\`*_[\]<>|]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIALS, c => '\\' + c);
}

/** Only real web links survive into our markdown; `#` placeholders and other schemes become text. */
function keepLink(href: string | null): href is string {
  return !!href && /^https?:\/\//i.test(href);
}

export function inlineToMarkdown(tokens: readonly Token[]): string {
  let out = '';
  const linkStack: (string | null)[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        out += escapeMarkdown(t.content);
        break;
      case 'code_inline':
        out += '`' + t.content.replace(/`/g, "'") + '`';
        break;
      case 'strong_open':
      case 'strong_close':
        out += '**';
        break;
      case 'em_open':
      case 'em_close':
        out += '*';
        break;
      case 's_open':
      case 's_close':
        out += '~~';
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      case 'link_open': {
        const href = t.attrGet('href');
        linkStack.push(keepLink(href) ? href : null);
        if (keepLink(href)) out += '[';
        break;
      }
      case 'link_close': {
        const href = linkStack.pop();
        if (href) out += `](${href.replace(/[()\s]/g, encodeURIComponent)})`;
        break;
      }
      case 'image':
        out += escapeMarkdown(t.content);
        break;
      default:
        if (t.content) out += escapeMarkdown(t.content);
    }
  }
  return tidyMarkdown(out);
}

export function inlineToPlain(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'image') out += t.content;
    else if (t.children) out += inlineToPlain(t.children);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Collapses whitespace and removes empty emphasis left by joins (`** **`). */
function tidyMarkdown(md: string): string {
  return md
    .replace(/\*\*\s*\*\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LeadSplit {
  /** Plain text of the lead without trailing colon. */
  lead: string;
  /** Tokens after the lead (and its colon). */
  rest: Token[];
}

const isBlank = (t: Token) => t.type === 'text' && t.content.trim() === '';

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
      let depth = 0;
      for (; i < tokens.length; i++) {
        const u = tokens[i];
        if (u.type === 'strong_open') depth++;
        else if (u.type === 'strong_close') {
          depth--;
          if (depth === 0) { i++; break; }
        } else leadTokens.push(u);
      }
      const soFar = inlineToPlain(leadTokens);
      if (/[:：]\s*$/.test(soFar)) {
        return { lead: soFar.replace(/\s*[:：]\s*$/, '').trim(), rest: tokens.slice(i) };
      }
      const next = tokens[i];
      if (next?.type === 'text' && /^\s*[:：]/.test(next.content)) {
        const stripped = Object.assign(Object.create(Object.getPrototypeOf(next)), next, {
          content: next.content.replace(/^\s*[:：]\s*/, ''),
        }) as Token;
        return { lead: soFar.trim(), rest: [stripped, ...tokens.slice(i + 1)] };
      }
      continue;
    }
    // Between bold runs only blanks or link wrappers may stand ("**Lead** **part:**", "**[Lead](#):**").
    if (isBlank(t) || t.type === 'link_open' || t.type === 'link_close') {
      if (t.type === 'text') leadTokens.push(t);
      i++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

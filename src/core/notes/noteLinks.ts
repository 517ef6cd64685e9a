// Links and mentions in the student's notes: markdown links to editorials (with a #L42 line
// fragment), and the lines of a note that mention a glossary term or an editorial.
import type { TermMatch } from '../glossary/matcher/termMatcher';

export interface NoteLink {
  /** The link target as written (path and fragment). */
  readonly target: string;
  readonly path: string;
  /** 1-based line from a "#L42" fragment. */
  readonly line?: number;
  /** Offsets of the target inside the text. */
  readonly start: number;
  readonly end: number;
}

// [text](target) with an optional "title"; targets with a scheme (http:, command:…) are not ours.
// The link text runs from a `[` to the first `]` on its line; what follows is read by `tailReader`
// as /\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/ would read it, in linear time.

/**
 * Links to markdown files, in one pass (linear: a note of 100 KB of `[` took 5 s with a single
 * regular expression, which looked for the `]` again from every `[`). Every `[` after the last
 * `]` of a line ends at the same `]`, so only the first of them can start a link: the others
 * would end in the same place and fail or succeed with it.
 */
export function findNoteLinks(text: string): NoteLink[] {
  const out: NoteLink[] = [];
  const tail = tailReader(text);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) open = -1;
    else if (c === 91) { if (open < 0) open = i; } // [
    else if (c === 93) { // ]
      if (open >= 0) {
        const t = tail(i + 1);
        if (t) {
          const link = toLink(text.slice(t.start, t.end), t.start);
          if (link) out.push(link);
          i = t.after - 1;
        }
      }
      open = -1;
    }
  }
  return out;
}

const SPACE = /\s/;

/**
 * Reads "(target "title")" at a position, for positions that only grow. The one regular
 * expression this replaces read the target to the end of the text and back again from every
 * `](` ("[a](" repeated took 4 minutes on 1 MB); here the end of a target (the next `)`, space or
 * `>`) and the next `"` are found once and kept while they lie ahead.
 */
function tailReader(text: string): (at: number) => { start: number; end: number; after: number } | undefined {
  const n = text.length;
  const STOP = /[)\s>]/g;
  const QUOTE = /"/g;
  let stop = -1;
  let quote = -1;
  const nextStop = (from: number) => {
    if (stop < from) { STOP.lastIndex = from; stop = STOP.exec(text)?.index ?? n; }
    return stop;
  };
  const nextQuote = (from: number) => {
    if (quote < from) { QUOTE.lastIndex = from; quote = QUOTE.exec(text)?.index ?? n; }
    return quote;
  };
  const skipSpace = (from: number) => {
    let p = from;
    while (p < n && SPACE.test(text[p])) p++;
    return p;
  };
  return at => {
    if (text.charCodeAt(at) !== 40) return undefined; // (
    let p = skipSpace(at + 1);
    if (text.charCodeAt(p) === 60) p++; // <
    const start = p;
    const end = nextStop(p);
    if (end === start) return undefined;
    let q = text.charCodeAt(end) === 62 ? end + 1 : end; // >
    const beforeTitle = skipSpace(q);
    if (beforeTitle > q && text.charCodeAt(beforeTitle) === 34) { // "title"
      const close = nextQuote(beforeTitle + 1);
      const afterTitle = close < n ? skipSpace(close + 1) : -1;
      q = afterTitle >= 0 && text.charCodeAt(afterTitle) === 41 ? afterTitle : beforeTitle;
    } else q = beforeTitle;
    return text.charCodeAt(q) === 41 ? { start, end, after: q + 1 } : undefined; // )
  };
}

function toLink(target: string, start: number): NoteLink | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return undefined;
  const [path, fragment = ''] = target.split('#');
  if (!/\.(md|markdown)$/i.test(path)) return undefined;
  const line = /^L(\d+)$/.exec(fragment)?.[1];
  let decoded = path;
  try { decoded = decodeURIComponent(path); } catch { /* keep as written */ }
  return { target, path: decoded, line: line ? Number(line) : undefined, start, end: start + target.length };
}

export interface LineMention {
  /** Zero-based line. */
  readonly line: number;
  readonly preview: string;
}

/** Lines of `text` on which `matches` fall, each once, with a trimmed preview. */
export function mentionLines(text: string, matches: readonly Pick<TermMatch, 'start'>[], maxPreview = 120): LineMention[] {
  if (!matches.length) return [];
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const seen = new Set<number>();
  const out: LineMention[] = [];
  for (const m of matches) {
    const line = lineOf(m.start);
    if (seen.has(line)) continue;
    seen.add(line);
    const raw = text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1).trim();
    out.push({ line, preview: raw.length > maxPreview ? raw.slice(0, maxPreview - 1) + '…' : raw });
  }
  return out;
}

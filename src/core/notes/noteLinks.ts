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
// The link text runs from a `[` to the first `]` on its line; what follows is read with TAIL.
const TAIL = /\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/y;

/**
 * Links to markdown files, in one pass (linear: a note of 100 KB of `[` took 5 s with a single
 * regular expression, which looked for the `]` again from every `[`). Every `[` after the last
 * `]` of a line ends at the same `]`, so only the first of them can start a link: the others
 * would end in the same place and fail or succeed with it.
 */
export function findNoteLinks(text: string): NoteLink[] {
  const out: NoteLink[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) open = -1;
    else if (c === 91) { if (open < 0) open = i; } // [
    else if (c === 93) { // ]
      if (open >= 0) {
        TAIL.lastIndex = i + 1;
        const m = TAIL.exec(text);
        if (m) {
          const link = toLink(m[1], i + 1 + m[0].indexOf(m[1], 1));
          if (link) out.push(link);
          i = TAIL.lastIndex - 1;
        }
      }
      open = -1;
    }
  }
  return out;
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

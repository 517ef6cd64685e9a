// Plain text, line by line: each line read as text or a bullet (its glyph, number or letter,
// rule 5), and the lines between them (blank, debris, form feeds, separators) as gaps.
import { collapse } from '../text';

export interface Line {
  kind: 'text' | 'bullet' | 'gap';
  /** gap: a page break (debris, form feed) lies in it. */
  page?: boolean;
  /** Text (after the marker for bullets), whitespace collapsed. */
  text: string;
  /** The whole trimmed line, marker included. */
  raw: string;
  indent: number;
  /** bullets: what decides nesting ('•', 'o', '1.', '(a)', …). */
  glyph?: string;
  /** bullets: the marker as written, for notes. */
  shown?: string;
  /** ordered bullets: the number. */
  number?: string;
  /** lettered bullets: the marker kept as text ("(a)"). */
  marker?: string;
  /** a glyph alone on its line: the next line is its text. */
  awaiting?: boolean;
}

/** Bullet glyphs, with the private-use ones PDF symbol fonts produce (, , …). */
const STRONG_GLYPHS = '•●▪◦○■□►▶➢➤✓✔❖‣⁃∙\uF0A7\uF0A8\uF0B7\uF076\uF0D8\uF0FC\uF0E0';
const GLYPH_LINE = new RegExp(`^([${STRONG_GLYPHS}])[ \\t]*(.*)$`, 'u');
const WEAK_GLYPH_LINE = /^([·–—*-]|o)[ \t]+(\S.*)$/u;
const NUMBERED_LINE = /^(?:(\d{1,3})[.)]|\((\d{1,3})\))[ \t]+(\S.*)$/;
const LETTERED_LINE = /^(\(([a-zA-Z]|[ivxIVX]{1,4})\)|([a-zA-Z]|[ivxIVX]{1,4})\))[ \t]+(\S.*)$/;
export const DASHES = new Set(['–', '—', '-']);
/** A line of rule characters only: "-----", "* * *", "=====", "• • •", "…". */
const SEPARATOR_LINE = /^[-–—_=*~•·.…+#|\s]+$/u;

export const FORM_FEED = '\f';
/** A line that only holds a form feed (PDF-to-text page break); `trim()` would make it blank. */
export const isFormFeed = (line: string) => line.includes(FORM_FEED) && line.trim() === '';

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

export function toLine(line: string): Line {
  const raw = line.trim();
  const indent = indentOf(line);
  const g = GLYPH_LINE.exec(raw);
  if (g) {
    const text = collapse(g[2]);
    return { kind: 'bullet', text, raw, indent, glyph: g[1], shown: g[1], awaiting: !text };
  }
  const w = WEAK_GLYPH_LINE.exec(raw);
  if (w) return { kind: 'bullet', text: collapse(w[2]), raw, indent, glyph: w[1], shown: w[1] };
  const n = NUMBERED_LINE.exec(raw);
  if (n) {
    const paren = n[2] !== undefined;
    return { kind: 'bullet', text: collapse(n[3]), raw, indent, glyph: paren ? '(1)' : '1.', shown: paren ? '(1)' : '1.', number: n[1] ?? n[2] };
  }
  const l = LETTERED_LINE.exec(raw);
  if (l) {
    const letter = (l[2] ?? l[3]).toLowerCase();
    const roman = /^[ivx]+$/.test(letter) && (letter.length > 1 || letter === 'i');
    const shape = l[2] !== undefined ? '(a)' : 'a)';
    return { kind: 'bullet', text: collapse(l[4]), raw, indent, glyph: shape + (roman ? 'roman' : ''), shown: shape, marker: l[1] };
  }
  return { kind: 'text', text: collapse(raw), raw, indent };
}

/**
 * The lines, with each run of blank and debris lines (`drop`, form feeds) as one gap; separator
 * lines are dropped and counted. No gap before the first line or after the last.
 */
export function readLines(rawLines: readonly string[], drop: ReadonlySet<number>): { lines: Line[]; separators: number } {
  const lines: Line[] = [];
  let separators = 0;
  let pendingGap: Line | undefined;
  rawLines.forEach((l, i) => {
    const t = l.trim();
    const isDebris = drop.has(i) || isFormFeed(l);
    if (!t || isDebris) {
      pendingGap ??= { kind: 'gap', text: '', raw: '', indent: 0 };
      if (isDebris) pendingGap.page = true;
      return;
    }
    const line = toLine(l);
    if (SEPARATOR_LINE.test(line.raw) && !(line.kind === 'bullet' && line.awaiting)) {
      separators++; // "-----", "* * *", "• • •": no words, and markdown would read them as markup
      pendingGap ??= { kind: 'gap', text: '', raw: '', indent: 0 };
      return;
    }
    if (pendingGap) { if (lines.length) lines.push(pendingGap); pendingGap = undefined; }
    lines.push(line);
  });
  return { lines, separators };
}

// "Import Editorial from Clipboard" / "New Editorial from Text": pasted text → editorial markdown in
// the canonical structure of data/editorials/*.md, plus a title, a date, a file name and a list of
// what was changed. Pure: no I/O and no VS Code, so it runs in tests, in Node and in a web worker.
//
// Input that already looks like markdown (ATX headings, `- **Lead:**` bullets, `**For Prelims:**`)
// is kept as it is, apart from line endings, BOM, non-breaking spaces, runs of blank lines and
// `*`/`+` bullets (→ `-`); the parser repairs page breaks in markdown itself.
//
// Plain text (copied from a web page or a PDF) is rebuilt. The rules, in general form:
//  1. Characters: CRLF/CR → LF, BOM removed, non-breaking spaces → spaces, trailing spaces trimmed,
//     ligatures (ﬁ, ﬂ …) spelled out, soft hyphens removed (one at a line end joins the word).
//  2. Page-break debris is dropped and listed in the notes: lone page numbers ("12", "- 12 -",
//     "Page 3 of 10", "3 | P a g e"), lines that are only a web address ("www.drishtiias.com"), and
//     header/footer lines that repeat (digits ignored) either 2+ times next to page boundaries
//     (document start or end, form feed, page number, other debris) or 3+ times at least 15 lines
//     apart. The first line is kept when it is the only title candidate.
//  3. Lines are grouped into blocks. A line continues the block before it when it is not a block
//     start (bullet, label, source line, known section name; and, after a finished sentence or in
//     text that is not hard-wrapped, a question heading, a Title-Case heading with a section keyword
//     or a "Title Case Lead: text" line) and:
//       - right below it: it starts lower-case or with continuing punctuation, or the block does not
//         end a sentence, or the text is hard-wrapped (most lines ≤ 130 characters and several
//         lines end mid-sentence before a lower-case line), or it is indented below a bullet;
//       - after a page break: the block does not end a sentence;
//       - after a blank line: the block does not end a sentence and the line starts lower-case.
//     Titles and headings take only lower-case continuations; labels also one after a trailing
//     comma or a full-width wrapped line; a lone bullet glyph takes the next line as its text.
//  4. Hyphenation: "exam-⏎ple" → "example" only when the second part starts lower-case, the first
//     part is 2+ letters, not an acronym (no capital after its first letter), not a known prefix
//     (co, non, self, post, pre, anti, multi, inter, cross, …) and the second part is not a known
//     compound suffix (based, led, term, …). Otherwise the hyphen stays and the parts are joined
//     without a space ("co-⏎operation" → "co-operation", "2023-⏎24" → "2023-24").
//  5. Bullets: • ● ▪ ◦ ○ ■ ► ➢ ✓ ❖ – — - * "o " and PDF symbol-font glyphs → `-`; "1." "1)" "(1)"
//     → ordered `1.`; "(a)" "a)" "(iv)" → `-` with the marker kept as text. Nesting comes from
//     indentation, or, at equal indentation, from a glyph not seen at that level yet (• then o);
//     a glyph seen before returns to its level. Sub-bullets are indented under their parent's marker
//     (two spaces under `-`, three under `1.`). A dash after an unfinished line is text, not a bullet.
//  6. Bold leads: a bullet that opens with a phrase of ≤ 12 words (no sentence punctuation,
//     balanced brackets) and a colon gets `**Lead:**` when the phrase is Title Case and does not
//     open like a clause ("In 2024:", "While …:"), or, for a top-level bullet, when it has ≤ 6 words
//     and starts with a capital. Existing `**…**` is kept.
//     Web copies lose bullet glyphs: after a section heading, a run of 2+ paragraphs that open with a
//     Title-Case lead becomes a list, with the lead-less lines between them as sub-bullets.
//  7. Title: the first line (a date-only line before it is skipped) if it has ≤ 15 words, no final
//     period/comma/colon, and is not a label or source line → `## Title`. Without one, the article
//     title from the source line becomes the title heading.
//  8. Headings (`##`): short questions ("What are …?", "How …?", ≤ 20 words) and Title-Case lines
//     naming a section kind (≤ 15 words), both only after a finished sentence; known section names
//     (Conclusion, Way Forward, Drishti Mains Question, Previous Year Question(s), PYQ, FAQs …)
//     anywhere. Inside the mains-question and PYQ sections only known section names are headings.
//  9. Labels: "For Prelims: …" / "For Mains: …" / "Tags: …" → `**For Prelims:** …`.
// 10. Source line: the paragraph with "This editorial is based on" → `*…*`. Its date (DD/MM/YYYY,
//     also DD-MM-YYYY, YYYY-MM-DD, "17 February 2024", "17th Feb, 2024", "February 17, 2024") gives
//     `date`; the text between double quotes is the article title. core/editorial/sourceLine reads
//     the line, for the parser too, so both give the same date, title and newspaper.
// 11. PYQ section: "Q." lines start questions; option and statement lines stay in the question's
//     paragraph (escaped so "1." does not become a list); "Prelims"/"Mains" lines → `###`.
// 12. Text is escaped where it would turn into markup (`<`, backticks, lone `*`, `_` at word edges,
//     a leading `#`, `>`, `-`, `1.`). No letter or digit is added, removed or reordered, except in
//     dropped debris lines (listed in the notes), bullet glyphs ("o") and an added title heading.
//
// HTML (a saved page, or page source on the clipboard; see looksLikeHtml) is first converted to
// markdown by core/htmlToMarkdown, which picks the article out of the page, and then goes the
// markdown way. One more step there: a paragraph that is only a bold known section name
// ("**Drishti Mains Question:**", "**Conclusion**") becomes a `##` heading, and inside a PYQ
// section a bold "Prelims"/"Mains" becomes a `###` one, since web pages often style these as
// bold paragraphs rather than headings. The notes start with "converted from HTML (N tables, M links)".
import { htmlToMarkdown } from './html/htmlToMarkdown';
import { looksLikeHtml } from './html/looksLikeHtml';
import { slugify } from '../shared/fileNames';
import { localDateKey } from '../shared/dates';
import type { SectionKind } from '../editorial/model';
import { detectLanguage } from '../editorial/vocabulary';
import { inferSectionKind, traitsOf } from '../editorial/sectionKinds';
import { containsSourceLine, findDates, FoundDate, isDateOnly, readSourceLine, SourceLineDetails, startsSourceLine } from '../editorial/sourceLine';
import { normaliseCharacters, spellOutPdfCharacters } from './characters';
import { boldSectionNamesToHeadings, importMarkdown, looksLikeMarkdown } from './markdownInput';
import { endsQuestion, isKnownHeading, isPyqSubheading, isQuestionStart, isTitleCaseHeading, isTitleLike, Q_LINE, stripHeadingText } from './headings';
import { matchLabel } from './labels';
import { listCounted, plural, truncate } from './noteWording';
import { collapse, countWords, endsSentence, HAS_WORD, isTitleCase, startsMid, STARTS_CAPITAL } from './text';

export interface ImportResult {
  /** Normalised editorial markdown in the canonical structure, ready to save. */
  markdown: string;
  title: string;
  /** ISO YYYY-MM-DD from the source line, if found. */
  date?: string;
  /** Lower-case ASCII words joined by '-', at most 60 characters, from the title ('editorial' if none). */
  slug: string;
  /** `${date ?? today}-${slug}.md` */
  fileName: string;
  /** What the input looked like. */
  format: 'markdown' | 'plain' | 'html';
  /** Human-readable list of what was normalised, dropped or not found; what was not found comes first. */
  notes: string[];
  /** The article title quoted in the source line, if any. */
  articleTitle?: string;
  /** Language of the editorial ("en", "hi"), detected from its script; the notes name it. */
  language: string;
}

export interface ImportOptions {
  /** ISO date used in the file name when the source line has none (default: the local date today). */
  today?: string;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of the plain-text converter

const OPTION_LINE = /^\(?[a-dA-D]\)\s/;

/** First parts that make a real hyphenated compound ("co-operation"), not a line-end hyphenation. */
const HYPHEN_PREFIXES = new Set([
  'co', 'non', 'self', 'post', 'pre', 'anti', 'multi', 'inter', 'cross', 'ex', 'semi', 'sub', 'super', 'ultra',
  'counter', 'pro', 'well', 'all', 'half', 'quasi', 'mid', 'neo', 'pan', 'bi', 'tri', 'geo', 'socio', 'eco',
  'cyber', 'intra', 'trans', 'mega', 'micro', 'macro', 'mini', 'over', 'under', 'out', 'full', 'high', 'low',
  'long', 'short', 'large', 'small', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'ten',
  'state', 'market', 'people', 'climate', 'rule', 'tax', 'debt', 'law',
]);
/** Second parts that make a real compound ("US-led", "rules-based"). */
const COMPOUND_SUFFIXES = new Set([
  'based', 'led', 'related', 'oriented', 'friendly', 'term', 'wide', 'free', 'like', 'driven', 'centric',
  'making', 'run', 'owned', 'level', 'scale', 'specific', 'time', 'year', 'old', 'sharing', 'building',
  'intensive', 'resilient', 'ready', 'proof', 'bound', 'linked', 'focused', 'sponsored', 'backed', 'made',
]);

// ---------------------------------------------------------------------------------------------
// Bold leads (rule 6)

interface Lead { lead: string; colon: string; rest: string }

const CLAUSE_START = /^(?:in|on|at|by|for|with|as|from|under|since|during|after|before|despite|while|although|though|between|among|through|within|if|when|because|and|but|or|so|to|of)\s/i;

/** "Defense and Security Cooperation: India and …" → lead and rest; see rule 6. */
function splitLead(text: string, strict: boolean): Lead | undefined {
  if (text.startsWith('**')) return undefined;
  const head = text.slice(0, 160);
  const i = head.search(/[:：]/);
  if (i <= 0) return undefined;
  const phrase = head.slice(0, i).trim();
  const after = text.slice(i + 1);
  if (!phrase || !HAS_WORD.test(phrase) || /^\p{Ll}/u.test(phrase)) return undefined;
  if (after.startsWith('//') || (/\d$/.test(phrase) && /^\d/.test(after))) return undefined; // a URL, a time "10:30"
  const words = countWords(phrase);
  if (words > 12) return undefined;
  const bare = phrase.replace(/(?:\p{L}\.){2,}/gu, 'X').replace(/\b(?:Dr|Mr|Mrs|Ms|St|No|vs|etc|Govt|Dept|approx|Rs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g, 'X');
  if (/[.!?;]/.test(bare)) return undefined;
  if ((phrase.match(/\(/g) ?? []).length !== (phrase.match(/\)/g) ?? []).length) return undefined;
  if ((phrase.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  // "In January-November 2024: India imported …" opens a sentence, not a lead.
  if (strict && CLAUSE_START.test(phrase)) return undefined;
  const ok = isTitleCase(phrase) || (!strict && words <= 6 && STARTS_CAPITAL.test(phrase));
  return ok ? { lead: phrase, colon: head[i], rest: after.trim() } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Markdown escaping of plain text

/** Escapes what markdown would read as markup inside a line of plain text. */
function escapeInline(text: string): string {
  let s = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/[<`]/g, c => '\\' + c);
  const pairs = (s.match(/(?<!\*)\*\*(?!\*)/g) ?? []).length;
  s = s.replace(/\*+/g, run => (run.length === 2 && pairs % 2 === 0 ? run : run.replace(/\*/g, '\\*')));
  s = s.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
  return s;
}

/** Escapes a line start that markdown would read as a block (heading, quote, list, fence, rule). */
function escapeBlockStart(text: string): string {
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^~~~/, '\\~~~')
    .replace(/^([=-])\1*\s*$/, '\\$&');
}

function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(\s)(#+)\s*$/, '$1\\$2');
}

// ---------------------------------------------------------------------------------------------
// Plain text: lines

type Gap = 'none' | 'blank' | 'page';

interface Line {
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
const DASHES = new Set(['–', '—', '-']);
/** A line of rule characters only: "-----", "* * *", "=====", "• • •", "…". */
const SEPARATOR_LINE = /^[-–—_=*~•·.…+#|\s]+$/u;

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

function toLine(line: string): Line {
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

// Debris (rule 2)

const PAGE_NUMBER = /^[\s\-–—|()[\]]*(?:page|pg\.?|p\.)?\s*[|:]?\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?[\s\-–—|()[\]]*(?:p\s?a\s?g\s?e)?\s*$/i;
const WEB_ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|in|org|net|gov|edu|info|io|co|ac|nic)(?:\/\S*)?)$/i;
const FORM_FEED = '\f';
/** A line that only holds a form feed (PDF-to-text page break); `trim()` would make it blank. */
const isFormFeed = (line: string) => line.includes(FORM_FEED) && line.trim() === '';

interface Debris { drop: Set<number>; pageMarks: number; dropped: string[] }

function findDebris(lines: readonly string[]): Debris {
  const drop = new Set<number>();
  const dropped: string[] = [];
  let pageMarks = 0;
  const trimmed = lines.map(l => (isFormFeed(l) ? FORM_FEED : l.trim()));
  const boundary = new Set<number>();
  trimmed.forEach((t, i) => {
    if (t === FORM_FEED) { boundary.add(i); pageMarks++; return; }
    if (t.length > 120 || !t) return;
    if (PAGE_NUMBER.test(t) || WEB_ADDRESS.test(t)) drop.add(i);
  });

  // Repeated headers and footers; digits ignored so "Page 3 | Daily Notes" lines match.
  const groups = new Map<string, number[]>();
  trimmed.forEach((t, i) => {
    if (drop.has(i) || t.length < 3 || t.length > 120 || !/\p{L}/u.test(t)) return;
    if (toLine(t).kind === 'bullet' || countWords(t) > 15 || matchLabel(t) || startsSourceLine(t) || Q_LINE.test(t)) return;
    if (endsQuestion(t) || isKnownHeading(t) || isPyqSubheading(t)) return;
    const key = t.toLowerCase().replace(/\s+/g, ' ').replace(/\d+/g, '#');
    const g = groups.get(key);
    if (g) g.push(i); else groups.set(key, [i]);
  });
  const nonBlank = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < trimmed.length && !trimmed[j]) j += step;
    return j;
  };
  const atBoundary = (i: number): boolean => [nonBlank(i, -1), nonBlank(i, 1)].some(j =>
    j < 0 || j >= trimmed.length || drop.has(j) || boundary.has(j));
  for (let round = 0, changed = true; round < 3 && changed; round++) {
    changed = false;
    for (const [key, at] of groups) {
      if (at.length < 2) continue;
      const nearPages = at.filter(atBoundary).length;
      const spread = at.length >= 3 && at.every((line, k) => k === 0 || line - at[k - 1] >= 5);
      if (nearPages >= 2 || spread) {
        for (const i of at) drop.add(i);
        groups.delete(key);
        changed = true;
      }
    }
  }

  // A repeated first line is the title when nothing else could be: keep its first occurrence.
  const first = trimmed.findIndex(t => t !== '' && t !== FORM_FEED);
  if (first >= 0 && drop.has(first) && !PAGE_NUMBER.test(trimmed[first]) && !WEB_ADDRESS.test(trimmed[first])) {
    const next = trimmed.findIndex((t, i) => i > first && t !== '' && t !== FORM_FEED && !drop.has(i));
    if (next < 0 || !isTitleLike(collapse(trimmed[next])) || isDateOnly(trimmed[next])) drop.delete(first);
  }
  for (const i of [...drop].sort((a, b) => a - b)) dropped.push(trimmed[i]);
  return { drop, pageMarks, dropped };
}

// ---------------------------------------------------------------------------------------------
// Plain text: blocks

type BlockKind = 'title' | 'heading' | 'subheading' | 'label' | 'source' | 'para' | 'bullet' | 'pyq';
type Candidate = 'question' | 'known' | 'titlecase';

interface Block {
  kind: BlockKind;
  candidate?: Candidate;
  /** The joined text; set when the block is finished (`parts` while it is built). */
  text: string;
  /** Pieces of the text, separators included: appending to one long string would copy it each time. */
  parts: string[];
  /** pyq: the question's lines, kept apart. */
  lines: string[];
  lastRaw: string;
  indent: number;
  glyph?: string;
  number?: string;
  marker?: string;
  awaiting?: boolean;
  level: number;
  levelFixed?: boolean;
  blankBefore: boolean;
  leadLike?: boolean;
}

interface Stats {
  wrapJoins: number;
  breakJoins: number;
  hyphenJoined: string[];
  hyphenKept: string[];
  glyphs: Map<string, number>;
  nested: number;
  leads: number;
  glyphless: number;
  headings: string[];
  labels: number;
  separators: number;
  ligatures: number;
  softHyphens: number;
}

function isHyphenationBreak(first: string, next: string): boolean {
  if (first.length < 2 || !/^\p{L}+$/u.test(first) || /.\p{Lu}/u.test(first)) return false;
  if (HYPHEN_PREFIXES.has(first.toLowerCase())) return false;
  const second = /^\p{L}+/u.exec(next)?.[0] ?? '';
  return /^\p{Ll}/u.test(second) && !COMPOUND_SUFFIXES.has(second.toLowerCase());
}

/** The end of a block's text so far. */
function tailOf(block: Block): string {
  const { parts } = block;
  const last = parts[parts.length - 1] ?? '';
  return last.length >= 60 || parts.length < 2 ? last : parts[parts.length - 2].slice(-60) + last;
}

/** Appends a continuation line to a block, mending a hyphenated word (rule 4). */
function append(block: Block, next: string, raw: string, stats: Stats): void {
  block.lastRaw = raw;
  const { parts } = block;
  if (!parts.length || (parts.length === 1 && !parts[0])) { parts.length = 0; parts.push(next); return; }
  const tail = tailOf(block).slice(-60);
  const hyphen = /([\p{L}\p{N}]+)-$/u.exec(tail);
  if (hyphen && !/\s-$/.test(tail)) {
    const word = hyphen[1];
    const nextWord = (/^\S*/.exec(next)?.[0] ?? '').replace(/[^\p{L}\p{N}-]+$/u, '');
    if (isHyphenationBreak(word, next)) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      stats.hyphenJoined.push(word + nextWord);
    } else stats.hyphenKept.push(`${word}-${nextWord}`);
    parts.push(next);
  } else if (/\p{L}—$/u.test(tail)) parts.push(next);
  else parts.push(' ' + next);
}

interface PlainResult {
  markdown: string;
  title: string;
  titleAdded: boolean;
  source?: SourceLineDetails;
  dateLine?: FoundDate;
}

function importPlain(text: string, notes: string[]): PlainResult {
  const stats: Stats = {
    wrapJoins: 0, breakJoins: 0, hyphenJoined: [], hyphenKept: [], glyphs: new Map(), nested: 0,
    leads: 0, glyphless: 0, headings: [], labels: 0, separators: 0, ligatures: 0, softHyphens: 0,
  };

  // Rule 1, plain-text part: ligatures and soft hyphens.
  const chars = spellOutPdfCharacters(text);
  stats.ligatures = chars.ligatures;
  stats.softHyphens = chars.softHyphens;
  text = chars.text.replace(/\f/g, '\n\f\n');

  const rawLines = text.split('\n');
  const debris = findDebris(rawLines);

  // Lines, with each run of blank and debris lines as one gap.
  const lines: Line[] = [];
  let pendingGap: Line | undefined;
  rawLines.forEach((l, i) => {
    const t = l.trim();
    const isDebris = debris.drop.has(i) || isFormFeed(l);
    if (!t || isDebris) {
      pendingGap ??= { kind: 'gap', text: '', raw: '', indent: 0 };
      if (isDebris) pendingGap.page = true;
      return;
    }
    const line = toLine(l);
    if (SEPARATOR_LINE.test(line.raw) && !(line.kind === 'bullet' && line.awaiting)) {
      stats.separators++; // "-----", "* * *", "• • •": no words, and markdown would read them as markup
      pendingGap ??= { kind: 'gap', text: '', raw: '', indent: 0 };
      return;
    }
    if (pendingGap) { if (lines.length) lines.push(pendingGap); pendingGap = undefined; }
    lines.push(line);
  });

  // Is the text hard-wrapped (a PDF), or one line per paragraph (a web page)?
  const content = lines.filter(l => l.kind !== 'gap');
  const lengths = content.map(l => l.raw.length).filter(n => n >= 20).sort((a, b) => a - b);
  let midWraps = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].kind !== 'gap' && lines[i + 1].kind === 'text' && !endsSentence(lines[i].text) && /^\p{Ll}/u.test(lines[i + 1].text)) midWraps++;
  }
  const hardWrapped = lengths.length >= 3
    && lengths.filter(n => n <= 130).length >= 0.9 * lengths.length
    && midWraps >= Math.max(2, 0.15 * content.length);
  const wrapWidth = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  const isFull = (raw: string) => hardWrapped && raw.length >= 0.7 * wrapWidth;

  // The title line: the first line, or the one after a date-only first line (rule 7).
  let titleLine = -1;
  let dateLine: FoundDate | undefined;
  const firstContent = lines.findIndex(l => l.kind !== 'gap');
  if (firstContent >= 0) {
    let at = firstContent;
    if (lines[at].kind === 'text' && isDateOnly(lines[at].text)) {
      dateLine = findDates(lines[at].text)[0];
      at = lines.findIndex((l, i) => i > at && l.kind !== 'gap');
    }
    if (at >= 0 && lines[at].kind === 'text' && isTitleLike(lines[at].text)) titleLine = at;
  }

  const blocks: Block[] = [];
  let cur: Block | undefined;
  let gap: Gap = 'none';
  let mode: 'normal' | 'mains' | 'pyq' = 'normal';
  let seenHeading = false;
  let sourceFound = false;

  const finish = () => {
    if (!cur) return;
    const b = cur;
    cur = undefined;
    b.text = b.parts.join('');
    const words = countWords(b.text);
    if (b.candidate === 'question') b.kind = endsQuestion(b.text) && words <= 20 ? 'heading' : 'para';
    else if (b.candidate === 'titlecase') b.kind = words <= 15 && !/[.,;]$/.test(b.text) ? 'heading' : 'para';
    else if (b.candidate === 'known') b.kind = words <= 15 ? 'heading' : 'para';
    if (b.kind === 'heading' || b.kind === 'title') seenHeading = true;
    if (b.kind === 'para' && !seenHeading && !sourceFound && containsSourceLine(b.text)) b.kind = 'source';
    if (b.kind === 'source') sourceFound = true;
    if (b.kind === 'para') b.leadLike = !!splitLead(b.text, true)?.rest;
    if (b.kind === 'bullet' && !b.text) return; // a glyph with nothing after it
    blocks.push(b);
  };
  const open = (kind: BlockKind, line: Line, extra: Partial<Block> = {}) => {
    finish();
    cur = {
      kind, text: '', parts: [line.text], lines: [], lastRaw: line.raw, indent: line.indent, level: 0,
      blankBefore: gap !== 'none' || !blocks.length, ...extra,
    };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'gap') {
      gap = line.page ? 'page' : 'blank';
      continue;
    }
    const t = line.kind === 'bullet' ? collapse(line.raw) : line.text;

    if (mode === 'pyq') {
      if (isKnownHeading(t) && inferSectionKind(stripHeadingText(t)) !== 'pyq') mode = 'normal';
      else {
        if (isPyqSubheading(t)) open('subheading', { ...line, text: t });
        else if (cur?.kind === 'pyq' && !Q_LINE.test(t)
          && (gap === 'none' || (gap === 'page' && !endsSentence(cur.lines[cur.lines.length - 1])) || OPTION_LINE.test(t))) {
          cur.lines.push(t);
        } else {
          open('pyq', { ...line, text: t });
          cur!.lines.push(t);
        }
        gap = 'none';
        continue;
      }
    }

    if (i === titleLine) {
      open('title', line);
      gap = 'none';
      continue;
    }

    const prevEnded = !cur || gap !== 'none' || endsSentence(tailOf(cur)) || (hardWrapped && !isFull(cur.lastRaw))
      || ['title', 'heading', 'label', 'subheading'].includes(cur.kind) || (!!cur.candidate && cur.candidate !== 'question');
    // Does this line continue the current block?
    let continues = false;
    if (cur?.awaiting) continues = line.kind === 'text';
    else if (cur && line.kind === 'bullet' && line.glyph && DASHES.has(line.glyph) && gap === 'none'
      && (cur.kind === 'para' || cur.kind === 'bullet') && !cur.candidate && !endsSentence(tailOf(cur))) {
      continues = true; // "… key challenges\n– such as …": a dash inside a sentence, not a bullet
    } else if (cur && line.kind === 'text') {
      const startKind = lineStart(t, prevEnded, mode, hardWrapped);
      if (!startKind) continues = continuesBlock(cur, line, gap, hardWrapped, isFull);
    }

    if (continues && cur) {
      const joinText = cur.awaiting ? t : line.kind === 'bullet' ? collapse(line.raw) : line.text;
      if (cur.awaiting) {
        cur.awaiting = false;
        cur.parts = [];
      } else if (gap === 'none') stats.wrapJoins++;
      else stats.breakJoins++;
      append(cur, joinText, line.raw, stats);
      gap = 'none';
      continue;
    }

    if (line.kind === 'bullet') {
      open('bullet', line, { glyph: line.glyph, number: line.number, marker: line.marker, awaiting: line.awaiting });
      stats.glyphs.set(line.shown!, (stats.glyphs.get(line.shown!) ?? 0) + 1);
    } else {
      const kind = lineStart(t, prevEnded, mode, hardWrapped);
      if (kind === 'label') {
        open('label', line);
        stats.labels++;
      } else if (kind === 'source') open('source', line);
      else if (kind === 'known') {
        open('para', line, { candidate: 'known' });
        const k = inferSectionKind(stripHeadingText(t));
        mode = k === 'pyq' ? 'pyq' : k === 'mains-question' ? 'mains' : 'normal';
      } else if (kind === 'question' || kind === 'titlecase') {
        open('para', line, { candidate: kind });
        mode = 'normal';
      } else open('para', line);
    }
    gap = 'none';
  }
  finish();

  const titleBlock = blocks.find(b => b.kind === 'title');
  glyphlessLists(blocks, stats);
  nestBullets(blocks, stats);
  const markdownLines = emit(blocks, stats);

  // Title fallback: the article title from the source line (rule 7).
  const sourceBlock = blocks.find(b => b.kind === 'source');
  const source = sourceBlock ? readSourceLine(sourceBlock.text) : undefined;
  let title = titleBlock ? stripHeadingText(titleBlock.text) : '';
  let titleAdded = false;
  if (!title && source?.articleTitle) {
    title = source.articleTitle;
    markdownLines.unshift(`## ${escapeHeading(title)}`, '');
    titleAdded = true;
  }

  // Notes.
  if (stats.ligatures) notes.push(`spelled out ${stats.ligatures} ligature${plural(stats.ligatures)} (ﬁ → fi)`);
  if (stats.softHyphens) notes.push(`removed ${stats.softHyphens} soft hyphen${plural(stats.softHyphens)}`);
  if (debris.dropped.length) {
    notes.push(`dropped ${debris.dropped.length} page-break line${plural(debris.dropped.length)} (page numbers, headers, footers): ${listCounted(debris.dropped)}`);
  }
  if (debris.pageMarks) notes.push(`removed ${debris.pageMarks} form feed${plural(debris.pageMarks)} (page breaks)`);
  if (stats.separators) notes.push(`dropped ${stats.separators} separator line${plural(stats.separators)} without words`);
  if (stats.wrapJoins) notes.push(`joined ${stats.wrapJoins} hard-wrapped line${plural(stats.wrapJoins)}`);
  if (stats.breakJoins) notes.push(`joined ${stats.breakJoins} page-break fragment${plural(stats.breakJoins)}`);
  if (stats.hyphenJoined.length) notes.push(`joined ${stats.hyphenJoined.length} word${plural(stats.hyphenJoined.length)} hyphenated across lines: ${listCounted(stats.hyphenJoined, 5)}`);
  if (stats.hyphenKept.length) notes.push(`kept the hyphen of ${stats.hyphenKept.length} compound${plural(stats.hyphenKept.length)} split across lines: ${listCounted(stats.hyphenKept, 5)}`);
  for (const [glyph, n] of stats.glyphs) {
    notes.push(glyph === '1.' || glyph === '(1)'
      ? `turned ${n} '${glyph}' numbered item${plural(n)} into an ordered list`
      : `turned ${n} '${glyph}' bullet${plural(n)} into markdown bullets`);
  }
  if (stats.glyphless) notes.push(`turned ${stats.glyphless} paragraph${plural(stats.glyphless)} of a list that lost its bullet glyphs into bullets`);
  if (stats.nested) notes.push(`nested ${stats.nested} bullet${plural(stats.nested)} as sub-bullets`);
  if (stats.leads) notes.push(`made ${stats.leads} bullet lead${plural(stats.leads)} bold`);
  if (titleBlock) notes.push(`made the first line the title: "${truncate(title)}"`);
  else if (titleAdded) notes.push(`no title line found: added the title heading from the article title "${truncate(title)}"`);
  else notes.push('no title line found: add a "## Title" line at the top');
  if (stats.headings.length) notes.push(`made ${stats.headings.length} heading${plural(stats.headings.length)}: ${listCounted(stats.headings, 8)}`);
  if (stats.labels) notes.push(`formatted ${stats.labels} label${plural(stats.labels)} (For Prelims / For Mains)`);
  if (sourceBlock) notes.push('italicised the source line');
  return { markdown: markdownLines.join('\n') + '\n', title, titleAdded, source, dateLine };
}

type StartKind = 'label' | 'source' | 'known' | 'question' | 'titlecase' | 'lead';

/**
 * Whether a text line opens a new block, and which (rule 3). Questions, Title-Case headings and lead
 * lines open one after a finished sentence, or anywhere when the text is not hard-wrapped (a web
 * copy has one line per paragraph or item, and items often lack a final period).
 */
function lineStart(t: string, prevEnded: boolean, mode: 'normal' | 'mains' | 'pyq', hardWrapped: boolean): StartKind | undefined {
  if (matchLabel(t)) return 'label';
  if (startsSourceLine(t)) return 'source';
  if (isKnownHeading(t)) return 'known';
  if (mode !== 'normal' || (!prevEnded && hardWrapped)) return undefined;
  if (isQuestionStart(t)) return 'question';
  if (isTitleCaseHeading(t)) return 'titlecase';
  if (splitLead(t, true)?.rest) return 'lead';
  return undefined;
}

function continuesBlock(cur: Block, line: Line, gap: Gap, hardWrapped: boolean, isFull: (raw: string) => boolean): boolean {
  const t = line.text;
  const mid = startsMid(t);
  const tail = tailOf(cur);
  const ended = endsSentence(tail);
  if (cur.kind === 'title' || cur.kind === 'subheading' || cur.candidate === 'known' || cur.candidate === 'titlecase') {
    return gap === 'none' && mid;
  }
  if (cur.candidate === 'question') return gap === 'none' && !endsQuestion(tail) && (mid || !ended);
  if (cur.kind === 'label') {
    return gap !== 'blank' && (mid || /(?:[,&]|\band|\bor)$/.test(tail) || (isFull(cur.lastRaw) && !ended));
  }
  if (gap === 'blank') return !ended && mid;
  if (gap === 'page') return !ended;
  if (mid || !ended) return true;
  if (cur.kind === 'bullet' && line.indent > cur.indent) return true;
  // After a finished sentence: only a wrapped text goes on, and only after a full-width line.
  return hardWrapped && isFull(cur.lastRaw);
}

/** Rule 6, second half: web copies lose bullet glyphs; a run of lead paragraphs is a list. */
function glyphlessLists(blocks: Block[], stats: Stats): void {
  let section: SectionKind | undefined;
  let runEnd = -1; // end of the run of paragraphs that i is in
  let allBlank = false; // whether every paragraph of that run stands after a blank line
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') { section = inferSectionKind(stripHeadingText(b.text)); continue; }
    if (b.kind !== 'para') continue;
    if (i >= runEnd) {
      runEnd = i;
      allBlank = true;
      while (runEnd < blocks.length && blocks[runEnd].kind === 'para') {
        if (runEnd > i && !blocks[runEnd].blankBefore) allBlank = false;
        runEnd++;
      }
    }
    if (!section || traitsOf(section).closing || !b.leadLike) continue;
    const end = runEnd;
    let j = i + 1;
    while (j < end && (blocks[j].leadLike || !blocks[j].blankBefore || allBlank)) j++;
    const run = blocks.slice(i, j);
    if (run.filter(x => x.leadLike).length >= 2) {
      for (const x of run) {
        x.kind = 'bullet';
        x.level = x.leadLike ? 0 : 1;
        x.levelFixed = true;
        stats.glyphless++;
        if (!x.leadLike) stats.nested++;
      }
    }
    i = j - 1;
  }
}

const MAX_DEPTH = 6;

/** Rule 5: nesting from indentation, or from a new glyph at the same indentation. */
function nestBullets(blocks: Block[], stats: Stats): void {
  let stack: { indent: number; glyph: string }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'bullet' || b.levelFixed) { stack = []; continue; }
    const frame = { indent: b.indent, glyph: b.glyph ?? '' };
    while (stack.length && stack[stack.length - 1].indent > b.indent) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || top.indent < b.indent) stack.push(frame);
    else if (top.glyph === frame.glyph) stack[stack.length - 1] = frame;
    else {
      let k = stack.length - 1;
      while (k >= 0 && !(stack[k].glyph === frame.glyph && stack[k].indent === frame.indent)) k--;
      if (k >= 0) stack.length = k;
      stack.push(frame);
    }
    if (stack.length > 32) stack.splice(1, 1);
    b.level = Math.min(stack.length - 1, MAX_DEPTH);
    if (b.level > 0) stats.nested++;
  }
}

function emit(blocks: readonly Block[], stats: Stats): string[] {
  const out: string[] = [];
  let columns: number[] = [0];
  let inList = false;
  /** Per level of the current nesting path: whether its latest item was numbered. */
  let orderedAt: boolean[] = [];
  const separate = () => { if (out.length) out.push(''); };
  for (const b of blocks) {
    if (b.kind === 'bullet') {
      if (!inList) { separate(); columns = [0]; orderedAt = []; }
      inList = true;
      const level = Math.min(b.level, columns.length - 1);
      const marker = b.number !== undefined ? `${b.number}. ` : '- ';
      // A new ordered list that does not start at 1 cannot interrupt the paragraph above it: a blank line.
      if (b.number !== undefined && b.number !== '1' && !orderedAt[level] && orderedAt.length) out.push('');
      orderedAt.length = level;
      orderedAt[level] = b.number !== undefined;
      let body: string;
      const lead = b.marker ? undefined : splitLead(b.text, level > 0);
      if (lead) {
        stats.leads++;
        body = `**${escapeInline(lead.lead)}${lead.colon}**${lead.rest ? ' ' + escapeInline(lead.rest) : ''}`;
      } else body = escapeBlockStart(escapeInline(b.marker ? `${b.marker} ${b.text}` : b.text));
      out.push(' '.repeat(columns[level]) + marker + body);
      columns.length = level + 1;
      columns.push(columns[level] + marker.length);
      continue;
    }
    inList = false;
    separate();
    switch (b.kind) {
      case 'title':
        out.push(`## ${escapeHeading(b.text)}`);
        break;
      case 'heading':
        out.push(`## ${escapeHeading(b.text)}`);
        stats.headings.push(stripHeadingText(b.text));
        break;
      case 'subheading':
        out.push(`### ${escapeHeading(b.text)}`);
        stats.headings.push(stripHeadingText(b.text));
        break;
      case 'label': {
        const m = matchLabel(b.text);
        out.push(m ? `**${escapeInline(m.label)}:**${m.rest ? ' ' + escapeInline(m.rest) : ''}` : escapeBlockStart(escapeInline(b.text)));
        break;
      }
      case 'source':
        out.push(`*${escapeInline(b.text)}*`);
        break;
      case 'pyq':
        out.push(b.lines.map(l => escapeBlockStart(escapeInline(l))).join('\n'));
        break;
      default:
        out.push(escapeBlockStart(escapeInline(b.text)));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Turns pasted markdown or plain text into a canonical editorial. Never throws. */
export function importEditorial(input: string, options: ImportOptions = {}): ImportResult {
  const raw = typeof input === 'string' ? input : '';
  const html = looksLikeHtml(raw) ? htmlToMarkdown(raw) : undefined;
  const chars = normaliseCharacters(html ? html.markdown : raw);
  const notes = [...(html?.notes ?? []), ...chars.notes];
  const format: ImportResult['format'] = html ? 'html' : looksLikeMarkdown(chars.text) ? 'markdown' : 'plain';
  let markdown: string;
  let title: string;
  let source: SourceLineDetails | undefined;
  let fallbackDate: FoundDate | undefined;
  if (!chars.text.trim()) {
    markdown = '';
    title = '';
    notes.push('the input is empty');
  } else if (format === 'html') {
    ({ markdown, title, source } = importMarkdown(boldSectionNamesToHeadings(chars.text, notes), notes, true));
  } else if (format === 'markdown') {
    ({ markdown, title, source } = importMarkdown(chars.text, notes));
  } else {
    const r = importPlain(chars.text, notes);
    ({ markdown, title, source } = r);
    fallbackDate = r.dateLine;
  }

  let date = source?.date?.iso;
  if (!source) notes.push('no source line found ("This editorial is based on …" / "यह एडिटोरियल … पर आधारित है")');
  else {
    const bits = [source.articleTitle && `“${truncate(source.articleTitle)}”`, source.newspaper, source.date?.iso].filter(Boolean);
    if (bits.length) notes.push(`source: ${bits.join(', ')}`);
    if (!source.date) notes.push('no date found in the source line');
    else if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(source.date.text)) {
      notes.push(`source date "${source.date.text}" read as ${source.date.iso}`);
    }
  }
  if (!date && fallbackDate) {
    date = fallbackDate.iso;
    notes.push(`date ${date} taken from the line "${fallbackDate.text}"`);
  }
  // What the student has to fix first ("no title line found …"), then what was done, in order.
  notes.sort((a, b) => Number(b.startsWith('no ')) - Number(a.startsWith('no ')));
  // The language is said first: it decides which labels and section names were looked for.
  const language = detectLanguage(markdown || raw);
  notes.unshift(`language: ${language.name} (from its script)`);
  const slug = slugify(title);
  const today = options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? options.today : localDateKey(new Date());
  return {
    markdown, title, date, slug, fileName: `${date ?? today}-${slug}.md`, format, notes, language: language.language,
    ...(source?.articleTitle ? { articleTitle: source.articleTitle } : {}),
  };
}

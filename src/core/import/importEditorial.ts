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
// markdown by html/htmlToMarkdown, which picks the article out of the page, and then goes the
// markdown way. The notes start with "converted from HTML (N tables, M links)".
//
// Conversion only marks up what the page shows. What the structure is (title, source line and
// date, labels, sections, points, tables, FAQs, PYQs) is read by the one parser
// (core/editorial/parse), and the markdown saved is written from what it read
// (core/editorial/writeEditorial.ts): every way a page arrives ends in the same canonical
// editorial, and importing it again changes nothing.
//
// Where each rule lives (paths below core/import/): 1 characters.ts; 2 plain/debris.ts; 3 plain/blocks.ts
// and plain/blockStarts.ts, with plain/wrapping.ts (hard-wrapped or not); 4 plain/hyphenation.ts;
// 5 plain/lines.ts (glyphs), plain/lists.ts (nesting), plain/emit.ts (markers); 6 plain/leads.ts,
// plain/lists.ts (lists without glyphs); 7 plain/title.ts, headings.ts (isTitleLike) and
// plain/plainToMarkdown.ts (title from the article title); 8 headings.ts; 9 labels.ts;
// 10 core/editorial/sourceLine.ts; 11 plain/blocks.ts (PYQ section); 12 plain/escape.ts.
// Markdown and HTML input: markdownInput.ts. Plain text, step by step: plain/plainToMarkdown.ts.
import { htmlToMarkdown } from './html/htmlToMarkdown';
import { looksLikeHtml } from './html/looksLikeHtml';
import { slugify } from '../shared/fileNames';
import { localDateKey } from '../shared/dates';
import { parseEditorial, type ParsedEditorial } from '../editorial/parse/parseEditorial';
import { writeEditorial } from '../editorial/writeEditorial';
import { detectLanguage } from '../editorial/vocabulary';
import type { FoundDate } from '../editorial/sourceLine';
import { normaliseCharacters } from './characters';
import { importMarkdown, looksLikeMarkdown } from './markdownInput';
import { truncate } from './noteWording';
import { importPlain } from './plain/plainToMarkdown';

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
  /** The editorial as the parser read the saved markdown. */
  editorial?: ParsedEditorial;
}

export interface ImportOptions {
  /** ISO date used in the file name when the source line has none (default: the local date today). */
  today?: string;
}

interface Converted {
  /** The input as markdown, its structure marked up as the page had it. */
  markdown: string;
  format: ImportResult['format'];
  /** A date on a line of its own above a pasted text's title. */
  dateLine?: FoundDate;
}

/** HTML, plain text or markdown → markdown with the page's structure marked up (conversion only). */
function convert(raw: string, notes: string[]): Converted {
  // In a page's source, U+2028/U+2029 are white space as a newline is (they must not become
  // paragraph breaks after conversion, inside a bold run).
  const html = looksLikeHtml(raw) ? htmlToMarkdown(raw.replace(/[\u2028\u2029]/g, '\n')) : undefined;
  // A page that could not be converted as HTML is read as its text (html.text), as plain text.
  const asPage = html && html.text === undefined;
  const chars = normaliseCharacters(html ? html.text ?? html.markdown : raw);
  for (const n of html?.notes ?? []) notes.push(n);
  for (const n of chars.notes) notes.push(n);
  if (!chars.text.trim()) return { markdown: '', format: html ? 'html' : 'plain' };
  if (asPage) return { markdown: importMarkdown(chars.text, notes, true).markdown, format: 'html' };
  if (html) {
    const plain = importPlain(chars.text, notes);
    return { markdown: plain.markdown, format: 'html', dateLine: plain.dateLine };
  }
  if (looksLikeMarkdown(chars.text)) return { markdown: importMarkdown(chars.text, notes).markdown, format: 'markdown' };
  const plain = importPlain(chars.text, notes);
  return { markdown: plain.markdown, format: 'plain', dateLine: plain.dateLine };
}

/** The note of an import of a web page that shows no article text. */
export const NO_ARTICLE = 'no article text found in the page: what it shows is navigation, banners, scripts or styles';

/** Read-and-write rounds after the first that an import may take to reach its fixed point. */
const SETTLE_ROUNDS = 8;

/**
 * The canonical markdown is what importing it again leaves unchanged. One round of reading and
 * writing is not always there yet: a repair can apply only once an earlier one has moved the
 * text (a fragment joined, a sub-point re-nested), and a title can be found only in the written
 * text. So the written markdown is imported again as markdown until nothing changes (most
 * imports: at once; the fuzzers find pages that need up to five rounds).
 */
function settle(markdown: string): string {
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    // As markdown, whatever it looks like: it is markdown (read as plain text, its escapes
    // would be escaped again).
    const again = importMarkdown(markdown, []).markdown;
    const next = again.trim() ? writeEditorial(parseEditorial(again)) : markdown;
    if (next === markdown) break;
    markdown = next;
  }
  return markdown;
}

/** What the student should know about the source line: what was read, what is missing. */
function sourceNotes(e: ParsedEditorial, notes: string[]): void {
  const source = e.source;
  if (!source) {
    notes.push('no source line found ("This editorial is based on …" / "यह एडिटोरियल … पर आधारित है")');
    return;
  }
  const bits = [source.articleTitle && `“${truncate(source.articleTitle)}”`, source.newspaper, source.date].filter(Boolean);
  if (bits.length) notes.push(`source: ${bits.join(', ')}`);
  if (!source.date) notes.push('no date found in the source line');
  else if (source.dateText && !/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(source.dateText)) notes.push(`source date "${source.dateText}" read as ${source.date}`);
}

/** Turns pasted markdown, plain text or HTML into a canonical editorial. Never throws. */
export function importEditorial(input: string, options: ImportOptions = {}): ImportResult {
  const raw = typeof input === 'string' ? input : '';
  const notes: string[] = [];
  const converted = convert(raw, notes);
  let markdown = '';
  let editorial: ParsedEditorial | undefined;
  if (!converted.markdown.trim()) {
    // A page with text but no article (a cookie banner and a menu; a <style> left open that holds
    // the rest of the page) is not "empty" to the student who copied it: say what was found.
    notes.push(converted.format === 'html' && raw.trim() ? NO_ARTICLE : 'the input is empty');
  }
  else {
    // The one structure reader, then the canonical markdown written from what it read.
    markdown = settle(writeEditorial(parseEditorial(converted.markdown)));
    editorial = parseEditorial(markdown);
    sourceNotes(editorial, notes);
  }
  let date = editorial?.source?.date;
  if (!date && converted.dateLine) {
    date = converted.dateLine.iso;
    notes.push(`date ${date} taken from the line "${converted.dateLine.text}"`);
  }
  // What the student has to fix first ("no title line found …"), then what was done, in order.
  notes.sort((a, b) => Number(b.startsWith('no ')) - Number(a.startsWith('no ')));
  // The language is said first: it decides which labels and section names were looked for.
  const language = detectLanguage(markdown || raw);
  notes.unshift(`language: ${language.name} (from its script)`);
  const title = editorial && editorial.titleFrom !== 'fallback' ? editorial.title : '';
  const slug = slugify(title);
  const today = options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? options.today : localDateKey(new Date());
  const articleTitle = editorial?.source?.articleTitle;
  return {
    markdown, title, date, slug, fileName: `${date ?? today}-${slug}.md`, format: converted.format, notes, language: language.language,
    ...(articleTitle ? { articleTitle } : {}),
    ...(editorial ? { editorial } : {}),
  };
}

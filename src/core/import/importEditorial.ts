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
// markdown way. One more step there: a paragraph that is only a bold known section name
// ("**Drishti Mains Question:**", "**Conclusion**") becomes a `##` heading, and inside a PYQ
// section a bold "Prelims"/"Mains" becomes a `###` one, since web pages often style these as
// bold paragraphs rather than headings. The notes start with "converted from HTML (N tables, M links)".
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
import { detectLanguage } from '../editorial/vocabulary';
import type { FoundDate, SourceLineDetails } from '../editorial/sourceLine';
import { normaliseCharacters } from './characters';
import { boldSectionNamesToHeadings, importMarkdown, looksLikeMarkdown } from './markdownInput';
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
}

export interface ImportOptions {
  /** ISO date used in the file name when the source line has none (default: the local date today). */
  today?: string;
}

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

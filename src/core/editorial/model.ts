// The editorial model: what the parser produces and every feature reads.
// Plain data (no classes) so it can be cached, cloned and sent to a webview as JSON.

/** Zero-based, end-exclusive line range in the source file (markdown-it's `map`). */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

export type { SectionKind } from './sectionKinds';
import type { SectionKind } from './sectionKinds';

/** A bullet of the editorial. Top-level ones usually open with a bold lead ("**Defense Cooperation:**"). */
export interface Point {
  /** Bold lead without `**` and trailing colon; '' when the bullet has none. */
  readonly lead: string;
  /** The text after the lead, as markdown (bold kept, link targets dropped). */
  readonly body: string;
  /** Whole bullet text (lead + body) as plain text, for search, tooltips and term matching. */
  readonly plain: string;
  readonly children: Point[];
  readonly range: LineRange;
  /**
   * A bold paragraph used as a sub-heading inside a section ("**Economic Challenges:**") with the
   * bullets under it as children; or, in a FAQ section, a question with its answer.
   */
  readonly role?: 'subheading' | 'faq';
  /** An ordered list item's number as written ("1.", "2)"); bullets have none. A PYQ's statements
   *  are named by it ("(a) 1 and 2 only"). */
  readonly marker?: string;
}

/** A paragraph of running text (section intro, conclusion, a question). */
export interface Paragraph {
  readonly markdown: string;
  readonly plain: string;
  readonly range: LineRange;
}

export interface Pyq {
  readonly text: string;
  /** The question's lines as written: stem, numbered statements, the line that asks, options. */
  readonly lines: readonly string[];
  readonly year?: number;
  /** 'prelims' when the question has options, 'mains' otherwise (when known). */
  readonly exam?: 'prelims' | 'mains';
  /** A prelims question's options, each with its letter: "(a) Only one". */
  readonly options?: string[];
  /** The answer's letter ("b") when an answer line follows the question. */
  readonly answer?: string;
  /** The sub-heading it stands under ("Prelims", "मेन्स"), as written, when there is one. */
  readonly part?: string;
  readonly range: LineRange;
}

/** A question and its answer from the editorial's FAQs block. */
export interface Faq {
  readonly question: string;
  /** The answer as markdown (its paragraphs and bullets joined). */
  readonly answer: string;
  readonly range: LineRange;
}

/** A table of the editorial: it stays a table (never points), its cells as markdown. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly range: LineRange;
  /** A one-cell table: a box around text (a mains question, a FAQs block), read where it stands. */
  readonly box?: boolean;
}

export interface Section {
  /** Heading text without `**`, `*` and trailing colon. */
  readonly heading: string;
  /** The heading as the file writes it (markdown: emphasis and colon kept). */
  readonly headingMarkdown: string;
  readonly kind: SectionKind;
  readonly level: number;
  readonly points: Point[];
  readonly paragraphs: Paragraph[];
  /** Its tables in order, boxes too (a box's text is read as the section's text or the next section's). */
  readonly tables: readonly Table[];
  /** Heading line through the section's last line. */
  readonly range: LineRange;
  readonly headingLine: number;
  /** The bullets and tables before the first heading, kept as a section of their own (no heading in the file). */
  readonly untitled?: boolean;
}

export interface SourceInfo {
  readonly articleTitle?: string;
  readonly newspaper?: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date?: string;
  /** The whole source line as plain text. */
  readonly text: string;
  /** The source line as markdown (its links and emphasis), as the file writes it. */
  readonly markdown: string;
  /** The date as written in the line ("17/02/2024", "17 February 2024"). */
  readonly dateText?: string;
  readonly range: LineRange;
}

/** A label line of the front: "Tags:", "For Prelims:", "For Mains:" and the entries it gave. */
export interface LabelLine {
  readonly label: 'tags' | 'prelims' | 'mains';
  readonly line: number;
  readonly count: number;
}

export interface PrelimsTerm {
  /** The term as written in the "For Prelims" line. */
  readonly text: string;
  /** Link target when the term was a link (often `#` in copied editorials). */
  readonly href?: string;
}

/** Something the parser noticed and the user may want to fix; shown in the Problems panel. */
export interface ParseProblem {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly line: number;
  /** Stable code so tests and quick fixes can refer to it. */
  readonly code: string;
  /** The texts the message quotes (a heading, a fragment), so the UI can say it in its own language. */
  readonly args?: readonly string[];
}

/** A page-break repair the parser made, reported so the user can check it. */
export interface Repair {
  readonly kind: 'joined-fragment' | 'demoted-bullet';
  readonly line: number;
  readonly text: string;
}

export interface Editorial {
  readonly title: string;
  /** Where the title comes from: the first heading, the front matter, or (none found) the file name. */
  readonly titleFrom: 'heading' | 'frontMatter' | 'fallback';
  /** Language of the text ("en", "hi"), detected from its script. */
  readonly language: string;
  /** The "Tags:" line's entries, as written ("GS Paper 3", "सामान्य अध्ययन-III", "Agriculture"). */
  readonly tags: string[];
  /** GS papers (1–4) the tags name, in order, without repeats. */
  readonly gsPapers: number[];
  readonly titleLine: number;
  readonly source?: SourceInfo;
  readonly prelimsTerms: PrelimsTerm[];
  /** Each label line (tags, For Prelims, For Mains) in order, with how many entries it gave, to keep their place. */
  readonly labelLines: readonly LabelLine[];
  readonly mainsTopics: string[];
  readonly intro: Paragraph[];
  readonly sections: Section[];
  readonly mainsQuestion?: string;
  readonly pyqs: Pyq[];
  readonly faqs: Faq[];
  readonly problems: ParseProblem[];
  readonly repairs: Repair[];
  readonly lineCount: number;
}

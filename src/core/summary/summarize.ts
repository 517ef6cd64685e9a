// Section summaries made from the editorial itself, never invented, by one rule: each point is
// cut to its bold lead, the clause that carries its claim, and the clauses that carry figures.
// - The claim is the first clause of the point's first sentence after any introduction
//   ("Despite progress, | trade disputes remain contentious"); what follows it (", moving from …",
//   ", which …", ", while …") is left out, marked "…".
// - A figure (amount, percentage, quantity, year, count: figures.ts) is never lost: any sentence of
//   the point or of its sub-points that has one gives the clause that holds it, with that
//   sentence's claim clause so that it still reads ("In 2018 … India retaliated by raising tariffs
//   on 29 U.S. products.").
// - Sub-points without figures, and the later sentences of a point without figures, are left out.
// Under a sub-heading ("**Economic Challenges:**") each bullet is a point of its own. Conclusion,
// mains question, PYQ and FAQ sections are kept as they are (sectionKinds.ts: `summary`).
import { leadMarkdown, sectionBodyMarkdown } from '../editorial/toMarkdown';
import type { LineRange, Point, Section } from '../editorial/model';
import { traitsOf } from '../editorial/sectionKinds';
import { VOCABULARIES } from '../editorial/vocabulary';
import { claimClauses, ClauseWords, clauseWords, clauses, sentences, wordsOf } from './clauses';
import { figuresIn } from './figures';

export { sentences } from './clauses';
export { figuresIn, numbersIn } from './figures';

export interface SummaryPoint {
  readonly lead: string;
  /** Markdown: the claim of the point's own text (its first sentence, cut to its claim and figures). */
  readonly text: string;
  /** Markdown: the figures of its later sentences and its sub-points, each in its clause. */
  readonly facts: readonly string[];
  readonly range: LineRange;
}

export interface SectionSummary {
  readonly section: Section;
  /** Section kinds that are short already appear verbatim. */
  readonly verbatim: boolean;
  readonly points: readonly SummaryPoint[];
  /** Markdown of the summary (for copying). */
  readonly markdown: string;
  /** Words of the summary / words of the section's points (1 when verbatim). */
  readonly ratio: number;
  readonly words: { readonly kept: number; readonly total: number };
}

/** Plain text of markdown: bold/italic markers and escapes removed, links as their text. */
export function markdownToPlain(md: string): string {
  return linksToText(md.replace(/\\([\\`*_[\]<>|$])/g, '$1').replace(/\*\*|\*|~~|`/g, ''));
}

/**
 * "[text](target)" → "text", in one pass: what /\[([^\]]*)\]\([^)]*\)/g replaces, without
 * looking for the `]` again from every `[` (100 KB of `[` took 4 s). Every `[` after the last `]`
 * ends at the same `]`, so only the first of them can start a link; a target ends at the first
 * `)` after its `(`, found once and kept while it lies ahead.
 */
function linksToText(md: string): string {
  let out = '';
  let copied = 0;
  let open = -1;
  let close = -1;
  for (let i = 0; i < md.length; i++) {
    const c = md.charCodeAt(i);
    if (c === 91) { if (open < 0) open = i; continue; } // [
    if (c !== 93) continue; // ]
    if (open >= 0 && md.charCodeAt(i + 1) === 40) { // (
      if (close !== Infinity && close <= i + 1) close = md.indexOf(')', i + 2);
      if (close < 0) close = Infinity; // no ")" from here on: no link either
      if (close !== Infinity) {
        out += md.slice(copied, open) + md.slice(open + 1, i);
        copied = close + 1;
        i = close;
      }
    }
    open = -1;
  }
  return copied ? out + md.slice(copied) : md;
}

/** Words of markdown as a student reads them ("…" and list markers are not words). */
export function wordCount(md: string): number {
  return wordsOf(markdownToPlain(md.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, ''))).length;
}

/** The clause rules of every language the parser reads: an editorial may mix them. */
const WORDS: ClauseWords = (() => {
  const all = VOCABULARIES.map(clauseWords);
  const merge = (k: keyof ClauseWords) => [...new Set(all.flatMap(w => w[k]))].sort((a, b) => b.length - a.length);
  return { opening: merge('opening'), introStarts: merge('introStarts'), introEnds: merge('introEnds'), listJoins: merge('listJoins'), predicateStarts: merge('predicateStarts'), participleEndings: merge('participleEndings') };
})();

const hasFigure = (md: string) => figuresIn(markdownToPlain(md)).length > 0;

/**
 * A sentence cut to the clauses kept: its claim clause (when `claim`, or when the sentence has a
 * figure) and every clause with a figure, joined with "…" where clauses were left out. Should a
 * figure straddle a clause boundary and be lost, the whole sentence stays.
 */
function cut(sentence: string, claim: boolean): string {
  const parts = clauses(sentence, WORDS);
  const withFigures = parts.map(hasFigure);
  const claims = claimClauses(parts, WORDS);
  const keepClaim = claim || withFigures.some(Boolean);
  let out = '';
  let gap = false;
  parts.forEach((p, i) => {
    if (!(withFigures[i] || (keepClaim && claims.includes(i)))) { gap = true; return; }
    out += out ? (gap ? ' … ' : ', ') + p : (i > 0 ? '… ' : '') + p;
    gap = false;
  });
  if (gap && out && !/[.!?।]$/.test(out)) out += ' …';
  const kept = new Set(figuresIn(markdownToPlain(out)));
  return figuresIn(markdownToPlain(sentence)).every(f => kept.has(f)) ? out : sentence;
}

function flatten(points: readonly Point[]): Point[] {
  return points.flatMap(p => [p, ...flatten(p.children)]);
}

/** The figures of a sub-point (and of its own sub-points), each in its clause, its lead first. */
function figureFacts(point: Point): string[] {
  const facts: string[] = [];
  for (const p of flatten(point.children)) {
    const kept = sentences(p.body).filter(hasFigure).map(s => cut(s, false));
    if (kept.length) facts.push([p.lead ? leadMarkdown(p.lead) : '', ...kept].filter(Boolean).join(' '));
  }
  return facts;
}

function summarizePoint(point: Point): SummaryPoint {
  // A sub-heading, or a lead with no text of its own: its bullets, each summarised, are its facts.
  if (point.role === 'subheading' || (!point.body.trim() && point.children.length)) {
    return {
      lead: point.lead,
      text: point.role === 'subheading' ? '' : point.body,
      facts: point.children.map(c => {
        const s = summarizePoint(c);
        return [c.lead ? `${leadMarkdown(c.lead)} ${s.text}`.trim() : s.text, ...s.facts].filter(Boolean).join(' ');
      }),
      range: point.range,
    };
  }
  const [first = '', ...rest] = sentences(point.body);
  const later = rest.filter(hasFigure).map(s => cut(s, false));
  return { lead: point.lead, text: [cut(first, true), ...later].filter(Boolean).join(' '), facts: figureFacts(point), range: point.range };
}

function summaryMarkdown(points: readonly SummaryPoint[]): string {
  return points.map(p => [
    `- ${p.lead ? `${leadMarkdown(p.lead)} ` : ''}${p.text}`.trimEnd(),
    ...p.facts.map(f => `  - ${f}`),
  ].join('\n')).join('\n');
}

export function summarizeSection(section: Section): SectionSummary {
  const total = wordCount(flatten(section.points).map(p => (p.lead ? `${p.lead} ${p.body}` : p.body)).join('\n'));
  if (traitsOf(section.kind).summary === 'verbatim' || section.points.length === 0) {
    const markdown = sectionBodyMarkdown(section);
    const words = wordCount(markdown);
    return { section, verbatim: true, points: [], markdown, ratio: 1, words: { kept: words, total: words } };
  }
  const points = section.points.map(summarizePoint);
  const markdown = summaryMarkdown(points);
  const kept = wordCount(markdown);
  return { section, verbatim: false, points, markdown, ratio: total ? kept / total : 1, words: { kept, total } };
}

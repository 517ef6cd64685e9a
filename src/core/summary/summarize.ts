// Section summaries made from the editorial itself, never invented: each point becomes its bold
// lead plus its key (first) sentence, and the facts of its sub-points — numbers, years, money,
// percentages, named agreements and glossary terms — are kept as the shortest clauses that carry
// them. Conclusion, mains question and PYQ sections are kept as they are.
import { leadMarkdown, sectionBodyMarkdown } from '../editorial/toMarkdown';
import type { LineRange, Point, Section } from '../editorial/model';
import { traitsOf } from '../editorial/sectionKinds';

export interface SummaryPoint {
  readonly lead: string;
  /** Markdown: the key sentence of the point's own text. */
  readonly text: string;
  /** Markdown clauses from the sub-points that carry facts not already in `text`. */
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
  /** Characters of summary plain text / characters of section plain text. */
  readonly ratio: number;
}

/** Something a summary must not lose: numbers (with their units) and named terms. */
export type FactFinder = (plain: string) => string[];


/** Numbers with what makes them a fact: $500 billion, 5.4%, 3.3 lakh, 2030, 100 GW. */
const NUMBER = /(?:[$₹€£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|per cent|percent|billion|million|trillion|lakh|crore|GW|MW|km|tonnes?|tonne))?/giu;

export function numbersIn(plain: string): string[] {
  return [...plain.matchAll(NUMBER)].map(m => m[0].trim()).filter(n => /\d/.test(n));
}

/** Plain text of markdown: bold/italic markers and escapes removed, links as their text. */
export function markdownToPlain(md: string): string {
  return linksToText(md.replace(/\\([\\`*_[\]<>|])/g, '$1').replace(/\*\*|\*|~~|`/g, ''));
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

/** Splits markdown at `separators` but never inside **bold**, `code` or [links]. */
function splitOutsideMarkup(md: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depthBold = false;
  let inCode = false;
  let bracket = 0;
  let last = 0;
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\') { i++; continue; }
    if (c === '`') inCode = !inCode;
    else if (!inCode && c === '*' && md[i + 1] === '*') { depthBold = !depthBold; i++; continue; }
    else if (!inCode && c === '[') bracket++;
    else if (!inCode && c === ']') bracket = Math.max(0, bracket - 1);
    if (depthBold || inCode || bracket) continue;
    separator.lastIndex = i;
    const m = separator.exec(md);
    if (m && m.index === i) {
      parts.push(md.slice(last, i + (m[1]?.length ?? 0)));
      last = i + m[0].length;
      i = last - 1;
    }
  }
  parts.push(md.slice(last));
  return parts.map(p => p.trim()).filter(Boolean);
}

/** Sentences of a markdown text (". " followed by a capital, outside markup). */
export function sentences(md: string): string[] {
  return splitOutsideMarkup(md, /([.!?।])\s+(?=["“*(]*[\p{Lu}\d])/uy);
}

/** Clauses of a sentence, split at commas, semicolons and colons outside markup. */
function clauses(md: string): string[] {
  return splitOutsideMarkup(md, /[,;:]\s+/y);
}

function flatten(points: readonly Point[]): Point[] {
  return points.flatMap(p => [p, ...flatten(p.children)]);
}

function firstSentence(md: string): string {
  return sentences(md)[0] ?? md;
}

/**
 * The clauses of `md` that carry the facts in `wanted` (plus the first clause when `keepFirst`),
 * joined with "…" where text was left out. Facts that straddle a clause break ("a, b and c")
 * make the whole sentence stay.
 */
function factClauses(md: string, wanted: ReadonlySet<string>, findFacts: FactFinder, keepFirst = false): string {
  const parts = clauses(md);
  const keepIdx = parts.map((p, i) => (keepFirst && i === 0) || findFacts(markdownToPlain(p)).some(f => wanted.has(f)));
  let out = '';
  let gap = false;
  parts.forEach((p, i) => {
    if (!keepIdx[i]) { gap = true; return; }
    out += out ? (gap ? ' … ' : ', ') + p : (i > 0 ? '… ' : '') + p;
    gap = false;
  });
  if (gap && out && !/[.!?।]$/.test(out)) out += ' …';
  const covered = new Set(findFacts(markdownToPlain(out)));
  const missing = findFacts(markdownToPlain(md)).some(f => wanted.has(f) && !covered.has(f));
  return missing ? md : out;
}

export function summarizeSection(section: Section, findTerms: FactFinder = () => []): SectionSummary {
  const findFacts: FactFinder = plain => [...numbersIn(plain), ...findTerms(plain)];
  const sourcePlain = [...section.paragraphs.map(p => p.plain), ...flatten(section.points).map(p => p.plain)].join('\n');
  if (traitsOf(section.kind).summary === 'verbatim' || section.points.length === 0) {
    const markdown = sectionBodyMarkdown(section);
    return { section, verbatim: true, points: [], markdown, ratio: 1 };
  }

  const summarize = (point: Point): SummaryPoint => {
    // A sub-heading ("**Economic Challenges:**") has no text of its own: its bullets, each
    // summarised, are its facts.
    if (point.role === 'subheading') {
      return {
        lead: point.lead,
        text: '',
        facts: point.children.map(c => {
          const s = summarize(c);
          return [c.lead ? `${leadMarkdown(c.lead)} ${s.text}`.trim() : s.text, ...s.facts].filter(Boolean).join(' ');
        }),
        range: point.range,
      };
    }
    const first = firstSentence(point.body);
    const text = factClauses(first, new Set(findFacts(markdownToPlain(first))), findFacts, true);
    const have = new Set(findFacts(markdownToPlain(`${point.lead} ${text}`)));
    const facts: string[] = [];
    // The rest of the point's own text, then its sub-points, in reading order.
    const rest = sentences(point.body).slice(1);
    for (const md of [...rest, ...flatten(point.children).flatMap(c => sentences(c.body))]) {
      const wanted = new Set(findFacts(markdownToPlain(md)).filter(f => !have.has(f)));
      if (!wanted.size) continue;
      const clause = factClauses(md, wanted, findFacts);
      if (!clause) continue;
      facts.push(clause);
      for (const f of findFacts(markdownToPlain(clause))) have.add(f);
    }
    return { lead: point.lead, text, facts, range: point.range };
  };
  const points = section.points.map(summarize);

  const markdown = points.map(p => [
    `- ${p.lead ? `${leadMarkdown(p.lead)} ` : ''}${p.text}`.trimEnd(),
    ...p.facts.map(f => `  - ${f}`),
  ].join('\n')).join('\n');
  const summaryPlain = markdownToPlain(markdown.replace(/^\s*- /gm, ''));
  return { section, verbatim: false, points, markdown, ratio: sourcePlain.length ? summaryPlain.length / sourcePlain.length : 1 };
}

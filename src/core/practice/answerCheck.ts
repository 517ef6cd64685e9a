// Mains answer practice, checked locally and explainably: which of the editorial's points an
// answer covers (by the key words of their bold leads, or by a glossary term only that point
// mentions), which of its terms it uses, and how long it is against the UPSC word limit.
// Nothing here judges quality; it only says what the editorial has that the answer does not.
import type { Editorial, Point, Section } from '../editorial/model';
import { traitsOf } from '../editorial/sectionKinds';
import { markdownToPlain } from '../summary/summarize';
import { splitFrontMatter } from '../shared/frontMatter';
import type { TermFinder } from '../revision/cards/card';

export interface Coverage {
  wordCount: number;
  target: number;
  coveredPoints: { lead: string; line: number }[];
  missedPoints: { lead: string; line: number }[];
  coveredTerms: string[];
  missedTerms: string[];
}

export const DEFAULT_WORD_TARGET = 250;

/**
 * UPSC's word limits: 10-mark questions 150 words, 15-mark questions 250. Other marks scale
 * from 15 marks = 250 words, rounded to 50; no marks (or nonsense) → 250.
 */
export function wordTarget(marks?: number): number {
  if (marks === undefined || !Number.isFinite(marks) || marks <= 0) return DEFAULT_WORD_TARGET;
  if (marks <= 10) return 150;
  if (marks <= 15) return 250;
  return Math.round((marks * 250) / 15 / 50) * 50;
}

// ---------------------------------------------------------------------------------------------
// Words

const STOP_WORDS = new Set(
  ('a an and are as at be between by can co for from further how in into is it its of on or over '
    + 'should than that the their this through to towards under up us via what which while who will with within').split(' '),
);

/** British and American spellings students mix. */
const SPELLINGS: Record<string, string> = { defence: 'defense', programme: 'program', organisation: 'organization', labour: 'labor' };

/** A rough stem: plural -s/-es/-ies, -ing, -ed and a final -e removed; -isation → -ization. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  w = SPELLINGS[w] ?? w;
  w = w.replace(/isation(s?)$/, 'ization$1').replace(/ise(s|d)?$/, 'ize$1').replace(/ising$/, 'izing');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stems of the content words of a text (hyphenated words split). */
export function contentStems(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return [...new Set(words.filter(w => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w))).map(stem))];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Words of an answer: front matter, headings, quoted lines and comments (the scaffold's) left out. */
function answerText(answer: string): string {
  return markdownToPlain(
    answer
      .replace(FRONT_MATTER, '')
      .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
      .split(/\r?\n/)
      .filter(l => !/^\s{0,3}(?:#{1,6}\s|>)/.test(l))
      .join('\n'),
  );
}

function countWords(plain: string): number {
  return (plain.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * The student's answer in an answer file (answerScaffold): what follows its "## Introduction"
 * heading, the question quoted above it left out; a file without that heading is all answer.
 */
export function answerOf(text: string): string {
  const { body } = splitFrontMatter(text);
  const heading = /^## Introduction[^\n]*/m.exec(body);
  return heading ? body.slice(heading.index + heading[0].length) : body;
}

/** Words the student has written: counted as checkAnswer counts them (headings, the scaffold's
 *  comments and quoted lines left out), so the timer and the check never disagree. */
export function answerWordCount(answer: string): number {
  return countWords(answerText(answer));
}

function normalizePhrase(text: string): string {
  return ` ${text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

// ---------------------------------------------------------------------------------------------
// Coverage


function flatten(p: Point): Point[] {
  return [p, ...p.children.flatMap(flatten)];
}

/** Sections a mains answer draws on: not the closing blocks (questions, the editorial's own conclusion). */
function contentSections(editorial: Editorial): Section[] {
  return editorial.sections.filter(s => !traitsOf(s.kind).closing);
}

interface TermEntry {
  display: string;
  /** Normalised names that count as this term. */
  keys: Set<string>;
}

const termKey = (name: string) => normalizePhrase(name).trim();

/** A lead word in at least this many leads, and this share of them, is generic. */
const GENERIC_LEAD_WORD_MIN = 5;
const GENERIC_LEAD_WORD_SHARE = 0.2;

/**
 * What of the editorial the answer covers. A point (top-level, with a bold lead, outside the
 * conclusion and questions) is covered when the answer has at least half of its lead's content
 * words (stop words ignored, simple stemming; words shared by a fifth or more of the leads, at
 * least 5, do not count), or names a glossary term that no other point mentions. Terms are the "For Prelims" list plus the glossary terms in the points; a term is
 * found by `findTerms` on the answer or by its name as a phrase. The target comes from a
 * `marks:` line in the answer's front matter, else 250 words.
 */
export function checkAnswer(answer: string, editorial: Editorial, findTerms: TermFinder): Coverage {
  const plain = answerText(answer);
  const phrase = normalizePhrase(plain);
  const answerStems = new Set(contentStems(plain));
  const answerTerms = new Set(findTerms(plain).map(termKey));

  const points = contentSections(editorial).flatMap(s => s.points.filter(p => p.lead));
  // Which points mention each glossary term: a term only one point names identifies that point.
  const pointTerms = points.map(p => new Set(flatten(p).flatMap(q => findTerms(q.plain)).map(termKey)));
  const mentions = new Map<string, number>();
  for (const set of pointTerms) for (const t of set) mentions.set(t, (mentions.get(t) ?? 0) + 1);

  const coveredPoints: Coverage['coveredPoints'] = [];
  const missedPoints: Coverage['missedPoints'] = [];
  // A word most leads share ("Cooperation" in an editorial on cooperation) says nothing about
  // which point the answer makes; it counts only in a lead made of nothing else.
  const leadStems = points.map(p => contentStems(p.lead));
  const leadsWith = new Map<string, number>();
  for (const l of leadStems) for (const w of l) leadsWith.set(w, (leadsWith.get(w) ?? 0) + 1);
  const generic = (w: string) => (leadsWith.get(w) ?? 0) >= Math.max(GENERIC_LEAD_WORD_MIN, points.length * GENERIC_LEAD_WORD_SHARE);
  points.forEach((p, i) => {
    const specific = leadStems[i].filter(w => !generic(w));
    const lead = specific.length ? specific : leadStems[i];
    const hits = lead.filter(w => answerStems.has(w)).length;
    const byWords = lead.length > 0 && hits * 2 >= lead.length;
    const byTerm = [...pointTerms[i]].some(t => mentions.get(t) === 1 && answerTerms.has(t));
    (byWords || byTerm ? coveredPoints : missedPoints).push({ lead: p.lead, line: p.range.start });
  });

  // The editorial's terms: its "For Prelims" list, then glossary terms its points mention.
  const terms: TermEntry[] = [];
  const known = new Set<string>();
  for (const t of editorial.prelimsTerms) {
    const keys = new Set([termKey(t.text), ...findTerms(t.text).map(termKey)]);
    if ([...keys].some(k => known.has(k))) continue;
    keys.forEach(k => known.add(k));
    terms.push({ display: t.text, keys });
  }
  for (const set of pointTerms) {
    for (const k of set) {
      if (known.has(k)) continue;
      known.add(k);
      terms.push({ display: originalName(k, points, findTerms), keys: new Set([k]) });
    }
  }
  const coveredTerms: string[] = [];
  const missedTerms: string[] = [];
  for (const t of terms) {
    const found = [...t.keys].some(k => answerTerms.has(k) || phrase.includes(` ${k} `));
    (found ? coveredTerms : missedTerms).push(t.display);
  }

  const marks = Number(/^marks[ \t]*:[ \t]*(\d+(?:\.\d+)?)[ \t]*$/m.exec(FRONT_MATTER.exec(answer)?.[1] ?? '')?.[1]);
  return { wordCount: countWords(plain), target: wordTarget(Number.isFinite(marks) ? marks : undefined), coveredPoints, missedPoints, coveredTerms, missedTerms };
}

/** The name as `findTerms` spelled it (keys are lower-cased). */
function originalName(key: string, points: readonly Point[], findTerms: TermFinder): string {
  for (const p of points) for (const q of flatten(p)) for (const n of findTerms(q.plain)) if (termKey(n) === key) return n;
  return key;
}

// ---------------------------------------------------------------------------------------------
// Scaffold

/**
 * A markdown skeleton for writing the answer: the question and word target (as a quote, which
 * `checkAnswer` does not count), Introduction, one body heading per kind of section in the
 * editorial (with its leads as a hidden reminder), Conclusion.
 */
export function answerScaffold(question: string, editorial: Editorial, marks?: number): string {
  const target = wordTarget(marks);
  const out: string[] = [
    `> **Q.** ${question.trim()}`,
    '>',
    `> *Word target: about ${target} words${marks !== undefined && Number.isFinite(marks) ? ` (${marks} marks)` : ''}.*`,
    '',
    '## Introduction',
    '',
    '<!-- Context in 2–3 lines: a recent event, fact or figure from the editorial. -->',
    '',
  ];
  const headings = new Map<string, Point[]>();
  for (const s of contentSections(editorial)) {
    const heading = traitsOf(s.kind).answerHeading ?? (s.heading.replace(/[\s?:：.]+$/u, '') || 'Discussion');
    headings.set(heading, [...(headings.get(heading) ?? []), ...s.points.filter(p => p.lead)]);
  }
  for (const [heading, points] of headings) {
    out.push(`## ${heading}`, '');
    if (points.length) out.push(`<!-- From the editorial: ${points.map(p => p.lead.replace(/--/g, '–')).join('; ')} -->`, '');
  }
  out.push('## Conclusion', '', '<!-- A balanced, forward-looking close. -->', '');
  return out.join('\n');
}

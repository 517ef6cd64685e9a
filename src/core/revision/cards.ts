// Flashcards, always generated, never typed into a card editor: one card per glossary term, a
// "what does the editorial say about…" card per bold-lead point, cloze cards for the facts and
// figures in points, and the cards the user writes in notes (Obsidian Spaced Repetition syntax).
//
// Card ids are what review progress is keyed by, so they must survive small edits: they are hashes
// of what identifies the card, never of its whole text or position (see `cardId`).
import type { GlossaryTerm } from '../glossary/entries';
import { escapeMarkdown } from '../shared/markdown/inline';
import type { Editorial, Point, Section } from '../editorial/model';
import { traitsOf } from '../editorial/sectionKinds';
import { markdownToPlain, numbersIn, sentences } from '../summary/summarize';

export type CardKind = 'term' | 'point' | 'cloze' | 'note' | 'faq';

export interface Card {
  /** Stable across small edits of the source (see `cardId`). */
  id: string;
  kind: CardKind;
  /** Markdown. */
  front: string;
  /** Markdown. */
  back: string;
  /** Where the card comes from (zero-based line). */
  source?: { uri: string; line: number };
  editorialTitle?: string;
  sectionKind?: string;
  /** Glossary category of a term card. */
  category?: string;
}

/** Finds the glossary terms in plain text; returns them as written in the text or by name. */
export type TermFinder = (plain: string) => string[];

// ---------------------------------------------------------------------------------------------
// Ids

/**
 * A 64-bit string hash (two FNV-1a 32-bit passes with different offset bases, over UTF-16 code
 * units fed low byte first) in base 36. Not cryptographic; only stable and well spread.
 */
export function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f6b3c1d;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ (c & 0xff), 0x01000193);
    a = Math.imul(a ^ (c >>> 8), 0x01000193);
    b = Math.imul(b ^ (c >>> 8), 0x01000193);
    b = Math.imul(b ^ (c & 0xff), 0x01000193);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

/**
 * Lower-case, letters (with their marks: Devanagari vowel signs are marks) and digits only, one
 * space between words: what survives small edits.
 */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

const PREFIX: Record<CardKind, string> = { term: 't', point: 'p', cloze: 'c', note: 'n', faq: 'f' };

/**
 * `<kind letter>-<hash>` of the parts that identify the card, each normalised:
 * - term: the term id;
 * - point: editorial URI + section kind + lead;
 * - cloze: editorial URI + section kind + lead of its top-level point + blanked answer;
 * - note: note URI + question;
 * - faq: editorial URI + question.
 * Body text, whitespace, punctuation, case and position do not enter, so fixing a typo in a
 * body or moving a point keeps the id (and the review history); renaming a lead starts afresh.
 */
export function cardId(kind: CardKind, parts: readonly string[]): string {
  return `${PREFIX[kind]}-${hashString(parts.map(normalizeKey).join('\u0000'))}`;
}

/** Adds cards, giving a repeated id a `~2`, `~3` suffix (two points with the same lead). */
class CardList {
  readonly cards: Card[] = [];
  private readonly seen = new Map<string, number>();

  /** Adds the card unless `dropDuplicate` and its id is taken; returns whether it was added. */
  add(card: Card, dropDuplicate = false): boolean {
    const n = this.seen.get(card.id) ?? 0;
    if (n && dropDuplicate) return false;
    this.seen.set(card.id, n + 1);
    this.cards.push(n ? { ...card, id: `${card.id}~${n + 1}` } : card);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Term cards

export function termCards(terms: readonly GlossaryTerm[]): Card[] {
  const list = new CardList();
  for (const t of terms) {
    const back = [t.definition];
    if (t.facts.length) back.push(t.facts.map(f => `- ${f}`).join('\n'));
    if (t.aliases.length) back.push(`*Also:* ${t.aliases.map(escapeMarkdown).join(', ')}`);
    list.add({
      id: cardId('term', [t.id]),
      kind: 'term',
      front: escapeMarkdown(t.name),
      back: back.join('\n\n'),
      source: { uri: t.origin.uri, line: t.origin.line },
      category: t.category,
    });
  }
  return list.cards;
}

// ---------------------------------------------------------------------------------------------
// Editorial cards

/** Sections whose points are the editorial's content (not its questions); FAQs make their own cards. */

function trimHeading(heading: string): string {
  return heading.replace(/[\s?:：.]+$/u, '');
}

function pointLine(p: Point): string {
  return p.lead ? `**${escapeMarkdown(p.lead)}:** ${p.body}`.trim() : p.body;
}

function subList(points: readonly Point[], depth = 0): string[] {
  return points.flatMap(p => [`${'  '.repeat(depth)}- ${pointLine(p)}`, ...subList(p.children, depth + 1)]);
}

export function editorialCards(uri: string, editorial: Editorial, findTerms: TermFinder = () => []): Card[] {
  const list = new CardList();
  // The editorial's own FAQs are ready-made question → answer cards.
  for (const faq of editorial.faqs ?? []) {
    if (!faq.answer) continue;
    list.add({
      id: cardId('faq', [uri, faq.question]),
      kind: 'faq',
      front: `${escapeMarkdown(editorial.title)} › ${escapeMarkdown(faq.question)}`,
      back: faq.answer,
      source: { uri, line: faq.range.start },
      editorialTitle: editorial.title,
      sectionKind: 'faq',
    });
  }
  for (const section of editorial.sections) {
    if (!traitsOf(section.kind).cards) continue;
    for (const point of section.points) {
      if (point.lead) {
        const back = [point.body, subList(point.children).join('\n')].filter(Boolean).join('\n\n');
        list.add({
          id: cardId('point', [uri, section.kind, point.lead]),
          kind: 'point',
          front: `${escapeMarkdown(editorial.title)} › ${escapeMarkdown(trimHeading(section.heading))}: ${escapeMarkdown(point.lead)}?`,
          back: back || '*(no text)*',
          source: { uri, line: point.range.start },
          editorialTitle: editorial.title,
          sectionKind: section.kind,
        });
      }
      for (const c of pointClozes(uri, editorial, section, point, findTerms)) list.add(c, true);
    }
  }
  return list.cards;
}

// --- Clozes -----------------------------------------------------------------------------------

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly answer: string;
  /** Lower goes first: 0 quantities, 1 named things, 2 years, 3 bare counts. */
  readonly rank: number;
}

const MAX_CLOZES_PER_SENTENCE = 2;
const UNIT = /[%$₹€£]|per ?cent|billion|million|trillion|lakh|crore|GW|MW|km|tonne/i;
const YEAR = /^(?:19|20)\d\d$/;
const CAP_WORD = String.raw`(?:[A-Z][\p{L}\p{N}.'’&-]*|\([A-Z][\p{L}\p{N}.-]*\))`;
/** Capitalised names ending in Agreement, Act, Accords, Initiative… ("US-India Civil Nuclear Agreement"). */
const NAMED_AGREEMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CAP_WORD}(?:\s+(?:(?:and|of|for|on|&)\s+)?${CAP_WORD})*\s+` +
  String.raw`(?:Agreements?|Accords?|Act|Pact|Treaty|Initiative|Partnership|Alliance|Roadmap|Framework|Mission|Programme|Dialogue|Corridor|agreement|pact)` +
  String.raw`(?![\p{L}\p{N}])(?:\s*\([A-Z][\p{L}\p{N}.-]*\))?`,
  'gu',
);
/** The names' last words alone: most sentences have none, and then the costly pattern is not run. */
const AGREEMENT_WORD = /Agreement|Accord|Act|Pact|Treaty|Initiative|Partnership|Alliance|Roadmap|Framework|Mission|Programme|Dialogue|Corridor|agreement|pact/;
const LEADING_FILLER = /^(?:(?:The|A|An|In|On|Under|With|By|Despite|While|As)\s+)+/;
/** A trailing "(IEA)" after a name belongs to the answer, or the front gives it away. */
const TRAILING_ACRONYM = /^\s*\([A-Z][\p{L}\p{N}.-]*\)/u;

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/** Where `needle` occurs in `hay` as whole words, case-insensitively. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    if (!isWordChar(hay[i - 1]) || !isWordChar(needle[0])) {
      if (!isWordChar(hay[i + n.length]) || !isWordChar(needle[needle.length - 1])) out.push(i);
    }
  }
  return out;
}

function numberCandidates(plain: string): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (const n of numbersIn(plain)) {
    const start = plain.indexOf(n, from);
    if (start < 0) continue;
    const end = start + n.length;
    from = end;
    const before = plain[start - 1];
    const after = plain[end];
    // Part of a name: F-35, STA-1, mission-4, 5G, I2U2, T20, H-1B.
    if (isWordChar(before) || before === '-' || before === '/' || isWordChar(after) || (after === '-' && isWordChar(plain[end + 1]))) continue;
    let rank: number;
    if (UNIT.test(n)) rank = 0;
    else if (YEAR.test(n)) rank = 2;
    else if (Number(n.replace(/,/g, '')) >= 10) rank = 3;
    else continue; // "Track 2", "1.5": too small to be a fact worth a card
    out.push({ start, end, answer: n, rank });
  }
  return out;
}

function withAcronym(plain: string, start: number, end: number): Candidate {
  const m = TRAILING_ACRONYM.exec(plain.slice(end));
  const stop = m ? end + m[0].length : end;
  return { start, end: stop, answer: plain.slice(start, stop), rank: 1 };
}

/** Half of a hyphenated compound ("NASA" in "NASA-ISRO partnerships") is no answer on its own. */
function inCompound(plain: string, start: number, end: number): boolean {
  return (plain[start - 1] === '-' && isWordChar(plain[start - 2])) || (plain[end] === '-' && isWordChar(plain[end + 1]));
}

function nameCandidates(plain: string, findTerms: TermFinder): Candidate[] {
  const out: Candidate[] = [];
  for (const m of AGREEMENT_WORD.test(plain) ? plain.matchAll(NAMED_AGREEMENT) : []) {
    const filler = LEADING_FILLER.exec(m[0])?.[0].length ?? 0;
    const start = m.index + filler;
    const text = plain.slice(start, m.index + m[0].length);
    if (text.split(/\s+/).length >= 2) out.push({ start, end: start + text.length, answer: text, rank: 1 });
  }
  for (const name of new Set(findTerms(plain))) {
    const at = occurrences(plain, name)[0];
    if (at !== undefined) out.push(withAcronym(plain, at, at + name.length));
  }
  return out.filter(c => !inCompound(plain, c.start, c.end));
}

/** The best non-overlapping facts of a sentence, at most two. */
function chooseAnswers(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((x, y) => x.rank - y.rank || (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.length >= MAX_CLOZES_PER_SENTENCE) break;
    if (chosen.some(o => c.start < o.end && o.start < c.end)) continue;
    if (chosen.some(o => o.answer.toLowerCase() === c.answer.toLowerCase())) continue;
    chosen.push(c);
  }
  return chosen.sort((x, y) => x.start - y.start);
}

const CONTENT_WORD = /\p{L}{2,}/gu;
function contentWords(text: string): number {
  let n = 0;
  CONTENT_WORD.lastIndex = 0;
  while (CONTENT_WORD.test(text)) n++;
  return n;
}

/** Sentence pieces around every occurrence of the answer, escaped for markdown. */
function splitAtAnswer(plain: string, answer: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const at of occurrences(plain, answer)) {
    if (at < last) continue;
    pieces.push(plain.slice(last, at));
    last = at + answer.length;
  }
  pieces.push(plain.slice(last));
  return pieces.map(escapeMarkdown);
}

/** Words that name the editorial's subject rather than a fact ("India-US ties" in an India-US editorial). */
const SUBJECT_WORDS = ['india', 'indian', 'indo', 'ties', 'relations', 'relationship', 'bilateral', 'partnership', 'cooperation'];

function isSubject(answer: string, subject: ReadonlySet<string>): boolean {
  const words = normalizeKey(answer).split(' ').filter(Boolean);
  return words.length > 0 && words.every(w => subject.has(w));
}

function pointClozes(uri: string, editorial: Editorial, section: Section, top: Point, findTerms: TermFinder): Card[] {
  const cards: Card[] = [];
  const subject = new Set([...SUBJECT_WORDS, ...normalizeKey(editorial.title).split(' ')]);
  const visit = (point: Point) => {
    for (const md of sentences(point.body)) {
      const plain = markdownToPlain(md).replace(/\s+/g, ' ').trim();
      const candidates = [...numberCandidates(plain), ...nameCandidates(plain, findTerms)].filter(c => !isSubject(c.answer, subject));
      const answers = chooseAnswers(candidates);
      for (const a of answers) {
        const pieces = splitAtAnswer(plain, a.answer);
        const rest = pieces.join(' ');
        if (contentWords(rest) < 4) continue; // nothing left to recall it from
        const lower = a.answer.toLowerCase();
        // Context that does not give the answer away: the point's lead, else the section.
        const context = [top.lead, trimHeading(section.heading), editorial.title]
          .find(c => c && !c.toLowerCase().includes(lower));
        const front = `${context ? `*${escapeMarkdown(context)}*\n\n` : ''}${pieces.join('[…]')}`;
        if (front.toLowerCase().includes(lower)) continue; // guard: never show the answer
        cards.push({
          id: cardId('cloze', [uri, section.kind, top.lead, a.answer]),
          kind: 'cloze',
          front,
          back: pieces.join(`**${escapeMarkdown(a.answer)}**`),
          source: { uri, line: point.range.start },
          editorialTitle: editorial.title,
          sectionKind: section.kind,
        });
      }
    }
    point.children.forEach(visit);
  };
  visit(top);
  return cards;
}

// ---------------------------------------------------------------------------------------------
// Note cards

/**
 * Cards written in the user's notes, in the syntax of Obsidian's Spaced Repetition plugin:
 *
 * - One line: `Question :: Answer` (spaces around `::` optional). `Question ::: Answer` also
 *   makes the reverse card (Answer → Question).
 * - A block: the question lines, a line holding only `?`, then the answer lines; the question
 *   starts after the last blank line, heading or `::` line, and the answer ends at a blank line
 *   or heading. `??` instead of `?` also makes the reverse card.
 *
 *   ```
 *   What did the 2008 agreement unlock?
 *   ?
 *   Civil nuclear trade with the US (NSG waiver).
 *   ```
 *
 * A leading list marker or `>` is dropped from a line. Lines in code fences (``` or ~~~), in
 * front matter, and `::` inside `inline code` are ignored.
 */
export function noteCards(uri: string, text: string): Card[] {
  const list = new CardList();
  const add = (question: string, answer: string, line: number) => {
    if (!question || !answer) return;
    list.add({ id: cardId('note', [uri, question]), kind: 'note', front: question, back: answer, source: { uri, line } });
  };
  const lines = text.split(/\r?\n/);
  let block: { text: string; line: number }[] = [];

  // A block is a run of lines up to a blank line or heading. `::` lines are cards of their own;
  // a `?` line makes the lines since the last `::` line the question and the rest the answer.
  const flushBlock = () => {
    let questionStart = 0;
    for (let j = 0; j < block.length; j++) {
      const t = block[j].text;
      if (t === '?' || t === '??') {
        const question = block.slice(questionStart, j).map(l => l.text).join('\n');
        const answer = block.slice(j + 1).map(l => l.text).join('\n');
        if (question && answer) {
          add(question, answer, block[questionStart].line);
          if (t === '??') add(answer, question, block[j + 1].line);
        }
        break;
      }
      const m = singleLine(t);
      if (!m) continue;
      add(m.question, m.answer, block[j].line);
      if (m.reverse) add(m.answer, m.question, block[j].line);
      questionStart = j + 1;
    }
    block = [];
  };

  let fence: string | undefined;
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, j) => j > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (close > 0) i = close + 1;
  }
  for (; i < lines.length; i++) {
    const raw = lines[i];
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && !raw.trim().slice(fenceMark.length).trim()) fence = undefined;
      continue;
    }
    if (fenceMark) {
      flushBlock();
      fence = fenceMark;
      continue;
    }
    if (!raw.trim() || /^\s{0,3}#{1,6}(\s|$)/.test(raw)) {
      flushBlock();
      continue;
    }
    block.push({ text: raw.trim().replace(/^(?:>\s?)+/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, '').trim(), line: i });
  }
  flushBlock();
  return list.cards;
}

function singleLine(line: string): { question: string; answer: string; reverse: boolean } | undefined {
  // Blank out `code` so a `::` in it does not count, keeping offsets.
  const masked = line.replace(/`[^`]*`/g, s => ' '.repeat(s.length));
  const m = /:{2,}/.exec(masked);
  if (!m || m[0].length > 3) return undefined;
  const question = line.slice(0, m.index).trim();
  const answer = line.slice(m.index + m[0].length).trim();
  if (!question || !answer) return undefined;
  return { question, answer, reverse: m[0].length === 3 };
}

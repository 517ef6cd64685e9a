// Cloze cards: the facts and figures of a point's sentences (quantities, named agreements and
// glossary terms, years, counts) blanked out, at most two per sentence, never giving the answer away.
import { escapeMarkdown } from '../../shared/markdown/inline';
import type { Editorial, Point, Section } from '../../editorial/model';
import { markdownToPlain, numbersIn, sentences } from '../../summary/summarize';
import { Card, cardId, normalizeKey, TermFinder, trimHeading } from './card';
import { namedAgreements } from './namedAgreements';

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
/** The names' last words alone: most sentences have none, and then namedAgreements is not run. */
const AGREEMENT_WORD = /Agreement|Accord|Act|Pact|Treaty|Initiative|Partnership|Alliance|Roadmap|Framework|Mission|Programme|Dialogue|Corridor|agreement|pact/;
const LEADING_FILLER = /^(?:(?:The|A|An|In|On|Under|With|By|Despite|While|As)\s+)+/;
/** A trailing "(IEA)" after a name belongs to the answer, or the front gives it away. */
const TRAILING_ACRONYM = /^\s*\([A-Z][\p{L}\p{N}.-]*\)/u;

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/** Where `needle` occurs in `hay` as whole words, case-insensitively (`lowerHay`: hay.toLowerCase(), if known). */
function occurrences(hay: string, needle: string, lowerHay?: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const h = lowerHay ?? hay.toLowerCase();
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

function nameCandidates(plain: string, lowerPlain: string, findTerms: TermFinder): Candidate[] {
  const out: Candidate[] = [];
  for (const m of AGREEMENT_WORD.test(plain) ? namedAgreements(plain) : []) {
    const filler = LEADING_FILLER.exec(m.text)?.[0].length ?? 0;
    const start = m.index + filler;
    const text = plain.slice(start, m.index + m.text.length);
    if (text.split(/\s+/).length >= 2) out.push({ start, end: start + text.length, answer: text, rank: 1 });
  }
  for (const name of new Set(findTerms(plain))) {
    const at = occurrences(plain, name, lowerPlain)[0];
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
/** Whether `text` has at least `min` words of two letters or more (counting stops there). */
function hasContentWords(text: string, min: number): boolean {
  let n = 0;
  CONTENT_WORD.lastIndex = 0;
  while (n < min && CONTENT_WORD.test(text)) n++;
  return n >= min;
}

/** Sentence pieces around every occurrence of the answer, escaped for markdown. */
function splitAtAnswer(plain: string, lowerPlain: string, answer: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const at of occurrences(plain, answer, lowerPlain)) {
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

/** The cloze cards of a top-level point and its sub-points. */
export function pointClozes(uri: string, editorial: Editorial, section: Section, top: Point, findTerms: TermFinder): Card[] {
  const cards: Card[] = [];
  const subject = new Set([...SUBJECT_WORDS, ...normalizeKey(editorial.title).split(' ')]);
  // Context that does not give the answer away: the point's lead, else the section, else the title.
  const contexts = [top.lead, trimHeading(section.heading), editorial.title].filter(c => c).map(c => ({ text: c, lower: c.toLowerCase() }));
  const visit = (point: Point) => {
    for (const md of sentences(point.body)) {
      const plain = markdownToPlain(md).replace(/\s+/g, ' ').trim();
      const lowerPlain = plain.toLowerCase();
      const candidates = [...numberCandidates(plain), ...nameCandidates(plain, lowerPlain, findTerms)].filter(c => !isSubject(c.answer, subject));
      const answers = chooseAnswers(candidates);
      for (const a of answers) {
        const pieces = splitAtAnswer(plain, lowerPlain, a.answer);
        const rest = pieces.join(' ');
        if (!hasContentWords(rest, 4)) continue; // nothing left to recall it from
        const lower = a.answer.toLowerCase();
        const context = contexts.find(c => !c.lower.includes(lower))?.text;
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

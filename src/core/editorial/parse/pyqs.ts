// A PYQ section → previous-year questions: stem, statements, options "(a)" … "(d)", year, exam
// (from a "Prelims"/"Mains" sub-heading, else from the options) and answer ("Ans: (b)").
import type MarkdownIt from 'markdown-it';
import type { RawBlock } from './blocks';
import { inlineToPlain } from '../../shared/markdown/inline';
import type { LineRange, Pyq, Section } from '../model';
import type { RepairedParagraph } from './pageBreakRepair';
import { asciiDigits } from '../vocabulary';
import { escapeRegExp } from '../../shared/regexp';
import { cleanHeading, QUESTION_MARK } from './headings';

const YEAR_AT_END = /\((?:[^()]*?\b)?((?:19|20)\d\d)\)\s*[.।]?\s*$/;
const YEAR_IN_BRACKETS = /\(((?:19|20)\d\d)\)/g;
/** Option markers "(a)" … "(d)"; Drishti's Hindi pages use the Latin letters too. */
const OPTION = /\(([a-d])\)/gi;

/** The options "(a) x (b) y …" of a question, when (a) and (b) are both there, in letter order. */
function optionsOf(plain: string): string[] | undefined {
  const starts: number[] = [];
  let expected = 'a';
  for (const m of plain.matchAll(OPTION)) {
    if (m[1].toLowerCase() !== expected) continue;
    starts.push(m.index);
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (starts.length < 2) return undefined;
  return starts.map((at, n) => plain.slice(at, starts[n + 1] ?? plain.length).trim());
}

function toPyq(lines: readonly string[], range: LineRange, mark?: { exam: 'prelims' | 'mains'; part: string }, answer?: string): Pyq {
  const exam = mark?.exam;
  const plain = lines.join(' ');
  const digits = asciiDigits(plain);
  // The year closes the question "(2019)"; failing that, the last "(YYYY)" in it.
  const year = YEAR_AT_END.exec(digits)?.[1] ?? [...digits.matchAll(YEAR_IN_BRACKETS)].pop()?.[1];
  const text = plain.replace(QUESTION_MARK, '').trim();
  const options = optionsOf(plain);
  return {
    text,
    lines,
    year: year ? Number(year) : undefined,
    exam: exam ?? (options ? 'prelims' : 'mains'),
    ...(options ? { options } : {}),
    ...(answer ? { answer } : {}),
    ...(mark ? { part: mark.part } : {}),
    range,
  };
}

export interface PyqLabels {
  readonly prelims: readonly string[];
  readonly mains: readonly string[];
  readonly answer: readonly string[];
}

const answerPatterns = new Map<string, RegExp>();
/** "Ans: (b)", "Answer - b", "उत्तर: (b)": the label, a separator and one option letter. */
function answerPattern(labels: readonly string[]): RegExp {
  const key = labels.join('\n');
  let re = answerPatterns.get(key);
  if (!re) {
    re = new RegExp(`(?:^|[\\s(])(?:${labels.map(escapeRegExp).join('|')})\\s*[:.：\\-–]\\s*\\(?([a-d])\\)?(?![\\p{L}\\p{N}])`, 'iu');
    answerPatterns.set(key, re);
  }
  return re;
}

const OPTION_START = /^\(?[a-d]\)\s/i;
const HAS_YEAR = /\((?:[^()]*?\b)?(?:19|20)\d\d\)/;

/** A line that starts a statement, an option or an answer: "1. …", "कथन-I: …", "(a) …", "Answer: (b)". */
const PART_START = /^\s*(?:\(?[a-d]\)\s|\d{1,2}[.)]\s|(?:statement|कथन)[\s-]*[IVX\d]+\b)/i;

/**
 * A paragraph's lines: pasted text keeps a question's stem, statements and options on lines of
 * one paragraph. When some of its lines start a statement, an option or the answer, every line
 * is a line of the question; a paragraph without such lines is wrapped text, joined with spaces.
 */
function linesOf(inline: readonly MarkdownIt.Token[], answerLabels: readonly string[]): string[] {
  const lines: MarkdownIt.Token[][] = [[]];
  for (const t of inline) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') lines.push([]);
    else lines[lines.length - 1].push(t);
  }
  const texts = lines.map(l => inlineToPlain(l)).filter(Boolean);
  const answerStart = (text: string) => answerLabels.some(l => text.toLocaleLowerCase().startsWith(l.toLocaleLowerCase()));
  if (texts.length > 1 && texts.slice(1).some(t => PART_START.test(t) || answerStart(t))) return texts;
  return [inlineToPlain(inline)].filter(Boolean);
}

export function pyqsOf(blocks: RawBlock[], paragraphs: RepairedParagraph[], section: Section, labels: PyqLabels): Pyq[] {
  const isLabel = (text: string, list: readonly string[]) => {
    const t = text.replace(/\s*[:：]\s*$/, '').trim().toLocaleLowerCase();
    return list.some(l => l.toLocaleLowerCase() === t);
  };
  // Which sub-heading ("Prelims"/"Mains") each line falls under: headings, or bold lines saying only that.
  const marks: { line: number; exam: 'prelims' | 'mains'; part: string }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading' && b.kind !== 'paragraph') continue;
    const text = cleanHeading(b.inline);
    if (isLabel(text, labels.prelims)) marks.push({ line: b.start, exam: 'prelims', part: text });
    else if (b.kind === 'heading' || isLabel(text, labels.mains)) marks.push({ line: b.start, exam: 'mains', part: text });
  }
  // The last mark before `line`, by binary search (marks are in line order; a PYQ list can be long).
  const markAt = (line: number) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid].line < line) lo = mid + 1; else hi = mid;
    }
    return lo ? marks[lo - 1] : undefined;
  };
  const units: { plain: string; start: number; end: number; point: boolean; marker?: string }[] = [
    ...paragraphs.flatMap(p => linesOf(p.inline, labels.answer).map(plain => ({ plain, start: p.start, end: p.end, point: false }))),
    ...section.points.map(p => ({ plain: p.plain, start: p.range.start, end: p.range.end, point: true, marker: p.marker })),
  ].filter(u => u.plain && !marks.some(m => m.line === u.start)).sort((a, b) => a.start - b.start);

  // The box holding a line (-1: none), by binary search: boxes are in line order and apart.
  const boxes = section.tables.filter(t => t.box);
  const boxAt = (line: number) => {
    let lo = 0;
    let hi = boxes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (boxes[mid].range.end <= line) lo = mid + 1; else hi = mid;
    }
    return lo < boxes.length && boxes[lo].range.start <= line ? lo : -1;
  };
  const answerRe = answerPattern(labels.answer);
  // Pages that number their questions ("प्रश्न 1.", "Q2.") start a question only there: every
  // other line (a statement, "कथन-I: …", the line that asks about them, an option, the answer)
  // belongs to the question above.
  const numbered = units.some(u => QUESTION_MARK.test(u.plain));
  const out: Pyq[] = [];
  // The question being read: its texts (stem, statements, options) are joined once at the end,
  // as joining per part is quadratic in a long options list.
  let current: { texts: string[]; start: number; end: number; answer?: string; options: boolean } | undefined;
  const flush = () => {
    const mark = current && markAt(current.start);
    if (current) out.push(toPyq(current.texts, { start: current.start, end: current.end }, mark, current.answer));
    current = undefined;
  };
  for (const u of units) {
    let plain = u.plain;
    const answer = answerRe.exec(plain);
    let letter: string | undefined;
    if (answer) {
      letter = answer[1].toLowerCase();
      plain = (plain.slice(0, answer.index) + plain.slice(answer.index + answer[0].length)).trim();
    }
    if (current && !plain) { // an answer line of its own
      current.answer ??= letter;
      current.end = Math.max(current.end, u.end);
      continue;
    }
    const last = current?.texts[current.texts.length - 1] ?? '';
    // Options "(a) …" belong to the question above; so do its numbered statements (bullets) and
    // the line that asks about them, until the options come. A line with its own year or "Q."
    // mark is a new question.
    const open = !!current && !current.options && (u.point || /[:：]$/.test(last) || current.texts.length > 1);
    // A box (a one-cell table) is a boundary: a question outside it never runs on into it.
    const belongs = !!current && boxAt(u.start) === boxAt(current.start) && (numbered ? !QUESTION_MARK.test(plain)
      : OPTION_START.test(plain) || (open && !QUESTION_MARK.test(plain) && !HAS_YEAR.test(plain)));
    if (!belongs) {
      flush();
      current = { texts: [], start: u.start, end: u.end, options: false };
    }
    // A statement keeps its number ("1. …"): the question asks "Which of the statements given
    // above is/are correct?" and the options name them ("(a) 1 only"). Questions numbered as a
    // list ("1. Q. …") do not take theirs.
    current!.texts.push(belongs && u.marker ? `${u.marker} ${plain}` : plain);
    current!.end = Math.max(current!.end, u.end);
    if (OPTION_START.test(plain) || optionsOf(plain)) current!.options = true;
    if (letter) current!.answer ??= letter;
  }
  flush();
  return out;
}

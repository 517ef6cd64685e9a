// PYQ files: previous-year questions the student collects in markdown (docs/PYQ-FILES.md).
//
//   # Polity PYQs
//   ## 2023 · Mains · GS2          ← sets the year, exam and paper of the questions below
//   1. Discuss the role of the Governor … (2023) {gs2.polity.federalism}
//   2. …
//   ## Prelims 2019
//   1. Consider the following statements: …
//      1. statement one                ← indented: part of the question above
//      (a) 1 only (b) 2 only …
//      Answer: (b)
//
// A question starts at a list item in the first column ("1.", "-", "*") or a line opening "Q." or
// "प्रश्न"; every line until the next such start, a heading or the end is part of it. Its own
// "(2019)" at the end overrides the heading's year; `{ids}` names its syllabus nodes. Line based
// and linear; code fences are skipped; never throws.
import { splitFrontMatter } from '../shared/frontMatter';
import { gsPaperOf } from '../editorial/vocabulary';

export interface PyqFileQuestion {
  readonly text: string;
  readonly lines: readonly string[];
  readonly year?: number;
  readonly exam?: 'prelims' | 'mains';
  /** Syllabus paper id the heading names ("gs2", "essay", "prelims"). */
  readonly paper?: string;
  readonly options?: readonly string[];
  readonly answer?: string;
  /** Ids written in `{…}`. */
  readonly overrides: readonly string[];
  /** Zero-based line of the question's first line in the file. */
  readonly line: number;
}

export interface PyqFile {
  readonly title?: string;
  readonly questions: readonly PyqFileQuestion[];
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const START = /^(?:\d{1,3}[.)]|[-*+])\s+(.*)$|^((?:Q|प्रश्न)\s*\d*\s*[.:)]?\s+.*)$/i;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const YEAR = /(?<![\d])((?:19|20)\d\d)(?![\d])/;
const YEAR_AT_END = /\((?:[^()]*?\b)?((?:19|20)\d\d)\)\s*[.।]?\s*$/;
const IDS = /\{\s*([a-z0-9][a-z0-9.\-]*(?:\s*,\s*[a-z0-9][a-z0-9.\-]*)*)\s*\}/gi;
const OPTION = /\(([a-d])\)/gi;
const ANSWER = /^(?:correct answer|answer|ans|सही उत्तर|उत्तर)\s*[:.\-–]\s*\(?([a-d])\)?\s*$/i;
const PRELIMS = /\b(?:prelims|preliminary)\b|प्रारंभिक|प्रिलिम्स|प्रीलिम्स/i;
const MAINS = /\bmains?\b|मुख्य परीक्षा|मेन्स/i;
const ESSAY = /\bessay\b|निबंध/i;

interface Context { year?: number; exam?: 'prelims' | 'mains'; paper?: string }

/** What a heading says about the questions under it. */
function readHeading(text: string, ctx: Context): Context {
  const out: Context = { ...ctx };
  const year = YEAR.exec(text)?.[1];
  if (year) out.year = Number(year);
  if (PRELIMS.test(text)) { out.exam = 'prelims'; out.paper = 'prelims'; }
  else if (MAINS.test(text) || ESSAY.test(text)) out.exam = 'mains';
  const gs = gsPaperOf(text);
  if (gs && out.exam !== 'prelims') { out.paper = `gs${gs}`; out.exam = 'mains'; }
  else if (ESSAY.test(text)) out.paper = 'essay';
  return out;
}

function optionsOf(plain: string): string[] | undefined {
  const starts: number[] = [];
  let expected = 'a';
  for (const m of plain.matchAll(OPTION)) {
    if (m[1].toLowerCase() !== expected) continue;
    starts.push(m.index);
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  return starts.length >= 2 ? starts.map((at, n) => plain.slice(at, starts[n + 1] ?? plain.length).trim()) : undefined;
}

export function parsePyqFile(text: string): PyqFile {
  const { body } = splitFrontMatter(text);
  const questions: PyqFileQuestion[] = [];
  let title: string | undefined;
  let ctx: Context = {};
  let current: { lines: string[]; line: number; ctx: Context; answer?: string } | undefined;
  const flush = () => {
    if (!current) return;
    const overrides: string[] = [];
    const lines = current.lines.map(l => l.replace(IDS, (_, ids: string) => { overrides.push(...ids.split(/\s*,\s*/).map(s => s.toLowerCase())); return ''; }).trim()).filter(Boolean);
    const plain = lines.join(' ');
    const options = optionsOf(plain);
    const year = YEAR_AT_END.exec(plain)?.[1];
    if (plain) {
      questions.push({
        text: plain,
        lines,
        year: year ? Number(year) : current.ctx.year,
        exam: current.ctx.exam ?? (options ? 'prelims' : 'mains'),
        ...(current.ctx.paper ? { paper: current.ctx.paper } : {}),
        ...(options ? { options } : {}),
        ...(current.answer ? { answer: current.answer } : {}),
        overrides,
        line: current.line,
      });
    }
    current = undefined;
  };
  let fence: string | undefined;
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const f = FENCE.exec(raw)?.[1];
    if (fence) { if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined; continue; }
    if (f) { fence = f; continue; }
    const h = HEADING.exec(raw);
    if (h) {
      flush();
      if (h[1].length === 1 && title === undefined) title = h[2];
      else ctx = readHeading(h[2], h[1].length === 1 ? {} : ctx);
      continue;
    }
    const start = /^\S/.test(raw) ? START.exec(raw) : null;
    if (start) {
      flush();
      current = { lines: [start[1] ?? start[2]], line: i, ctx };
      continue;
    }
    if (!current || !raw.trim()) continue;
    const line = raw.trim().replace(/^(?:[-*+]\s+)/, '');
    const answer = ANSWER.exec(line);
    if (answer) current.answer ??= answer[1].toLowerCase();
    else current.lines.push(line);
  }
  flush();
  return { title, questions };
}

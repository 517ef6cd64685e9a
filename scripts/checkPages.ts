// `npm run check:pages -- DIR [--expect FILE]`: how the importer and the parser read a folder of
// real editorial pages (.html, .htm, .md, .txt), page by page: title, source date, For Prelims
// terms, each section with its top-level points and tables, the mains question, FAQs and PYQs,
// and any raw markup left in what a student sees. With --expect (a README that lists each page's
// structure in the same shape, like the shared real pages' README) every count is compared and
// the pages read exactly are counted. A local tool: CI never runs it, the project never needs DIR.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readEditorialPage, type PageReading } from './pageReading';

interface Expected {
  title?: string;
  date?: string;
  prelims?: number;
  sections: { heading: string; points: number; tables: number }[];
  mainsQuestion?: string;
  faqs?: number;
  pyqPrelims?: number;
  pyqMains?: number;
}

/** The README's blocks: "## page.html  (markdown: page.md)" then "- title: …" lines. */
function readExpectations(file: string): Map<string, Expected> {
  const out = new Map<string, Expected>();
  let current: Expected | undefined;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const page = /^## (\S+)(?:\s+\(markdown: (\S+)\))?/.exec(line);
    if (page) {
      current = { sections: [] };
      out.set(page[1], current);
      if (page[2]) out.set(page[2], current);
      continue;
    }
    if (!current) continue;
    let m: RegExpExecArray | null;
    if ((m = /^- title: (.*)$/.exec(line))) current.title = m[1].trim();
    else if ((m = /^- date in the source line: (\S+)/.exec(line))) current.date = m[1];
    else if ((m = /^- For Prelims terms: (\d+)/.exec(line))) current.prelims = Number(m[1]);
    else if ((m = /^ {2}- (.*) → (\d+)(?:; (\d+) table)?/.exec(line))) current.sections.push({ heading: m[1].trim(), points: Number(m[2]), tables: Number(m[3] ?? 0) });
    else if ((m = /^- mains question: (.*)$/.exec(line))) current.mainsQuestion = m[1].trim();
    else if ((m = /^- FAQs: (\d+); PYQs: (\d+) prelims \+ (\d+) mains/.exec(line))) {
      current.faqs = Number(m[1]);
      current.pyqPrelims = Number(m[2]);
      current.pyqMains = Number(m[3]);
    }
  }
  return out;
}

const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The differences between what was read and what was expected, one line each. */
function compare(r: PageReading, e: Expected): string[] {
  const out: string[] = [];
  const check = (what: string, got: unknown, want: unknown) => {
    if (want !== undefined && got !== want) out.push(`${what}: read ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  check('title', flat(r.title), e.title && flat(e.title));
  check('date', r.date, e.date);
  check('For Prelims terms', r.prelims.length, e.prelims);
  check('number of sections', r.sections.length, e.sections.length);
  e.sections.forEach((s, i) => {
    const got = r.sections[i];
    if (!got) return;
    check(`section ${i + 1} heading`, flat(got.heading), flat(s.heading));
    check(`section ${i + 1} (${s.heading.slice(0, 30)}…) points`, got.points, s.points);
    check(`section ${i + 1} (${s.heading.slice(0, 30)}…) tables`, got.tables, s.tables);
  });
  check('mains question', flat(r.mainsQuestion), e.mainsQuestion && flat(e.mainsQuestion));
  check('FAQs', r.faqs, e.faqs);
  check('prelims PYQs', r.pyqPrelims, e.pyqPrelims);
  check('mains PYQs', r.pyqMains, e.pyqMains);
  for (const raw of r.rawMarkup) out.push(`raw markup: ${raw}`);
  return out;
}

function print(file: string, r: PageReading): void {
  console.log(`\n== ${file} (${r.format})`);
  console.log(`title: ${r.title}`);
  console.log(`date: ${r.date ?? '(none)'}`);
  console.log(`For Prelims terms: ${r.prelims.length}${r.prelims.length ? ` (${r.prelims.join(' | ')})` : ''}`);
  console.log('sections:');
  for (const s of r.sections) console.log(`  ${s.heading} → ${s.points}${s.tables ? `; ${s.tables} table(s)` : ''}`);
  console.log(`mains question: ${r.mainsQuestion ?? '(none)'}`);
  console.log(`FAQs: ${r.faqs}; PYQs: ${r.pyqPrelims} prelims + ${r.pyqMains} mains`);
  if (r.warnings.length) console.log(`warnings: ${r.warnings.join('; ')}`);
  console.log(`raw markup: ${r.rawMarkup.length ? r.rawMarkup.join(' | ') : 'none'}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const expectAt = args.indexOf('--expect');
  const expectFile = expectAt >= 0 ? args[expectAt + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && !(expectAt >= 0 && i === expectAt + 1));
  if (!dir) {
    console.error('usage: npm run check:pages -- DIR [--expect README.md]');
    process.exit(2);
  }
  const expected = expectFile ? readExpectations(expectFile) : fs.existsSync(path.join(dir, 'README.md')) ? readExpectations(path.join(dir, 'README.md')) : new Map<string, Expected>();
  const files = fs.readdirSync(dir).filter(f => /\.(html?|md|txt)$/i.test(f) && f !== 'README.md').sort();
  let exact = 0;
  let compared = 0;
  let withRaw = 0;
  const byFormat = new Map<string, number>();
  for (const file of files) {
    const r = readEditorialPage(fs.readFileSync(path.join(dir, file), 'utf8'));
    print(file, r);
    byFormat.set(r.format, (byFormat.get(r.format) ?? 0) + 1);
    if (r.rawMarkup.length) withRaw++;
    const e = expected.get(file);
    if (!e) continue;
    compared++;
    const diffs = compare(r, e);
    if (diffs.length) console.log(`✘ differs from the expected structure:\n${diffs.map(d => `  - ${d}`).join('\n')}`);
    else { exact++; console.log('✔ as expected'); }
  }
  console.log('\n== summary');
  console.log(`pages: ${files.length} (${[...byFormat].map(([f, n]) => `${n} ${f}`).join(', ')})`);
  console.log(`pages with raw markup in what a student sees: ${withRaw} of ${files.length}`);
  console.log(compared ? `pages read exactly: ${exact} of ${compared} with an expected structure` : 'no expected structure found (pass --expect README.md)');
}

main();

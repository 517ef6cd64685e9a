// The structures of real editorial pages (Drishti IAS style, English and Hindi), in pages of our
// own words on invented topics: test/fixtures/real-structures/<name>.html and <name>.md are one
// page saved as HTML and as markdown, <name>.expected.json its structure as the page's own tags
// and lines give it (written by hand, not by running the parser; "covers" lists what each page
// is there for). Every page goes importEditorial → parseEditorial → readEditorial and is
// compared field by field; nothing may be left as raw markup; importing the imported markdown
// changes nothing; the HTML and the markdown form read the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial, type ParsedEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { readEditorial, type EditorialReading } from '../../src/core/editorial/readingReport';
import { importEditorial } from '../../src/core/import/importEditorial';

interface ExpectedPyq {
  exam: 'prelims' | 'mains';
  year: number | null;
  answer: string | null;
  options: number;
  /** Numbered statements ("1. …") and "कथन-I:" / "Statement-I:" lines. */
  statements: number;
}

interface Expected {
  covers: string[];
  title: string;
  date: string | null;
  prelims: number;
  tags: string[];
  gsPapers: number[];
  sections: { heading: string; points: number; tables: number }[];
  mainsQuestion: string | null;
  faqs: number;
  pyqPrelims: number;
  pyqMains: number;
  faqQuestions?: string[];
  pyqs?: ExpectedPyq[];
}

function fixturesDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'test', 'fixtures', 'real-structures'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`test/fixtures/real-structures not found above ${__dirname}`);
    dir = up;
  }
  return path.join(dir, 'test', 'fixtures', 'real-structures');
}

const DIR = fixturesDir();
const PAGES = fs.readdirSync(DIR).filter(f => f.endsWith('.expected.json')).map(f => f.replace(/\.expected\.json$/, '')).sort();
const FORMATS = [{ ext: 'html', format: 'html' }, { ext: 'md', format: 'markdown' }] as const;

const flat = (s: string | undefined | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const STATEMENT = /^\s*(?:\d{1,2}[.)]\s|(?:statement|कथन)[\s-]*[IVX\d]+\b)/i;

interface Read {
  markdown: string;
  format: string;
  editorial: ParsedEditorial;
  reading: EditorialReading;
}

function read(text: string): Read {
  const imported = importEditorial(text, { today: '2026-01-01' });
  const editorial = parseEditorial(imported.markdown);
  return { markdown: imported.markdown, format: imported.format, editorial, reading: readEditorial(editorial) };
}

/** The reading without line numbers (the two forms of a page may place things on other lines). */
function comparable(r: EditorialReading) {
  return { ...r, sections: r.sections.map(s => ({ heading: s.heading, kind: s.kind, points: s.points, tables: s.tables })) };
}

describe('real page structures (test/fixtures/real-structures)', () => {
  it('has at least 4 pages, each as HTML and as markdown, in English and in Hindi', () => {
    assert.ok(PAGES.length >= 4, `${PAGES.length} pages`);
    for (const page of PAGES) for (const { ext } of FORMATS) assert.ok(fs.existsSync(path.join(DIR, `${page}.${ext}`)), `${page}.${ext}`);
    const languages = new Set(PAGES.map(p => read(fs.readFileSync(path.join(DIR, `${p}.md`), 'utf8')).reading.language));
    assert.deepEqual([...languages].sort(), ['en', 'hi']);
  });

  for (const page of PAGES) {
    describe(page, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${page}.expected.json`), 'utf8')) as Expected;
      const forms = new Map<string, Read>();
      const formOf = (ext: string) => {
        let r = forms.get(ext);
        if (!r) forms.set(ext, (r = read(fs.readFileSync(path.join(DIR, `${page}.${ext}`), 'utf8'))));
        return r;
      };

      for (const { ext, format } of FORMATS) {
        it(`${ext}: reads the structure the page has`, () => {
          const { reading: r, editorial: e, format: got } = formOf(ext);
          assert.equal(got, format, 'input format');
          assert.equal(flat(r.title), flat(expected.title), 'title');
          assert.equal(r.date ?? null, expected.date, 'date');
          // A broken date is never guessed: the editorial is undated and says so.
          assert.equal(e.problems.some(p => p.code === 'no-date'), expected.date === null, 'no-date warning');
          assert.equal(r.prelims.length, expected.prelims, `For Prelims terms: ${r.prelims.join(' | ')}`);
          assert.deepEqual(r.tags, expected.tags, 'tags');
          assert.deepEqual(r.gsPapers, expected.gsPapers, 'GS papers');
          assert.deepEqual(r.sections.map(s => s.heading), expected.sections.map(s => s.heading), 'section headings');
          expected.sections.forEach((s, i) => {
            assert.equal(r.sections[i].points, s.points, `points of "${s.heading}"`);
            assert.equal(r.sections[i].tables, s.tables, `tables of "${s.heading}"`);
          });
          assert.equal(flat(r.mainsQuestion), flat(expected.mainsQuestion), 'mains question');
          assert.equal(r.faqs, expected.faqs, 'FAQs');
          assert.equal(r.pyqPrelims, expected.pyqPrelims, 'prelims PYQs');
          assert.equal(r.pyqMains, expected.pyqMains, 'mains PYQs');
          assert.deepEqual(r.rawMarkup, [], 'raw markup in what the student sees');
        });

        it(`${ext}: FAQ questions and PYQ years, answers, options and statements`, () => {
          const { editorial: e } = formOf(ext);
          if (expected.faqQuestions) assert.deepEqual(e.faqs.map(f => flat(f.question)), expected.faqQuestions.map(flat), 'FAQ questions');
          for (const f of e.faqs) assert.ok(f.answer.trim(), `FAQ "${f.question}" has an answer`);
          if (!expected.pyqs) return;
          assert.deepEqual(e.pyqs.map(q => ({
            exam: q.exam,
            year: q.year ?? null,
            answer: q.answer ?? null,
            options: q.options?.length ?? 0,
            statements: q.lines.slice(1).filter(l => STATEMENT.test(l)).length,
          })), expected.pyqs);
        });

        it(`${ext}: importing the imported markdown changes nothing`, () => {
          const once = formOf(ext).markdown;
          const twice = importEditorial(once, { today: '2026-01-01' });
          assert.equal(twice.format, 'markdown');
          assert.equal(twice.markdown, once);
        });
      }

      it('the HTML and the markdown form read the same', () => {
        assert.deepEqual(comparable(formOf('html').reading), comparable(formOf('md').reading));
        const pyqs = (e: ParsedEditorial) => e.pyqs.map(q => ({ text: flat(q.text), year: q.year, answer: q.answer, options: q.options, part: q.part }));
        assert.deepEqual(pyqs(formOf('html').editorial), pyqs(formOf('md').editorial), 'PYQs');
        const faqs = (e: ParsedEditorial) => e.faqs.map(f => ({ question: flat(f.question), answer: flat(f.answer) }));
        assert.deepEqual(faqs(formOf('html').editorial), faqs(formOf('md').editorial), 'FAQs');
      });
    });
  }
});

// Property test with a fixed seed: random editorial pages in the structures of real ones
// (pageGenerator.ts), each rendered as markdown and as HTML, go importEditorial → parseEditorial →
// readEditorial, and what is read must be what the generator built: title, date, For Prelims
// terms, tags, GS papers, each section's heading, top-level points and tables, the mains
// question, FAQs and PYQs (exam, year, answer, options); nothing left as raw markup; the two
// renderings read the same; importing the imported markdown changes nothing.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { readEditorial, type EditorialReading } from '../../src/core/editorial/readingReport';
import { importEditorial } from '../../src/core/import/importEditorial';
import { expectedOf, pageSpec, toHtml, toMarkdown, type BlockSpec, type ExpectedReading, type Inline, type PageSpec, type PointSpec } from './pageGenerator';

const SEED = 20260614;
const RUNS = 2_000;
const TODAY = { today: '2026-01-01' };

const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Read {
  markdown: string;
  reading: EditorialReading;
  pyqs: { exam: 'prelims' | 'mains'; year?: number; answer?: string; options: number }[];
}

function read(text: string): Read {
  const imported = importEditorial(text, TODAY);
  // importEditorial hands back parseEditorial(imported.markdown): the editorial the saved file is read as.
  const e = imported.editorial ?? parseEditorial(imported.markdown);
  return {
    markdown: imported.markdown,
    reading: readEditorial(e),
    pyqs: e.pyqs.map(q => ({ exam: q.exam ?? 'mains', ...(q.year ? { year: q.year } : {}), ...(q.answer ? { answer: q.answer } : {}), options: q.options?.length ?? 0 })),
  };
}

/** Each difference between what was read and what was built, one line each. */
function differences(r: Read, want: ExpectedReading): string[] {
  const out: string[] = [];
  const got = r.reading;
  const check = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${what}: read ${JSON.stringify(a)}, built ${JSON.stringify(b)}`);
  };
  check('title', flat(got.title), flat(want.title));
  check('date', got.date, want.date);
  check('For Prelims terms', got.prelims.length, want.prelims);
  check('tags', got.tags, want.tags);
  check('GS papers', got.gsPapers, want.gsPapers);
  check('sections', got.sections.map(s => ({ heading: flat(s.heading), points: s.points, tables: s.tables })), want.sections.map(s => ({ ...s, heading: flat(s.heading) })));
  check('mains question', flat(got.mainsQuestion), flat(want.mainsQuestion));
  check('FAQs', got.faqs, want.faqs);
  check('prelims PYQs', got.pyqPrelims, want.pyqPrelims);
  check('mains PYQs', got.pyqMains, want.pyqMains);
  check('PYQs', r.pyqs, want.pyqs);
  check('raw markup', got.rawMarkup, []);
  return out;
}

const blocksOf = (s: PageSpec): BlockSpec[] => s.sections.flatMap(x => x.blocks);
const pointsOf = (s: PageSpec): PointSpec[] => blocksOf(s).flatMap(b => (b.kind === 'list' || b.kind === 'group' ? b.items : []));

const comparable = (r: EditorialReading) => ({ ...r, sections: r.sections.map(s => ({ heading: s.heading, kind: s.kind, points: s.points, tables: s.tables })) });

/** The whole check for one page; throws with the differences and the input that shows them. */
function checkPage(spec: PageSpec): void {
  const want = expectedOf(spec);
  const forms = { markdown: toMarkdown(spec), html: toHtml(spec) };
  const reads = { markdown: read(forms.markdown), html: read(forms.html) };
  for (const name of ['markdown', 'html'] as const) {
    const diffs = differences(reads[name], want);
    if (diffs.length) throw new Error(`${name} form:\n  ${diffs.join('\n  ')}\n--- input ---\n${forms[name]}\n--- imported ---\n${reads[name].markdown}`);
  }
  assert.deepEqual(comparable(reads.html.reading), comparable(reads.markdown.reading), 'the HTML and the markdown form read the same');
  // Every way a page arrives ends in one canonical file; importing it again changes nothing.
  assert.equal(reads.html.markdown, reads.markdown.markdown, 'the HTML and the markdown form import to the same file');
  assert.equal(importEditorial(reads.markdown.markdown, TODAY).markdown, reads.markdown.markdown, 'importing the imported markdown changed it');
}

describe('generated editorial pages: what is read is what was built (fixed seed)', () => {
  it(`${RUNS.toLocaleString('en')} random pages, each as markdown and as HTML`, function () {
    this.timeout(120_000);
    fc.assert(fc.property(pageSpec, checkPage), { seed: SEED, numRuns: RUNS });
  });

  it('the generator builds every structure it is meant to, in English and in Hindi', () => {
    const specs = fc.sample(pageSpec, { seed: SEED, numRuns: RUNS });
    const inlines = (s: PageSpec): Inline[] => [
      ...s.intro, ...(s.conclusion ?? []),
      ...s.sections.flatMap(x => [...(x.intro ? [x.intro] : []), ...x.blocks.flatMap(b => (b.kind === 'paragraph' ? [b.text] : b.kind === 'box' ? b.lines : []))]),
      ...pointsOf(s).map(p => p.body),
    ];
    const structures: [string, (s: PageSpec) => unknown][] = [
      ['English', s => s.lang === 'en'],
      ['Hindi', s => s.lang === 'hi'],
      ['a whole HTML document (site furniture around the article)', s => s.fullPage],
      ['the tags label inside the <ul>, before its items', s => s.tags?.inList],
      ['the source line in <span> wrappers', s => s.source?.wrap === 'span'],
      ['the source line in italics', s => s.source?.wrap === 'italic'],
      ['the source line with bold parts', s => s.source?.wrap === 'boldParts'],
      ['a broken source date ("/06/2026")', s => s.source?.broken],
      ['the प्रिलिम्स label split in two bold runs', s => s.prelims?.label === 'split'],
      ['प्रिलिम्स हेतु', s => s.prelims?.label === 'hetu'],
      ['bold prelims links with bold commas', s => s.prelims?.style === 'boldLinks'],
      ['a lead "**Lead: more bold** rest"', s => pointsOf(s).some(p => p.lead?.style === 'more')],
      ['a lead with the colon after the bold', s => pointsOf(s).some(p => p.lead?.style === 'outside')],
      ['points without a lead', s => pointsOf(s).some(p => !p.lead)],
      ['sub-points three deep', s => pointsOf(s).some(p => p.children.some(c => c.children.length))],
      ['a bold sub-heading with its bullets', s => blocksOf(s).some(b => b.kind === 'group')],
      ['a table with a <br> in a cell', s => blocksOf(s).some(b => b.kind === 'table' && b.rows.some(r => r.some(c => c.length > 1)))],
      ['a table with a <th> header row', s => blocksOf(s).some(b => b.kind === 'table' && b.th)],
      ['a section that holds only a table', s => s.sections.some(x => x.blocks.length === 1 && x.blocks[0].kind === 'table' && !x.intro)],
      ['a one-cell box in a section', s => blocksOf(s).some(b => b.kind === 'box')],
      ['a list after a table', s => s.sections.some(x => x.blocks.some((b, i) => b.kind === 'list' && x.blocks[i - 1]?.kind === 'table'))],
      ['glued bold runs', s => inlines(s).some(l => l.some((span, i) => span.bold && l[i + 1]?.bold))],
      ['the mains box', s => s.mainsBox],
      ['FAQs as paragraphs, the <br> inside the bold', s => !s.faqs?.box && s.faqs?.items.some(f => f.style === 'brInside')],
      ['FAQs as paragraphs, the answer after the bold', s => !s.faqs?.box && s.faqs?.items.some(f => f.style === 'afterBold')],
      ['the FAQs block in a table cell', s => s.faqs?.box],
      ['PYQ statements as a list', s => s.pyqs?.prelims.some(q => q.statements.kind === 'list')],
      ['PYQ statements as numbered paragraphs', s => s.pyqs?.prelims.some(q => q.statements.kind === 'numbered')],
      ['PYQ statements कथन-I/II or Statement-I/II', s => s.pyqs?.prelims.some(q => q.statements.kind === 'pair')],
      ['PYQ options as lines of one paragraph', s => s.pyqs?.prelims.some(q => q.optionsAsLines)],
      ['a PYQ answer line', s => s.pyqs?.prelims.some(q => q.answer)],
      ['a mains PYQ with its year', s => s.pyqs?.mains.length],
      ['PYQs without Prelims/Mains sub-headings', s => s.pyqs?.parts === 'none'],
      ['no conclusion: the boxes are the last section\'s', s => !s.conclusion && (s.mainsBox || s.faqs?.box)],
    ];
    for (const [what, has] of structures) {
      const n = specs.filter(has).length;
      assert.ok(n >= 20, `${what}: in ${n} of ${RUNS} pages`);
    }
  });
});

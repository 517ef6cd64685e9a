import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import type { Point } from '../../src/core/editorial/model';
import { markdownToPlain, numbersIn, summarizeSection } from '../../src/core/summary/summarize';
import { renderEditorial, sectionFullMarkdown } from '../../src/core/summary/render';
import { renderMarkdown } from '../../src/core/shared/markdown/engine';
import { pointToMarkdown, sectionBodyMarkdown } from '../../src/core/editorial/toMarkdown';

const DATA = path.join(__dirname, '../../../data');
const sample = parseEditorial(fs.readFileSync(path.join(DATA, 'editorials', 'indo-us-editorial.md'), 'utf8'));
const glossary = new GlossaryIndex();
glossary.setSource('b', parseGlossaryJson(fs.readFileSync(path.join(DATA, 'glossary.json'), 'utf8'), 'b').terms, true);
const findTerms = (plain: string) => glossary.scan(plain).map(m => m.key);
const lookup = { scan: (t: string) => glossary.scan(t), name: (id: string) => glossary.get(id)?.name, lookup: (t: string) => glossary.lookup(t)?.id };

const flatten = (ps: readonly Point[]): Point[] => ps.flatMap(p => [p, ...flatten(p.children)]);

describe('section summaries of the sample', () => {
  const pointSections = sample.sections.filter(s => ['cooperation', 'issues', 'measures', 'groupings'].includes(s.kind));

  it('keeps each point\'s bold lead, in order', () => {
    for (const s of pointSections) {
      assert.deepEqual(summarizeSection(s, findTerms).points.map(p => p.lead), s.points.map(p => p.lead));
    }
  });

  it('keeps every number and every glossary term of the section', () => {
    for (const s of pointSections) {
      const summary = summarizeSection(s, findTerms);
      const source = flatten(s.points).map(p => p.plain).join('\n');
      const text = markdownToPlain(summary.markdown);
      for (const n of numbersIn(source)) assert.ok(text.includes(n), `${s.kind}: number ${n}`);
      const inSummary = new Set(findTerms(text));
      for (const t of new Set(findTerms(source))) assert.ok(inSummary.has(t), `${s.kind}: term ${t}`);
    }
  });

  it('is shorter than the section, and says by how much', () => {
    const ratios = pointSections.map(s => summarizeSection(s, findTerms).ratio);
    for (const r of ratios) assert.ok(r < 1, String(r));
    // Friction and Measures are long sections: the summary must be clearly shorter.
    assert.ok(ratios[1] < 0.7 && ratios[2] < 0.7, ratios.join(', '));
  });

  it('takes its text from the editorial, never inventing words', () => {
    const sourceWords = new Set(markdownToPlain(flatten(sample.sections.flatMap(s => s.points)).map(p => `${p.lead} ${p.body}`).join(' ')).toLowerCase().match(/[\p{L}\p{N}$%.-]+/gu));
    for (const s of pointSections) {
      const words = markdownToPlain(summarizeSection(s, findTerms).markdown).replace(/^\s*- /gm, '').replace(/…/g, '').toLowerCase().match(/[\p{L}\p{N}$%.-]+/gu) ?? [];
      for (const w of words) assert.ok(sourceWords.has(w) || sourceWords.has(w.replace(/[.,]$/, '')), `"${w}" in ${s.kind}`);
    }
  });

  it('keeps a numbered clause with "…" where text is left out', () => {
    const friction = summarizeSection(sample.sections[1], findTerms);
    const trade = friction.points[0];
    assert.ok(trade.facts.includes('In 2018 … India retaliated by raising tariffs on **29 U.S. products**.'), trade.facts.join('\n'));
  });

  it('shows the conclusion, mains question and PYQ as they are', () => {
    for (const s of sample.sections.filter(x => ['conclusion', 'mains-question', 'pyq'].includes(x.kind))) {
      const summary = summarizeSection(s, findTerms);
      assert.equal(summary.verbatim, true);
      assert.equal(summary.markdown, s.paragraphs.map(p => p.markdown).join('\n\n'));
    }
  });
});

describe('summary rendering with markdown-it', () => {
  const rendered = renderEditorial(sample, lookup);

  it('links every glossary term to its entry and every point to its source line', () => {
    const html = rendered.sections[0].summaryHtml;
    assert.match(html, /<a href="#term-nisar" class="term" title="NISAR">NISAR satellite<\/a>/);
    assert.match(html, /<a href="#src-16"><strong>Defense and Security Cooperation:<\/strong><\/a>/);
    assert.equal((html.match(/href="#src-/g) ?? []).length, 7);
    assert.ok(!/<a [^>]*><a /.test(html), 'no link inside a link');
  });

  it('resolves the prelims chips to glossary entries', () => {
    assert.deepEqual(rendered.prelimsTerms.map(t => t.termId), ['india–us relations', 'f-35', 'tiger triumph', 'international energy agency', 'nisar', 'axiom mission 4', 'artemis accords', 'gaganyaan', 'caatsa']);
  });

  it('shows hostile HTML in an editorial as inert text', () => {
    const hostile = parseEditorial('## T\n\n## Issues\n\n- **X<script>alert(1)</script>:** <img src=x onerror=alert(1)> <iframe src="https://evil"></iframe> [a](javascript:alert(1)) [b](command:workbench.action.terminal.new) <svg onload=alert(1)>\n\n<style>body{display:none}</style>\n');
    const out = renderEditorial(hostile, lookup);
    const html = out.sections.map(s => s.fullHtml + s.summaryHtml).join('') + out.introHtml;
    assert.ok(!/<(script|img|iframe|svg|style)\b/i.test(html), html);
    assert.ok(!/href="(javascript|command|data):/i.test(html), html);
    assert.match(html, /&lt;script&gt;/);
  });

  it('gives clean markdown for copying, without internal links', () => {
    const s = rendered.sections[1];
    assert.ok(s.summaryMarkdown.startsWith('### What are the Key Areas of Friction'));
    assert.ok(!s.summaryMarkdown.includes('#src-') && !s.fullMarkdown.includes('#term-'));
  });
});

describe('a section as written: order and numbers', () => {
  const e = parseEditorial([
    '## T', '', '## UPSC Civil Services Examination, Previous Year Questions (PYQ)', '',
    '**Q.** Consider the following statements: (2020)', '',
    '1. Statement one.', '   - a note under it', '2. Statement two.', '',
    'Which of the statements given above is/are correct?', '',
    '(a) 1 only (b) 2 only (c) Both (d) Neither', '',
  ].join('\n'));
  const section = e.sections[0];

  it('keeps paragraphs and points in source order, numbered items with their numbers', () => {
    assert.equal(sectionBodyMarkdown(section), [
      '**Q.** Consider the following statements: (2020)', '',
      '1. Statement one.', '   - a note under it', '2. Statement two.', '',
      'Which of the statements given above is/are correct?', '',
      '(a) 1 only (b) 2 only (c) Both (d) Neither',
    ].join('\n'));
  });

  it('renders the section in the summaries in that order, and "(c)" stays an option, not "©"', () => {
    const html = renderMarkdown(sectionFullMarkdown(section));
    assert.ok(html.indexOf('Consider the following') < html.indexOf('<ol>') && html.indexOf('</ol>') < html.indexOf('Which of the statements'), html);
    assert.match(html, /\(c\) Both/);
    assert.ok(!html.includes('©'));
  });
});

describe('numbered items that markdown would swallow', () => {
  const point = (text: string, marker?: string, children: Point[] = []): Point =>
    ({ lead: '', body: text, plain: text, children, range: { start: 0, end: 1 }, ...(marker ? { marker } : {}) });

  it('sets off a list that does not start at 1, or changes kind, with a blank line, so it stays a list', () => {
    const p = point('Lead text.', undefined, [point('Third.', '3.'), point('Fourth.', '4.'), point('Other.', '5)'), point('Bullet.')]);
    const html = renderMarkdown(pointToMarkdown(p));
    assert.match(html, /<ol start="3">\s*<li>Third\.<\/li>\s*<li>Fourth\.<\/li>\s*<\/ol>/);
    assert.match(html, /<ol start="5">\s*<li>Other\.<\/li>/);
    assert.match(html, /<ul>\s*<li>Bullet\.<\/li>/);
    assert.doesNotMatch(html, /Lead text\. 3\./, 'not folded into the text above');
  });

  it('typesets dashes, ellipses and quotes but keeps (c), (r) and (tm) as written', () => {
    const html = renderMarkdown('(a) x (c) "y" -- 1990--2000 ... (R) (tm)');
    assert.equal(html, '<p>(a) x (c) “y” – 1990–2000 … (R) (tm)</p>\n');
  });
});

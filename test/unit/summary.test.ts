import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import type { Point } from '../../src/core/editorial/model';
import { figuresIn, markdownToPlain, summarizeSection } from '../../src/core/summary/summarize';
import { renderEditorial, sectionFullMarkdown } from '../../src/core/summary/render';
import { renderMarkdown } from '../../src/core/shared/markdown/engine';
import { pointToMarkdown, sectionBodyMarkdown } from '../../src/core/editorial/toMarkdown';

const DATA = path.join(__dirname, '../../../data');
const sample = parseEditorial(fs.readFileSync(path.join(DATA, 'editorials', 'indo-us-editorial.md'), 'utf8'));
const glossary = new GlossaryIndex();
glossary.setSource('b', parseGlossaryJson(fs.readFileSync(path.join(DATA, 'glossary.json'), 'utf8'), 'b').terms, true);
const lookup = { scan: (t: string) => glossary.scan(t), name: (id: string) => glossary.get(id)?.name, lookup: (t: string) => glossary.lookup(t)?.id };

const flatten = (ps: readonly Point[]): Point[] => ps.flatMap(p => [p, ...flatten(p.children)]);

describe('section summaries of the sample', () => {
  const pointSections = sample.sections.filter(s => ['cooperation', 'issues', 'measures', 'groupings'].includes(s.kind));

  it('keeps each point\'s bold lead, in order', () => {
    for (const s of pointSections) {
      assert.deepEqual(summarizeSection(s).points.map(p => p.lead), s.points.map(p => p.lead));
    }
  });

  it('keeps every figure of the section (amounts, percentages, quantities, counts)', () => {
    for (const s of pointSections) {
      const summary = summarizeSection(s);
      const source = flatten(s.points).map(p => p.plain).join('\n');
      const text = markdownToPlain(summary.markdown);
      for (const n of figuresIn(source)) assert.ok(text.includes(n), `${s.kind}: figure ${n}`);
    }
  });

  it('cuts each long section to 25–40 % of its words, and says so', () => {
    for (const s of pointSections.filter(x => x.kind !== 'groupings')) {
      const { ratio, words } = summarizeSection(s);
      assert.ok(ratio >= 0.25 && ratio <= 0.4, `${s.kind}: ${words.kept}/${words.total}`);
      assert.equal(ratio, words.kept / words.total);
    }
  });

  it('takes its text from the editorial, never inventing words', () => {
    const sourceWords = new Set(markdownToPlain(flatten(sample.sections.flatMap(s => s.points)).map(p => `${p.lead} ${p.body}`).join(' ')).toLowerCase().match(/[\p{L}\p{N}$%.-]+/gu));
    for (const s of pointSections) {
      const words = markdownToPlain(summarizeSection(s).markdown).replace(/^\s*- /gm, '').replace(/…/g, '').toLowerCase().match(/[\p{L}\p{N}$%.-]+/gu) ?? [];
      for (const w of words) assert.ok(sourceWords.has(w) || sourceWords.has(w.replace(/[.,]$/, '')), `"${w}" in ${s.kind}`);
    }
  });

  it('keeps the claim after an introduction, and marks what is left out with "…"', () => {
    const friction = summarizeSection(sample.sections[1]);
    // "Despite progress, | trade imbalances and tariff disputes remain contentious."
    assert.equal(friction.points[0].text, '… trade imbalances and tariff disputes remain contentious.');
    // "In 2018, when …, | India retaliated by raising tariffs on 29 U.S. products." (a figure: the claim stays with it)
    assert.ok(friction.points[0].facts.includes('… India retaliated by raising tariffs on **29 U.S. products**.'), friction.points[0].facts.join('\n'));
  });

  it('leaves out what follows the claim, and the sub-points without figures', () => {
    const cooperation = summarizeSection(sample.sections[0]);
    const defence = cooperation.points[0];
    assert.equal(defence.text, 'India and the US have significantly expanded their defense ties …');
    assert.deepEqual(defence.facts, []);
  });

  it('shows the conclusion, mains question and PYQ as they are', () => {
    for (const s of sample.sections.filter(x => ['conclusion', 'mains-question', 'pyq'].includes(x.kind))) {
      const summary = summarizeSection(s);
      assert.equal(summary.verbatim, true);
      assert.equal(summary.ratio, 1);
      assert.equal(summary.markdown, s.paragraphs.map(p => p.markdown).join('\n\n'));
    }
  });
});

describe('summaries by rule, in English and Hindi', () => {
  const fixture = (name: string) => parseEditorial(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/summary', name), 'utf8'));
  const editorials = [sample, fixture('urban-floods-en.md'), fixture('groundwater-hi.md')];

  it('keeps every lead and every figure, and is shorter than every section it condenses', () => {
    for (const e of editorials) {
      for (const s of e.sections) {
        const summary = summarizeSection(s);
        if (summary.verbatim) continue;
        const text = markdownToPlain(summary.markdown);
        for (const p of flatten(s.points).filter(p => p.lead && (s.points.includes(p) || s.points.some(q => q.role === 'subheading' && q.children.includes(p))))) {
          assert.ok(text.includes(p.lead), `${s.heading}: lead ${p.lead}`);
        }
        for (const n of figuresIn(flatten(s.points).map(p => p.plain).join('\n'))) assert.ok(text.includes(n), `${s.heading}: ${n}`);
        assert.ok(summary.words.kept < summary.words.total, `${s.heading}: ${summary.words.kept}/${summary.words.total}`);
      }
    }
  });

  it('cuts a Hindi sentence before "जबकि", "जो", "क्योंकि" and keeps the figure clause with its claim', () => {
    const hindi = editorials[2];
    const [dependence, , quality] = summarizeSection(hindi.sections[0]).points;
    assert.equal(dependence.text, 'भारत की लगभग 85% ग्रामीण पेयजल आपूर्ति भूजल से होती है …');
    assert.deepEqual(dependence.facts, ['केंद्रीय भूजल बोर्ड के आकलन के अनुसार देश में हर वर्ष लगभग 245 अरब घन मीटर भूजल निकाला जाता है …']);
    assert.equal(quality.text, 'कई क्षेत्रों के भूजल में फ्लोराइड, आर्सेनिक और नाइट्रेट की मात्रा सुरक्षित सीमा से अधिक पाई गई है …');
  });

  it('keeps a Hindi list together ("दलहन, तिलहन और मोटे अनाज"), and a visarga written as ":" is no clause break', () => {
    const diversify = summarizeSection(editorials[2].sections[3]).points[0];
    assert.equal(diversify.text, 'कम वर्षा वाले क्षेत्रों में धान के स्थान पर दलहन, तिलहन और मोटे अनाज को बढ़ावा दिया जाना चाहिये …');
    const s = parseEditorial('## T\n\n## चुनौतियाँ\n\n- **पुनर्चक्रण:** पुन: उपयोग की व्यवस्था कमज़ोर है, क्योंकि संग्रह केंद्र कम हैं।\n').sections[0];
    assert.equal(summarizeSection(s).points[0].text, 'पुन: उपयोग की व्यवस्था कमज़ोर है …');
  });

  it('keeps the verb after an insertion ("drains, which …, can …")', () => {
    const s = parseEditorial('## T\n\n## Measures\n\n- **Processing:** Small village milling units, run by farmer groups, can cut drudgery and add value.\n').sections[0];
    assert.equal(summarizeSection(s).points[0].text, 'Small village milling units … can cut drudgery and add value.');
  });

  it('does not take a digit in a name or a date for a figure', () => {
    assert.deepEqual(figuresIn('F-35 jets, STA-1 status, G20, H-1B visas, 5G, mission-4, in 2018, (2025), 2023-24, on 26 July 2005, 18 नवंबर 2022'), []);
    assert.deepEqual(figuresIn('$500 billion by 2030, 5.4%, 3.3 lakh students, 29 U.S. products, 18 लाख रुपए, ₹6,000 crore, 30 से 50 प्रतिशत, १० हेक्टेयर'),
      ['$500 billion', '5.4%', '3.3 lakh', '29', '18 लाख रुपए', '₹6,000 crore', '30', '50 प्रतिशत', '१० हेक्टेयर']);
  });
});

describe('summary rendering with markdown-it', () => {
  const rendered = renderEditorial(sample, lookup);

  it('links every glossary term to its entry and every point to its source line', () => {
    const html = rendered.sections[0].summaryHtml;
    assert.match(html, /<a href="#term-liquefied%20natural%20gas" class="term" title="Liquefied Natural Gas">LNG<\/a>/);
    assert.match(rendered.sections[0].fullHtml, /<a href="#term-nisar" class="term" title="NISAR">NISAR satellite<\/a>/);
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

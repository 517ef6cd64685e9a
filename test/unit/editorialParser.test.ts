import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { tokenizeEditorial } from '../../src/core/editorial/parse/tokenize';
import { EditorialLibrary } from '../../src/core/editorial/library';
import type { Point, Section } from '../../src/core/editorial/model';

const SAMPLE = path.join(__dirname, '../../../data/editorials/indo-us-editorial.md');

function allPoints(points: readonly Point[]): Point[] {
  return points.flatMap(p => [p, ...allPoints(p.children)]);
}

function findPoint(section: Section, startsWith: string): Point {
  const found = allPoints(section.points).find(p => p.plain.startsWith(startsWith));
  assert.ok(found, `no point starting "${startsWith}" in "${section.heading}"`);
  return found;
}

describe('parseEditorial: the bundled sample', () => {
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const e = parseEditorial(text);
  const byKind = (kind: string) => e.sections.find(s => s.kind === kind)!;

  it('reads the title, source line and date', () => {
    assert.equal(e.title, 'Strengthening Indo-US Strategic Partnership');
    assert.equal(e.titleLine, 4);
    assert.equal(e.source?.articleTitle, 'Foundation for layered India-America relations');
    assert.equal(e.source?.newspaper, 'Hindustan Times');
    assert.equal(e.source?.date, '2024-02-17');
  });

  it('keeps all 9 prelims terms with their link targets, CAATSA included', () => {
    assert.deepEqual(e.prelimsTerms.map(t => t.text), [
      'India and the United States', 'F-35 fighter jets', 'Tiger Triumph', 'International Energy Agency',
      'NISAR satellite', 'NASA-ISRO AXIOM mission-4', 'Artemis Accords', 'Gaganyaan', 'CAATSA',
    ]);
    assert.ok(e.prelimsTerms.every(t => t.href === '#'));
    assert.ok(!text.split('\n').slice(12).join('\n').includes('CAATSA'), 'CAATSA is listed but not in the body');
  });

  it('reads the 2 mains topics and the intro', () => {
    assert.deepEqual(e.mainsTopics, [
      'Key Areas of Cooperation Between India and the US',
      'Key Areas of Friction Between India and the US',
    ]);
    assert.equal(e.intro.length, 1);
    assert.match(e.intro[0].plain, /^The recent high-level diplomatic engagement/);
  });

  it('finds the sections with their kinds, headings cleaned of ** and colons', () => {
    assert.deepEqual(e.sections.map(s => [s.kind, s.heading]), [
      ['cooperation', 'What are the Key Areas of Cooperation Between India and the US?'],
      ['issues', 'What are the Key Areas of Friction Between India and the US?'],
      ['measures', 'What Measures India Can Adopt to Further Enhance Ties with the US?'],
      ['groupings', 'What are the Key Groupings that India and the US Are Part of?'],
      ['conclusion', 'Conclusion'],
      ['mains-question', 'Drishti Mains Question'],
      ['pyq', 'UPSC Civil Services Examination, Previous Year Question (PYQ)'],
    ]);
    assert.deepEqual(e.sections.map(s => s.level), [3, 2, 2, 2, 2, 3, 2]);
  });

  it('has 7, 7, 9, 7 top-level points in the four point sections', () => {
    assert.deepEqual(e.sections.slice(0, 4).map(s => s.points.length), [7, 7, 9, 7]);
    assert.ok(e.sections.slice(0, 4).every(s => s.points.every(p => p.lead !== '')), 'every top-level point has a bold lead');
  });

  it('reads bold leads without ** and trailing colon', () => {
    const coop = byKind('cooperation');
    assert.equal(coop.points[0].lead, 'Defense and Security Cooperation');
    assert.match(coop.points[0].body, /^India and the US have significantly expanded/);
    assert.equal(byKind('groupings').points[0].lead, 'Quad (Quadrilateral Security Dialogue)');
  });

  it('keeps sub-points to any depth', () => {
    const defense = byKind('cooperation').points[0];
    assert.equal(defense.children.length, 2);
    assert.equal(defense.children[1].children.length, 1);
    assert.match(defense.children[1].children[0].plain, /^The procurement of Javelin missiles/);
  });

  it('joins "like Tesla and Micron expand in India." to the sub-point it belongs to', () => {
    const trade = byKind('cooperation').points[1];
    assert.equal(trade.lead, 'Trade and Investment Ties');
    const p = findPoint(byKind('cooperation'), 'As many as 155 Indian companies');
    assert.equal(p.plain, 'As many as 155 Indian companies have invested $22 billion in the US, while US firms like Tesla and Micron expand in India.');
    assert.ok(trade.children.includes(p));
    assert.deepEqual(p.range, { start: 23, end: 26 });
  });

  it('joins "drone, and missile technologies." to the STA-1 sub-point', () => {
    const p = findPoint(byKind('issues'), 'While India was granted STA-1 status (2018)');
    assert.equal(p.plain, 'While India was granted STA-1 status (2018), it still struggles with restrictions on AI, drone, and missile technologies.');
    assert.equal(p.body, 'While India was granted **STA-1 status (2018)**, it still struggles with restrictions on **AI**, **drone, and missile technologies.**');
  });

  it('joins "sectors while securing …" and keeps the demoted bullets under "Addressing Trade Barriers"', () => {
    const measures = byKind('measures');
    const trade = measures.points[1];
    assert.equal(trade.lead, 'Addressing Trade Barriers and Expanding Bilateral Agreements');
    assert.deepEqual(trade.children.map(c => c.plain.slice(0, 40)), [
      'Enhancing market access for US firms in ',
      'Strengthening supply chain integration i',
      'India should leverage regional trade fra',
    ]);
    assert.equal(trade.children[0].plain, 'Enhancing market access for US firms in retail, agriculture, and digital sectors while securing preferential treatment for Indian exports will improve trade balance.');
    assert.equal(trade.children[2].children.length, 1, 'the IPEF bullet keeps its own sub-point');
    assert.equal(measures.points[2].lead, 'Deepening Energy and Climate Cooperation');
  });

  it('joins "services." to the fintech sub-point', () => {
    const p = findPoint(byKind('measures'), 'Developing joint frameworks for fintech regulation');
    assert.equal(p.plain, 'Developing joint frameworks for fintech regulation can expand digital financial services.');
    assert.deepEqual(p.range, { start: 119, end: 124 });
  });

  it('shows no page-break fragment as a separate item anywhere', () => {
    const everything = e.sections.flatMap(s => [...allPoints(s.points).map(p => p.plain), ...s.paragraphs.map(p => p.plain)]);
    for (const fragment of ['like Tesla and Micron expand in India.', 'drone, and missile technologies.', 'services.']) {
      assert.ok(!everything.includes(fragment), fragment);
    }
    assert.ok(!everything.some(t => t.startsWith('sectors while securing')));
    assert.equal(e.repairs.length, 6);
  });

  it('reads the conclusion, the mains question and the 2019 PYQ', () => {
    assert.equal(byKind('conclusion').paragraphs.length, 1);
    assert.match(e.mainsQuestion ?? '', /^Discuss the evolving dynamics of India-US relations/);
    assert.equal(e.pyqs.length, 1);
    assert.equal(e.pyqs[0].year, 2019);
    assert.equal(e.pyqs[0].exam, 'mains');
    assert.match(e.pyqs[0].text, /^'What introduces friction/);
  });

  it('gives every point a source range inside the file, in order', () => {
    const lines = text.split('\n').length;
    for (const s of e.sections) {
      let previous = s.range.start;
      for (const p of s.points) {
        assert.ok(p.range.start >= previous && p.range.end <= lines && p.range.start < p.range.end);
        assert.ok(p.range.start >= s.range.start && p.range.end <= s.range.end, `${p.lead} inside ${s.heading}`);
        previous = p.range.start;
      }
    }
    // The first point's line really is its bullet.
    const first = e.sections[0].points[0];
    assert.match(text.split('\n')[first.range.start], /^- \*\*Defense and Security Cooperation:\*\*/);
  });

  it('is deterministic', () => {
    assert.deepEqual(parseEditorial(text), e);
  });
});

describe('parseEditorial: repair rules on small cases', () => {
  const head = '## T\n\n### Issues\n\n';

  it('joins a lower-case paragraph to an unfinished bullet', () => {
    const e = parseEditorial(head + '- **A:** one two\n\nthree four.\n\n- **B:** five.\n');
    assert.deepEqual(e.sections[0].points.map(p => p.plain), ['A: one two three four.', 'B: five.']);
  });

  it('does not join when the bullet ended its sentence', () => {
    const e = parseEditorial(head + '- **A:** one two.\n\nthree four.\n');
    assert.equal(e.sections[0].points[0].plain, 'A: one two.');
    assert.deepEqual(e.sections[0].paragraphs.map(p => p.plain), ['three four.']);
  });

  it('does not join a fragment that starts a sentence', () => {
    const e = parseEditorial(head + '- **A:** one two\n\nThree four.\n');
    assert.equal(e.sections[0].paragraphs.length, 1);
  });

  it('joins a bold fragment and keeps its bold', () => {
    const e = parseEditorial(head + '- **A:** one **two**,\n\n**three.**\n');
    assert.equal(e.sections[0].points[0].body, 'one **two**, **three.**');
  });

  it('joins a lower-case bullet that continues the previous one, and keeps its children', () => {
    const e = parseEditorial(head + '- **A:** one\n  - sub one and\n- continued here.\n  - child\n- **B:** x.\n');
    const [a, b] = e.sections[0].points;
    assert.equal(a.children[0].plain, 'sub one and continued here.');
    assert.equal(a.children.length, 1);
    assert.equal(a.children[0].children[0].plain, 'child', "the fragment's sub-bullet goes under the joined item");
    assert.equal(b.lead, 'B');
  });

  it('demotes a lead-less top-level bullet after a point with a lead', () => {
    const e = parseEditorial(head + '- **A:** one.\n\n- Another thing.\n  - deeper\n- **B:** two.\n');
    const [a, b] = e.sections[0].points;
    assert.equal(e.sections[0].points.length, 2);
    assert.equal(a.children[0].plain, 'Another thing.');
    assert.equal(a.children[0].children[0].plain, 'deeper');
    assert.equal(b.lead, 'B');
  });

  it('does not demote a lead-less bullet across a table or a rule between the lists', () => {
    // Found by generatedPages.test.ts: the bullet after the table went under "A", and the saved
    // markdown moved it above the table.
    for (const between of ['| x | y |\n|---|---|\n| 1 | 2 |', '---']) {
      const e = parseEditorial(head + `- **A:** one.\n\n${between}\n\n- Plain point.\n`);
      assert.deepEqual(e.sections[0].points.map(p => p.plain), ['A: one.', 'Plain point.'], between);
      assert.deepEqual(e.repairs, [], between);
    }
  });

  it("ends a sub-heading's group at a table: the bullets after the table stay after it", () => {
    // Found by generatedPages.test.ts: "B" went into the group, the saved markdown moved it above
    // the table, and with a lead-less bullet there a second import read the page differently.
    const text = head + '**Economic Challenges:**\n\n- **A:** one.\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n- **B:** two.\n- Plain point.\n';
    const e = parseEditorial(text);
    const [group, b, plain] = e.sections[0].points;
    assert.equal(group.role, 'subheading');
    assert.deepEqual(group.children.map(c => c.lead), ['A']);
    assert.equal(b.lead, 'B');
    assert.equal(b.children[0]?.plain, 'Plain point.', 'a lead-less bullet right after a lead is still its sub-point (rule 2)');
    assert.equal(plain, undefined);
    const table = e.sections[0].tables[0];
    assert.ok(group.range.end <= table.range.start && table.range.end <= b.range.start, 'points and table in the page\'s order');
  });

  it('keeps lead-less bullets as points when no point has a lead', () => {
    const e = parseEditorial(head + '- One.\n- Two.\n');
    assert.equal(e.sections[0].points.length, 2);
  });

  it('joins a lower-case paragraph to an unfinished paragraph', () => {
    const e = parseEditorial('## T\n\nThe intro goes on and\n\non here.\n');
    assert.deepEqual(e.intro.map(p => p.plain), ['The intro goes on and on here.']);
  });

  it('reads a lead whose colon follows the bold, and split bold runs', () => {
    const e = parseEditorial(head + '- **A lead**: body.\n- **Split** **lead:** body two.\n');
    assert.deepEqual(e.sections[0].points.map(p => p.lead), ['A lead', 'Split lead']);
    assert.deepEqual(e.sections[0].points.map(p => p.body), ['body.', 'body two.']);
  });

  it('does not take a bold phrase without a colon for a lead', () => {
    const e = parseEditorial(head + '- **Quad Group** promotes trade.\n');
    assert.equal(e.sections[0].points[0].lead, '');
    assert.equal(e.sections[0].points[0].body, '**Quad Group** promotes trade.');
  });
});

describe('parseEditorial: headings and list variants', () => {
  it('accepts H2 and H3 headings, bold or not, with trailing colons', () => {
    const e = parseEditorial('# Title\n\n## **Conclusion:**\n\nText.\n\n### What are the Challenges?\n\n- **X:** y.\n');
    assert.deepEqual(e.sections.map(s => [s.heading, s.kind, s.level]), [
      ['Conclusion', 'conclusion', 2],
      ['What are the Challenges?', 'issues', 3],
    ]);
  });

  it('accepts *, + and numbered lists', () => {
    const e = parseEditorial('## T\n\n## Way Forward\n\n* **A:** a.\n+ **B:** b.\n\n1. **C:** c.\n2. **D:** d.\n');
    assert.equal(e.sections[0].kind, 'measures');
    assert.deepEqual(e.sections[0].points.map(p => p.lead), ['A', 'B', 'C', 'D']);
  });

  it('handles CRLF line endings and a BOM', () => {
    const e = parseEditorial('\uFEFF## T\r\n\r\n## Conclusion\r\n\r\n- **A:** one\r\n\r\ntwo.\r\n');
    assert.equal(e.title, 'T');
    assert.equal(e.sections[0].points[0].plain, 'A: one two.');
  });

  it('reads front matter without shifting line numbers', () => {
    const e = parseEditorial('---\ntype: editorial\ntitle: From Front Matter\n---\n\n## Issues\n\n- **A:** b.\n');
    assert.equal(e.frontMatter.type, 'editorial');
    assert.equal(e.title, 'From Front Matter');
    assert.equal(e.sections[0].points[0].range.start, 7);
  });

  it('keeps a table as a table of its section, never as points', () => {
    const e = parseEditorial('## T\n\n## Key Groupings\n\n| Group | About |\n|---|---|\n| Quad | Four nations. |\n| I2U2 | Four too. |\n');
    assert.deepEqual(e.sections[0].points, []);
    assert.deepEqual(e.sections[0].tables.map(t => [t.header, t.rows]), [[['Group', 'About'], [['Quad', 'Four nations.'], ['I2U2', 'Four too.']]]]);
    assert.equal(e.sections[0].tables[0].range.start, 4);
    assert.ok(!e.problems.some(p => p.code === 'empty-section'), 'a section holding a table is not empty');
  });

  it('groups PYQs under Prelims and Mains sub-headings, with options and years', () => {
    const e = parseEditorial('## T\n\n## Previous Year Questions (PYQ)\n\n### Prelims\n\nQ. Which one? (2020)\n\n(a) A (b) B (c) C (d) D\n\n### Mains\n\nQ. Discuss. (2019)\n');
    assert.equal(e.sections.length, 1);
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year]), [['prelims', 2020], ['mains', 2019]]);
    assert.match(e.pyqs[0].text, /\(a\) A/);
  });

  it('reports problems but still returns what it could parse', () => {
    const e = parseEditorial('Just some text.\n\n- A bullet\n', { fallbackTitle: 'notes' });
    assert.equal(e.title, 'notes');
    assert.deepEqual(e.problems.map(p => p.code).sort(), ['no-prelims', 'no-sections', 'no-title']);
    assert.equal(e.sections[0].points[0].plain, 'A bullet');
  });

  it('never throws on empty or odd input', () => {
    for (const input of ['', '\n\n', '#', '- ', '**For Prelims:**', '> - **A:** b', '```\ncode\n```', '|a|\n|-|\n|b|']) {
      assert.doesNotThrow(() => parseEditorial(input), JSON.stringify(input));
    }
  });

  it('escapes raw HTML from an editorial in its markdown output', () => {
    const e = parseEditorial('## T\n\n## Issues\n\n- **A:** <img src=x onerror=alert(1)> *x*\n');
    assert.equal(e.sections[0].points[0].body, '\\<img src=x onerror=alert(1)\\> *x*');
  });
});

describe('parseEditorial: in two halves (tokenize, then build)', () => {
  const fixtures = [
    SAMPLE,
    path.join(__dirname, '../../../test/fixtures/hindi/fpo-editorial.md'),
    path.join(__dirname, '../../../test/fixtures/hindi/space-editorial.md'),
  ].map(f => fs.readFileSync(f, 'utf8'));
  fixtures.push('---\ntitle: From Front Matter\ndate: 2025-01-02\n---\n## Other\n\n- **Lead:** text\n');

  it('gives the same editorial from tokenizeEditorial as from the text', () => {
    for (const text of fixtures) {
      const tokenized = tokenizeEditorial(text);
      assert.ok(tokenized.tokens.length > 0);
      assert.deepEqual(parseEditorial(tokenized, { fallbackTitle: 'x' }), parseEditorial(text, { fallbackTitle: 'x' }));
    }
  });

  it('is what the library parses when given the tokens, and only when the text changed', () => {
    const library = new EditorialLibrary();
    const text = fixtures[0];
    const entry = library.set('file:///a.md', text, { tokenized: tokenizeEditorial(text) });
    assert.deepEqual(entry.editorial, parseEditorial(text, { fallbackTitle: 'a' }));
    assert.equal(library.holds('file:///a.md', text), true);
    assert.equal(library.holds('file:///a.md', text + ' '), false);
    assert.equal(library.holds('file:///b.md', text), false);
    library.set('file:///a.md', text);
    assert.equal(library.parseCount, 1);
  });
});

describe('parseEditorial: PYQs written as a numbered list', () => {
  it('reads each numbered question as its own PYQ, without its list number, and numbers only statements', () => {
    const e = parseEditorial(['## T', '', '## UPSC Civil Services Examination, Previous Year Questions (PYQ)', '', '### Mains', '',
      '1. Q. Discuss X. (2019)', '2. Q. Examine Y. (2020)', '', '### Prelims', '', 'Q. Consider the following statements: (2021)', '',
      '1. A is true.', '2. B is false.', '', 'Which is correct?', '', '(a) 1 only (b) 2 only (c) Both (d) Neither', ''].join('\n'));
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year, q.text]), [
      ['mains', 2019, 'Discuss X. (2019)'],
      ['mains', 2020, 'Examine Y. (2020)'],
      ['prelims', 2021, 'Consider the following statements: (2021) 1. A is true. 2. B is false. Which is correct? (a) 1 only (b) 2 only (c) Both (d) Neither'],
    ]);
  });
});

// Coverage and gaps, the monthly compilation, and writing `syllabus:` into front matter.
import * as assert from 'node:assert/strict';
import { buildMonthlyCompilation, editorialsOfMonth } from '../../src/core/syllabus/compile';
import { computeCoverage, coveragePercent, type SyllabusItem } from '../../src/core/syllabus/coverage';
import { mapEditorial } from '../../src/core/syllabus/editorialMapping';
import { applyEdit, setSyllabusOverride } from '../../src/core/syllabus/overrideEdit';
import { splitFrontMatter } from '../../src/core/shared/frontMatter';
import { bundledSyllabus, fixtureEditorials } from './syllabusFixtures';

const { tree, index } = bundledSyllabus();
const on = (node: string, confidence = 0.9) => ({ node, confidence, via: 'text' as const });
const item = (kind: SyllabusItem['kind'], key: string, ...nodes: string[]): SyllabusItem => ({ kind, key, uri: `file:///ws/${key}`, line: 0, title: key, nodes: nodes.map(n => on(n)) });

describe('syllabus coverage', () => {
  const now = new Date('2026-09-01T10:00:00Z');
  const items = [
    item('editorial', 'e1.md', 'gs3.agriculture.food-security', 'gs3.agriculture.marketing'),
    item('editorial', 'e2.md', 'gs3.agriculture.food-security'),
    item('note', 'n1.md', 'gs3.agriculture.food-security'),
    item('answer', 'a1.md', 'gs2.polity.federalism'),
    item('pyq', 'q1', 'prelims.economy', 'gs3.agriculture.crops'),
  ];
  const cards = [
    { nodes: ['gs3.agriculture.food-security'], due: true, lastReview: '2026-08-30T09:00:00Z' },
    { nodes: ['gs3.agriculture.food-security'], due: false },
    { nodes: ['gs2.polity.federalism'], due: false, lastReview: '2026-06-01T09:00:00Z' },
  ];
  const r = computeCoverage(tree, items, cards, now, 30);

  it('counts each item once on its node and every ancestor', () => {
    const leaf = r.stats.get('gs3.agriculture.food-security')!;
    assert.deepEqual([leaf.editorials, leaf.notes, leaf.answers, leaf.cards, leaf.cardsDue], [2, 1, 0, 2, 1]);
    const topic = r.stats.get('gs3.agriculture')!;
    assert.deepEqual([topic.editorials, topic.notes, topic.pyqs], [2, 1, 1], 'e1 sits on two sub-topics but counts once');
    assert.equal(r.stats.get('gs3')!.editorials, 2);
    assert.equal(leaf.items.length, 3);
    assert.equal(topic.items.length, 0, 'nothing sits on the topic itself');
    assert.equal(leaf.lastRevised, '2026-08-30T09:00:00Z');
  });

  it('counts the items of the mains topics a prelims area draws on', () => {
    const area = r.stats.get('prelims.economy')!;
    assert.equal(area.editorials, 2);
    assert.equal(area.pyqs, 1);
    assert.equal(r.stats.get('prelims')!.editorials, 2);
    assert.ok(area.leaves > 10);
  });

  it('says how much of a topic has notes of your own', () => {
    const agriculture = r.stats.get('gs3.agriculture')!;
    assert.deepEqual([agriculture.coveredLeaves, agriculture.leaves], [1, 6]);
    assert.equal(coveragePercent(agriculture), 17);
    assert.equal(coveragePercent(r.stats.get('gs4')!), 0);
  });

  it('lists the gaps: sub-topics without notes (most read first), and notes not revised in N days', () => {
    assert.ok(!r.noNotes.includes('gs3.agriculture.food-security'));
    assert.deepEqual(r.noNotes.slice(0, 2), ['gs3.agriculture.crops', 'gs3.agriculture.marketing'], 'read about (an editorial, a PYQ) but no note: first');
    assert.ok(r.noNotes.includes('gs4.probity'));
    assert.ok(!r.noNotes.some(id => id.startsWith('prelims')));
    assert.deepEqual(r.notRevised, ['gs2.polity.federalism']);
    assert.deepEqual(computeCoverage(tree, items, cards, now, 120).notRevised, []);
  });
});

describe('monthly compilation', () => {
  const pages = fixtureEditorials();
  const entries = pages.map(p => ({ uri: p.uri, editorial: p.editorial, mapping: mapEditorial(tree, index, p.editorial) }));
  const august = editorialsOfMonth(entries, '2026-08');
  const md = buildMonthlyCompilation({
    tree, index, editorials: august, language: 'en',
    notes: [{ uri: 'file:///ws/notes/oils.md', title: 'Oil notes', nodes: [on('gs3.agriculture.food-security')] }],
    labels: { title: 'August 2026', summary: 'summary line', myNotes: 'My notes', unplaced: 'Elsewhere' },
    link: (uri, line) => `../editorials/${uri.split('/').pop()}#L${line + 1}`,
  });

  it('takes the month\'s editorials only, oldest first', () => {
    assert.deepEqual(august.map(e => e.editorial.source?.date), ['2026-08-09', '2026-08-12', '2026-08-16']);
  });

  it('groups GS1 … GS4 → topic → sub-topic', () => {
    const headings = md.split('\n').filter(l => l.startsWith('#'));
    const at = (h: string) => headings.indexOf(h);
    assert.equal(headings[0], '# August 2026');
    assert.ok(at('## General Studies Paper I') >= 0 && at('## General Studies Paper I') < at('## General Studies Paper II'));
    assert.ok(at('## General Studies Paper II') < at('## General Studies Paper III'));
    assert.ok(at('### Agriculture') > at('## General Studies Paper III'));
    assert.ok(at('#### PDS, buffer stocks and food security') > at('### Agriculture'));
    assert.equal(at('## General Studies Paper IV'), -1, 'a paper with nothing this month is left out');
  });

  it('links every point back to its line, and lists the notes on the topic', () => {
    const points = md.split('\n').filter(l => l.startsWith('- **'));
    const total = august.reduce((n, e) => n + e.editorial.sections.filter(s => s.kind !== 'conclusion').reduce((m, s) => m + s.points.length, 0), 0);
    assert.equal(points.length, total);
    for (const line of points) {
      const m = /\]\(\.\.\/editorials\/([^#)]+)#L(\d+)\)$/.exec(line);
      assert.ok(m, line);
      const source = pages.find(p => p.file === m[1])!.text.split('\n')[Number(m[2]) - 1];
      const lead = /^- \*\*(.+?):\*\*/.exec(line)![1];
      assert.ok(source.includes(lead), `${lead} is on line ${m[2]} of ${m[1]}`);
    }
    assert.match(md, /\*\*My notes\*\*\n\n- \[Oil notes\]\(\.\.\/editorials\/oils\.md#L1\)/);
  });
});

describe('writing syllabus: into front matter', () => {
  const ids = ['gs2.polity.federalism', 'gs3.economy'];
  const set = (text: string, list = ids) => { const e = setSyllabusOverride(text, list); return e ? applyEdit(text, e) : text; };
  const read = (text: string) => splitFrontMatter(text).frontMatter.syllabus;

  it('adds a front matter, a line to one, or replaces the line, keeping the rest', () => {
    assert.equal(set('# Notes\n'), '---\nsyllabus: [gs2.polity.federalism, gs3.economy]\n---\n# Notes\n');
    assert.equal(set('---\ndate: 2026-08-01\n---\n# N\n'), '---\ndate: 2026-08-01\nsyllabus: [gs2.polity.federalism, gs3.economy]\n---\n# N\n');
    assert.equal(set('---\nsyllabus: [gs1]\ndate: x\n---\nbody', ['gs4']), '---\nsyllabus: [gs4]\ndate: x\n---\nbody');
    assert.equal(set('---\r\ntitle: t\r\n---\r\nbody'), '---\r\ntitle: t\r\nsyllabus: [gs2.polity.federalism, gs3.economy]\r\n---\r\nbody');
    assert.equal(set('---\n---\nbody'), '---\nsyllabus: [gs2.polity.federalism, gs3.economy]\n---\nbody');
    assert.equal(read(set('# x\n')), '[gs2.polity.federalism, gs3.economy]');
  });

  it('removes the line when no ids are given, and leaves a file without one alone', () => {
    assert.equal(set('---\nsyllabus: [gs1]\ndate: x\n---\nbody', []), '---\ndate: x\n---\nbody');
    assert.equal(set('---\ndate: x\nsyllabus: [gs1]\n---\nbody', []), '---\ndate: x\n---\nbody');
    assert.equal(setSyllabusOverride('# plain', []), undefined);
  });
});

// PYQ files, the PYQ index (by year, by topic, the heatmap) and which questions mention a term.
import * as assert from 'node:assert/strict';
import { mapEditorial } from '../../src/core/syllabus/editorialMapping';
import { parsePyqFile } from '../../src/core/syllabus/pyqFile';
import { byTopic, byYear, pyqHeatmap } from '../../src/core/syllabus/pyqGroups';
import { editorialPyqRecords, filePyqRecords, prelimsNodeFor, PyqIndex } from '../../src/core/syllabus/pyqIndex';
import { bundledSyllabus, fixture, fixtureEditorials } from './syllabusFixtures';

const { tree, index } = bundledSyllabus();

describe('PYQ files', () => {
  const file = parsePyqFile(fixture('pyqs/polity-and-economy.md'));

  it('reads each question with the year, exam and paper of its heading', () => {
    assert.equal(file.title, 'My PYQ collection');
    assert.equal(file.questions.length, 4);
    const [governor, finance, msp, nhrc] = file.questions;
    assert.deepEqual([governor.year, governor.exam, governor.paper], [2023, 'mains', 'gs2']);
    assert.deepEqual(governor.overrides, ['gs2.polity.federalism']);
    assert.doesNotMatch(governor.text, /\{/);
    assert.equal(finance.paper, 'gs2');
    assert.deepEqual([msp.year, msp.paper], [2020, 'gs3']);
    assert.deepEqual([nhrc.year, nhrc.exam, nhrc.paper, nhrc.answer], [2019, 'prelims', 'prelims', 'c']);
    assert.equal(nhrc.options?.length, 4);
    assert.ok(nhrc.lines.includes('1. It is a statutory body.'), 'indented statements belong to the question');
  });

  it('gives a question its own year over the heading\'s, skips code and keeps the file\'s line numbers', () => {
    const f = parsePyqFile('---\ntype: pyqs\n---\n## 2018 Mains\n\n1. First (2016)\n\n```\n1. not a question\n```\nQ. Second one\n');
    assert.deepEqual(f.questions.map(q => [q.text, q.year, q.line]), [['First (2016)', 2016, 5], ['Q. Second one', 2018, 10]]);
  });

  it('never throws on odd text', () => {
    for (const t of ['', '#', '1.', '## 2019\n-', '{}', '```\n1. open fence']) assert.doesNotThrow(() => parsePyqFile(t));
    assert.equal(parsePyqFile('```\n1. open fence').questions.length, 0);
  });
});

describe('PYQ index', () => {
  const pages = fixtureEditorials();
  const pyqs = new PyqIndex();
  for (const p of pages) pyqs.set(p.uri, editorialPyqRecords(tree, index, p.uri, p.editorial.title, p.editorial.pyqs, mapEditorial(tree, index, p.editorial).nodes));
  const file = parsePyqFile(fixture('pyqs/polity-and-economy.md'));
  pyqs.set('file:///ws/pyqs/polity-and-economy.md', filePyqRecords(tree, index, 'file:///ws/pyqs/polity-and-economy.md', file.title!, file.questions));

  it('holds every question of the editorials and the PYQ file, newest first', () => {
    const editorialCount = pages.reduce((n, p) => n + p.editorial.pyqs.length, 0);
    assert.equal(editorialCount, 6);
    assert.equal(pyqs.size, editorialCount + 4);
    const years = pyqs.all().map(q => q.year ?? 0);
    assert.deepEqual(years, [...years].sort((a, b) => b - a));
  });

  it('places each question: named ids win; prelims questions get their prelims area and mains topic', () => {
    const governor = pyqs.all().find(q => q.text.includes('Governor'))!;
    assert.deepEqual(governor.nodes.map(a => a.node), ['gs2.polity.federalism']);
    const msp = pyqs.all().find(q => q.text.includes('minimum support price'))!;
    assert.equal(msp.nodes[0].node, 'gs3.agriculture.subsidies-msp');
    const jain = pyqs.all().find(q => q.text.includes('स्याद्वाद'))!;
    assert.equal(jain.exam, 'prelims');
    assert.deepEqual(jain.nodes.map(a => a.node), ['prelims.history', 'gs1.culture']);
    assert.equal(prelimsNodeFor(tree, 'gs3.agriculture.crops'), 'prelims.economy');
  });

  it('finds the questions that mention a term, in either language, by name or alias', () => {
    const names = ['Minimum Support Price', 'MSP', 'न्यूनतम समर्थन मूल्य'];
    const asked = pyqs.mentioning(names);
    assert.deepEqual(asked.map(q => q.year), [2020, 2019]);
    assert.deepEqual(pyqs.yearsMentioning(names), [2020, 2019]);
    assert.deepEqual(pyqs.mentioning(['suppor']), [], 'part of a word is not a word');
    assert.deepEqual(pyqs.mentioning(['']), []);
  });

  it('groups by year and by topic, and counts topics × years', () => {
    assert.deepEqual(byYear(pyqs.all()).map(g => g.year), [2023, 2022, 2021, 2020, 2019, 2017]);
    const { papers } = byTopic(tree, pyqs.all());
    assert.deepEqual(papers.map(p => p.paper), ['prelims', 'gs2', 'gs3']);
    const map = pyqHeatmap(tree, pyqs.all());
    assert.deepEqual([map.years[0], map.years[map.years.length - 1]], [2017, 2023]);
    assert.equal(map.rows.reduce((s, r) => s + r.total, 0), pyqs.size);
    const polity = map.rows.find(r => r.topic === 'gs2.polity')!;
    assert.equal(polity.counts[map.years.indexOf(2023)], 2);
  });

  it('drops a source\'s questions when the source goes', () => {
    const copy = new PyqIndex();
    let fired = 0;
    copy.onDidChange(() => fired++);
    copy.set('a', pyqs.all().slice(0, 2));
    copy.set('b', pyqs.all().slice(2, 3));
    copy.retain(new Set(['b']));
    assert.equal(copy.size, 1);
    copy.delete('b');
    assert.equal(copy.size, 0);
    assert.equal(fired, 4);
  });
});

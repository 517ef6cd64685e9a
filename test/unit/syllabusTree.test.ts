// The bundled syllabus (data/syllabus.json) and the reader that checks it.
import * as assert from 'node:assert/strict';
import { parseSyllabus } from '../../src/core/syllabus/tree';
import { bundledSyllabus } from './syllabusFixtures';

const DEVANAGARI = /[\u0900-\u097F]/;

describe('bundled syllabus (data/syllabus.json)', () => {
  const { tree, text } = bundledSyllabus();

  it('reads without a problem', () => {
    assert.deepEqual(parseSyllabus(text).problems, []);
  });

  it('has Prelims GS Paper I, Essay and GS1–GS4 as papers, the GS papers numbered', () => {
    assert.deepEqual(tree.papers.map(p => p.id), ['prelims', 'essay', 'gs1', 'gs2', 'gs3', 'gs4']);
    assert.equal(tree.get('prelims')!.exam, 'prelims');
    for (const n of [1, 2, 3, 4]) assert.equal(tree.gsPaper(n)!.id, `gs${n}`);
    assert.equal(tree.get('essay')!.gsPaper, undefined);
  });

  it('names every node in English and in Hindi (Devanagari), and gives every sub-topic keywords in both', () => {
    for (const n of tree.nodes()) {
      assert.ok(n.name.en && !DEVANAGARI.test(n.name.en), n.id);
      assert.match(n.name.hi, DEVANAGARI, n.id);
      if (!n.children.length && n.exam === undefined) {
        assert.ok(n.keywords.en.length && n.keywords.hi.length, `${n.id} has keywords in both languages`);
        assert.ok(n.keywords.hi.every(k => DEVANAGARI.test(k)), `${n.id}: Hindi keywords are in Devanagari`);
      }
    }
  });

  it('keeps the syllabus\'s structure: the GS2 and GS3 topics the notification lists', () => {
    assert.deepEqual(tree.get('gs2')!.children.map(c => c.id), ['gs2.polity', 'gs2.governance', 'gs2.social-justice', 'gs2.ir']);
    assert.ok(tree.has('gs2.polity.federalism'));
    assert.ok(tree.has('gs3.agriculture.food-security'));
    assert.ok(tree.has('gs3.security.forces'));
    assert.equal(tree.nameOf('gs2', 'hi'), 'सामान्य अध्ययन प्रश्नपत्र-II');
    assert.ok(tree.nodes().length >= 90, `${tree.nodes().length} nodes`);
  });

  it('links each prelims area to mains topics that exist', () => {
    for (const area of tree.get('prelims')!.children) {
      assert.ok(area.related.length, area.id);
      for (const r of area.related) assert.ok(tree.has(r) && tree.get(r)!.paper !== 'prelims', `${area.id} → ${r}`);
    }
  });
});

describe('parseSyllabus: a bad file', () => {
  it('drops bad nodes, each with a problem naming it, and keeps the rest', () => {
    const { tree, problems } = parseSyllabus(JSON.stringify({
      version: 1,
      papers: [
        { id: 'gs2', exam: 'mains', gsPaper: 2, name: { en: 'GS II', hi: 'सामान्य अध्ययन-II' }, related: ['nowhere'], children: [
          { id: 'gs2.polity', name: { en: 'Polity', hi: 'राजव्यवस्था' }, keywords: { en: ['polity', 7], hi: 'x' } },
          { id: 'gs3.stray', name: { en: 'Stray', hi: 'भटका' } },
          { id: 'gs2.polity', name: { en: 'Twice', hi: 'दो बार' } },
          { id: 'gs2.no-hindi', name: { en: 'No Hindi' } },
          { id: 'Bad Id', name: { en: 'x', hi: 'य' } },
        ] },
        'not a node',
      ],
    }));
    assert.deepEqual(tree.nodes().map(n => n.id), ['gs2', 'gs2.polity']);
    assert.deepEqual(tree.get('gs2.polity')!.keywords.en, ['polity']);
    assert.deepEqual(tree.get('gs2')!.related, [], 'an unknown related id is dropped');
    const at = problems.map(p => p.at);
    for (const where of ['gs3.stray', 'gs2.no-hindi', 'nowhere']) assert.ok(problems.some(p => p.at.includes(where) || p.message.includes(where)), where);
    assert.ok(at.includes('gs2.polity'), 'the repeated id and the bad keywords are reported');
    assert.ok(at.includes('papers[1]'));
  });

  it('never throws: not JSON, not an object, no papers', () => {
    for (const text of ['', '{', '[]', '{"papers": 3}', 'null']) {
      const { tree, problems } = parseSyllabus(text);
      assert.equal(tree.papers.length, 0);
      assert.equal(problems.length, 1, text);
    }
  });
});

// Editorials, sections, notes and answers placed on the syllabus. The six fixture pages reproduce
// the tag lines and headings of six real pages (in our own words): each must land in exactly the
// GS papers its tags name, on the topics its tags and headings are about.
import * as assert from 'node:assert/strict';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { mapEditorial, mapPoint, namedPapers } from '../../src/core/syllabus/editorialMapping';
import { mapFields, papersOf, readOverride } from '../../src/core/syllabus/mapping';
import { mapNote, resolveLink } from '../../src/core/syllabus/noteMapping';
import { bundledSyllabus, fixture, fixtureEditorials } from './syllabusFixtures';

const { tree, index } = bundledSyllabus();
const pages = fixtureEditorials();
const page = (name: string) => pages.find(p => p.file.includes(name))!;
const mapped = (name: string) => mapEditorial(tree, index, page(name).editorial);
const ids = (list: readonly { node: string }[]) => list.map(a => a.node);

describe('syllabus mapping: the six real-page structures', () => {
  it('maps every page with GS tags to exactly the papers its tags name', () => {
    const tagged = pages.filter(p => p.editorial.gsPapers.length);
    assert.equal(tagged.length, 5, 'five pages carry GS tags (the FCRA page has none)');
    for (const p of tagged) {
      const m = mapEditorial(tree, index, p.editorial);
      const named = p.editorial.gsPapers.map(n => `gs${n}`).sort();
      assert.deepEqual(namedPapers(tree, p.editorial).sort(), named, p.file);
      assert.deepEqual(papersOf(tree, m.nodes).sort(), named, `${p.file}: ${ids(m.nodes).join(', ')}`);
    }
  });

  it('puts each page on the topics its topic tags name, near-certain', () => {
    const oils = mapped('khadya-tel');
    assert.ok(ids(oils.nodes).includes('gs3.agriculture.food-security'));
    assert.ok(ids(oils.nodes).includes('gs3.agriculture.marketing'));
    assert.ok(oils.nodes.filter(a => a.node.startsWith('gs3.')).every(a => a.via === 'tags' && a.confidence >= 0.85));
    assert.deepEqual(ids(mapped('raksha-samjhauta').nodes).sort(), ['gs2.ir.groupings', 'gs2.ir.other-countries']);
    assert.deepEqual(ids(mapped('jain-darshan').nodes), ['gs1.culture']);
    const police = ids(mapped('police-sudhar').nodes);
    assert.ok(police.includes('gs3.security.forces'));
    assert.ok(police.includes('gs2.polity.executive-judiciary'));
    const steel = ids(mapped('ispat-udyog').nodes);
    assert.ok(steel.includes('gs1.geography.resources'));
    assert.ok(steel.some(id => id.startsWith('gs3.economy.')));
  });

  it('reads a page without tags from its title, topics and headings', () => {
    const fcra = mapped('videshi-anshdan');
    assert.equal(fcra.nodes[0].node, 'gs2.governance.development-sector');
    assert.equal(fcra.nodes[0].via, 'text');
    assert.ok(fcra.nodes[0].confidence > 0.5 && fcra.nodes[0].confidence < 0.85, String(fcra.nodes[0].confidence));
  });

  it('gives each section its own topic within the page\'s papers, and the closing blocks the page\'s', () => {
    const steel = page('ispat-udyog').editorial;
    const m = mapped('ispat-udyog');
    const location = steel.sections.findIndex(s => s.heading.includes('अवस्थिति'));
    assert.ok(ids(m.sections[location]).includes('gs1.geography.industry-location'), ids(m.sections[location]).join());
    const oils = page('khadya-tel').editorial;
    const om = mapped('khadya-tel');
    oils.sections.forEach((s, i) => {
      assert.ok(om.sections[i].length, s.heading);
      for (const a of om.sections[i]) assert.ok(['gs1', 'gs3'].includes(tree.get(a.node)!.paper), `${s.heading}: ${a.node}`);
    });
    const conclusion = oils.sections.findIndex(s => s.kind === 'conclusion');
    assert.ok(om.sections[conclusion].every(a => a.via === 'inherited'));
  });

  it('places a point through its section', () => {
    const oils = page('khadya-tel').editorial;
    const m = mapped('khadya-tel');
    const i = oils.sections.findIndex(s => s.heading.includes('निर्भरता'));
    const marketing = oils.sections[i].points.find(p => p.lead.includes('विपणन'))!;
    assert.equal(mapPoint(tree, index, marketing, m.sections[i])[0].node, 'gs3.agriculture.marketing');
  });
});

describe('syllabus mapping: English text, overrides', () => {
  it('maps English tags and headings', () => {
    const e = parseEditorial('## Reforming the Office of Governor\n\nTags:\n- GS Paper 2\n- Federalism\n\n### Centre-State Relations and the Governor\n\n- **Discretion:** the Governor\'s role in forming governments.\n');
    const m = mapEditorial(tree, index, e);
    assert.deepEqual(ids(m.nodes), ['gs2.polity.federalism']);
    assert.equal(m.nodes[0].via, 'tags');
  });

  it('lets front matter `syllabus:` win, and reports ids the syllabus does not have', () => {
    const e = parseEditorial('---\nsyllabus: [gs4.probity, gs9.nothing]\n---\n## Farm subsidies and MSP\n\nTags:\n- GS Paper 3\n');
    const m = mapEditorial(tree, index, e);
    assert.deepEqual(m.nodes, [{ node: 'gs4.probity', confidence: 1, via: 'override' }]);
    assert.deepEqual(m.unknownOverrides, ['gs9.nothing']);
    assert.deepEqual(readOverride('gs2.polity, "gs3.economy"', tree).ids, ['gs2.polity', 'gs3.economy']);
  });

  it('keeps to the papers asked for, and names a required paper even with nothing in it', () => {
    const found = mapFields(tree, index, [{ text: 'minimum support price and farm subsidies', weight: 3 }], { papers: ['gs1', 'gs3'], requirePapers: ['gs1', 'gs3'] });
    assert.equal(found[0].node, 'gs3.agriculture.subsidies-msp');
    assert.deepEqual(found.find(a => a.node === 'gs1'), { node: 'gs1', confidence: 0.5, via: 'paper' });
    assert.deepEqual(mapFields(tree, index, [{ text: 'nothing of the syllabus here', weight: 3 }]), []);
  });
});

describe('syllabus mapping: notes and answers', () => {
  const oils = page('khadya-tel');
  const byUri = (uri: string) => (uri === oils.uri ? mapEditorial(tree, index, oils.editorial).nodes : undefined);

  it('reads a note by its headings and text, with the editorials it links to as evidence', () => {
    const uri = 'file:///ws/notes/khadya-tel-notes.md';
    const n = mapNote(tree, index, uri, fixture('notes/khadya-tel-notes.md'), byUri);
    assert.equal(n.kind, 'note');
    assert.equal(n.date, '2026-08-20');
    assert.match(n.title, /खाद्य तेल/);
    assert.equal(n.nodes[0].node, 'gs3.agriculture.food-security');
    assert.equal(resolveLink(uri, '../editorials/2026-08-16-khadya-tel.md'), oils.uri);
  });

  it('takes a note\'s own `syllabus:` as it is', () => {
    const n = mapNote(tree, index, 'file:///ws/notes/federalism.md', fixture('notes/federalism.md'), byUri);
    assert.deepEqual(n.nodes, [{ node: 'gs2.polity.federalism', confidence: 1, via: 'override' }]);
  });

  it('reads an answer (front matter names its editorial) against its editorial', () => {
    const answer = `---\neditorial: ${oils.uri}\nmarks: 15\n---\n\n> **Q.** Why does India import so much edible oil?\n\n## Introduction\n\nRain-fed oilseed farms and weak markets.\n`;
    const n = mapNote(tree, index, 'file:///ws/answers/a.md', answer, byUri);
    assert.equal(n.kind, 'answer');
    assert.equal(n.editorial, oils.uri);
    assert.ok(n.nodes.every(a => a.node.startsWith('gs3.agriculture')), ids(n.nodes).join());
  });
});

// The compact mention index (core/glossary/editorialMentions.ts): six numbers per mention instead
// of an object. It must give exactly the mentions the object index gave: the reference below is
// that index's rule, written out plainly (one mention per paragraph, top-level point with its
// children, or question; a "For Prelims" term the body never names, at the title line).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { generateEditorials, realGlossary } from '../../bench/generate';
import { EditorialLibrary, LibraryEntry } from '../../src/core/editorial/library';
import type { Point } from '../../src/core/editorial/model';
import { fromSnapshot, MentionsBuilder, MentionSnapshot, Place, pointsDepthFirst } from '../../src/core/glossary/editorialMentions';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex, Mention } from '../../src/core/glossary/glossaryIndex';

function referenceMentions(index: GlossaryIndex, entry: LibraryEntry): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  const seen = new Set<string>();
  const add = (id: string, m: Mention) => {
    const key = `${id}\u0000${m.section?.headingLine ?? -1}\u0000${m.point?.range.start ?? m.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.set(id, [...(out.get(id) ?? []), m]);
  };
  const e = entry.editorial;
  for (const section of e.sections) {
    if (section.kind === 'pyq' && e.pyqs.length) continue;
    for (const p of section.paragraphs) for (const m of index.scan(p.plain)) add(m.key, { entry, section, line: p.range.start, text: p.plain, start: m.start, end: m.end });
    for (const point of section.points) {
      const walk = (q: Point) => {
        for (const m of index.scan(q.plain)) add(m.key, { entry, section, point, line: q.range.start, text: q.plain, start: m.start, end: m.end });
        q.children.forEach(walk);
      };
      walk(point);
    }
  }
  for (const pyq of e.pyqs) for (const m of index.scan(pyq.text)) add(m.key, { entry, pyq, line: pyq.range.start, text: pyq.text, start: m.start, end: m.end });
  for (const t of e.prelimsTerms) {
    const term = index.lookup(t.text);
    if (term && !out.get(term.id)?.some(m => !m.pyq)) add(term.id, { entry, line: e.titleLine });
  }
  return out;
}

function sampleIndex() {
  const glossary = realGlossary();
  const library = new EditorialLibrary();
  const sample = fs.readFileSync(path.join(__dirname, '../../../data/editorials/indo-us-editorial.md'), 'utf8');
  library.set('file:///w/editorials/indo-us.md', sample);
  generateEditorials(60, glossary, 7).forEach((text, i) => library.set(`file:///w/editorials/ed-${i}.md`, text));
  const index = new GlossaryIndex(library);
  const data = path.join(__dirname, '../../../data');
  for (const f of fs.readdirSync(data).filter(n => /^glossary.*\.json$/.test(n) && !n.includes('schema'))) {
    index.setSource(`bundled:${f}`, parseGlossaryJson(fs.readFileSync(path.join(data, f), 'utf8'), f).terms, true);
  }
  return { library, index };
}

describe('compact mention index', () => {
  it('groups mentions by term, each term\'s in the order they were added', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(1000)), { maxLength: 300 }), adds => {
      const b = new MentionsBuilder();
      adds.forEach(([term, x], k) => b.add(term, Place.Point, x, k, 0, x, x + 1));
      const m = b.done();
      assert.deepEqual([...m.terms], [...new Set(adds.map(([t]) => t))].sort((x, y) => x - y));
      for (const term of m.terms) assert.equal(m.count(term), adds.filter(([t]) => t === term).length);
      assert.equal(m.count(41), 0);
    }), { numRuns: 300 });
  });

  it('numbers a point and its children depth first', () => {
    const leaf = (n: number): Point => ({ lead: '', body: `${n}`, plain: `${n}`, children: [], range: { start: n, end: n + 1 } });
    const tree: Point = { ...leaf(0), children: [{ ...leaf(1), children: [leaf(2), leaf(3)] }, leaf(4)] };
    assert.deepEqual(pointsDepthFirst(tree).map(p => p.plain), ['0', '1', '2', '3', '4']);
  });

  it('gives exactly the mentions of the object index, term by term, on the sample and 60 generated editorials', () => {
    const { library, index } = sampleIndex();
    const reference = new Map<string, Mention[]>();
    for (const entry of library.visible()) {
      for (const [id, list] of referenceMentions(index, entry)) reference.set(id, [...(reference.get(id) ?? []), ...list]);
    }
    let total = 0;
    for (const term of index.terms()) {
      const got = index.mentions(term.id);
      assert.deepStrictEqual(got, reference.get(term.id) ?? [], term.name);
      assert.equal(index.mentionCount(term.id), got.length);
      total += got.length;
    }
    assert.ok(total > 1000, `${total} mentions compared`);
    assert.ok(index.mentions('caatsa').some(m => !m.section && !m.pyq), 'a For Prelims term the body never names');
    for (const entry of library.visible()) assert.deepEqual([...index.termsMentionedIn(entry)].sort(), [...referenceMentions(index, entry).keys()].sort());
  });

  it('keeps mentions across sessions: a snapshot read back (as JSON) gives the same mentions, and no scan', () => {
    const first = sampleIndex();
    const saved = new Map<string, { fingerprint: string; mentions: MentionSnapshot }>();
    for (const entry of first.library.visible()) {
      first.index.termsMentionedIn(entry);
      { const m = first.index.mentionsToSave(entry)!; saved.set(entry.uri, JSON.parse(JSON.stringify({ fingerprint: m.fingerprint, mentions: m.snapshot() })) as { fingerprint: string; mentions: MentionSnapshot }); }
    }
    const second = sampleIndex();
    let asked = 0;
    second.index.useSavedMentions((entry, fingerprint) => {
      asked++;
      const s = saved.get(entry.uri);
      return s && s.fingerprint === fingerprint ? s.mentions : undefined;
    });
    for (const term of first.index.terms()) assert.deepStrictEqual(second.index.mentions(term.id), first.index.mentions(term.id), term.name);
    assert.equal(asked, second.library.size);
    assert.deepEqual(second.index.mentionSources, { saved: second.library.size, scanned: 0 });
    // Other terms, another fingerprint: the snapshots are not used.
    assert.equal(second.index.mentionsFingerprint(), first.index.mentionsFingerprint());
    second.index.setSource('file:///w/my.glossary.json', parseGlossaryJson('{ "terms": [ { "name": "Maritime Cooperation", "definition": "x" } ] }', 'my').terms);
    assert.notEqual(second.index.mentionsFingerprint(), first.index.mentionsFingerprint());
    second.index.mentions('caatsa');
    assert.equal(second.index.mentionSources.scanned, second.library.size);
  });

  it('uses a snapshot only if every mention fits the editorial', () => {
    const { library, index } = sampleIndex();
    const entry = library.get('file:///w/editorials/indo-us.md')!;
    index.termsMentionedIn(entry);
    const good = index.mentionsToSave(entry)!.snapshot();
    const n = (id: string) => good.terms.indexOf(id);
    assert.ok(fromSnapshot(good, entry.editorial, n), 'the snapshot as made');
    const bad = (patch: (d: number[]) => void, counts = good.counts) => {
      const data = [...good.data];
      patch(data);
      return fromSnapshot({ terms: good.terms, counts, data }, entry.editorial, n);
    };
    const firstPoint = good.data.findIndex((v, i) => i % 6 === 0 && v === Place.Point);
    assert.equal(bad(d => { d[firstPoint + 1] = 999; }), undefined, 'a section it has not');
    assert.equal(bad(d => { d[firstPoint + 3] = 999; }), undefined, 'a nested point it has not');
    assert.equal(bad(d => { d[firstPoint + 5] = 1e6; }), undefined, 'a range past the text');
    assert.equal(bad(d => { d[firstPoint + 4] = -1; }), undefined, 'a negative start');
    assert.equal(bad(d => { d[firstPoint] = 7; }), undefined, 'a place that does not exist');
    assert.equal(bad(d => { d.pop(); }), undefined, 'cut short');
    assert.equal(bad(() => undefined, good.counts.map(c => c + 1)), undefined, 'counts that do not add up');
    fc.assert(fc.property(fc.array(fc.integer({ min: -5, max: 5000 }), { maxLength: 60 }), junk => {
      fromSnapshot({ terms: good.terms.slice(0, 2), counts: [junk.length ? 1 : 0, 0], data: junk }, entry.editorial, n); // never throws
    }), { numRuns: 500 });
  });
});

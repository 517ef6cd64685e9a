// The index record's plain texts (core/editorial/recordPlain.ts): left out only where the markdown
// says them, put back exactly, and a record that lacks one it cannot derive is not read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { IndexRecord, parseRecord, recordLine } from '../../src/core/editorial/indexCache';
import { hashText } from '../../src/core/editorial/library';
import type { Point } from '../../src/core/editorial/model';
import { parseEditorial, ParsedEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { packEditorial, plainOfStarsOnly, unpackEditorial } from '../../src/core/editorial/recordPlain';
import { applyMutations, loadEditorials, markdownDoc, mutation, wholeEditorial } from './fuzzArbitraries';
import { pageSpec, toMarkdown } from './pageGenerator';

const SEED = 3131;
const FIXTURES = path.join(__dirname, '../../../test/fixtures/real-structures');
const realStructures = fs.readdirSync(FIXTURES).filter(f => f.endsWith('.md')).sort().map(f => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
const editorials = loadEditorials();

const recordOf = (e: ParsedEditorial): IndexRecord => ({ uri: 'file:///w/e.md', mtime: 1, size: 2, hash: hashText(e.title), editorial: e });
const roundTrip = (e: ParsedEditorial) => parseRecord(recordLine(recordOf(e)))?.editorial;

/** Points and paragraphs whose plain text the record wrote as 0 (derived on reading). */
function derivedShare(e: ParsedEditorial): { derived: number; all: number } {
  const packed = packEditorial(e) as ParsedEditorial;
  let derived = 0;
  let all = 0;
  const visit = (p: { plain: unknown; children?: readonly unknown[] }) => {
    all++;
    if (p.plain === 0) derived++;
    for (const c of p.children ?? []) visit(c as Point);
  };
  packed.intro.forEach(visit);
  for (const s of packed.sections) {
    s.points.forEach(visit);
    s.paragraphs.forEach(visit);
  }
  return { derived, all };
}

describe('index record: plain texts derived from markdown', () => {
  it('reads back every editorial exactly, fields in the parser\'s order (bundled, real structures, generated pages, documents, damage)', () => {
    for (const text of [...editorials, ...realStructures]) {
      const e = parseEditorial(text);
      assert.equal(JSON.stringify(roundTrip(e)), JSON.stringify(e), e.title);
    }
    const texts = fc.oneof(
      pageSpec.map(toMarkdown),
      markdownDoc,
      fc.tuple(wholeEditorial(editorials), fc.array(mutation, { maxLength: 4 })).map(([t, m]) => applyMutations(t, m)),
    );
    fc.assert(fc.property(texts, text => {
      const e = parseEditorial(text);
      assert.equal(JSON.stringify(roundTrip(e)), JSON.stringify(e));
    }), { seed: SEED, numRuns: 400 });
  });

  it('leaves out most plain texts of real-structure editorials, and the record is shorter for it', () => {
    let derived = 0;
    let all = 0;
    for (const text of [...editorials, ...realStructures]) {
      const e = parseEditorial(text);
      const share = derivedShare(e);
      derived += share.derived;
      all += share.all;
      assert.ok(recordLine(recordOf(e)).length < JSON.stringify(e).length, e.title);
    }
    assert.ok(derived / all > 0.5, `${derived} of ${all} derived`);
  });

  it('keeps a plain text the markdown does not say (escapes, links, code, entities)', () => {
    for (const body of ['a \\* b', '[Quad](https://example.org/q)', 'the `code`', 'AT&amp;T', 'x_y', '~~gone~~', 'a < b']) {
      assert.equal(plainOfStarsOnly(body), undefined, body);
    }
    assert.equal(plainOfStarsOnly('**Bold** and *it*'), 'Bold and it');
    assert.equal(plainOfStarsOnly('plain words'), 'plain words');
  });

  it('does not read a record whose left-out plain text cannot be derived, or whose points are not points', () => {
    const e = parseEditorial(editorials[0]);
    const line = recordLine(recordOf(e));
    const patched = (patch: (ed: { sections: { points: Record<string, unknown>[]; paragraphs: Record<string, unknown>[] }[]; intro: Record<string, unknown>[] }) => void) => {
      const r = JSON.parse(line) as { editorial: Parameters<typeof patch>[0] };
      patch(r.editorial);
      return parseRecord(JSON.stringify(r));
    };
    const section = e.sections.findIndex(s => s.points.length > 0);
    assert.ok(section >= 0);
    assert.ok(patched(() => undefined), 'the record as written is read');
    assert.equal(patched(ed => { ed.sections[section].points[0].plain = 0; ed.sections[section].points[0].body = '[x](https://a.b)'; }), undefined);
    assert.equal(patched(ed => { ed.sections[section].points[0].plain = 7; }), undefined);
    assert.equal(patched(ed => { ed.sections[section].points[0].children = {} as never; }), undefined);
    assert.equal(patched(ed => { (ed.sections[section].points as unknown[])[0] = null; }), undefined);
    assert.equal(patched(ed => { (ed.sections[section].points as unknown[])[0] = 'a point'; }), undefined);
    // Nested deeper than any parse: not read (and no stack overflow).
    let deep: Record<string, unknown> = { lead: '', body: 'x', plain: 0, children: [], range: { start: 0, end: 1 } };
    for (let k = 0; k < 20_000; k++) deep = { lead: '', body: 'x', plain: 0, children: [deep], range: { start: 0, end: 1 } };
    assert.equal(unpackEditorial({ intro: [], sections: [{ points: [deep], paragraphs: [] }] }), false);
  });

  it('derives in linear time (10 KB, 100 KB, 1 MB of stars, spaces and letters, and a markup character at the end)', () => {
    for (const size of [10_000, 100_000, 1_000_000]) {
      const text = '** *a  '.repeat(size / 7);
      assert.equal(plainOfStarsOnly(text)?.length, text.replace(/\*/g, '').length);
      assert.equal(plainOfStarsOnly(text + '_'), undefined);
    }
  });
});

// The persisted editorial index's format (core/editorial/indexCache.ts): records read back
// exactly, another parser's shards never read, and anything damaged dropped, never thrown.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  INDEX_FORMAT, IndexRecord, parseRecord, parserFingerprint, recordLine, shardLines, shardOf, shardSignature, SHARDS, shardText,
} from '../../src/core/editorial/indexCache';
import { EditorialLibrary, hashText } from '../../src/core/editorial/library';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';

const text = fs.readFileSync(path.join(__dirname, '../../../data/editorials/indo-us-editorial.md'), 'utf8');
const sample = parseEditorial(text);
const record: IndexRecord = { uri: 'file:///w/editorials/indo-us.md', mtime: 1733500000000, size: text.length, hash: hashText(text), editorial: sample };
const FP = parserFingerprint('0.1.0', sample);

describe('persisted editorial index: format', () => {
  it('reads a shard back to the same records (as JSON: undefined fields are absent)', () => {
    const lines = shardLines(shardText(FP, [recordLine(record), recordLine({ ...record, uri: 'file:///w/b.md' })]), FP);
    assert.equal(lines?.length, 2);
    const back = lines!.map(parseRecord);
    assert.equal(back[0]!.uri, record.uri);
    assert.equal(back[1]!.uri, 'file:///w/b.md');
    assert.equal(JSON.stringify(back[0]!.editorial), JSON.stringify(sample));
    assert.deepEqual([back[0]!.mtime, back[0]!.size, back[0]!.hash], [record.mtime, record.size, record.hash]);
  });

  it('a cold start keeps exactly what a warm start restores', () => {
    const cold = new EditorialLibrary().set(record.uri, text);
    const line = recordLine({ ...record, editorial: cold.editorial });
    const warm = new EditorialLibrary().restore(record.uri, parseRecord(line)!.editorial!, cold.hash);
    assert.deepStrictEqual(warm.editorial, cold.editorial);
    assert.deepStrictEqual(cold.editorial, JSON.parse(JSON.stringify(sample)), 'the parse, as JSON values');
  });

  it('names the parser by version and by what it makes of the sample', () => {
    assert.notEqual(parserFingerprint('0.1.1', sample), FP);
    assert.notEqual(parserFingerprint('0.1.0', { ...sample, title: sample.title + '!' }), FP);
    assert.equal(parserFingerprint('0.1.0', parseEditorial(text)), FP, 'stable for the same parser');
  });

  it('never reads a shard of another parser, format or none', () => {
    const shard = shardText(FP, [recordLine(record)]);
    assert.equal(shardLines(shard, parserFingerprint('9.9.9', sample)), undefined);
    for (const other of [INDEX_FORMAT - 1, INDEX_FORMAT + 1]) assert.equal(shardLines(shard.replace(`"upscEditorialIndex":${INDEX_FORMAT}`, `"upscEditorialIndex":${other}`), FP), undefined, `format ${other}`);
    for (const junk of ['', 'no header', '\u0000\u0001\n{}', '[1,2]\n' + recordLine(record), 'null\n']) assert.equal(shardLines(junk, FP), undefined, JSON.stringify(junk.slice(0, 20)));
  });

  it('drops a record cut off, of the wrong shape or with impossible numbers', () => {
    const line = recordLine(record);
    assert.equal(parseRecord(line.slice(0, line.length / 2)), undefined, 'cut off half-way');
    const bad = (patch: (r: Record<string, unknown>) => void) => {
      const r = JSON.parse(line) as Record<string, unknown>;
      patch(r);
      return parseRecord(JSON.stringify(r));
    };
    assert.equal(bad(r => { r.mtime = -1; }), undefined);
    assert.equal(bad(r => { r.size = 'big'; }), undefined);
    assert.equal(bad(r => { r.uri = ''; }), undefined);
    assert.equal(bad(r => { (r.editorial as Record<string, unknown>).sections = {}; }), undefined);
    assert.equal(bad(r => { ((r.editorial as { sections: Record<string, unknown>[] }).sections[0]).points = null; }), undefined);
    assert.equal(bad(r => { delete (r.editorial as Record<string, unknown>).title; }), undefined);
    assert.equal(bad(r => { r.editorial = null; }), undefined);
    assert.ok(bad(() => undefined), 'the untouched record is kept');
  });

  it('keeps an editorial\'s term mentions with it, and leaves out mentions of the wrong shape but not the record', () => {
    const mentions = { glossary: '1/abc/40', terms: ['caatsa', 'quad'], counts: [1, 1], data: [3, 0, 0, 0, 0, 0, 1, 2, 0, 1, 4, 8] };
    assert.deepEqual(parseRecord(recordLine({ ...record, mentions }))!.mentions, mentions);
    for (const broken of [{ ...mentions, glossary: 5 }, { ...mentions, terms: [1, 2] }, { ...mentions, data: [-1] }, { ...mentions, counts: 'x' }, null]) {
      const back = parseRecord(recordLine({ ...record, mentions: broken as never }));
      assert.ok(back, 'the record stands');
      assert.equal(back!.mentions, undefined, JSON.stringify(broken));
    }
    assert.notEqual(shardSignature([record]), shardSignature([{ ...record, mentions }]), 'mentions found later rewrite the shard');
    assert.notEqual(shardSignature([{ ...record, mentions }]), shardSignature([{ ...record, mentions: { ...mentions, glossary: 'other' } }]));
  });

  it('keeps a file found not to be an editorial as a record without one, and nothing in between', () => {
    const note: IndexRecord = { uri: 'file:///w/notes/quad.md', mtime: 5, size: 120, hash: 0 };
    const back = parseRecord(recordLine(note));
    assert.deepEqual(back, note);
    assert.equal(back!.editorial, undefined);
    // Without the marker, a record with no editorial is a damaged one (an editorial's record cut short).
    const line = JSON.parse(recordLine(note)) as Record<string, unknown>;
    delete line.notEditorial;
    assert.equal(parseRecord(JSON.stringify(line)), undefined);
    assert.equal(parseRecord(JSON.stringify({ ...line, notEditorial: true, editorial: { title: 1 } })), undefined, 'both at once');
    assert.notEqual(shardSignature([note]), shardSignature([{ ...note, editorial: sample }]), 'becoming an editorial changes the shard');
  });

  it('never throws on arbitrary text, lines or shards', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), s => {
      parseRecord(s);
      shardLines(s, FP);
      shardLines(`${JSON.stringify({ upscEditorialIndex: INDEX_FORMAT, fingerprint: FP, count: 1 })}\n${s}`, FP)?.forEach(parseRecord);
    }), { numRuns: 2000 });
  });

  it('spreads editorials over the shards by URI, stably, and signs a shard by what it holds', () => {
    const counts = new Array<number>(SHARDS).fill(0);
    for (let i = 0; i < 3000; i++) counts[shardOf(`file:///w/editorials/2025/ed-${i}.md`)]++;
    assert.ok(Math.max(...counts) < 3 * (3000 / SHARDS), `at most ${Math.max(...counts)} in one shard`);
    assert.equal(shardOf(record.uri), shardOf(record.uri));
    const a = { uri: 'a', mtime: 1, size: 2, hash: 3 };
    const b = { uri: 'b', mtime: 1, size: 2, hash: 3 };
    assert.equal(shardSignature([a, b]), shardSignature([b, a]), 'order does not matter');
    assert.notEqual(shardSignature([a, b]), shardSignature([a, { ...b, mtime: 2 }]));
    assert.notEqual(shardSignature([a]), shardSignature([a, b]));
    assert.equal(shardSignature([]), 0);
  });

  it('splits a large shard in linear time (1 MB of short lines)', () => {
    const header = JSON.stringify({ upscEditorialIndex: INDEX_FORMAT, fingerprint: FP, count: 0 });
    const big = header + '\n' + 'x\n'.repeat(500_000);
    const lines = shardLines(big, FP);
    assert.equal(lines?.length, 500_000);
  });
});

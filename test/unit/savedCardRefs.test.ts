// Card refs kept between sessions: the shard format, and packed refs made back from what was kept.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cardId, kindOfId } from '../../src/core/revision/cards/card';
import { editorialCards } from '../../src/core/revision/cards/editorialCards';
import { PackedRefs } from '../../src/core/revision/cards/editorialCardRefs';
import {
  CARD_REF_SHARDS, cardRefShardOf, cardRefShardSignature, cardRefShardText, cardRefsFingerprint, parseCardRefShard, type SavedCardRefs,
} from '../../src/core/revision/cards/savedCardRefs';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'editorials', 'indo-us-editorial.md'), 'utf8');
const URI = 'file:///w/editorials/indo-us.md';
const cards = editorialCards(URI, parseEditorial(SAMPLE), () => []);

describe('saved card refs: what a session keeps of the library\'s cards', () => {
  it('makes the same refs back from the kept ids and lines', () => {
    assert.ok(cards.length > 20);
    const packed = PackedRefs.of(cards);
    const saved = packed.toSaved()!;
    const back = PackedRefs.fromSaved(URI, JSON.parse(JSON.stringify(saved)))!;
    assert.equal(back.length, packed.length);
    for (let k = 0; k < packed.length; k++) assert.deepEqual(back.at(k), packed.at(k));
    // Refs that do not fit the packing (a term id) are not kept.
    assert.equal(PackedRefs.of([{ id: 't-1', kind: 'term', termId: 'quad', source: { uri: URI, line: 0 } }]).toSaved(), undefined);
  });

  it('reads a kind from each id, and takes nothing that is not ids and lines', () => {
    assert.equal(kindOfId(cardId('cloze', ['a'])), 'cloze');
    assert.equal(kindOfId(cardId('faq', ['a'])), 'faq');
    for (const id of ['', 'x-1', 'p', 'pp-1']) assert.equal(kindOfId(id), undefined, id);
    const ids = cards.slice(0, 3).map(c => c.id);
    for (const bad of [
      { ids, lines: [1, 2] },
      { ids: [...ids.slice(0, 2), 'no id'], lines: [1, 2, 3] },
      { ids, lines: [1, 2, -1] },
      { ids, lines: [1, 2, 1.5] },
      { ids, lines: [1, 2, '3'] },
      { ids: [...ids.slice(0, 2), 7], lines: [1, 2, 3] },
      { ids: 'p-1', lines: [1] },
    ]) assert.equal(PackedRefs.fromSaved(URI, bad as never), undefined, JSON.stringify(bad));
  });

  it('reads back its shards, only those of the same fingerprint, and skips a damaged line', () => {
    const fp = cardRefsFingerprint('1.0.0', 'glossary-1', cards.map(c => c.id));
    const records: SavedCardRefs[] = [
      { uri: URI, hash: 42, ...PackedRefs.of(cards).toSaved()! },
      { uri: 'file:///w/editorials/b.md', hash: 7, ids: [], lines: [] },
    ];
    const text = cardRefShardText(fp, records);
    assert.deepEqual(parseCardRefShard(text, fp), records);
    assert.equal(parseCardRefShard(text, cardRefsFingerprint('1.0.0', 'glossary-2', cards.map(c => c.id))), undefined, 'other terms');
    assert.equal(parseCardRefShard(text, cardRefsFingerprint('1.0.0', 'glossary-1', cards.slice(1).map(c => c.id))), undefined, 'another card maker');
    assert.equal(parseCardRefShard('', fp), undefined);
    assert.equal(parseCardRefShard('{"upscCardRefs":0,"fingerprint":"' + fp + '"}\n', fp), undefined, 'another format');
    const lines = text.split('\n');
    const damaged = [lines[0], lines[1].slice(0, 40), '{"uri":1}', '[]', lines[2]].join('\n');
    assert.deepEqual(parseCardRefShard(damaged, fp), [records[1]]);
  });

  it('spreads records over the shards, and signs what a shard holds', () => {
    const shards = new Set(Array.from({ length: 500 }, (_, k) => cardRefShardOf(`file:///w/e-${k}.md`)));
    assert.equal(shards.size, CARD_REF_SHARDS);
    const a = { uri: 'a', hash: 1 };
    const b = { uri: 'b', hash: 2 };
    assert.equal(cardRefShardSignature('f', [a, b]), cardRefShardSignature('f', [b, a]));
    assert.notEqual(cardRefShardSignature('f', [a, b]), cardRefShardSignature('f', [a, { ...b, hash: 3 }]));
    assert.notEqual(cardRefShardSignature('f', [a]), cardRefShardSignature('g', [a]));
    assert.equal(cardRefShardSignature('f', []), 0);
  });
});

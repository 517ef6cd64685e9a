import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ankiTag, cardTags, ExportRow, parseDelimited, toAnkiText, toCsv } from '../../src/core/revision/ankiExport';
import { editorialCards } from '../../src/core/revision/cards/editorialCards';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { renderMarkdown } from '../../src/core/shared/markdown/engine';

const SAMPLE = path.join(__dirname, '../../../data/editorials/indo-us-editorial.md');

describe('Anki export', () => {
  it('writes the sample\'s cards in Anki\'s documented text format, and they read back whole', () => {
    const cards = editorialCards('file:///w/editorials/indo-us.md', parseEditorial(fs.readFileSync(SAMPLE, 'utf8')));
    assert.ok(cards.length > 30);
    const rows: ExportRow[] = cards.map(c => ({ id: c.id, front: renderMarkdown(c.front), back: renderMarkdown(c.back), tags: cardTags(c, { paper: 'GS2', tags: ['International Relations'] }) }));
    const text = toAnkiText(rows);
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(0, 6), ['#separator:tab', '#html:true', '#deck:UPSC Editorials', '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4']);
    const read = parseDelimited(text, '\t');
    assert.equal(read.length, cards.length, 'one row per card: no field split a row');
    read.forEach((row, i) => {
      assert.equal(row.length, 4);
      assert.equal(row[0], `upsc-${cards[i].id}`);
      assert.equal(row[1], rows[i].front.replace(/\n/g, ' ').trim());
      assert.equal(row[2], rows[i].back.replace(/\n/g, ' ').trim());
      assert.ok(row[3].split(' ').includes('upsc::gs2') && row[3].split(' ').includes('upsc::tag::International_Relations'), row[3]);
      assert.ok(!/\s/.test(row[3].replace(/ /g, '')), 'tags hold no white space of their own');
    });
  });

  it('keeps tabs, quotes, commas and line breaks inside a field, in both formats', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'क', '\t', '"', ',', '\n', '\r', ' ', '#', '<br>') , maxLength: 40 });
    fc.assert(fc.property(fc.array(fc.record({ front: field, back: field }), { minLength: 1, maxLength: 8 }), cards => {
      const rows = cards.map((c, i) => ({ id: `id${i}`, front: c.front, back: c.back, tags: ['upsc'] }));
      const csv = parseDelimited(toCsv(rows), ',');
      assert.deepEqual(csv[0], ['Id', 'Front', 'Back', 'Tags']);
      assert.deepEqual(csv.slice(1), rows.map(r => [r.id, r.front, r.back, 'upsc']));
      // Anki's fields are HTML: a line break in one is layout and becomes a space.
      const anki = parseDelimited(toAnkiText(rows), '\t');
      assert.deepEqual(anki, rows.map(r => [`upsc-${r.id}`, r.front.replace(/\r?\n/g, ' ').trim(), r.back.replace(/\r?\n/g, ' ').trim(), 'upsc']));
    }), { numRuns: 500, seed: 7 });
  });

  it('makes tags Anki can hold: no spaces, no quotes, no empty level', () => {
    assert.equal(ankiTag('  Science and Technology '), 'Science_and_Technology');
    assert.equal(ankiTag('"GS" Paper 2'), 'GS_Paper_2');
    const tags = cardTags({ id: 'x', kind: 'term', front: '', back: '', category: 'Space' }, { tags: ['  '], syllabus: ['gs3.science'] });
    assert.deepEqual(tags, ['upsc', 'upsc::term', 'upsc::term::Space', 'upsc::syllabus::gs3.science']);
  });
});

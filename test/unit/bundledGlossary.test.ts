// The bundled glossary as a whole: every part is loaded, every entry validates and is complete
// (a Hindi name, a source note saying where its facts can be checked, web sources), and no name or
// alias stands for two entries (the matcher would pick one at random from the student's view).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseGlossaryJson, GlossaryTerm, termId } from '../../src/core/glossary/entries';
import { BUNDLED_GLOSSARIES } from '../../src/services/bundledData';

const DATA = path.join(__dirname, '../../../data');
const parts = fs.readdirSync(DATA).filter(f => /^glossary.*\.json$/.test(f) && !f.includes('schema'));

function load(): GlossaryTerm[] {
  return parts.flatMap(f => {
    const r = parseGlossaryJson(fs.readFileSync(path.join(DATA, f), 'utf8'), f);
    assert.deepEqual(r.problems, [], f);
    return r.terms;
  });
}

describe('bundled glossary', () => {
  it('loads every part that data/ holds', () => {
    assert.deepEqual([...parts].sort(), [...BUNDLED_GLOSSARIES].sort());
  });

  it('has at least 250 entries, each with a Hindi name, a source note and only web sources (http or https)', () => {
    const terms = load();
    assert.ok(terms.length >= 250, `${terms.length} entries`);
    const incomplete = terms.filter(t => !t.hindiName || !/[\u0900-\u097F]/.test(t.hindiName) || !t.sourceNote || t.sourceNote.length < 15);
    assert.deepEqual(incomplete.map(t => t.name), []);
    const badSources = terms.filter(t => t.sources.some(s => !/^https?:\/\/[^\s]+$/.test(s)));
    assert.deepEqual(badSources.map(t => t.name), []);
  });

  it('gives no name, Hindi name or alias to two entries, and every related name resolves', () => {
    const terms = load();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of terms) {
      for (const form of new Set([t.name, ...t.aliases].map(termId))) {
        const other = owner.get(form);
        if (other && other !== t.name) clashes.push(`${form}: ${other} / ${t.name}`);
        owner.set(form, t.name);
      }
    }
    assert.deepEqual(clashes, []);
    const unresolved = terms.flatMap(t => t.related.filter(r => !owner.has(termId(r))).map(r => `${t.name} → ${r}`));
    assert.deepEqual(unresolved, []);
  });
});

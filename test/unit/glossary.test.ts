import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, parseGlossaryJson, parseGlossaryMarkdown } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { EditorialLibrary } from '../../src/core/editorial/library';
import { termToMarkdown } from '../../src/core/glossary/termMarkdown';
import { safeMarkdown } from '../../src/core/shared/markdown/safeMarkdown';
import { carried } from './markdownSafety';

const DATA = path.join(__dirname, '../../../data');
const bundledText = fs.readFileSync(path.join(DATA, 'glossary.json'), 'utf8');
const sampleText = fs.readFileSync(path.join(DATA, 'editorials', 'indo-us-editorial.md'), 'utf8');

function bundledIndex(): { index: GlossaryIndex; library: EditorialLibrary } {
  const library = new EditorialLibrary();
  library.set('file:///sample.md', sampleText, { bundled: true });
  const index = new GlossaryIndex(library);
  index.setSource('bundled:glossary.json', parseGlossaryJson(bundledText, 'bundled:glossary.json').terms, true);
  return { index, library };
}

describe('bundled glossary', () => {
  const { terms, problems } = parseGlossaryJson(bundledText, 'bundled');
  const { index } = bundledIndex();

  it('loads without problems and has at least 50 entries', () => {
    assert.deepEqual(problems, []);
    assert.ok(terms.length >= 50, `${terms.length} entries`);
  });

  it('gives every entry a category, a 1–3 sentence definition, 2–5 facts and a source', () => {
    for (const t of terms) {
      assert.ok(t.category && (CATEGORIES as readonly string[]).includes(t.category), t.name);
      const sentences = t.definition.split(/(?<=[.!?])\s+(?=[A-Z*])/).length;
      assert.ok(sentences >= 1 && sentences <= 3, `${t.name}: ${sentences} sentences`);
      assert.ok(t.facts.length >= 2 && t.facts.length <= 5, `${t.name}: ${t.facts.length} facts`);
      assert.ok(t.sources.length >= 1 && t.sources.every(s => /^https?:\/\//.test(s)), t.name);
    }
  });

  it('resolves every related name to another entry', () => {
    for (const t of terms) for (const r of t.related) assert.ok(index.lookup(r), `${t.name} → ${r}`);
  });

  it('covers all 9 For Prelims terms of the sample, CAATSA included', () => {
    const library = new EditorialLibrary();
    const e = library.set('x', sampleText).editorial;
    for (const p of e.prelimsTerms) assert.ok(index.lookup(p.text), p.text);
  });

  it('covers the terms the sample body names', () => {
    const named = ['Major Defense Partner (MDP)', 'STA-1', 'Autonomous Systems Industry Alliance (ASIA)', 'Javelin', 'Stryker',
      'Bilateral Trade Agreement (BTA)', 'U.S.-India TRUST', 'INDUS-X', 'INDUS Innovation', 'Quad', 'I2U2', 'IPEF', 'IMEC', 'G20', 'FATF',
      'Global Biofuels Alliance', 'Artemis Accords', 'Gaganyaan', 'NISAR', 'AXIOM mission-4', 'International Space Station',
      'International Energy Agency', 'US-India Civil Nuclear Agreement', 'CLNDA', 'Digital Personal Data Protection Act', 'UNSC', 'UNGA',
      'WTO', 'MSP', 'BRICS', 'SCO', 'H-1B', 'Reciprocal Defense Procurement (RDP) agreement', 'SMRs', 'Track 1.5', 'Track 2',
      'Tiger Triumph', 'F-35', 'Combined Maritime Forces', 'Recovery and Processing Initiative', 'India-US Defense Industrial Cooperation Roadmap'];
    const inSample = new Set(index.scan(sampleText).map(m => m.key));
    for (const n of named) {
      const m = index.scan(n)[0];
      assert.ok(m, `"${n}" is a glossary term`);
      assert.ok(inSample.has(m.key), `"${n}" is found in the sample's text`);
    }
    assert.ok(inSample.size >= 55, `${inSample.size} distinct terms in the sample`);
  });

  it('matches MDP, Major Defense Partner and Major Defence Partner to one entry', () => {
    const ids = ['MDP', 'Major Defense Partner', 'Major Defence Partner'].map(n => index.lookup(n)?.id);
    assert.equal(new Set(ids).size, 1);
    assert.equal(ids[0], 'major defense partner');
  });

  it('finds terms in a note, abbreviations only in capitals', () => {
    const note = 'CAATSA sanctions and the NISAR satellite. Asia is a continent; ASIA is an alliance; disco is not SCO.';
    const found = index.scan(note).map(m => note.slice(m.start, m.end));
    assert.deepEqual(found, ['CAATSA sanctions', 'NISAR satellite', 'ASIA', 'SCO']);
  });

  it('lists where a term is mentioned: editorial, section and point', () => {
    const nisar = index.mentions('nisar');
    assert.equal(nisar.length, 1);
    assert.equal(nisar[0].point?.lead, 'Space Collaboration');
    assert.equal(nisar[0].line, 35);
    const caatsa = index.mentions('caatsa');
    assert.equal(caatsa.length, 1, 'CAATSA only in For Prelims still links to the editorial');
    assert.equal(caatsa[0].section, undefined);
    assert.ok(index.mentions('quadrilateral security dialogue').length === 0);
    assert.equal(index.mentions('quad').length, 4);
  });
});

describe('glossary: the matcher built in the background', () => {
  it('is the matcher of the terms as they are when it finishes, even if they changed meanwhile', async () => {
    const { index } = bundledIndex();
    const ready = index.readyMatcher();
    // A user file arrives while the background build is under way.
    index.setSource('file:///my.json', parseGlossaryJson('{ "terms": [ { "name": "Zorbex Accord", "definition": "made up" } ] }', 'file:///my.json').terms);
    const m = await ready;
    assert.deepEqual(m.scan('the Zorbex Accord and CAATSA').map(x => x.pattern), ['Zorbex Accord', 'CAATSA']);
    assert.equal(index.matcher(), m, 'kept for later calls');
    assert.equal(await index.readyMatcher(), m);
  });
});

describe('glossary files', () => {
  it('reports syntax errors with line and column and keeps good entries', () => {
    const text = '{\n  "terms": [\n    { "name": "A", "definition": "a" },\n    { "name": "B" "definition": "b" },\n    { "name": "C", "definition": "c" }\n  ]\n}';
    const r = parseGlossaryJson(text, 'u');
    assert.ok(r.problems.some(p => p.severity === 'error' && p.line === 3 && /syntax/.test(p.message)), JSON.stringify(r.problems));
    assert.ok(r.terms.some(t => t.name === 'A') && r.terms.some(t => t.name === 'C'), 'entries around the error still load');
  });

  it('reports schema errors per entry at their position', () => {
    const text = '{ "terms": [\n { "name": "Good", "definition": "ok", "aliases": ["G"] },\n { "definition": "no name" },\n { "name": "X", "definition": 5 },\n { "name": "Y", "definition": "y", "category": "sports", "colour": 1 },\n "just a string"\n] }';
    const r = parseGlossaryJson(text, 'u');
    assert.deepEqual(r.terms.map(t => t.name), ['Good', 'Y']);
    const at = (re: RegExp) => r.problems.find(p => re.test(p.message));
    assert.equal(at(/missing "name"/)?.line, 2);
    assert.equal(at(/"definition" must be a non-empty string/)?.line, 3);
    assert.equal(at(/Unknown category "sports"/)?.line, 4);
    assert.equal(at(/Unknown property "colour"/)?.line, 4);
    assert.equal(at(/Each term is an object/)?.line, 5);
    assert.equal(r.terms[1].category, 'other');
  });

  it('warns about duplicate names and keeps the first', () => {
    const r = parseGlossaryJson('{"terms":[{"name":"Quad","definition":"one"},\n{"name":"quad","definition":"two"}]}', 'u');
    assert.equal(r.terms.length, 1);
    assert.equal(r.terms[0].definition, 'one');
    assert.equal(r.problems[0].line, 1);
  });

  it('rejects a file without a terms array', () => {
    assert.match(parseGlossaryJson('[1,2]', 'u').problems[0].message, /object/);
    assert.match(parseGlossaryJson('{"items":[]}', 'u').problems[0].message, /Missing "terms"/);
    assert.match(parseGlossaryJson('', 'u').problems[0].message, /syntax/);
  });

  it('reads a markdown glossary of ## headings', () => {
    const r = parseGlossaryMarkdown('# My terms\n\n## Quad\n\nAliases: QSD, Quadrilateral Security Dialogue\n\nCategory: grouping\n\nMy own **definition**.\n\n- Fact one\n- Fact two\n\n## Empty\n\n## NITI Aayog\n\nA think tank.\n', 'file:///g.md');
    assert.deepEqual(r.terms.map(t => [t.name, t.aliases, t.category, t.definition, t.facts, t.origin.line]), [
      ['Quad', ['QSD', 'Quadrilateral Security Dialogue'], 'grouping', 'My own **definition**.', ['Fact one', 'Fact two'], 2],
      ['NITI Aayog', [], undefined, 'A think tank.', [], 15],
    ]);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /"Empty" has no definition/);
  });

  it('lets a user entry override the bundled one of the same name, and removing it restores the bundled', () => {
    const { index } = bundledIndex();
    const bundledDefinition = index.lookup('Quad')!.definition;
    index.setSource('file:///my.glossary.json', parseGlossaryJson('{"terms":[{"name":"quad","definition":"Mine.","aliases":["Quad-4"]}]}', 'file:///my.glossary.json').terms);
    assert.equal(index.lookup('Quad')!.definition, 'Mine.');
    assert.equal(index.lookup('Quad-4')!.definition, 'Mine.');
    assert.equal(index.isBundled(index.lookup('Quad')!), false);
    index.removeSource('file:///my.glossary.json');
    assert.equal(index.lookup('Quad')!.definition, bundledDefinition);
  });
});

describe('term markdown is inert', () => {
  it('drops command, javascript and data links and images, and escapes HTML', () => {
    const out = safeMarkdown('See [run](command:workbench.action.terminal.new) and [x](javascript:alert(1)) and ![i](data:image/png;base64,AA) <img src=x onerror=alert(1)> [ok](https://example.org)\n\n[r]: command:evil');
    assert.deepEqual(carried(out), { images: 0, html: [], badLinks: [] }, out);
    assert.match(out, /\[ok\]\(https:\/\/example\.org\)/);
  });

  it('renders a term with facts, mentions and related links made by the caller', () => {
    const quad = { id: 'q', name: 'Quad', aliases: ['QSD'], category: 'grouping', definition: 'Four <b>nations</b>.', facts: ['Since 2007.'], related: [], sources: [], origin: { uri: 'u', line: 0 } };
    const ipef = { ...quad, id: 'ipef', name: 'IPEF', aliases: [] };
    const md = termToMarkdown(quad, { related: [ipef] }, undefined, { term: t => `command:upscEditorials.showTerm?%5B%22${t.id}%22%5D` });
    assert.equal(md, '**Quad** · *grouping*\n\n*Also:* QSD\n\nFour \\<b\\>nations\\</b\\>.\n\n- Since 2007.\n\n**Related:** [IPEF](command:upscEditorials.showTerm?%5B%22ipef%22%5D)');
  });
});

describe('glossary: exactCase', () => {
  const json = JSON.stringify({ terms: [{ name: 'Space agency', definition: 'An agency.', aliases: ['IN-SPACe', 'Other'], exactCase: ['IN-SPACe', 'Missing'] }] });

  it('matches listed spellings only in exactly that case, and warns about names it does not have', () => {
    const result = parseGlossaryJson(json, 'file:///g.json');
    assert.deepEqual(result.terms[0].exactCase, ['IN-SPACe', 'Missing']);
    assert.deepEqual(result.problems.map(p => p.message), ['"exactCase" lists "Missing", which is not the name or an alias of "Space agency".']);
    const index = new GlossaryIndex(new EditorialLibrary());
    index.setSource('file:///g.json', result.terms);
    assert.deepEqual(index.scan('IN-SPACe authorised it').map(m => m.key), ['space agency']);
    assert.deepEqual(index.scan('a probe in space, IN-SPACE, In-Space').map(m => m.key), []);
    assert.deepEqual(index.scan('other OTHER').map(m => m.key), ['space agency', 'space agency']);
  });
});

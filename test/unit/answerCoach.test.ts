import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { answerStructure, dimensionCoverage, dimensionsOf, factLines, unusedNoteFacts } from '../../src/core/practice/answerCoach';
import { directiveOf } from '../../src/core/practice/directives';
import { answerOf, answerScaffold } from '../../src/core/practice/answerCheck';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';

const SAMPLE = parseEditorial(fs.readFileSync(path.join(__dirname, '../../../data/editorials/indo-us-editorial.md'), 'utf8'));
const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

describe('answer coach: the directive', () => {
  it('reads the directive the question names first, in English and Hindi', () => {
    assert.equal(directiveOf(SAMPLE.mainsQuestion!)?.word, 'discuss', 'the sample: "Discuss …, highlighting …"');
    assert.equal(directiveOf('Critically examine the role of the Finance Commission.')?.word, 'critically examine');
    assert.equal(directiveOf('To what extent has the Act met its aims?')?.word, 'to what extent');
    assert.equal(directiveOf('भारत-अमेरिका संबंधों की चर्चा कीजिये।')?.word, 'discuss');
    assert.equal(directiveOf('एफपीओ की भूमिका का आलोचनात्मक परीक्षण कीजिये।')?.word, 'critically examine');
    assert.equal(directiveOf('Listen to the enlisted commentators.'), undefined, 'whole words only');
    assert.ok(directiveOf('Analyse the causes.')?.asksHi.match(/[\u0900-\u097F]/), 'says what it asks in Hindi too');
  });
});

describe('answer coach: the structure', () => {
  it('splits an answer written in the scaffold by its headings', () => {
    const answer = answerOf(answerScaffold(SAMPLE.mainsQuestion!, SAMPLE, 15)
      .replace('## Introduction\n', `## Introduction\n\n${words(15)}\n`)
      .replace('## Conclusion\n', `## Conclusion\n\n${words(10)}\n`)
      .replace(/(## [^\n]*Cooperation[^\n]*\n)/, `$1\n${words(75)}\n`));
    const s = answerStructure(answer);
    assert.deepEqual([s.intro, s.body, s.conclusion], [15, 75, 10]);
    assert.deepEqual(s.percent, { intro: 15, body: 75, conclusion: 10 });
    assert.deepEqual(s.advice, []);
  });

  it('takes the first and last paragraphs without headings, and says what is off', () => {
    const s = answerStructure(`${words(40)}\n\n${words(50)}\n\n${words(2)}\n`);
    assert.deepEqual([s.intro, s.body, s.conclusion], [40, 50, 2]);
    assert.deepEqual(s.advice, ['intro-long', 'conclusion-short']);
    assert.deepEqual(answerStructure(`${words(60)}\n`).advice, ['no-intro', 'no-conclusion']);
    assert.deepEqual(answerStructure('').advice, [], 'nothing to say about an empty answer');
  });
});

describe('answer coach: dimensions and notes', () => {
  it('finds the sample\'s dimensions and which an answer leaves out', () => {
    const editorial = SAMPLE.sections.flatMap(s => s.points.map(p => p.plain)).join('\n');
    const found = dimensionsOf(editorial, 3);
    for (const id of ['economic', 'security', 'international', 'technological']) assert.ok(found.has(id), `${id} in ${[...found.keys()]}`);
    const d = dimensionCoverage(editorial, 'Trade and investment have grown; the defence partnership and the Quad give it a strategic edge.');
    assert.ok(d.covered.includes('economic') && d.covered.includes('security'), JSON.stringify(d));
    assert.ok(d.missed.includes('technological'), JSON.stringify(d));
  });

  it('reads Hindi dimension words', () => {
    assert.ok(dimensionsOf('किसानों की आय और बाज़ार तक पहुँच, व्यापार और निवेश', 2).has('economic'));
  });

  it('offers facts from the notes on the editorial\'s terms that the answer does not use', () => {
    const notes: [string, ReturnType<typeof factLines>][] = [['file:///n/quad.md', factLines('# Quad\n\n- The Quad held its first leaders\' summit in 2021.\n- Quad is a grouping.\n- Unrelated line with 2023 and nothing else.\n- CAATSA was passed by the US Congress in 2017.\n')]];
    const facts = unusedNoteFacts(notes, ['Quad', 'CAATSA'], 'The Quad is an informal grouping of four democracies.');
    assert.deepEqual(facts.map(f => f.line), [2, 5]);
    assert.equal(unusedNoteFacts(notes, ['Quad', 'CAATSA'], 'CAATSA was passed by the US Congress in 2017 and the Quad held its first leaders summit in 2021.').length, 0, 'used facts are not offered');
  });

  it('stays linear on hostile input (1 MB)', () => {
    const big = '<!--'.repeat(250_000);
    assert.equal(answerStructure(big).body, 0);
    assert.ok(dimensionsOf('trade investment '.repeat(60_000)).has('economic'));
    assert.equal(unusedNoteFacts([['n', factLines('The Quad summit met in 2021\n'.repeat(40_000))]], ['Quad'], 'x').length, 8);
    assert.equal(directiveOf('list'.repeat(250_000)), undefined);
  });
});

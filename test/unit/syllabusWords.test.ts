// Words as the syllabus matcher compares them, and the keyword scan.
import * as assert from 'node:assert/strict';
import { KeywordIndex } from '../../src/core/syllabus/keywordIndex';
import { parseSyllabus } from '../../src/core/syllabus/tree';
import { phraseKey, stemWord, wordsOf } from '../../src/core/syllabus/words';

describe('syllabus words', () => {
  it('meets plural and singular forms in English', () => {
    assert.equal(phraseKey('Farm Subsidies'), phraseKey('farm subsidy'));
    assert.equal(phraseKey('policies'), phraseKey('Policy'));
    assert.equal(phraseKey('Defence forces'), phraseKey('defense force'));
    assert.equal(phraseKey('organisation'), phraseKey('organization'));
    assert.notEqual(stemWord('bus'), stemWord('bu'));
  });

  it('meets Hindi plural and oblique forms, nukta and candrabindu spellings', () => {
    assert.equal(phraseKey('खाद्य तेलों'), phraseKey('खाद्य तेल'));
    assert.equal(phraseKey('सरकारी नीतियाँ'), phraseKey('सरकारी नीति'));
    assert.equal(phraseKey('चुनौतियां'), phraseKey('चुनौती'));
    assert.equal(phraseKey('समस्याएँ'), phraseKey('समस्या'));
    assert.equal(phraseKey('रोज़गार'), phraseKey('रोजगार'));
    assert.equal(phraseKey('महत्त्व'), phraseKey('महत्व'));
    assert.notEqual(phraseKey('में'), phraseKey('म'));
  });

  it('splits on punctuation and drops a possessive s', () => {
    assert.deepEqual(wordsOf("India's farmers, (2019)"), ['india', 'farmer', '2019']);
    assert.deepEqual(wordsOf('केंद्र-राज्य संबंध'), wordsOf('केंद्र राज्य संबंध'));
  });
});

describe('KeywordIndex', () => {
  const { tree } = parseSyllabus(JSON.stringify({ version: 1, papers: [
    { id: 'gs3', exam: 'mains', name: { en: 'GS III', hi: 'तीन' }, children: [
      { id: 'gs3.food', name: { en: 'Food', hi: 'खाद्य' }, keywords: { en: ['food security', 'food'], hi: ['खाद्य सुरक्षा'] } },
      { id: 'gs3.security', name: { en: 'Security', hi: 'सुरक्षा' }, keywords: { en: ['security'], hi: ['सुरक्षा'] } },
    ] },
  ] }));
  const index = new KeywordIndex(tree);

  it('takes the longest phrase at each word, so "food security" is not also "security"', () => {
    assert.deepEqual(index.scan('Food security and border security').map(h => h.node), ['gs3.food', 'gs3.security']);
    assert.deepEqual(index.scan('खाद्य सुरक्षा पर').map(h => h.node), ['gs3.food']);
  });

  it('weighs a phrase above a single word', () => {
    const [phrase] = index.scan('food security');
    const [word] = index.scan('food');
    assert.ok(phrase.weight > word.weight);
  });

  it('reads a long text once, hit by hit, in order', () => {
    const text = 'security and food and '.repeat(5000);
    const hits = index.scan(text);
    assert.equal(hits.length, 10000);
    assert.equal(hits[0].node, 'gs3.security');
  });
});

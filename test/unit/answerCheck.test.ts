import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { answerOf, answerScaffold, answerWordCount, checkAnswer, contentStems, stem, wordTarget } from '../../src/core/practice/answerCheck';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { glossaryTermFinder } from '../../src/core/revision/cards/card';

const DATA = path.join(__dirname, '../../../data');
const sample = parseEditorial(fs.readFileSync(path.join(DATA, 'editorials', 'indo-us-editorial.md'), 'utf8'));
const glossary = new GlossaryIndex();
glossary.setSource('b', parseGlossaryJson(fs.readFileSync(path.join(DATA, 'glossary.json'), 'utf8'), 'b').terms, true);
const findTerms = glossaryTermFinder(glossary);

/**
 * A ~200-word answer to the sample's mains question, written for this test. It deliberately
 * covers defence, trade, space, visas and civil nuclear cooperation, and leaves out energy,
 * education/diaspora, digital trade and the groupings other than the Quad.
 */
const ANSWER = `India-US relations have moved from estrangement to a comprehensive global strategic partnership, yet friction over trade and autonomy persists. The February 2024 summit in Washington reaffirmed this momentum despite global uncertainty.

## Areas of Cooperation

- Defense and security cooperation has deepened: India is a Major Defense Partner, holds STA-1 status and co-produces equipment with American firms.
- Trade and investment ties are growing, with both sides aiming for $500 billion in bilateral trade by 2030 through a Bilateral Trade Agreement.
- Space collaboration is visible in the NISAR satellite and India's entry into the Artemis Accords.

## Challenges

- Trade disputes and tariff barriers remain: the goods trade deficit and tariffs on steel have led to retaliation.
- Visa and immigration restrictions on the H-1B programme hurt Indian professionals.
- Civil nuclear cooperation lacks progress because of the liability law, the CLNDA.

## Way Forward

To address trade imbalances, both nations should conclude the trade agreement quickly, cut tariffs on agricultural goods and ease market access for exports. Strategic ties can be strengthened through the Quad, joint naval exercises and corridors such as IMEC, while Track 2 dialogues keep differences manageable.

## Conclusion

Managing trade frictions while pursuing shared goals in technology and security will let the partnership mature into a durable anchor of the Indo-Pacific order.
`;

describe('answer check: word targets', () => {
  it('follows the UPSC convention: 10 marks → 150 words, 15 → 250, default 250', () => {
    assert.equal(wordTarget(10), 150);
    assert.equal(wordTarget(15), 250);
    assert.equal(wordTarget(), 250);
    assert.equal(wordTarget(Number.NaN), 250);
    assert.equal(wordTarget(0), 250);
    assert.equal(wordTarget(5), 150);
    assert.equal(wordTarget(12.5), 250);
    assert.equal(wordTarget(20), 350);
  });
});

describe('answer check: words', () => {
  it('stems plurals, -ing, -ed and British spellings together', () => {
    for (const group of [['barrier', 'barriers'], ['strengthen', 'strengthening', 'strengthens'], ['dispute', 'disputes', 'disputed'],
      ['policy', 'policies'], ['defence', 'defense'], ['localisation', 'localization'], ['programme', 'program'], ["India's", 'india']]) {
      assert.equal(new Set(group.map(stem)).size, 1, group.join(', '));
    }
    assert.notEqual(stem('progress'), stem('progres'));
  });

  it('keeps content words only, hyphenated words split', () => {
    assert.deepEqual(contentStems('Strengthening Defense Co-Development and Industrial Collaboration'), ['strengthen', 'defens', 'development', 'industrial', 'collaboration']);
    assert.deepEqual(contentStems('People-to-People and Educational Ties'), ['peopl', 'educational', 'tie']);
  });
});

describe('answer check: coverage of the sample', () => {
  const coverage = checkAnswer(ANSWER, sample, findTerms);
  const covered = coverage.coveredPoints.map(p => p.lead);
  const missed = coverage.missedPoints.map(p => p.lead);

  it('counts the answer\'s words (headings not counted) against 250', () => {
    assert.equal(coverage.target, 250);
    assert.ok(coverage.wordCount >= 190 && coverage.wordCount <= 215, String(coverage.wordCount));
    const withoutHeadings = ANSWER.split('\n').filter(l => !l.startsWith('#')).join('\n');
    assert.equal(checkAnswer(withoutHeadings, sample, findTerms).wordCount, coverage.wordCount);
    assert.equal(checkAnswer('Five words in this answer.', sample, findTerms).wordCount, 5);
  });

  it('sorts every lead point into covered or missed, with its line', () => {
    const leads = sample.sections.filter(s => ['cooperation', 'issues', 'measures', 'groupings'].includes(s.kind)).flatMap(s => s.points.filter(p => p.lead));
    assert.equal(covered.length + missed.length, leads.length);
    for (const p of [...coverage.coveredPoints, ...coverage.missedPoints]) {
      assert.equal(leads.find(l => l.lead === p.lead)?.range.start, p.line, p.lead);
    }
  });

  it('covers the points whose lead words the answer uses', () => {
    for (const lead of [
      'Defense and Security Cooperation', 'Trade and Investment Ties', 'Space Collaboration',
      'Trade Disputes and Tariff Barriers', 'Visa and Immigration Restrictions for Indian Professionals',
      'Lack of Progress on Civil Nuclear Cooperation', 'Addressing Trade Barriers and Expanding Bilateral Agreements',
    ]) assert.ok(covered.includes(lead), `${lead} should be covered`);
  });

  it('covers a point by a glossary term only that point mentions', () => {
    // "Track 2 dialogues" → Track 2 diplomacy, named only under this point; its lead words
    // ("resolving", "diplomatic", "engagement") are not in the answer.
    const lead = 'Resolving Bilateral Differences Through Diplomatic Engagement';
    assert.ok(covered.includes(lead));
    const without = checkAnswer(ANSWER.replace('Track 2 dialogues keep', 'talks keep'), sample, findTerms);
    assert.ok(without.missedPoints.some(p => p.lead === lead));
  });

  it('misses the points the answer leaves out', () => {
    for (const lead of [
      'People-to-People and Educational Ties', 'Digital Trade and Data Localization Issues',
      'Reforming Immigration and Mobility Frameworks', 'Strengthening Digital and Data Governance Cooperation',
      'G20', 'Financial Action Task Force (FATF)', 'Global Biofuels Alliance (GBA)',
      // "cooperation" is in 7 of the 30 leads: on its own it does not cover a point.
      'Energy and Climate Cooperation', 'Deepening Energy and Climate Cooperation',
    ]) assert.ok(missed.includes(lead), `${lead} should be missed`);
  });

  it('lists the editorial\'s terms found and not found in the answer', () => {
    for (const t of ['NISAR satellite', 'Artemis Accords', 'India and the United States', 'H-1B visa', 'Civil Liability for Nuclear Damage Act, 2010', 'Quad', 'Major Defense Partner']) {
      assert.ok(coverage.coveredTerms.includes(t), `${t} should be found`);
    }
    for (const t of ['CAATSA', 'Tiger Triumph', 'Gaganyaan', 'F-35 fighter jets', 'International Energy Agency', 'Liquefied Natural Gas', 'G20']) {
      assert.ok(coverage.missedTerms.includes(t), `${t} should be missing`);
    }
    // Prelims terms first, in their order; no term twice (NISAR is prelims and glossary).
    assert.deepEqual(coverage.coveredTerms.slice(0, 3), ['India and the United States', 'NISAR satellite', 'Artemis Accords']);
    const all = [...coverage.coveredTerms, ...coverage.missedTerms];
    assert.equal(new Set(all).size, all.length);
    assert.ok(!all.includes('NISAR'));
  });

  it('finds a prelims term that is not in the glossary by its name', () => {
    assert.ok(checkAnswer('Sanctions under CAATSA loom.', sample, () => []).coveredTerms.includes('CAATSA'));
    assert.ok(checkAnswer('Sanctions loom.', sample, () => []).missedTerms.includes('CAATSA'));
  });

  it('covers nothing in an empty answer', () => {
    const empty = checkAnswer('', sample, findTerms);
    assert.equal(empty.wordCount, 0);
    assert.equal(empty.coveredPoints.length, 0);
    assert.equal(empty.coveredTerms.length, 0);
  });
});

describe('answer check: scaffold', () => {
  const scaffold = answerScaffold(sample.mainsQuestion!, sample, 15);

  it('has the question, the word target and the headings in order', () => {
    assert.ok(scaffold.includes(sample.mainsQuestion!));
    assert.ok(scaffold.includes('about 250 words (15 marks)'));
    const headings = scaffold.split('\n').filter(l => l.startsWith('## '));
    assert.deepEqual(headings, ['## Introduction', '## Areas of Cooperation', '## Challenges', '## Way Forward', '## Multilateral Groupings', '## Conclusion']);
    assert.ok(answerScaffold('Q?', sample, 10).includes('about 150 words (10 marks)'));
    assert.ok(answerScaffold('Q?', sample).includes('about 250 words.'));
  });

  it('reminds of the editorial\'s points under each heading, hidden in comments', () => {
    assert.match(scaffold, /## Challenges\n\n<!-- From the editorial: Trade Disputes and Tariff Barriers; /);
  });

  it('counts as an empty answer: the scaffold adds no words and covers nothing', () => {
    const c = checkAnswer(scaffold, sample, findTerms);
    assert.equal(c.wordCount, 0);
    assert.deepEqual(c.coveredPoints, []);
    assert.deepEqual(c.coveredTerms, []);
    // Writing into it counts only what is written; marks in front matter set the target.
    const written = `---\nmarks: 10\n---\n\n${scaffold.replace('## Challenges\n', '## Challenges\n\nTrade disputes and tariff barriers persist.\n')}`;
    const w = checkAnswer(written, sample, findTerms);
    assert.equal(w.wordCount, 6);
    assert.equal(w.target, 150);
    assert.deepEqual(w.coveredPoints.map(p => p.lead), ['Trade Disputes and Tariff Barriers']);
  });

  it('uses the section heading for a kind it has no heading for', () => {
    const e = { ...sample, sections: [{ ...sample.sections[0], kind: 'other' as const, heading: 'Why it matters?' }] };
    assert.deepEqual(answerScaffold('Q', e).split('\n').filter(l => l.startsWith('## ')), ['## Introduction', '## Why it matters', '## Conclusion']);
  });
});

describe('answer check: the word count while writing', () => {
  const file = (answer: string) => `---\neditorial: file:///e.md\nmarks: 15\n---\n\n${answerScaffold('Discuss the partnership.', sample, 15).replace('## Introduction\n', `## Introduction\n\n${answer}\n`)}`;

  it('counts nothing in the scaffold alone: its question, headings and comments are not answer', () => {
    assert.equal(answerWordCount(answerOf(file(''))), 0);
  });

  it('counts what the student wrote exactly as the check does', () => {
    const text = file(ANSWER);
    const words = answerWordCount(answerOf(text));
    assert.ok(words > 150 && words < 260, `${words} words`);
    assert.equal(words, checkAnswer(answerOf(text), sample, findTerms).wordCount);
  });
});

describe('answer check: the answer in an answer file', () => {
  it('is everything after the first Introduction heading, a second one included', () => {
    assert.equal(answerOf('---\nmarks: 10\n---\n> Q\n\n## Introduction (2–3 lines)\n\nOne.\n\n## Introduction\n\nTwo.\n'), '\n\nOne.\n\n## Introduction\n\nTwo.\n');
    assert.equal(answerOf('Just text.\n'), 'Just text.\n');
  });
});

// Property-based fuzzing of parseEditorial with a fixed seed, so CI is repeatable: over 100,000
// generated and mutated inputs (random editorial-like markdown, real editorials cut by page breaks
// and damaged, character soup) plus fixed extreme inputs, each checked for the invariants in
// fuzzArbitraries.ts: no exception, ranges inside the file and in order, no word lost, determinism.
// The long run with a random seed is bench/fuzzLong.ts.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { MAX_POINT_DEPTH } from '../../src/core/editorial/parse/depthCap';
import { checkInvariants, describeInput, expectedWords, extremeInputs, fuzzSuites, loadEditorials, outputWords } from './fuzzArbitraries';

const SEED = 20240217;
/** Many-line extreme files in CI; the long run uses 1 MB. Single lines are 1 MB in both. */
const CI_FILE_SIZE = 60_000;

describe('parseEditorial fuzz: invariants on generated and mutated inputs (fixed seed)', () => {
  const editorials = loadEditorials();
  const suites = fuzzSuites(editorials);

  suites.forEach((suite, n) => {
    it(`${suite.name}: ${suite.ciRuns.toLocaleString('en')} inputs`, function () {
      this.timeout(120_000);
      fc.assert(fc.property(suite.arbitrary, text => checkInvariants(text)), { seed: SEED + n, numRuns: suite.ciRuns });
    });
  });

  it('extreme inputs: empty, 10,000-deep nesting, 1 MB lines, big files', function () {
    this.timeout(120_000);
    for (const { name, text } of extremeInputs(editorials[0], CI_FILE_SIZE)) {
      try {
        checkInvariants(text);
      } catch (err) {
        assert.fail(`${name}: ${(err as Error).message}\ninput: ${describeInput(text)}`);
      }
    }
  });

  it('runs at least 100,000 inputs in all', () => {
    assert.ok(suites.reduce((sum, s) => sum + s.ciRuns, 0) >= 100_000);
  });
});

describe('parseEditorial fuzz: regressions for the bugs it found', () => {
  const head = '## T\n\n## Issues\n\n';
  const words = (text: string) => [...expectedWords(text)].filter(([, n]) => n > 0).map(([w]) => w).sort();

  it('does not throw on more than ~125,000 demoted bullets, quoted blocks or tokens (no push(...)/Math.max(...))', function () {
    this.timeout(60_000);
    // Each passed an array of over 125,000 elements as call arguments and overflowed the stack.
    assert.equal(parseEditorial(head + '- **A:** b.\n' + '- C\n'.repeat(130_000)).sections[0].points[0].children.length, 130_000);
    assert.equal(parseEditorial(head + '>A\n>\n'.repeat(130_000)).sections[0].paragraphs.length, 130_000);
    assert.ok(parseEditorial(head + '- **A:** b\n\n' + 'c **d** '.repeat(45_000)).sections[0].points[0].plain.endsWith('c d'));
  });

  it('runs in linear time on inputs that took quadratic time', function () {
    this.timeout(60_000);
    const cases: [string, string, (e: ReturnType<typeof parseEditorial>) => boolean][] = [
      // The joined text was re-read at every join (minutes for 1 MB of fragments).
      ['40,000 fragments', head + '- a\n'.repeat(40_000), e => e.repairs.length === 39_999],
      // Glued links are one term: testing the end of the growing term at each link must not copy it.
      ['80,000 glued prelims links', '## T\n\n**For Prelims:** ' + '[a](#)'.repeat(80_000), e => e.prelimsTerms[0].text.length === 80_000],
      // The source patterns backtracked from every opening quote / "published in" to the end.
      ['a source line of 40,000 unclosed quotes', '## T\n\n*This editorial is based on ' + '“ab '.repeat(40_000) + '*', e => !!e.source],
      ['a source line of 30,000 "published in"', '## T\n\nThis editorial is based on ' + 'published in X '.repeat(30_000), e => !!e.source],
      // Every question looked its sub-heading up in a reversed copy of all sub-headings.
      ['30,000 PYQ sub-headings', '## T\n\n## PYQ\n\n' + '### Prelims\n\nQ. Which one? (2020)\n\n'.repeat(30_000), e => e.pyqs.length === 30_000],
      // Every options paragraph re-made the question, with a backtracking "(a)…(b)" test.
      ['20,000 options paragraphs', '## T\n\n## PYQ\n\nQ. Which? (2020)\n\n' + '(a) x (a)\n\n'.repeat(20_000), e => e.pyqs.length === 1],
    ];
    // Each took 4 s to minutes before; linear now, as `npm run bench` (bench/hostile.ts) and the
    // long fuzz run (bench/fuzzLong.ts) measure. Here: each is read right.
    for (const [what, text, ok] of cases) assert.ok(ok(parseEditorial(text)), what);
  });

  it('reads a 20,000-deep chain of joined sub-points without overflowing the stack, capped at MAX_POINT_DEPTH with a problem', () => {
    const e = parseEditorial(head + '- a\n  - b\n'.repeat(20_000));
    let depth = 0;
    let last = e.sections[0].points[0];
    for (let p = last; p; p = p.children[p.children.length - 1]) { depth++; last = p; }
    // Level MAX_POINT_DEPTH holds every point below it, in reading order: none is lost.
    assert.equal(depth, MAX_POINT_DEPTH + 1);
    let atCap = e.sections[0].points[0];
    for (let k = 1; k < MAX_POINT_DEPTH; k++) atCap = atCap.children[0];
    assert.equal(atCap.children.length, 20_001 - MAX_POINT_DEPTH);
    assert.ok(atCap.children.every(c => c.children.length === 0));
    const problem = e.problems.find(p => p.code === 'deep-list');
    assert.deepEqual(problem?.args, ['20001', String(MAX_POINT_DEPTH)]);
    assert.equal(problem?.line, 4 + 2 * MAX_POINT_DEPTH - 1);
  });

  it('keeps the first heading as a section when front matter gives a different title', () => {
    const e = parseEditorial('---\ntitle: From Front Matter\n---\n## Conclusion\n\nText.\n');
    assert.equal(e.title, 'From Front Matter');
    assert.deepEqual(e.sections.map(s => s.heading), ['Conclusion']);
    const same = parseEditorial('---\ntitle: Ties\n---\n## **Ties**\n\n## Conclusion\n\nText.\n');
    assert.deepEqual([same.title, same.titleLine, same.sections.map(s => s.heading)], ['Ties', 3, ['Conclusion']]);
  });

  it('keeps bullets before the first section as a "Points" section', () => {
    const e = parseEditorial('- **Early:** point.\n\n## T\n\nIntro.\n\n- **Later:** point.\n\n## Conclusion\n\nText.\n');
    assert.deepEqual(e.sections.map(s => [s.heading, s.range.start, s.range.end]), [['Points', 0, 8], ['Conclusion', 8, 12]]);
    assert.deepEqual(e.sections[0].points.map(p => p.lead), ['Early', 'Later']);
  });

  it('keeps prelims terms that are not links, and every For Prelims/For Mains line', () => {
    const e = parseEditorial('## T\n\n**For Prelims:** [A](#), B, C\nD, [E](#)\n\n**For Prelims:** F\n\n**For Mains:** G\n\n**For Mains:** H\n\n## I\n\n- x');
    assert.deepEqual(e.prelimsTerms, [{ text: 'A', href: '#' }, { text: 'B' }, { text: 'C D' }, { text: 'E', href: '#' }, { text: 'F' }]);
    assert.deepEqual(e.mainsTopics, ['G', 'H']);
    // A link glued to a word is part of it, and a line break inside a link is a space.
    assert.deepEqual(parseEditorial('## T\n\n**For Prelims:** ab[cd](#)e, [f\ng](#)\n').prelimsTerms, [{ text: 'abcde' }, { text: 'f g', href: '#' }]);
  });

  it('keeps line numbers after front matter with a lone CR in it', () => {
    // Blanking the block kept only its \r and \n characters: "\r\u200C\n" became one line break.
    const e = parseEditorial('---\nkey: v\r\u200C\n---\n## T\n\n## Conclusion\n\nText.\n');
    assert.equal(e.lineCount, 10);
    assert.equal(e.sections[0].headingLine, 6);
  });

  it('checks what the word invariant counts', () => {
    // Label words and PYQ sub-headings are excluded; tables (headers too: tables stay tables) and code blocks are counted.
    assert.deepEqual(words('**For Prelims:** a\n\n| H | I |\n|---|---|\n| c | d |\n\n### Prelims\n\n```\ne\n```'), ['H', 'I', 'a', 'c', 'd', 'e']);
    assert.deepEqual([...outputWords(parseEditorial('## T\n\n- **A:** b'))].map(([w]) => w).sort(), ['A', 'Points', 'T', 'b']);
  });

  it('shows entities in image alt text decoded', () => {
    const e = parseEditorial('## T\n\n## Issues\n\n- **A:** ![caf&eacute; *au lait*](x.png) here\n');
    assert.equal(e.sections[0].points[0].plain, 'A: café au lait here');
    assert.equal(e.sections[0].points[0].body, 'café au lait here');
  });

  it('reads a lead split into many bold runs', () => {
    const runs = Array.from({ length: 2000 }, (_, i) => `**w${i}**`).join(' ');
    const e = parseEditorial(`## T\n\n## Issues\n\n- ${runs} **end:** body\n`);
    assert.equal(e.sections[0].points[0].body, 'body');
    assert.ok(e.sections[0].points[0].lead.startsWith('w0 w1 w2') && e.sections[0].points[0].lead.endsWith('w1999 end'));
  });
});

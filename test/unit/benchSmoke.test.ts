// Runs every benchmark of the performance suite (bench/) on tiny inputs and checks the shape and
// sanity of what it reports, so that the suite cannot rot between full runs. No timing assertions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { foldText, NaiveRegexScanner, NpmScanner } from '../../bench/baselines';
import { generateEditorials, generateGlossary, generateNote, repoRoot, toPatterns } from '../../bench/generate';
import { summarize } from '../../bench/measure';
import { markdownTable, resultsJson, rows, scaleCurves, SuiteResults } from '../../bench/report';
import { BENCHMARKS, main, runSuite } from '../../bench/run';
import { SuiteConfig, suiteConfig } from '../../bench/suites';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { TermMatcher } from '../../src/core/glossary/matcher/termMatcher';

const TINY: SuiteConfig = {
  ...suiteConfig(true),
  scan: { terms: 80, noteChars: 20_000, runs: 2, libraryRuns: 1, naiveChars: 3000, naiveRuns: 1 },
  scale: { noteSizes: [5000, 20_000], termCounts: [63, 80], noteForTerms: 10_000, terms: 80 },
  hover: { terms: 80, lines: 200, hovers: 50, scanRuns: 2 },
  keystroke: { terms: 80, noteChars: 20_000, keystrokes: 60, scanRuns: 2 },
  parse: { counts: [3, 6], runs: 1 },
  memory: { editorials: 5, terms: 80 },
  growth: { editorials: [3, 6], terms: 80 },
};

const finite = (x: number | undefined) => typeof x === 'number' && Number.isFinite(x);

describe('bench: generated inputs', () => {
  /** How many entries the bundled glossary has: generated ones come after them. */
  const BUNDLED = (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'data', 'glossary.json'), 'utf8')) as { terms: unknown[] }).terms.length;

  it('are the same for the same seed, and different for another', () => {
    assert.deepEqual(generateGlossary(BUNDLED + 7, 5), generateGlossary(BUNDLED + 7, 5));
    assert.notDeepEqual(generateGlossary(BUNDLED + 7, 5).slice(BUNDLED), generateGlossary(BUNDLED + 7, 6).slice(BUNDLED));
    const g = generateGlossary(70, 5);
    assert.equal(generateNote({ chars: 2000 }, g, 1), generateNote({ chars: 2000 }, g, 1));
    assert.equal(generateEditorials(2, g, 1)[1], generateEditorials(2, g, 1)[1]);
  });

  it('start with the bundled terms and have no duplicate names or aliases', () => {
    const g = generateGlossary(500, 1);
    assert.equal(g.length, 500);
    assert.equal(g[0].name, 'Artemis Accords');
    const texts = g.flatMap(e => [e.name, ...e.aliases]).map(t => t.toLowerCase());
    assert.equal(new Set(texts).size, texts.length);
    assert.ok(g.slice(BUNDLED).some(e => /^[A-Z0-9-]+$/.test(e.name)), 'some abbreviations');
    assert.ok(g.slice(BUNDLED).some(e => e.name.split(' ').length >= 3), 'some multi-word names');
  });

  it('make notes of the asked size that mention terms, and editorials the parser reads fully', () => {
    const g = generateGlossary(100, 1);
    const note = generateNote({ chars: 30_000 }, g, 1);
    assert.equal(note.length, 30_000);
    assert.ok(new TermMatcher(toPatterns(g)).scan(note).length > 50);
    assert.equal(generateNote({ lines: 300 }, g, 1).split('\n').length, 300);
    for (const text of generateEditorials(5, g, 1)) {
      const e = parseEditorial(text);
      assert.ok(e.title && e.source?.date && e.prelimsTerms.length >= 5 && e.mainsTopics.length === 2, e.title);
      assert.deepEqual(e.sections.map(s => s.kind).filter(k => k !== 'other').slice(0, 4), ['cooperation', 'issues', 'measures', 'groupings']);
      assert.ok(e.mainsQuestion && e.pyqs.length >= 1);
    }
  });
});

describe('bench: baselines', () => {
  it('give the same matches as TermMatcher', () => {
    const g = generateGlossary(150, 2);
    const patterns = toPatterns(g);
    const note = generateNote({ chars: 15_000 }, g, 3);
    const expected = new TermMatcher(patterns).scan(note).map(m => [m.start, m.end]);
    for (const scanner of [new NaiveRegexScanner(patterns), new NpmScanner('ahocorasick', patterns), new NpmScanner('modern-ahocorasick', patterns)]) {
      assert.deepEqual(scanner.scan(note).map(m => [m.start, m.end]), expected, scanner.name);
    }
  });

  it('fold text with an offset map back to the original', () => {
    const { folded, map } = foldText('A  B-\nc\n\nD’s');
    assert.equal(folded, "a b c\nd's");
    assert.deepEqual([...map.subarray(0, folded.length)], [0, 1, 3, 4, 6, 7, 9, 10, 11]);
  });

  it('summarize timings as median and nearest-rank p99', () => {
    const s = summarize([5, 1, 3, 2, 4]);
    assert.deepEqual([s.runs, s.median, s.p99, s.min, s.max, s.mean], [5, 3, 5, 1, 5, 3]);
    assert.equal(summarize(Array.from({ length: 200 }, (_, k) => k)).p99, 197);
  });
});

describe('bench: the suite on tiny inputs', function () {
  this.timeout(120_000);
  let results: SuiteResults;

  before(() => {
    results = runSuite(TINY);
  });

  it('measures the term scan against a bare loop, the naive loop and both npm libraries, with the same answers', () => {
    const s = results.scan!;
    assert.equal(s.terms, 80);
    assert.ok(s.bare.mbps > 0 && finite(s.bare.stats.median) && Math.abs(s.bare.share - s.mbps / s.bare.mbps) < 1e-9);
    assert.ok(s.patterns >= 80 && s.noteChars === 20_000 && s.matches > 0);
    assert.ok(s.mbps > 0 && finite(s.stats.median) && s.stats.p99 >= s.stats.median);
    assert.ok(s.naive.mbps > 0 && s.naive.speedup > 0 && s.naive.differences === 0);
    assert.deepEqual(s.libraries.map(l => l.name).sort(), ['ahocorasick', 'modern-ahocorasick']);
    for (const l of s.libraries) assert.ok(l.mbps > 0 && l.rawMbps > 0 && l.differences === 0, l.name);
    assert.ok(s.best.ratio > 0);
  });

  it('draws the scale curves', () => {
    const c = results.scale!;
    assert.deepEqual(c.byNoteSize.map(x => x.chars), [5000, 20_000]);
    assert.deepEqual(c.byTerms.map(x => x.terms), [63, 80]);
    for (const x of [...c.byNoteSize, ...c.byTerms]) assert.ok(x.mbps > 0);
    for (const x of c.byTerms) assert.ok(x.states > 0 && x.buildMs > 0 && x.patterns > 0);
  });

  it('times hovers and keystrokes, and the incremental matches stay exact', () => {
    const h = results.hover!;
    assert.equal(h.stats.runs, 50);
    assert.ok(h.lines === 200 && h.hits >= 0 && h.hits <= 50 && h.scanStats.median > 0);
    const k = results.keystroke!;
    assert.equal(k.stats.runs, 60);
    assert.equal(k.verified, true);
    assert.ok(k.rescanned.median > 0 && k.rescanned.median < k.chars && k.scanStats.median > 0);
  });

  it('parses every editorial against markdown-it', () => {
    const p = results.parse!;
    assert.equal(p.editorials, 6);
    assert.deepEqual(p.curve.map(x => x.editorials), [3, 6]);
    assert.equal(p.parsed.count, 6);
    assert.equal(p.parsed.withFourPointSections, 6);
    assert.equal(p.parsed.withMainsQuestion, 6);
    assert.ok(p.parsed.points > 6 * 4 && p.parsed.pyqs >= 6);
    assert.ok(p.parse.median > 0 && p.markdownIt.median > 0);
  });

  it('measures memory in a child process', () => {
    const m = results.memory!;
    assert.equal(m.error, undefined);
    assert.equal(m.editorials, 5);
    assert.equal(m.terms, 80);
    assert.ok(m.patterns >= 80 && finite(m.addedRssMB) && m.rssBeforeMB > 0 && m.matcherMB > 0);
  });

  it('measures how load time and memory grow with the library, size by size', () => {
    const g = results.growth!;
    assert.deepEqual(g.points.map(p => p.editorials), [3, 6]);
    for (const p of g.points) {
      assert.equal(p.error, undefined);
      assert.ok(p.parseMs! > 0 && p.glossaryMs! > 0 && p.mentionsMs! >= 0 && Math.abs(p.loadMs - (p.parseMs! + p.glossaryMs! + p.mentionsMs!)) < 1e-6);
    }
    const row = rows(results).find(r => r.id === 'growth')!;
    assert.equal(typeof row.values.timeGrowth, 'number');
    assert.match(scaleCurves(results), /Growth with the library/);
  });

  it('reads the bundle size and the activation figures when present', () => {
    assert.equal(results.bundle!.path, 'dist/extension.js');
    if (results.bundle!.bytes !== undefined) assert.ok(results.bundle!.bytes > 0);
    assert.equal(typeof results.activation!.measured, 'boolean');
  });

  it('reports one row per target, a markdown table, the curves and a JSON document', () => {
    const list = rows(results);
    assert.deepEqual(list.map(r => r.id), ['scan', 'hover', 'keystroke', 'parse', 'memory', 'growth', 'bundle', 'activation']);
    for (const r of list) {
      assert.ok(r.what && r.figure && r.baseline && r.ratio && r.target, r.id);
      assert.ok(r.pass === undefined || typeof r.pass === 'boolean');
    }
    const table = markdownTable(list).split('\n');
    assert.equal(table.length, list.length + 2);
    assert.ok(table.every(line => (line.startsWith('| ') && line.endsWith(' |')) || line.startsWith('|---')));
    assert.match(scaleCurves(results), /Scan cost by note size[\s\S]*Parse cost by library size/);
    const json = JSON.parse(JSON.stringify(resultsJson(results, 'quick', new Date(0), 1))) as {
      date: string; machine: { cpu: string; node: string }; rows: unknown[];
    };
    assert.equal(json.date, '1970-01-01T00:00:00.000Z');
    assert.equal(json.machine.node, process.version);
    assert.ok(json.machine.cpu.length > 0);
    assert.equal(json.rows.length, list.length);
  });
});

describe('bench: command line', () => {
  it('writes the results file and the table for the benchmarks asked for', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
    try {
      const lines: string[] = [];
      const out = main(['--quick', '--only', 'bundle,activation', '--out', path.join(dir, 'r.json')], line => lines.push(line));
      const written = JSON.parse(fs.readFileSync(out, 'utf8')) as { mode: string; rows: { id: string }[] };
      assert.equal(written.mode, 'quick');
      assert.deepEqual(written.rows.map(r => r.id), ['bundle', 'activation']);
      assert.ok(lines.some(l => l.startsWith('| what |')));
      assert.ok(BENCHMARKS.includes('keystroke'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

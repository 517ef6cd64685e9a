// The performance suite: `npm run bench` (or `node out/bench/run.js`). Every figure is measured
// against a baseline in the same run, over repeated runs (median and p99). Prints a markdown table
// and the scale curves, and writes bench/results.json.
//   --quick          tiny inputs, a smoke run of every benchmark in a few seconds
//   --only a,b       run only these: scan, scale, hover, keystroke, parse, memory, growth, bundle, activation
//   --out <file>     where to write the JSON (default bench/results.json)
// First: every later require('markdown-it') loads it as the bundles ship it.
import './shippedMarkdownIt';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { machine, markdownTable, resultsJson, rows, scaleCurves, SuiteResults } from './report';
import {
  benchGrowth, benchHover, benchKeystroke, benchMemory, benchParse, benchScale, benchScan, Inputs, readActivation, readBundle, SuiteConfig, suiteConfig,
} from './suites';
import { repoRoot } from './generate';

export const BENCHMARKS = ['scan', 'scale', 'hover', 'keystroke', 'parse', 'memory', 'growth', 'bundle', 'activation'] as const;
export type BenchmarkId = (typeof BENCHMARKS)[number];

/** Runs the selected benchmarks; `log` gets a line as each one finishes. */
export function runSuite(cfg: SuiteConfig, only: readonly BenchmarkId[] = BENCHMARKS, log: (line: string) => void = () => undefined): SuiteResults {
  const inputs = new Inputs(cfg.seed);
  const results: SuiteResults = {};
  const step = <K extends keyof SuiteResults>(id: BenchmarkId & K, fn: () => SuiteResults[K]) => {
    if (!only.includes(id)) return;
    const t0 = Date.now();
    results[id] = fn();
    log(`  ${id} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  // The latency benchmarks first, while the heap is small (the scale curve makes a 10 MB note).
  step('hover', () => benchHover(cfg, inputs));
  step('keystroke', () => benchKeystroke(cfg, inputs));
  step('scan', () => benchScan(cfg, inputs));
  step('scale', () => benchScale(cfg, inputs));
  inputs.dropNotes();
  step('parse', () => benchParse(cfg, inputs));
  step('memory', () => benchMemory(cfg));
  step('growth', () => benchGrowth(cfg));
  step('bundle', () => readBundle());
  step('activation', () => readActivation());
  return results;
}

/** The command line: options as above; `log` gets every line printed. Returns the path written. */
export function main(argv: readonly string[], log: (line: string) => void = line => console.log(line)): string {
  const quick = argv.includes('--quick');
  const onlyArg = argv[argv.indexOf('--only') + 1];
  const only = argv.includes('--only') && onlyArg ? onlyArg.split(',').filter((x): x is BenchmarkId => (BENCHMARKS as readonly string[]).includes(x)) : [...BENCHMARKS];
  const outArg = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
  const out = outArg ? path.resolve(outArg) : path.join(repoRoot(), 'bench', 'results.json');

  const m = machine();
  const started = new Date();
  log(`UPSC Editorial Companion benchmarks (${quick ? 'quick: tiny inputs, figures not comparable to the targets' : 'full'})`);
  log(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}, ${started.toISOString()}`);
  if (m.loadAverage[0] > m.cores * 0.5) {
    log(`Note: load average ${m.loadAverage.map(x => x.toFixed(1)).join(' ')} on ${m.cores} cores: other processes are competing, absolute times will be high (the ratios are measured in the same conditions).`);
  }
  const results = runSuite(suiteConfig(quick), only, log);
  const elapsed = Date.now() - started.getTime();

  log('');
  log(markdownTable(rows(results)));
  log('');
  const curves = scaleCurves(results);
  if (curves) log(curves);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(resultsJson(results, quick ? 'quick' : 'full', started, elapsed), null, 2) + '\n');
  log(`Wrote ${path.relative(process.cwd(), out) || out} (${(elapsed / 1000).toFixed(1)} s)`);
  return out;
}

if (require.main === module) main(process.argv.slice(2));

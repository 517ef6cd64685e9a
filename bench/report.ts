// The results: one row per target (figure, baseline from the same run, ratio, target, pass/fail),
// the scale curves, as a markdown table for stdout/README and as bench/results.json.
import * as os from 'node:os';
import type { Stats } from './measure';
import type {
  ActivationResult, BundleResult, GrowthResult, HoverResult, KeystrokeResult, MemoryResult, ParseResult, ScaleResult, ScanResult,
} from './suites';

export interface Row {
  id: string;
  what: string;
  /** The measured figure, for people. */
  figure: string;
  /** The baseline measured in the same run, for people. */
  baseline: string;
  ratio: string;
  target: string;
  /** undefined: not measured. */
  pass?: boolean;
  /** The numbers behind the row, for machines. */
  values: Record<string, number | string | boolean | undefined>;
}

export interface SuiteResults {
  scan?: ScanResult;
  scale?: ScaleResult;
  hover?: HoverResult;
  keystroke?: KeystrokeResult;
  parse?: ParseResult;
  memory?: MemoryResult;
  growth?: GrowthResult;
  bundle?: BundleResult;
  activation?: ActivationResult;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  platform: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started (other processes competing for the CPU). */
  loadAverage: number[];
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() || 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg(),
  };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3)) + ' ms';
const mbs = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2)) + ' MB/s';
const times = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2)) + '×';
const size = (chars: number) => (chars >= 1e6 ? `${+(chars / 1e6).toFixed(1)} MB` : `${+(chars / 1e3).toFixed(0)} KB`);
const stat = (s: Stats) => `median ${ms(s.median)}, p99 ${ms(s.p99)}`;

export function rows(r: SuiteResults): Row[] {
  const out: Row[] = [];
  if (r.scan) {
    const s = r.scan;
    const libs = s.libraries.map(l => `${l.name} ${mbs(l.mbps)} (raw search alone ${mbs(l.rawMbps)}${l.differences ? `, ${l.differences} matches differ` : ''})`);
    out.push({
      id: 'scan',
      what: `term scan, ${s.terms.toLocaleString('en')} terms (${s.patterns.toLocaleString('en')} patterns), ${size(s.noteChars)} note`,
      figure: `${mbs(s.mbps)} (${stat(s.stats)}; ${s.matches} matches)`,
      baseline: `bare charCodeAt loop ${mbs(s.bare.mbps)} (same note, interleaved runs); naive RegExp loop ${mbs(s.naive.mbps)} on a ${size(s.naive.chars)} slice${s.naive.differences ? ` (${s.naive.differences} matches differ)` : ''}; ${libs.join('; ')}`,
      ratio: `${(100 * s.bare.share).toFixed(0)}% of the bare loop; ${times(s.naive.speedup)} the naive loop (same slice); ${times(s.best.ratio)} ${s.best.name}`,
      target: '≥ 200 MB/s and ≥ 60% of the bare loop, ≥ 20× naive, ≥ 1× best npm library',
      pass: s.mbps >= 200 && s.bare.share >= 0.6 && s.naive.speedup >= 20 && s.best.ratio >= 1,
      values: {
        mbps: s.mbps, medianMs: s.stats.median, p99Ms: s.stats.p99, mbpsAtP99: s.mbpsAtP99, bareMbps: s.bare.mbps, bareShare: s.bare.share, naiveMbps: s.naive.mbps,
        naiveSpeedup: s.naive.speedup, bestLibrary: s.best.name, bestLibraryMbps: s.best.mbps, vsBestLibrary: s.best.ratio,
        ...Object.fromEntries(s.libraries.flatMap(l => [[`${l.name}Mbps`, l.mbps], [`${l.name}RawMbps`, l.rawMbps]])),
        meetsThroughput: s.mbps >= 200, meetsBareShare: s.bare.share >= 0.6, meetsNaive: s.naive.speedup >= 20, meetsLibraries: s.best.ratio >= 1,
      },
    });
  }
  if (r.hover) {
    const h = r.hover;
    out.push({
      id: 'hover',
      what: `hover (matchAt) on a ${h.lines.toLocaleString('en')}-line note (${size(h.chars)}), ${h.terms.toLocaleString('en')} terms`,
      figure: `${stat(h.stats)} over ${h.hovers} hovers (${h.hits} on a term)`,
      baseline: `full scan of the note: ${stat(h.scanStats)}`,
      ratio: `p99 = ${(100 * h.stats.p99 / h.scanStats.median).toFixed(2)}% of a full scan`,
      target: 'p99 < 1 ms',
      pass: h.stats.p99 < 1,
      values: { medianMs: h.stats.median, p99Ms: h.stats.p99, scanMedianMs: h.scanStats.median, ratio: h.stats.p99 / h.scanStats.median },
    });
  }
  if (r.keystroke) {
    const k = r.keystroke;
    out.push({
      id: 'keystroke',
      what: `decoration refresh after one keystroke (DocumentMatches.apply), ${size(k.chars)} note, ${k.terms.toLocaleString('en')} terms`,
      figure: `${stat(k.stats)} over ${k.keystrokes} keystrokes (re-scanned ${Math.round(k.rescanned.median)} chars median, ${Math.round(k.rescanned.max)} max)${k.verified ? '' : '; RESULT DIFFERS FROM A FULL SCAN'}`,
      baseline: `full rescan: ${stat(k.scanStats)}`,
      ratio: `p99 = ${(100 * k.stats.p99 / k.scanStats.median).toFixed(2)}% of a full rescan`,
      target: '< 2 ms (p99), same matches as a full scan',
      pass: k.stats.p99 < 2 && k.verified,
      values: { medianMs: k.stats.median, p99Ms: k.stats.p99, scanMedianMs: k.scanStats.median, rescannedMedian: k.rescanned.median, verified: k.verified },
    });
  }
  if (r.parse) {
    const p = r.parse;
    const ratio = p.parse.median / p.markdownIt.median;
    out.push({
      id: 'parse',
      what: `parse ${p.editorials.toLocaleString('en')} editorials (${size(p.chars)}; ${p.parsed.withFourPointSections} with 4 point sections, ${p.parsed.repairs} page-break repairs)`,
      figure: `${stat(p.parse)} (${ms(p.parse.median / p.editorials)} per editorial)`,
      baseline: `markdown-it parse of the same files, as shipped: ${stat(p.markdownIt)} (its published build: ${stat(p.markdownItPublished)})`,
      ratio: `${times(ratio)} markdown-it`,
      target: '< 1 s total, ≤ 2× markdown-it',
      pass: p.parse.median < 1000 && ratio <= 2,
      values: { medianMs: p.parse.median, p99Ms: p.parse.p99, markdownItMedianMs: p.markdownIt.median, publishedMarkdownItMedianMs: p.markdownItPublished.median, ratio, meetsTotal: p.parse.median < 1000, meetsRatio: ratio <= 2 },
    });
  }
  if (r.memory) {
    const m = r.memory;
    out.push({
      id: 'memory',
      what: `library memory, ${m.editorials.toLocaleString('en')} editorials + ${m.terms.toLocaleString('en')} terms (matcher and "Mentioned in" index built)`,
      figure: m.error ? `failed: ${m.error.split('\n').find(l => /Error/.test(l))?.trim() ?? m.error.slice(0, 160)}` : `+${m.addedRssMB.toFixed(1)} MB RSS (+${m.addedHeapMB.toFixed(1)} MB heap; matcher tables ${m.matcherMB.toFixed(1)} MB; loaded in ${ms(m.loadMs)})`,
      baseline: m.error ? '—' : `process RSS before loading: ${m.rssBeforeMB.toFixed(1)} MB`,
      ratio: m.error ? '—' : `${times(m.rssAfterMB / m.rssBeforeMB)} the RSS before`,
      target: '≤ 150 MB added',
      pass: m.error ? undefined : m.addedRssMB <= 150,
      values: { addedRssMB: m.addedRssMB, addedHeapMB: m.addedHeapMB, rssBeforeMB: m.rssBeforeMB, rssAfterMB: m.rssAfterMB, loadMs: m.loadMs },
    });
  }
  if (r.growth?.points.length) {
    const pts = r.growth.points.filter(p => !p.error);
    const first = pts[0];
    const last = pts[pts.length - 1];
    // Linear growth: the largest library's cost per editorial within 1.5× the smallest's.
    // What grows with the library: parsing and the mention index (the glossary and its matcher are built once).
    const perEditorial = (p: typeof first) => ((p.parseMs ?? p.loadMs) + (p.mentionsMs ?? 0)) / p.editorials;
    const timeGrowth = first && last ? perEditorial(last) / perEditorial(first) : NaN;
    const memGrowth = first && last ? (last.addedHeapMB / last.editorials) / (first.addedHeapMB / first.editorials) : NaN;
    out.push({
      id: 'growth',
      what: `growth with the library, ${r.growth.points.map(p => p.editorials.toLocaleString('en')).join(' / ')} editorials + ${r.growth.terms.toLocaleString('en')} terms (parse, glossary, matcher, "Mentioned in" index; table below)`,
      figure: !last ? 'failed' : `${last.editorials.toLocaleString('en')}: ${ms(last.loadMs)} (parse and mentions ${ms(perEditorial(last))} per editorial), +${last.addedHeapMB.toFixed(0)} MB heap`,
      baseline: first ? `${first.editorials.toLocaleString('en')}: ${ms(perEditorial(first))} and ${(first.addedHeapMB / first.editorials * 1000).toFixed(0)} MB per 1,000 editorials` : '—',
      ratio: Number.isFinite(timeGrowth) ? `per-editorial time ${times(timeGrowth)}, memory ${times(memGrowth)} the smallest library's` : '—',
      target: 'linear: per-editorial time and memory ≤ 1.5× the smallest library\'s',
      pass: Number.isFinite(timeGrowth) && pts.length === r.growth.points.length ? timeGrowth <= 1.5 && memGrowth <= 1.5 : undefined,
      values: { timeGrowth, memGrowth, ...Object.fromEntries(pts.flatMap(p => [[`loadMs${p.editorials}`, p.loadMs], [`addedHeapMB${p.editorials}`, p.addedHeapMB]])) },
    });
  }
  if (r.bundle) {
    const b = r.bundle;
    out.push({
      id: 'bundle',
      what: 'bundle size, dist/extension.js',
      figure: b.bytes === undefined ? 'not built (npm run build)' : `${(b.bytes / 1024).toFixed(1)} KB${b.minified ? ' minified' : ' (not minified: run npm run build)'}`,
      baseline: '—',
      ratio: '—',
      target: '< 300 KB minified',
      pass: b.bytes === undefined ? undefined : b.minified || b.bytes < 300 * 1024 ? b.bytes < 300 * 1024 : undefined,
      values: { bytes: b.bytes, minified: b.minified },
    });
  }
  if (r.activation) {
    const a = r.activation;
    const ratio = a.extension && a.empty ? a.extension.median / a.empty.median : undefined;
    const fig = (f: { median: number; p99?: number }) => `median ${ms(f.median)}${f.p99 !== undefined ? `, p99 ${ms(f.p99)}` : ''}`;
    const parts = [
      a.activateFunction && `activate() itself ${ms(a.activateFunction.median)}`,
      a.moduleLoad && `module load ${ms(a.moduleLoad.median)}`,
      a.date && `measured ${a.date.slice(0, 10)}${a.host ? ` in ${a.host}` : ''}`,
    ].filter(Boolean);
    out.push({
      id: 'activation',
      what: 'activation in the real VS Code host (bench/activation.json)',
      figure: a.measured && a.extension ? `${fig(a.extension)}${parts.length ? ` (${parts.join('; ')})` : ''}` : a.error ?? 'not measured',
      baseline: a.measured && a.empty ? `empty extension: ${fig(a.empty)}` : '—',
      ratio: ratio !== undefined ? `${times(ratio)} an empty extension` : '—',
      target: a.target ?? '—',
      pass: a.measured ? a.pass : undefined,
      values: { medianMs: a.extension?.median, p99Ms: a.extension?.p99, emptyMedianMs: a.empty?.median, ratio },
    });
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(list: readonly Row[]): string {
  const lines = ['| what | figure | baseline (same run) | ratio | target | result |', '|---|---|---|---|---|---|'];
  for (const r of list) {
    const result = r.pass === undefined ? 'not measured' : r.pass ? '**pass**' : '**MISS**';
    lines.push(`| ${[r.what, r.figure, r.baseline, r.ratio, r.target, result].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function scaleCurves(r: SuiteResults): string {
  const parts: string[] = [];
  if (r.scale) {
    const terms = r.scale.byTerms[r.scale.byTerms.length - 1];
    parts.push(`Scan cost by note size (${r.scale.terms.toLocaleString('en')}-term glossary):`, '', '| note | matches | median | p99 | throughput |', '|---|---|---|---|---|');
    for (const x of r.scale.byNoteSize) parts.push(`| ${size(x.chars)} | ${x.matches} | ${ms(x.stats.median)} | ${ms(x.stats.p99)} | ${mbs(x.mbps)} |`);
    parts.push('', `Scan cost by glossary size (a ${terms ? size(terms.noteChars) : ''} note mentioning each glossary's terms):`, '', '| terms | patterns | automaton states | build (median) | scan median | throughput |', '|---|---|---|---|---|---|');
    for (const x of r.scale.byTerms) parts.push(`| ${x.terms.toLocaleString('en')} | ${x.patterns.toLocaleString('en')} | ${x.states.toLocaleString('en')} | ${ms(x.buildMs)} | ${ms(x.stats.median)} | ${mbs(x.mbps)} |`);
    parts.push('');
  }
  if (r.growth?.points.length) {
    parts.push(`Growth with the library (${r.growth.terms.toLocaleString('en')}-term glossary; each size loaded in a fresh process):`, '',
      '| editorials | parse | per editorial | glossary + matcher | mention index | per editorial | heap added | per 1,000 editorials | RSS added |', '|---|---|---|---|---|---|---|---|---|');
    for (const p of r.growth.points) {
      const n = p.editorials;
      parts.push(p.error
        ? `| ${n.toLocaleString('en')} | failed: ${cell(p.error.slice(0, 120))} | | | | | | | |`
        : `| ${n.toLocaleString('en')} | ${ms(p.parseMs ?? NaN)} | ${ms((p.parseMs ?? NaN) / n)} | ${ms(p.glossaryMs ?? NaN)} | ${ms(p.mentionsMs ?? NaN)} | ${ms((p.mentionsMs ?? NaN) / n)} | ${p.addedHeapMB.toFixed(1)} MB | ${(p.addedHeapMB / n * 1000).toFixed(1)} MB | ${p.addedRssMB.toFixed(1)} MB |`);
    }
    parts.push('');
  }
  if (r.parse) {
    parts.push('Parse cost by library size:', '', '| editorials | size | parseEditorial (median) | per editorial | markdown-it as shipped (median) | ratio | markdown-it as published |', '|---|---|---|---|---|---|---|');
    for (const x of r.parse.curve) {
      parts.push(`| ${x.editorials.toLocaleString('en')} | ${size(x.chars)} | ${ms(x.parse.median)} | ${ms(x.parse.median / x.editorials)} | ${ms(x.markdownIt.median)} | ${times(x.parse.median / x.markdownIt.median)} | ${ms(x.markdownItPublished.median)} |`);
    }
    parts.push('');
  }
  return parts.join('\n');
}

export function resultsJson(r: SuiteResults, mode: 'full' | 'quick', started: Date, elapsedMs: number): unknown {
  return {
    suite: 'upsc-editorial-companion bench',
    mode,
    date: started.toISOString(),
    elapsedMs: Math.round(elapsedMs),
    machine: machine(),
    rows: rows(r),
    details: r,
  };
}

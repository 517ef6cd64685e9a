// Child process of the memory benchmark: `node --expose-gc out/bench/memoryChild.js '{"editorials":1000,"terms":10000,"seed":1}'`.
// Loads the editorials and the glossary the way the extension does (EditorialLibrary.set per file,
// parseGlossaryJson + GlossaryIndex, the term matcher and the "Mentioned in" index) and prints, as
// one JSON line, the process RSS and heap before and after (both after full garbage collections).
// Inputs are generated before the first measurement, except the editorial texts, which are made
// one at a time and dropped after parsing, as the extension reads and drops each file.
// First: markdown-it as the bundles ship it (bench/shippedMarkdownIt.ts).
import './shippedMarkdownIt';
import { parseGlossaryJson } from '../src/core/glossary/entries';
import { GlossaryIndex } from '../src/core/glossary/glossaryIndex';
import { EditorialLibrary } from '../src/core/editorial/library';
import { generateEditorial, generateGlossary, glossaryJson, sampleEditorial } from './generate';

const MiB = 1024 * 1024;

function main(): void {
  const args = JSON.parse(process.argv[2] ?? '{}') as { editorials?: number; terms?: number; seed?: number };
  const editorials = args.editorials ?? 1000;
  const terms = args.terms ?? 10_000;
  const seed = args.seed ?? 1;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const collect = () => {
    for (let k = 0; k < 4; k++) gc();
  };

  const entries = generateGlossary(terms, seed);
  const json = glossaryJson(entries);
  // Code loaded and warmed up, as in a running extension: one parse and one matcher, then dropped.
  {
    const warm = new EditorialLibrary();
    warm.set('file:///warm.md', sampleEditorial());
    const index = new GlossaryIndex(warm);
    index.setSource('file:///warm.json', parseGlossaryJson(glossaryJson(entries.slice(0, 63)), 'file:///warm.json').terms, true);
    index.mentions(index.terms()[0]?.id ?? '');
  }
  collect();
  const before = process.memoryUsage();

  // Timed apart: making the texts (not the extension's work), parsing them, the glossary with its
  // matcher, and the "Mentioned in" index over every editorial.
  let parseMs = 0;
  let t = performance.now();
  const library = new EditorialLibrary();
  for (let k = 0; k < editorials; k++) {
    const text = generateEditorial(k, entries, seed + 2);
    t = performance.now();
    library.set(`file:///notes/editorials/editorial-${k}.md`, text);
    parseMs += performance.now() - t;
  }
  t = performance.now();
  const index = new GlossaryIndex(library);
  index.setSource('file:///notes/my.glossary.json', parseGlossaryJson(json, 'file:///notes/my.glossary.json').terms);
  const matcher = index.matcher();
  const glossaryMs = performance.now() - t;
  t = performance.now();
  const mentions = index.mentions(index.terms()[0]?.id ?? '').length;
  const mentionsMs = performance.now() - t;
  const loadMs = parseMs + glossaryMs + mentionsMs;

  collect();
  const after = process.memoryUsage();
  process.stdout.write(JSON.stringify({
    editorials: library.size,
    terms: index.size,
    patterns: matcher.size,
    rssBeforeMB: before.rss / MiB,
    rssAfterMB: after.rss / MiB,
    addedRssMB: (after.rss - before.rss) / MiB,
    addedHeapMB: (after.heapUsed + after.external - before.heapUsed - before.external) / MiB,
    matcherMB: matcher.byteSize / MiB,
    loadMs,
    parseMs,
    glossaryMs,
    mentionsMs,
    mentions,
  }) + '\n');
}

main();

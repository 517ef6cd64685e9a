// `npx tsc -p . && node out/scripts/syllabusMapping.js DIR`: how a folder of real editorial pages
// (.html, .htm, .md, .txt) maps onto the bundled syllabus: per page its tags, the GS papers they
// name, the nodes the editorial gets (with confidence and how) and each section's nodes, then the
// share of pages whose nodes lie in exactly the papers their tags name. Judging each node right or
// wrong is left to the reader: print, read, count. A local tool: CI never runs it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial } from '../src/core/editorial/parse/parseEditorial';
import { importEditorial } from '../src/core/import/importEditorial';
import { mapEditorial, namedPapers } from '../src/core/syllabus/editorialMapping';
import { KeywordIndex } from '../src/core/syllabus/keywordIndex';
import { papersOf, type Assignment } from '../src/core/syllabus/mapping';
import { parseSyllabus } from '../src/core/syllabus/tree';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node out/scripts/syllabusMapping.js DIR');
  process.exit(2);
}
const { tree, problems } = parseSyllabus(fs.readFileSync(path.join(__dirname, '../../data/syllabus.json'), 'utf8'));
if (problems.length) console.log('syllabus problems:', problems);
const index = new KeywordIndex(tree);
const show = (list: readonly Assignment[]) => list.map(a => `${a.node} ${a.confidence.toFixed(2)} (${a.via})`).join('; ');

let agree = 0;
let total = 0;
for (const file of fs.readdirSync(dir).filter(f => /\.(html?|md|txt)$/i.test(f)).sort()) {
  const e = parseEditorial(importEditorial(fs.readFileSync(path.join(dir, file), 'utf8')).markdown);
  const m = mapEditorial(tree, index, e);
  const named = namedPapers(tree, e);
  const got = papersOf(tree, m.nodes).filter(p => p !== 'essay');
  const same = named.length ? [...named].sort().join() === [...got].sort().join() : undefined;
  total++;
  if (same) agree++;
  console.log(`\n== ${file}: ${e.title}`);
  console.log(`   tags: ${e.tags.join(' | ') || '(none)'}`);
  console.log(`   papers named: ${named.join(', ') || '(none)'} → mapped: ${got.join(', ')}${same === undefined ? '' : same ? '  ✓' : '  ✗'}`);
  console.log(`   editorial: ${show(m.nodes)}`);
  e.sections.forEach((s, i) => console.log(`   § ${s.heading.slice(0, 70)} → ${show(m.sections[i])}`));
}
console.log(`\n${agree} of ${total} pages map to exactly the GS papers their tags name (pages without GS tags count as not agreeing).`);

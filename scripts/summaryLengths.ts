// `npm run check:summaries -- FILE|DIR …`: how much of each section its summary keeps, in words
// (the percentage the summaries panel shows), section by section and per file, for editorials
// as a student brings them (.md read as it is; .html, .htm, .txt through the importer). With
// --show, each summary is printed under its line. A local tool to check the summary rule on real
// pages: CI never runs it, the project never needs the files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial } from '../src/core/editorial/parse/parseEditorial';
import { importEditorial } from '../src/core/import/importEditorial';
import { summarizeSection } from '../src/core/summary/summarize';

const args = process.argv.slice(2);
const show = args.includes('--show');
const files = args.filter(a => !a.startsWith('--')).flatMap(a => fs.statSync(a).isDirectory()
  ? fs.readdirSync(a).filter(f => /\.(?:md|html?|txt)$/i.test(f) && !/^readme\.md$/i.test(f)).sort().map(f => path.join(a, f))
  : [a]);
if (!files.length) {
  console.error('usage: npm run check:summaries -- FILE|DIR … [--show]');
  process.exit(2);
}
const pct = (kept: number, total: number) => `${total ? Math.round((100 * kept) / total) : 100}%`.padStart(4);
let allKept = 0;
let allTotal = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const editorial = parseEditorial(/\.md$/i.test(file) ? text : importEditorial(text).markdown);
  console.log(`${path.basename(file)}: ${editorial.title}`);
  let kept = 0;
  let total = 0;
  for (const section of editorial.sections) {
    const s = summarizeSection(section);
    if (s.verbatim) continue;
    kept += s.words.kept;
    total += s.words.total;
    console.log(`  ${pct(s.words.kept, s.words.total)}  ${s.words.kept}/${s.words.total}  [${section.kind}] ${section.heading}`);
    if (show) console.log(s.markdown.replace(/^/gm, '        '));
  }
  console.log(`  ${pct(kept, total)}  ${kept}/${total}  in all\n`);
  allKept += kept;
  allTotal += total;
}
if (files.length > 1) console.log(`${pct(allKept, allTotal)}  ${allKept}/${allTotal} words kept in ${files.length} files`);

// Shared by the property-based fuzz tests of the editorial parser (test/unit/parserFuzz.test.ts, a
// fixed seed in CI) and the long run (bench/fuzzLong.ts, a random seed): input generators, the
// mutations that imitate PDF-to-markdown damage, a set of extreme inputs, and the invariant check.
// Not a *.test.ts file: mocha only loads it through the two files above.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseEditorial, ParsedEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { mergeGluedRuns } from '../../src/core/shared/markdown/renderRules';
import { splitFrontMatter } from '../../src/core/shared/frontMatter';
import type { LineRange, Point } from '../../src/core/editorial/model';
import { afterLabel, VOCABULARIES } from '../../src/core/editorial/vocabulary';

// ---------------------------------------------------------------------------------------------
// Real editorials

/** The repository root, found upwards from this file (out/test/unit when compiled). */
function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'data', 'editorials'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`data/editorials not found above ${__dirname}`);
}

/** Every bundled editorial (data/editorials/*.md), in name order so seeds replay. */
export function loadEditorials(): string[] {
  const dir = path.join(repoRoot(), 'data', 'editorials');
  return fs.readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Unicode pieces

const DEVANAGARI = ['भारत', 'अमेरिका', 'संबंध', 'क्षेत्र', 'हिन्दी', 'सहयोग', '।', '॥', '२०२४', 'कृ', 'ज़', 'ऑ'];
const EMOJI = ['😀', '🇮🇳', '👩🏽‍💻', '❤️', '🏳️‍🌈', '1️⃣', '🧑‍🤝‍🧑'];
const SURROGATE_HALVES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'];
const COMBINING = ['e\u0301', '\u0301', 'a\u0308\u0308\u0308', '\u20DD', 'n\u0303', '\u0345', 'Z\u0351\u0352\u0357'];
const RTL = ['مرحبا', 'الهند', 'שלום', '\u202E', '\u200F', '\u202B', '\u2066', '\u061C', '١٢٣'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD'];
const ODD = ['\u0000', '\u00A0', '\u2028', '\u2029', '\u3000', '\t', '\v', '\f', 'İ', 'ß', 'ﬁ', 'Σ', 'ǅ', '中国', '日本語', 'Ⅻ', '½', '𝔸', '\u0085'];

/** A short piece of awkward Unicode (may contain lone surrogates, controls and bidi marks). */
export const unicodeBit: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...DEVANAGARI),
  fc.constantFrom(...EMOJI),
  fc.constantFrom(...SURROGATE_HALVES),
  fc.constantFrom(...COMBINING),
  fc.constantFrom(...RTL),
  fc.constantFrom(...ZERO_WIDTH),
  fc.constantFrom(...ODD),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
);

const MARKDOWN_CHARS = ['*', '**', '_', '[', ']', '(', ')', '#', '## ', '-', '- ', ':', '>', '> ', '|', '`', '```', '!', '\\', '&', '&amp;', '<', '~', '=', '+', '1. ', '.', ',', ' ', '  ', '    ', '\n', '\n\n', '\r', '\r\n', '\t', 'a', 'B', 'x', '1', 'For Prelims:', 'For Mains:', 'Q.', '(2019)', '---'];

/** Character soup: markdown punctuation, letters, line ends and awkward Unicode. */
export const charSoup: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MARKDOWN_CHARS) }, { weight: 1, arbitrary: unicodeBit }),
  maxLength: 120,
});

// ---------------------------------------------------------------------------------------------
// Random markdown from a small grammar of editorial-like blocks

const WORDS = [
  'India', 'the', 'and', 'of', 'US', 'trade', 'defense', 'cooperation', 'ties', 'Quad', 'technology', 'energy',
  'partnership', 'while', 'with', 'in', 'a', 'to', 'STA-1', '2024', '$500', 'billion', 'India-US', 'IPEF', 'x', 'like',
  'Conclusion', 'Prelims', 'Mains', 'For', 'Q', 'émigré', 'naïve', 'coöperation',
];

const word: fc.Arbitrary<string> = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: unicodeBit });
const words: fc.Arbitrary<string> = fc.array(word, { minLength: 1, maxLength: 5 }).map(ws => ws.join(' '));
const lowerWords: fc.Arbitrary<string> = words.map(w => w.charAt(0).toLowerCase() + w.slice(1));
const ending = fc.constantFrom('', '', '', '.', '.', ',', ':', ';', '?', '।', '…', '.”', ')', ' and');

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 2, arbitrary: words.map(w => `**${w}**`) },
  { weight: 1, arbitrary: words.map(w => `*${w}*`) },
  { weight: 1, arbitrary: words.map(w => `_${w}_`) },
  { weight: 2, arbitrary: fc.tuple(words, fc.constantFrom('#', '#', 'https://example.com/a_b', 'javascript:alert(1)', '')).map(([w, h]) => `[${w}](${h})`) },
  { weight: 1, arbitrary: words.map(w => `\`${w}\``) },
  { weight: 1, arbitrary: words.map(w => `![${w}](img.png)`) },
  { weight: 1, arbitrary: words.map(w => `~~${w}~~`) },
  { weight: 1, arbitrary: words.map(w => `**[${w}](#)**`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('&amp;', '&eacute;', '&#233;', '&#x1F600;', '\\*', '\\_', '\\#', '  \n', '\n', '<b>', '<http://x.y/z>',
      '\\$22', '(2019)', '(a) A (b) B', '**', '*', '[', ']', '`'),
  },
);

const inline: fc.Arbitrary<string> = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), ending)
  .map(([segs, end]) => segs.join(' ') + end);

const lead: fc.Arbitrary<string> = fc.oneof(
  words.map(w => `**${w}:** `),
  words.map(w => `**${w}**: `),
  fc.tuple(words, words).map(([a, b]) => `**${a}** **${b}:** `),
  words.map(w => `**[${w}](#):** `),
);

const headingText = fc.oneof(
  fc.constantFrom(
    'What are the Key Areas of Cooperation Between India and the US?', 'Key Areas of Friction', 'What Measures Can Be Taken?',
    'Way Forward', 'Key Groupings', 'Conclusion', 'Drishti Mains Question', 'Frequently Asked Questions',
    'UPSC Civil Services Examination, Previous Year Question (PYQ)', 'Prelims', 'Mains', 'Challenges', 'Significance',
  ),
  words,
);

const heading: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), headingText, fc.boolean(), fc.constantFrom('', ':', ' :', '?')).map(([l, t, bold, end]) => `${'#'.repeat(l)} ${bold ? `**${t}${end}**` : t + end}`) },
  { weight: 1, arbitrary: fc.tuple(headingText, fc.constantFrom('===', '---', '-')).map(([t, u]) => `${t}\n${u}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom('', ' ', '  #')).map(([l, t]) => `${'#'.repeat(l)}${t}`) },
);

const paragraph: fc.Arbitrary<string> = fc.array(inline, { minLength: 1, maxLength: 2 }).map(ls => ls.join('\n'));

const term = fc.tuple(words, fc.boolean()).map(([w, link]) => (link ? `[${w}](#)` : w));
const prelimsLine = fc.tuple(fc.constantFrom('**For Prelims:** ', '**For Prelims**: ', 'For Prelims - ', 'FOR PRELIMS: ', '*For Prelims:* '), fc.array(term, { maxLength: 6 }), ending)
  .map(([label, ts, end]) => label + ts.join(', ') + end);
const mainsLine = fc.tuple(fc.constantFrom('**For Mains:** ', 'For Mains: ', '**For Mains**: '), fc.array(words, { maxLength: 4 }), ending)
  .map(([label, ts, end]) => label + ts.join(', ') + end);
const sourceLine = fc.tuple(words, fc.constantFrom('The Hindu', 'Hindustan Times', 'the Indian Express', 'मिंट'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1990, max: 2030 }), inline)
  .map(([t, paper, d, m, y, rest]) => `*This editorial is based on “${t}” which was published in ${paper} on ${d}/${m}/${y}. ${rest}*`);
const pyq = fc.oneof(
  fc.tuple(inline, fc.integer({ min: 1900, max: 2099 })).map(([q, y]) => `Q. ${q} (${y})`),
  fc.tuple(words, words).map(([a, b]) => `(a) ${a} (b) ${b} (c) x (d) y`),
  inline.map(q => `Q1: ${q}`),
);

interface ListItem { level: number; text: string }
const listItem: fc.Arbitrary<ListItem> = fc.record({
  level: fc.integer({ min: 0, max: 3 }),
  text: fc.oneof(
    { weight: 3, arbitrary: fc.tuple(lead, inline).map(([l, t]) => l + t) },
    { weight: 3, arbitrary: inline },
    { weight: 1, arbitrary: lowerWords },
    { weight: 1, arbitrary: fc.constantFrom('', '**', '**:**', '[x](#)') },
  ),
});
const list: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('-', '*', '+', '1.', '2)'), fc.array(listItem, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([marker, items, loose]) => items
    .map(it => `${' '.repeat(it.level * (marker.length + 1))}${marker} ${it.text}`)
    .join(loose ? '\n\n' : '\n'));

const cell = fc.oneof(words, inline.map(s => s.replace(/[|\n]/g, ' ')), fc.constant(''));
const table: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .chain(([cols, rows, pipes]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 })
    .map(cells => {
      const row = (cs: string[]) => (pipes ? `| ${cs.join(' | ')} |` : cs.join(' | '));
      return [row(cells[0]), row(cells[0].map(() => '---')), ...cells.slice(1).map(row)].join('\n');
    }));

const code: fc.Arbitrary<string> = fc.oneof(
  paragraph.map(p => '```\n' + p + '\n```'),
  paragraph.map(p => '~~~text\n' + p),
  inline.map(p => '    ' + p),
);

const simpleBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 6, arbitrary: list },
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: prelimsLine },
  { weight: 1, arbitrary: mainsLine },
  { weight: 1, arbitrary: sourceLine },
  { weight: 1, arbitrary: pyq },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '[ref]: http://x.y', '<div>raw html</div>') },
);

const pyqSection: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('## UPSC Civil Services Examination, Previous Year Question (PYQ)', '## PYQs', '### **Previous Year Questions:**'),
  fc.array(fc.oneof(pyq, pyq, fc.constantFrom('### Prelims', '### Mains', '#### **Prelims:**', '### Mains Question'), list), { minLength: 1, maxLength: 5 }),
).map(([h, parts]) => [h, ...parts].join('\n\n'));

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: simpleBlock },
  { weight: 1, arbitrary: pyqSection },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('> ', '>', '> > '), simpleBlock).map(([q, b]) => b.split('\n').map(l => q + l).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(lead, lowerWords, lowerWords).map(([l, a, b]) => `- ${l}${a}\n\n${b}.`) },
);

const FRONT_MATTERS = [
  '---\ntitle: From Front Matter\n---\n',
  '---\r\ntype: editorial\r\ntitle: "Quoted: title"\r\n---\r\n',
  '\uFEFF---\ntitle:\n---\n',
  '---\n---\n',
  '---\nno closing fence\n',
  '--- \ntitle: Strengthening Indo-US Strategic Partnership\n---  \n',
  '---\n: bad\nkey-with-dash: v\ntitle: T\n---',
  '---\ntitle: भारत 😀\ndate: 2024-02-17\n---\n\n',
  '----\ntitle: not front matter\n----\n',
];
export const frontMatter: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FRONT_MATTERS),
  fc.tuple(words, unicodeBit).map(([t, u]) => `---\ntitle: ${t}${u}\n---\n`),
);

/** An editorial-like document: optional front matter and title heading, then blocks. */
export const markdownDoc: fc.Arbitrary<string> = fc.tuple(
  fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: frontMatter }),
  fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: words.map(w => `## ${w}\n\n`) }),
  fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n\n')), { maxLength: 7 }),
).map(([fm, title, blocks]) => fm + title + blocks.map(([b, sep]) => b + sep).join(''));

// ---------------------------------------------------------------------------------------------
// Mutations: page breaks and other damage, applied in order

export type Mutation =
  | { kind: 'cut'; at: number; blanks: number; dedentNext: number }
  | { kind: 'dupBreak'; at: number }
  | { kind: 'deleteMarker'; marker: string; nth: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'eol'; style: '\r\n' | '\r' | 'mixed'; salt: number }
  | { kind: 'bom' }
  | { kind: 'frontMatter'; text: string }
  | { kind: 'line'; op: 'delete' | 'duplicate' | 'indent' | 'dedent'; at: number };

const at = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('cut' as const), at, blanks: fc.integer({ min: 1, max: 4 }), dedentNext: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dupBreak' as const), at }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deleteMarker' as const), marker: fc.constantFrom('- ', '**', '#', ':', '* ', '> ', '|', '  '), nth: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(unicodeBit, fc.constantFrom(...MARKDOWN_CHARS)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), style: fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const), salt: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('frontMatter' as const), text: frontMatter }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('line' as const), op: fc.constantFrom('delete' as const, 'duplicate' as const, 'indent' as const, 'dedent' as const), at }) },
);

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'cut': {
      // A page break: the line is split at a random point, blank lines between the halves, and the
      // next lines may lose their indentation.
      const p = m.at % (text.length + 1);
      const rest = text.slice(p).replace(/^[ \t]+/, '');
      const lines = rest.split('\n');
      for (let k = 1; k <= m.dedentNext && k < lines.length; k++) lines[k] = lines[k].replace(/^[ \t]+/, '');
      return text.slice(0, p).replace(/[ \t]+$/, '') + '\n'.repeat(m.blanks + 1) + lines.join('\n');
    }
    case 'dupBreak': {
      const breaks = [...text.matchAll(/\n{2,}/g)];
      if (!breaks.length) {
        const p = m.at % (text.length + 1);
        return text.slice(0, p) + '\n\n' + text.slice(p);
      }
      const b = breaks[m.at % breaks.length];
      return text.slice(0, b.index + b[0].length) + b[0] + text.slice(b.index + b[0].length);
    }
    case 'deleteMarker': {
      let count = 0;
      for (let i = text.indexOf(m.marker); i >= 0; i = text.indexOf(m.marker, i + 1)) count++;
      if (!count) return text;
      let n = m.nth % count;
      let i = text.indexOf(m.marker);
      while (n-- > 0) i = text.indexOf(m.marker, i + 1);
      return text.slice(0, i) + text.slice(i + m.marker.length);
    }
    case 'insert': {
      const p = m.at % (text.length + 1);
      return text.slice(0, p) + m.text + text.slice(p);
    }
    case 'eol': {
      if (m.style !== 'mixed') return text.replace(/\r?\n/g, m.style);
      let k = m.salt;
      return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][(k = (k * 1103515245 + 12345) >>> 0) % 3]);
    }
    case 'bom':
      return '\uFEFF' + text;
    case 'frontMatter':
      return m.text + text;
    case 'line': {
      const starts = lineStarts(text);
      const n = m.at % starts.length;
      const s = starts[n];
      const e = n + 1 < starts.length ? starts[n + 1] : text.length;
      const line = text.slice(s, e);
      const replaced = m.op === 'delete' ? '' : m.op === 'duplicate' ? line + (line.endsWith('\n') ? line : '\n' + line)
        : m.op === 'indent' ? '  ' + line : line.replace(/^[ \t]+/, '');
      return text.slice(0, s) + replaced + text.slice(e);
    }
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/** A window of lines of a real editorial (small, so that many run per second), then mutated. */
export function editorialWindow(editorials: readonly string[], maxLines = 12): fc.Arbitrary<string> {
  const lined = editorials.map(e => e.split('\n'));
  return fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: maxLines }), fc.array(mutation, { maxLength: 6 }))
    .map(([which, from, n, muts]) => {
      const lines = lined[which % lined.length];
      const start = from % lines.length;
      return applyMutations(lines.slice(start, start + n).join('\n'), muts);
    });
}

/** A whole real editorial, mutated. */
export function wholeEditorial(editorials: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(), fc.array(mutation, { maxLength: 12 }))
    .map(([which, muts]) => applyMutations(editorials[which % editorials.length], muts));
}

/** Generated documents, sometimes mutated too. */
export const mutatedDoc: fc.Arbitrary<string> = fc.tuple(markdownDoc, fc.array(mutation, { maxLength: 3 }))
  .map(([doc, muts]) => applyMutations(doc, muts));

// ---------------------------------------------------------------------------------------------
// Extreme inputs: empty files, 10,000-deep nesting, ~1 MB lines and files

const MB = 1_000_000;
const fill = (unit: string, size = MB) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

export interface NamedInput { name: string; text: string }

/**
 * Fixed extreme inputs: empty files, 10,000-deep nesting, 1 MB single lines, and many-line files
 * of `fileSize` characters (1 MB in the long run; smaller in CI to stay fast, still big enough that
 * a quadratic step would show). The editorial is used for the "real text, repeated" cases.
 */
export function extremeInputs(editorial: string, fileSize = MB): NamedInput[] {
  const size = MB;
  const kb = `${Math.round(fileSize / 1000)} KB`;
  const deep = 10_000;
  const head = '## T\n\n## Issues\n\n';
  return [
    { name: 'empty', text: '' },
    { name: 'newlines only', text: '\n\r\n\r' },
    { name: 'BOM only', text: '\uFEFF' },
    { name: 'empty front matter', text: '---\n---' },
    { name: `${deep}-deep bullet list on one line`, text: '- '.repeat(deep) + 'x' },
    { name: `${deep}-deep ordered list on one line`, text: '1. '.repeat(deep) + 'x' },
    { name: `${deep}-deep blockquote`, text: '>'.repeat(deep) + ' x\n' + '> '.repeat(deep) + '- **A:** b' },
    { name: `${deep}-deep mixed list/quote`, text: '- > '.repeat(deep / 2) + 'x\n\ny' },
    { name: `${deep}-deep indented list`, text: Array.from({ length: deep }, (_, i) => ' '.repeat(2 * Math.min(i, 200)) + '- a').join('\n') },
    { name: `${deep}-deep emphasis`, text: head + '- ' + '*'.repeat(deep) + 'a' + '*'.repeat(deep) },
    { name: `${deep}-deep brackets`, text: head + '['.repeat(deep) + 'a' + '](#)'.repeat(deep) },
    { name: '1 MB single line of words', text: head + fill('word ', size) },
    { name: '1 MB single bullet', text: head + '- **A:** ' + fill('b ', size) },
    { name: '1 MB heading', text: '# ' + fill('Conclusion ', size) },
    { name: '1 MB of stars', text: fill('*', size) },
    { name: '1 MB of zero-width spaces', text: fill('\u200B', size) },
    { name: '1 MB of emoji and Devanagari', text: fill('😀 भारत ', size) },
    // Single lines too, but what they stress is the number of tokens: sized like the files.
    { name: `${kb} prelims line`, text: '## T\n\n**For Prelims:** ' + fill('[x](#), y, ', fileSize) + '\n\n## Issues\n\n- a' },
    { name: `${kb} of bold runs on one line`, text: head + '- **A:** b\n\n' + fill('c **d** ', fileSize) },
    { name: `${kb} prelims line of glued links`, text: '## T\n\n**For Prelims:** ' + fill('[a](#)', fileSize) },
    { name: `${kb} source line of unclosed quotes`, text: '## T\n\n*This editorial is based on ' + fill('“ab ', fileSize) + '*' },
    { name: `${kb} source line of "published in"`, text: '## T\n\nThis editorial is based on ' + fill('published in X ', fileSize) },
    { name: `${kb} of unfinished lower-case bullets`, text: head + fill('- a\n', fileSize) },
    { name: `${kb} of lower-case fragments`, text: head + '- **A:** b\n\n' + fill('c\n\n', fileSize) },
    { name: `${kb} of lead-less bullets after a lead`, text: head + '- **A:** b.\n' + fill('- C.\n', fileSize) },
    { name: `${kb} of nested bullets`, text: head + '- **A:** b.\n' + fill('  - C.\n', fileSize) },
    { name: `${kb} of quoted paragraphs`, text: head + fill('> A.\n>\n', fileSize) },
    { name: `${kb} join chain`, text: head + fill('- a\n  - b\n', fileSize) },
    { name: `${kb} table`, text: head + '| a | b |\n|---|---|\n' + fill('| C. | d |\n', fileSize) },
    { name: `${kb} of PYQs`, text: '## T\n\n## Previous Year Questions\n\n' + fill('### Prelims\n\nQ. Which (a) one? (2020)\n\n', fileSize) },
    { name: `${kb} of PYQ options`, text: '## T\n\n## PYQ\n\nQ. Which one? (2020)\n\n' + fill('(a) x (b) y\n\n', fileSize) },
    { name: '1 MB PYQ line of (a)s', text: '## T\n\n## PYQ\n\n' + fill('(a) ', size) },
    { name: `real editorial repeated to ${kb}, LF`, text: fill(editorial + '\n', fileSize) },
    { name: `real editorial repeated to ${kb}, CRLF`, text: fill(editorial.replace(/\n/g, '\r\n'), fileSize) },
    { name: 'real editorial as one 1 MB line', text: fill(editorial.replace(/\n+/g, ' '), size) },
    { name: 'real editorial with every line cut by a page break', text: editorial.replace(/(\S) (\S)/g, '$1\n\n\n$2') },
    { name: 'real editorial with every line ending CR', text: editorial.replace(/\n/g, '\r') },
  ];
}

// ---------------------------------------------------------------------------------------------
// The invariants

const reference = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
const WORD = /[\p{L}\p{N}]+/gu;
const PRELIMS_LABELS = VOCABULARIES.flatMap(v => v.labels.prelims);
const MAINS_LABELS = VOCABULARIES.flatMap(v => v.labels.mains);
const PYQ_SUBHEADINGS = VOCABULARIES.flatMap(v => [...v.labels.pyqSubheadingPrelims, ...v.labels.pyqSubheadingMains]).map(l => l.toLocaleLowerCase());

type Bag = Map<string, number>;

function addWords(bag: Bag, text: string, sign = 1): void {
  for (const w of text.match(WORD) ?? []) bag.set(w, (bag.get(w) ?? 0) + sign);
}

type Token = MarkdownIt.Token;

/**
 * Plain text of an inline token's children, as markdown-it shows it: text and code spans, line
 * breaks as spaces, markup tokens as nothing (so "a**b**c" is the one word "abc", as on screen).
 * An image shows its alt text from its child tokens, with entities decoded ("caf&eacute;" → "café").
 */
function referencePlain(children: readonly Token[]): string {
  let out = '';
  for (const t of children) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.children?.length) out += referencePlain(t.children);
    else if (t.content) out += t.content;
  }
  return out;
}

/**
 * The For Prelims/For Mains label the parser may strip from the start of `plain`, or ''. A
 * paragraph that is only the label counts too: a page break can put its colon in the next
 * paragraph, which is then joined to it (": A, B" starts mid-sentence).
 */
function labelPrefix(plain: string): string {
  const text = plain.replace(/\s+/g, ' ').trim();
  for (const labels of [PRELIMS_LABELS, MAINS_LABELS]) {
    const rest = afterLabel(text, labels) ?? (afterLabel(text + ':', labels) === '' ? '' : undefined);
    if (rest !== undefined) return text.slice(0, text.length - rest.length);
  }
  return '';
}

/**
 * The words the parser must keep, as a multiset. What counts and what is excluded, exactly:
 *  - counted: the plain text of every `inline` token of markdown-it's parse of the body (the text
 *    after front matter), which is headings, paragraphs (in lists and quotes too) and table cells;
 *    and the content of fenced and indented code blocks, which the parser keeps as paragraphs;
 *  - excluded: the "For Prelims"/"For Mains" label (with its separator) at the start of a paragraph
 *    or code block, or a paragraph that is just the label, which the parser strips when it reads
 *    that line (see `labelPrefix`);
 *  - table cells, headers included: tables stay tables;
 *  - an indented code block of list items right after a fragment below a list is read as that list
 *    (a nested bullet a page break pushed out of its list), and glued bold runs ("**a****b**") as
 *    one run, as the parser reads them;
 *  - excluded: headings whose whole text is a PYQ sub-heading label ("Prelims", "Mains"): under a
 *    PYQ section they set the exam of the questions below instead of becoming text;
 *  - not counted by construction: heading markers, list markers, `**`, link targets, front matter,
 *    and text markdown-it drops itself (past its nesting limit; link reference definitions).
 * A word is a maximal run of Unicode letters and digits (\p{L}\p{N}); anything else separates.
 */
/** The tokens of an indented code block's text when it is only list items (after its common indent), else undefined. */
function codeAsList(content: string): Token[] | undefined {
  const lines = content.split('\n');
  const filled = lines.filter(l => l.trim());
  if (!filled.length) return undefined;
  const dedent = Math.min(...filled.map(l => /^ */.exec(l)![0].length));
  if (!/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/.test(filled[0].slice(dedent))) return undefined;
  const tokens = reference.parse(lines.map(l => l.slice(dedent)).join('\n'), {});
  let depth = 0;
  for (const t of tokens) {
    if (depth === 0 && t.nesting === 1 && !/_list_open$/.test(t.type)) return undefined;
    depth += t.nesting;
  }
  return tokens;
}

export function expectedWords(text: string): Bag {
  const bag: Bag = new Map();
  const { body } = splitFrontMatter(text);
  // Two glued bold runs ("**a****b**") are one run: the parser reads them so, by design.
  const source = mergeGluedRuns(body);
  const tokens = reference.parse(source, {});
  const sourceLines = source.split(/\r\n|\r|\n/);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'inline') {
      const plain = referencePlain(t.children ?? []);
      const parent = tokens[i - 1]?.type;
      if (parent === 'heading_open' && PYQ_SUBHEADINGS.includes(plain.replace(/\s*[:：]\s*$/, '').trim().toLocaleLowerCase())) continue;
      addWords(bag, plain);
      if (parent === 'paragraph_open') addWords(bag, labelPrefix(plain), -1);
      // A fragment below a list whose later lines are bullets indented four spaces: those lines are
      // read as the list they are, so their item numbers are markers, not words.
      const map = tokens[i - 1]?.map;
      if (parent === 'paragraph_open' && map && /_list_close$/.test(tokens[i - 2]?.type ?? '') && tokens[i - 2]?.type !== 'list_item_open') {
        const cut = sourceLines.slice(map[0] + 1, map[1]).findIndex(l => /^ {4,}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/.test(l));
        if (cut >= 0) {
          const listed = codeAsList(sourceLines.slice(map[0] + 1 + cut, map[1]).join('\n'));
          if (listed) {for (const l of sourceLines.slice(map[0] + 1 + cut, map[1])) {
            const number = /^\s*(\d{1,9})[.)][ \t]/.exec(l)?.[1];
            if (number) addWords(bag, number, -1);
          }}
        }
      }
    } else if (t.type === 'code_block' && tokens[i - 1]?.type === 'paragraph_close' && /_list_close$/.test(tokens[i - 4]?.type ?? '') && codeAsList(t.content)) {
      // A nested list markdown read as code right after a fragment below a list: read as the list it is.
      for (const inner of codeAsList(t.content)!) if (inner.type === 'inline') addWords(bag, referencePlain(inner.children ?? []));
    } else if (t.type === 'fence' || t.type === 'code_block') {
      addWords(bag, t.content);
      addWords(bag, labelPrefix(t.content), -1);
    }
  }
  return bag;
}

/** Iterative walk (the point tree may be deep): every point with its parent. */
function walkPoints(roots: readonly Point[], visit: (p: Point, parent: Point | undefined) => void): void {
  const stack: [Point, Point | undefined][] = roots.map(p => [p, undefined] as [Point, undefined]).reverse();
  while (stack.length) {
    const [p, parent] = stack.pop()!;
    visit(p, parent);
    for (let k = p.children.length - 1; k >= 0; k--) stack.push([p.children[k], p]);
  }
}

/** The words of everything the parser shows, as a multiset. */
export function outputWords(e: ParsedEditorial): Bag {
  const bag: Bag = new Map();
  addWords(bag, e.title);
  if (e.source) addWords(bag, e.source.text);
  for (const t of e.prelimsTerms) addWords(bag, t.text);
  for (const t of e.mainsTopics) addWords(bag, t);
  for (const p of e.intro) addWords(bag, p.plain);
  for (const s of e.sections) {
    addWords(bag, s.heading);
    walkPoints(s.points, p => addWords(bag, p.plain));
    for (const p of s.paragraphs) addWords(bag, p.plain);
    // Tables stay tables (a box's text is read as paragraphs, counted there).
    for (const t of s.tables) if (!t.box) for (const cell of [...t.header, ...t.rows.flat()]) addWords(bag, referencePlain(reference.parseInline(cell, {})[0]?.children ?? []));
  }
  for (const q of e.pyqs) addWords(bag, q.text);
  return bag;
}

export class InvariantError extends Error {}

/**
 * Deep equality of plain data (what the parser returns), without recursion: util.isDeepStrictEqual
 * overflows the stack on the 100,000-deep point chains a page-break repair can build. Returns the
 * path of the first difference, or undefined when equal.
 */
export function firstDifference(a: unknown, b: unknown): string | undefined {
  const stack: [unknown, unknown, string][] = [[a, b, '$']];
  while (stack.length) {
    const [x, y, at] = stack.pop()!;
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return at;
    if (Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return at;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length || kx.some(k => !Object.prototype.hasOwnProperty.call(y, k))) return `${at} (keys)`;
    for (const k of kx) stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}.${k}`]);
  }
  return undefined;
}

function fail(message: string): never {
  throw new InvariantError(message);
}

function checkRange(r: LineRange, lines: number, what: string): void {
  if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= lines)) {
    fail(`${what}: range ${JSON.stringify(r)} not inside the file's ${lines} lines`);
  }
}

function checkRanges(text: string, e: ParsedEditorial): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  if (e.lineCount !== lines) fail(`lineCount ${e.lineCount}, file has ${lines} lines`);
  if (!(e.titleLine >= 0 && e.titleLine < lines)) fail(`titleLine ${e.titleLine} outside the file`);
  if (e.source) checkRange(e.source.range, lines, 'source line');
  e.intro.forEach((p, n) => checkRange(p.range, lines, `intro paragraph ${n}`));
  e.pyqs.forEach((q, n) => checkRange(q.range, lines, `pyq ${n}`));
  let previousEnd = 0;
  e.sections.forEach((s, n) => {
    const where = `section ${n} "${s.heading.slice(0, 40)}"`;
    checkRange(s.range, lines, where);
    if (s.range.start < previousEnd) fail(`${where} starts at ${s.range.start}, before the previous section ends (${previousEnd})`);
    previousEnd = s.range.end;
    const inside = (r: LineRange, what: string) => {
      checkRange(r, lines, what);
      if (r.start < s.range.start || r.end > s.range.end) fail(`${what}: range ${JSON.stringify(r)} outside ${where} ${JSON.stringify(s.range)}`);
    };
    s.paragraphs.forEach((p, k) => inside(p.range, `${where}, paragraph ${k}`));
    let previousStart = -1;
    s.points.forEach((p, k) => {
      if (p.range.start <= previousStart) fail(`${where}, point ${k} starts at ${p.range.start}, not after point ${k - 1} (${previousStart})`);
      previousStart = p.range.start;
    });
    walkPoints(s.points, (p, parent) => {
      const what = `${where}, point "${p.plain.slice(0, 40)}"`;
      inside(p.range, what);
      if (parent && (p.range.start < parent.range.start || p.range.end > parent.range.end)) {
        fail(`${what}: range ${JSON.stringify(p.range)} outside its parent's ${JSON.stringify(parent.range)}`);
      }
    });
  });
}

/**
 * Multisets, not sets: every word must occur in the output at least as often as in the input.
 * Editorials repeat their words ("India", "the", "trade") so much that a set check would miss
 * nearly every lost fragment. The output may hold more: the PYQs repeat their section's text, the
 * "Points" section heading is made up, and so on; those extra words are not a loss.
 */
function checkWords(text: string, e: ParsedEditorial): void {
  const expected = expectedWords(text);
  const got = outputWords(e);
  const missing: string[] = [];
  for (const [w, n] of expected) {
    const have = got.get(w) ?? 0;
    if (have < n) missing.push(`${JSON.stringify(w)} ×${n - have}`);
  }
  if (missing.length) fail(`words lost (${missing.length}): ${missing.slice(0, 12).join(', ')}`);
}

/**
 * Parses `text` and checks the four invariants; throws an Error saying which failed.
 *  1. parseEditorial does not throw.
 *  2. Ranges lie in the file; sections in order without overlap; top-level points in order;
 *     points and paragraphs inside their section, children inside their parent.
 *  3. No word is lost (see `expectedWords`).
 *  4. Parsing twice gives deep-equal results.
 */
export function checkInvariants(text: string): void {
  let e: ParsedEditorial;
  try {
    e = parseEditorial(text);
  } catch (err) {
    fail(`parseEditorial threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
  checkRanges(text, e);
  checkWords(text, e);
  const difference = firstDifference(parseEditorial(text), e);
  if (difference) fail(`parsing twice gave different results, first at ${difference}`);
}

/** Describes an input for a failure message: short ones whole, long ones by size and head. */
export function describeInput(text: string): string {
  return text.length <= 2000 ? JSON.stringify(text) : `${text.length} chars, starting ${JSON.stringify(text.slice(0, 300))}`;
}

// ---------------------------------------------------------------------------------------------
// The fuzz suites, shared by CI (fixed seed) and the long run (random seed)

export interface FuzzSuite {
  name: string;
  arbitrary: fc.Arbitrary<string>;
  /** Runs in CI; the long run shares its runs out in the same proportions. */
  ciRuns: number;
}

export function fuzzSuites(editorials: readonly string[]): FuzzSuite[] {
  return [
    { name: 'generated editorial-like markdown', arbitrary: markdownDoc, ciRuns: 18_000 },
    { name: 'generated markdown with page breaks and damage', arbitrary: mutatedDoc, ciRuns: 14_000 },
    { name: 'windows of real editorials with page breaks and damage', arbitrary: editorialWindow(editorials), ciRuns: 26_000 },
    { name: 'whole real editorials with page breaks and damage', arbitrary: wholeEditorial(editorials), ciRuns: 150 },
    { name: 'markdown and Unicode character soup', arbitrary: charSoup, ciRuns: 42_000 },
    {
      name: 'long documents: 20-150 generated ones joined',
      arbitrary: fc.array(mutatedDoc, { minLength: 20, maxLength: 150 }).map(docs => docs.join('\n\n')),
      ciRuns: 30,
    },
  ];
}

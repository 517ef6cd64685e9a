// Fuzz suites for every input module besides the parser (which has test/unit/parserFuzz.test.ts):
// the importer (markdown, plain text, HTML), glossary files (JSON and markdown), note links,
// markdown to plain text and the word count, cards, term completion, summaries, globs and the
// review log. Each suite is an input generator and a check of its invariants:
//  - nothing throws;
//  - no raw markup in labels: the editorial's title, section headings and point leads (what the
//    tree and the summaries show) hold no HTML tag and no "**" from a page that had none as text;
//  - import is idempotent: importing what an import wrote changes nothing;
//  - each module's own: offsets inside the text, ids unique, events valid …;
//  - with `budgetMs` (the long run, bench/fuzzInputs.ts, not CI: no timing in unit tests), one
//    input takes at most that much CPU time.
// CI runs CI_RUNS of each (test/unit/inputFuzz.test.ts); `npm run fuzz` 100,000 or more.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseEditorial, ParsedEditorial } from '../../../src/core/editorial/parse/parseEditorial';
import { completionWord } from '../../../src/core/glossary/completionWord';
import { parseGlossaryJson, parseGlossaryMarkdown } from '../../../src/core/glossary/entries';
import { normaliseCharacters } from '../../../src/core/import/characters';
import { importEditorial } from '../../../src/core/import/importEditorial';
import { looksLikeHtml } from '../../../src/core/import/html/looksLikeHtml';
import { looksLikeMarkdown } from '../../../src/core/import/markdownInput';
import { renderMarkdown } from '../../../src/core/shared/markdown/engine';
import { findNoteLinks } from '../../../src/core/notes/noteLinks';
import { answerWordCount } from '../../../src/core/practice/answerCheck';
import { editorialCards } from '../../../src/core/revision/cards/editorialCards';
import { noteCards } from '../../../src/core/revision/cards/noteCards';
import { foldLog, parseLog, serializeEvent } from '../../../src/core/revision/reviewLog';
import { globMatcher } from '../../../src/core/shared/glob';
import { renderEditorial } from '../../../src/core/summary/render';
import { markdownToPlain } from '../../../src/core/summary/summarize';
import { charSoup, markdownDoc, mutatedDoc, unicodeBit } from '../fuzzArbitraries';
import { MALFORMED } from './htmlPages';

export interface InputSuite {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<string>;
  check(input: string): void;
}

export const CI_RUNS = 10_000;
const TODAY = { today: '2025-01-01' };

// ---------------------------------------------------------------------------------------------
// Inputs

/** Small web pages: editorial-like blocks in tags, with malformed and stray markup among them. */
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('India and the US', 'Key Areas of Cooperation', 'For Prelims: Quad, CAATSA', 'Conclusion', 'trade ties grew', 'भारत', 'Q. Which one? (2020)', '2024', '&amp;', '&nbsp;', '&lt;b&gt;') },
  { weight: 3, arbitrary: fc.constantFrom('<p>', '</p>', '<h2>', '</h2>', '<ul>', '<li>', '</li>', '</ul>', '<b>', '</b>', '<strong>', '</strong>', '<em>', '</em>', '<br>', '<div>', '</div>', '<table><tr><td>', '</td></tr></table>', '<a href="https://x.y/a">', '</a>', '<h1>', '</h1>', '<article>', '</article>') },
  { weight: 2, arbitrary: fc.constantFrom(...MALFORMED) },
  { weight: 1, arbitrary: unicodeBit },
);
export const smallPage: fc.Arbitrary<string> = fc.array(htmlPiece, { minLength: 1, maxLength: 40 })
  .map(parts => `<!DOCTYPE html><html><head><title>India and the US</title></head><body>${parts.join(' ')}</body></html>`);

const plainLine = fc.oneof(
  fc.constantFrom('India and the US: A Partnership', 'This editorial is based on “Ties” which was published in The Hindu on 17/02/2024.', 'For Prelims: Quad, CAATSA',
    'What are the Key Areas of Cooperation?', '• Defence: joint exercises.', '◦ sub point', '1. First', '(a) option', 'Conclusion', 'Page 3 of 10', 'exam-', 'ple text',
    'Drishti Mains Question', 'Q. Discuss the ties. (250 words)', ''),
  charSoup.map(s => s.replace(/\n/g, ' ')),
);
const plainText = fc.array(plainLine, { minLength: 1, maxLength: 25 }).map(lines => lines.join('\n'));

const jsonValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('"Quad"', '""', '"  "', '1', 'null', 'true', '[]', '{}', '["a", 1]', '"**bold** [x](#)"', '"\\u0000"', '"\\ud800"'),
  charSoup.map(s => JSON.stringify(s)),
);
const jsonEntry = fc.array(fc.tuple(fc.constantFrom('name', 'definition', 'aliases', 'facts', 'category', 'hindiName', 'exactCase', 'related', 'sources', 'sourceNote', 'unknown'), jsonValue), { maxLength: 8 })
  .map(props => `{${props.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`);
const glossaryJson: fc.Arbitrary<string> = fc.tuple(fc.array(jsonEntry, { maxLength: 6 }), fc.constantFrom('', ',', '/* c */', '\n// c\n', '{', ']', '[[[[', '"'), fc.nat())
  .map(([entries, junk, at]) => {
    const text = `{ "terms": [${entries.join(',\n')}] }`;
    const p = at % (text.length + 1);
    return text.slice(0, p) + junk + text.slice(p);
  });
const glossaryMarkdown: fc.Arbitrary<string> = fc.array(fc.oneof(
  fc.constantFrom('## Quad', '## **Bold** term', '## ', 'Aliases: QUAD, Quadrilateral', 'Category: grouping', 'Category: nonsense', '- a fact', '  - nested', 'Definition text.', ''),
  charSoup,
), { maxLength: 12 }).map(lines => lines.join('\n'));

const logLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 0, max: 1000 }), fc.nat(50))
    .map(([card, grade, minutes, id]) => serializeEvent({ v: 1, id: `e${id}`, at: new Date(Date.UTC(2025, 0, 1) + minutes * 60_000).toISOString(), kind: 'review', card, grade: grade as 1 | 2 | 3 | 4 }).trim()) },
  { weight: 1, arbitrary: fc.nat(50).map(id => `{"v":1,"id":"u${id}","at":"2025-01-02T00:00:00.000Z","kind":"undo","target":"e${id}"}`) },
  { weight: 1, arbitrary: charSoup.map(s => s.replace(/\n/g, '')) },
  { weight: 1, arbitrary: fc.constantFrom('{"v":1,"id":"x","at":"2025-01-01T00:00:00Z","kind":"set","card":"a","state":{}}', '{"v":9}', '{"v":1,"id":"', '[]', 'null', '"v"') },
);
const reviewLogText = fc.tuple(fc.array(logLine, { maxLength: 30 }), fc.nat()).map(([lines, cut]) => {
  const text = lines.join('\n') + '\n';
  return cut % 4 === 0 ? text.slice(0, cut % (text.length + 1)) : text;
});

// ---------------------------------------------------------------------------------------------
// Checks

const TAG = /<\/?(?:b|strong|i|em|a|div|p|span|br|script|style|table|td|tr|li|ul|ol|h[1-6]|article|body|html|img|svg|iframe)\b[^>]*>/i;

/** The labels the tree and the summaries show. */
function labels(e: ParsedEditorial): string[] {
  const out = [e.title, ...e.sections.map(s => s.heading)];
  const stack = e.sections.flatMap(s => s.points);
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p.lead);
    for (const c of p.children) stack.push(c);
  }
  return out;
}

/** Elements whose content a browser shows as text, tags and all, up to their end tag. */
const RAW_TEXT = /<(?:plaintext|xmp|textarea|title|style|script|noscript|noembed|noframes|iframe)\b/i;

/** What a reader of `source` sees as text: markup is allowed in a label only where it is shown. */
function shownText(input: string): { tags: boolean; stars: boolean } {
  const source = normaliseCharacters(input).text; // as the import reads it (BOM, line separators …)
  if (looksLikeHtml(source)) {
    const head = source.indexOf('</head>');
    const body = head < 0 ? source : source.slice(head);
    // "&lt;b&gt;", or everything after an unclosed <plaintext>, is shown as text.
    const textual = /&lt;|&#60;|\\</i.test(source) || RAW_TEXT.test(body);
    return { tags: textual, stars: textual || body.replace(/<[^>]*>/g, '').includes('**') };
  }
  if (looksLikeMarkdown(source)) {
    // Markdown shows what is in code, escaped, or could not be paired ("## **") as it is written.
    const text = renderMarkdown(source).replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return { tags: TAG.test(text), stars: text.includes('**') };
  }
  // Pasted text is text: a "<b>" in it was typed; a "**" that pairs with nothing is dropped.
  return { tags: true, stars: false };
}

/** No HTML tag and no "**" in a label that the source does not show as text. */
function checkLabels(e: ParsedEditorial, source: string): void {
  const shown = shownText(source);
  for (const label of labels(e)) {
    if (!shown.tags) assert.doesNotMatch(label, TAG, `raw markup in the label ${JSON.stringify(label)}`);
    if (!shown.stars) assert.ok(!label.includes('**'), `"**" in the label ${JSON.stringify(label)}`);
  }
}

function checkImport(input: string): void {
  const once = importEditorial(input, TODAY);
  assert.equal(typeof once.markdown, 'string');
  assert.match(once.fileName, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
  if (!once.markdown.trim()) return;
  const e = parseEditorial(once.markdown);
  checkLabels(e, input);
  // Idempotence is defined where the import made an editorial (a title, by heading or front matter): text with no
  // title, escaped so that nothing in it is markup, is plain text the next time round.
  if (e.titleFrom === 'fallback') return;
  const twice = importEditorial(once.markdown, TODAY);
  assert.equal(twice.markdown, once.markdown, 'importing the import changes nothing');
}

function checkGlossary(text: string, terms: ReturnType<typeof parseGlossaryJson>): void {
  // Lines as the editor counts them (a lone \r ends one too, for markdown-it as for VS Code).
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const t of terms.terms) assert.ok(t.name.trim() && t.definition.trim() && t.id);
  assert.equal(new Set(terms.terms.map(t => t.id)).size, terms.terms.length, 'one entry per term');
  for (const p of terms.problems) assert.ok(p.line >= 0 && p.line <= lines && p.column >= 0, JSON.stringify(p));
}

export function inputSuites(): InputSuite[] {
  return [
    { name: 'import: generated editorial markdown', arbitrary: mutatedDoc, check: checkImport },
    { name: 'import: pasted plain text', arbitrary: plainText, check: checkImport },
    { name: 'import: small web pages with malformed markup', arbitrary: smallPage, check: checkImport },
    { name: 'glossary: JSON files', arbitrary: glossaryJson, check: t => checkGlossary(t, parseGlossaryJson(t, 'fuzz:g.json')) },
    { name: 'glossary: markdown files', arbitrary: glossaryMarkdown, check: t => checkGlossary(t, parseGlossaryMarkdown(t, 'fuzz:g.md')) },
    {
      name: 'note links, markdown to plain text, word count, completion', arbitrary: charSoup, check: t => {
        for (const l of findNoteLinks(t)) assert.equal(t.slice(l.start, l.end), l.target);
        const plain = markdownToPlain(t);
        assert.ok(plain.length <= t.length);
        assert.ok(answerWordCount(t) <= (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0));
        const word = completionWord(t);
        if (word !== undefined) assert.ok(t.endsWith(word) && word.length > 0);
      },
    },
    {
      name: 'cards and summaries of generated editorials', arbitrary: markdownDoc, check: t => {
        const e = parseEditorial(t);
        const cards = [...editorialCards('fuzz:e.md', e, () => []), ...noteCards('fuzz:n.md', t)];
        assert.equal(new Set(cards.map(c => c.id)).size, cards.length, 'card ids unique');
        for (const c of cards) assert.ok(c.front.trim() && c.back.trim(), c.id);
        const r = renderEditorial(e);
        for (const s of r.sections) assert.doesNotMatch(s.summaryHtml + s.fullHtml, /<script|<iframe|<img|\son\w+=|href="(?:javascript|data|vbscript|command):/i);
      },
    },
    {
      // A glob and a path, apart by a NUL (which neither holds).
      name: 'globs from a workspace\'s settings', arbitrary: fc.tuple(charSoup, charSoup).map(([g, p]) => `${g}\u0000${p}`), check: t => {
        const [g, p] = t.split('\u0000');
        assert.equal(typeof globMatcher(g)(p), 'boolean');
        assert.equal(globMatcher(g)(p), globMatcher(g)(p));
        if (!/[*?[{\\]/.test(g)) assert.equal(globMatcher(g)(p), g === p, 'a glob without wildcards is the path itself');
      },
    },
    {
      name: 'review log', arbitrary: reviewLogText, check: t => {
        const { events, problems } = parseLog(t);
        const lines = t.split('\n').filter(l => l.trim()).length;
        // Every line is an event or a problem (a line glued to a cut-off one is both).
        assert.ok(events.length <= lines && events.length + problems.length >= lines, `${events.length} events, ${problems.length} problems, ${lines} lines`);
        const state = foldLog(events);
        for (const [id, c] of Object.entries(state.cards)) assert.ok(id && Number.isFinite(Date.parse(c.due)));
      },
    },
  ];
}

/** Runs a suite's check on one input, within `budgetMs` of CPU when given. */
export function checkWithin(suite: InputSuite, input: string, budgetMs?: number): void {
  const start = process.cpuUsage();
  suite.check(input);
  if (budgetMs !== undefined) {
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms <= budgetMs, `${suite.name}: one input took ${ms.toFixed(0)} ms of CPU (budget ${budgetMs} ms)`);
  }
}

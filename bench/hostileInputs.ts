// The "hostile inputs" suite's inputs and entry points: adversarial texts of any size (runs of
// `[`, `*`, `_`, backticks, `<b>`, `<br>`, deep nesting, lines without spaces, capitalised runs)
// and every text entry point of the extension they can reach, each as a plain function of the
// text. Shared by bench/hostile.ts (timings at 10 KB, 100 KB and 1 MB) and the unit tests
// (test/unit/hostileInputs.test.ts: every entry point runs every input at a small size).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EditorialLibrary, type LibraryEntry } from '../src/core/editorial/library';
import { parseEditorial, ParsedEditorial } from '../src/core/editorial/parse/parseEditorial';
import { completionWord } from '../src/core/glossary/completionWord';
import { parseGlossaryJson, parseGlossaryMarkdown } from '../src/core/glossary/entries';
import { GlossaryIndex } from '../src/core/glossary/glossaryIndex';
import { importEditorial } from '../src/core/import/importEditorial';
import { findNoteLinks } from '../src/core/notes/noteLinks';
import { answerWordCount } from '../src/core/practice/answerCheck';
import { answerStructure, dimensionsOf, factLines, unusedNoteFacts } from '../src/core/practice/answerCoach';
import { directiveOf } from '../src/core/practice/directives';
import { parseDelimited, toAnkiText } from '../src/core/revision/ankiExport';
import { editorialCards } from '../src/core/revision/cards/editorialCards';
import { noteCards } from '../src/core/revision/cards/noteCards';
import { renderEditorial } from '../src/core/summary/render';
import { markdownToPlain } from '../src/core/summary/summarize';
import { repoRoot } from './generate';

/** An adversarial text of about `size` characters. `lines`: it is many lines (a nested list), not one. */
export interface HostileInput {
  readonly id: string;
  readonly what: string;
  readonly lines?: boolean;
  /** HTML markup: wrapped in a page for the HTML importer, left out of the other entry points. */
  readonly html?: boolean;
  make(size: number): string;
}

const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, Math.max(size, unit.length));

/** Capitalised words with an agreement word glued to a letter at the end: a name pattern's worst case. */
const CAPITALISED = 'Alpha Beta Gamma Delta Epsilon Agreementz ';

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { id: 'brackets', what: 'a run of `[`', make: n => fill('[', n) },
  { id: 'stars', what: 'a run of `*`', make: n => fill('*', n) },
  { id: 'underscores', what: 'a run of `_`', make: n => fill('_', n) },
  { id: 'backticks', what: 'a run of backticks', make: n => fill('`', n) },
  { id: 'linkish', what: '`[a](` repeated (unclosed links)', make: n => fill('[a](', n) },
  { id: 'bold-tags', what: '`<b>` repeated', make: n => fill('<b>', n) },
  { id: 'breaks', what: '`<br>` repeated', make: n => fill('<br>', n) },
  { id: 'deep-list', what: 'a list nested as deep as the size allows (`- a` / `  - b` pairs joined into one chain)', lines: true, make: n => fill('- a\n  - b\n', n) },
  { id: 'deep-quote', what: '`> ` nested on one line, then a bullet', make: n => fill('> ', n) + '- **A:** b' },
  { id: 'long-line', what: 'one line of letters, no spaces', make: n => fill('abcdefghij', n) },
  { id: 'long-line-space', what: 'one line of letters, no spaces, then one space (the cursor after it)', make: n => fill('abcdefghij', n) + ' ' },
  { id: 'long-word-punct', what: 'one "word" of letters, hyphens, dots and apostrophes', make: n => fill("a-b.c'd", n) },
  { id: 'capitalised', what: 'capitalised words with an agreement word, no full stop', make: n => fill(CAPITALISED, n) },
  { id: 'html-bold-punct', what: 'HTML: bold punctuation runs `<b>.</b>`', html: true, make: n => fill('<b>.</b><b>,</b>', n) },
  { id: 'html-bold-pre', what: 'HTML: `<b><pre>` with spaces', html: true, make: n => fill('<b><pre>   </pre> </b>', n) },
  { id: 'html-br-empty', what: 'HTML: `<br>` between empty inlines', html: true, make: n => fill('<i></i><br><b></b><br>', n) },
  { id: 'html-divs', what: 'HTML: nested `<div>`s as deep as the size allows', html: true, make: n => { const k = Math.floor(n / 11); return '<div>'.repeat(k) + 'x' + '</div>'.repeat(k); } },
  { id: 'html-self-closing', what: 'HTML: `<div/>` repeated (a parser opens a div for each)', html: true, make: n => fill('<div/>', n) + 'x' },
];

// ---------------------------------------------------------------------------------------------
// The glossary every entry point that finds terms uses: the bundled one, loaded as the extension does.

let bundled: GlossaryIndex | undefined;

export function bundledGlossary(): GlossaryIndex {
  if (!bundled) {
    const index = new GlossaryIndex(new EditorialLibrary());
    const data = path.join(repoRoot(), 'data');
    for (const f of fs.readdirSync(data).filter(f => /^glossary.*\.json$/.test(f) && !f.includes('schema')).sort()) {
      index.setSource(`bench:${f}`, parseGlossaryJson(fs.readFileSync(path.join(data, f), 'utf8'), `bench:${f}`).terms, true);
    }
    index.matcher();
    bundled = index;
  }
  return bundled;
}

let mentions: { index: GlossaryIndex; shown: LibraryEntry[] } | undefined;

/** A mention index over the bundled terms, for a library that shows `shown`. */
function mentionIndex(): { index: GlossaryIndex; shown: LibraryEntry[] } {
  if (!mentions) {
    const shown: LibraryEntry[] = [];
    const index = new GlossaryIndex({ visible: () => shown, onDidChange: () => ({ dispose() { /* nothing to stop */ } }) } as unknown as EditorialLibrary);
    index.setSource('bench:bundled', bundledGlossary().terms(), true);
    index.matcher();
    mentions = { index, shown };
  }
  return mentions;
}

/** Builds what the entry points share (the glossary, its matcher, the mention index) before anything is timed. */
export function warmUp(): void {
  bundledGlossary();
  mentionIndex();
}

/** An editorial around the input: as a point's text, or (many-line inputs) as a section's body. */
export function editorialAround(input: HostileInput, text: string): string {
  const head = '## Hostile Input\n\n**For Prelims:** Quad, CAATSA\n\n## Key Issues\n\n';
  return input.lines ? head + text : `${head}- **Lead:** ${text}\n`;
}

export function htmlAround(input: HostileInput, text: string): string {
  // Inputs that are not markup are the text of a paragraph: their `<`/`&` are escaped as a page would have them.
  const body = input.html ? text : `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
  return `<!DOCTYPE html><html><head><title>Hostile</title></head><body><article><h1>Hostile Input</h1>${body}</article></body></html>`;
}

export function jsonGlossaryAround(text: string): string {
  return JSON.stringify({ terms: [{ name: 'Hostile', definition: text, facts: [text] }] });
}

/**
 * A text entry point: `prepare` makes its argument from the input (untimed: a parse the entry
 * point starts from, a wrapper), `run` is the call timed. `host`: it runs on the extension host
 * as the student types or hovers (the 50 ms rule applies to one call at 1 MB).
 */
export interface EntryPoint {
  readonly id: string;
  readonly what: string;
  readonly host?: boolean;
  /** Inputs this entry point takes: the HTML ones only go to the HTML importer. */
  accepts(input: HostileInput): boolean;
  prepare(input: HostileInput, text: string): unknown;
  run(prepared: unknown): unknown;
}

const notHtml = (i: HostileInput) => !i.html;
const any = () => true;
const sameText = (_: HostileInput, text: string) => text;
const parsed = (input: HostileInput, text: string) => parseEditorial(editorialAround(input, text));
const findTerms = (plain: string) => bundledGlossary().scan(plain).map(m => bundledGlossary().get(m.key)?.name ?? m.key);

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { id: 'parse', what: 'parseEditorial (the input as a point or a section body)', accepts: notHtml, prepare: (i, t) => editorialAround(i, t), run: t => parseEditorial(t as string) },
  { id: 'import-raw', what: 'importEditorial of the raw input (its first line is the title)', accepts: notHtml, prepare: sameText, run: t => importEditorial(t as string, { today: '2025-01-01' }) },
  { id: 'import-md', what: 'importEditorial of an editorial holding the input', accepts: notHtml, prepare: (i, t) => editorialAround(i, t), run: t => importEditorial(t as string, { today: '2025-01-01' }) },
  { id: 'import-html', what: 'importEditorial of a web page holding the input', accepts: any, prepare: htmlAround, run: t => importEditorial(t as string, { today: '2025-01-01' }) },
  { id: 'glossary-json', what: 'parseGlossaryJson, the input as a definition and a fact', accepts: notHtml, prepare: (_, t) => jsonGlossaryAround(t), run: t => parseGlossaryJson(t as string, 'bench:hostile.glossary.json') },
  { id: 'glossary-md', what: 'parseGlossaryMarkdown, the input below a `## Term` heading', accepts: notHtml, prepare: (_, t) => `## Hostile\n\n${t}\n`, run: t => parseGlossaryMarkdown(t as string, 'bench:hostile.md') },
  { id: 'matcher', what: 'term scan of the note (bundled glossary)', host: true, accepts: notHtml, prepare: sameText, run: t => bundledGlossary().scan(t as string) },
  { id: 'note-links', what: 'findNoteLinks of the note', host: true, accepts: notHtml, prepare: sameText, run: t => findNoteLinks(t as string) },
  { id: 'markdown-to-plain', what: 'markdownToPlain', host: true, accepts: notHtml, prepare: sameText, run: t => markdownToPlain(t as string) },
  { id: 'word-count', what: 'answerWordCount (the answer timer, every second)', host: true, accepts: notHtml, prepare: sameText, run: t => answerWordCount(t as string) },
  { id: 'answer-structure', what: 'answerStructure (the coach, on every pause in typing)', host: true, accepts: notHtml, prepare: sameText, run: t => answerStructure(t as string) },
  { id: 'dimensions', what: 'dimensionsOf (the coach)', host: true, accepts: notHtml, prepare: sameText, run: t => dimensionsOf(t as string) },
  { id: 'directive', what: 'directiveOf of the text as a question', host: true, accepts: notHtml, prepare: sameText, run: t => directiveOf(t as string) },
  { id: 'note-facts', what: 'unusedNoteFacts of the note (the coach)', host: true, accepts: notHtml, prepare: sameText, run: t => unusedNoteFacts([['file:///notes/hostile.md', factLines(t as string)]], ['Quad', 'CAATSA', 'Article 21'], 'an answer') },
  { id: 'anki-export', what: 'toAnkiText of the text as one card, read back with parseDelimited', host: true, accepts: notHtml, prepare: sameText, run: t => parseDelimited(toAnkiText([{ id: 'x', front: t as string, back: t as string, tags: ['upsc'] }]), '\t') },
  { id: 'note-cards', what: 'noteCards of the note', host: true, accepts: notHtml, prepare: sameText, run: t => noteCards('file:///notes/hostile.md', t as string) },
  {
    id: 'editorial-cards', what: 'editorialCards (points, clozes; terms found with the glossary)', accepts: notHtml, prepare: parsed,
    run: e => editorialCards('file:///editorials/hostile.md', e as ParsedEditorial, findTerms),
  },
  { id: 'completion', what: 'completionWord of the line (term completion)', host: true, accepts: notHtml, prepare: sameText, run: t => completionWord(t as string) },
  {
    id: 'summaries', what: 'renderEditorial (summaries and full text, terms linked)', accepts: notHtml, prepare: parsed,
    run: e => {
      const g = bundledGlossary();
      return renderEditorial(e as ParsedEditorial, { scan: (text: string) => g.scan(text), name: (id: string) => g.get(id)?.name, lookup: (text: string) => g.lookup(text)?.id });
    },
  },
  {
    id: 'mention-index', what: '"Mentioned in" index of the editorial', accepts: notHtml, prepare: parsed,
    run: e => {
      // A new entry each run: the index caches per entry.
      const { index, shown } = mentionIndex();
      shown.length = 0;
      shown.push({ uri: 'file:///editorials/hostile.md', fileName: 'hostile.md', editorial: e as ParsedEditorial, bundled: false, hash: 0 });
      return index.mentions('quad');
    },
  },
];

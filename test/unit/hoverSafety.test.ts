// Hovers and tooltips cannot carry anything: hostile names, aliases, definitions, facts, editorial
// sentences and note names, 10,000 of them here (FUZZ_RUNS for the long run), render to no image,
// no raw HTML and no link but web links and the hover's own commands.
import * as assert from 'assert';
import * as fc from 'fast-check';
import type { GlossaryTerm } from '../../src/core/glossary/entries';
import type { Mention } from '../../src/core/glossary/glossaryIndex';
import { termToMarkdown, TermLinks } from '../../src/core/glossary/termMarkdown';
import { safeMarkdown, safeText } from '../../src/core/shared/markdown/safeMarkdown';
import { carried } from './markdownSafety';

const OWN = ['upscEditorials.openMention', 'upscEditorials.showTerm', 'upscEditorials.createGlossaryEntry'];
const LINKS: TermLinks = {
  mention: m => `command:${OWN[0]}?${encodeURIComponent(JSON.stringify([m.entry.uri, m.line]))}`,
  term: t => `command:${OWN[1]}?${encodeURIComponent(JSON.stringify([t.id]))}`,
  note: (uri, line) => `command:${OWN[0]}?${encodeURIComponent(JSON.stringify([uri, line]))}`,
  create: t => `command:${OWN[2]}?${encodeURIComponent(JSON.stringify([t.id]))}`,
};

/** Pieces attackers put in text: markup openers, schemes, entities, HTML, autolinks. */
const PIECES = [
  '![x](https://evil.example/p.png)', '![', '](', '[a]', '(command:workbench.action.terminal.new)', '[r]: command:x',
  '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '</div>', '<!--', '&lt;img&gt;', '&#60;b&#62;', '&#x21;[',
  '<https://x.example>', '<file:///etc/passwd>', '<vscode:open>', 'javascript:alert(1)', 'file:///etc/passwd', 'vscode://x',
  'data:image/png;base64,AA', 'a@b.com', 'www.example.com', '`', '``', '\\', '\\[', '*', '**', '_', '~~', '|', '#', '> ', '- ', '1. ',
  '\n', '\n\n', '    ', '\u200b', '$(alert)', '<script>', '[![i](https://x/p.png)](https://x)', '[x][r]', '[r]', '\n[r]: file:///x\n',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.constantFrom('नीति', 'Quad', ' ', 'आयोग')), { maxLength: 14 }).map(p => p.join(''));

const runs = Number(process.env.FUZZ_RUNS) || 10_000;

function term(name: string, aliases: string[], definition: string, facts: string[], href?: string): GlossaryTerm {
  return { id: name.toLowerCase(), name, aliases, definition, facts, related: [], sources: [href ?? ''], origin: { uri: 'file:///g.json', line: 0 },
    ...(href !== undefined ? { fromEditorials: { href } } : {}) };
}

function mention(sentence: string, title: string): Mention {
  const at = Math.floor(sentence.length / 2);
  return {
    entry: { uri: 'file:///e.md', fileName: 'e.md', bundled: false, hash: 0, editorial: { title, source: { date: '2024-01-01' } } } as unknown as Mention['entry'],
    line: 3, text: sentence, start: at, end: at,
  };
}

describe('hover markdown carries nothing (fuzz)', () => {
  it(`${runs} hostile terms: 0 images, 0 raw HTML, 0 links but web links and own commands`, () => {
    fc.assert(fc.property(hostile, fc.array(hostile, { maxLength: 3 }), hostile, fc.array(hostile, { maxLength: 2 }), hostile, fc.boolean(), (name, aliases, definition, facts, extra, library) => {
      const t = term(name || 'x', aliases, library ? '' : definition, facts, library ? extra : undefined);
      const md = termToMarkdown(t, { mentions: [mention(definition + ' ' + extra, extra)], related: [term(extra || 'y', [], 'd', [])], notes: [{ uri: 'file:///n.md', label: extra, line: 0 }] },
        undefined, LINKS, { showSources: true });
      const c = carried(md, OWN);
      assert.deepEqual(c, { images: 0, html: [], badLinks: [] }, md);
    }), { numRuns: runs, seed: 20261204 });
  });

  it('keeps the text: escaped text reads back as itself, and web links in a definition stay links', () => {
    assert.equal(safeText('a *b* [c](d) <e> &amp; `f` a@b.com'), 'a \\*b\\* \\[c\\](d) \\<e\\> \\&amp; \\`f\\` a\\@b.com');
    assert.equal(safeText('# not a heading'), '\\# not a heading');
    assert.equal(safeText('1. not a list'), '1\\. not a list');
    assert.equal(safeText('- not a bullet'), '\\- not a bullet');
    assert.equal(safeMarkdown('**Bold** and [site](https://example.org/a(b)) but [cmd](command:x) and ![img](https://x/i.png)'),
      '**Bold** and [site](https://example.org/a%28b%29) but cmd and img');
  });
});

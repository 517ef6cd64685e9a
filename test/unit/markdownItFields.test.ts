// markdown-it as the bundles ship it (scripts/markdownItFields.js: its class fields assigned, not
// set through its build's helper) must be markdown-it: the same tokens, in the same shape, and the
// same HTML as the published build, for the extension's own settings and for markdown-it's defaults.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { loadMarkdownIt, markdownItSource } from '../../bench/markdownItBuilds';
import { charSoup, loadEditorials, markdownDoc } from './fuzzArbitraries';

interface Md {
  new (preset: 'default', options?: object): Parser;
}
interface Parser {
  parse(text: string, env: object): object[];
  render(text: string): string;
  renderInline(text: string): string;
}
const Shipped = loadMarkdownIt(markdownItSource(true)) as Md;
const Published = loadMarkdownIt(markdownItSource(false)) as Md;
const SETTINGS = [
  { html: false, linkify: false, typographer: false },
  { html: false, linkify: true, typographer: true },
  { html: true, linkify: true, typographer: true },
];
const pairs = SETTINGS.map(o => [new Shipped('default', o), new Published('default', o)] as const);

/** Tokens as plain data, with each one's own keys in order (a field set differently would show). */
const tokens = (md: Parser, text: string) => JSON.stringify(md.parse(text, {}), (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : v));

function same(text: string): void {
  for (const [shipped, published] of pairs) {
    assert.equal(tokens(shipped, text), tokens(published, text));
    assert.equal(shipped.render(text), published.render(text));
    assert.equal(shipped.renderInline(text), published.renderInline(text));
  }
}

describe('markdown-it as shipped', () => {
  it('rewrites every field helper call of the published build, and makes tokens of the same fields', () => {
    const published = markdownItSource(false);
    const shipped = markdownItSource(true);
    assert.ok(/_defineProperty\(\s*this,/.test(published), 'the published build sets fields through the helper');
    assert.ok(!/_defineProperty\(\s*this,/.test(shipped), 'every such call rewritten');
    const first = (M: Md) => new M('default').parse('# x', {})[0];
    assert.deepEqual(Object.keys(first(Shipped)), Object.keys(first(Published)), 'a token\'s fields, in order');
  });

  it('parses and renders the bundled editorials and the real-structure fixtures alike', () => {
    const dir = path.join(__dirname, '../../../test/fixtures/real-structures');
    const fixtures = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.md')).map(f => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
    const texts = [...loadEditorials(), ...fixtures];
    assert.ok(texts.length >= 2, `${texts.length} documents`);
    texts.forEach(same);
  });

  it('parses and renders any editorial-like document or character soup alike', () => {
    fc.assert(fc.property(fc.oneof(markdownDoc, charSoup), same), { numRuns: 400 });
  });
});

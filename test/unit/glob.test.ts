import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import picomatch from 'picomatch/posix';
import { Glob, globMatcher, MAX_GLOB_LENGTH, searchGlob } from '../../src/core/shared/glob';

describe('globMatcher', () => {
  const cases: [string, string, boolean][] = [
    ['**/editorials/**/*.md', 'editorials/a.md', true],
    ['**/editorials/**/*.md', 'notes/editorials/2024/a.md', true],
    ['**/editorials/**/*.md', 'editorials/a.txt', false],
    ['**/editorials/**/*.md', 'myeditorials/a.md', false],
    ['**/*.glossary.json', 'g/x.glossary.json', true],
    ['**/*.glossary.json', 'x.glossary.json', true],
    ['**/*.glossary.json', 'x.json', false],
    ['*.md', 'a/b.md', false],
    ['*.md', '.hidden.md', true],
    ['{notes,editorials}/*.md', 'notes/a.md', true],
    ['{notes,editorials}/*.md', 'other/a.md', false],
    ['{a,{b,c}}/x', 'c/x', true],
    ['file?.md', 'file1.md', true],
    ['?', '/', false],
    ['[ab].md', 'b.md', true],
    ['[!ab].md', 'b.md', false],
    ['[!ab].md', 'c.md', true],
    ['[a-c]', 'b', true],
    ['[]a]', ']', true],
    ['[', '[', true],
    ['a.(b).md', 'a.(b).md', true],
    ['+(a)', '+(a)', true],
    ['{a}', '{a}', true],
    ['a/**', 'a', true],
    ['a/**', 'a/b/c', true],
    ['x/**/', 'x/', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a**b', 'ax/b', false],
    ['\\*', '*', true],
    ['\\*', 'a', false],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globMatcher(glob)(path), expected);
    });
  }

  it('agrees with picomatch on generated globs and paths (the library it replaces)', () => {
    const piece = fc.constantFrom('a', 'b', '.', '/', '*', '**', '?', '{a,b}', '{a,{b,}}', '[ab]', '[!a]', 'md', '-', '**/', '/**');
    const glob = fc.array(piece, { minLength: 1, maxLength: 8 }).map(p => p.join(''))
      // Where the two syntaxes differ: picomatch reads "a/**" as "a", "**" glued to other text, empty alternatives, "./" and "/" edges its own way.
      .filter(g => !/\*\*\*|[^/{,]\*\*|\*\*[^/},]|\/\/|^\/|\/$|\{,|,\}|,,|\/\*\*$|(?:^|\/)\.\.?(?:\/|$)/.test(g));
    // Paths as VS Code gives them: no "." or ".." segment, no empty one, no "/" at either end
    // (picomatch reads those its own way: never "." as a segment, a trailing "/" after "*").
    const path = fc.array(fc.constantFrom('a', 'b', '.', '/', 'md', '.md', 'x'), { maxLength: 8 }).map(p => p.join('')).filter(p => p !== '' && !/(?:^|\/)\.{1,2}(?:\/|$)|^\/|\/$|\/\//.test(p));
    fc.assert(fc.property(glob, path, (g, p) => {
      const reference = picomatch.makeRe(g.replace(/[()+@!]/g, (c, at: number) => (c === '!' && g[at - 1] === '[' ? '^' : '\\' + c)), { dot: true });
      assert.equal(globMatcher(g)(p), reference.test(p), `${g} on ${p}`);
    }), { seed: 512, numRuns: 10_000 });
  });

  it('refuses patterns over the length cap, and stops a match past its step budget', () => {
    assert.equal(globMatcher('a'.repeat(MAX_GLOB_LENGTH + 1))('a'.repeat(MAX_GLOB_LENGTH + 1)), false);
    assert.throws(() => new Glob('*'.repeat(MAX_GLOB_LENGTH + 1)));
    // The pattern that backtracks exponentially as a regular expression: a plain answer here.
    const g = '**/' + '*a'.repeat(120) + '.md';
    assert.equal(globMatcher(g)('a'.repeat(300)), false);
    assert.equal(globMatcher(g)('x/' + 'a'.repeat(300) + '.md'), true);
  });

  it('hands simple globs to the file search as they are, complex ones as a search by extension', () => {
    assert.equal(searchGlob('**/editorials/**/*.md'), '**/editorials/**/*.md');
    assert.equal(searchGlob('**/' + '*a'.repeat(20) + '.md'), '**/*.md');
    assert.equal(searchGlob('{' + 'a,'.repeat(20) + 'b}*?[x]*'), '**/*');
    assert.equal(searchGlob('x'.repeat(MAX_GLOB_LENGTH + 1) + '.json'), '**/*.json');
  });
});

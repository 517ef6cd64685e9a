import * as assert from 'node:assert/strict';
import { globToRegExp } from '../../src/core/shared/glob';

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['**/editorials/**/*.md', 'editorials/a.md', true],
    ['**/editorials/**/*.md', 'notes/editorials/2024/a.md', true],
    ['**/editorials/**/*.md', 'editorials/a.txt', false],
    ['**/editorials/**/*.md', 'myeditorials/a.md', false],
    ['**/*.glossary.json', 'g/x.glossary.json', true],
    ['**/*.glossary.json', 'x.glossary.json', true],
    ['**/*.glossary.json', 'x.json', false],
    ['*.md', 'a/b.md', false],
    ['{notes,editorials}/*.md', 'notes/a.md', true],
    ['{notes,editorials}/*.md', 'other/a.md', false],
    ['file?.md', 'file1.md', true],
    ['[ab].md', 'b.md', true],
    ['a.(b).md', 'a.(b).md', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globToRegExp(glob).test(path), expected);
    });
  }
});

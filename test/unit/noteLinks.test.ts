import * as assert from 'node:assert/strict';
import { findNoteLinks, mentionLines } from '../../src/core/notes/noteLinks';

describe('note links and mention lines', () => {
  it('finds relative markdown links with line fragments and ignores web and command links', () => {
    const text = 'See [a](../editorials/x%20y.md#L42) and [b](notes.md) [c](https://e.org/a.md) [d](command:x.md) [e](#top) [f](img.png)';
    const links = findNoteLinks(text);
    assert.deepEqual(links.map(l => [l.path, l.line]), [['../editorials/x y.md', 42], ['notes.md', undefined]]);
    assert.equal(text.slice(links[0].start, links[0].end), '../editorials/x%20y.md#L42');
  });

  it('gives each mentioned line once with a preview', () => {
    const text = 'one\n  the Quad and the Quad\nthree Quad';
    const starts = [...text.matchAll(/Quad/g)].map(m => ({ start: m.index! }));
    assert.deepEqual(mentionLines(text, starts), [{ line: 1, preview: 'the Quad and the Quad' }, { line: 2, preview: 'three Quad' }]);
    assert.deepEqual(mentionLines(text, []), []);
  });
});

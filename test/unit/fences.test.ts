import * as assert from 'node:assert/strict';
import { FenceTracker } from '../../src/core/shared/fences';
import { importEditorial } from '../../src/core/import/importEditorial';

describe('FenceTracker', () => {
  it('marks a fenced block from its opening to its closing line, closed only by the same character, as long or longer', () => {
    const lines = ['text', '````js', '~~~', '```', 'still code', '`````', 'after', '  ~~~', 'x', '~~~~', 'end'];
    const fences = new FenceTracker();
    assert.deepEqual(lines.map(l => fences.inFence(l)), [false, true, true, true, true, true, false, true, true, true, false]);
  });

  it('keeps code as it is through the importer: blank lines, "*" bullets and bold lines inside', () => {
    const code = ['```', '* not converted', '', '', '', '**Conclusion**', '```'];
    const text = ['## A Title', '', 'This editorial is based on “X” which was published in The Hindu on 01/02/2025.', '', '## What are the Issues?', '', '* a bullet', '', '', '', ...code, ''].join('\n');
    const md = importEditorial(text).markdown;
    assert.ok(md.includes(code.join('\n')), md);
    assert.match(md, /^- a bullet$/m, 'outside the fence, bullets are converted');
    assert.doesNotMatch(md, /\n\n\n- a bullet|a bullet\n\n\n/, 'and blank runs collapsed');
  });
});

// The text functions rewritten to run in linear time, checked against the regular expressions
// they replace (which give the expected answers but took quadratic or exponential time on
// adversarial input), on generated inputs built from the characters that matter to each.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { completionWord } from '../../src/core/glossary/completionWord';
import { findNoteLinks } from '../../src/core/notes/noteLinks';
import { namedAgreements } from '../../src/core/revision/cards/namedAgreements';
import { markdownToPlain } from '../../src/core/summary/summarize';

const SEED = 1919;
const soup = (pieces: string[], maxLength = 40) => fc.array(fc.constantFrom(...pieces), { maxLength }).map(p => p.join(''));

const CAP_WORD = String.raw`(?:[A-Z][\p{L}\p{N}.'’&-]*|\([A-Z][\p{L}\p{N}.-]*\))`;
const NAMED_AGREEMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CAP_WORD}(?:\s+(?:(?:and|of|for|on|&)\s+)?${CAP_WORD})*\s+` +
  String.raw`(?:Agreements?|Accords?|Act|Pact|Treaty|Initiative|Partnership|Alliance|Roadmap|Framework|Mission|Programme|Dialogue|Corridor|agreement|pact)` +
  String.raw`(?![\p{L}\p{N}])(?:\s*\([A-Z][\p{L}\p{N}.-]*\))?`,
  'gu',
);
const LINK = /\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

describe('linear text functions agree with the regular expressions they replace', () => {
  it('namedAgreements', () => {
    const text = soup(['India', 'US', ' ', ' ', '  ', '\t', 'Civil', 'Nuclear', 'Agreement', 'Agreements', 'Agreementz', 'Act', 'Acts', 'Act,', 'and', 'of', '&', 'the',
      '(IEA)', '(', ')', ',', '.', '-', "'", '’', 'x', 'A', 'Paris', 'Pact', 'agreement', 'é', 'Ä', '1', 'US-India', 'Quad', 'Mission', '\u00A0', '😀', 'Ab.'], 30);
    fc.assert(fc.property(text, t => {
      const want = [...t.matchAll(NAMED_AGREEMENT)].map(m => ({ index: m.index, text: m[0] }));
      assert.deepEqual(namedAgreements(t), want, JSON.stringify(t));
    }), { seed: SEED, numRuns: 20_000 });
    assert.deepEqual(namedAgreements('The US-India Civil Nuclear Agreement (CNA) and the Paris Pact.'), [
      { index: 0, text: 'The US-India Civil Nuclear Agreement (CNA)' }, { index: 51, text: 'Paris Pact' }]);
  });

  it('findNoteLinks', () => {
    const text = soup(['[', ']', '(', ')', 'a.md', 'b.md#L3', ' ', '\n', '"', 't', '<', '>', 'http://x.md', '#x', '%20', 'x', '![', '[a](b.md)'], 30);
    fc.assert(fc.property(text, t => {
      const want = [...t.matchAll(LINK)].map(m => m[1]).filter(target => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && /\.(md|markdown)$/i.test(target.split('#')[0]));
      const got = findNoteLinks(t);
      assert.deepEqual(got.map(l => l.target), want, JSON.stringify(t));
      for (const l of got) assert.equal(t.slice(l.start, l.end), l.target);
    }), { seed: SEED, numRuns: 20_000 });
    // The target's offsets are its own, even when the link text spells it too.
    const links = findNoteLinks('[a.md](a.md)');
    assert.deepEqual([links[0].start, links[0].end], [7, 11]);
  });

  it('markdownToPlain', () => {
    const old = (md: string) => md.replace(/\\([\\`*_[\]<>|])/g, '$1').replace(/\*\*|\*|~~|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const text = soup(['[', ']', '(', ')', '*', '**', '\\', '`', '~~', 'a', ' ', '\n', '_', '|']);
    fc.assert(fc.property(text, t => assert.equal(markdownToPlain(t), old(t), JSON.stringify(t))), { seed: SEED, numRuns: 20_000 });
  });

  it('completionWord', () => {
    const old = (line: string) => /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\-.']*$/u.exec(line)?.[0];
    const text = soup(['a', 'B', '1', '-', '.', "'", ' ', '\u0301', '😀', '𝔸', '\uD800', '\uDC00', 'भा', ',', '\t', 'é'], 20);
    fc.assert(fc.property(text, t => assert.equal(completionWord(t), old(t), JSON.stringify(t))), { seed: SEED, numRuns: 20_000 });
    assert.equal(completionWord('x'.repeat(10_000)), undefined, 'a word longer than any term completes nothing');
  });
});

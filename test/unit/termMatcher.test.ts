import * as assert from 'node:assert/strict';
import { isCaseSensitivePattern, MatcherPattern } from '../../src/core/glossary/matcher/patterns';
import { TermMatch, TermMatcher } from '../../src/core/glossary/matcher/termMatcher';
import { mulberry32 } from '../../bench/prng';

// ---------------------------------------------------------------------------------------------
// Helpers

function matcher(...specs: (string | [string, string])[]): TermMatcher {
  return new TermMatcher(specs.map(s => (typeof s === 'string' ? { key: s, text: s } : { key: s[0], text: s[1] })));
}

/** The matched substrings, in order. */
function found(m: TermMatcher, text: string, from?: number, to?: number): string[] {
  return m.scan(text, from, to).map(x => text.slice(x.start, x.end));
}

function keys(m: TermMatcher, text: string): string[] {
  return m.scan(text).map(x => x.key);
}


// ---------------------------------------------------------------------------------------------
// A slow reference: each pattern tried at each position with the same rules, written
// independently of the automaton (code points, regexes), then leftmost-longest selection.

const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02bc']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

function refIsSeparator(ch: string): boolean {
  return ch.length === 1 && (/\s/.test(ch) || DASHES.has(ch));
}
function refIsWord(ch: string): boolean {
  return !APOSTROPHES.has(ch) && /^[\p{L}\p{M}\p{N}]$/u.test(ch);
}
function refFold(ch: string): string {
  if (APOSTROPHES.has(ch)) return "'";
  if (!/^[\p{Cased}\p{Changes_When_Casemapped}]$/u.test(ch)) return ch;
  let f = ch;
  const upper = ch.toUpperCase();
  if (upper.length === ch.length && upper.toLowerCase().length === ch.length) f = upper.toLowerCase();
  else if (ch.toLowerCase().length === ch.length) f = ch.toLowerCase();
  return refIsWord(f) === refIsWord(ch) && refIsSeparator(f) === refIsSeparator(ch) ? f : ch;
}
/** The code point at `i`, not pairing surrogates across `to`. */
function refCharAt(text: string, i: number, to: number): string {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < to) {
    const v = text.charCodeAt(i + 1);
    if (v >= 0xdc00 && v <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i];
}
function refCharBefore(text: string, i: number): string {
  const v = text.charCodeAt(i - 1);
  if (v >= 0xdc00 && v <= 0xdfff && i >= 2) {
    const u = text.charCodeAt(i - 2);
    if (u >= 0xd800 && u <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

type RefToken = { sep: true } | { sep: false; ch: string; folded: string; word: boolean };
interface RefPattern {
  key: string;
  text: string;
  tokens: RefToken[];
  sensitive: boolean;
}

function refTokens(text: string): RefToken[] {
  const out: RefToken[] = [];
  for (const ch of text) {
    if (refIsSeparator(ch)) {
      if (out.length > 0 && !out[out.length - 1].sep) out.push({ sep: true });
    } else {
      out.push({ sep: false, ch: APOSTROPHES.has(ch) ? "'" : ch, folded: refFold(ch), word: refIsWord(ch) });
    }
  }
  while (out.length > 0 && out[out.length - 1].sep) out.pop();
  return out;
}

function refPatterns(patterns: readonly MatcherPattern[]): RefPattern[] {
  const seen = new Set<string>();
  const out: RefPattern[] = [];
  for (const p of patterns) {
    const tokens = refTokens(p.text);
    if (tokens.length === 0) continue;
    const sensitive = isCaseSensitivePattern(p.text);
    const id = (sensitive ? 'S' : 'I') + tokens.map(t => (t.sep ? ' ' : sensitive ? t.ch : t.folded)).join('');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ key: p.key, text: p.text, tokens, sensitive });
  }
  return out;
}

/** End of `p` matched at `i` in text[from, to), or -1. */
function refMatchAt(p: RefPattern, text: string, i: number, to: number): number {
  const first = p.tokens[0];
  if (!first.sep && first.word && i > 0 && refIsWord(refCharBefore(text, i))) return -1;
  let j = i;
  for (const t of p.tokens) {
    if (j >= to) return -1;
    if (t.sep) {
      if (!refIsSeparator(text[j])) return -1;
      let breaks = 0;
      while (j < to && refIsSeparator(text[j])) {
        if (LINE_BREAKS.has(text[j]) && !(text[j] === '\r' && j + 1 < to && text[j + 1] === '\n')) breaks++;
        j++;
      }
      if (breaks >= 2) return -1;
    } else {
      const ch = refCharAt(text, j, to);
      if (refIsSeparator(ch)) return -1;
      const ok = p.sensitive ? (APOSTROPHES.has(ch) ? "'" : ch) === t.ch : refFold(ch) === t.folded;
      if (!ok) return -1;
      j += ch.length;
    }
  }
  const last = p.tokens[p.tokens.length - 1];
  if (!last.sep && last.word && j < text.length && refIsWord(refCharAt(text, j, text.length))) return -1;
  return j;
}

function refScan(patterns: readonly MatcherPattern[], text: string, from = 0, to = text.length): TermMatch[] {
  const ref = refPatterns(patterns);
  const cands: { start: number; end: number; rank: number; p: RefPattern }[] = [];
  for (let i = from; i < to; i++) {
    // Not in the middle of a surrogate pair.
    if (i > from && /[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1])) continue;
    ref.forEach((p, k) => {
      const end = refMatchAt(p, text, i, to);
      // Among patterns with the same span, case-sensitive ones first, then in order.
      if (end > i) cands.push({ start: i, end, rank: (p.sensitive ? 0 : 1e9) + k, p });
    });
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: TermMatch[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    out.push({ start: c.start, end: c.end, key: c.p.key, pattern: c.p.text });
    lastEnd = c.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('termMatcher: isCaseSensitivePattern', () => {
  it('is true for short all-caps abbreviations', () => {
    for (const t of ['ASIA', 'SCO', 'MDP', 'STA-1', 'G20', 'I2U2', 'CAATSA', 'IEA', 'BTA', 'INDUS-X']) {
      assert.equal(isCaseSensitivePattern(t), true, t);
    }
  });

  it('is false for names and for long all-caps words', () => {
    for (const t of ['Asia', 'NISAR satellite', 'Major Defence Partner', 'iCET', 'UNCLOSS', 'NITI आयोग']) {
      assert.equal(isCaseSensitivePattern(t), false, t);
    }
  });
});

describe('termMatcher: construction', () => {
  it('counts distinct patterns, ignoring empty ones and keeping the first key of duplicates', () => {
    const m = new TermMatcher([
      { key: 'quad', text: 'Quad' },
      { key: 'quad2', text: 'quad' },
      { key: 'empty', text: '' },
      { key: 'blank', text: '  - \n' },
      { key: 'f35', text: 'F-35' },
      { key: 'f35b', text: 'F 35' },
      { key: 'QUAD', text: 'QUAD' },
    ]);
    assert.equal(m.size, 3);
    assert.deepEqual(keys(m, 'the Quad and F–35'), ['quad', 'f35']);
    assert.deepEqual(keys(m, 'QUAD'), ['QUAD']);
  });

  it('works with no patterns at all', () => {
    const m = new TermMatcher([]);
    assert.equal(m.size, 0);
    assert.deepEqual(m.scan('anything'), []);
    assert.equal(m.matchAt('anything', 2), undefined);
  });

  it('reports key, pattern and UTF-16 offsets', () => {
    const m = new TermMatcher([
      { key: 'caatsa', text: 'CAATSA' },
      { key: 'nisar', text: 'NISAR satellite' },
    ]);
    assert.equal(m.maxPatternUnits, 'NISAR satellite'.length);
    const text = 'Under CAATSA, the NISAR Satellite…';
    assert.deepEqual(m.scan(text), [
      { start: 6, end: 12, key: 'caatsa', pattern: 'CAATSA' },
      { start: 18, end: 33, key: 'nisar', pattern: 'NISAR satellite' },
    ]);
  });
});

describe('termMatcher: case', () => {
  const m = matcher(['asia-alliance', 'ASIA'], ['asia', 'Asia'], 'SCO', 'CAATSA', 'G20', 'I2U2', 'INDUS-X', 'Major Defence Partner');

  it('matches names in any case', () => {
    assert.deepEqual(found(m, 'a major defence partner, a MAJOR DEFENCE PARTNER'), ['major defence partner', 'MAJOR DEFENCE PARTNER']);
  });

  it('matches short all-caps abbreviations only in exactly that case', () => {
    assert.deepEqual(keys(m, 'ASIA is not Asia'), ['asia-alliance', 'asia']);
    assert.deepEqual(found(m, 'SCO, sco, Sco'), ['SCO']);
    assert.deepEqual(found(m, 'caatsa Caatsa CAATSA'), ['CAATSA']);
    assert.deepEqual(found(m, 'g20 G20 i2u2 I2U2 Indus-X INDUS X'), ['G20', 'I2U2', 'INDUS X']);
  });

  it('lets "asia" match the continent, not the alliance', () => {
    assert.deepEqual(keys(m, 'south asia'), ['asia']);
  });
});

describe('termMatcher: whole words', () => {
  const m = matcher('SCO', 'आयोग', 'NITI आयोग', 'ASIA', 'F-35', 'G20', 'Quad', 'U.S.');

  it('does not match inside a word', () => {
    assert.deepEqual(found(m, 'disco SCOPE xSCO SCOx SCO2'), []);
    assert.deepEqual(found(m, 'Quadrilateral, a quad-core, G2020, F-35A'), ['quad']);
  });

  it('does not match Devanagari inside a longer word (combining marks are word characters)', () => {
    assert.deepEqual(found(m, 'आयोगों की बैठक'), []);
    assert.deepEqual(found(m, 'अआयोग'), []);
  });

  it('matches before danda and punctuation', () => {
    assert.deepEqual(found(m, 'यह आयोग। (SCO), "ASIA"; F-35.'), ['आयोग', 'SCO', 'ASIA', 'F-35']);
  });

  it('matches mixed-script terms in mixed text', () => {
    assert.deepEqual(found(m, 'The NITI आयोग report'), ['NITI आयोग']);
    assert.deepEqual(found(m, 'नीति: niti आयोग।'), ['niti आयोग']);
  });

  it('treats an apostrophe as a boundary', () => {
    assert.deepEqual(found(m, "ASIA's members, the Quad’s agenda"), ['ASIA', 'Quad']);
  });

  it('needs no boundary next to a pattern edge that is not a word character', () => {
    assert.deepEqual(found(m, "U.S.-India ties, the U.S.'s role"), ['U.S.', 'U.S.']);
  });
});

describe('termMatcher: longest and leftmost', () => {
  it('prefers the longest match at the same start', () => {
    const m = matcher('NASA', 'NASA-ISRO AXIOM mission-4', 'ISRO');
    assert.deepEqual(found(m, 'The NASA-ISRO Axiom Mission-4 and NASA, ISRO'), ['NASA-ISRO Axiom Mission-4', 'NASA', 'ISRO']);
    assert.deepEqual(found(m, 'NASA-ISRO Axiom'), ['NASA', 'ISRO']);
  });

  it('prefers the long Quad group where it occurs, and the short one elsewhere', () => {
    const m = matcher('Quad', 'Quad Critical and Emerging Tech Group', 'Critical and Emerging Tech');
    assert.deepEqual(keys(m, 'The Quad Critical and Emerging Tech Group met; the Quad did not. Critical and Emerging Tech'), [
      'Quad Critical and Emerging Tech Group',
      'Quad',
      'Critical and Emerging Tech',
    ]);
    assert.deepEqual(keys(m, 'Quad Critical and Emerging Tech'), ['Quad', 'Critical and Emerging Tech']);
  });

  it('takes the leftmost of overlapping terms, without overlaps', () => {
    const m = matcher('Quad Critical', 'Critical Minerals', 'Minerals Security Partnership');
    assert.deepEqual(found(m, 'Quad Critical Minerals Security Partnership'), ['Quad Critical', 'Minerals Security Partnership']);
    assert.deepEqual(found(m, 'Critical Minerals Security Partnership'), ['Critical Minerals']);
  });

  it('finds adjacent terms and terms at the start and end of the text', () => {
    const m = matcher('SCO', 'BRICS', 'G20');
    assert.deepEqual(found(m, 'SCO BRICS,G20'), ['SCO', 'BRICS', 'G20']);
    assert.deepEqual(m.scan('G20'), [{ start: 0, end: 3, key: 'G20', pattern: 'G20' }]);
  });

  it('finds nested terms only through the outer one', () => {
    const m = matcher('India-US', 'US', 'India-US Defence', 'Defence Acceleration Ecosystem');
    assert.deepEqual(found(m, 'India-US Defence Acceleration Ecosystem'), ['India-US Defence']);
    assert.deepEqual(found(m, 'the US, India-US ties'), ['US', 'India-US']);
  });
});

describe('termMatcher: separators', () => {
  const m = matcher('F-35', 'Major Defence Partner', "Don't Look Up", 'STA-1', 'Quad Leaders’ Summit');

  it('treats hyphens, dashes, spaces and NBSP as the same separator', () => {
    for (const sep of ['-', '\u2011', '\u2010', '\u2013', '\u2014', ' ', '\u00a0', '\t', ' - ', '  ']) {
      assert.deepEqual(found(m, `the F${sep}35 jet`), [`F${sep}35`], JSON.stringify(sep));
    }
  });

  it('needs a separator where the pattern has one', () => {
    assert.deepEqual(found(m, 'F35, STA1'), []);
  });

  it('matches across a single line break, not across a blank line', () => {
    assert.deepEqual(found(m, 'a Major\nDefence Partner'), ['Major\nDefence Partner']);
    assert.deepEqual(found(m, 'a Major  \r\n  Defence Partner'), ['Major  \r\n  Defence Partner']);
    assert.deepEqual(found(m, 'a Major\rDefence\u2028Partner'), ['Major\rDefence\u2028Partner']);
    assert.deepEqual(found(m, 'a Major\n\nDefence Partner'), []);
    assert.deepEqual(found(m, 'a Major\r\n\r\nDefence Partner'), []);
    assert.deepEqual(found(m, 'a Major \n \n Defence Partner'), []);
  });

  it('treats straight and curly apostrophes alike, both ways', () => {
    assert.deepEqual(found(m, 'Don’t Look Up; don\u2018t look up'), ['Don’t Look Up', 'don\u2018t look up']);
    assert.deepEqual(found(m, "Quad Leaders' Summit"), ["Quad Leaders' Summit"]);
  });

  it('returns offsets into the original text', () => {
    const text = 'x\r\n  Major \r\n Defence\u00a0\u00a0Partner!';
    const [hit] = m.scan(text);
    assert.equal(hit.start, text.indexOf('Major'));
    assert.equal(hit.end, text.indexOf('!'));
  });
});

describe('termMatcher: Unicode', () => {
  it('handles surrogate pairs, emoji and combining marks around terms', () => {
    const m = matcher('ISRO', 'café', '𝐀𝐁 Corp', 'Mission 🚀');
    assert.deepEqual(found(m, '🚀ISRO🚀 𝐀ISRO ISRO\u0301 ISRO'), ['ISRO', 'ISRO']);
    assert.deepEqual(m.scan('🚀ISRO')[0].start, 2);
    assert.deepEqual(found(m, 'the CAFÉ and 𝐀𝐁 corp, Mission 🚀!'), ['CAFÉ', '𝐀𝐁 corp', 'Mission 🚀']);
  });

  it('folds Greek final sigma and other one-to-one case pairs', () => {
    const m = matcher('Σίσυφος');
    assert.deepEqual(found(m, 'σίσυφοσ and ΣΊΣΥΦΟΣ'), ['σίσυφοσ', 'ΣΊΣΥΦΟΣ']);
  });

  it('never throws: empty text, lone surrogates, odd arguments', () => {
    const m = matcher('ISRO', 'SCO');
    assert.deepEqual(m.scan(''), []);
    assert.deepEqual(found(m, '\ud800ISRO\udc00 \udc00SCO\ud800'), ['ISRO', 'SCO']);
    assert.deepEqual(m.scan('ISRO', Number.NaN, Number.NaN), m.scan('ISRO'));
    assert.deepEqual(m.scan('ISRO', -5, 99), m.scan('ISRO'));
    assert.deepEqual(m.scan('ISRO', 3, 1), []);
    assert.equal(m.matchAt('', 0), undefined);
    assert.equal(m.matchAt('ISRO', -1), undefined);
    assert.equal(m.matchAt('ISRO', 4), undefined);
    assert.equal(m.matchAt('ISRO', Number.NaN), undefined);
    const weird = new TermMatcher([
      { key: 'lone', text: '\ud83dX' },
      { key: 'low', text: 'Y\udc00' },
      { key: 'ok', text: 'ISRO' },
    ]);
    assert.deepEqual(keys(weird, '\ud83dX Y\udc00 ISRO'), ['lone', 'low', 'ok']);
  });

  it('scans a 1 MB single line', () => {
    const m = matcher('ISRO', 'Major Defence Partner');
    const line = 'lorem ipsum '.repeat(87_381) + 'Major Defence Partner';
    assert.ok(line.length > 1_000_000);
    const hits = m.scan(line);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].start, line.length - 'Major Defence Partner'.length);
    assert.equal(m.matchAt(line, line.length - 3)?.key, 'Major Defence Partner');
  });
});

describe('termMatcher: scan ranges', () => {
  const m = matcher('ASIA', 'Major Defence Partner', 'SCO');

  it('reports only matches inside [from, to)', () => {
    const text = 'ASIA and SCO and ASIA';
    assert.deepEqual(m.scan(text, 1).map(x => x.start), [9, 17]);
    assert.deepEqual(m.scan(text, 0, 12).map(x => x.start), [0, 9]);
    assert.deepEqual(m.scan(text, 0, 11).map(x => x.start), [0]);
    assert.deepEqual(m.scan(text, 9, 12).map(x => x.start), [9]);
  });

  it('looks outside the range for word boundaries', () => {
    assert.deepEqual(m.scan('xASIA', 1), []);
    assert.deepEqual(m.scan('ASIAx', 0, 4), []);
    assert.deepEqual(m.scan('-ASIA-', 1, 5).map(x => x.start), [1]);
  });

  it('does not let a match run past the range', () => {
    const text = 'Major Defence Partner';
    assert.deepEqual(m.scan(text, 0, text.length - 1), []);
    assert.deepEqual(m.scan(text, 0, text.length).length, 1);
  });
});

describe('termMatcher: matchAt', () => {
  const m = matcher('Major Defence Partner', 'ASIA', 'SCO');
  const text = 'Line one.\nIndia is a Major\nDefence Partner of the US.\nSCO meets.\n\nASIA';

  it('finds the match covering a middle offset, its first and last unit', () => {
    const start = text.indexOf('Major');
    const end = text.indexOf(' of the');
    for (const offset of [start, start + 8, text.indexOf('Partner'), end - 1]) {
      assert.deepEqual(m.matchAt(text, offset), { start, end, key: 'Major Defence Partner', pattern: 'Major Defence Partner' });
    }
  });

  it('finds a term broken across the line break from either line', () => {
    assert.equal(m.matchAt(text, text.indexOf('Defence'))?.key, 'Major Defence Partner');
    assert.equal(m.matchAt(text, text.indexOf('Major') + 1)?.key, 'Major Defence Partner');
  });

  it('returns undefined off terms', () => {
    for (const offset of [0, text.indexOf('India'), text.indexOf(' of the'), text.indexOf('meets'), text.length - 5]) {
      assert.equal(m.matchAt(text, offset), undefined, String(offset));
    }
  });

  it('finds terms on the first and last line', () => {
    assert.equal(m.matchAt(text, text.indexOf('SCO') + 2)?.key, 'SCO');
    assert.equal(m.matchAt(text, text.length - 1)?.key, 'ASIA');
    assert.equal(m.matchAt('ASIA', 0)?.key, 'ASIA');
  });
});

// ---------------------------------------------------------------------------------------------
// Synthetic glossaries

const CONSONANTS = 'bdgkmnprst';
const VOWELS = 'aeiou';
function glossary(seed: number, size: number): { patterns: MatcherPattern[]; words: string[] } {
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const syllable = () => CONSONANTS[int(CONSONANTS.length)] + VOWELS[int(VOWELS.length)];
  const words = Array.from({ length: 3000 }, () => Array.from({ length: 2 + int(3) }, syllable).join(''));
  const title = (w: string) => w[0].toUpperCase() + w.slice(1);
  const patterns: MatcherPattern[] = [];
  for (let k = 0; patterns.length < size; k++) {
    if (k % 6 === 5) {
      const abbr = Array.from({ length: 2 + int(5) }, () => (CONSONANTS + VOWELS)[int(15)].toUpperCase()).join('');
      patterns.push({ key: `a${k}`, text: abbr + (int(4) === 0 ? '-' + (1 + int(9)) : '') });
    } else {
      const n = 1 + int(4);
      patterns.push({ key: `t${k}`, text: Array.from({ length: n }, () => title(words[int(words.length)])).join(int(8) === 0 ? '-' : ' ') });
    }
  }
  return { patterns, words };
}

describe('termMatcher: a 10,000-pattern glossary', () => {
  it('finds known terms with exact offsets in a large text', () => {
    const { patterns } = glossary(42, 10_000);
    const m = new TermMatcher(patterns);
    assert.ok(m.size > 9_000);
    const rand = mulberry32(7);
    // Filler words use consonants no pattern has, so only the planted terms can match.
    const filler = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => 'fhjlvwxyz'[Math.floor(rand() * 9)] + 'aeiou'[Math.floor(rand() * 5)]).join('');
    const picks = [3, 777, 1234, 5000, 9998, 4321, 6006].map(k => patterns[k]);
    let text = '';
    const expected: TermMatch[] = [];
    for (let round = 0; round < 40; round++) {
      for (let w = 0; w < 2000; w++) text += filler() + (w % 13 === 12 ? '.\n' : ' ');
      const p = picks[round % picks.length];
      const variant = round % 2 === 0 || isCaseSensitivePattern(p.text) ? p.text : p.text.toUpperCase().replace(/ /g, '\n');
      text += '(';
      // The first pattern with the same text up to separators (and case) keeps the key.
      const norm = (t: string) => (isCaseSensitivePattern(t) ? 'S' + t : 'I' + t.toLowerCase()).replace(/[\s-]+/g, ' ');
      const first = patterns.find(q => norm(q.text) === norm(p.text)) as MatcherPattern;
      expected.push({ start: text.length, end: text.length + variant.length, key: first.key, pattern: first.text });
      text += variant + ') ';
    }
    assert.ok(text.length > 300_000);
    assert.deepEqual(m.scan(text), expected);
    const mid = expected[17];
    assert.deepEqual(m.matchAt(text, (mid.start + mid.end) >> 1), mid);
  });
});

describe('termMatcher: built step by step', () => {
  it('builds the same matcher as the constructor, in many short steps', () => {
    const { patterns } = glossary(42, 10_000);
    const steps = TermMatcher.building(patterns);
    let r = steps.next();
    let count = 1;
    while (!r.done) {
      r = steps.next();
      count++;
    }
    const stepwise = r.value;
    const whole = new TermMatcher(patterns);
    // 10,000 patterns: the tables, 7 pauses per 1,500 patterns twice, the trie nodes, 4 between steps.
    assert.ok(count >= 20, `${count} steps`);
    assert.deepEqual(stepwise.stats, whole.stats);
    const text = patterns.slice(0, 3000).map(p => p.text).join(' and ');
    assert.deepEqual(stepwise.scan(text), whole.scan(text));
    assert.ok(stepwise.scan(text).length > 1000);
  });
});

describe('termMatcher: differential test against a slow reference', () => {
  const FRAGMENTS = [
    'Quad', 'quad', 'QUAD', 'Critical', 'critical', 'Minerals', 'ASIA', 'Asia', 'asia', 'SCO', 'sco', 'disco',
    'F', '35', 'G20', 'I2U2', 'NITI', 'आयोग', 'आयोगों', 'ों', 'NASA', 'ISRO', 'AXIOM', 'e\u0301', 'café', 'CAFÉ',
    'İstanbul', 'ß', 'Σ', 'σ', 'ς', '🚀', '𝐀', 'don', 't', 'U.S.', 'x', 'ab', 'Ab', 'AB', 'a', '4',
  ];
  const SEPARATORS = [' ', '-', '\u2011', '\u2013', '\u00a0', ' - '];
  const GLUE = [' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', ' \n ', '-', '—', ', ', '. ', '।', '', '', "'", '’', '(', ')', '🚀', '\t'];

  function randomCase(rand: () => number, s: string): string {
    const r = rand();
    return r < 0.6 ? s : r < 0.8 ? s.toUpperCase() : s.toLowerCase();
  }

  for (const [label, denseBytes] of [['dense rows for every state', 1 << 30], ['mostly sparse states', 0]] as const) {
    it(`agrees on ${label}`, () => {
      const rand = mulberry32(denseBytes === 0 ? 99 : 2024);
      const int = (n: number) => Math.floor(rand() * n);
      let compared = 0;
      for (let trial = 0; trial < 150; trial++) {
        const patterns: MatcherPattern[] = [];
        const count = 5 + int(40);
        for (let k = 0; k < count; k++) {
          const n = 1 + int(3);
          let text = '';
          for (let j = 0; j < n; j++) {
            if (j > 0) text += rand() < 0.8 ? SEPARATORS[int(SEPARATORS.length)] : ["'", '’', ''][int(3)];
            text += randomCase(rand, FRAGMENTS[int(FRAGMENTS.length)]);
          }
          patterns.push({ key: `k${k}`, text });
        }
        const m = new TermMatcher(patterns, { denseBytes });
        for (let t = 0; t < 3; t++) {
          let text = '';
          const words = 5 + int(60);
          for (let w = 0; w < words; w++) {
            text += rand() < 0.3 ? randomCase(rand, patterns[int(patterns.length)].text) : randomCase(rand, FRAGMENTS[int(FRAGMENTS.length)]);
            text += GLUE[int(GLUE.length)];
          }
          assert.deepEqual(m.scan(text), refScan(patterns, text), JSON.stringify({ patterns, text }));
          // A sub-range that does not split a surrogate pair.
          let from = int(text.length + 1);
          let to = from + int(text.length - from + 1);
          const splits = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1]);
          if (splits(from)) from--;
          if (splits(to)) to++;
          assert.deepEqual(m.scan(text, from, to), refScan(patterns, text, from, to), JSON.stringify({ patterns, text, from, to }));
          compared += 2;
        }
      }
      assert.equal(compared, 900);
    });
  }

  it('agrees on random UTF-16 (lone surrogates, marks, odd punctuation) in texts and patterns', () => {
    const rand = mulberry32(31337);
    const int = (n: number) => Math.floor(rand() * n);
    const RANGES: [number, number][] = [
      [0x20, 0x7e], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x17f], [0x300, 0x36f], [0x370, 0x3ff],
      [0x900, 0x97f], [0x2000, 0x206f], [0xd800, 0xdfff], [0xfe00, 0xfeff], [0x0a, 0x0d],
    ];
    const unit = () => {
      const [lo, hi] = RANGES[int(RANGES.length)];
      return String.fromCharCode(lo + int(hi - lo + 1));
    };
    const junk = (n: number) => Array.from({ length: n }, () => (rand() < 0.1 ? String.fromCodePoint(0x1f300 + int(200)) : unit())).join('');
    for (let trial = 0; trial < 60; trial++) {
      const patterns = Array.from({ length: 3 + int(12) }, (_, k) => ({ key: `j${k}`, text: junk(1 + int(5)) }));
      const m = new TermMatcher(patterns, { denseBytes: int(2) === 0 ? 0 : 1 << 20 });
      for (let t = 0; t < 5; t++) {
        let text = '';
        for (let w = 0; w < 30; w++) text += rand() < 0.4 ? patterns[int(patterns.length)].text : junk(1 + int(6));
        assert.deepEqual(m.scan(text), refScan(patterns, text), JSON.stringify({ patterns, text }));
      }
    }
  });
});

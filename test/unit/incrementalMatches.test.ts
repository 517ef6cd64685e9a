import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ChunkedText } from '../../src/core/glossary/matcher/chunkedText';
import { DocumentMatches } from '../../src/core/glossary/matcher/documentMatches';
import { applyTextChanges, TextChange } from '../../src/core/glossary/matcher/textChanges';
import { MatcherPattern } from '../../src/core/glossary/matcher/patterns';
import { TermMatcher } from '../../src/core/glossary/matcher/termMatcher';

// Patterns chosen to collide: shared words, prefixes of each other, multi-word names that can be
// laid over several lines, case-sensitive abbreviations, hyphen variants, punctuation.
const PATTERNS: MatcherPattern[] = [
  'Alpha Beta', 'Alpha Beta Gamma', 'Beta Gamma Delta Alpha', 'Gamma', 'Delta Force', 'beta-gamma',
  'Civil Liability for Nuclear Damage Act', 'Nuclear Damage', 'Atomic Energy Act, 1962', "Countering America's Adversaries",
  'SCO', 'QUAD', 'G20', 'G-20', 'INDUS-X', 'U.S.', 'R&D', 'India-US', 'US', 'Quad Critical and Emerging Tech Group',
].map((text, k) => ({ key: `t${k}`, text }));
const matcher = new TermMatcher(PATTERNS);
const MAX_UNITS = Math.max(...PATTERNS.map(p => p.text.length));

/** Sequential application, written independently of applyTextChanges. */
function applyPlain(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) {
    const start = Math.max(0, Math.min(text.length, c.start));
    const end = Math.max(start, Math.min(text.length, start + c.deletedLength));
    text = text.slice(0, start) + c.insertedText + text.slice(end);
  }
  return text;
}

function check(doc: DocumentMatches, expectedText: string, range: { from: number; to: number }): void {
  assert.equal(doc.text, expectedText);
  assert.deepEqual(doc.matches, matcher.scan(expectedText));
  assert.ok(range.from >= 0 && range.from <= range.to && range.to <= expectedText.length, JSON.stringify(range));
}

function edit(doc: DocumentMatches, changes: TextChange[]): void {
  const expected = applyPlain(doc.text, changes);
  check(doc, expected, doc.apply(changes));
}

const ins = (start: number, insertedText: string): TextChange => ({ start, deletedLength: 0, insertedText });
const del = (start: number, deletedLength: number): TextChange => ({ start, deletedLength, insertedText: '' });

describe('applyTextChanges', () => {
  it('applies changes in order and reports what each stretch replaced', () => {
    const r = applyTextChanges('hello world', [{ start: 6, deletedLength: 5, insertedText: 'there' }, ins(0, '> ')]);
    assert.equal(r.text, '> hello there');
    assert.deepEqual(r.hunks, [
      { oldFrom: 0, oldTo: 0, newFrom: 0, newTo: 2 },
      { oldFrom: 6, oldTo: 11, newFrom: 8, newTo: 13 },
    ]);
  });

  it('merges edits of the same stretch and ignores empty ones', () => {
    const r = applyTextChanges('abcdef', [ins(3, 'XY'), del(2, 3), ins(0, '')]);
    assert.equal(r.text, 'abdef');
    assert.deepEqual(r.hunks, [{ oldFrom: 2, oldTo: 3, newFrom: 2, newTo: 2 }]);
    assert.deepEqual(applyTextChanges('abc', [ins(1, '')]).hunks, []);
  });

  it('clamps offsets outside the text', () => {
    assert.equal(applyTextChanges('abc', [{ start: 10, deletedLength: 5, insertedText: '!' }]).text, 'abc!');
    assert.equal(applyTextChanges('abc', [{ start: -4, deletedLength: 1, insertedText: '' }]).text, 'bc');
  });
});

describe('ChunkedText', () => {
  it('reads and edits like a string, across chunk boundaries', () => {
    let seed = 3;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.floor((seed / 2 ** 32) * n);
    };
    const piece = (n: number) => Array.from({ length: n }, (_, k) => 'abc def\n“é😀'[(k + n) % 12]).join('');
    let model = piece(20_000);
    const text = new ChunkedText(model);
    for (let step = 0; step < 400; step++) {
      const start = rand(model.length + 1);
      const deleted = rand(4) === 0 ? rand(9000) : rand(20);
      const inserted = rand(5) === 0 ? piece(rand(12_000)) : piece(rand(6));
      const end = Math.min(model.length, start + deleted);
      model = model.slice(0, start) + inserted + model.slice(end);
      text.replace(start, end - start, inserted);
      assert.equal(text.length, model.length);
      const a = rand(model.length + 1);
      const b = a + rand(10_000);
      assert.equal(text.slice(a, b), model.slice(a, b));
      assert.equal(text.charCodeAt(a), a < model.length ? model.charCodeAt(a) : NaN);
      if (step % 50 === 0) assert.equal(text.toString(), model);
    }
    assert.equal(text.toString(), model);
    text.replace(0, model.length, '');
    assert.equal(text.toString(), '');
    assert.equal(text.length, 0);
  });
});

describe('DocumentMatches', () => {
  it('starts with a full scan', () => {
    const text = 'The SCO and the Alpha Beta Gamma meet the US.';
    const doc = new DocumentMatches(matcher, text);
    assert.equal(doc.text, text);
    assert.deepEqual(doc.matches, matcher.scan(text));
    assert.equal(doc.matches.length, 3);
  });

  it('follows a term typed one character at a time, and its deletion', () => {
    const doc = new DocumentMatches(matcher, 'Notes:\n\nWe met at the  summit.\nEnd.');
    const at = doc.text.indexOf('  summit') + 1;
    const term = 'Civil Liability for Nuclear Damage Act ';
    for (let k = 0; k < term.length; k++) edit(doc, [ins(at + k, term[k])]);
    assert.ok(doc.matches.some(m => m.pattern === 'Civil Liability for Nuclear Damage Act'));
    for (let k = term.length - 1; k >= 0; k--) edit(doc, [del(at + k, 1)]);
    assert.deepEqual(doc.matches, []);
  });

  it('handles a term broken over several lines when only its last line is edited', () => {
    const filler = 'plain words on a line of their own\n'.repeat(5);
    const text = `${filler}Beta\nGamma\nDelta\nAlphx is here\n${filler}`;
    const doc = new DocumentMatches(matcher, text, { maxTermUnits: MAX_UNITS });
    assert.ok(!doc.matches.some(m => m.pattern === 'Beta Gamma Delta Alpha'));
    const x = text.indexOf('Alphx') + 4;
    edit(doc, [{ start: x, deletedLength: 1, insertedText: 'a' }]);
    assert.ok(doc.matches.some(m => m.pattern === 'Beta Gamma Delta Alpha'), 'completed across four lines');
    edit(doc, [ins(doc.text.indexOf('Gamma\n') + 5, '\n')]);
    assert.ok(!doc.matches.some(m => m.pattern === 'Beta Gamma Delta Alpha'), 'a blank line breaks it');
  });

  it('re-scans past a match that straddled the margin in the old text', () => {
    // Before: "Alpha⏎Beta Gamma" runs from the margin line into the next one. After completing
    // "Delta", "Beta Gamma Delta⏎Alpha" takes "Alpha", and "Beta Gamma" below becomes a match.
    const text = 'intro\nBeta Gamma Deltx\nAlpha\nBeta Gamma and more\nend\n';
    const doc = new DocumentMatches(matcher, text, { maxTermUnits: MAX_UNITS });
    assert.ok(doc.matches.some(m => m.pattern === 'Alpha Beta Gamma'));
    edit(doc, [{ start: text.indexOf('Deltx') + 4, deletedLength: 1, insertedText: 'a' }]);
    assert.deepEqual(doc.matches.map(m => m.pattern), ['Beta Gamma Delta Alpha', 'beta-gamma']);
    // The same with a second cursor at the start of the line below.
    const doc2 = new DocumentMatches(matcher, text, { maxTermUnits: MAX_UNITS });
    edit(doc2, [ins(text.indexOf('Beta Gamma and'), '*'), { start: text.indexOf('Deltx') + 4, deletedLength: 1, insertedText: 'a' }]);
  });

  it('applies VS Code multi-cursor batches (offsets from the end backwards) and CRLF text', () => {
    const doc = new DocumentMatches(matcher, 'Alpha\r\nBeta and SCO\r\n\r\nQUAD G-20 India US\r\n');
    const t = doc.text;
    edit(doc, [ins(t.indexOf('US'), 'India-'), del(t.indexOf('G-20') + 1, 1), ins(t.indexOf('Beta') + 4, ' Gamma')]);
    edit(doc, [{ start: 0, deletedLength: doc.text.length, insertedText: 'R&D in the U.S. and\nAlpha Beta' }]);
    edit(doc, [del(0, doc.text.length)]);
    assert.deepEqual(doc.matches, []);
    edit(doc, [ins(0, 'INDUS-X')]);
  });

  it('re-scans only a few lines around a keystroke in a long note', () => {
    const line = (k: number) => `Line ${k}: the Alpha Beta Gamma and the SCO met; Nuclear Damage was discussed.\n`;
    const text = Array.from({ length: 2000 }, (_, k) => line(k)).join('');
    for (const doc of [new DocumentMatches(matcher, text, { maxTermUnits: MAX_UNITS }), new DocumentMatches(matcher, text)]) {
      const at = text.indexOf('Line 1000:') + 20;
      const range = doc.apply([ins(at, 'x')]);
      check(doc, applyPlain(text, [ins(at, 'x')]), range);
      assert.ok(range.to - range.from < 6 * line(1000).length,
        `re-scanned ${range.to - range.from} units (does TermMatcher still keep maxPatternUnits? see incrementalMatches.ts)`);
      assert.ok(range.from <= at && range.to > at);
    }
  });

  it('stays exact without a bound on term length', () => {
    const doc = new DocumentMatches(matcher, 'Alpha\nBeta Gamma\nDelta Alpha', { maxTermUnits: Infinity });
    edit(doc, [ins(0, 'Beta\nGamma\nDelta\n')]);
    edit(doc, [del(5, 7)]);
  });

  it('gives the matches overlapping a range, for the visible lines', () => {
    const text = 'SCO and QUAD\nAlpha\nBeta here, G20 there';
    const doc = new DocumentMatches(matcher, text);
    const slice = (from: number, to: number) => doc.matchesIn(from, to).map(m => text.slice(m.start, m.end));
    assert.deepEqual(slice(0, text.length), doc.matches.map(m => text.slice(m.start, m.end)));
    assert.deepEqual(slice(1, 2), ['SCO']);
    assert.deepEqual(slice(3, 8), []);
    assert.deepEqual(slice(text.indexOf('Beta'), text.indexOf('Beta') + 1), ['Alpha\nBeta']);
    assert.deepEqual(slice(text.length, text.length + 5), []);
  });

  it('reports an empty range when nothing changed', () => {
    const doc = new DocumentMatches(matcher, 'SCO');
    assert.deepEqual(doc.apply([]), { from: 0, to: 0 });
    assert.deepEqual(doc.apply([ins(1, '')]), { from: 0, to: 0 });
    assert.deepEqual(doc.matches, matcher.scan('SCO'));
  });
});

// ---------------------------------------------------------------------------------------------
// Randomized differential test: after every edit, matches === a fresh full scan.

/** Pieces of text: words, whole terms, halves of terms, separators of every kind. */
const PIECES: string[] = [
  ...PATTERNS.map(p => p.text),
  ...PATTERNS.flatMap(p => [p.text.slice(0, p.text.length >> 1), p.text.slice(p.text.length >> 1)]),
  ...PATTERNS.map(p => p.text.toLowerCase()),
  ...PATTERNS.map(p => p.text.replace(/ /g, '\n')),
  'alpha', 'BETA', 'gamma', 'Delta', 'sco', 'Sco', 'disco', 'quadrant', 'G2', '0', 'X', "'s", '’', 'é', '😀',
  ' ', ' ', ' ', '  ', '\n', '\n', '\r\n', '\n\n', ' - ', '-', '—', '\t', ', ', '. ', '(', ')', '\u00a0',
];

type Op =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; piece: string }
  | { kind: 'batch'; parts: { at: number; length: number; piece: string }[]; descending: boolean };

/** Turns an op (positions as fractions of the text length) into changes for `text`. */
function toChanges(text: string, op: Op): TextChange[] {
  const pos = (f: number) => Math.floor(f * (text.length + 1));
  switch (op.kind) {
    case 'insert':
      return [ins(pos(op.at), op.piece)];
    case 'delete':
      return [del(pos(op.at), op.length)];
    case 'replace':
      return [{ start: pos(op.at), deletedLength: op.length, insertedText: op.piece }];
    case 'batch': {
      if (!op.descending) {
        // Arbitrary sequence: each change refers to the text left by the previous one.
        let t = text;
        return op.parts.map(p => {
          const c = { start: Math.floor(p.at * (t.length + 1)), deletedLength: p.length, insertedText: p.piece };
          t = applyPlain(t, [c]);
          return c;
        });
      }
      // VS Code's shape: non-overlapping ranges of the old text, from the end backwards.
      const ranges = op.parts.map(p => ({ start: pos(p.at), length: p.length, piece: p.piece })).sort((a, b) => b.start - a.start);
      const out: TextChange[] = [];
      let limit = text.length;
      for (const r of ranges) {
        if (r.start > limit) continue;
        const length = Math.min(r.length, limit - r.start);
        out.push({ start: r.start, deletedLength: length, insertedText: r.piece });
        limit = r.start - 1;
        if (limit < 0) break;
      }
      return out;
    }
  }
}

const pieceArb = fc.constantFrom(...PIECES);
const fracArb = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const lengthArb = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 60 }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fracArb, piece: pieceArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fracArb, length: lengthArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fracArb, length: lengthArb, piece: pieceArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      parts: fc.array(fc.record({ at: fracArb, length: fc.integer({ min: 0, max: 8 }), piece: fc.oneof(pieceArb, fc.constant('')) }), { minLength: 1, maxLength: 4 }),
      descending: fc.boolean(),
    }),
  },
);

/** Multi-word terms laid over several lines, cut at every line break: edits far below a term's first line. */
const LINE_PIECES: string[] = [
  ...PATTERNS.filter(p => p.text.includes(' ')).flatMap(p => {
    const lines = p.text.split(' ');
    return lines.map((_, k) => [lines.slice(0, k).join('\n'), lines.slice(k).join('\n')]).flat().filter(Boolean).map(s => s + '\n');
  }),
  '\n', '\n', ' ', 'a', 'x', '\n\n', 'Alph', 'Act', '-',
];

describe('DocumentMatches, randomized against a full scan', () => {
  for (const [name, pieces, options] of [
    ['with the matcher\'s bound', pieceArb, {}],
    ['with an explicit bound', pieceArb, { maxTermUnits: MAX_UNITS }],
    ['terms over several lines', fc.constantFrom(...LINE_PIECES), {}],
  ] as const) {
    it(`matches a fresh scan after random edits (${name}, seeded)`, () => {
      const ops = fc.oneof(
        opArb,
        fc.record({ kind: fc.constant('insert' as const), at: fracArb, piece: pieces }),
        fc.record({ kind: fc.constant('delete' as const), at: fracArb, length: fc.integer({ min: 1, max: 3 }) }),
      );
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 80 }), fc.array(ops, { minLength: 1, maxLength: 25 }), (start, ops) => {
          let text = start.join('');
          const doc = new DocumentMatches(matcher, text, options);
          for (const op of ops) {
            const changes = toChanges(text, op);
            text = applyPlain(text, changes);
            const range = doc.apply(changes);
            assert.equal(doc.text, text);
            assert.deepEqual(doc.matches, matcher.scan(text));
            assert.ok(range.from >= 0 && range.from <= range.to && range.to <= text.length);
          }
        }),
        { seed: 20240217, numRuns: 400 },
      );
    });
  }

  it('matches a fresh scan over a long editing session of a larger note (seeded)', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = () => PIECES[Math.floor(rand() * PIECES.length)];
    let text = Array.from({ length: 1500 }, () => pick() + (rand() < 0.7 ? ' ' : '')).join('');
    const doc = new DocumentMatches(matcher, text);
    for (let step = 0; step < 1000; step++) {
      const r = rand();
      const at = Math.floor(rand() * (text.length + 1));
      const change: TextChange = r < 0.5 ? ins(at, pick())
        : r < 0.8 ? del(at, 1 + Math.floor(rand() * 12))
          : { start: at, deletedLength: Math.floor(rand() * 30), insertedText: pick() };
      text = applyPlain(text, [change]);
      doc.apply([change]);
      assert.equal(doc.text, text);
      assert.deepEqual(doc.matches, matcher.scan(text), `step ${step}`);
    }
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Card, cardId, cardRef, glossaryTermFinder, hashString, normalizeKey } from '../../src/core/revision/cards/card';
import { readingQueue, sourceCandidates } from '../../src/core/revision/readingQueue';
import { PackedRefs } from '../../src/core/revision/cards/editorialCardRefs';
import { newCardState, review } from '../../src/core/revision/scheduler';
import { editorialCards } from '../../src/core/revision/cards/editorialCards';
import { noteCards } from '../../src/core/revision/cards/noteCards';
import { termCards } from '../../src/core/revision/cards/termCards';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import type { Editorial, Point } from '../../src/core/editorial/model';
import { markdownToPlain, sentences } from '../../src/core/summary/summarize';

const DATA = path.join(__dirname, '../../../data');
const SAMPLE_URI = 'file:///ws/editorials/indo-us-editorial.md';
const sampleText = fs.readFileSync(path.join(DATA, 'editorials', 'indo-us-editorial.md'), 'utf8');
const sample = parseEditorial(sampleText);
const glossaryTerms = parseGlossaryJson(fs.readFileSync(path.join(DATA, 'glossary.json'), 'utf8'), 'bundled:glossary.json').terms;
const glossary = new GlossaryIndex();
glossary.setSource('bundled:glossary.json', glossaryTerms, true);
/** What the extension passes: the canonical names of the glossary terms found. */
const findTerms = glossaryTermFinder(glossary);

const flatten = (ps: readonly Point[]): Point[] => ps.flatMap(p => [p, ...flatten(p.children)]);
const byKind = (cards: readonly Card[]) => {
  const out: Record<string, number> = {};
  for (const c of cards) out[c.kind] = (out[c.kind] ?? 0) + 1;
  return out;
};
/** The bold answer of a cloze back. */
const answerOf = (c: Card) => /\*\*(.+?)\*\*/.exec(c.back)![1].replace(/\\(.)/g, '$1');
const unescape = (md: string) => md.replace(/\\(.)/g, '$1');
const cardsOf = (text: string, find = findTerms) => editorialCards(SAMPLE_URI, parseEditorial(text), find);

describe('card ids', () => {
  it('hashes with FNV-1a into 14 base-36 characters, deterministically', () => {
    assert.match(hashString(''), /^[0-9a-z]{14}$/);
    assert.equal(hashString('abc'), hashString('abc'));
    assert.notEqual(hashString('abc'), hashString('abd'));
    // The first half is plain 32-bit FNV-1a over the text's UTF-16LE bytes.
    const fnv1a = (bytes: Uint8Array) => {
      let h = 0x811c9dc5;
      for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
      return (h >>> 0).toString(36).padStart(7, '0');
    };
    for (const s of ['a', 'Artemis Accords', 'भारत–US']) assert.equal(hashString(s).slice(0, 7), fnv1a(Buffer.from(s, 'utf16le')));
  });

  it('normalises case, whitespace and punctuation away', () => {
    assert.equal(normalizeKey('  Defense and  Security\tCooperation: '), 'defense and security cooperation');
    assert.equal(cardId('point', ['u', 'cooperation', 'Defense & Security Cooperation']), cardId('point', ['u', 'cooperation', 'defense security cooperation']));
    assert.notEqual(cardId('point', ['u', 'cooperation', 'x']), cardId('cloze', ['u', 'cooperation', 'x']));
  });
});

describe('term cards', () => {
  const cards = termCards(glossaryTerms);

  it('makes one card per glossary term: name → definition and facts', () => {
    assert.equal(cards.length, glossaryTerms.length);
    const artemis = cards.find(c => c.front === 'Artemis Accords')!;
    const term = glossaryTerms.find(t => t.id === 'artemis accords')!;
    assert.equal(artemis.kind, 'term');
    assert.equal(artemis.category, 'space');
    assert.ok(artemis.back.startsWith(term.definition));
    for (const f of term.facts) assert.ok(artemis.back.includes(`- ${f}`), f);
    assert.deepEqual(artemis.source, { uri: 'bundled:glossary.json', line: term.origin.line });
  });

  it('keys the id on the term id only', () => {
    const edited = glossaryTerms.map(t => ({ ...t, definition: t.definition + ' (edited)', facts: [...t.facts, 'new fact'] }));
    assert.deepEqual(termCards(edited).map(c => c.id), cards.map(c => c.id));
    assert.equal(new Set(cards.map(c => c.id)).size, cards.length);
    assert.equal(cards[0].id, cardId('term', [glossaryTerms[0].id]));
  });
});

describe('editorial cards from the sample', () => {
  const cards = editorialCards(SAMPLE_URI, sample, findTerms);
  const points = cards.filter(c => c.kind === 'point');
  const clozes = cards.filter(c => c.kind === 'cloze');
  const leadPoints = sample.sections
    .filter(s => !['mains-question', 'pyq', 'faq'].includes(s.kind))
    .flatMap(s => s.points.filter(p => p.lead).map(p => ({ s, p })));

  it('has point and cloze cards, no term or note cards', () => {
    const counts = byKind(cards);
    assert.deepEqual(Object.keys(counts).sort(), ['cloze', 'point']);
    assert.equal(counts.point, 30);
    assert.ok(counts.cloze >= 60, JSON.stringify(counts)); // 79 with the bundled glossary
    assert.ok(byKind(editorialCards(SAMPLE_URI, sample)).cloze >= 35); // 43 with numbers and named agreements only
  });

  it('gives every top-level point with a lead a point card, in order', () => {
    assert.equal(points.length, leadPoints.length);
    points.forEach((c, i) => {
      const { s, p } = leadPoints[i];
      assert.equal(c.source?.line, p.range.start);
      assert.equal(c.sectionKind, s.kind);
      assert.equal(c.editorialTitle, sample.title);
      assert.ok(c.front.startsWith(`${sample.title} › `), c.front);
      assert.ok(c.front.endsWith(`: ${p.lead}?`), c.front);
      assert.ok(c.back.startsWith(p.body), c.back);
    });
  });

  it('writes the point card as "Title › Section: Lead?" and the body with its sub-points as a list', () => {
    const defense = points[0];
    assert.equal(defense.front, 'Strengthening Indo-US Strategic Partnership › What are the Key Areas of Cooperation Between India and the US: Defense and Security Cooperation?');
    const lines = defense.back.split('\n');
    assert.match(lines[0], /^India and the US have significantly expanded/);
    assert.equal(lines.filter(l => l.startsWith('- ')).length, 2);
    assert.match(defense.back, /\n {2}- The \*\*procurement of Javelin missiles/); // the sub-sub-point, indented
  });

  it('blanks a fact in the sentence: the answer is in the original sentence and no longer in the front', () => {
    const allPoints = flatten(sample.sections.flatMap(s => s.points));
    for (const c of clozes) {
      const answer = answerOf(c);
      const point = allPoints.find(p => p.range.start === c.source?.line)!;
      assert.ok(point, c.id);
      const sentence = unescape(c.back.replace(/\*\*/g, ''));
      assert.ok(point.plain.includes(sentence), `${sentence} not in ${point.plain}`);
      assert.ok(sentence.includes(answer));
      assert.ok(c.front.includes('[…]'), c.front);
      assert.ok(!c.front.toLowerCase().includes(answer.toLowerCase()), `${answer} in ${c.front}`);
      // The front is the same sentence with the blank (after a context line).
      assert.equal(unescape(c.front.split('\n\n').pop()!).split('[…]').join(answer), sentence);
    }
  });

  it('makes clozes for money, percentages, years, counts and named agreements', () => {
    const answers = new Set(clozes.map(answerOf));
    for (const a of ['$500 billion', '2030', '5.4%', '$45.7 billion', '3.3 lakh', '155', '100 GW', 'Artemis Accords', 'Bilateral Trade Agreement (BTA)', 'Civil Liability for Nuclear Damage Act (CLNDA)']) {
      assert.ok(answers.has(a), `${a} missing from ${[...answers].join(' | ')}`);
    }
    const trade = clozes.find(c => answerOf(c) === '$500 billion')!;
    assert.equal(trade.front, '*Trade and Investment Ties*\n\nBoth countries aim to double bilateral trade to […] by 2030, addressing long-standing issues like market access, tariffs, and supply chain resilience.');
    assert.equal(trade.back, 'Both countries aim to double bilateral trade to **$500 billion** by 2030, addressing long-standing issues like market access, tariffs, and supply chain resilience.');
  });

  it('makes at most two clozes per sentence', () => {
    const perSentence = new Map<string, number>();
    for (const c of clozes) {
      const key = c.back.replace(/\*\*/g, '');
      perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
    }
    for (const [s, n] of perSentence) assert.ok(n <= 2, `${n} clozes on ${s}`);
    // A sentence with more facts than that keeps the two best: quantities before years.
    const budget = clozes.filter(c => c.back.includes('Union Budget 2025')).map(answerOf);
    assert.equal(budget.length, 2);
    assert.ok(budget.includes('100 GW'), budget.join(', '));
  });

  it('skips trivial blanks: parts of names, small bare numbers, the editorial\'s own subject', () => {
    const answers = clozes.map(answerOf);
    for (const a of answers) {
      assert.ok(!/^\d$/.test(a) && a !== '1.5' && a !== '35' && a !== '20', `trivial answer ${a}`);
      assert.ok(!/^(?:India-US ties|India and the US|India)$/i.test(a), `subject answer ${a}`);
    }
    assert.ok(!answers.includes('NASA') || !clozes.some(c => c.front.includes('[…]-ISRO')), 'half of NASA-ISRO blanked');
    // Every sentence a cloze comes from is a real sentence of a point body.
    const allSentences = new Set(flatten(sample.sections.flatMap(s => s.points)).flatMap(p => sentences(p.body)).map(s => markdownToPlain(s).replace(/\s+/g, ' ').trim()));
    for (const c of clozes) assert.ok(allSentences.has(unescape(c.back.replace(/\*\*/g, ''))), c.back);
  });

  it('gives every card a distinct id', () => {
    const all = [...cards, ...termCards(glossaryTerms)];
    assert.equal(new Set(all.map(c => c.id)).size, all.length);
  });

  it('makes no cards from the mains question or previous-year questions', () => {
    const lines = new Set(sample.sections.filter(s => ['mains-question', 'pyq'].includes(s.kind)).flatMap(s => [s.headingLine, ...s.paragraphs.map(p => p.range.start)]));
    for (const c of cards) assert.ok(!lines.has(c.source!.line), c.front);
  });
});

describe('editorial card ids are stable across small edits', () => {
  const before = cardsOf(sampleText);
  const ids = (cards: readonly Card[], kind: string) => cards.filter(c => c.kind === kind).map(c => c.id);
  const sameIds = (edited: string) => {
    const after = cardsOf(edited);
    assert.deepEqual(ids(after, 'point').sort(), ids(before, 'point').sort());
    assert.deepEqual(ids(after, 'cloze').sort(), ids(before, 'cloze').sort());
    return after;
  };

  it('keeps ids when whitespace is added (blank lines, spaces) and every line moves', () => {
    const edited = '\n\n\n' + sampleText
      .replace('**Defense and Security Cooperation:**', '**Defense  and Security   Cooperation :**')
      .replace(/^(- \*\*Trade and Investment Ties)/m, '\n$1')
      .replace(/\.\n/g, '.   \n');
    const after = sameIds(edited);
    const lineOf = (cards: readonly Card[]) => cards.find(c => c.front.endsWith('Trade and Investment Ties?'))!.source!.line;
    assert.equal(lineOf(after), lineOf(before) + 4); // moved, same id
  });

  it('keeps ids when a typo in a body is fixed, or a lead changes case', () => {
    assert.ok(sampleText.includes('significantly expanded their defense ties'));
    const edited = sampleText
      .replace('significantly expanded their defense ties', 'signficantly expandd their defence ties')
      .replace('**Space Collaboration:**', '**Space collaboration:**')
      .replace('map Earth\'s surface changes', 'map the Earth\'s surface changes');
    const after = sameIds(edited);
    assert.ok(after.some(c => c.kind === 'point' && c.back.includes('signficantly')));
  });

  it('keeps ids when points are reordered', () => {
    const lines = sampleText.split('\n');
    const start = lines.findIndex(l => l.startsWith('- **Space Collaboration:**'));
    const end = lines.findIndex(l => l.startsWith('- **Strategic Indo-Pacific Cooperation:**'));
    const energy = lines.findIndex(l => l.startsWith('- **Energy and Climate Cooperation:**'));
    assert.ok(energy < start && start < end);
    const moved = [...lines.slice(0, energy), ...lines.slice(start, end), ...lines.slice(energy, start), ...lines.slice(end)];
    const after = sameIds(moved.join('\n'));
    assert.notDeepEqual(ids(after, 'point'), ids(before, 'point')); // the order did change
  });

  it('changes the point\'s ids (and its clozes\') when its lead changes', () => {
    const edited = sampleText.replace('**Trade and Investment Ties:**', '**Trade and Investment Links:**');
    const after = cardsOf(edited);
    const changed = ids(before, 'point').filter(id => !ids(after, 'point').includes(id));
    assert.equal(changed.length, 1);
    assert.equal(changed[0], cardId('point', [SAMPLE_URI, 'cooperation', 'Trade and Investment Ties']));
    const oldTradeClozes = before.filter(c => c.kind === 'cloze' && c.front.startsWith('*Trade and Investment Ties*'));
    assert.ok(oldTradeClozes.length >= 4);
    for (const c of oldTradeClozes) assert.ok(!after.some(a => a.id === c.id), c.back);
  });

  it('changes ids between editorials (the URI is part of the id)', () => {
    const other = editorialCards('file:///ws/editorials/copy.md', sample, findTerms);
    assert.ok(other.every(c => !before.some(b => b.id === c.id)));
  });

  it('gives two points with the same lead distinct ids', () => {
    const e: Editorial = { ...sample, sections: [{ ...sample.sections[0], points: [sample.sections[0].points[0], sample.sections[0].points[0]] }] };
    const cards = editorialCards('u', e).filter(c => c.kind === 'point');
    assert.equal(cards.length, 2);
    assert.equal(cards[1].id, `${cards[0].id}~2`);
  });
});

describe('note cards', () => {
  const uri = 'file:///ws/notes/polity.md';

  it('reads "Question :: Answer" lines, with or without spaces, list markers dropped', () => {
    const cards = noteCards(uri, 'Intro text.\nWhen did India sign the Artemis Accords? :: June 2023\n- CLNDA year::2010\n');
    assert.deepEqual(cards.map(c => [c.front, c.back, c.source?.line, c.kind]), [
      ['When did India sign the Artemis Accords?', 'June 2023', 1, 'note'],
      ['CLNDA year', '2010', 2, 'note'],
    ]);
  });

  it('reads "question / ? / answer" blocks that end at a blank line', () => {
    const text = '# Nuclear\n\nWhat does the CLNDA do?\nWhy does the US object?\n?\nChannels liability to suppliers.\nUS firms fear lawsuits.\n\nNot part of it.\n';
    const [card, ...rest] = noteCards(uri, text);
    assert.equal(rest.length, 0);
    assert.equal(card.front, 'What does the CLNDA do?\nWhy does the US object?');
    assert.equal(card.back, 'Channels liability to suppliers.\nUS firms fear lawsuits.');
    assert.equal(card.source?.line, 2);
  });

  it('makes the reverse card too for ":::" and "??"', () => {
    const cards = noteCards(uri, 'STA-1 ::: Strategic Trade Authorization tier 1\n\nIMEC\n??\nIndia-Middle East-Europe Economic Corridor\n');
    assert.deepEqual(cards.map(c => `${c.front} → ${c.back}`), [
      'STA-1 → Strategic Trade Authorization tier 1',
      'Strategic Trade Authorization tier 1 → STA-1',
      'IMEC → India-Middle East-Europe Economic Corridor',
      'India-Middle East-Europe Economic Corridor → IMEC',
    ]);
  });

  it('ignores code fences, inline code, front matter and headings', () => {
    const text = [
      '---', 'tags: a::b', '---',
      '## Heading :: not a card',
      '```cpp', 'std::vector<int> v;', 'Q', '?', 'A', '```',
      '~~~', 'x :: y', '~~~',
      'Use `a::b` in code',
      'Real :: card',
    ].join('\n');
    assert.deepEqual(noteCards(uri, text).map(c => [c.front, c.back, c.source?.line]), [['Real', 'card', 14]]);
  });

  it('keeps lines before a block\'s question that are cards of their own', () => {
    const cards = noteCards(uri, 'A :: 1\nQuestion\n?\nAnswer');
    assert.deepEqual(cards.map(c => [c.front, c.back]), [['A', '1'], ['Question', 'Answer']]);
  });

  it('keys ids on the note and the normalised question, not the answer or the line', () => {
    const a = noteCards(uri, 'What is MSP? :: Minimum Support Price')[0];
    const b = noteCards(uri, '\n\nwhat is  MSP :: Minimum support price, set by CACP')[0];
    assert.equal(a.id, b.id);
    assert.equal(a.id, cardId('note', [uri, 'What is MSP?']));
    assert.notEqual(noteCards('file:///other.md', 'What is MSP? :: x')[0].id, a.id);
    assert.notEqual(noteCards(uri, 'What is the MSP? :: x')[0].id, a.id);
  });

  it('ignores half cards', () => {
    assert.deepEqual(noteCards(uri, ':: answer only\n\nquestion only ::\n\n?\nlonely\n\nQ\n?\n'), []);
  });
});

describe('card refs: what the due count keeps of a card', () => {
  it('keeps its id, kind, source and term, none of its text, and queues as the whole card does', () => {
    const cards = [...termCards(glossaryTerms, () => ''), ...editorialCards(SAMPLE_URI, sample, findTerms)];
    const refs = cards.map(cardRef);
    refs.forEach((r, k) => {
      assert.deepEqual(r, { id: cards[k].id, kind: cards[k].kind, source: cards[k].source, ...(cards[k].termId !== undefined && { termId: cards[k].termId }) });
      assert.equal('front' in r || 'back' in r, false);
    });
    const options = { now: new Date('2026-12-08T09:00:00Z'), newAllowed: 40, readAt: () => Date.parse('2026-12-07T09:00:00Z'), termSources: () => [SAMPLE_URI], allTerms: true };
    assert.deepEqual(readingQueue(refs, {}, options).map(c => c.id), readingQueue(cards, {}, options).map(c => c.id));
    // Kept for 3,000 editorials: the texts are most of a card.
    const size = (xs: readonly object[]) => JSON.stringify(xs).length;
    assert.ok(size(refs.slice(glossaryTerms.length)) < size(cards.slice(glossaryTerms.length)) / 2, `${size(refs)} vs ${size(cards)}`);
  });
});

describe('packed card refs: ids in a list, kinds and lines in typed arrays', () => {
  it('gives back each card\'s ref, and the same candidates as the array of refs', () => {
    const cards = editorialCards(SAMPLE_URI, sample, findTerms);
    assert.ok(cards.length > 20);
    const packed = PackedRefs.of(cards);
    assert.equal(packed.length, cards.length);
    cards.forEach((c, k) => {
      assert.equal(packed.id(k), c.id);
      assert.deepEqual(packed.at(k), cardRef(c));
    });
    const reviewed = review(newCardState(new Date('2026-12-01T09:00:00Z')), 3, new Date('2026-12-01T09:00:00Z'));
    const states = new Map(cards.filter((_, k) => k % 7 === 3).map(c => [c.id, reviewed]));
    for (const limit of [0, 1, 5, 1000]) {
      assert.deepEqual(sourceCandidates(packed, states, limit), sourceCandidates(cards.map(cardRef), states, limit), `limit ${limit}`);
    }
  });

  it('keeps the cards the packing does not fit as they are: a term, no source, another file, an odd line', () => {
    const odd: Card[] = [
      { id: 'p-1', kind: 'point', front: 'q', back: 'a', source: { uri: 'file:///a.md', line: 4 } },
      { id: 't-1', kind: 'term', front: 'q', back: 'a', termId: 'quad', source: { uri: 'file:///a.md', line: 0 } },
      { id: 'n-1', kind: 'note', front: 'q', back: 'a' },
      { id: 'p-2', kind: 'point', front: 'q', back: 'a', source: { uri: 'file:///b.md', line: 2 } },
      { id: 'p-3', kind: 'point', front: 'q', back: 'a', source: { uri: 'file:///a.md', line: 2 ** 40 } },
    ];
    const packed = PackedRefs.of(odd);
    odd.forEach((c, k) => assert.deepEqual(packed.at(k), cardRef(c), c.id));
    // A ref handed out is the caller's: changing it changes nothing kept.
    packed.at(3).source!.line = 99;
    assert.equal(packed.at(3).source!.line, 2);
    assert.equal(PackedRefs.of([]).length, 0);
  });
});


// Library terms: the "For Prelims" entries of the student's own editorials are terms with no
// glossary entry needed — found in notes, explained by the editorials' sentences, linked to the
// bundled entry when it knows the term in the other language.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { importEditorial } from '../../src/core/import/importEditorial';
import { pageSpec, toMarkdown } from './pageGenerator';
import { EditorialLibrary } from '../../src/core/editorial/library';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { insertEntry, newEntryFor } from '../../src/core/glossary/newEntry';
import { matchSpellings, termForms } from '../../src/core/glossary/termForms';
import { termToMarkdown } from '../../src/core/glossary/termMarkdown';
import { sentenceAround, termSentences } from '../../src/core/glossary/termSentences';
import { NoteTermIndex } from '../../src/core/notes/noteTermIndex';
import { termCards } from '../../src/core/revision/cards/termCards';

// Own words, in the shape of a Hindi page: linked bold terms, an abbreviation in brackets.
const HINDI = `# ग्रामीण ऋण और हरित वित्त

**प्रिलिम्स के लिये:** [**सॉवरेन ग्रीन बॉण्ड**](https://example.org/sgb), [**किसान उत्पादक संगठन (FPOs)**](#), [**राज्य वित्त आयोग (State Finance Commission)**](https://example.org/sfc)

यह एडिटोरियल 12/03/2026 को द हिंदू में प्रकाशित “Greening rural credit” पर आधारित है।

## ग्रामीण वित्त की प्रमुख विशेषताएँ क्या हैं?

- **हरित पूंजी:** सॉवरेन ग्रीन बॉण्ड सरकार द्वारा जारी ऋण पत्र हैं जिनकी आय केवल हरित परियोजनाओं पर व्यय होती है। पिछले वर्ष इनकी माँग बढ़ी।
- **सामूहिक विपणन:** छोटे किसान FPOs के माध्यम से उपज बेचते हैं।
- **स्थानीय निकाय:** राज्य वित्त आयोगों की सिफ़ारिशें पंचायतों के अनुदान तय करती हैं।

## UPSC सिविल सेवा परीक्षा, विगत वर्ष के प्रश्न

**प्रश्न. (2022)** सॉवरेन ग्रीन बॉण्ड के बारे में निम्नलिखित कथनों पर विचार कीजिये:
`;

// The same idea in English, in another editorial: the shared abbreviation joins the two.
const ENGLISH = `# Paying for the Transition

**For Prelims:** [Sovereign Green Bonds (SGrBs)](https://example.org/en-sgb), Paramparagat Krishi Vikas Yojana

**Source:** The Hindu, 14/03/2026

## What are the Key Features?

- **Green money:** Sovereign Green Bonds are government securities whose proceeds fund only green projects.
- **Organic farming:** The Paramparagat Krishi Vikas Yojana pays clusters of farmers to go organic.
`;

const FPO_ENTRY = JSON.stringify({ terms: [{ name: 'Farmer Producer Organisation', aliases: ['FPO', 'FPOs'], category: 'economy', definition: 'A company of farmers.', facts: [] }] });

function setup(...texts: string[]) {
  const library = new EditorialLibrary();
  texts.forEach((t, i) => library.set(`file:///ws/editorials/e${i}.md`, t));
  const index = new GlossaryIndex(library);
  index.setSource('bundled:glossary.json', parseGlossaryJson(FPO_ENTRY, 'bundled:glossary.json').terms, true);
  return { library, index };
}

describe('term forms', () => {
  it('splits a For Prelims entry into its name and the aliases in brackets, both numbers of an abbreviation', () => {
    assert.deepEqual(termForms('किसान उत्पादक संगठन (FPOs)'), { name: 'किसान उत्पादक संगठन', aliases: ['FPOs', 'FPO'] });
    assert.deepEqual(termForms('**Small Modular Reactors (SMR)**,'), { name: 'Small Modular Reactors', aliases: ['SMR', 'SMRs'] });
    assert.deepEqual(termForms('राज्य वित्त आयोग (State Finance Commission)'), { name: 'राज्य वित्त आयोग', aliases: ['State Finance Commission'] });
    assert.deepEqual(termForms('(IMEC)'), { name: 'IMEC', aliases: [] });
    assert.deepEqual(termForms(' – '), { name: '', aliases: [] });
    assert.deepEqual(termForms('G7'), { name: 'G7', aliases: [] });
  });

  it('matches Hindi plural and oblique endings and English number, but never adds forms to all-caps names ending in S', () => {
    assert.deepEqual(matchSpellings('रोग'), ['रोग', 'रोगों', 'रोगें']);
    assert.deepEqual(matchSpellings('नीति'), ['नीति', 'नीतियों', 'नीतियाँ', 'नीतियां']);
    assert.deepEqual(matchSpellings('समझौता'), ['समझौता', 'समझौते', 'समझौतों', 'समझौताओं', 'समझौताएँ']);
    assert.deepEqual(matchSpellings('Smart Cities'), ['Smart Cities', 'Smart City']);
    assert.deepEqual(matchSpellings('FPOs'), ['FPOs', 'FPO']);
    assert.deepEqual(matchSpellings('BRICS'), ['BRICS', 'BRICSs']);
    assert.deepEqual(matchSpellings('Paris'), ['Paris']);
  });
});

describe('library terms', () => {
  it('makes every unknown For Prelims entry a term, and gives a known one the editorial\'s form', () => {
    const { index } = setup(HINDI);
    const sgb = index.lookup('सॉवरेन ग्रीन बॉण्ड')!;
    assert.ok(sgb && index.isLibraryTerm(sgb) && !index.isBundled(sgb));
    assert.deepEqual(sgb.fromEditorials, { href: 'https://example.org/sgb' });
    const fpo = index.lookup('किसान उत्पादक संगठन')!;
    assert.equal(fpo.name, 'Farmer Producer Organisation', 'the Hindi form points to the bundled entry');
    assert.ok(index.isBundled(fpo));
    assert.equal(index.lookup('किसान उत्पादक संगठन (FPOs)')?.name, 'Farmer Producer Organisation');
    assert.deepEqual(index.terms().filter(t => t.fromEditorials).map(t => t.name).sort(), ['राज्य वित्त आयोग', 'सॉवरेन ग्रीन बॉण्ड']);
  });

  it('finds library terms in a note, inflected Hindi included, whole words only', () => {
    const { index } = setup(HINDI);
    const note = 'आज सॉवरेन ग्रीन बॉण्ड पढ़े; राज्य वित्त आयोगों की भूमिका; किसान उत्पादक संगठनों का गठन।';
    assert.deepEqual(index.scan(note).map(m => [note.slice(m.start, m.end), index.get(m.key)!.name]), [
      ['सॉवरेन ग्रीन बॉण्ड', 'सॉवरेन ग्रीन बॉण्ड'],
      ['राज्य वित्त आयोगों', 'राज्य वित्त आयोग'],
      ['किसान उत्पादक संगठनों', 'Farmer Producer Organisation'],
    ]);
  });

  it('joins the English and Hindi forms of one term across editorials by a shared form', () => {
    const { index } = setup(HINDI, ENGLISH.replace('(SGrBs)', '(सॉवरेन ग्रीन बॉण्ड)'));
    const en = index.lookup('Sovereign Green Bonds')!;
    assert.equal(index.lookup('सॉवरेन ग्रीन बॉण्ड'), en);
    assert.ok(index.lookup('Paramparagat Krishi Vikas Yojana')?.fromEditorials);
  });

  it('quotes the sentence that says what the term is, with editorial, section and date, and the PYQ that asks', () => {
    const { index } = setup(HINDI);
    const sgb = index.lookup('सॉवरेन ग्रीन बॉण्ड')!;
    const mentions = index.mentions(sgb.id);
    const said = termSentences(mentions.filter(m => !m.pyq));
    assert.equal(said[0].sentence, 'हरित पूंजी: सॉवरेन ग्रीन बॉण्ड सरकार द्वारा जारी ऋण पत्र हैं जिनकी आय केवल हरित परियोजनाओं पर व्यय होती है।');
    assert.deepEqual(mentions.filter(m => m.pyq).map(m => m.pyq!.year), [2022]);
    const md = termToMarkdown(sgb, { mentions }, undefined, { mention: () => 'command:upscEditorials.openMention?%5B%5D', create: () => 'command:upscEditorials.createGlossaryEntry?%5B%5D' });
    assert.match(md, /\*\*What your editorials say\*\*/);
    assert.match(md, /ग्रामीण ऋण और हरित वित्त › ग्रामीण वित्त की प्रमुख विशेषताएँ क्या हैं › हरित पूंजी \(2026-03-12\)/);
    assert.match(md, /Link on the page: `https:\/\/example\.org\/sgb`/, 'the link is shown as text, not followed');
    assert.match(md, /\*\*Asked in PYQs:\*\* \[PYQ 2022\]\(command:/);
    assert.match(md, /\[Create glossary entry\]\(command:upscEditorials\.createGlossaryEntry/);
  });

  it('lists the editorial under "Mentioned in" when its body names a For Prelims term only in a PYQ', () => {
    const { index } = setup(HINDI.replace(/^- \*\*हरित पूंजी:.*\n/m, ''));
    const sgb = index.lookup('सॉवरेन ग्रीन बॉण्ड')!;
    const mentions = index.mentions(sgb.id);
    assert.deepEqual(mentions.map(m => m.pyq ? `PYQ ${m.pyq.year}` : m.entry.editorial.title), ['PYQ 2022', 'ग्रामीण ऋण और हरित वित्त']);
    assert.match(termToMarkdown(sgb, { mentions }), /\*\*Mentioned in\*\*\n\n- ग्रामीण ऋण और हरित वित्त \(2026-03-12\)/);
  });

  it('adds the years of the student\'s own PYQ files to "Asked in PYQs", newest first, linked to the list', () => {
    const { index } = setup(HINDI);
    const sgb = index.lookup('सॉवरेन ग्रीन बॉण्ड')!;
    const md = termToMarkdown(sgb, { mentions: index.mentions(sgb.id), pyqFileYears: [2019, 2023, 2019] }, undefined, { mention: () => 'command:a', pyqs: () => 'command:b' });
    assert.match(md, /\*\*Asked in PYQs:\*\* \[PYQ 2022\]\(command:a\) · \[PYQ 2023\]\(command:b\) · \[PYQ 2019\]\(command:b\)/);
  });

  it('gives way to the student\'s own entry of the same name', () => {
    const { index } = setup(HINDI);
    index.setSource('file:///ws/my.glossary.json', parseGlossaryJson(JSON.stringify({ terms: [{ name: 'सॉवरेन ग्रीन बॉण्ड', definition: 'Mine.' }] }), 'file:///ws/my.glossary.json').terms);
    const t = index.lookup('सॉवरेन ग्रीन बॉण्ड')!;
    assert.equal(t.definition, 'Mine.');
    assert.equal(t.fromEditorials, undefined);
  });

  it('changes only when a For Prelims list does: an edit to a section keeps the matcher', () => {
    const { library, index } = setup(HINDI);
    let changes = 0;
    index.onDidChange(() => changes++);
    const matcher = index.matcher();
    library.set('file:///ws/editorials/e0.md', HINDI.replace('पिछले वर्ष इनकी माँग बढ़ी।', 'माँग बढ़ी।'));
    assert.equal(changes, 0);
    assert.equal(index.matcher(), matcher);
    library.set('file:///ws/editorials/e0.md', HINDI.replace('[**सॉवरेन ग्रीन बॉण्ड**](https://example.org/sgb), ', ''));
    assert.equal(changes, 1);
    assert.equal(index.lookup('सॉवरेन ग्रीन बॉण्ड'), undefined);
  });

  it('makes a card for a library term only with what the editorials say on its back', () => {
    const { index } = setup(HINDI);
    const library = index.terms().filter(t => t.fromEditorials);
    assert.deepEqual(termCards(library), []);
    const cards = termCards(library, t => (t.name === 'सॉवरेन ग्रीन बॉण्ड' ? 'said' : ''));
    assert.deepEqual(cards.map(c => [c.front, c.back]), [['सॉवरेन ग्रीन बॉण्ड', 'said']]);
  });
});

describe('sentence around a mention', () => {
  it('stops at full stops and dandas, and cuts a sentence without any around the term', () => {
    assert.equal(sentenceAround('One. Two has X in it. Three.', 9, 10), 'Two has X in it.');
    assert.equal(sentenceAround('पहला। दूसरा X वाला। तीसरा।', 13, 14), 'दूसरा X वाला।');
    const long = 'word '.repeat(200_000);
    const quote = sentenceAround(long, 500_000, 500_004);
    assert.ok(quote.startsWith('…') && quote.endsWith('…') && quote.length <= 330, quote.length.toString());
  });
});

describe('a new glossary entry from a term', () => {
  it('names a Hindi term by its English alias, and keeps the Hindi as hindiName', () => {
    assert.deepEqual(newEntryFor({ name: 'राज्य वित्त आयोग', aliases: ['State Finance Commission', 'SFC'] }, ['ctx']),
      { name: 'State Finance Commission', hindiName: 'राज्य वित्त आयोग', aliases: ['SFC'], definition: '', context: ['ctx'] });
    assert.deepEqual(newEntryFor({ name: 'OSAT', aliases: [] }, []), { name: 'OSAT', aliases: [], definition: '' });
  });

  it('adds it to a new or existing file, keeping comments, and finds the empty definition', () => {
    const fresh = insertEntry(undefined, newEntryFor({ name: 'OSAT', aliases: [] }, []));
    assert.ok('text' in fresh);
    assert.deepEqual(parseGlossaryJson(fresh.text, 'x').terms, []);
    assert.equal(fresh.text.slice(fresh.definitionAt - 1, fresh.definitionAt + 1), '""');
    const existing = '{\n  // mine\n  "terms": [\n    { "name": "Quad", "definition": "Four." }\n  ]\n}\n';
    const added = insertEntry(existing, { name: 'IPEF', aliases: [], definition: '' });
    assert.ok('text' in added && added.text.includes('// mine') && added.text.includes('"IPEF"') && added.text.includes('"Quad"'));
    assert.deepEqual(insertEntry(existing, { name: 'quad', aliases: [], definition: '' }), { existing: true, at: existing.indexOf('{ "name"') });
    assert.deepEqual(insertEntry('{ "terms": [ ', { name: 'x', aliases: [], definition: '' }), { error: 'invalid-json' });
    assert.deepEqual(insertEntry('{ "terms": 3 }', { name: 'x', aliases: [], definition: '' }), { error: 'terms-not-list' });
  });
});

describe('notes that mention a term', () => {
  it('indexes each note once per text, with the line of the first mention', () => {
    const { index } = setup(HINDI);
    const notes = new NoteTermIndex(text => index.scan(text));
    notes.update('file:///ws/n1.md', '# Notes\n\nFPO and सॉवरेन ग्रीन बॉण्ड\nFPO again');
    notes.update('file:///ws/n2.md', 'nothing here');
    assert.deepEqual(notes.notesMentioning('farmer producer organisation'), [{ uri: 'file:///ws/n1.md', line: 2 }]);
    assert.ok(notes.holds('file:///ws/n2.md', 'nothing here'));
    notes.retain(new Set(['file:///ws/n2.md']));
    assert.deepEqual(notes.notesMentioning('farmer producer organisation'), []);
  });
});

describe('library terms on pages never seen (generated)', () => {
  // Random pages in the structures of real ones (pageGenerator.ts), their For Prelims lists made of
  // names never seen (Hindi with nukta letters and matras, English, an abbreviation in brackets):
  // every term must be a term a note finds by its name and its abbreviation, with a mention.
  const HI = ['राष्ट्रीय', 'हरित', 'ऊर्जा', 'मिशन', 'ज़िला', 'परिषद', 'कृषि', 'जल', 'नीति', 'आयोग', 'बॉण्ड', 'संगठन', 'क्षेत्रीय', 'प्राधिकरण'];
  const EN = ['National', 'Green', 'Energy', 'Mission', 'District', 'Council', 'Farm', 'Water', 'Policy', 'Bond', 'Regional', 'Authority'];
  const name = fc.constantFrom(HI, EN).chain(words => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map(w => w.join(' ')));
  const abbreviation = fc.stringMatching(/^[A-Z]{2,5}s?$/);
  const written = fc.tuple(name, fc.option(abbreviation, { nil: undefined })).map(([n, a]) => (a ? `${n} (${a})` : n));
  const page = fc.tuple(pageSpec, fc.uniqueArray(written, { minLength: 1, maxLength: 6 }))
    .map(([spec, terms]) => ({ ...spec, prelims: { ...(spec.prelims ?? { label: 'plain' as const, style: 'boldLinks' as const }), terms } }));

  it('makes every For Prelims term of 300 generated pages hoverable in a note, by name and abbreviation', () => {
    fc.assert(fc.property(page, spec => {
      const library = new EditorialLibrary();
      library.set('file:///ws/editorials/page.md', importEditorial(toMarkdown(spec), { today: '2026-01-01' }).markdown);
      const index = new GlossaryIndex(library);
      const listed = library.visible()[0].editorial.prelimsTerms;
      assert.equal(listed.length, spec.prelims.terms.length);
      for (const t of listed) {
        const { name: n, aliases } = termForms(t.text);
        const term = index.lookup(t.text);
        assert.ok(term, `no term for "${t.text}"`);
        for (const form of [n, ...aliases]) {
          const note = `नोट: ${form} पढ़ें।`;
          assert.ok(index.scan(note).some(m => m.key === term.id), `"${form}" is not found in a note`);
        }
        assert.ok(index.mentions(term.id).length > 0, `no mention of "${n}"`);
      }
    }), { numRuns: 300, seed: 20261204 });
  });
});

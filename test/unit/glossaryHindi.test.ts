// Hindi names in the bundled glossary: Devanagari aliases load through the project's own loader and
// resolve, through the term matcher, to the English entry in mixed Hindi/English notes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGlossaryJson, termId } from '../../src/core/glossary/entries';
import { GlossaryIndex, nuktaSpellings } from '../../src/core/glossary/glossaryIndex';

const DATA = path.join(__dirname, '../../../data');
const bundledText = fs.readFileSync(path.join(DATA, 'glossary.json'), 'utf8');
const { terms, problems } = parseGlossaryJson(bundledText, 'bundled:glossary.json');
const index = new GlossaryIndex();
index.setSource('bundled:glossary.json', terms, true);

/** Devanagari and Devanagari Extended. */
const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/u;

const hindiAliases = terms.flatMap(t => t.aliases.filter(a => DEVANAGARI.test(a)).map(alias => ({ term: t, alias })));

/** [matched text, entry name] for every term the matcher finds in a note. */
function found(note: string): [string, string][] {
  return index.scan(note).map(m => [note.slice(m.start, m.end), index.get(m.key)?.name ?? `?${m.key}`]);
}

describe('Hindi glossary aliases', () => {
  it('loads without problems and has Hindi aliases', () => {
    assert.deepEqual(problems, []);
    assert.ok(hindiAliases.length >= 100, `${hindiAliases.length} Hindi aliases`);
  });

  it('finds MSP in a Hindi sentence, including a term right before the danda', () => {
    assert.deepEqual(found('सरकार ने न्यूनतम समर्थन मूल्य बढ़ाया।'), [['न्यूनतम समर्थन मूल्य', 'Minimum Support Price']]);
    assert.deepEqual(found('किसानों की माँग है न्यूनतम समर्थन मूल्य।'), [['न्यूनतम समर्थन मूल्य', 'Minimum Support Price']]);
    assert.deepEqual(found('एमएसपी। MSP।'), [['एमएसपी', 'Minimum Support Price'], ['MSP', 'Minimum Support Price']]);
  });

  it('finds NITI Aayog written in mixed script and in Devanagari', () => {
    assert.deepEqual(found('NITI आयोग की रिपोर्ट'), [['NITI आयोग', 'NITI Aayog']]);
    assert.deepEqual(found('नीति आयोग की बैठक में NITI Aayog के CEO'), [['नीति आयोग', 'NITI Aayog'], ['NITI Aayog', 'NITI Aayog']]);
  });

  it('finds the FPO entry by its Hindi name and by "FPOs" in brackets', () => {
    assert.deepEqual(found('किसान उत्पादक संगठन (FPOs)'), [
      ['किसान उत्पादक संगठन', 'Farmer Producer Organisation'],
      ['FPOs', 'Farmer Producer Organisation'],
    ]);
    assert.deepEqual(found('10,000 किसान उत्पादक संगठनों का गठन, एफपीओ।'), [
      ['किसान उत्पादक संगठनों', 'Farmer Producer Organisation'],
      ['एफपीओ', 'Farmer Producer Organisation'],
    ]);
  });

  it('never matches part of a longer Hindi word', () => {
    assert.deepEqual(found('आयोगों'), []);
    assert.deepEqual(found('आयोगों की बैठक।'), []);
    assert.deepEqual(found('नीति आयोगी'), [], 'a vowel sign after the alias continues the word');
    assert.deepEqual(found('नीति आयोग्य'), [], 'so does a virama');
    // A plural or oblique ending is the same word inflected: the match takes the whole word.
    assert.deepEqual(found('नीति आयोगों की'), [['नीति आयोगों', 'NITI Aayog']]);
    assert.deepEqual(found('इसरोके'), []);
  });

  it('finds ISRO in Hindi followed by a postposition, and in mixed notes', () => {
    assert.deepEqual(found('इसरो ने'), [['इसरो', 'ISRO']]);
    assert.deepEqual(found('ISRO (इसरो) और NASA (नासा)'), [['ISRO', 'ISRO'], ['इसरो', 'ISRO'], ['NASA', 'NASA'], ['नासा', 'NASA']]);
  });

  it('accepts the common spelling variants', () => {
    for (const s of ['अंतर्राष्ट्रीय अंतरिक्ष स्टेशन', 'अंतरराष्ट्रीय अंतरिक्ष स्टेशन']) {
      assert.deepEqual(found(`${s} पर प्रयोग।`), [[s, 'International Space Station']]);
    }
    for (const s of ['राष्ट्रीय कृषि बाजार', 'राष्ट्रीय कृषि बाज़ार'.normalize('NFC')]) {
      assert.deepEqual(found(`${s} (ई-नाम)`), [[s, 'e-NAM'], ['ई-नाम', 'e-NAM']]);
    }
    assert.deepEqual(found('जी-20, जी 20 और जी20'), [['जी-20', 'G20'], ['जी 20', 'G20'], ['जी20', 'G20']]);
    assert.deepEqual(found('क्वाड और क्वॉड'), [['क्वाड', 'Quad'], ['क्वॉड', 'Quad']]);
  });

  it('prefers the longest name where Hindi names nest', () => {
    assert.deepEqual(found('हिंद-प्रशांत आर्थिक ढाँचा और हिंद-प्रशांत'), [
      ['हिंद-प्रशांत आर्थिक ढाँचा', 'Indo-Pacific Economic Framework'],
      ['हिंद-प्रशांत', 'Indo-Pacific'],
    ]);
    assert.deepEqual(found('चंद्रयान-3 की सफलता के बाद इसरो'), [['चंद्रयान-3', 'Chandrayaan-3'], ['इसरो', 'ISRO']]);
  });

  it('resolves every Hindi alias to its own English entry, also right before a danda', () => {
    for (const { term, alias } of hindiAliases) {
      assert.equal(index.lookup(alias)?.id, term.id, `lookup ${alias}`);
      const note = `नोट: ${alias}। अगली पंक्ति`;
      assert.deepEqual(found(note), [[alias, term.name]], `scan ${alias}`);
    }
  });

  it('keeps every Devanagari alias unique, NFC-normalised and distinct from other entries’ names', () => {
    const names = new Map(terms.map(t => [termId(t.name), t.name]));
    const seen = new Map<string, string>();
    for (const { term, alias } of hindiAliases) {
      assert.equal(alias, alias.normalize('NFC'), `${alias} is not NFC`);
      const id = termId(alias);
      const other = seen.get(id);
      assert.ok(other === undefined, `"${alias}" is an alias of both ${other} and ${term.name}`);
      seen.set(id, term.name);
      const named = names.get(id);
      assert.ok(named === undefined || named === term.name, `"${alias}" (${term.name}) is the name of ${named}`);
    }
    // …and no Devanagari alias is also an alias of an entry in Latin script.
    for (const t of terms) {
      for (const a of t.aliases) {
        if (DEVANAGARI.test(a)) continue;
        const owner = seen.get(termId(a));
        assert.ok(owner === undefined || owner === t.name, `"${a}" of ${t.name} is a Hindi alias of ${owner}`);
      }
    }
  });

  it('finds the new entries by their English names too', () => {
    assert.deepEqual(found('PM-KISAN, e-NAM, FPO and Chandrayaan-3.'), [
      ['PM-KISAN', 'PM-KISAN'], ['e-NAM', 'e-NAM'], ['FPO', 'Farmer Producer Organisation'], ['Chandrayaan-3', 'Chandrayaan-3'],
    ]);
    assert.deepEqual(found('The Indian Space Policy, 2023 and the Indian National Space Promotion and Authorization Centre.'), [
      ['Indian Space Policy, 2023', 'Indian Space Policy 2023'],
      ['Indian National Space Promotion and Authorization Centre', 'Indian National Space Promotion and Authorisation Centre'],
    ]);
    // "IN-SPACe" is left out as an alias on purpose: mixed case is matched case-insensitively, so it would tag every "in space".
    assert.deepEqual(found('Experiments in space and in-space manufacturing.'), []);
  });
});

describe('Hindi names typed with either nukta spelling', () => {
  it('spells a nukta letter both ways, and leaves other names alone', () => {
    assert.deepEqual(nuktaSpellings('वीज़ा'), ['वीज़ा', 'वी\u095Bा']);
    assert.deepEqual(nuktaSpellings('वी\u095Bा'), ['वी\u095Bा', 'वीज़ा']);
    assert.deepEqual(nuktaSpellings('नीति आयोग'), ['नीति आयोग']);
  });

  it('finds राष्ट्रीय कृषि बाज़ार in notes typed with the single-code-point ज़', () => {
    const typed = 'e-NAM यानी राष्ट्रीय कृषि बा\u095Bार पर नोट्स।';
    const matches = index.scan(typed);
    const found = matches.find(m => typed.slice(m.start, m.end).startsWith('राष्ट्रीय'));
    assert.ok(found, JSON.stringify(matches));
    assert.equal(index.get(found.key)?.name, 'e-NAM');
  });
});

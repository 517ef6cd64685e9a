// The letter count detectLanguage decides by: a table lookup per character, which must count
// exactly what the regex \p{Script=…}+ matches (it replaced two regex passes per parse).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { detectLanguage, scriptUnits } from '../../src/core/editorial/vocabulary';

function byRegex(text: string, script: string): number {
  let n = 0;
  for (const m of text.matchAll(new RegExp(`\\p{Script=${script}}+`, 'gu'))) n += m[0].length;
  return n;
}

const piece = fc.oneof(
  fc.constantFrom('भारत', 'संबंध', '।', '॥', 'ॐ', '\u0951', 'e\u0301', 'ﬁ', 'Ａｂ', 'ſ', 'ǅ', '😀', '𝐀', '\u{11B00}', '\uD800', '\uDFFF', 'ΑΩ', 'я', '\u00AA', '1', ' '),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ maxLength: 8 }),
);

describe('detectLanguage: letters per script', () => {
  it('counts what \\p{Script=Latin}+ and \\p{Script=Devanagari}+ match, on any UTF-16', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map(xs => xs.join('')), text => {
      for (const script of ['Latin', 'Devanagari']) assert.equal(scriptUnits(text, script), byRegex(text, script), script);
    }), { seed: 20261207, numRuns: 3000 });
  });

  it('agrees on every BMP code unit', () => {
    let all = '';
    for (let u = 0; u < 0x10000; u++) all += String.fromCharCode(u >= 0xd800 && u <= 0xdfff ? 0x20 : u);
    for (const script of ['Latin', 'Devanagari']) assert.equal(scriptUnits(all, script), byRegex(all, script));
  });

  it('still picks Hindi for Hindi prose full of Latin abbreviations, and English for English', () => {
    assert.equal(detectLanguage('भारत और अमेरिका के संबंध GS, FPO, MSP और WTO में बदलते रहे हैं।').language, 'hi');
    assert.equal(detectLanguage('India and the US (भारत) have a strategic partnership.').language, 'en');
  });
});

// Web pages for the import fuzzers: the HTML fixtures of test/fixtures/import, damaged by
// malformed and stray markup (unclosed tags and attributes, stray `<`, comments and CDATA left
// open, tags a parser treats specially: <table>, <template>, <svg>, <plaintext> …), truncated
// and with pieces repeated. Shared by test/unit/importFuzz.test.ts, bench/fuzzInputs.ts and the
// hostile-inputs table (bench/hostileRows.ts). Not a *.test.ts file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';

function fixturesDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'test', 'fixtures', 'import');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`test/fixtures/import not found above ${__dirname}`);
}

let pages: string[] | undefined;

/** The fixture pages, in name order so seeds replay. */
export function fixturePages(): string[] {
  pages ??= fs.readdirSync(fixturesDir()).filter(f => f.endsWith('.html')).sort().map(f => fs.readFileSync(path.join(fixturesDir(), f), 'utf8'));
  return pages;
}

/** Markup that breaks a page when it lands in the wrong place. */
export const MALFORMED = [
  '<', '</', '<b', '<div class="', "<a href='", '<a href="https://x.y/?a=<b>">', '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>',
  '<style>', '<table>', '<td>', '</tr>', '<tr><td>', '<svg>', '<math>', '<template>', '<textarea>', '<title>', '<plaintext>', '<xmp>',
  '<noscript>', '<iframe>', '&#', '&#x110000;', '&#0;', '&', '<p <p>', '<img src=">', '</>', '<?xml version="1.0"?>', '<!DOCTYPE',
  '<frameset>', '<select>', '<option>', '<li>', '<h2>', '</h2>', '</body>', '</html>', '<body>', '<head>', '<base href="javascript:x">',
  '<br/>', '<div/>', '\u0000', '<b><pre>', '<isindex>', '<form>', '<object>', '<colgroup>', '<caption>', '<ul>', '</ul>', '<strong>',
  '</strong>', '<b>:</b>', '<a>', '</a>', '<hr>', '<image>', '<nobr>', '<font>', '<marquee>', '<dd>', '<dt>', '<rb>', '<ruby>', '<wbr>',
  '<table><b>', '<p><table>', '</p></p>', '<h1><h2>', '<button>', '<input value=">', '"', "'", '>', '>>', '<<', '=',
];

export type PageDamage =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'drop'; at: number; char: '<' | '>' | '"' | '/' }
  | { kind: 'truncate'; at: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

export const pageDamage: fc.Arbitrary<PageDamage> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...MALFORMED) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), char: fc.constantFrom('<' as const, '>' as const, '"' as const, '/' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 20 }) }) },
);

export function damagePage(page: string, d: PageDamage): string {
  const at = d.at % (page.length + 1);
  switch (d.kind) {
    case 'insert': return page.slice(0, at) + d.text + page.slice(at);
    case 'drop': {
      const i = page.indexOf(d.char, at);
      return i < 0 ? page : page.slice(0, i) + page.slice(i + 1);
    }
    case 'truncate': return page.slice(0, Math.max(at, page.length >> 2));
    case 'repeat': return page.slice(0, at) + page.slice(at, at + d.length).repeat(d.times) + page.slice(at + d.length);
  }
}

/** A fixture page with 1–12 pieces of damage. */
export function damagedPage(): fc.Arbitrary<string> {
  const list = fixturePages();
  return fc.tuple(fc.nat(), fc.array(pageDamage, { minLength: 1, maxLength: 12 }))
    .map(([which, damage]) => damage.reduce(damagePage, list[which % list.length]));
}

/** `n` damaged pages from `seed` (the same on every machine). */
export function damagedPages(n: number, seed: number): string[] {
  return fc.sample(damagedPage(), { numRuns: n, seed });
}

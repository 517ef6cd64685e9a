// The source line reader (core/editorial/sourceLine): dates in every format it knows, Hindi lines
// with Devanagari digits, dates that are not real calendar dates, and the parser and the importer
// reading the same line the same way.
import * as assert from 'node:assert/strict';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { importEditorial } from '../../src/core/import/importEditorial';
import { containsSourceLine, findDates, isDateOnly, readSourceLine, startsSourceLine } from '../../src/core/editorial/sourceLine';

const english = (date: string, title = 'An Article', paper = 'The Hindu') =>
  `This editorial is based on “${title}” which was published in ${paper} on ${date}. More text.`;
const hindi = (date: string, title = 'लेख', paper = 'द हिंदू') =>
  `यह एडिटोरियल ${date} को ${paper} में प्रकाशित “${title}” पर आधारित है। इसमें चर्चा की गई है।`;

describe('sourceLine: dates', () => {
  for (const [written, iso] of [
    ['17/02/2024', '2024-02-17'],
    ['7/2/2024', '2024-02-07'],
    ['17-02-2024', '2024-02-17'],
    ['17.02.2024', '2024-02-17'],
    ['2024-02-17', '2024-02-17'],
    ['17 February 2024', '2024-02-17'],
    ['17th Feb, 2024', '2024-02-17'],
    ['1st of March 2024', '2024-03-01'],
    ['February 17, 2024', '2024-02-17'],
    ['Feb. 17 2024', '2024-02-17'],
    ['Sept 3rd, 2023', '2023-09-03'],
    ['02/17/2024', '2024-02-17'],
  ] as const) {
    it(`reads "${written}" as ${iso}, and keeps the date as written`, () => {
      const { date } = readSourceLine(english(written));
      assert.equal(date?.iso, iso);
      assert.equal(date?.text, written);
    });
  }

  it('checks the calendar: leap years, month lengths, months and days that do not exist', () => {
    const isoOf = (written: string) => readSourceLine(english(written)).date?.iso;
    assert.equal(isoOf('29/02/2024'), '2024-02-29');
    assert.equal(isoOf('29/02/2000'), '2000-02-29');
    for (const bad of ['31/02/2024', '29/02/2023', '29/02/1900', '31/04/2024', '32/01/2024', '17/13/2024', '0/01/2024', '17 Smarch 2024']) {
      assert.equal(isoOf(bad), undefined, bad);
    }
  });

  it('gives no date for a broken one ("/06/2026"), never a guessed one', () => {
    assert.equal(readSourceLine(english('/06/2026')).date, undefined);
    assert.equal(readSourceLine(hindi('/०६/२०२६')).date, undefined);
  });

  it('takes a real date after "published" when the pattern\'s own is not a real date', () => {
    const line = 'This editorial is based on “The 01/01/2020 Reset” which was published in Mint on 31/02/2024, updated 05/03/2024.';
    assert.equal(readSourceLine(line).date?.iso, '2024-03-05');
  });

  it('prefers the date after "published" to an earlier one, and falls back to the first date', () => {
    assert.equal(readSourceLine('This editorial is based on “The 01/01/2020 Reset” which was published in Mint on 5 June 2024.').date?.iso, '2024-06-05');
    assert.equal(readSourceLine('This editorial is based on “A Reset”, The Mint, 5 June 2024.').date?.iso, '2024-06-05');
  });

  it('reads only the first 3,000 characters', () => {
    const line = `This editorial is based on “A” which was published in ${'x '.repeat(1600)} on 17/02/2024`;
    assert.equal(readSourceLine(line).date, undefined);
  });
});

describe('sourceLine: title and newspaper', () => {
  it('reads the first double-quoted text as the title, else the first in single curly quotes', () => {
    assert.equal(readSourceLine(english('17/02/2024', "India's   Choice")).articleTitle, "India's Choice");
    assert.equal(readSourceLine('This editorial is based on "Straight Quotes" which was published in Mint on 17/02/2024').articleTitle, 'Straight Quotes');
    assert.equal(readSourceLine('This editorial is based on ‘Single Curly’ which was published in Mint on 17/02/2024').articleTitle, 'Single Curly');
    assert.equal(readSourceLine('This editorial is based on ‘Single’ and “Double” quotes').articleTitle, 'Double');
    assert.equal(readSourceLine('This editorial is based on an article in Mint').articleTitle, undefined);
  });

  it('reads the newspaper from the pattern, without "the", else from "published in … on"', () => {
    assert.equal(readSourceLine(english('17/02/2024', 'A', 'the Indian Express')).newspaper, 'Indian Express');
    assert.equal(readSourceLine(english('17 February 2024', 'A', 'Hindustan Times')).newspaper, 'Hindustan Times');
    assert.equal(readSourceLine('This editorial is based on “A” from a newspaper').newspaper, undefined);
  });
});

describe('sourceLine: Hindi', () => {
  it('reads a Hindi line, date first, in ASCII digits', () => {
    const s = readSourceLine(hindi('12/03/2025', 'किसान सामूहिकता की राह', 'उदाहरण समाचार'));
    assert.deepEqual([s.date?.iso, s.newspaper, s.articleTitle], ['2025-03-12', 'उदाहरण समाचार', 'किसान सामूहिकता की राह']);
  });

  it('reads Devanagari digits as ASCII digits, and keeps the title and date as written', () => {
    const s = readSourceLine(hindi('०५/०९/२०२४', 'बजट २०२४'));
    assert.equal(s.date?.iso, '2024-09-05');
    assert.equal(s.date?.text, '०५/०९/२०२४');
    assert.equal(s.newspaper, 'द हिंदू');
    assert.equal(s.articleTitle, 'बजट २०२४');
  });

  it('checks the calendar in Devanagari digits too', () => {
    assert.equal(readSourceLine(hindi('२९/०२/२०२४')).date?.iso, '2024-02-29');
    assert.equal(readSourceLine(hindi('२९/०२/२०२३')).date, undefined);
    assert.equal(readSourceLine(hindi('३१/०२/२०२४')).date, undefined);
  });

  it('reads a Hindi line with the date in another format', () => {
    assert.equal(readSourceLine(hindi('2024-09-05')).date?.iso, '2024-09-05');
  });

  it('takes the date after "यह एडिटोरियल" when the pattern gives none', () => {
    assert.equal(readSourceLine(`१६/०२/२०२४ | ${hindi('17 February 2024')}`).date?.iso, '2024-02-17');
  });
});

describe('sourceLine: finding source lines and dates', () => {
  it('finds the source line label anywhere, or at the start after emphasis and quotes', () => {
    assert.ok(containsSourceLine('Intro. THIS EDITORIAL IS BASED ON “A”'));
    assert.ok(containsSourceLine(hindi('12/03/2025')));
    assert.ok(!containsSourceLine('This article is based on “A”'));
    assert.ok(startsSourceLine('*“This editorial is based on “A”'));
    assert.ok(!startsSourceLine('Intro. This editorial is based on “A”'));
  });

  it('finds the real dates of a text in order, Devanagari digits included', () => {
    assert.deepEqual(findDates('From १७/०२/२०२४ to 1 March 2024, not 31/02/2024.').map(d => [d.iso, d.text]),
      [['2024-02-17', '१७/०२/२०२४'], ['2024-03-01', '1 March 2024']]);
  });

  it('tells a line that is only a date', () => {
    assert.ok(isDateOnly('Saturday, 17 February 2024'));
    assert.ok(isDateOnly('Updated on 17/02/2024'));
    assert.ok(isDateOnly('१७/०२/२०२४'));
    assert.ok(!isDateOnly('17 February 2024 budget'));
    assert.ok(!isDateOnly('31/02/2024'));
  });
});

describe('sourceLine: the parser and the importer agree', () => {
  const lines: [string, string, string | undefined][] = [
    ['DD/MM/YYYY', english('17/02/2024', 'Foundation for layered India-America relations', 'Hindustan Times'), '2024-02-17'],
    ['"17 February 2024"', english('17 February 2024'), '2024-02-17'],
    ['"February 17, 2024", a date in the title', english('February 17, 2024', 'The 01/01/2020 Reset', 'the Indian Express'), '2024-02-17'],
    ['YYYY-MM-DD, a leap day', english('2024-02-29'), '2024-02-29'],
    ['MM/DD/YYYY', english('02/17/2024'), '2024-02-17'],
    ['31/02/2024 (no date)', english('31/02/2024'), undefined],
    ['"/06/2026" (no date)', english('/06/2026'), undefined],
    ['‘…’ title, "17th Feb, 2024"', 'This editorial is based on ‘Single Curly’ which was published in Mint on 17th Feb, 2024.', '2024-02-17'],
    ['Hindi', hindi('12/03/2025', 'किसान सामूहिकता की राह', 'उदाहरण समाचार'), '2025-03-12'],
    ['Hindi, Devanagari digits', hindi('०५/०९/२०२४', 'बजट २०२४'), '2024-09-05'],
    ['Hindi, 29/02/2023 in Devanagari digits (no date)', hindi('२९/०२/२०२३'), undefined],
  ];
  for (const [name, line, iso] of lines) {
    it(`reads the same date, title and newspaper: ${name}`, () => {
      const expected = readSourceLine(line);
      const parsed = parseEditorial(`## Title\n\n*${line}*\n\n## Conclusion\n\nText.\n`).source;
      assert.equal(parsed?.date, iso);
      assert.deepEqual([parsed?.date, parsed?.articleTitle, parsed?.newspaper], [expected.date?.iso, expected.articleTitle, expected.newspaper]);
      for (const input of [`A Title\n\n${line}\n`, `## A Title\n\n*${line}*\n\n## Conclusion\n\nText.\n`]) {
        const imported = importEditorial(input, { today: '2024-06-30' });
        assert.equal(imported.date, parsed?.date, input);
        assert.equal(imported.articleTitle, parsed?.articleTitle, input);
        const bits = [parsed?.articleTitle && `“${parsed.articleTitle}”`, parsed?.newspaper, parsed?.date].filter(Boolean);
        assert.ok(imported.notes.includes(`source: ${bits.join(', ')}`), imported.notes.join('\n'));
        // What the importer writes, the parser reads back with the same date.
        assert.equal(parseEditorial(imported.markdown).source?.date, parsed?.date, imported.markdown);
      }
    });
  }
});

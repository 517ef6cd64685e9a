import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { importEditorial, ImportResult } from '../../src/core/import/importEditorial';
import { slugify, uniqueFileName } from '../../src/core/shared/fileNames';
import type { Point, Section } from '../../src/core/editorial/model';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/import');
const SAMPLE = path.join(__dirname, '../../../data/editorials/indo-us-editorial.md');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const TODAY = { today: '2024-06-30' };

function allPoints(points: readonly Point[]): Point[] {
  return points.flatMap(p => [p, ...allPoints(p.children)]);
}

const WORDS = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.normalize('NFKC').match(WORDS) ?? [];

/**
 * The no-text-lost invariant: the letters and digits of the markdown are those of the input, in
 * order, except words of dropped lines, which must be named in the notes (as must a bullet glyph
 * "o"). An added title heading is set aside first. Words that are both in the notes and at the
 * current position are tried both ways (a dropped page number "2" before "2022").
 */
function assertNothingLost(input: string, r: ImportResult): void {
  let md = r.markdown;
  if (r.notes.some(n => n.startsWith('no title line found: added'))) md = md.replace(/^## .*\n\n?/, '');
  const stream = words(md).join('');
  const noted = new Set(words(r.notes.join(' ')));
  let positions = new Set([0]);
  for (const w of words(input)) {
    const next = new Set<number>();
    for (const at of positions) {
      if (stream.startsWith(w, at)) next.add(at + w.length);
      if (noted.has(w)) next.add(at);
    }
    const at = Math.max(...positions);
    assert.ok(next.size, `"${w}" is lost: not in the markdown (which goes on "${stream.slice(at, at + 40)}") nor in the notes`);
    positions = next;
  }
  const furthest = Math.max(...positions);
  assert.ok(positions.has(stream.length), `the markdown has text that is not in the input: "${stream.slice(furthest, furthest + 40)}"`);
}

function importAndCheck(input: string): ImportResult {
  const r = importEditorial(input, TODAY);
  assertNothingLost(input, r);
  return r;
}

const kinds = (sections: readonly Section[]) => sections.map(s => s.kind);
const leads = (s: Section) => s.points.map(p => p.lead);

describe('importEditorial: plain text copied from a web page, with • bullets and a PDF page break', () => {
  const input = fixture('web-bullets.txt');
  const r = importAndCheck(input);
  const e = parseEditorial(r.markdown);

  it('is read as plain text and gives title, date, slug and file name', () => {
    assert.equal(r.format, 'plain');
    assert.equal(r.title, "Securing India's Groundwater Future");
    assert.equal(r.date, '2024-03-05');
    assert.equal(r.slug, 'securing-indias-groundwater-future');
    assert.equal(r.fileName, '2024-03-05-securing-indias-groundwater-future.md');
    assert.equal(r.articleTitle, 'Running Dry Beneath Our Feet');
  });

  it('produces markdown the parser reads: title, source, labels, intro', () => {
    assert.equal(e.title, "Securing India's Groundwater Future");
    assert.equal(e.source?.date, '2024-03-05');
    assert.equal(e.source?.articleTitle, 'Running Dry Beneath Our Feet');
    assert.equal(e.source?.newspaper, 'Indian Express');
    assert.equal(e.prelimsTerms.length, 5);
    assert.equal(e.mainsTopics.length, 3);
    assert.equal(e.intro.length, 1);
    assert.ok(!e.problems.some(p => p.severity !== 'info'), JSON.stringify(e.problems));
  });

  it('finds the sections with the right kinds and points with bold leads', () => {
    assert.deepEqual(kinds(e.sections), ['cooperation', 'issues', 'measures', 'conclusion', 'mains-question', 'pyq']);
    assert.deepEqual(leads(e.sections[0]), ['Agricultural Backbone', 'Drinking Water Security', 'Drought Buffer', 'Industrial Use']);
    assert.deepEqual(leads(e.sections[1]), ['Over-extraction', 'Legal Vacuum', 'Water Quality', 'Data Gaps']);
    assert.equal(e.sections[2].points.length, 5);
    assert.ok(e.sections.slice(0, 3).every(s => s.points.every(p => p.lead)));
    assert.equal(e.sections[0].points[0].children.length, 2, '◦ sub-bullets are nested');
    assert.equal(e.pyqs.length, 1);
    assert.equal(e.pyqs[0].year, 2021);
    assert.match(e.mainsQuestion ?? '', /^Groundwater depletion in India/);
  });

  it('drops the repeated header and the page number, names them in the notes, and joins the cut bullet', () => {
    assert.ok(!r.markdown.includes('Editorial Notes'));
    assert.ok(!/^2$/m.test(r.markdown));
    const note = r.notes.find(n => n.startsWith('dropped 3 page-break lines'));
    assert.ok(note, r.notes.join('\n'));
    assert.match(note, /"Editorial Notes \| Daily Current Affairs" \(×2\), "2"/);
    const legal = e.sections[1].points.find(p => p.lead === 'Legal Vacuum');
    assert.match(legal?.body ?? '', /which makes regulation of private wells difficult\.$/);
    assert.ok(r.notes.includes('joined 1 page-break fragment'));
    assert.ok(r.notes.includes("turned 13 '•' bullets into markdown bullets"));
  });

  it('writes the canonical markdown forms', () => {
    assert.match(r.markdown, /^## Securing India's Groundwater Future\n\n\*This editorial is based on “Running Dry/);
    assert.match(r.markdown, /\n\*\*For Prelims:\*\* Central Ground Water Board, /);
    assert.match(r.markdown, /\n- \*\*Agricultural Backbone:\*\* Groundwater irrigates .*\n {2}- Farmers prefer wells/);
    assert.match(r.markdown, /\n## Drishti Mains Question:\n/);
  });
});

describe('importEditorial: hard-wrapped PDF text', () => {
  const input = fixture('pdf-wrapped.txt');
  const r = importAndCheck(input);
  const e = parseEditorial(r.markdown);
  const section = (kind: string) => e.sections.find(s => s.kind === kind)!;
  const point = (lead: string) => allPoints(e.sections.flatMap(s => s.points)).find(p => p.lead === lead)!;

  it('gives the parser the title, source date, sections and leads', () => {
    assert.equal(r.format, 'plain');
    assert.equal(e.title, "Charting a Course for India's Blue Economy");
    assert.equal(e.source?.date, '2023-11-28');
    assert.equal(r.fileName, '2023-11-28-charting-a-course-for-indias-blue-economy.md');
    assert.deepEqual(kinds(e.sections), ['cooperation', 'issues', 'measures', 'conclusion', 'mains-question', 'pyq']);
    assert.deepEqual(e.sections.slice(0, 3).map(s => s.points.length), [4, 4, 4]);
    assert.ok(e.sections.slice(0, 3).every(s => s.points.every(p => p.lead)));
    assert.equal(e.pyqs[0]?.year, 2018);
  });

  it('joins hard-wrapped lines into one paragraph or bullet, and wrapped labels and headings', () => {
    assert.equal(e.intro.length, 1);
    assert.match(e.intro[0].plain, /^India has a coastline .* fragile marine ecosystems\.$/);
    assert.equal(e.source?.text.endsWith('the people who depend on them.'), true);
    assert.equal(e.prelimsTerms.length, 6, 'a prelims list wrapped over three lines');
    assert.deepEqual(e.prelimsTerms.map(t => t.text).slice(2, 4), ['Exclusive Economic Zone', 'Pradhan Mantri Matsya Sampada Yojana']);
    assert.equal(section('issues').heading, "What are the Major Challenges in Harnessing the Resources of India's Blue Economy?");
    assert.equal(section('conclusion').paragraphs.length, 1);
  });

  it('mends hyphenation: joins "live-lihoods", keeps the hyphen after a prefix or before a suffix', () => {
    assert.match(e.intro[0].plain, /millions of livelihoods\./);
    assert.match(point('Deep-Sea Resources').body, /ocean biodiversity\.$/);
    assert.match(point('Overfishing').body, /beyond sustainable limits/);
    assert.match(point('Fisheries Co-management').body, /fishing co-operatives a real voice/);
    assert.ok(point('Self-reliant Shipbuilding'), 'a lead cut at "Self-" is joined with its hyphen');
    assert.match(point('Blue Finance').body, /rules-based and climate-proof/);
    assert.ok(r.notes.some(n => n.startsWith('joined 3 words hyphenated across lines: "livelihoods", "biodiversity", "sustainable"')), r.notes.join('\n'));
    assert.ok(r.notes.some(n => n.startsWith('kept the hyphen of 3 compounds')));
  });

  it('drops headers, web-address footers, page numbers and form feeds, and joins across page breaks', () => {
    assert.doesNotMatch(r.markdown, /Daily Editorial Analysis|examplenotes|Page \d of 3/);
    assert.ok(r.notes.some(n => n.includes('"Daily Editorial Analysis" (×3)') && n.includes('"www.examplenotes.in" (×3)') && n.includes('"Page 2 of 3"')));
    assert.ok(r.notes.includes('removed 1 form feed (page breaks)'));
    assert.match(point('Ports and Shipping').body, /moves by sea, and the Sagarmala Programme/, 'lower-case continuation');
    assert.match(point('Weak Coordination').body, /and the coastal States, which slows decisions\.$/, 'upper-case continuation of an unfinished line');
  });

  it('reads "o" as a sub-bullet glyph, a lone glyph as the bullet of the next line, and ligatures as letters', () => {
    assert.equal(point('Fisheries and Aquaculture').children.length, 2);
    assert.equal(point('Coastal Pollution').children.length, 1);
    assert.ok(r.notes.includes("turned 3 'o' bullets into markdown bullets"));
    assert.ok(point('Ports and Shipping'));
    assert.match(r.markdown, /ports, fisheries, coastal tourism/);
    assert.ok(!r.markdown.includes('\uFB01'));
  });
});

describe('importEditorial: numbered lists', () => {
  const r = importAndCheck(fixture('numbered.txt'));
  const e = parseEditorial(r.markdown);

  it('keeps numbered items as an ordered list with bold leads, "1)" written as "1."', () => {
    assert.match(r.markdown, /\n1\. \*\*Shrinking Divisible Pool:\*\* Cesses/);
    assert.match(r.markdown, /\n1\. \*\*Cap Cesses and Surcharges:\*\* A ceiling/);
    assert.doesNotMatch(r.markdown, /^\d\) /m);
    assert.ok(r.notes.includes("turned 8 '1.' numbered items into an ordered list"));
  });

  it('nests "(a)" items under their numbered item, indented past the number, marker kept', () => {
    assert.match(r.markdown, /\n {3}- \(a\) States receive their share/);
    const first = e.sections[0].points[0];
    assert.deepEqual(first.children.map(c => c.plain), [
      '(a) States receive their share only from the divisible pool.',
      '(b) The growth of cesses therefore lowers the effective devolution.',
    ]);
  });

  it('gives the parser sections, points, leads and both PYQs', () => {
    assert.equal(e.title, "Reforming India's Fiscal Federalism");
    assert.equal(e.source?.date, '2024-01-12');
    assert.deepEqual(kinds(e.sections), ['issues', 'measures', 'measures', 'conclusion', 'mains-question', 'pyq']);
    assert.equal(e.sections[2].heading, 'Way Forward');
    assert.deepEqual(leads(e.sections[0]), ['Shrinking Divisible Pool', 'End of GST Compensation', 'Conditional Transfers', 'Borrowing Limits']);
    assert.deepEqual(leads(e.sections[1]), ['Cap Cesses and Surcharges', 'Permanent Fiscal Council', 'Predictable Scheme Funding', 'Empower Local Bodies']);
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year]), [['prelims', undefined], ['mains', 2021]]);
    assert.match(e.pyqs[0].text, /^Consider the following statements: 1\. The Finance Commission .* \(d\) Neither 1 nor 2$/);
  });

  it('keeps the statements and options of a prelims PYQ in its paragraph, with "Prelims"/"Mains" as sub-headings', () => {
    assert.match(r.markdown, /\n### Prelims\n\nQ\. Consider the following statements:\n1\\\. The Finance/);
    assert.match(r.markdown, /\n\(a\) 1 only\n\(b\) 2 only\n/);
    assert.match(r.markdown, /\n### Mains\n/);
  });
});

describe('importEditorial: web copy whose list lost its bullet glyphs', () => {
  const r = importAndCheck(fixture('web-no-glyphs.txt'));
  const e = parseEditorial(r.markdown);

  it('turns runs of "Lead: text" lines into bullets and the lines between them into sub-bullets', () => {
    assert.deepEqual(kinds(e.sections), ['issues', 'measures', 'conclusion', 'mains-question', 'pyq']);
    assert.deepEqual(leads(e.sections[0]), ['Urban Flooding', 'Extreme Heat', 'Water Stress', 'Coastal Hazards']);
    assert.equal(e.sections[0].points[1].children.length, 2);
    assert.deepEqual(leads(e.sections[1]), ['Restore Blue-Green Infrastructure', 'Heat Action Plans', 'Risk-Informed Planning', 'Municipal Finance']);
  });

  it('keeps a section intro paragraph and single lead-less paragraphs as paragraphs', () => {
    assert.equal(e.sections[1].paragraphs.length, 1);
    assert.match(e.sections[1].paragraphs[0].plain, /^Cities need to treat resilience/);
    assert.equal(e.intro.length, 1);
    assert.equal(e.source?.date, '2023-08-21');
    assert.equal(e.title, 'Building Climate-Resilient Cities');
  });
});

describe('importEditorial: markdown input', () => {
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  const direct = parseEditorial(sample);

  it('round-trips the bundled sample: same sections, kinds, 7/7/9/7 points and leads', () => {
    const r = importAndCheck(sample);
    assert.equal(r.format, 'markdown');
    assert.equal(r.title, 'Strengthening Indo-US Strategic Partnership');
    assert.equal(r.date, '2024-02-17');
    assert.equal(r.fileName, '2024-02-17-strengthening-indo-us-strategic-partnership.md');
    const e = parseEditorial(r.markdown);
    assert.deepEqual(e.sections.slice(0, 4).map(s => s.points.length), [7, 7, 9, 7]);
    assert.deepEqual(e.sections.map(s => [s.kind, s.heading]), direct.sections.map(s => [s.kind, s.heading]));
    assert.deepEqual(allPoints(e.sections.flatMap(s => s.points)).map(p => p.plain),
      allPoints(direct.sections.flatMap(s => s.points)).map(p => p.plain));
    assert.deepEqual(e.prelimsTerms, direct.prelimsTerms);
    assert.deepEqual(e.pyqs.map(q => q.text), direct.pyqs.map(q => q.text));
  });

  it('writes a clean markdown file as the editorial it reads: same structure, page breaks mended, and importing again changes nothing', () => {
    // The saved markdown is written from what the parser read (one structure reader for every
    // way a page arrives), so the sample's page-break fragments come out mended.
    const r = importEditorial(sample);
    const direct = parseEditorial(sample);
    const saved = parseEditorial(r.markdown);
    const shape = (e: typeof direct) => e.sections.map(s => [s.kind, s.heading, s.points.length, s.points.map(p => p.lead)]);
    assert.deepEqual(shape(saved), shape(direct));
    assert.deepEqual(saved.prelimsTerms, direct.prelimsTerms);
    assert.deepEqual(saved.pyqs.map(q => q.text), direct.pyqs.map(q => q.text));
    assert.equal(saved.source?.date, direct.source?.date);
    assert.ok(direct.repairs.length > 0 && saved.repairs.length === 0, 'the fragments are joined in the saved file');
    assert.match(r.markdown, /invested \$22 billion in the US, while US firms like \*\*Tesla and Micron\*\* expand in India\.\n/);
    assert.equal(importEditorial(r.markdown).markdown, r.markdown, 'idempotent');
  });

  it('normalises CRLF, BOM, non-breaking spaces and "*"/"+" bullets, and still parses the same', () => {
    const messy = '\uFEFF' + sample.replace(/ and /g, '\u00A0and ').replace(/^(\s*)- /gm, (_m, s: string) => `${s}${s.length % 4 ? '+' : '*'} `).replace(/\n/g, '\r\n');
    const r = importAndCheck(messy);
    assert.equal(r.format, 'markdown');
    assert.ok(!/[\r\uFEFF\u00A0]/.test(r.markdown));
    assert.doesNotMatch(r.markdown, /^\s*[*+] /m);
    assert.ok(r.notes.includes('removed the byte-order mark'));
    assert.ok(r.notes.some(n => /^converted \d+ CRLF\/CR line endings to LF$/.test(n)));
    assert.ok(r.notes.some(n => /^replaced \d+ non-breaking spaces with spaces$/.test(n)));
    assert.ok(r.notes.includes("turned 101 '*'/'+' bullets into '-' bullets"));
    const e = parseEditorial(r.markdown);
    assert.deepEqual(e.sections.slice(0, 4).map(s => s.points.length), [7, 7, 9, 7]);
    assert.equal(e.source?.date, '2024-02-17');
  });

  it('keeps "**bold**" and "* * *" rules, and leaves fenced code alone', () => {
    const md = '## T\n\n* * *\n\n**For Prelims:** a\n\n```\n* not a bullet\n\n\n\n```\n\n* item\n';
    const r = importEditorial(md);
    assert.equal(r.markdown, '## T\n\n* * *\n\n**For Prelims:** a\n\n```\n* not a bullet\n\n\n\n```\n\n- item\n');
  });

  it('writes a bold section heading without its bold, as the HTML converter does: one file either way', () => {
    // Found by generatedPages.test.ts: "## **X**" kept its bold, "<h2><b>X</b></h2>" did not.
    const body = '\n\n- **Lead:** text.\n\n## Conclusion\n\nEnd.\n';
    const fromMarkdown = importEditorial(`## T${body.replace('\n\n-', '\n\n## **What are the *Key* Issues?**\n\n-')}`).markdown;
    const fromHtml = importEditorial('<h1>T</h1><h2><b>What are the <i>Key</i> Issues?</b></h2><ul><li><b>Lead:</b> text.</li></ul><h2>Conclusion</h2><p>End.</p>').markdown;
    assert.match(fromMarkdown, /^## What are the \*Key\* Issues\?$/m);
    assert.equal(fromHtml, fromMarkdown);
    // A bold line that opens a section is written as its heading, without the bold; again, nothing changes.
    const once = importEditorial('## T\n\n## Issues\n\n- **A:** b.\n\n**Conclusion**\n\nEnd.\n').markdown;
    assert.match(once, /^## Conclusion$/m);
    assert.equal(importEditorial(once).markdown, once);
  });

  it('makes a short first line the title heading when the markdown has none', () => {
    const r = importAndCheck('Rethinking Urban Transport\n\n**For Prelims:** Metro\n\n## What are the Challenges?\n\n- **Cost:** high.\n');
    assert.match(r.markdown, /^## Rethinking Urban Transport\n/);
    assert.equal(parseEditorial(r.markdown).title, 'Rethinking Urban Transport');
    assert.ok(r.notes.some(n => n.startsWith('made the first line the title heading')));
  });

  it('takes the title from front matter', () => {
    const r = importEditorial('---\ntitle: From Front Matter\n---\n## What are the Issues?\n\n- **A:** b\n', TODAY);
    assert.equal(r.title, 'From Front Matter');
    assert.equal(r.fileName, '2024-06-30-from-front-matter.md');
  });

  it('keeps plain text with "-" bullets as plain (no bold, no heading)', () => {
    assert.equal(importEditorial('Title Here\n\n- one\n- two\n').format, 'plain');
  });
});

describe('importEditorial: the bundled sample as plain text (markup stripped, as a copy would give)', () => {
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  const stripped = sample
    .replace(/\[([^\]]*)\]\(#\)/g, '$1').replace(/\\([$()])/g, '$1').replace(/\*\*/g, '')
    .replace(/^#+ /gm, '').replace(/^\*(.*)\*$/gm, '$1');
  /** Hard-wraps every line at `width` columns, continuation lines unindented (as PDF copies come). */
  const wrap = (text: string, width: number) => text.split('\n').flatMap(line => {
    const out: string[] = [];
    let cur = '';
    for (const w of line.split(' ')) {
      if (cur && `${cur} ${w}`.length > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out;
  }).join('\n');
  const variants: [string, string][] = [
    ['• bullets with indented o sub-bullets', stripped.replace(/^( *)- /gm, (_m, sp: string) => sp + (sp.length ? 'o ' : '• '))],
    ['unindented •, o, ▪, - bullets (levels by glyph)', stripped.replace(/^( *)- /gm, (_m, sp: string) => ['• ', 'o ', '▪ ', '- '][sp.length / 2])],
    ['no bullet glyphs at all (web copy)', stripped.replace(/^( *)- /gm, '')],
  ];
  variants.push(...variants.slice(0, 2).map(([name, text]): [string, string] => [`${name}, hard-wrapped at 76 columns`, wrap(text, 76)]));

  for (const [name, text] of variants) {
    it(`rebuilds the structure from ${name}`, () => {
      const r = importAndCheck(text);
      assert.equal(r.format, 'plain');
      assert.equal(r.fileName, '2024-02-17-strengthening-indo-us-strategic-partnership.md');
      const e = parseEditorial(r.markdown);
      assert.equal(e.title, 'Strengthening Indo-US Strategic Partnership');
      assert.equal(e.source?.date, '2024-02-17');
      assert.equal(e.prelimsTerms.length, 9);
      assert.equal(e.mainsTopics.length, 2);
      assert.deepEqual(kinds(e.sections), ['cooperation', 'issues', 'measures', 'groupings', 'conclusion', 'mains-question', 'pyq']);
      assert.deepEqual(e.sections.slice(0, 4).map(s => s.points.length), [7, 7, 9, 7]);
      assert.ok(e.sections.slice(0, 4).every(s => s.points.every(p => p.lead)), 'every top-level point has a bold lead');
      assert.equal(e.pyqs[0]?.year, 2019);
    });
  }
});

describe('importEditorial: dates', () => {
  const withSource = (date: string) =>
    importEditorial(`A Title\n\nThis editorial is based on “An Article” which was published in The Hindu on ${date}. More text.\n`, TODAY);

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
    ['29/02/2024', '2024-02-29'],
  ] as const) {
    it(`reads "${written}" as ${iso}`, () => {
      const r = withSource(written);
      assert.equal(r.date, iso);
      assert.equal(r.fileName, `${iso}-a-title.md`);
    });
  }

  it('rejects impossible dates and falls back to today', () => {
    for (const bad of ['31/02/2024', '29/02/2023', '32/01/2024', '17/13/2024', '17 Smarch 2024']) {
      const r = withSource(bad);
      assert.equal(r.date, undefined, bad);
      assert.equal(r.fileName, '2024-06-30-a-title.md');
      assert.ok(r.notes.includes('no date found in the source line'));
    }
  });

  it('says how a date not written DD/MM/YYYY was read', () => {
    assert.ok(withSource('17 February 2024').notes.includes('source date "17 February 2024" read as 2024-02-17'));
    assert.ok(!withSource('17/02/2024').notes.some(n => n.startsWith('source date ')));
  });

  it('prefers the date after "published" to an earlier one', () => {
    const r = importEditorial('T\n\nThis editorial is based on “The 01/01/2020 Reset” which was published in Mint on 05/06/2024.\n');
    assert.equal(r.date, '2024-06-05');
  });

  it('takes the date from a date-only line above the title when there is no source line', () => {
    const r = importEditorial('Saturday, 17 February 2024\nIndia and the Global South\n\nText.\n', TODAY);
    assert.equal(r.title, 'India and the Global South');
    assert.equal(r.date, '2024-02-17');
    assert.ok(r.notes.includes('no source line found ("This editorial is based on …" / "यह एडिटोरियल … पर आधारित है")'));
  });

  it('uses today (local date) when there is no date, and the given today when valid', () => {
    assert.equal(importEditorial('A Title\n\nText.', TODAY).fileName, '2024-06-30-a-title.md');
    assert.match(importEditorial('A Title\n\nText.', { today: 'yesterday' }).fileName, /^\d{4}-\d{2}-\d{2}-a-title\.md$/);
  });
});

describe('slug, file name and uniqueFileName', () => {
  it('makes lower-case ASCII slugs', () => {
    assert.equal(slugify("India's Semiconductor Push: What Next?"), 'indias-semiconductor-push-what-next');
    assert.equal(slugify('Café Économie — Ça Va'), 'cafe-economie-ca-va');
    assert.equal(slugify('  --  '), 'editorial');
    // Hindi titles are transliterated: every Hindi editorial and its notes get a name of their own.
    assert.equal(slugify('भारत और अमेरिका'), 'bharat-aur-amerika');
    assert.equal(slugify('किसान उत्पादक संगठन (FPOs)'), 'kisan-utpadak-sangathan-fpos');
    assert.equal(slugify('राज्य वित्त आयोग'), 'rajya-vitta-ayog');
    assert.equal(slugify('\u092C\u093E\u091C\u093C\u093E\u0930'), slugify('\u092C\u093E\u095B\u093E\u0930'), 'a nukta typed either way gives one name');
    assert.equal(slugify('\u092C\u093E\u091C\u093C\u093E\u0930'), 'bazar');
    assert.equal(slugify('G20 @ 2023: India’s Presidency'), 'g20-2023-indias-presidency');
  });

  it('cuts long slugs at a word boundary, at most 60 characters', () => {
    const slug = slugify('Strengthening the Strategic Partnership Between India and the United States of America in the Indo-Pacific');
    assert.ok(slug.length <= 60, slug);
    assert.equal(slug, 'strengthening-the-strategic-partnership-between-india-and');
    assert.equal(slugify('x'.repeat(100)).length, 60);
  });

  it("uses 'editorial' when there is no title", () => {
    const r = importEditorial('this starts lower-case and is not a title.\n\nMore text.', TODAY);
    assert.equal(r.title, '');
    assert.equal(r.fileName, '2024-06-30-editorial.md');
    assert.ok(r.notes.includes('no title line found: add a "## Title" line at the top'));
  });

  it('returns a free name: name.md, name-2.md, name-3.md …', () => {
    assert.equal(uniqueFileName('a.md', new Set()), 'a.md');
    assert.equal(uniqueFileName('a.md', new Set(['a.md'])), 'a-2.md');
    assert.equal(uniqueFileName('a.md', new Set(['a.md', 'a-2.md', 'a-3.md'])), 'a-4.md');
    assert.equal(uniqueFileName('a.md', new Set(['a-2.md'])), 'a.md');
    assert.equal(uniqueFileName('2024-02-17-x.md', new Set(['2024-02-17-X.md'])), '2024-02-17-x-2.md', 'ignores case');
    assert.equal(uniqueFileName('notes', new Set(['notes'])), 'notes-2');
    assert.equal(uniqueFileName('.md', new Set(['.md'])), '.md-2');
  });
});

describe('importEditorial: plain-text rules on small inputs', () => {
  const body = (r: ImportResult) => r.markdown.split('\n').filter(l => l && !l.startsWith('## '));

  it('joins a hyphenated word only when it is not a compound', () => {
    const cases: [string, string][] = [
      ['the exam-\nple is here.', 'the example is here.'],
      ['close co-\noperation here.', 'close co-operation here.'],
      ['a non-\nstate actor.', 'a non-state actor.'],
      ['a US-\nled order.', 'a US-led order.'],
      ['the ISRO-\nbuilt craft.', 'the ISRO-built craft.'],
      ['an e-\ncommerce site.', 'an e-commerce site.'],
      ['in 2023-\n24 it rose.', 'in 2023-24 it rose.'],
      ['India-\nUS ties matter.', 'India-US ties matter.'],
      ['a well-\nknown fact.', 'a well-known fact.'],
      ['a spaced -\ndash.', 'a spaced - dash.'],
    ];
    for (const [input, expected] of cases) {
      const r = importAndCheck(`Some Title\n\nx ${input}`);
      assert.deepEqual(body(r), [`x ${expected}`], input);
    }
  });

  it('joins a soft hyphen at a line end and removes the others', () => {
    const r = importAndCheck('Some Title\n\nthe exam\u00AD\nple of gov\u00ADernance.');
    assert.deepEqual(body(r), ['the example of governance.']);
    assert.ok(r.notes.includes('removed 2 soft hyphens'));
  });

  it('drops page-number lines in their usual forms', () => {
    for (const debris of ['12', '- 12 -', 'Page 3', 'Page 3 of 10', '3 / 10', '3 | P a g e', '[7]', 'www.drishtiias.com', 'https://example.org/x']) {
      const r = importAndCheck(`Some Title\n\nThe text goes on and\n${debris}\non after the break.`);
      assert.deepEqual(body(r), ['The text goes on and on after the break.'], debris);
      assert.ok(r.notes.some(n => n.startsWith('dropped 1 page-break line') && n.includes(JSON.stringify(debris))), debris);
    }
  });

  it('drops a footer repeated on every page, and keeps repeated option lines', () => {
    const page = (n: number) => `${'Some sentence that ends here. '.repeat(3)}\n`.repeat(8) + `Copyright Daily Notes ${n}\n`;
    const r = importAndCheck(`Some Title\n\n${page(1)}${page(2)}${page(3)}`);
    assert.doesNotMatch(r.markdown, /Copyright/);
    assert.ok(r.notes.some(n => n.includes('"Copyright Daily Notes 1"')));
    const pyq = importAndCheck('Some Title\n\nPrevious Year Questions\n\nQ. One?\n(a) 1 only\n(b) 2 only\nQ. Two?\n(a) 1 only\n(b) 2 only\nQ. Three?\n(a) 1 only\n(b) 2 only\n');
    assert.equal((pyq.markdown.match(/\(a\) 1 only/g) ?? []).length, 3);
  });

  it('keeps a repeated first line when it is the only title', () => {
    const r = importAndCheck('India and Japan\n\nThis editorial is based on “X” which was published in Mint on 01/02/2024.\n\n12\nIndia and Japan\nthe text goes on.\n\n13\nIndia and Japan\n');
    assert.equal(r.title, 'India and Japan');
  });

  it('nests bullets by indentation (spaces or tabs) and by a new glyph', () => {
    const r = importAndCheck('Some Title\n\n• Top One: a.\n    • Sub One: b.\n\t\t• Subsub: c.\n• Top Two: d.\n– Dash Sub: e.\n▪ Square Subsub: f.\n– Dash Sub Again: g.\n• Top Three: h.');
    assert.deepEqual(body(r), [
      '- **Top One:** a.',
      '  - **Sub One:** b.',
      '    - **Subsub:** c.',
      '- **Top Two:** d.',
      '  - **Dash Sub:** e.',
      '    - **Square Subsub:** f.',
      '  - **Dash Sub Again:** g.',
      '- **Top Three:** h.',
    ]);
  });

  it('reads a dash inside an unfinished sentence as text, not a bullet', () => {
    const r = importAndCheck('Some Title\n\nKey challenges persist\n– such as trade barriers – and they matter.');
    assert.deepEqual(body(r), ['Key challenges persist – such as trade barriers – and they matter.']);
  });

  it('bolds leads by the Title Case and length rules', () => {
    const r = importAndCheck([
      'Some Title', '',
      '• Defence Cooperation: top level, Title Case.',
      'o Make in India: sub-level, Title Case.',
      'o The US wants India to: sentence case at a sub-level is not a lead.',
      '• Trade ties: top level, short sentence case.',
      '• The meeting began at 10:30 and ended at noon.',
      '• A very long opening phrase that goes on for far more than twelve words in all: no lead.',
      '• India said this. Then: no lead after a sentence.',
      '• **Already Bold:** kept as it is.',
      '• See https://example.org/page for details.',
    ].join('\n'));
    // The saved markdown is the editorial as the parser reads it: a top-level bullet without a lead
    // after one with a lead is its sub-point (page-break repair), so it is written indented.
    assert.deepEqual(body(r), [
      '- **Defence Cooperation:** top level, Title Case.',
      '  - **Make in India:** sub-level, Title Case.',
      '  - The US wants India to: sentence case at a sub-level is not a lead.',
      '- **Trade ties:** top level, short sentence case.',
      '  - The meeting began at 10:30 and ended at noon.',
      '  - A very long opening phrase that goes on for far more than twelve words in all: no lead.',
      '  - India said this. Then: no lead after a sentence.',
      '- **Already Bold:** kept as it is.',
      '  - See https://example.org/page for details.',
    ]);
  });

  it('makes headings of questions, known section names and Title Case section lines, not of labels', () => {
    const r = importAndCheck([
      'Some Title', '',
      'For Prelims: Quad, BRICS',
      'For Mains – Groupings',
      'Intro sentence.',
      'Why Does This Matter?',
      'Because it does.',
      'Key Challenges in Implementation',
      'Text here.',
      'Way Forward:',
      'More text.',
      'Frequently Asked Questions',
      'Last text.',
    ].join('\n'));
    assert.deepEqual(r.markdown.split('\n').filter(Boolean), [
      '## Some Title',
      '**For Prelims:** Quad, BRICS',
      '**For Mains:** Groupings',
      'Intro sentence.',
      '## Why Does This Matter?',
      'Because it does.',
      '## Key Challenges in Implementation',
      'Text here.',
      '## Way Forward:',
      'More text.',
      '## Frequently Asked Questions',
      'Last text.',
    ]);
    assert.deepEqual(kinds(parseEditorial(r.markdown).sections), ['other', 'issues', 'measures', 'faq']);
  });

  it('does not make headings of questions inside the mains-question section', () => {
    const r = importAndCheck('Some Title\n\nDrishti Mains Question\n\nHow can India balance its ties with both powers?\n');
    const e = parseEditorial(r.markdown);
    assert.deepEqual(kinds(e.sections), ['mains-question']);
    assert.equal(e.mainsQuestion, 'How can India balance its ties with both powers?');
  });

  it('adds the article title as the title heading when there is no title line', () => {
    const r = importAndCheck('This editorial is based on “Rivers in Crisis” which was published in Mint on 02/03/2024.\n\nWhat are the Issues?\n\n• Pollution: severe.\n');
    assert.equal(r.title, 'Rivers in Crisis');
    assert.match(r.markdown, /^## Rivers in Crisis\n\n\*This editorial/);
    assert.equal(parseEditorial(r.markdown).title, 'Rivers in Crisis');
    assert.deepEqual(kinds(parseEditorial(r.markdown).sections), ['issues']);
  });

  it('escapes text that markdown would read as markup', () => {
    const r = importAndCheck('Some Title\n\n> not a quote\n\n+ not a list\n\n• # not a heading\n• 1. not a nested list.\n\nuse <b> and `code` and 5*3*2 and snake_case and _under_ and **bold** and \\* too.');
    assert.equal(r.format, 'plain');
    const e = parseEditorial(r.markdown);
    assert.equal(e.sections.length, 1, 'only the untitled section of the bullets');
    assert.deepEqual(e.intro.map(p => p.plain), [
      '> not a quote',
      '+ not a list',
      'use <b> and `code` and 5*3*2 and snake_case and _under_ and bold and \\* too.',
    ]);
    assert.deepEqual(e.sections[0].points.map(p => [p.plain, p.children.length]), [['# not a heading', 0], ['1. not a nested list.', 0]]);
  });

  it('drops separator lines without words and reports them', () => {
    const r = importAndCheck('Some Title\n\nOne.\n\n-----\n* * *\n\nTwo.');
    assert.deepEqual(body(r), ['One.', 'Two.']);
    assert.ok(r.notes.includes('dropped 2 separator lines without words'));
  });

  it('separates a new ordered list that does not start at 1 from the item above it', () => {
    const top = importAndCheck('Some Title\n\n  • Alpha: a.\n3. Gamma: c.\n4. Delta: d.');
    assert.equal(top.markdown, '## Some Title\n\n- **Alpha:** a.\n\n3. **Gamma:** c.\n4. **Delta:** d.\n');
    assert.deepEqual(parseEditorial(top.markdown).sections[0].points.map(p => p.lead), ['Alpha', 'Gamma', 'Delta']);
    const nested = importAndCheck('Some Title\n\n• Alpha: a.\n3. Gamma: c.\n4. Delta: d.\n• Beta: b.');
    assert.equal(nested.markdown, '## Some Title\n\n- **Alpha:** a.\n\n  3. **Gamma:** c.\n  4. **Delta:** d.\n- **Beta:** b.\n');
    assert.deepEqual(parseEditorial(nested.markdown).sections[0].points.map(p => [p.lead, p.children.map(c => c.lead)]), [['Alpha', ['Gamma', 'Delta']], ['Beta', []]]);
  });
});

describe('importEditorial: robustness', () => {
  it('never throws on empty or blank input', () => {
    for (const input of ['', ' ', '\n\n\n', '\uFEFF', '\r\n\r\n', '\f', '\u00A0']) {
      const r = importEditorial(input, TODAY);
      assert.equal(r.markdown.trim(), '');
      assert.equal(r.fileName, '2024-06-30-editorial.md');
      assert.ok(r.notes.length);
    }
  });

  // How long these take, and how that grows from 100 KB to 1 MB, is measured by `npm run bench`
  // (bench/hostile.ts); here, only that they come out whole.
  it('imports a 1 MB single line whole', () => {
    for (const line of ['word '.repeat(200_000), 'x'.repeat(1 << 20), ' '.repeat(1 << 20) + 'x', '['.repeat(1 << 20), `## ${'[* '.repeat(350_000)}`]) {
      const r = importEditorial(line);
      assert.ok(r.markdown.length >= line.trim().length - 10);
    }
  });

  it('imports 100 000 short lines as one paragraph', () => {
    const input = 'A Title\n\n' + 'some words on a line that wraps\n'.repeat(100_000);
    const r = importEditorial(input);
    assert.equal(r.markdown.split('\n').filter(Boolean).length, 2);
    assertNothingLost(input, r);
  });

  it('never throws, loses no text and gives parseable markdown on random Unicode', () => {
    const piece = fc.oneof(
      fc.constantFrom('भारत', 'संबंध', '।', '😀', '🇮🇳', '\uD800', '\uDFFF', 'e\u0301', '\u0301', 'ﬁ', '\u00AD', '\u200B', '\u00A0'),
      fc.constantFrom('•', '◦', 'o', '-', '–', '*', '1.', '2)', '(a)', '#', '>', '<', '`', '_', '**', ':', '?', '.', '\t', '  ', '\f', '\r'),
      fc.constantFrom('For Prelims:', 'This editorial is based on “X” which was published in Mint on 17/02/2024.', 'What are the Issues?',
        'Conclusion', 'Q.', 'Page 3 of 10', '12', 'www.x.com', 'exam-', 'co-', 'Lead Phrase:', '(2019)', 'Prelims', 'UPSC Previous Year Questions'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    const line = fc.array(piece, { maxLength: 8 }).map(p => p.join(' '));
    const text = fc.array(line, { maxLength: 30 }).chain(lines => fc.constantFrom('\n', '\r\n', '\r').map(nl => lines.join(nl)));
    fc.assert(fc.property(text, input => {
      const r = importEditorial(input, TODAY);
      assertNothingLost(input, r);
      assert.match(r.fileName, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
      assert.ok(r.slug.length <= 60);
      parseEditorial(r.markdown);
      assert.deepEqual(importEditorial(input, TODAY), r, 'deterministic');
    }), { seed: 20240217, numRuns: 400 });
  });

  it('is idempotent on its own markdown output', () => {
    for (const name of ['web-bullets.txt', 'pdf-wrapped.txt', 'numbered.txt', 'web-no-glyphs.txt']) {
      const once = importEditorial(fixture(name), TODAY);
      const twice = importEditorial(once.markdown, TODAY);
      assert.equal(twice.format, 'markdown', name);
      assert.equal(twice.markdown, once.markdown, name);
      assert.equal(twice.fileName, once.fileName, name);
    }
  });
});

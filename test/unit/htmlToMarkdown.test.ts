import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { htmlToMarkdown } from '../../src/core/import/html/htmlToMarkdown';
import { looksLikeHtml } from '../../src/core/import/html/looksLikeHtml';
import { importEditorial, NO_ARTICLE } from '../../src/core/import/importEditorial';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const SAMPLE = fs.readFileSync(path.join(__dirname, '../../../data/editorials/indo-us-editorial.md'), 'utf8');
const TODAY = { today: '2024-06-30' };

const headings = (md: string) => md.split('\n').filter(l => /^#{1,6} /.test(l));
const lines = (md: string) => md.split('\n');
/** A tag-like "<" that is not escaped: raw HTML in the markdown. */
const RAW_TAG = /(?<!\\)<\/?[a-z!?]/i;
/** A table cell's line break, the one tag a pipe table holds (the markdown engine reads it as a break, never as HTML). */
const CELL_BREAKS = /^(\|.*)$/gm;
const md = new MarkdownIt('default', { html: false });

function assertInert(markdown: string): void {
  assert.doesNotMatch(markdown.replace(CELL_BREAKS, row => row.replace(/<br>/g, '')), RAW_TAG, 'no raw HTML tag');
  assert.doesNotMatch(markdown, /javascript:|data:text|vbscript:/i, 'no script URL');
  // Rendered as the editorial view renders it, nothing active comes out.
  const html = md.render(markdown);
  assert.doesNotMatch(html, /<(?:script|style|iframe|svg|object|embed|img|form|input|button)\b/i);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
}

describe('looksLikeHtml', () => {
  it('is true for saved pages', () => {
    for (const page of [
      fixture('drishti-like-en.html'),
      fixture('drishti-like-hi.html'),
      '\uFEFF<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>x</p></body></html>',
      '<!-- saved from url=(0040)https://example.org/ -->\n<!doctype html><html><body>Hi</body></html>',
      '<html lang="hi"><body><h1>शीर्षक</h1><p>पाठ</p></body></html>',
      'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000199\r\n<html><body><!--StartFragment--><p>x</p><!--EndFragment--></body></html>',
    ]) assert.equal(looksLikeHtml(page), true, page.slice(0, 60));
  });

  it('is true for fragments copied from a page source', () => {
    for (const fragment of [
      '<p>Hello</p>',
      '<ul><li><strong>Lead:</strong> text</li></ul>',
      '  <div class="article">\n  <h2>What are the Issues?</h2>\n  <p>Text.</p>\n  </div>\n',
      'Copied from the page:\n<h2>Conclusion</h2>\n<p>India must act.</p>\n<p>Now.</p>',
      '<h1>Title</h1>\n<p>One</p>\n<p>Two</p>\n<table><tr><td>a</td><td>b</td></tr></table>',
    ]) assert.equal(looksLikeHtml(fragment), true, fragment);
  });

  it('is false for plain text and markdown, even with a stray "<" or a tag or two', () => {
    for (const text of [
      '',
      'India < China in per-capita income, but > Bangladesh.',
      'Fewer than <5% of farmers sell through FPOs.',
      '## Title\n\n- **Lead:** x < y and <b>bold</b> here\n- **Two:** text\n',
      'Line one<br>\nLine two<br>\nLine three<br>\n',
      'Use the <p> and </p> tags, a teacher said.\n\nThen a long paragraph of plain text.\n\nAnd another one.',
      'A claim.<sup>1</sup>\nAnother.<sup>2</sup>\nA third.<sup>3</sup>\n',
      '## Title\n\n- **A:** one\n- **B:** two\n- **C:** three\n\n<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td><td>d</td></tr>\n</table>\n',
      SAMPLE,
      fixture('web-bullets.txt'),
      fixture('pdf-wrapped.txt'),
      '['.repeat(1 << 20),
      '<'.repeat(1 << 18),
      `<p ${'a'.repeat(1 << 18)}`,
    ]) assert.equal(looksLikeHtml(text), false, text.slice(0, 60));
  });

  // Its time on these (linear) is measured by `npm run bench` (bench/hostile.ts).
  it('answers on large unclosed inputs', () => {
    assert.equal(looksLikeHtml('<div x="'.repeat(100_000)), false);
    assert.equal(looksLikeHtml('<!--'.repeat(100_000)), false);
    assert.equal(looksLikeHtml('word <b '.repeat(100_000)), false);
  });
});

describe('htmlToMarkdown: an English editorial page', () => {
  const r = htmlToMarkdown(fixture('drishti-like-en.html'));
  const out = r.markdown;

  it('keeps the article headings, in order, and nothing else', () => {
    assert.deepEqual(headings(out), [
      '# Mainstreaming Millets for Nutrition and Climate Resilience',
      '## What is the Significance of Millets for India?',
      '## Which are the Major Millets Grown in India?',
      '## What are the Key Challenges in Mainstreaming Millets?',
      '## What Measures can be Adopted to Strengthen the Millet Value Chain?',
      '## Conclusion',
      '## UPSC Civil Services Examination, Previous Year Questions (PYQ)',
    ]);
    assert.ok(out.startsWith('# Mainstreaming Millets'), 'the title comes first');
  });

  it('writes the tags, source, For Prelims and For Mains lines', () => {
    assert.ok(lines(out).includes('Tags: [GS Paper 3](https://notes.example.in/tags/gs-paper-3), [Agriculture](https://notes.example.in/tags/agriculture), [Food Security](https://notes.example.in/tags/food-security)'));
    assert.ok(lines(out).includes('*This editorial is based on “Bringing millets back to the plate” which was published in The Example Times on 17/02/2025. The article argues that millets can improve nutrition and help farmers cope with a changing climate, provided demand, processing and procurement keep pace.*'));
    const prelims = lines(out).find(l => l.startsWith('**For Prelims:**'));
    assert.ok(prelims?.startsWith('**For Prelims:** [Millets](https://notes.example.in/to-the-points/millets), [International Year of Millets 2023]('), prelims);
    assert.equal(prelims?.match(/\]\(https:\/\/notes\.example\.in\//g)?.length, 8, 'relative links resolved against the canonical address');
    assert.ok(lines(out).includes('**For Mains:** Significance of Millets for India, Challenges in Mainstreaming Millets, Measures to Strengthen the Millet Value Chain.'));
  });

  it('writes bullets with bold leads and nested bullets two spaces deep', () => {
    const at = lines(out).indexOf('## What is the Significance of Millets for India?');
    assert.deepEqual(lines(out).slice(at + 2, at + 12), [
      '- **Nutritional Security:** Millets are rich in **dietary fibre, protein and minerals** such as iron and calcium, and they are naturally **gluten-free**.',
      '  - **Ragi (finger millet)** is among the richest plant sources of calcium.',
      '  - Many millets have a **lower glycaemic index** than polished rice, which helps people managing diabetes.',
      '- **Climate Resilience:** Millets grow on **poor soils with little water** and tolerate high temperatures, which suits **rainfed and dryland farming**.',
      '  - Many millets are short-duration crops, which leaves farmers room to recover from a delayed monsoon.',
      '    - A short season also lowers the risk of losing the crop to a late-season dry spell.',
      '- **Support to Small and Marginal Farmers:** Millets need **less fertiliser and irrigation**, which keeps the cost of cultivation low.',
      '- **Diversification of the Food Basket:** Supplying millets through the **Public Distribution System** reduces the dependence on rice and wheat.',
      '  - The [National Food Security Act, 2013](https://notes.example.in/to-the-points/national-food-security-act) counts coarse grains, including millets, among the foodgrains it covers.',
      '',
    ]);
    assert.equal(lines(out).filter(l => /^- \*\*[^*]+:\*\* /.test(l)).length, 12, 'top-level bullets with a bold lead');
  });

  it('writes the data table as a pipe table, a list in a cell as lines of the cell', () => {
    const at = lines(out).indexOf('| Millet | Common Name | Main Season | Major Producing States |');
    assert.ok(at > 0, out);
    assert.deepEqual(lines(out).slice(at, at + 5), [
      '| Millet | Common Name | Main Season | Major Producing States |',
      '| --- | --- | --- | --- |',
      '| Bajra | Pearl millet | Kharif | Rajasthan, Uttar Pradesh |',
      '| Jowar | Sorghum | Kharif and rabi | Maharashtra<br>Karnataka |',
      '| Ragi | Finger millet | Kharif | Karnataka, Tamil Nadu |',
    ]);
    assert.equal(r.tables, 1);
  });

  it('keeps the one-cell mains-question table as a box, its lines apart, and the bold sub-heading before its list', () => {
    assert.match(out, /\n\| \*\*Drishti Mains Question:\*\*<br>Millets are often described as climate-smart[^\n]*\|\n\| --- \|\n/);
    assert.match(out, /\n\*\*Government Initiatives to Promote Millets:\*\*\n\n- Millets were notified as \[Nutri-Cereals\]\(/);
  });

  it('keeps the PYQ lines apart with hard breaks and escapes the statement numbers', () => {
    assert.match(out, /\nQ\. Consider the following crops: \(2013\)\\\n1\\\. Cotton\\\n2\\\. Groundnut\\\n/);
    assert.match(out, /\(c\) 1, 2 and 3\\\n\(d\) 2, 3 and 4\n/);
  });

  it('leaves out the page around the article', () => {
    for (const gone of [
      'Skip to main content', 'We use cookies', 'Accept all', 'Search notes', 'Current Affairs', 'Test Series', 'Login',
      'Latest Editorials', 'Subscribe', 'About Us', 'All rights reserved', 'Login to continue', 'Printed from',
      'Previous Editorial', 'Debug mode', 'dataLayer', 'font-family', 'schema.org', 'Video: millets explained',
    ]) assert.ok(!out.includes(gone), `"${gone}" is not in the article`);
    assertInert(out);
  });

  it('keeps a meaningful alt text and says what it did', () => {
    assert.ok(lines(out).includes('Finger millet (ragi) growing in a rainfed field'));
    assert.equal(r.notes[0], 'converted from HTML (1 table, 16 links)');
    assert.match(r.notes[1], /^took the article from <article\.article-detail> around the title heading/);
    assert.ok(r.notes.some(n => /^removed what is not the article: .*<script> ×2.*<nav> ×2.*<aside>/.test(n)), r.notes.join('\n'));
  });
});

describe('htmlToMarkdown: a Hindi editorial page without <article> or <main>', () => {
  const r = htmlToMarkdown(fixture('drishti-like-hi.html'));
  const out = r.markdown;

  it('picks the smallest element around the title with most of the text', () => {
    assert.match(r.notes[1], /^took the article from <div\.article-box>, the smallest element around the title heading/);
    for (const gone of ['ताज़ा संपादकीय', 'भूजल प्रबंधन', 'न्यूज़लेटर', 'कुकीज़', 'स्वीकार करें', 'करेंट अफेयर्स', 'गोपनीयता नीति', 'मुद्रित', '★', 'शेयर करें', 'JavaScript', 'नया बैच']) {
      assert.ok(!out.includes(gone), `"${gone}" is not in the article`);
    }
    assertInert(out);
  });

  it('keeps the headings and the Devanagari text as it is', () => {
    assert.deepEqual(headings(out), [
      '# किसान उत्पादक संगठन: छोटे किसानों की सामूहिक शक्ति',
      '## किसान उत्पादक संगठन (FPO) क्या हैं और इनका महत्त्व क्या है?',
      '## 10,000 FPO योजना के अंतर्गत क्या सहायता दी जाती है?',
      '## FPO और न्यूनतम समर्थन मूल्य (MSP) के समक्ष प्रमुख चुनौतियाँ क्या हैं?',
      '## FPO को सशक्त बनाने के लिये क्या उपाय किये जा सकते हैं?',
      '## निष्कर्ष',
      '### दृष्टि मेन्स प्रश्न:',
      '## UPSC सिविल सेवा परीक्षा, विगत वर्ष के प्रश्न (PYQ)',
    ]);
    assert.ok(lines(out).includes('*यह एडिटोरियल 12/03/2025 को उदाहरण समाचार में प्रकाशित “Giving small farmers a collective voice” पर आधारित है। इसमें किसान उत्पादक संगठनों (FPO) की भूमिका और उनके सामने आने वाली चुनौतियों पर चर्चा की गई है।*'));
    assert.ok(out.includes('छँटाई') && out.includes('संवर्द्धन') && out.includes('₹6,865 करोड़'));
  });

  it('keeps split bold runs as they are, and the tags line', () => {
    assert.ok(lines(out).some(l => l.startsWith('**प्रिलिम्स** **के लिये:** [किसान उत्पादक संगठन](https://notes.example.in/hindi/to-the-points/kisan-utpadak-sangathan), ')));
    assert.ok(lines(out).includes('**मेन्स के लिये:** FPO का महत्त्व, FPO और MSP के समक्ष चुनौतियाँ, FPO को सशक्त बनाने के उपाय।'));
    assert.ok(lines(out).includes('**टैग्स:** [GS पेपर 3](https://notes.example.in/hindi/tags/gs-paper-3), [कृषि](https://notes.example.in/hindi/tags/krishi), [कृषि विपणन](https://notes.example.in/hindi/tags/krishi-vipanan)'));
  });

  it('writes bullets, nested bullets and the table', () => {
    assert.ok(lines(out).includes('- **सामूहिक सौदेबाज़ी की शक्ति:** थोक में बीज-खाद खरीदने और उपज एक साथ बेचने से किसानों की **लागत घटती है** और उन्हें **बेहतर दाम** मिलते हैं।'));
    assert.ok(lines(out).includes('  - FPO [ई-नाम (e-NAM)](https://notes.example.in/hindi/daily-news/e-nam) जैसे डिजिटल मंचों पर सीधे व्यापार कर सकते हैं।'));
    assert.ok(lines(out).includes('    - इससे बिचौलियों पर निर्भरता कम होती है।'));
    const at = lines(out).indexOf('| सहायता का प्रकार | प्रावधान |');
    assert.deepEqual(lines(out).slice(at, at + 5), [
      '| सहायता का प्रकार | प्रावधान |',
      '| --- | --- |',
      '| प्रबंधन के लिये वित्तीय सहायता | प्रति FPO तीन वर्षों के लिये अधिकतम ₹18 लाख |',
      '| इक्विटी अनुदान | प्रति किसान सदस्य ₹2,000 तक,<br>प्रति FPO अधिकतम ₹15 लाख |',
      '| ऋण गारंटी सुविधा | प्रति FPO ₹2 करोड़ तक के परियोजना ऋण पर |',
    ]);
    assert.match(out, /\n### दृष्टि मेन्स प्रश्न:\n\n\| “किसान उत्पादक संगठन छोटे/);
  });
});

describe('importEditorial: HTML input', () => {
  const en = importEditorial(fixture('drishti-like-en.html'), TODAY);
  const e = parseEditorial(en.markdown);

  it('converts, then reads title, date and source', () => {
    assert.equal(en.format, 'html');
    assert.equal(en.title, 'Mainstreaming Millets for Nutrition and Climate Resilience');
    assert.equal(en.date, '2025-02-17');
    assert.equal(en.fileName, '2025-02-17-mainstreaming-millets-for-nutrition-and-climate-resilience.md');
    assert.equal(en.articleTitle, 'Bringing millets back to the plate');
    assert.deepEqual([en.language, en.notes[0], en.notes[1]], ['en', 'language: English (from its script)', 'converted from HTML (1 table, 16 links)']);
    assert.ok(en.notes.includes('kept 1 one-cell table as a box (its lines are read where it stands)'), en.notes.join('\n'));
    // The bold lines that stand for sections are read by the parser and saved as headings.
    assert.match(en.markdown, /\n## \*\*Conclusion\*\*\n|\n## Conclusion\n/);
    assert.match(en.markdown, /\n### Prelims\n[\s\S]*\n### Mains\n/);
    assert.ok(!en.notes.includes('input is markdown: kept its structure'));
  });

  it('gives markdown the parser reads into the expected editorial', () => {
    assert.equal(e.title, 'Mainstreaming Millets for Nutrition and Climate Resilience');
    assert.deepEqual(e.source && [e.source.date, e.source.newspaper, e.source.articleTitle], ['2025-02-17', 'Example Times', 'Bringing millets back to the plate']);
    assert.deepEqual(e.prelimsTerms.map(t => t.text), [
      'Millets', 'International Year of Millets 2023', 'Shree Anna', 'Nutri-Cereals', 'Minimum Support Price',
      'National Food Security Act, 2013', 'Indian Institute of Millets Research', 'PM POSHAN',
    ]);
    assert.ok(e.prelimsTerms.every(t => t.href?.startsWith('https://notes.example.in/')));
    assert.equal(e.mainsTopics.length, 3);
    assert.deepEqual(e.sections.map(s => [s.kind, s.points.length, s.tables.length]), [
      ['cooperation', 4, 0], ['other', 0, 1], ['issues', 4, 0], ['measures', 5, 0], ['conclusion', 0, 1], ['mains-question', 0, 0], ['pyq', 0, 0],
    ]);
    assert.deepEqual(e.sections[0].points.map(p => [p.lead, p.children.length]), [
      ['Nutritional Security', 2], ['Climate Resilience', 1], ['Support to Small and Marginal Farmers', 0], ['Diversification of the Food Basket', 1],
    ]);
    assert.equal(e.sections[0].points[1].children[0].children.length, 1, 'third level kept');
    // The table stays a table (the mains question's box is the conclusion's).
    assert.deepEqual(e.sections[1].tables[0].rows.map(r => r[0]), ['Bajra', 'Jowar', 'Ragi']);
    assert.ok(e.sections[4].tables[0].box);
    assert.deepEqual(e.sections[3].points.map(p => p.lead).slice(-1), ['Government Initiatives to Promote Millets']);
    assert.equal(e.sections[3].points[4].children.length, 3);
    assert.match(e.mainsQuestion ?? '', /^Millets are often described as climate-smart/);
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year]), [['prelims', 2013], ['mains', 2020]]);
    assert.ok(!e.problems.some(p => p.severity !== 'info'), JSON.stringify(e.problems));
  });

  it('is idempotent: its markdown imports as itself', () => {
    const again = importEditorial(en.markdown, TODAY);
    assert.equal(again.format, 'markdown');
    assert.equal(again.markdown, en.markdown);
    assert.equal(again.fileName, en.fileName);
  });

  it('imports the Hindi page with its Devanagari title', () => {
    const hi = importEditorial(fixture('drishti-like-hi.html'), TODAY);
    assert.equal(hi.format, 'html');
    assert.equal(hi.title, 'किसान उत्पादक संगठन: छोटे किसानों की सामूहिक शक्ति');
    // The label split into two bold runs on the page is read, and saved in one.
    assert.ok(hi.markdown.includes('**प्रिलिम्स के लिये:**'));
    assert.equal(hi.editorial?.prelimsTerms.length, 6);
  });

  it('says it read the Hindi page as Hindi, and gives the parser a full Hindi editorial', () => {
    const hi = importEditorial(fixture('drishti-like-hi.html'), TODAY);
    assert.equal(hi.language, 'hi');
    assert.equal(hi.notes[0], 'language: Hindi (from its script)');
    assert.ok(hi.notes.includes('source: “Giving small farmers a collective voice”, उदाहरण समाचार, 2025-03-12'), hi.notes.join('\n'));
    const e = parseEditorial(hi.markdown);
    assert.equal(e.language, 'hi');
    assert.deepEqual([e.source?.date, e.source?.newspaper], ['2025-03-12', 'उदाहरण समाचार']);
    assert.deepEqual(e.gsPapers, [3]);
    assert.equal(e.prelimsTerms.length, 6);
    assert.deepEqual(e.sections.map(s => [s.kind, s.points.length, s.tables.length]), [
      ['background', 4, 0], ['initiatives', 0, 1], ['issues', 4, 0], ['measures', 5, 0], ['conclusion', 0, 0], ['mains-question', 0, 1], ['pyq', 0, 0],
    ]);
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year, q.options?.length]), [['prelims', 2020, 4], ['mains', 2018, undefined]]);
    assert.match(e.mainsQuestion ?? '', /^“किसान उत्पादक संगठन छोटे और सीमांत किसा/);
  });

  it('leaves text that is not HTML to the existing rules', () => {
    assert.equal(importEditorial('## Title\n\nA < B and <b>bold</b>.\n', TODAY).format, 'markdown');
    assert.equal(importEditorial('Title Here\n\nSome <5% text.\n', TODAY).format, 'plain');
  });

  it('notes an HTML page without an article', () => {
    const r = importEditorial('<!doctype html><html><head><script>x()</script></head><body><nav><a href="/">Home</a></nav></body></html>', TODAY);
    assert.equal(r.format, 'html');
    assert.equal(r.markdown, '');
    assert.ok(r.notes.includes(NO_ARTICLE), r.notes.join('\n'));
  });
});

describe('htmlToMarkdown: hostile or awkward HTML', () => {
  it('turns scripts, handlers, script URLs, SVG and styles into inert text or nothing', () => {
    const r = htmlToMarkdown('<p>Hello <script>alert(1)</script><img src=x onerror="alert(2)" alt=""><a href="javascript:alert(3)">click</a> '
      + '<a href=" JaVaScRiPt:alert(4)">two</a> <a href="data:text/html;base64,PHNjcmlwdD4=">three</a> '
      + '<svg onload="alert(5)"><script>alert(6)</script><text>svg text</text></svg><style>p{color:red}</style> '
      + '<iframe src="javascript:alert(7)"></iframe> &lt;script&gt;alert(8)&lt;/script&gt; <b onmouseover="alert(9)">bold</b> '
      + '<a href="java&#10;script:alert(10)">four</a> <a href="https://ok.example/a(b) c">ok</a> &amp;lt;b&amp;gt;'
      + '<object data="x.swf">obj</object><embed src="x"><template><p>tpl</p></template><noscript>ns</noscript></p>');
    assert.equal(r.markdown, 'Hello click two three \\<script>alert(8)\\</script> **bold** four [ok](https://ok.example/a%28b%29%20c) \\&lt;b\\&gt;\n');
    assertInert(r.markdown);
    // What a student sees is what the page showed as text.
    assert.equal(md.renderInline('\\<script>alert(8)\\</script> \\&lt;b\\&gt;'), '&lt;script&gt;alert(8)&lt;/script&gt; &amp;lt;b&amp;gt;');
  });

  it('never writes HTML for tables markdown cannot hold', () => {
    const r = htmlToMarkdown('<table><caption>Cap &lt;x&gt;</caption><tr><td><table><tr><td>inner</td><td>cell</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>two</td></tr></table>'
      + '<table><tr><th>A</th><th>B</th></tr><tr><td><h3>Head</h3><p>one</p><p>two</p></td><td><ul><li>x</li><li>y<ul><li>z</li></ul></li></ul><hr><pre>code\nblock</pre></td></tr></table>');
    assertInert(r.markdown);
    assert.ok(lines(r.markdown).includes('| inner | cell |'), r.markdown);
    // A cell's blocks and list items stand on lines of their own, apart by the cell's line break.
    assert.ok(lines(r.markdown).includes('| **Head**<br>one<br>two | x<br>y<br>z<br>code block |'), r.markdown);
    assert.ok(lines(r.markdown).includes('Cap \\<x>'));
  });

  it('keeps emphasis closable: glued runs merged, edge punctuation moved out, nested bold flattened', () => {
    const r = htmlToMarkdown('<p><strong>Lead:</strong>text and <b>a</b><b>b</b> and <strong><strong>nested</strong></strong> and word<strong>"quoted"</strong>x</p>'
      + '<ul><li><strong>प्रिलिम्स</strong> <strong>के लिये:</strong> <em>पाठ</em></li></ul><h2><strong>Bold</strong> heading</h2>');
    assert.equal(r.markdown, '**Lead**:text and **ab** and **nested** and word"**quoted**"x\n\n- **प्रिलिम्स** **के लिये:** *पाठ*\n\n## Bold heading\n');
    const html = md.render(r.markdown);
    assert.doesNotMatch(html, /\*\*/, 'every ** opens or closes');
  });

  it('handles line breaks, ordered lists, images and links without an address', () => {
    const r = htmlToMarkdown('<h2>Head<br>line</h2><p><br>a<br><br>b<br></p><ol start="3"><li>x</li><li>y<ol><li>z</li></ol></li></ol>'
      + '<p><a href="/rel">rel</a> <a href="#top">top</a> <a href="mailto:a@b.c">mail</a></p>'
      + '<figure><img alt="A chart of rainfall"><figcaption>Rainfall 2024</figcaption></figure><p><img alt="logo"><img alt="photo_12.jpg"><img alt="Farmers at a mandi"></p>');
    assert.equal(r.markdown, '## Head line\n\na\\\nb\n\n3. x\n4. y\n   1. z\n\nrel top mail\n\nRainfall 2024\n\nFarmers at a mandi\n');
    assert.ok(r.notes.includes('dropped 4 images (kept the alt text of 1)'));
  });

  it('resolves relative links against <base href>', () => {
    const r = htmlToMarkdown('<html><head><base href="https://example.org/a/"></head><body><p><a href="b">B</a> <a href="//cdn.example.org/c">C</a></p></body></html>');
    assert.equal(r.markdown, '[B](https://example.org/a/b) [C](https://cdn.example.org/c)\n');
  });

  it('uses the <article> with the most text when the title heading stands outside it', () => {
    const r = htmlToMarkdown('<html><head><title>Real Title | Site</title></head><body><div class="title-bar"><h1>Real Title</h1></div>'
      + '<article class="teaser"><p>Short teaser.</p></article><div class="wrap"><article class="body"><p>' + 'Long article text. '.repeat(40) + '</p></article></div>'
      + '<div class="related">' + '<p>Related story.</p>'.repeat(5) + '</div></body></html>');
    assert.ok(r.markdown.startsWith('# Real Title\n\nLong article text.'), r.markdown.slice(0, 80));
    assert.ok(!r.markdown.includes('teaser') && !r.markdown.includes('Related'));
  });

  it('keeps a page wrapped in one <form> and drops a page-level header but not the title in it', () => {
    const r = htmlToMarkdown('<html><head><title>The Title - Site</title></head><body><form id="aspnetForm"><header><h1>Site</h1><h1>The Title</h1></header>'
      + '<div><p>' + 'Body text. '.repeat(30) + '</p></div><form class="search"><input name="q"></form></form></body></html>');
    assert.ok(r.markdown.startsWith('# The Title\n\nBody text.'), r.markdown.slice(0, 80));
    assert.ok(!r.markdown.includes('Site'));
  });

  it('refuses deeply nested HTML, and flattens what is merely deep', () => {
    const deep = htmlToMarkdown('<div>'.repeat(50_000) + 'x' + '</div>'.repeat(50_000));
    // Not parsed: its text is read instead (pageText, no DOM), and the note says why.
    assert.equal(deep.markdown, '');
    assert.equal(deep.text, 'x');
    assert.match(deep.notes[0], /^read the page as plain text: the HTML nests elements about 50000 levels deep/);
    const r = htmlToMarkdown('<p>a</p>' + '<div><span>'.repeat(600) + 'deep text' + '</span></div>'.repeat(600));
    assert.equal(r.markdown, 'a\n\ndeep text\n');
    assert.ok(r.notes.some(n => n.startsWith('flattened 1 deeply nested element')), r.notes.join('\n'));
  });

  it('never throws on odd input', () => {
    for (const input of ['', '<', '<html>', '<!doctype html>', '<body></body>', '<table><tr></tr></table>', '<ul><li></li></ul>', '<a href="https://x.y">', '<p>\u0000\uD800</p>',
      '<svg><foreignObject><p>x</p></foreignObject></svg>', '<math><mtext><table><tr><td>x</td></tr></table></mtext></math>', '<select><option>x</option></select>',
      '<b><i>' + 'x'.repeat(10) + '</b></i>'.repeat(3), '<p>' + '<b>'.repeat(3000) + 'x']) {
      const r = htmlToMarkdown(input);
      assert.equal(typeof r.markdown, 'string');
      assertInert(r.markdown);
    }
  });
});

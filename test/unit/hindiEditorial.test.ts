// Hindi editorials (Drishti's Hindi edition structure) and the structures real editorial pages
// carry beyond the English sample: tags, tables, bold sub-headings, FAQs, PYQ options and answers.
// The two Hindi fixtures in test/fixtures/hindi are our own text in the real structure.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editorialCards } from '../../src/core/revision/cards/editorialCards';
import { parseEditorial, ParsedEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { pointToMarkdown, pyqToMarkdown } from '../../src/core/editorial/toMarkdown';
import { inferSubject } from '../../src/core/syllabus/subject';
import { summarizeSection } from '../../src/core/summary/summarize';
import { asciiDigits, detectLanguage, gsPaperOf } from '../../src/core/editorial/vocabulary';
import { importEditorial } from '../../src/core/import/importEditorial';
import { inferSectionKind } from '../../src/core/editorial/sectionKinds';

const fixture = (name: string) => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'test', 'fixtures', 'hindi'))) dir = path.dirname(dir);
  return fs.readFileSync(path.join(dir, 'test', 'fixtures', 'hindi', name), 'utf8');
};

const shape = (e: ParsedEditorial) => e.sections.map(s => [s.kind, s.points.length, s.paragraphs.length]);

describe('Hindi editorial: farmer producer organisations (tables, FAQs, split labels, sub-headings)', () => {
  const e = parseEditorial(fixture('fpo-editorial.md'));

  it('reads the title, language, tags and GS paper', () => {
    assert.equal(e.title, 'किसान उत्पादक संगठन: छोटे किसानों की सामूहिक शक्ति');
    assert.equal(e.language, 'hi');
    assert.deepEqual(e.tags, ['सामान्य अध्ययन-III', 'कृषि', 'भारतीय अर्थव्यवस्था']);
    assert.deepEqual(e.gsPapers, [3]);
    assert.deepEqual(inferSubject(e), { paper: 'GS3', subject: 'Economy' });
  });

  it('reads the plain-text Hindi source line, date first', () => {
    assert.equal(e.source?.date, '2025-03-12');
    assert.equal(e.source?.newspaper, 'उदाहरण समाचार');
    assert.equal(e.source?.articleTitle, 'किसान सामूहिकता की राह');
  });

  it('reads "प्रिलिम्स के लिये" split into two bold runs, and "मेन्स के लिये"', () => {
    assert.deepEqual(e.prelimsTerms.map(t => t.text), ['किसान उत्पादक संगठन (FPOs)', 'न्यूनतम समर्थन मूल्य', 'e-NAM', 'प्रधानमंत्री किसान सम्मान निधि', 'NITI आयोग']);
    assert.deepEqual(e.mainsTopics, ['कृषि विपणन में FPO की भूमिका', 'छोटे और सीमांत किसानों की चुनौतियाँ']);
    assert.equal(e.intro.length, 1);
  });

  it('gives every section its kind from the Hindi question words, with exact counts', () => {
    assert.deepEqual(shape(e), [
      ['background', 3, 0],
      ['cooperation', 3, 0],
      ['initiatives', 0, 0], // a table: kept as a table (below)
      ['issues', 2, 0], // two bold sub-headings
      ['measures', 3, 0],
      ['conclusion', 0, 1],
      ['mains-question', 0, 1], // a bold line, then a one-cell table
      ['faq', 3, 0],
      ['pyq', 6, 5], // statements are points; stem, code line, options, answer, mains question paragraphs
    ]);
  });

  it('keeps the table as a table, never as points', () => {
    const [table] = e.sections[2].tables;
    assert.deepEqual(table.rows.map(r => r[0].replace(/\*\*/g, '')), ['10,000 FPO योजना', 'इक्विटी अनुदान', 'ऋण गारंटी सुविधा', 'e-NAM']);
    assert.match(table.rows[0].join(' '), /29 फरवरी 2020/);
    assert.equal(e.sections[2].points.length, 0);
  });

  it('groups bullets under bold sub-headings', () => {
    const issues = e.sections[3];
    assert.deepEqual(issues.points.map(p => [p.lead, p.role, p.children.map(c => c.lead)]), [
      ['आर्थिक चुनौतियाँ', 'subheading', ['कार्यशील पूंजी की कमी', 'कमज़ोर बाज़ार संपर्क']],
      ['संस्थागत चुनौतियाँ', 'subheading', ['पेशेवर प्रबंधन का अभाव', 'अनुपालन का बोझ', 'सदस्यों की कम भागीदारी']],
    ]);
    // The summary keeps each sub-point's lead under its sub-heading.
    const summary = summarizeSection(issues);
    assert.match(summary.markdown, /^- \*\*आर्थिक चुनौतियाँ:\*\*\n {2}- \*\*कार्यशील पूंजी की कमी:\*\*/);
  });

  it('reads a lead broken by a link and a lead split into two bold runs as one lead each', () => {
    assert.deepEqual(e.sections[4].points.map(p => p.lead), ['कार्यशील पूंजी तक आसान पहुँच', 'डिजिटल विपणन', 'सरल अनुपालन']);
  });

  it('takes the mains question from a one-cell table after a bold "दृष्टि मेन्स प्रश्न" line', () => {
    assert.equal(e.sections[6].heading, 'दृष्टि मेन्स प्रश्न');
    assert.match(e.mainsQuestion ?? '', /^छोटे और सीमांत किसानों की आय .* चुनौतियाँ क्या हैं\?$/);
  });

  it('reads the FAQs as question → answer pairs', () => {
    assert.deepEqual(e.faqs.map(f => f.question), [
      '1. किसान उत्पादक संगठन (FPO) क्या है?',
      '2. 10,000 FPO योजना कब शुरू की गई?',
      '3. FPO किन कानूनों के अंतर्गत पंजीकृत होते हैं?',
    ]);
    assert.equal(e.faqs[1].answer, 'यह योजना 29 फरवरी 2020 को शुरू की गई।');
    assert.equal(e.faqs[2].answer.split('\n').length, 2);
    assert.equal(pointToMarkdown(e.sections[7].points[1]), '- **2. 10,000 FPO योजना कब शुरू की गई?** यह योजना 29 फरवरी 2020 को शुरू की गई।');
  });

  it('makes a flashcard of every FAQ', () => {
    const faqCards = editorialCards('file:///fpo.md', e).filter(c => c.kind === 'faq');
    assert.equal(faqCards.length, 3);
    assert.match(faqCards[1].back, /29 फरवरी 2020/);
    assert.equal(new Set(editorialCards('file:///fpo.md', e).map(c => c.id)).size, editorialCards('file:///fpo.md', e).length);
  });

  it('reads the prelims PYQ with its statements, options and answer line, and the mains PYQ', () => {
    assert.equal(e.pyqs.length, 2);
    const [prelims, mains] = e.pyqs;
    assert.equal(prelims.exam, 'prelims');
    assert.equal(prelims.year, 2020);
    assert.deepEqual(prelims.options, ['(a) केवल 1, 2 और 5', '(b) केवल 1, 3, 4 और 5', '(c) केवल 2, 3 और 6', '(d) 1, 2, 3, 4, 5 और 6']);
    assert.equal(prelims.answer, 'c');
    assert.match(prelims.text, /शीत भंडारण सुविधाओं की स्थापना/);
    assert.match(pyqToMarkdown(prelims), /\n- \*\*\(c\) केवल 2, 3 और 6\*\* ✓\n/);
    assert.equal(mains.exam, 'mains');
    assert.equal(mains.year, 2017);
    assert.equal(mains.options, undefined);
  });

  it('reports no page-break repairs in a clean file', () => {
    assert.deepEqual(e.repairs, []);
    assert.deepEqual(e.problems.filter(p => p.severity !== 'info'), []);
  });
});

describe('Hindi editorial: space economy (page-break damage, italic headings, "के लिए" labels)', () => {
  const e = parseEditorial(fixture('space-editorial.md'));

  it('reads the structure with exact counts', () => {
    assert.equal(e.language, 'hi');
    assert.deepEqual(e.tags, ['GS Paper 3', 'विज्ञान एवं प्रौद्योगिकी']);
    assert.deepEqual(e.gsPapers, [3]);
    assert.equal(e.source?.date, '2024-09-05');
    assert.equal(e.prelimsTerms.length, 5);
    assert.equal(e.mainsTopics.length, 2);
    assert.deepEqual(shape(e), [
      ['background', 3, 0],
      ['initiatives', 3, 0],
      ['issues', 3, 0],
      ['measures', 2, 0],
      ['conclusion', 0, 1],
      ['mains-question', 0, 1],
      ['pyq', 3, 6],
    ]);
    assert.deepEqual(inferSubject(e), { paper: 'GS3', subject: 'Science and Technology' });
  });

  it('joins a Devanagari fragment cut by a page break to the bullet it continues', () => {
    const launch = e.sections[0].points[2];
    assert.equal(launch.lead, 'निजी प्रक्षेपण');
    assert.match(launch.plain, /निर्मित भारत का पहला रॉकेट था।$/);
    assert.deepEqual(e.repairs.map(r => r.kind), ['joined-fragment', 'demoted-bullet', 'demoted-bullet']);
  });

  it('demotes lead-less bullets after a lead point to its sub-points', () => {
    const fdi = e.sections[1].points[2];
    assert.equal(fdi.lead, 'FDI नियमों में ढील');
    assert.equal(fdi.children.length, 2);
  });

  it('reads the PYQs under bold "प्रिलिम्स:"/"मेन्स:" lines, with the answer inside the options line', () => {
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year, q.options?.length, q.answer]), [
      ['prelims', 2018, 4, 'a'],
      ['mains', 2016, undefined, undefined],
    ]);
    assert.doesNotMatch(e.pyqs[0].options![3], /उत्तर/);
  });

  it('takes the mains question from the H3 heading section', () => {
    assert.match(e.mainsQuestion ?? '', /^भारत के अंतरिक्ष क्षेत्र में निजी भागीदारी/);
  });
});

describe('vocabulary: languages as data', () => {
  it('detects the language from the script', () => {
    assert.equal(detectLanguage('भारत और अमेरिका के संबंध (India–US)').language, 'hi');
    assert.equal(detectLanguage('India and the US, भारत').language, 'en');
    assert.equal(detectLanguage('').language, 'en');
  });

  it('does not count the letters of link targets and web addresses', () => {
    // Found by generatedPages.test.ts: a Hindi page whose links are percent-encoded (or long ASCII
    // paths) was read as English, written with English labels, and read differently when imported again.
    const encoded = `https://notes.example.org/terms/${encodeURIComponent('जल-जीवन-मिशन')}`;
    const line = `**प्रिलिम्स के लिये:** [जल जीवन मिशन](${encoded}), [अटल भूजल योजना](https://notes.example.org/hindi/daily-updates/daily-news-editorials/atal-bhujal-yojana "Atal Bhujal Yojana")`;
    assert.equal(detectLanguage(`## जल सुरक्षा\n\n${line}\n`).language, 'hi');
    assert.equal(detectLanguage('जल जीवन मिशन: https://notes.example.org/hindi/daily-updates/daily-news-editorials/jal-jeevan www.example.org/abcdefghijklmnop').language, 'hi');
    // The link's text is text: an English link text still counts.
    assert.equal(detectLanguage('[India and the United States](https://example.org/a) भारत').language, 'en');
    const imported = importEditorial(`## जल सुरक्षा\n\n${line}\n\n## निष्कर्ष\n\nस्थानीय निकाय जल पर निर्भर हैं।\n`);
    assert.equal(imported.language, 'hi');
    assert.match(imported.markdown, /^\*\*प्रिलिम्स के लिये:\*\* /m);
  });

  it('finds GS papers in tags of either language, Roman or Arabic, Devanagari digits too', () => {
    const cases: [string, number | undefined][] = [
      ['GS Paper 2', 2], ['GS-III', 3], ['General Studies IV', 4], ['GS1', 1], ['सामान्य अध्ययन-III', 3],
      ['सामान्य अध्ययन प्रश्नपत्र-२', 2], ['जीएस पेपर 1', 1], ['कृषि', undefined], ['GSTN', undefined], ['GS Paper 5', undefined],
    ];
    for (const [tag, paper] of cases) assert.equal(gsPaperOf(tag), paper, tag);
    assert.equal(asciiDigits('१२/०३/२०२५'), '12/03/2025');
  });

  it('files headings in either language under the kind their earliest keyword names', () => {
    const cases: [string, string][] = [
      ['FPO के समक्ष प्रमुख चुनौतियाँ क्या हैं?', 'issues'],
      ['आगे की राह', 'measures'],
      ['सरकार की प्रमुख पहलें', 'initiatives'],
      ['भारत में FPO की वर्तमान स्थिति क्या है?', 'background'],
      ['भारत-अमेरिका सहयोग के प्रमुख क्षेत्र क्या हैं?', 'cooperation'],
      ['निष्कर्ष', 'conclusion'],
      ['दृष्टि मेन्स प्रश्न', 'mains-question'],
      ['अक्सर पूछे जाने वाले प्रश्न (FAQs)', 'faq'],
      ['UPSC सिविल सेवा परीक्षा, विगत वर्ष के प्रश्न (PYQ)', 'pyq'],
      ['What are the Key Initiatives Taken by the Government?', 'initiatives'],
      ['What Steps Can be Taken?', 'measures'],
    ];
    for (const [heading, kind] of cases) assert.equal(inferSectionKind(heading), kind, heading);
  });

  it('reads a date in Devanagari digits in the Hindi source line', () => {
    const e = parseEditorial('## शीर्षक\n\nयह एडिटोरियल ०५/०९/२०२४ को द हिंदू में प्रकाशित “लेख” पर आधारित है\n\n## निष्कर्ष\n\nपाठ।\n');
    assert.equal(e.source?.date, '2024-09-05');
    assert.equal(e.source?.newspaper, 'द हिंदू');
  });
});

describe('real-page structures in English editorials', () => {
  it('reads FAQs given as bold questions, as headings, and as bullets with sub-bullet answers', () => {
    const e = parseEditorial([
      '## Title', '', '## Frequently Asked Questions (FAQs)', '',
      '**1. What is the Quad?**', '', 'A grouping of Australia, India, Japan and the US.', '',
      '### 2. When did the first leaders’ summit take place?', '', 'Answer: In March 2021, online.', '',
      '- What is IPEF?', '  - A US-led economic framework.', '  - Launched in May 2022.', '',
    ].join('\n'));
    assert.equal(e.sections.length, 1);
    assert.deepEqual(e.faqs.map(f => [f.question, f.answer]), [
      ['1. What is the Quad?', 'A grouping of Australia, India, Japan and the US.'],
      ['2. When did the first leaders’ summit take place?', 'In March 2021, online.'],
      ['What is IPEF?', '- A US-led economic framework.\n- Launched in May 2022.'],
    ]);
    assert.deepEqual(e.sections[0].points.map(p => p.role), ['faq', 'faq', 'faq']);
  });

  it('ends a sub-heading group at running text, and leaves a bold line without a list alone', () => {
    const e = parseEditorial([
      '## Title', '', '## Key Challenges', '', '**Economic Challenges:**', '', '- **Capital:** Scarce.', '- **Markets:** Weak.', '',
      'Other text follows.', '', '- **Skills:** Lacking.', '', '**Note:**', '', 'A closing remark.', '',
    ].join('\n'));
    const s = e.sections[0];
    assert.deepEqual(s.points.map(p => [p.lead, p.role ?? '', p.children.length]), [
      ['Economic Challenges', 'subheading', 2],
      ['Skills', '', 0],
    ]);
    assert.deepEqual(s.paragraphs.map(p => p.plain), ['Other text follows.', 'Note:', 'A closing remark.']);
  });

  it('reads prelims PYQ options given as bullets and an "Ans." line; a question with its own year starts anew', () => {
    const e = parseEditorial([
      '## Title', '', '## Previous Year Questions', '', '### Prelims', '',
      'Q. Consider the following statements:', '', '1. A is true.', '2. B is false.', '',
      'Which of the statements given above is/are correct?', '', '- (a) 1 only', '- (b) 2 only', '- (c) Both', '- (d) Neither', '',
      'Ans: (a)', '', 'Q. Which one is a grouping? (2019)', '', '(a) Quad (b) Tiger Triumph (c) Javelin (d) Stryker', '',
      '### Mains', '', 'Q. Discuss India–US ties. (2020)', '',
    ].join('\n'));
    assert.deepEqual(e.pyqs.map(q => [q.exam, q.year ?? null, q.options?.length ?? 0, q.answer ?? null]), [
      ['prelims', null, 4, 'a'],
      ['prelims', 2019, 4, null],
      ['mains', 2020, 0, null],
    ]);
    // The statements keep their numbers: the options refer to them ("(a) 1 only").
    assert.match(e.pyqs[0].text, /statements: 1\. A is true\. 2\. B is false\. Which of the statements/);
  });

  it('opens the conclusion and mains-question sections from bold lines', () => {
    const e = parseEditorial([
      '## Title', '', '## Key Areas of Cooperation', '', '- **Trade:** Growing.', '',
      '**Conclusion**', '', 'Ties will deepen.', '', '**Drishti Mains Question:**', '', '| Discuss the ties. |', '| --- |', '',
    ].join('\n'));
    assert.deepEqual(e.sections.map(s => [s.heading, s.kind]), [
      ['Key Areas of Cooperation', 'cooperation'], ['Conclusion', 'conclusion'], ['Drishti Mains Question', 'mains-question'],
    ]);
    assert.equal(e.mainsQuestion, 'Discuss the ties.');
  });

  it('keeps a caseless-script paragraph apart after text that ends a sentence or a table row', () => {
    const e = parseEditorial([
      '## शीर्षक', '', '## चुनौतियाँ', '', '| पहल | विवरण |', '| --- | --- |', '| योजना | 2020 में शुरू |', '',
      'इसके बावजूद कई कमियाँ हैं।', '', '- **पूंजी:** कमी है।', '', 'अगला अनुच्छेद यहाँ है।', '',
    ].join('\n'));
    assert.deepEqual(e.sections[0].paragraphs.map(p => p.plain), ['इसके बावजूद कई कमियाँ हैं।', 'अगला अनुच्छेद यहाँ है।']);
    assert.deepEqual(e.repairs, []);
  });
});

// Random editorial pages in the structures of real ones (Drishti IAS style, English and Hindi):
// one generated structure (PageSpec), rendered as the markdown a student saves and as the HTML of
// the web page, and the structure a reader must find in it (expectedOf), counted from the spec
// alone, never from the parser. Used by generatedPages.test.ts; not a *.test.ts file.
//
// What a page may hold: a tags list (text before its items inside the <ul>, or a label line then
// a list), a source line (italic, bold parts, <span> wrappers; a date or a broken "/06/2026"),
// For Prelims terms (bold links with bold commas, links, plain; the Hindi label split in two bold
// runs or as "हेतु"), For Mains topics, intro paragraphs; 1–3 sections with question-style
// headings, each a random mix of lists (points with or without a bold lead, "Lead: more bold"
// leads, sub-points three deep), bold sub-heading paragraphs with their bullets, tables (bold first
// row or <th>, <br> in cells), one-cell boxes and paragraphs, or only a table; a conclusion; the
// mains question box; a FAQs block as paragraphs (the <br> inside or after the bold question, or
// the answer after the bold) or inside one table cell; a PYQ block with Prelims/Mains parts (h2,
// h3, a bold line or none), questions with statements (a list, numbered paragraphs, कथन-I/II),
// options as paragraphs or lines, answer lines, mains questions with a year, "---" between them.
//
// Text is made of sentences that end as sentences do ("." / "।"): the generator builds pages as
// a site writes them, not page-break damage (parserFuzz.test.ts does that). One structure rule
// of the parser is kept out on purpose, as the report on these tests explains: a bullet without
// a lead right after a point with one is read as that point's sub-point (page-break repair rule 2,
// pageBreakRepair.ts), so a list's lead-less top-level bullets stand before its leads; and as two
// lists with only a blank line between are one list in markdown, running text keeps them apart.
import * as fc from 'fast-check';

export type Lang = 'en' | 'hi';

/** A run of inline text: plain, bold, a link (bold or not). Runs are written one after another. */
export interface Span {
  readonly text: string;
  readonly bold?: boolean;
  readonly href?: string;
}
export type Inline = readonly Span[];

export interface Lead {
  readonly text: string;
  /** "**Lead:** body", "**Lead**: body", or "**Lead: more bold** body". */
  readonly style: 'inside' | 'outside' | 'more';
  readonly more?: string;
}

export interface PointSpec {
  readonly lead?: Lead;
  readonly body: Inline;
  readonly children: readonly PointSpec[];
}

export type BlockSpec =
  | { readonly kind: 'list'; readonly items: readonly PointSpec[] }
  | { readonly kind: 'group'; readonly name: string; readonly items: readonly PointSpec[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly (readonly string[])[])[]; readonly th: boolean; readonly boldHeader: boolean }
  | { readonly kind: 'box'; readonly label: string; readonly lines: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly text: Inline };

export interface SectionSpec {
  readonly heading: string;
  readonly boldHeading: boolean;
  readonly intro?: Inline;
  readonly blocks: readonly BlockSpec[];
}

export interface SourceSpec {
  readonly article: string;
  readonly newspaper: string;
  /** [day, month, year]; a broken date has no day ("/06/2026"). */
  readonly date: readonly [number, number, number];
  readonly broken: boolean;
  readonly pad: boolean;
  readonly wrap: 'none' | 'italic' | 'boldParts' | 'span';
  readonly extra?: string;
}

export interface FaqSpec {
  readonly question: string;
  readonly answer: readonly string[];
  /** "**Q1. …?<br>**answer", "**Q1. …?**<br>answer", "**Q1. …?** answer", or the answer in a paragraph of its own. */
  readonly style: 'brInside' | 'brAfter' | 'afterBold' | 'separate';
}

export interface PrelimsPyqSpec {
  readonly stem: string;
  readonly year: number;
  readonly yearBold: boolean;
  readonly statements: { readonly kind: 'none' | 'list' | 'numbered' | 'pair'; readonly items: readonly string[] };
  readonly asking?: string;
  readonly options: readonly string[];
  readonly optionsAsLines: boolean;
  readonly answer?: { readonly letter: string; readonly label: string; readonly bold: boolean };
}

export interface MainsPyqSpec {
  readonly text: string;
  readonly year: number;
  readonly yearBold: boolean;
}

export interface PageSpec {
  readonly lang: Lang;
  readonly title: string;
  readonly fullPage: boolean;
  readonly tags?: { readonly items: readonly string[]; readonly gsPapers: readonly number[]; readonly boldLabel: boolean; readonly inList: boolean };
  readonly source?: SourceSpec;
  readonly prelims?: { readonly label: 'plain' | 'split' | 'hetu'; readonly terms: readonly string[]; readonly style: 'boldLinks' | 'links' | 'plain' };
  readonly mains?: { readonly hetu: boolean; readonly topics: readonly string[] };
  readonly intro: readonly Inline[];
  readonly sections: readonly SectionSpec[];
  readonly conclusion?: readonly Inline[];
  readonly mainsBox?: { readonly question: string; readonly mark: boolean; readonly italicLabel: boolean };
  readonly faqs?: { readonly box: boolean; readonly numbered: boolean; readonly items: readonly FaqSpec[] };
  readonly pyqs?: {
    readonly boldHeading: boolean;
    readonly parts: 'h2' | 'h3' | 'bold' | 'none';
    readonly numbered: boolean;
    readonly rules: boolean;
    readonly prelims: readonly PrelimsPyqSpec[];
    readonly mains: readonly MainsPyqSpec[];
  };
}

// ---------------------------------------------------------------------------------------------
// Words

interface Words {
  topics: string[];
  subtitles: string[];
  subjects: { text: string; feminine: boolean }[];
  places: string[];
  objects: string[];
  verbs: ((feminine: boolean) => string)[];
  leads: string[];
  more: string[];
  groups: string[];
  terms: string[];
  mainsTopics: string[];
  subjectTags: string[];
  newspapers: string[];
  cells: string[];
  headers: string[];
  boxLabels: string[];
  glued: [string, string][];
}

const EN: Words = {
  topics: ['Rural Water Security', 'Coastal Shipping', 'Urban Heat', 'E-Waste Management', 'Millet Farming', 'Cooperative Banking', 'Inland Waterways', 'Groundwater Governance'],
  subtitles: ['Building Resilience', 'The Road Ahead', 'Lessons for India', 'A Fresh Look'],
  subjects: [
    { text: 'Local bodies', feminine: false }, { text: 'State governments', feminine: false }, { text: 'Rural households', feminine: false },
    { text: 'Small firms', feminine: false }, { text: 'Coastal towns', feminine: false }, { text: 'Urban planners', feminine: false },
  ],
  places: ['in most districts', 'across the country', 'during the monsoon', 'over the last decade'],
  objects: ['reliable data', 'cheaper credit', 'better roads', 'clean water', 'skilled workers', 'timely funds'],
  verbs: [() => 'depend on', () => 'struggle to find', () => 'invest in', () => 'benefit from', () => 'call for'],
  leads: ['Funding Gaps', 'Weak Monitoring', 'Skill Shortage', 'Data Deficit', 'Local Ownership', 'Market Access', 'Digital Tools', 'Legal Framework'],
  more: ['A Growing Concern', 'The Core Issue', 'Beyond Budgets'],
  groups: ['Economic Challenges', 'Social Challenges', 'Institutional Challenges', 'Policy Measures', 'Technological Measures'],
  terms: ['National Water Mission', 'Sagarmala Programme', 'Heat Action Plan', 'Basel Convention', 'Extended Producer Responsibility', 'Minimum Support Price', 'Inland Waterways Authority'],
  mainsTopics: ['Resource management', 'Role of local bodies', 'Infrastructure financing', 'Climate adaptation'],
  subjectTags: ['Infrastructure', 'Agriculture', 'Environmental Pollution', 'Government Policies', 'Urbanisation'],
  newspapers: ['The Civic Chronicle', 'The Harbour Herald', 'The Daily Ledger'],
  cells: ['Low cost', 'High demand', 'State subsidy', 'Central scheme', 'Coastal states', 'Hilly regions', 'Needs upkeep', 'Quick results'],
  headers: ['Aspect', 'Provision', 'Region', 'Benefit', 'Limitation'],
  boxLabels: ['Key Fact', 'Did You Know', 'Case Study'],
  glued: [['supply', '-chain links'], ['low', '-cost credit'], ['water', '-use audits']],
};

const HI: Words = {
  topics: ['ग्रामीण जल सुरक्षा', 'तटीय नौवहन', 'शहरी ताप', 'ई-कचरा प्रबंधन', 'मोटे अनाज की खेती', 'सहकारी बैंकिंग', 'अंतर्देशीय जलमार्ग', 'भूजल प्रबंधन'],
  subtitles: ['लचीलेपन की ओर', 'आगे का रास्ता', 'भारत के लिये सबक', 'एक नई दृष्टि'],
  subjects: [
    { text: 'स्थानीय निकाय', feminine: false }, { text: 'राज्य सरकारें', feminine: true }, { text: 'ग्रामीण परिवार', feminine: false },
    { text: 'छोटे उद्यम', feminine: false }, { text: 'महिला समितियाँ', feminine: true }, { text: 'नगर नियोजक', feminine: false },
  ],
  places: ['अधिकांश ज़िलों में', 'पूरे देश में', 'मानसून के दौरान', 'पिछले दशक में'],
  objects: ['विश्वसनीय आँकड़ों', 'सस्ते ऋण', 'बेहतर सड़कों', 'स्वच्छ जल', 'कुशल श्रमिकों', 'समय पर धन'],
  verbs: [
    () => 'पर निर्भर हैं',
    f => `की कमी का सामना ${f ? 'करती' : 'करते'} हैं`,
    f => `के लिये प्रयास ${f ? 'करती' : 'करते'} हैं`,
    f => `से लाभ ${f ? 'उठाती' : 'उठाते'} हैं`,
    f => `की माँग ${f ? 'करती' : 'करते'} हैं`,
  ],
  leads: ['वित्तीय अंतराल', 'कमज़ोर निगरानी', 'कौशल की कमी', 'आँकड़ों का अभाव', 'स्थानीय स्वामित्व', 'बाज़ार तक पहुँच', 'डिजिटल साधन', 'कानूनी ढाँचा'],
  more: ['बढ़ती चिंता', 'मूल समस्या', 'बजट से आगे'],
  groups: ['आर्थिक चुनौतियाँ', 'सामाजिक चुनौतियाँ', 'संस्थागत चुनौतियाँ', 'नीतिगत उपाय', 'तकनीकी उपाय'],
  terms: ['जल जीवन मिशन', 'सागरमाला कार्यक्रम', 'हीट एक्शन प्लान', 'बेसल अभिसमय', 'विस्तारित उत्पादक उत्तरदायित्व', 'न्यूनतम समर्थन मूल्य', 'अटल भूजल योजना'],
  mainsTopics: ['संसाधन प्रबंधन', 'स्थानीय निकायों की भूमिका', 'अवसंरचना वित्तपोषण', 'जलवायु अनुकूलन'],
  subjectTags: ['बुनियादी ढाँचा', 'कृषि', 'पर्यावरण प्रदूषण', 'सरकारी नीतियाँ और हस्तक्षेप', 'शहरीकरण'],
  newspapers: ['ग्राम समाचार', 'पर्यावरण दर्पण', 'दैनिक लेखा'],
  cells: ['कम लागत', 'अधिक माँग', 'राज्य अनुदान', 'केंद्रीय योजना', 'तटीय राज्य', 'पहाड़ी क्षेत्र', 'रख-रखाव आवश्यक', 'त्वरित परिणाम'],
  headers: ['पहलू', 'प्रावधान', 'क्षेत्र', 'लाभ', 'सीमा'],
  boxLabels: ['मुख्य तथ्य', 'क्या आप जानते हैं', 'केस स्टडी'],
  glued: [['जल', '-चक्र'], ['कम', '-लागत ऋण'], ['आपूर्ति', '-शृंखला']],
};

const WORDS: Record<Lang, Words> = { en: EN, hi: HI };
const STOP: Record<Lang, string> = { en: '.', hi: '।' };
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The labels and fixed lines of a page, per language. */
export const LABELS = {
  en: {
    tags: 'Tags', prelims: 'For Prelims', mains: 'For Mains', conclusion: 'Conclusion', mainsBox: 'Drishti Mains Question',
    faqs: 'Frequently Asked Questions (FAQs)', pyq: 'UPSC Civil Services Examination, Previous Year Questions (PYQ)',
    prelimsPart: 'Prelims', mainsPart: 'Mains', answer: ['Ans', 'Answer'], q: (n?: number) => `Q${n ?? ''}.`,
  },
  hi: {
    tags: 'टैग्स', prelims: 'प्रिलिम्स के लिये', mains: 'मेन्स के लिये', conclusion: 'निष्कर्ष', mainsBox: 'दृष्टि मेन्स प्रश्न',
    faqs: 'अक्सर पूछे जाने वाले प्रश्न (FAQs)', pyq: 'UPSC सिविल सेवा परीक्षा, विगत वर्ष के प्रश्न (PYQ)',
    prelimsPart: 'प्रिलिम्स', mainsPart: 'मेन्स', answer: ['उत्तर', 'सही उत्तर'], q: (n?: number) => (n ? `प्रश्न ${n}.` : 'प्रश्न.'),
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Arbitraries

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
/** A tag page's address, its name percent-encoded as such sites write them ("%E0%A4%9C…" in Hindi). */
const slug = (s: string) => encodeURIComponent(s.toLowerCase().replace(/\s+/g, '-'));
/** A short address for any other link: an id made from the text. */
const shortId = (s: string) => {
  let h = 5381;
  for (const c of s) h = ((h * 33) ^ c.codePointAt(0)!) >>> 0;
  return h.toString(36);
};

/** A sentence: subject, maybe a place, object and verb, with a bold run, a glued bold run or a link in it sometimes. */
function sentence(lang: Lang): fc.Arbitrary<Inline> {
  const w = WORDS[lang];
  return fc.record({
    subject: pick(w.subjects),
    place: fc.option(pick(w.places), { nil: undefined }),
    object: pick(w.objects),
    verb: pick(w.verbs),
    mark: fc.constantFrom('none', 'none', 'bold', 'glued', 'link'),
    glued: pick(w.glued),
  }).map(({ subject, place, object, verb, mark, glued }): Inline => {
    // English: subject verb object [place]. Hindi: subject [place] object verb।
    const v = verb(subject.feminine);
    const spans: Span[] = [{ text: lang === 'en' ? `${subject.text} ${v} ` : `${subject.text} ${place ? `${place} ` : ''}` }];
    if (mark === 'bold') spans.push({ text: object, bold: true });
    else if (mark === 'link') spans.push({ text: object, href: `https://notes.example.org/${shortId(object)}` });
    else if (mark === 'glued') spans.push({ text: glued[0], bold: true }, { text: glued[1], bold: true }); // "**जल****-चक्र**"
    else spans.push({ text: object });
    spans.push({ text: lang === 'en' ? `${place ? ` ${place}` : ''}${STOP.en}` : ` ${v}${STOP.hi}` });
    return spans;
  });
}

/** Plain text of a sentence (no markup), for lines that are written without runs. */
const plainSentence = (lang: Lang) => sentence(lang).map(spans => spans.map(s => s.text).join(''));

function point(lang: Lang, depth: number, withLead: boolean): fc.Arbitrary<PointSpec> {
  const w = WORDS[lang];
  const lead: fc.Arbitrary<Lead | undefined> = withLead
    ? fc.record({ text: pick(w.leads), style: fc.constantFrom('inside', 'inside', 'outside', 'more'), more: pick(w.more) })
      .map(l => (l.style === 'more' ? l : { text: l.text, style: l.style }) as Lead)
    : fc.constant(undefined);
  const children: fc.Arbitrary<readonly PointSpec[]> = depth >= 3
    ? fc.constant([])
    : fc.array(fc.boolean().chain(b => point(lang, depth + 1, b)), { maxLength: depth === 1 ? 2 : 1 });
  return fc.record({ lead, body: sentence(lang), children }).map(p => (p.lead ? p : { body: p.body, children: p.children }));
}

/**
 * A list's top-level points: all with a lead, none with one, or lead-less ones first. (A lead-less
 * point after a lead is page-break repair's sub-point: see the note at the top.)
 */
function points(lang: Lang, max: number): fc.Arbitrary<readonly PointSpec[]> {
  const some = (arb: fc.Arbitrary<PointSpec>) => fc.array(arb, { minLength: 1, maxLength: max });
  return fc.oneof(
    some(point(lang, 1, true)), // every point with a lead
    some(point(lang, 1, false)), // none with one
    fc.tuple(some(point(lang, 1, false)), some(point(lang, 1, true))).map(([plain, led]) => [...plain, ...led]),
  );
}

/** A table of 2–3 columns: a header row (bold, or <th>), 1–3 rows, a cell of one or two lines (<br>). */
function table(lang: Lang): fc.Arbitrary<BlockSpec> {
  const w = WORDS[lang];
  const cell = fc.array(pick(w.cells), { minLength: 1, maxLength: 2 });
  return fc.integer({ min: 2, max: 3 }).chain(cols => fc.record({
    header: fc.shuffledSubarray(w.headers, { minLength: cols, maxLength: cols }),
    rows: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 3 }),
    th: fc.boolean(),
    boldHeader: fc.boolean(),
  })).map((t): BlockSpec => ({ kind: 'table', ...t }));
}

function block(lang: Lang): fc.Arbitrary<BlockSpec> {
  const w = WORDS[lang];
  return fc.oneof(
    { weight: 4, arbitrary: points(lang, 3).map((items): BlockSpec => ({ kind: 'list', items })) },
    { weight: 2, arbitrary: fc.record({ name: pick(w.groups), items: points(lang, 3) }).map((g): BlockSpec => ({ kind: 'group', ...g })) },
    { weight: 2, arbitrary: table(lang) },
    { weight: 1, arbitrary: fc.record({ label: pick(w.boxLabels), lines: fc.array(sentence(lang), { minLength: 1, maxLength: 2 }) }).map((b): BlockSpec => ({ kind: 'box', ...b })) },
    { weight: 1, arbitrary: sentence(lang).map((text): BlockSpec => ({ kind: 'paragraph', text })) },
  );
}

/**
 * A list right after a list or a sub-heading's list is the same list in markdown ("- a" and "- b"
 * with a blank line between are one loose list): the page keeps them apart with running text.
 */
function apart(blocks: readonly BlockSpec[], between: Inline): BlockSpec[] {
  const out: BlockSpec[] = [];
  for (const b of blocks) {
    const before = out[out.length - 1];
    if (b.kind === 'list' && (before?.kind === 'list' || before?.kind === 'group')) out.push({ kind: 'paragraph', text: between });
    out.push(b);
  }
  return out;
}

function headingOf(lang: Lang, topic: string, n: number): string {
  const en = [`What is the Current State of ${topic} in India?`, `What are the Key Challenges Facing ${topic}?`, `What Steps Can Strengthen ${topic}?`, `Key Initiatives for ${topic}`, `How Has ${topic} Evolved?`, `${topic} at a Glance`];
  const hi = [`भारत में ${topic} की वर्तमान स्थिति क्या है?`, `${topic} के समक्ष प्रमुख चुनौतियाँ क्या हैं?`, `${topic} को सुदृढ़ करने के लिये कौन-से कदम आवश्यक हैं?`, `${topic} से संबंधित प्रमुख पहलें`, `${topic} का महत्त्व क्या है?`, `${topic}: एक अवलोकन`];
  return (lang === 'en' ? en : hi)[n];
}

function section(lang: Lang, topic: string): fc.Arbitrary<SectionSpec> {
  return fc.record({
    n: fc.integer({ min: 0, max: 5 }),
    boldHeading: fc.boolean(),
    intro: fc.option(fc.array(sentence(lang), { minLength: 1, maxLength: 2 }).map(ss => ss.flatMap((s, i) => (i ? [{ text: ' ' }, ...s] : s))), { nil: undefined }),
    tableOnly: fc.integer({ min: 0, max: 6 }).map(n => n === 0),
    blocks: fc.array(block(lang), { minLength: 1, maxLength: 3 }),
    table: table(lang),
    between: sentence(lang),
  }).map(s => ({
    heading: headingOf(lang, topic, s.n),
    boldHeading: s.boldHeading,
    ...(s.tableOnly ? {} : s.intro ? { intro: s.intro } : {}),
    blocks: s.tableOnly ? [s.table] : apart(s.blocks, s.between),
  }));
}

function dateOf(): fc.Arbitrary<[number, number, number]> {
  return fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2019, max: 2026 }));
}

function prelimsPyq(lang: Lang, topic: string): fc.Arbitrary<PrelimsPyqSpec> {
  const w = WORDS[lang];
  const en = lang === 'en';
  return fc.record({
    kind: fc.constantFrom('none', 'list', 'numbered', 'pair'),
    count: fc.integer({ min: 2, max: 4 }),
    statements: fc.array(plainSentence(lang), { minLength: 4, maxLength: 4 }),
    term: pick(w.terms),
    year: fc.integer({ min: 2013, max: 2024 }),
    yearBold: fc.boolean(),
    optionsAsLines: fc.boolean(),
    answer: fc.option(fc.record({ letter: fc.constantFrom('a', 'b', 'c', 'd'), label: pick(LABELS[lang].answer), bold: fc.boolean() }), { nil: undefined }),
    withTopic: fc.boolean(),
    choices: fc.shuffledSubarray(w.objects, { minLength: 4, maxLength: 4 }),
  }).map(q => {
    const stem = q.kind === 'none'
      ? (en ? `Which one of the following best describes the ${q.term}?` : `${q.term} के संबंध में निम्नलिखित में से कौन-सा सही है?`)
      : en ? `${q.withTopic ? `With reference to ${topic}, consider` : 'Consider'} the following statements:` : `${q.withTopic ? `${topic} के संदर्भ में निम्नलिखित` : 'निम्नलिखित'} कथनों पर विचार कीजिये:`;
    const items = q.kind === 'none' ? [] : q.statements.slice(0, q.kind === 'pair' ? 2 : q.count);
    const asking = q.kind === 'none' ? undefined : q.kind === 'pair'
      ? (en ? 'Which one of the following is correct in respect of the above statements?' : 'उपर्युक्त कथनों के संबंध में निम्नलिखित में से कौन-सा सही है?')
      : (en ? 'Which of the statements given above is/are correct?' : 'उपर्युक्त कथनों में से कौन-सा/से सही है/हैं?');
    const letters = ['a', 'b', 'c', 'd'];
    const options = q.kind === 'none'
      ? q.choices.map((c, i) => `(${letters[i]}) ${c}`)
      : q.kind === 'pair'
        ? (en
          ? ['Both Statement-I and Statement-II are correct and Statement-II explains Statement-I', 'Both Statement-I and Statement-II are correct, but Statement-II does not explain Statement-I', 'Statement-I is correct, but Statement-II is incorrect', 'Statement-I is incorrect, but Statement-II is correct']
          : ['कथन-I और कथन-II दोनों सही हैं तथा कथन-II, कथन-I की सही व्याख्या है', 'कथन-I और कथन-II दोनों सही हैं, किंतु कथन-II, कथन-I की सही व्याख्या नहीं है', 'कथन-I सही है, किंतु कथन-II गलत है', 'कथन-I गलत है, किंतु कथन-II सही है'])
          .map((o, i) => `(${letters[i]}) ${o}`)
        : (en ? ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'] : ['केवल 1', 'केवल 2', '1 और 2 दोनों', 'न तो 1 और न ही 2']).map((o, i) => `(${letters[i]}) ${o}`);
    return { stem, year: q.year, yearBold: q.yearBold, statements: { kind: q.kind, items }, asking, options, optionsAsLines: q.optionsAsLines, ...(q.answer ? { answer: q.answer } : {}) };
  });
}

function mainsPyq(lang: Lang, topic: string): fc.Arbitrary<MainsPyqSpec> {
  const en = [`Discuss the role of ${topic} in India's development.`, `Examine the challenges facing ${topic} in India and suggest a way forward.`, `How can ${topic} help reduce regional imbalances in India?`];
  const hi = [`भारत के विकास में ${topic} की भूमिका की चर्चा कीजिये।`, `${topic} के समक्ष चुनौतियों का परीक्षण कीजिये तथा आगे की राह सुझाइये।`, `${topic} क्षेत्रीय असंतुलन को कम करने में किस प्रकार सहायक हो सकता है?`];
  return fc.record({ text: pick(lang === 'en' ? en : hi), year: fc.integer({ min: 2013, max: 2024 }), yearBold: fc.boolean() });
}

function faq(lang: Lang, topic: string): fc.Arbitrary<FaqSpec> {
  const w = WORDS[lang];
  return fc.record({
    term: pick(w.terms),
    n: fc.integer({ min: 0, max: 2 }),
    answer: fc.array(plainSentence(lang), { minLength: 1, maxLength: 2 }),
    style: fc.constantFrom('brInside', 'brAfter', 'afterBold', 'separate'),
  }).map(f => {
    const en = [`What is the ${f.term}?`, `Why does ${topic} matter for India?`, `How can ${topic} be strengthened?`];
    const hi = [`${f.term} क्या है?`, `${topic} भारत के लिये क्यों महत्त्वपूर्ण है?`, `${topic} को कैसे सुदृढ़ किया जा सकता है?`];
    return { question: (lang === 'en' ? en : hi)[f.n], answer: f.style === 'separate' ? f.answer : [f.answer.join(' ')], style: f.style };
  });
}

function page(lang: Lang): fc.Arbitrary<PageSpec> {
  const w = WORDS[lang];
  return fc.record({ topic: pick(w.topics), subtitle: pick(w.subtitles) }).chain(({ topic, subtitle }) => fc.record({
    lang: fc.constant(lang),
    title: fc.constant(`${topic}: ${subtitle}`),
    fullPage: fc.integer({ min: 0, max: 2 }).map(n => n === 0), // a third: the fixtures cover whole pages too
    tags: fc.option(fc.record({
      papers: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 2 }),
      subjects: fc.uniqueArray(pick(w.subjectTags), { minLength: 0, maxLength: 3 }),
      boldLabel: fc.boolean(),
      inList: fc.boolean(),
    }).filter(t => t.papers.length + t.subjects.length > 0).map(t => ({
      items: [...t.papers.map(n => (lang === 'en' ? `GS Paper ${n}` : `सामान्य अध्ययन-${ROMAN[n]}`)), ...t.subjects],
      gsPapers: t.papers,
      boldLabel: t.boldLabel,
      inList: t.inList,
    })), { nil: undefined, freq: 6 }),
    source: fc.option(fc.record({
      article: fc.constantFrom('Every drop a village can keep', 'When cities turn into ovens', 'Sending more cargo by sea', 'The afterlife of our gadgets'),
      newspaper: pick(w.newspapers),
      date: dateOf(),
      broken: fc.integer({ min: 0, max: 5 }).map(n => n === 0),
      pad: fc.boolean(),
      wrap: fc.constantFrom('none', 'italic', 'boldParts', 'span'),
      extra: fc.option(plainSentence(lang), { nil: undefined }),
    }).map(({ extra, ...s }): SourceSpec => (extra ? { ...s, extra } : s)), { nil: undefined, freq: 8 }),
    prelims: fc.option(fc.record({
      label: lang === 'en' ? fc.constant('plain' as const) : fc.constantFrom('plain' as const, 'split' as const, 'hetu' as const),
      terms: fc.uniqueArray(pick(w.terms), { minLength: 1, maxLength: 5 }),
      style: fc.constantFrom('boldLinks' as const, 'links' as const, 'plain' as const),
    }), { nil: undefined, freq: 8 }),
    mains: fc.option(fc.record({ hetu: lang === 'en' ? fc.constant(false) : fc.boolean(), topics: fc.uniqueArray(pick(w.mainsTopics), { minLength: 1, maxLength: 3 }) }), { nil: undefined, freq: 6 }),
    intro: fc.array(sentence(lang), { maxLength: 2 }),
    sections: fc.array(section(lang, topic), { minLength: 1, maxLength: 3 }),
    conclusion: fc.option(fc.array(sentence(lang), { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 6 }),
    mainsBox: fc.option(fc.record({
      question: fc.constantFrom(
        ...(lang === 'en'
          ? [`Examine the challenges facing ${topic} in India. Suggest measures to address them.`, `How can ${topic} be made more effective in India?`]
          : [`भारत में ${topic} के समक्ष चुनौतियों का परीक्षण कीजिये। इनके समाधान के उपाय सुझाइये।`, `भारत में ${topic} को अधिक प्रभावी कैसे बनाया जा सकता है?`])),
      mark: fc.boolean(),
      italicLabel: fc.boolean(),
    }), { nil: undefined, freq: 6 }),
    faqs: fc.option(fc.record({ box: fc.boolean(), numbered: fc.boolean(), items: fc.array(faq(lang, topic), { minLength: 1, maxLength: 4 }) }), { nil: undefined, freq: 6 }),
    pyqs: fc.option(fc.record({
      boldHeading: fc.boolean(),
      parts: fc.constantFrom('h2' as const, 'h3' as const, 'bold' as const, 'none' as const),
      numbered: fc.boolean(),
      rules: fc.boolean(),
      prelims: fc.array(prelimsPyq(lang, topic), { maxLength: 3 }),
      mains: fc.array(mainsPyq(lang, topic), { maxLength: 2 }),
    }).filter(p => p.prelims.length + p.mains.length > 0), { nil: undefined, freq: 6 }),
  })).map(p => {
    // fc.option gives undefined for "none": keep the spec free of undefined keys.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v;
    return out as unknown as PageSpec;
  });
}

/** A random editorial page in English or Hindi. */
export const pageSpec: fc.Arbitrary<PageSpec> = fc.constantFrom<Lang>('en', 'hi').chain(page);

// ---------------------------------------------------------------------------------------------
// Rendering: markdown

const mdSpan = (s: Span) => {
  const text = s.bold ? `**${s.text}**` : s.text;
  return s.href ? `[${text}](${s.href})` : text;
};
const md = (inline: Inline) => inline.map(mdSpan).join('');

function mdLead(l: Lead): string {
  if (l.style === 'inside') return `**${l.text}:** `;
  if (l.style === 'outside') return `**${l.text}**: `;
  return `**${l.text}: ${l.more}** `;
}

function mdPoints(items: readonly PointSpec[], depth = 0): string[] {
  return items.flatMap(p => [`${'  '.repeat(depth)}- ${p.lead ? mdLead(p.lead) : ''}${md(p.body)}`, ...mdPoints(p.children, depth + 1)]);
}

const mdRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function mdBlock(b: BlockSpec): string[] {
  switch (b.kind) {
    case 'list': return [mdPoints(b.items).join('\n')];
    case 'group': return [`**${b.name}:**`, mdPoints(b.items).join('\n')];
    case 'table': return [[
      mdRow(b.header.map(h => (b.boldHeader ? `**${h}**` : h))),
      mdRow(b.header.map(() => '---')),
      ...b.rows.map(r => mdRow(r.map(c => c.join('<br>')))),
    ].join('\n')];
    case 'box': return [`| ${[`**${b.label}**`, ...b.lines.map(md)].join('<br>')} |\n|---|`];
    case 'paragraph': return [md(b.text)];
  }
}

function sourceDate(s: SourceSpec): string {
  const two = (n: number) => (s.pad ? String(n).padStart(2, '0') : String(n));
  return s.broken ? `/${two(s.date[1])}/${s.date[2]}` : `${two(s.date[0])}/${two(s.date[1])}/${s.date[2]}`;
}

/** The source line as spans (italic is applied around the whole by the renderers). */
function sourceSpans(lang: Lang, s: SourceSpec): Span[] {
  const bold = s.wrap === 'boldParts';
  const link: Span = { text: s.article, href: `https://news.example.org/${shortId(s.article)}` };
  const date: Span = { text: sourceDate(s), bold };
  const paper: Span = { text: s.newspaper, bold };
  const spans: Span[] = lang === 'en'
    ? [{ text: 'This editorial is based on “' }, link, { text: '” which was published in ' }, paper, { text: ' on ' }, date, { text: '.' }]
    : [{ text: 'यह एडिटोरियल ' }, date, { text: ' को ' }, paper, { text: ' में प्रकाशित “' }, link, { text: '” शीर्षक वाले लेख पर आधारित है।' }];
  if (s.extra) spans.push({ text: ` ${s.extra}` });
  return spans;
}

function prelimsLabel(spec: PageSpec): { md: string; html: string } {
  const p = spec.prelims!;
  if (spec.lang === 'en') return { md: '**For Prelims:** ', html: '<b>For Prelims: </b>' };
  if (p.label === 'split') return { md: '**प्रिलिम्स** **के लिये:** ', html: '<b>प्रिलिम्स </b><b>के लिये: </b>' };
  const label = p.label === 'hetu' ? 'प्रिलिम्स हेतु' : LABELS.hi.prelims;
  return { md: `**${label}:** `, html: `<b>${label}: </b>` };
}

const termHref = (t: string) => `https://notes.example.org/terms/${shortId(t)}`;
const mainsLabel = (spec: PageSpec) => (spec.lang === 'en' ? LABELS.en.mains : spec.mains!.hetu ? 'मेन्स हेतु' : LABELS.hi.mains);

function pyqQuestionLine(spec: PageSpec, n: number, text: string, year: number, yearBold: boolean): { md: string; html: string } {
  const mark = LABELS[spec.lang].q(spec.pyqs!.numbered ? n : undefined);
  const y = `(${year})`;
  return {
    md: `**${mark}** ${text} ${yearBold ? `**${y}**` : y}`,
    html: `<p><b>${mark}</b> ${esc(text)} ${yearBold ? `<b>${y}</b>` : y}</p>`,
  };
}

function answerLine(a: NonNullable<PrelimsPyqSpec['answer']>): string {
  return `${a.label}: (${a.letter})`;
}

function faqMark(spec: PageSpec, n: number): string {
  return LABELS[spec.lang].q(spec.faqs!.numbered ? n : undefined);
}

/** The page as the markdown a student saves from it. */
export function toMarkdown(spec: PageSpec): string {
  const L = LABELS[spec.lang];
  const out: string[] = [`## ${spec.title}`];
  if (spec.tags) {
    out.push(spec.tags.boldLabel ? `**${L.tags}:**` : `${L.tags}:`);
    out.push(spec.tags.items.map(t => `- [${t}](https://notes.example.org/tags/${slug(t)})`).join('\n'));
  }
  if (spec.source) {
    const line = sourceSpans(spec.lang, spec.source).map(mdSpan).join('');
    out.push(spec.source.wrap === 'italic' ? `*${line}*` : line);
  }
  if (spec.prelims) {
    const p = spec.prelims;
    const sep = p.style === 'boldLinks' ? '**,** ' : ', ';
    const terms = p.terms.map(t => (p.style === 'plain' ? t : p.style === 'boldLinks' ? `[**${t}**](${termHref(t)})` : `[${t}](${termHref(t)})`));
    out.push(prelimsLabel(spec).md + terms.join(sep));
  }
  if (spec.mains) out.push(`**${mainsLabel(spec)}:** ${spec.mains.topics.join(', ')}`);
  for (const p of spec.intro) out.push(md(p));
  for (const s of spec.sections) {
    out.push(`## ${s.boldHeading ? `**${s.heading}**` : s.heading}`);
    if (s.intro) out.push(md(s.intro));
    for (const b of s.blocks) out.push(...mdBlock(b));
  }
  if (spec.conclusion) {
    out.push(`## ${L.conclusion}`);
    for (const p of spec.conclusion) out.push(md(p));
  }
  if (spec.mainsBox) {
    const m = spec.mainsBox;
    const label = m.italicLabel ? `***${L.mainsBox}***` : `**${L.mainsBox}**`;
    out.push(`| ${label}<br>${m.mark ? `**${L.q()}** ` : ''}${m.question} |\n|---|`);
  }
  if (spec.faqs) {
    const f = spec.faqs;
    const lines = f.items.map((q, i) => {
      const question = `${faqMark(spec, i + 1)} ${q.question}`;
      return { q, question };
    });
    if (f.box) {
      const cell: string[] = [`**${L.faqs}**`];
      for (const { q, question } of lines) {
        if (q.style === 'afterBold') cell.push(`**${question}** ${q.answer.join(' ')}`);
        else cell.push(`**${question}**`, ...q.answer);
      }
      out.push(`| ${cell.join('<br>')} |\n|---|`);
    } else {
      out.push(`## ${L.faqs}`);
      for (const { q, question } of lines) {
        if (q.style === 'brInside') out.push(`**${question}<br>**${q.answer.join(' ')}`);
        else if (q.style === 'brAfter') out.push(`**${question}**<br>${q.answer.join(' ')}`);
        else if (q.style === 'afterBold') out.push(`**${question}** ${q.answer.join(' ')}`);
        else out.push(`**${question}**`, ...q.answer);
      }
    }
  }
  if (spec.pyqs) {
    const p = spec.pyqs;
    out.push(`## ${p.boldHeading ? `**${L.pyq}**` : L.pyq}`);
    const part = (name: string) => {
      if (p.parts === 'h2') out.push(`## ***${name}***`);
      else if (p.parts === 'h3') out.push(`### ${name}`);
      else if (p.parts === 'bold') out.push(`**${name}**`);
    };
    if (p.prelims.length) part(L.prelimsPart);
    p.prelims.forEach((q, i) => {
      if (i && p.rules) out.push('---');
      out.push(pyqQuestionLine(spec, i + 1, q.stem, q.year, q.yearBold).md);
      const st = q.statements;
      if (st.kind === 'list') out.push(st.items.map((s, k) => `${k + 1}. ${s}`).join('\n'));
      else if (st.kind === 'numbered') for (const [k, s] of st.items.entries()) out.push(`${k + 1}\\. ${s}`);
      else if (st.kind === 'pair') st.items.forEach((s, k) => out.push(`**${spec.lang === 'en' ? 'Statement' : 'कथन'}-${ROMAN[k + 1]}:** ${s}`));
      if (q.asking) out.push(q.asking);
      if (q.optionsAsLines) out.push(q.options.join('  \n')); // lines of one paragraph (hard breaks)
      else out.push(...q.options);
      if (q.answer) out.push(q.answer.bold ? `**${answerLine(q.answer)}**` : answerLine(q.answer));
    });
    if (p.mains.length) part(L.mainsPart);
    p.mains.forEach((q, i) => {
      if (i && p.rules) out.push('---');
      out.push(pyqQuestionLine(spec, i + 1, q.text, q.year, q.yearBold).md);
    });
  }
  return out.join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Rendering: HTML

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const htmlSpan = (s: Span) => {
  const text = s.bold ? `<b>${esc(s.text)}</b>` : esc(s.text);
  return s.href ? `<a href="${s.href}">${text}</a>` : text;
};
const html = (inline: Inline) => inline.map(htmlSpan).join('');

function htmlLead(l: Lead): string {
  if (l.style === 'inside') return `<b>${esc(l.text)}:</b> `;
  if (l.style === 'outside') return `<b>${esc(l.text)}</b>: `;
  return `<b>${esc(l.text)}: ${esc(l.more ?? '')}</b> `;
}

function htmlPoints(items: readonly PointSpec[]): string {
  return `<ul>${items.map(p => `<li>${p.lead ? htmlLead(p.lead) : ''}${html(p.body)}${p.children.length ? `\n${htmlPoints(p.children)}` : ''}</li>`).join('\n')}</ul>`;
}

function htmlBlock(b: BlockSpec): string {
  switch (b.kind) {
    case 'list': return htmlPoints(b.items);
    case 'group': return `<p><b>${esc(b.name)}:</b></p>\n${htmlPoints(b.items)}`;
    case 'table': {
      const head = b.th
        ? `<thead><tr>${b.header.map(h => `<th>${b.boldHeader ? `<b>${esc(h)}</b>` : esc(h)}</th>`).join('')}</tr></thead>`
        : `<tr>${b.header.map(h => `<td>${b.boldHeader ? `<b>${esc(h)}</b>` : `<p>${esc(h)}</p>`}</td>`).join('')}</tr>`;
      const rows = b.rows.map(r => `<tr>${r.map(c => `<td>${c.map(esc).join('<br>')}</td>`).join('')}</tr>`).join('\n');
      return `<table>${head}\n<tbody>${rows}</tbody></table>`;
    }
    case 'box': return `<table><tr><td><p><b>${esc(b.label)}</b></p>${b.lines.map(l => `<p>${html(l)}</p>`).join('')}</td></tr></table>`;
    case 'paragraph': return `<p>${html(b.text)}</p>`;
  }
}

/** The page as its web page: a whole document with site furniture, or the article's fragment. */
export function toHtml(spec: PageSpec): string {
  const L = LABELS[spec.lang];
  const out: string[] = [`<h1>${esc(spec.title)}</h1>`];
  if (spec.tags) {
    const items = spec.tags.items.map(t => `<li><a href="https://notes.example.org/tags/${slug(t)}">${esc(t)}</a></li>`).join('');
    const label = spec.tags.boldLabel ? `<b>${L.tags}:</b>` : `${L.tags}:`;
    out.push(spec.tags.inList ? `<ul class="tags">${label} ${items}</ul>` : `<p>${label}</p>\n<ul>${items}</ul>`);
  }
  if (spec.source) {
    const line = sourceSpans(spec.lang, spec.source).map(htmlSpan).join('');
    const s = spec.source.wrap;
    out.push(s === 'italic' ? `<p><i>${line}</i></p>` : s === 'span' ? `<p><span style="font-size:11pt;"><span style="font-weight:400;">${line}</span></span></p>` : `<p>${line}</p>`);
  }
  if (spec.prelims) {
    const p = spec.prelims;
    const sep = p.style === 'boldLinks' ? '<b>, </b>' : ', ';
    const terms = p.terms.map(t => (p.style === 'plain' ? esc(t) : `<a href="${termHref(t)}">${p.style === 'boldLinks' ? `<b>${esc(t)}</b>` : esc(t)}</a>`));
    out.push(`<p>${prelimsLabel(spec).html}${terms.join(sep)}</p>`);
  }
  if (spec.mains) out.push(`<p><b>${mainsLabel(spec)}: </b>${spec.mains.topics.map(esc).join(', ')}</p>`);
  for (const p of spec.intro) out.push(`<p>${html(p)}</p>`);
  for (const s of spec.sections) {
    out.push(`<h2>${s.boldHeading ? `<b>${esc(s.heading)}</b>` : esc(s.heading)}</h2>`);
    if (s.intro) out.push(`<p>${html(s.intro)}</p>`);
    for (const b of s.blocks) out.push(htmlBlock(b));
  }
  if (spec.conclusion) {
    out.push(`<h2>${L.conclusion}</h2>`);
    for (const p of spec.conclusion) out.push(`<p>${html(p)}</p>`);
  }
  if (spec.mainsBox) {
    const m = spec.mainsBox;
    const label = m.italicLabel ? `<b><i>${L.mainsBox}</i></b>` : `<b>${L.mainsBox}</b>`;
    out.push(`<table><tbody><tr><td><p>${label}</p><p>${m.mark ? `<b>${L.q()} </b>` : ''}${esc(m.question)}</p></td></tr></tbody></table>`);
  }
  if (spec.faqs) {
    const f = spec.faqs;
    const paras: string[] = [];
    f.items.forEach((q, i) => {
      const question = esc(`${faqMark(spec, i + 1)} ${q.question}`);
      const answer = esc(q.answer.join(' '));
      if (q.style === 'brInside') paras.push(`<p><b>${question}<br/></b>${answer}</p>`);
      else if (q.style === 'brAfter') paras.push(`<p><b>${question}</b><br/>${answer}</p>`);
      else if (q.style === 'afterBold') paras.push(`<p><b>${question}</b> ${answer}</p>`);
      else paras.push(`<p><b>${question}</b></p>`, ...q.answer.map(a => `<p>${esc(a)}</p>`));
    });
    const block = [`<h2>${L.faqs}</h2>`, ...paras].join('\n');
    out.push(f.box ? `<table><tr><td>\n${block}\n</td></tr></table>` : block);
  }
  if (spec.pyqs) {
    const p = spec.pyqs;
    out.push(`<h2>${p.boldHeading ? `<b>${L.pyq}</b>` : L.pyq}</h2>`);
    const part = (name: string) => {
      if (p.parts === 'h2') out.push(`<h2><b><i>${name}</i></b></h2>`);
      else if (p.parts === 'h3') out.push(`<h3>${name}</h3>`);
      else if (p.parts === 'bold') out.push(`<p><b>${name}</b></p>`);
    };
    if (p.prelims.length) part(L.prelimsPart);
    p.prelims.forEach((q, i) => {
      out.push(pyqQuestionLine(spec, i + 1, q.stem, q.year, q.yearBold).html);
      const st = q.statements;
      if (st.kind === 'list') out.push(`<ol>${st.items.map(s => `<li>${esc(s)}</li>`).join('')}</ol>`);
      else if (st.kind === 'numbered') for (const [k, s] of st.items.entries()) out.push(`<p>${k + 1}. ${esc(s)}</p>`);
      else if (st.kind === 'pair') st.items.forEach((s, k) => out.push(`<p><b>${spec.lang === 'en' ? 'Statement' : 'कथन'}-${ROMAN[k + 1]}:</b> ${esc(s)}</p>`));
      if (q.asking) out.push(`<p>${esc(q.asking)}</p>`);
      if (q.optionsAsLines) out.push(`<p>${q.options.map(esc).join('<br>')}</p>`);
      else for (const o of q.options) out.push(`<p>${esc(o)}</p>`);
      if (q.answer) out.push(q.answer.bold ? `<p><b>${answerLine(q.answer)}</b></p>` : `<p>${answerLine(q.answer)}</p>`);
    });
    if (p.mains.length) part(L.mainsPart);
    p.mains.forEach((q, i) => out.push(pyqQuestionLine(spec, i + 1, q.text, q.year, q.yearBold).html));
  }
  const article = out.join('\n');
  if (!spec.fullPage) return article + '\n';
  return [
    '<!DOCTYPE html>',
    `<html lang="${spec.lang}">`,
    `<head><meta charset="utf-8"><title>${esc(spec.title)} | Editorial Notes</title><script>var x = "<p>not text</p>";</script></head>`,
    '<body>',
    '<header><div class="logo"><a href="/">Editorial Notes</a></div><nav><ul><li><a href="/">Home</a></li><li><a href="/editorials">Editorials</a></li></ul></nav></header>',
    '<div class="container"><div class="article-detail">',
    article,
    '</div>',
    '<aside class="sidebar"><h3>Latest</h3><ul><li><a href="/e/1">Another editorial</a></li><li><a href="/e/2">One more editorial</a></li></ul></aside>',
    '</div>',
    '<footer><p>Editorial Notes, for aspirants.</p></footer>',
    '</body>',
    '</html>',
  ].join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// What a reader must find

export interface ExpectedReading {
  readonly title: string;
  readonly date?: string;
  readonly prelims: number;
  readonly tags: readonly string[];
  readonly gsPapers: readonly number[];
  readonly sections: readonly { readonly heading: string; readonly points: number; readonly tables: number }[];
  readonly mainsQuestion?: string;
  readonly faqs: number;
  readonly pyqPrelims: number;
  readonly pyqMains: number;
  /** Per PYQ in order: exam, year, answer letter, number of options. */
  readonly pyqs: readonly { readonly exam: 'prelims' | 'mains'; readonly year: number; readonly answer?: string; readonly options: number }[];
}

const countPoints = (blocks: readonly BlockSpec[]) => blocks.reduce((n, b) => n + (b.kind === 'list' || b.kind === 'group' ? b.items.length : 0), 0);
const countTables = (blocks: readonly BlockSpec[]) => blocks.filter(b => b.kind === 'table' || b.kind === 'box').length;

/** The structure the page was built with: what readEditorial must report for it. */
export function expectedOf(spec: PageSpec): ExpectedReading {
  const sections = spec.sections.map(s => ({ heading: s.heading, points: countPoints(s.blocks), tables: countTables(s.blocks) }));
  if (spec.conclusion) sections.push({ heading: LABELS[spec.lang].conclusion, points: 0, tables: 0 });
  // The mains box and a FAQs box stand after the last section's text: they are its tables.
  const boxes = (spec.mainsBox ? 1 : 0) + (spec.faqs?.box ? 1 : 0);
  const last = sections[sections.length - 1];
  sections[sections.length - 1] = { ...last, tables: last.tables + boxes };
  const s = spec.source;
  const date = s && !s.broken ? `${s.date[2]}-${String(s.date[1]).padStart(2, '0')}-${String(s.date[0]).padStart(2, '0')}` : undefined;
  const prelims = spec.pyqs?.prelims ?? [];
  const mains = spec.pyqs?.mains ?? [];
  return {
    title: spec.title,
    ...(date ? { date } : {}),
    prelims: spec.prelims?.terms.length ?? 0,
    tags: spec.tags?.items ?? [],
    gsPapers: spec.tags?.gsPapers ?? [],
    sections,
    ...(spec.mainsBox ? { mainsQuestion: spec.mainsBox.question } : {}),
    faqs: spec.faqs?.items.length ?? 0,
    pyqPrelims: prelims.length,
    pyqMains: mains.length,
    pyqs: [
      ...prelims.map(q => ({ exam: 'prelims' as const, year: q.year, ...(q.answer ? { answer: q.answer.letter } : {}), options: 4 })),
      ...mains.map(q => ({ exam: 'mains' as const, year: q.year, options: 0 })),
    ],
  };
}

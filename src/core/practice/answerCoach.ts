// The answer coach, offline and explainable: besides the coverage of the editorial's points and
// terms (answerCheck.ts), how the answer is built (introduction : body : conclusion, against
// about 15 : 75 : 10), which dimensions of the issue (economic, social, …) the editorial has and
// the answer touches, and facts from the student's own notes on the same terms that the answer
// does not use yet. Each finding names the words that made it, so the student can see why.
import { contentStems, stem } from './answerCheck';

/**
 * The coach reads at most this much of an answer or a note: a mains answer is 150–250 words
 * (about 2 KB), so 100 KB is fifty times the longest; past it the coach would only slow typing.
 */
export const COACH_LIMIT = 100_000;

export interface Structure {
  readonly intro: number;
  readonly body: number;
  readonly conclusion: number;
  /** Shares of the words, in per cent (0 when the answer is empty). */
  readonly percent: { readonly intro: number; readonly body: number; readonly conclusion: number };
  /** What to change, if anything ("the introduction is long"), as keys the panel words. */
  readonly advice: readonly ('intro-long' | 'intro-short' | 'conclusion-long' | 'conclusion-short' | 'no-intro' | 'no-conclusion')[];
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const words = (text: string) => (text.match(WORD) ?? []).length;

/** Lines that are not the student's prose: headings, quoted question lines, comments. */
function prose(lines: readonly string[]): string {
  return lines.join('\n').replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').split('\n').filter(l => !/^\s{0,3}(?:#{1,6}\s|>)/.test(l)).join('\n');
}

/**
 * Words in the introduction, body and conclusion of an answer. With the scaffold's headings
 * ("## Introduction", "## Conclusion", or उपसंहार / निष्कर्ष / परिचय / भूमिका) they are what
 * stands under them (and above the first heading, when none is the introduction's); without,
 * the first paragraph is the introduction and the last the conclusion.
 */
export function answerStructure(answer: string): Structure {
  const lines = answer.slice(0, COACH_LIMIT).replace(/\r\n?/g, '\n').split('\n');
  const INTRO = /^#{1,6}\s+(?:introduction|intro|परिचय|भूमिका|प्रस्तावना)\b/i;
  const CONCLUSION = /^#{1,6}\s+(?:conclusion|way forward|निष्कर्ष|उपसंहार|आगे की राह)/i;
  let intro = 0;
  let body = 0;
  let conclusion = 0;
  if (lines.some(l => INTRO.test(l) || CONCLUSION.test(l))) {
    // What stands above the first heading is the introduction when no heading names one (an
    // answer file's own "## Introduction" line is where the answer starts: answerOf).
    const hasIntro = lines.some(l => INTRO.test(l));
    let part: 'intro' | 'body' | 'conclusion' = hasIntro ? 'body' : 'intro';
    let buffer: string[] = [];
    const flush = () => {
      const n = words(prose(buffer));
      if (part === 'intro') intro += n; else if (part === 'conclusion') conclusion += n; else body += n;
      buffer = [];
    };
    for (const line of lines) {
      if (/^#{1,6}\s/.test(line)) {
        flush();
        part = INTRO.test(line) ? 'intro' : CONCLUSION.test(line) ? 'conclusion' : 'body';
      } else buffer.push(line);
    }
    flush();
  } else {
    const paragraphs = prose(lines).split(/\n\s*\n/).map(words).filter(n => n > 0);
    if (paragraphs.length >= 3) {
      intro = paragraphs[0];
      conclusion = paragraphs[paragraphs.length - 1];
      body = paragraphs.slice(1, -1).reduce((a, b) => a + b, 0);
    } else body = paragraphs.reduce((a, b) => a + b, 0);
  }
  const total = intro + body + conclusion;
  const pct = (n: number) => (total ? Math.round((100 * n) / total) : 0);
  const percent = { intro: pct(intro), body: pct(body), conclusion: pct(conclusion) };
  const advice: Structure['advice'][number][] = [];
  if (total >= 40) {
    if (!intro) advice.push('no-intro'); else if (percent.intro > 22) advice.push('intro-long'); else if (percent.intro < 8) advice.push('intro-short');
    if (!conclusion) advice.push('no-conclusion'); else if (percent.conclusion > 18) advice.push('conclusion-long'); else if (percent.conclusion < 5) advice.push('conclusion-short');
  }
  return { intro, body, conclusion, percent, advice };
}

/** The dimensions examiners look for, each with words (English stems and Hindi words) that show it. */
export const DIMENSIONS: readonly { readonly id: string; readonly en: readonly string[]; readonly hi: readonly string[] }[] = [
  { id: 'economic', en: ['economy', 'economic', 'gdp', 'growth', 'trade', 'investment', 'fiscal', 'inflation', 'export', 'import', 'market', 'price', 'income', 'employment', 'industry', 'tax', 'subsidy', 'revenue'], hi: ['आर्थिक', 'अर्थव्यवस्था', 'व्यापार', 'निवेश', 'राजकोषीय', 'मुद्रास्फीति', 'निर्यात', 'आयात', 'बाज़ार', 'बाजार', 'आय', 'रोज़गार', 'रोजगार', 'उद्योग', 'कर', 'सब्सिडी'] },
  { id: 'social', en: ['social', 'society', 'poverty', 'health', 'education', 'gender', 'women', 'caste', 'tribal', 'community', 'inequality', 'welfare', 'nutrition', 'migrant'], hi: ['सामाजिक', 'समाज', 'गरीबी', 'स्वास्थ्य', 'शिक्षा', 'लैंगिक', 'महिला', 'महिलाओं', 'जाति', 'जनजातीय', 'समुदाय', 'असमानता', 'कल्याण', 'पोषण'] },
  { id: 'political', en: ['political', 'politics', 'government', 'parliament', 'federal', 'state', 'election', 'party', 'governance', 'policy', 'centre', 'panchayat'], hi: ['राजनीतिक', 'सरकार', 'संसद', 'संघीय', 'राज्य', 'चुनाव', 'दल', 'शासन', 'नीति', 'केंद्र', 'पंचायत'] },
  { id: 'legal', en: ['constitution', 'constitutional', 'article', 'law', 'legal', 'court', 'judiciary', 'act', 'right', 'rule', 'regulation', 'statutory'], hi: ['संविधान', 'संवैधानिक', 'अनुच्छेद', 'कानून', 'क़ानून', 'विधिक', 'न्यायालय', 'न्यायपालिका', 'अधिनियम', 'अधिकार', 'विनियमन'] },
  { id: 'environmental', en: ['environment', 'environmental', 'climate', 'emission', 'pollution', 'forest', 'biodiversity', 'water', 'carbon', 'sustainable', 'ecology', 'renewable'], hi: ['पर्यावरण', 'पर्यावरणीय', 'जलवायु', 'उत्सर्जन', 'प्रदूषण', 'वन', 'जैव', 'जल', 'कार्बन', 'संधारणीय', 'सतत', 'नवीकरणीय'] },
  { id: 'security', en: ['security', 'defence', 'defense', 'military', 'terror', 'border', 'army', 'cyber', 'strategic', 'weapon'], hi: ['सुरक्षा', 'रक्षा', 'सैन्य', 'आतंक', 'सीमा', 'सेना', 'साइबर', 'रणनीतिक', 'सामरिक'] },
  { id: 'international', en: ['international', 'global', 'bilateral', 'multilateral', 'diplomacy', 'diplomatic', 'treaty', 'un', 'foreign', 'neighbour', 'neighbor', 'geopolitical'], hi: ['अंतर्राष्ट्रीय', 'अंतरराष्ट्रीय', 'वैश्विक', 'द्विपक्षीय', 'बहुपक्षीय', 'कूटनीति', 'कूटनीतिक', 'संधि', 'विदेश', 'पड़ोसी', 'भू-राजनीतिक'] },
  { id: 'technological', en: ['technology', 'technological', 'digital', 'innovation', 'research', 'ai', 'data', 'internet', 'satellite', 'science'], hi: ['प्रौद्योगिकी', 'तकनीक', 'तकनीकी', 'डिजिटल', 'नवाचार', 'अनुसंधान', 'शोध', 'डेटा', 'इंटरनेट', 'उपग्रह', 'विज्ञान'] },
  { id: 'ethical', en: ['ethic', 'ethical', 'moral', 'integrity', 'accountability', 'transparency', 'justice', 'fairness', 'corruption', 'value'], hi: ['नैतिक', 'नैतिकता', 'सत्यनिष्ठा', 'जवाबदेही', 'पारदर्शिता', 'न्याय', 'निष्पक्षता', 'भ्रष्टाचार', 'मूल्य'] },
];

const DIMENSION_STEMS = DIMENSIONS.map(d => ({ id: d.id, stems: new Set(d.en.flatMap(w => contentStems(w))), hi: new Set(d.hi) }));

/** The dimensions a text shows, each with the words that showed it (at least two hits, or one for short texts). */
export function dimensionsOf(whole: string, minHits = 2): Map<string, string[]> {
  const text = whole.slice(0, COACH_LIMIT).normalize('NFKC').toLowerCase();
  // Each distinct stem once, with the first word that gave it (shown as the evidence: "rules",
  // not the stem "rul").
  const words = new Map<string, string>();
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const s = stem(w);
    if (!words.has(s)) words.set(s, w);
  }
  const hindi = new Set(text.match(/[\u0900-\u097F]+(?:-[\u0900-\u097F]+)?/g) ?? []);
  const out = new Map<string, string[]>();
  for (const d of DIMENSION_STEMS) {
    const hits = [...[...d.stems].filter(s => words.has(s)).map(s => words.get(s)!), ...[...hindi].filter(w => d.hi.has(w))];
    if (hits.length >= minHits) out.set(d.id, hits.slice(0, 4));
  }
  return out;
}

export interface DimensionCoverage {
  /** In the editorial and in the answer. */
  readonly covered: readonly string[];
  /** In the editorial, not (yet) in the answer. */
  readonly missed: readonly string[];
  /** The words of the editorial that show each dimension, for the panel's "why". */
  readonly evidence: ReadonlyMap<string, readonly string[]>;
}

export function dimensionCoverage(editorialText: string, answer: string): DimensionCoverage {
  const inEditorial = dimensionsOf(editorialText, 3);
  const inAnswer = dimensionsOf(answer, 1);
  const covered: string[] = [];
  const missed: string[] = [];
  for (const id of inEditorial.keys()) (inAnswer.has(id) ? covered : missed).push(id);
  return { covered, missed, evidence: inEditorial };
}

export interface NoteFact {
  readonly uri: string;
  /** Zero-based line in the note. */
  readonly line: number;
  readonly text: string;
}

/** A line that carries a fact an examiner rewards: a figure, an Article, a committee, a report, an Act, a judgement. */
const FACTUAL = /\d|\b(?:article|committee|commission|report|act|index|survey|judgement|judgment|case|scheme|mission)\b|अनुच्छेद|समिति|आयोग|रिपोर्ट|अधिनियम|सूचकांक|सर्वेक्षण|निर्णय|योजना|मिशन/i;

/** A line of a note that carries a fact, ready to be matched against terms and an answer. */
export interface FactLine {
  readonly line: number;
  readonly text: string;
  /** Lower-case, NFC: for finding term names in it. */
  readonly lower: string;
  readonly stems: readonly string[];
}

/** The lines of a note that carry a fact (FACTUAL): made once per note text, kept by the caller. */
export function factLines(text: string): FactLine[] {
  const out: FactLine[] = [];
  const lines = text.slice(0, COACH_LIMIT).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
    if (line.length < 12 || line.length > 400 || /^#/.test(line) || !FACTUAL.test(line)) continue;
    out.push({ line: i, text: line, lower: line.normalize('NFC').toLowerCase(), stems: contentStems(line) });
  }
  return out;
}

/**
 * Facts in the student's notes on the editorial's terms that the answer does not use: a fact line
 * (factLines) that names one of `terms`, whose content words are mostly absent from the answer.
 * At most `max`, in the notes' order.
 */
export function unusedNoteFacts(notes: readonly (readonly [string, readonly FactLine[]])[], terms: readonly string[], answer: string, max = 8): NoteFact[] {
  const names = terms.map(t => t.normalize('NFC').toLowerCase()).filter(t => t.length > 2);
  if (!names.length) return [];
  const used = new Set(contentStems(answer.slice(0, COACH_LIMIT)));
  const out: NoteFact[] = [];
  for (const [uri, facts] of notes) {
    for (const f of facts) {
      if (out.length >= max) return out;
      if (!names.some(n => f.lower.includes(n))) continue;
      const fresh = f.stems.filter(s => !used.has(s));
      if (f.stems.length && fresh.length / f.stems.length >= 0.6) out.push({ uri, line: f.line, text: f.text });
    }
  }
  return out;
}

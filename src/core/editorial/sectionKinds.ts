// What each kind of section *is*, in one table: the words that announce it in a heading (per
// language), its icon and colour in the tree and the summaries, how summaries and flashcards
// treat it, whether it is one of the closing blocks of a page, the heading an answer outline
// gives it, and its place in a typical editorial. Every feature reads its kind's traits from here;
// adding a kind is a row here (docs/ARCHITECTURE.md, "Add a section kind").

export interface SectionKindTraits {
  /** Words (per language code) that announce the kind in a heading; the earliest in the heading wins. */
  readonly words: Readonly<Record<string, readonly string[]>>;
  /** Codicon in the tree and the summaries' table of contents. */
  readonly icon: string;
  /** Theme colour of that icon (a VS Code theme colour id). */
  readonly color: string;
  /** 'condense': summaries keep each point's lead, key sentence and facts; 'verbatim': shown whole. */
  readonly summary: 'condense' | 'verbatim';
  /** Whether its points become flashcards. */
  readonly cards: boolean;
  /**
   * One of the closing blocks of an editorial page (conclusion, mains question, PYQs, FAQs): pages
   * often set these as a bold line rather than a heading, so a bold line naming one opens it; their
   * names are headings wherever they stand in pasted text; a mains answer does not draw on them.
   */
  readonly closing: boolean;
  /** The body heading an answer outline gives the kind's points (else the section's own heading). */
  readonly answerHeading?: string;
  /** Its place in a typical editorial; breaks ties between kinds whose words match alike. */
  readonly order: number;
}

const kind = (traits: Omit<SectionKindTraits, 'summary' | 'cards' | 'closing'> & Partial<SectionKindTraits>): SectionKindTraits =>
  ({ summary: 'condense', cards: true, closing: false, ...traits });

export const SECTION_KINDS = {
  background: kind({
    order: 1, icon: 'info', color: 'charts.blue',
    words: { en: ['background', 'current status', 'current state', 'overview', 'evolution'], hi: ['क्या है', 'क्या हैं', 'पृष्ठभूमि', 'वर्तमान स्थिति'] },
  }),
  cooperation: kind({
    order: 2, icon: 'organization', color: 'charts.green', answerHeading: 'Areas of Cooperation',
    words: {
      en: ['cooperation', 'co-operation', 'collaboration', 'convergence', 'partnership areas', 'areas of engagement', 'significance', 'opportunities'],
      hi: ['सहयोग', 'साझेदारी', 'महत्त्व', 'महत्व', 'क्यों महत्त्वपूर्ण', 'क्यों महत्वपूर्ण', 'अवसर'],
    },
  }),
  initiatives: kind({
    order: 3, icon: 'rocket', color: 'charts.purple',
    words: {
      en: ['initiatives', 'steps taken', 'government initiatives', 'scheme', 'schemes'],
      hi: ['पहल', 'पहलें', 'पहलों', 'योजना', 'योजनाएँ', 'योजनाएं', 'योजनाओं', 'सरकारी पहल'],
    },
  }),
  groupings: kind({
    order: 4, icon: 'globe', color: 'charts.blue', answerHeading: 'Multilateral Groupings',
    words: { en: ['groupings', 'grouping', 'multilateral forums', 'forums'], hi: ['समूह', 'समूहों', 'बहुपक्षीय मंच'] },
  }),
  issues: kind({
    order: 5, icon: 'warning', color: 'charts.orange', answerHeading: 'Challenges',
    words: {
      en: ['friction', 'frictions', 'challenges', 'issues', 'concerns', 'problems', 'hurdles', 'obstacles', 'tensions', 'irritants', 'differences', 'constraints', 'limitations'],
      hi: ['चुनौतियाँ', 'चुनौतियां', 'चुनौतियों', 'चुनौती', 'समस्याएँ', 'समस्याएं', 'समस्याओं', 'मुद्दे', 'मुद्दों', 'चिंताएँ', 'चिंताएं', 'बाधाएँ', 'बाधाएं', 'तनाव', 'मतभेद', 'घर्षण', 'विवाद'],
    },
  }),
  measures: kind({
    order: 6, icon: 'tools', color: 'charts.yellow', answerHeading: 'Way Forward',
    words: {
      en: ['measures', 'steps', 'way forward', 'way ahead', 'should', 'can be taken', 'reforms', 'solutions', 'strategies', 'recommendations'],
      hi: ['उपाय', 'उपायों', 'आगे की राह', 'कदम', 'सुझाव', 'रणनीति', 'रणनीतियाँ', 'रणनीतियां', 'सुधार', 'सुधारों'],
    },
  }),
  other: kind({ order: 7, icon: 'list-unordered', color: 'foreground', words: {} }),
  conclusion: kind({
    order: 8, icon: 'pass', color: 'charts.green', summary: 'verbatim', closing: true,
    words: { en: ['conclusion', 'conclusions'], hi: ['निष्कर्ष'] },
  }),
  'mains-question': kind({
    order: 9, icon: 'question', color: 'charts.red', summary: 'verbatim', cards: false, closing: true,
    words: { en: ['mains question', 'mains practice question'], hi: ['मेन्स प्रश्न', 'मुख्य परीक्षा प्रश्न', 'मेन्स अभ्यास प्रश्न'] },
  }),
  pyq: kind({
    order: 10, icon: 'history', color: 'charts.purple', summary: 'verbatim', cards: false, closing: true,
    words: {
      en: ['previous year question', 'previous year questions', 'pyq', 'pyqs'],
      hi: ['विगत वर्ष के प्रश्न', 'विगत वर्षों के प्रश्न', 'पिछले वर्ष के प्रश्न', 'पिछले वर्षों के प्रश्न'],
    },
  }),
  faq: kind({
    order: 11, icon: 'comment-discussion', color: 'charts.blue', summary: 'verbatim', cards: false, closing: true,
    words: { en: ['frequently asked questions', 'faqs'], hi: ['अक्सर पूछे जाने वाले प्रश्न', 'प्रायः पूछे जाने वाले प्रश्न'] },
  }),
} satisfies Record<string, SectionKindTraits>;

export type SectionKind = keyof typeof SECTION_KINDS;

export const ALL_SECTION_KINDS = Object.keys(SECTION_KINDS) as SectionKind[];

export function traitsOf(kind: SectionKind): SectionKindTraits {
  return SECTION_KINDS[kind] ?? SECTION_KINDS.other;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ');
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Index of `word` in `text` as a whole word (Unicode-aware), or -1. */
function wordIndex(text: string, word: string): number {
  const isWordChar = (c: string | undefined) => !!c && WORD_CHAR.test(c);
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return i;
    from = i + 1;
  }
}

/** Every kind's words, normalised, for the languages asked for (all when none are named). */
const wordLists = new Map<string, { kind: SectionKind; word: string; order: number }[]>();
function wordsFor(languages: readonly string[] | undefined): { kind: SectionKind; word: string; order: number }[] {
  const key = languages?.join(',') ?? '*';
  let list = wordLists.get(key);
  if (!list) {
    list = [];
    for (const kind of ALL_SECTION_KINDS) {
      const t: SectionKindTraits = SECTION_KINDS[kind];
      for (const [language, words] of Object.entries(t.words)) {
        if (languages && !languages.includes(language)) continue;
        for (const word of words) list.push({ kind, word: normalise(word), order: t.order });
      }
    }
    wordLists.set(key, list);
  }
  return list;
}

/**
 * The section kind a heading announces. "What Measures India Can Adopt to Enhance Ties" is
 * `measures`, "Key Areas of Friction" is `issues`: the earliest word decides, so a heading that
 * names two things is filed under the one it leads with; at the same place the longer word wins,
 * then the kind that comes first in an editorial.
 */
export function inferSectionKind(heading: string, languages?: readonly string[]): SectionKind {
  const text = normalise(heading);
  let best: { kind: SectionKind; at: number; len: number; order: number } | undefined;
  for (const { kind, word, order } of wordsFor(languages)) {
    const at = wordIndex(text, word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && (word.length > best.len || (word.length === best.len && order < best.order)))) {
      best = { kind, at, len: word.length, order };
    }
  }
  return best?.kind ?? 'other';
}

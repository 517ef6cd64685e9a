// The words an editorial uses for its labels, source line, GS papers and subjects, kept as data
// (data/vocabulary/*.json) so that another language is a new file, not new code. (The words of
// section headings belong to the section kinds: sectionKinds.ts.)
import english from '../../../data/vocabulary/en.json';
import hindi from '../../../data/vocabulary/hi.json';
import { escapeRegExp } from '../shared/regexp';

export interface SubjectRule {
  /** "GS1" … "GS4". */
  readonly paper: string;
  /** The subject's name; the same name in every language file, so the tree groups them together. */
  readonly subject: string;
  readonly words: readonly string[];
}

export interface Vocabulary {
  /** BCP 47 language code, e.g. "en", "hi". */
  readonly language: string;
  /** The language's English name, for messages ("Hindi"). */
  readonly name: string;
  /** The Unicode script the language is written in (a `\p{Script=…}` name), for detection. */
  readonly script: string;
  readonly labels: {
    readonly prelims: readonly string[];
    readonly mains: readonly string[];
    readonly sourceLine: readonly string[];
    readonly tags: readonly string[];
    readonly pyqSubheadingPrelims: readonly string[];
    readonly pyqSubheadingMains: readonly string[];
    /** "Answer: (b)" after a prelims PYQ. Longer labels first ("Correct Answer" before "Answer"). */
    readonly answer: readonly string[];
  };
  readonly sourcePattern: {
    /** Named groups: newspaper, day, month, year (the order differs between languages). */
    readonly published: string;
    /**
     * Words the publication date comes after, for a source line `published` does not match (a
     * date written "17 February 2024"): English "published …", Hindi "यह एडिटोरियल …".
     */
    readonly dateAfter: readonly string[];
  };
  /** Finds a GS paper in a tag ("GS Paper 2", "सामान्य अध्ययन-III"); named group `paper`. */
  readonly gsPaperPattern: string;
  /**
   * The question around a section heading, left out of its short label in the tree
   * (shortLabel.ts): "What are the | Key Areas of Cooperation", "FPO के समक्ष चुनौतियाँ | क्या हैं".
   */
  readonly headingFrames: {
    /** Lower case, as the heading starts ("what are the"). */
    readonly dropStarts: readonly string[];
    /** As the heading ends, before its "?" ("क्या हैं"). */
    readonly dropEnds: readonly string[];
  };
  /** The words the summary's clause rules need (core/summary/clauses.ts). */
  readonly summary: {
    /** Words that open a subordinate clause ("which", "while"; "जो", "क्योंकि"). */
    readonly opening: readonly string[];
    /** Words a leading clause starts with, before the claim ("Despite", "In"). */
    readonly introStarts: readonly string[];
    /** Words a leading clause ends with, before the claim (Hindi postpositions: "के बावजूद"). */
    readonly introEnds: readonly string[];
    /** Words that join a list's last item ("and", "और"). */
    readonly listJoins: readonly string[];
    /** Month names: the day before or after one is a date, not a figure ("18 नवंबर", "February 17"). */
    readonly months: readonly string[];
    /**
     * Words a sentence's verb may start a clause with after an insertion ("Units, run by FPOs,
     * | can cut costs"): that clause belongs to the claim.
     */
    readonly predicateStarts: readonly string[];
    /** Endings of a participle that opens a clause after a comma (", countering …": "ing"). */
    readonly participleEndings: readonly string[];
  };
  /** Subject keywords for grouping editorials; earlier rules win ties. */
  readonly subjects: readonly SubjectRule[];
}

export const ENGLISH: Vocabulary = english as Vocabulary;
export const HINDI: Vocabulary = hindi as Vocabulary;

/** Every language the parser reads; an editorial may mix them (Hindi text with English labels). */
export const VOCABULARIES: readonly Vocabulary[] = [ENGLISH, HINDI];

/**
 * Per BMP code unit, 1 if it is a letter of `script` (surrogates 0): made once per script from
 * the regex over a string of every unit, so that counting is a table lookup per character (two
 * regex passes over each file were a tenth of a parse).
 */
const scriptTables = new Map<string, { units: Uint8Array; astral: RegExp }>();
function scriptTable(script: string): { units: Uint8Array; astral: RegExp } {
  let table = scriptTables.get(script);
  if (!table) {
    const units = new Uint8Array(0x10000);
    const chunk = new Uint16Array(0x1000);
    const runs = new RegExp(`\\p{Script=${script}}+`, 'gu');
    for (let base = 0; base < 0x10000; base += chunk.length) {
      for (let k = 0; k < chunk.length; k++) chunk[k] = base + k >= 0xd800 && base + k <= 0xdfff ? 0x20 : base + k;
      const text = String.fromCharCode.apply(null, chunk as unknown as number[]);
      runs.lastIndex = 0;
      for (let m = runs.exec(text); m; m = runs.exec(text)) units.fill(1, base + m.index, base + m.index + m[0].length);
    }
    table = { units, astral: new RegExp(`^\\p{Script=${script}}$`, 'u') };
    scriptTables.set(script, table);
  }
  return table;
}

/** UTF-16 units of `text` that are letters of `script` (an astral letter counts 2). */
export function scriptUnits(text: string, script: string): number {
  const { units, astral } = scriptTable(script);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      const v = text.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        if (astral.test(text.slice(i, i + 2))) count += 2;
        i++;
        continue;
      }
    }
    count += units[u];
  }
  return count;
}

/** A markdown link's target "](…)" (with an optional title), and a bare web address. */
const LINK_TARGET = /\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]*/gi;

/**
 * The language an editorial is written in: the vocabulary whose script has the most letters in
 * the text. Hindi editorials carry many Latin abbreviations (GS, FPO, MSP) but far more Devanagari.
 * Link targets and web addresses are not words of the text and are not counted: a Hindi page's
 * links ("https://…/hindi/daily-news", "%E0%A4%9C…") hold more Latin letters than its prose.
 * Only the first 20,000 characters are counted: enough to decide, and bounded for huge files.
 */
export function detectLanguage(text: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): Vocabulary {
  const sample = text.slice(0, 20_000).replace(LINK_TARGET, ']').replace(WEB_ADDRESS, ' ');
  let best = vocabularies[0] ?? ENGLISH;
  let bestCount = -1;
  for (const v of vocabularies) {
    const count = scriptUnits(sample, v.script);
    if (count > bestCount) { best = v; bestCount = count; }
  }
  return best;
}

/** Devanagari (and other Indic) digits → ASCII digits, so dates and years parse in either. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, d => String(d.charCodeAt(0) - 0x0966));
}

interface VocabularyPatterns {
  /** `sourcePattern.published`, with match indices (the 'd' flag): the source line keeps the text as written. */
  readonly published: RegExp;
  /** Any of `sourcePattern.dateAfter`; undefined when it lists none. */
  readonly dateAfter: RegExp | undefined;
  readonly gsPaper: RegExp;
}

const compiled = new WeakMap<Vocabulary, VocabularyPatterns>();
/** A vocabulary's patterns, compiled once (the source line and tags are read per file). */
export function patternsOf(v: Vocabulary): VocabularyPatterns {
  let p = compiled.get(v);
  if (!p) {
    compiled.set(v, (p = {
      published: new RegExp(v.sourcePattern.published, 'diu'),
      dateAfter: v.sourcePattern.dateAfter.length ? new RegExp(v.sourcePattern.dateAfter.map(escapeRegExp).join('|'), 'iu') : undefined,
      gsPaper: new RegExp(v.gsPaperPattern, 'iu'),
    }));
  }
  return p;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** The GS paper (1–4) a tag names, in any of the vocabularies, or undefined. */
export function gsPaperOf(tag: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): number | undefined {
  const text = asciiDigits(tag);
  for (const v of vocabularies) {
    const paper = patternsOf(v).gsPaper.exec(text)?.groups?.paper;
    if (paper) return ROMAN[paper.toUpperCase()] ?? Number(paper);
  }
  return undefined;
}
function normalise(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ');
}

const preparedLabels = new WeakMap<readonly string[], { label: string; first: string; norm: string }[]>();
function prepared(labels: readonly string[]) {
  let list = preparedLabels.get(labels);
  if (!list) preparedLabels.set(labels, (list = labels.map(label => ({ label, first: label.slice(0, 1).toLowerCase(), norm: normalise(label) }))));
  return list;
}

/** Whether a paragraph's plain text starts with one of the labels ("For Prelims:"); returns the rest. */
export function afterLabel(plain: string, labels: readonly string[]): string | undefined {
  const text = plain.trimStart();
  if (!text) return undefined;
  // Most lines start with no label: compare first letters before normalising (importers call this per line).
  const first = text.slice(0, 1).toLowerCase();
  for (const { label, first: labelFirst, norm } of prepared(labels)) {
    if (labelFirst !== first) continue;
    if (normalise(text.slice(0, label.length)) === norm) {
      const rest = text.slice(label.length);
      if (/^\s*[:：\-–—]/.test(rest)) return rest.replace(/^\s*[:：\-–—]\s*/, '');
    }
  }
  return undefined;
}

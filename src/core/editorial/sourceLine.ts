// The source line of an editorial: "This editorial is based on “…” which was published in The Hindu
// on 17/02/2024", Hindi "यह एडिटोरियल 17/02/2024 को … में प्रकाशित “…” पर आधारित है". The only reader of
// such a line and of its article title, newspaper and date: the parser and the importer both call
// it, so an editorial the importer dates is dated the same way in the editorial view.
//
// Rules:
//  - article title: the first text in double quotes (“…” or "…"), else in single curly quotes ‘…’;
//  - newspaper: the language's `published` pattern (data/vocabulary/*.json, named groups), else the
//    loose English "published in … on";
//  - date: that pattern's day/month/year when it is a real calendar date, else the first real date
//    after the language's `dateAfter` words ("published"), else the first real date in the line.
//    Dates are read in the formats findDates knows; a date that is not a real calendar date
//    (31/02/2024, "/06/2026") is no date, never a guessed one.
// Devanagari digits are read as ASCII digits; the title, paper and date text are kept as written.
import { asciiDigits, patternsOf, Vocabulary, VOCABULARIES } from './vocabulary';

/** A date found in a text: ISO YYYY-MM-DD, where it starts, and its text as written. */
export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly text: string;
}

export interface SourceLineDetails {
  readonly articleTitle?: string;
  readonly newspaper?: string;
  readonly date?: FoundDate;
}

/**
 * Title, paper and date come early: only the first 3,000 characters are read, as the patterns
 * backtrack over the rest of the text from every quote, date or "published in" otherwise.
 */
const READ_LIMIT = 3000;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const lowerLabels = new WeakMap<readonly Vocabulary[], string[]>();
function sourceLabels(vocabularies: readonly Vocabulary[]): string[] {
  let labels = lowerLabels.get(vocabularies);
  if (!labels) lowerLabels.set(vocabularies, (labels = vocabularies.flatMap(v => v.labels.sourceLine.map(l => l.toLowerCase()))));
  return labels;
}

/** Whether the text holds a source line label ("This editorial is based on", "यह एडिटोरियल"). */
export function containsSourceLine(text: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): boolean {
  const lower = text.toLowerCase();
  return sourceLabels(vocabularies).some(l => lower.includes(l));
}

/** Whether the text opens with a source line label, after emphasis markers and quotes. */
export function startsSourceLine(text: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): boolean {
  const head = text.replace(/^[*_"“'‘\s]+/, '').slice(0, 60).toLowerCase();
  return sourceLabels(vocabularies).some(l => head.startsWith(l));
}

/** The article title, newspaper and publication date of a source line (its plain text). */
export function readSourceLine(text: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): SourceLineDetails {
  const head = text.slice(0, READ_LIMIT);
  // Same length as `head` (one ASCII digit for each Devanagari one), so indices carry over.
  const digits = asciiDigits(head);
  const quoted = /[“"]([^”"]{3,300}?)[”"]/.exec(head)?.[1] ?? /‘([^’]{3,300}?)’/.exec(head)?.[1];

  let newspaper: string | undefined;
  let date: FoundDate | undefined;
  for (const v of vocabularies) {
    const m = patternsOf(v).published.exec(digits);
    if (!m?.groups) continue;
    // Named groups: English gives the paper before the date, Hindi the date before the paper.
    const at = m.indices?.groups;
    const paper = at?.newspaper ? head.slice(...at.newspaper) : m.groups.newspaper;
    newspaper = paper ? collapse(paper).replace(/^the\s+/i, '') || undefined : undefined;
    const iso = isoDate(Number(m.groups.year), Number(m.groups.month), Number(m.groups.day));
    const spans = [at?.day, at?.month, at?.year].filter((s): s is [number, number] => !!s);
    if (iso && spans.length === 3) {
      const [start, end] = [Math.min(...spans.map(s => s[0])), Math.max(...spans.map(s => s[1]))];
      date = { iso, index: start, text: head.slice(start, end) };
    }
    break;
  }
  newspaper ??= /published\s+in\s+(?:the\s+)?(.{2,80}?)\s+on\b/i.exec(head)?.[1]?.trim();
  date ??= publicationDate(head, digits, vocabularies);
  return { date, articleTitle: quoted ? collapse(quoted) : undefined, newspaper };
}

/** The first real date after a language's `dateAfter` words ("published"), else the first one. */
function publicationDate(head: string, digits: string, vocabularies: readonly Vocabulary[]): FoundDate | undefined {
  const dates = findDates(head);
  for (const v of vocabularies) {
    const after = patternsOf(v).dateAfter?.exec(digits)?.index;
    const found = after === undefined ? undefined : dates.find(d => d.index > after);
    if (found) return found;
  }
  return dates[0];
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, m => [+m[1], +m[2], +m[3]]],
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g, m => {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    return b > 12 && a <= 12 ? [y, a, b] : [y, b, a]; // DD/MM/YYYY; MM/DD/YYYY only when DD/MM cannot be
  }],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    m => [+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]]],
  [new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    m => [+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]]],
];

/** YYYY-MM-DD when year, month and day make a real calendar date (1900–2100, leap years), else undefined. */
function isoDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[m - 1]) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The real dates in a text, in order: YYYY-MM-DD, DD/MM/YYYY (also with "-" or "."), "17 February
 * 2024", "17th Feb, 2024", "1st of March 2024", "February 17, 2024". Devanagari digits count as
 * digits; `text` is each date as written.
 */
export function findDates(text: string): FoundDate[] {
  const digits = asciiDigits(text);
  const found: FoundDate[] = [];
  for (const [re, parts] of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(digits); m; m = re.exec(digits)) {
      const iso = isoDate(...parts(m));
      if (iso) found.push({ iso, index: m.index, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** A line that is only a date ("17 February 2024", "Saturday, 17/02/2024"). */
export function isDateOnly(text: string): boolean {
  if (text.length > 50) return false;
  const dates = findDates(text);
  if (!dates.length) return false;
  const rest = text.replace(dates[0].text, '')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:updated|published|dated|on)\b/gi, '');
  return !HAS_WORD.test(rest);
}

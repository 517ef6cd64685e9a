// Rule 2: page-break debris, dropped before the text is read: lone page numbers, lines that are
// only a web address, and header/footer lines that repeat next to page boundaries or all through
// the document.
import { isDateOnly, startsSourceLine } from '../../editorial/sourceLine';
import { endsQuestion, isKnownHeading, isPyqSubheading, isTitleLike, Q_LINE } from '../headings';
import { matchLabel } from '../labels';
import { collapse, countWords } from '../text';
import { FORM_FEED, isFormFeed, toLine } from './lines';

const PAGE_NUMBER = /^[\s\-–—|()[\]]*(?:page|pg\.?|p\.)?\s*[|:]?\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?[\s\-–—|()[\]]*(?:p\s?a\s?g\s?e)?\s*$/i;
const WEB_ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|in|org|net|gov|edu|info|io|co|ac|nic)(?:\/\S*)?)$/i;

export interface Debris {
  /** Indexes of the lines to drop. */
  drop: Set<number>;
  /** Form feeds seen (page breaks). */
  pageMarks: number;
  /** The dropped lines, trimmed, in order, for the notes. */
  dropped: string[];
}

export function findDebris(lines: readonly string[]): Debris {
  const drop = new Set<number>();
  const dropped: string[] = [];
  let pageMarks = 0;
  const trimmed = lines.map(l => (isFormFeed(l) ? FORM_FEED : l.trim()));
  const boundary = new Set<number>();
  trimmed.forEach((t, i) => {
    if (t === FORM_FEED) { boundary.add(i); pageMarks++; return; }
    if (t.length > 120 || !t) return;
    if (PAGE_NUMBER.test(t) || WEB_ADDRESS.test(t)) drop.add(i);
  });

  // Repeated headers and footers; digits ignored so "Page 3 | Daily Notes" lines match.
  const groups = new Map<string, number[]>();
  trimmed.forEach((t, i) => {
    if (drop.has(i) || t.length < 3 || t.length > 120 || !/\p{L}/u.test(t)) return;
    if (toLine(t).kind === 'bullet' || countWords(t) > 15 || matchLabel(t) || startsSourceLine(t) || Q_LINE.test(t)) return;
    if (endsQuestion(t) || isKnownHeading(t) || isPyqSubheading(t)) return;
    const key = t.toLowerCase().replace(/\s+/g, ' ').replace(/\d+/g, '#');
    const g = groups.get(key);
    if (g) g.push(i); else groups.set(key, [i]);
  });
  const nonBlank = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < trimmed.length && !trimmed[j]) j += step;
    return j;
  };
  const atBoundary = (i: number): boolean => [nonBlank(i, -1), nonBlank(i, 1)].some(j =>
    j < 0 || j >= trimmed.length || drop.has(j) || boundary.has(j));
  for (let round = 0, changed = true; round < 3 && changed; round++) {
    changed = false;
    for (const [key, at] of groups) {
      if (at.length < 2) continue;
      const nearPages = at.filter(atBoundary).length;
      const spread = at.length >= 3 && at.every((line, k) => k === 0 || line - at[k - 1] >= 5);
      if (nearPages >= 2 || spread) {
        for (const i of at) drop.add(i);
        groups.delete(key);
        changed = true;
      }
    }
  }

  // A repeated first line is the title when nothing else could be: keep its first occurrence.
  const first = trimmed.findIndex(t => t !== '' && t !== FORM_FEED);
  if (first >= 0 && drop.has(first) && !PAGE_NUMBER.test(trimmed[first]) && !WEB_ADDRESS.test(trimmed[first])) {
    const next = trimmed.findIndex((t, i) => i > first && t !== '' && t !== FORM_FEED && !drop.has(i));
    if (next < 0 || !isTitleLike(collapse(trimmed[next])) || isDateOnly(trimmed[next])) drop.delete(first);
  }
  for (const i of [...drop].sort((a, b) => a - b)) dropped.push(trimmed[i]);
  return { drop, pageMarks, dropped };
}

// Rule 7: the title line of plain text.
import { findDates, FoundDate, isDateOnly } from '../../editorial/sourceLine';
import { isTitleLike } from '../headings';
import type { Line } from './lines';

/**
 * The title line: the first line, or the one after a date-only first line, if it is title-like
 * (-1 if none); and the date of that date-only line, which gives the date when the source line has none.
 */
export function findTitleLine(lines: readonly Line[]): { titleLine: number; dateLine?: FoundDate } {
  let titleLine = -1;
  let dateLine: FoundDate | undefined;
  const firstContent = lines.findIndex(l => l.kind !== 'gap');
  if (firstContent >= 0) {
    let at = firstContent;
    if (lines[at].kind === 'text' && isDateOnly(lines[at].text)) {
      dateLine = findDates(lines[at].text)[0];
      at = lines.findIndex((l, i) => i > at && l.kind !== 'gap');
    }
    if (at >= 0 && lines[at].kind === 'text' && isTitleLike(lines[at].text)) titleLine = at;
  }
  return { titleLine, dateLine };
}

// The cards as a file Anki imports (File → Import): plain text with a header that tells Anki's
// importer the separator, that fields hold HTML, which columns hold the note's GUID and its tags,
// and the deck (https://docs.ankiweb.net/importing/text-files.html, "File Headers"); four
// columns: GUID (the card's stable id, so importing a newer export updates the notes instead of
// adding them again), front, back, tags. Every field is quoted the CSV way ("…", a quote doubled), so a tab, a comma, a
// quote or a line break inside a card never splits it. The same rows as CSV (comma-separated,
// RFC 4180, a header row) for a spreadsheet.
import type { Card } from './cards/card';

export interface ExportRow {
  /** The card's id: stable across small edits of its source (cards/card.ts). */
  readonly id: string;
  /** HTML of the front and back (the caller renders the cards' markdown). */
  readonly front: string;
  readonly back: string;
  /** Anki tags: no spaces inside one ("::" makes a hierarchy: upsc::gs2). */
  readonly tags: readonly string[];
}

/** A tag as Anki takes it: spaces (which separate tags) become "_", and no empty tag. */
export function ankiTag(text: string): string {
  return text.trim().replace(/\s+/g, '_').replace(/["]/g, '');
}

/** The tags a card gets: where it is from (its kind, GS paper, the editorial's tags, syllabus nodes). */
export function cardTags(card: Card, more: { paper?: string; tags?: readonly string[]; syllabus?: readonly string[] } = {}): string[] {
  const tags = ['upsc', `upsc::${card.kind}`];
  if (card.category) tags.push(`upsc::term::${ankiTag(card.category)}`);
  if (more.paper) tags.push(`upsc::${ankiTag(more.paper.toLowerCase())}`);
  for (const t of more.tags ?? []) tags.push(`upsc::tag::${ankiTag(t)}`);
  for (const id of more.syllabus ?? []) tags.push(`upsc::syllabus::${ankiTag(id)}`);
  return [...new Set(tags.filter(t => !t.endsWith('::')))];
}

const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;

export const ANKI_DECK = 'UPSC Editorials';

/** Anki's text format: tab-separated, HTML fields, GUID in column 1, tags in column 4. */
export function toAnkiText(rows: readonly ExportRow[]): string {
  const header = ['#separator:tab', '#html:true', `#deck:${ANKI_DECK}`, '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4'];
  const lines = rows.map(r => [quote(`upsc-${r.id}`), quote(oneLine(r.front)), quote(oneLine(r.back)), quote(r.tags.join(' '))].join('\t'));
  return [...header, ...lines].join('\n') + '\n';
}

/** Comma-separated, a header row, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [['Id', 'Front', 'Back', 'Tags'], ...rows.map(r => [r.id, r.front, r.back, r.tags.join(' ')])];
  return lines.map(cols => cols.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** HTML on one line: its line breaks are layout only (markdown-it puts one after each block). */
function oneLine(html: string): string {
  // One pass with indexOf: a regex replace (or split) costs far more per line break, and a page
  // of list items has many.
  let out = '';
  let from = 0;
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', from)) {
    out += html.slice(from, i > from && html.charCodeAt(i - 1) === 13 ? i - 1 : i) + ' ';
    from = i + 1;
  }
  return (out + html.slice(from)).trim();
}

/**
 * Reads a file in either format back into rows (the header lines of the Anki format skipped): the
 * quoting rules Anki's and a spreadsheet's importers use. For tests and to check a file before
 * importing it.
 */
export function parseDelimited(text: string, separator: '\t' | ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A header line of the Anki format.
    if (separator === '\t' && row.length === 0 && text.charCodeAt(i) === 35 /* # */) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted: up to the quote not doubled; the pieces between doubled quotes joined once.
      const pieces: string[] = [];
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) { pieces.push(text.slice(from)); i = n; break; }
        pieces.push(text.slice(from, q));
        if (text.charCodeAt(q + 1) === 34) { pieces.push('"'); from = q + 2; continue; }
        i = q + 1;
        break;
      }
      field = pieces.join('');
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === separator.charCodeAt(0) || c === 10 || c === 13) break;
        end++;
      }
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    const c = text.charCodeAt(i);
    if (c === separator.charCodeAt(0)) { i++; if (i === n) row.push(''); continue; }
    // The end of a row (CRLF, LF or CR), or of the text.
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2; else if (i < n) i++;
    rows.push(row);
    row = [];
  }
  if (row.length) rows.push(row);
  return rows;
}

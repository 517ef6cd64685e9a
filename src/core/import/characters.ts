// Rule 1, character-level normalisation: for every input, BOM, CRLF/CR, Unicode line separators,
// non-breaking spaces and trailing spaces (normaliseCharacters); for plain text only, PDF ligatures and soft hyphens
// (spellOutPdfCharacters).

export interface CharResult { text: string; notes: string[] }

export function normaliseCharacters(input: string): CharResult {
  const notes: string[] = [];
  let text = input;
  if (text.startsWith('\uFEFF')) {
    text = text.replace(/^\uFEFF+/, ''); // a file saved twice with one can have two
    notes.push('removed the byte-order mark');
  }
  const crlf = (text.match(/\r\n?/g) ?? []).length;
  if (crlf) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push(`converted ${crlf} CRLF/CR line ending${crlf === 1 ? '' : 's'} to LF`);
  }
  // U+2028/U+2029 (Word and some web pages) end a line or a paragraph for JavaScript's `^`/`$` and
  // for editors, but not for markdown: made what they mean, so every reader agrees on the lines.
  const separators = (text.match(/[\u2028\u2029]/g) ?? []).length;
  if (separators) {
    text = text.replace(/\u2028/g, '\n').replace(/\u2029/g, '\n\n');
    notes.push(`turned ${separators} Unicode line/paragraph separator${separators === 1 ? '' : 's'} into line breaks`);
  }
  const nbsp = (text.match(/[\u00A0\u2007\u202F]/g) ?? []).length;
  if (nbsp) {
    text = text.replace(/[\u00A0\u2007\u202F]/g, ' ');
    notes.push(`replaced ${nbsp} non-breaking space${nbsp === 1 ? '' : 's'} with spaces`);
  }
  // Line by line: /[ \t]+$/gm is quadratic on a long run of spaces inside a line.
  return { text: text.split('\n').map(l => l.trimEnd()).join('\n'), notes };
}

const LIGATURES: Readonly<Record<string, string>> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/** Ligatures (ﬁ, ﬂ …) spelled out; soft hyphens removed, one at a line end joining the word. */
export function spellOutPdfCharacters(input: string): { text: string; ligatures: number; softHyphens: number } {
  let ligatures = 0;
  let softHyphens = 0;
  let text = input.replace(/[\uFB00-\uFB06]/g, c => { ligatures++; return LIGATURES[c]; });
  text = text.replace(/\u00AD[ \t]*\n[ \t]*/g, () => { softHyphens++; return ''; });
  text = text.replace(/\u00AD/g, () => { softHyphens++; return ''; });
  return { text, ligatures, softHyphens };
}

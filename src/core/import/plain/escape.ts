// Rule 12: plain text is escaped where markdown would read it as markup.

/** Escapes what markdown would read as markup inside a line of plain text. */
export function escapeInline(text: string): string {
  let s = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/[<`]/g, c => '\\' + c);
  const pairs = (s.match(/(?<!\*)\*\*(?!\*)/g) ?? []).length;
  s = s.replace(/\*+/g, run => (run.length === 2 && pairs % 2 === 0 ? run : run.replace(/\*/g, '\\*')));
  s = s.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
  return s;
}

/** Escapes a line start that markdown would read as a block (heading, quote, list, fence, rule). */
export function escapeBlockStart(text: string): string {
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^~~~/, '\\~~~')
    .replace(/^([=-])\1*\s*$/, '\\$&');
}

export function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(\s)(#+)\s*$/, '$1\\$2');
}

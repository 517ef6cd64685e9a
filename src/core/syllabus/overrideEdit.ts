// Writing the student's choice of topics into a file's front matter: `syllabus: [a, b]` replaced
// where it is, added to the front matter there is, or a front matter made for it. One edit, as
// small as it can be, so undo and the rest of the file are untouched; no ids removes the line.

export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

const FRONT = /^(\uFEFF?---[ \t]*(\r?\n))([\s\S]*?)(\r?\n)---[ \t]*(?:\r?\n|$)/;
const LINE = /^syllabus\s*:.*$/im;

export function syllabusLine(ids: readonly string[]): string {
  return `syllabus: [${ids.join(', ')}]`;
}

export function setSyllabusOverride(text: string, ids: readonly string[]): TextEdit | undefined {
  const m = FRONT.exec(text);
  const eol = m?.[2] ?? (text.includes('\r\n') ? '\r\n' : '\n');
  if (m) {
    const bodyStart = m[1].length;
    const body = m[3];
    const line = LINE.exec(body);
    if (line) {
      const at = bodyStart + line.index;
      if (!ids.length) {
        // The line and its line break (before it, when it is the last line of the block).
        const after = body.slice(line.index + line[0].length);
        const brk = /^\r?\n/.exec(after)?.[0];
        if (brk) return { offset: at, length: line[0].length + brk.length, text: '' };
        const before = /\r?\n$/.exec(body.slice(0, line.index))?.[0] ?? '';
        return { offset: at - before.length, length: line[0].length + before.length, text: '' };
      }
      return { offset: at, length: line[0].length, text: syllabusLine(ids) };
    }
    if (!ids.length) return undefined;
    return { offset: bodyStart + body.length, length: 0, text: eol + syllabusLine(ids) };
  }
  if (!ids.length) return undefined;
  // An empty block ("---" then "---") has no line to follow: the line goes inside it.
  const empty = /^(\uFEFF?---[ \t]*(\r?\n))---[ \t]*(?:\r?\n|$)/.exec(text);
  if (empty) return { offset: empty[1].length, length: 0, text: syllabusLine(ids) + empty[2] };
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  return { offset: bom, length: 0, text: `---${eol}${syllabusLine(ids)}${eol}---${eol}` };
}

export function applyEdit(text: string, e: TextEdit): string {
  return text.slice(0, e.offset) + e.text + text.slice(e.offset + e.length);
}

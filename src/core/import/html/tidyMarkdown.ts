// The last step of the HTML conversion: turndown's output tidied.
import { FenceTracker } from '../../shared/fences';

/** Trailing spaces off, at most one blank line in a row (outside code fences), one final newline. */
export function tidy(markdown: string): string {
  const out: string[] = [];
  const fences = new FenceTracker();
  let blank = 0;
  for (const raw of markdown.split('\n')) {
    if (fences.inFence(raw)) {
      out.push(raw);
      blank = 0;
      continue;
    }
    // A cell's line break: the GFM plugin writes turndown's "  \n" as "  <br>". (A run of spaces
    // is tried from its first space only: from every one, a long run took quadratic time.)
    const line = raw.trimEnd().replace(/(?<! ) +<br>|\\<br>/g, '<br>');
    if (!line) {
      if (++blank === 1 && out.length) out.push('');
      continue;
    }
    blank = 0;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? out.join('\n') + '\n' : '';
}

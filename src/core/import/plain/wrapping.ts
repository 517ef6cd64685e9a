// Is the text hard-wrapped (a PDF), or one line per paragraph (a web page)? Rule 3 joins lines
// differently in the two.
import { endsSentence } from '../text';
import type { Line } from './lines';

export interface Wrapping {
  /** Most lines ≤ 130 characters, and several end mid-sentence before a lower-case line. */
  hardWrapped: boolean;
  /** Whether a line (raw) runs to about the wrap width; never in text that is not hard-wrapped. */
  isFull: (raw: string) => boolean;
}

export function measureWrapping(lines: readonly Line[]): Wrapping {
  const content = lines.filter(l => l.kind !== 'gap');
  const lengths = content.map(l => l.raw.length).filter(n => n >= 20).sort((a, b) => a - b);
  let midWraps = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].kind !== 'gap' && lines[i + 1].kind === 'text' && !endsSentence(lines[i].text) && /^\p{Ll}/u.test(lines[i + 1].text)) midWraps++;
  }
  const hardWrapped = lengths.length >= 3
    && lengths.filter(n => n <= 130).length >= 0.9 * lengths.length
    && midWraps >= Math.max(2, 0.15 * content.length);
  const wrapWidth = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  const isFull = (raw: string) => hardWrapped && raw.length >= 0.7 * wrapWidth;
  return { hardWrapped, isFull };
}

// Cards the student writes in notes.
import { Card, CardList, cardId } from './card';

/**
 * Cards written in the user's notes, in the syntax of Obsidian's Spaced Repetition plugin:
 *
 * - One line: `Question :: Answer` (spaces around `::` optional). `Question ::: Answer` also
 *   makes the reverse card (Answer → Question).
 * - A block: the question lines, a line holding only `?`, then the answer lines; the question
 *   starts after the last blank line, heading or `::` line, and the answer ends at a blank line
 *   or heading. `??` instead of `?` also makes the reverse card.
 *
 *   ```
 *   What did the 2008 agreement unlock?
 *   ?
 *   Civil nuclear trade with the US (NSG waiver).
 *   ```
 *
 * A leading list marker or `>` is dropped from a line. Lines in code fences (``` or ~~~), in
 * front matter, and `::` inside `inline code` are ignored.
 */
export function noteCards(uri: string, text: string): Card[] {
  const list = new CardList();
  const add = (question: string, answer: string, line: number) => {
    if (!question || !answer) return;
    list.add({ id: cardId('note', [uri, question]), kind: 'note', front: question, back: answer, source: { uri, line } });
  };
  const lines = text.split(/\r?\n/);
  let block: { text: string; line: number }[] = [];

  // A block is a run of lines up to a blank line or heading. `::` lines are cards of their own;
  // a `?` line makes the lines since the last `::` line the question and the rest the answer.
  const flushBlock = () => {
    let questionStart = 0;
    for (let j = 0; j < block.length; j++) {
      const t = block[j].text;
      if (t === '?' || t === '??') {
        const question = block.slice(questionStart, j).map(l => l.text).join('\n');
        const answer = block.slice(j + 1).map(l => l.text).join('\n');
        if (question && answer) {
          add(question, answer, block[questionStart].line);
          if (t === '??') add(answer, question, block[j + 1].line);
        }
        break;
      }
      const m = singleLine(t);
      if (!m) continue;
      add(m.question, m.answer, block[j].line);
      if (m.reverse) add(m.answer, m.question, block[j].line);
      questionStart = j + 1;
    }
    block = [];
  };

  let fence: string | undefined;
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, j) => j > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (close > 0) i = close + 1;
  }
  for (; i < lines.length; i++) {
    const raw = lines[i];
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && !raw.trim().slice(fenceMark.length).trim()) fence = undefined;
      continue;
    }
    if (fenceMark) {
      flushBlock();
      fence = fenceMark;
      continue;
    }
    if (!raw.trim() || /^\s{0,3}#{1,6}(\s|$)/.test(raw)) {
      flushBlock();
      continue;
    }
    block.push({ text: raw.trim().replace(/^(?:>\s?)+/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, '').trim(), line: i });
  }
  flushBlock();
  return list.cards;
}

function singleLine(line: string): { question: string; answer: string; reverse: boolean } | undefined {
  // Blank out `code` so a `::` in it does not count, keeping offsets.
  const masked = line.replace(/`[^`]*`/g, s => ' '.repeat(s.length));
  const m = /:{2,}/.exec(masked);
  if (!m || m[0].length > 3) return undefined;
  const question = line.slice(0, m.index).trim();
  const answer = line.slice(m.index + m[0].length).trim();
  if (!question || !answer) return undefined;
  return { question, answer, reverse: m[0].length === 3 };
}

// Step 2 of parsing: undo the damage that PDF-to-markdown conversion does at page breaks.
//
// A page break cuts a bullet in two. The second half comes out as a separate paragraph
// ("like **Tesla and Micron** expand in India."), as a bold paragraph ("**drone, and missile
// technologies.**"), or as a new top-level bullet; the bullets after the break often lose their
// indentation and become top-level bullets without a bold lead. The rules, in general form:
//   1. A fragment (paragraph or lead-less bullet) that does not start a sentence (it starts
//      lower-case or with continuing punctuation), coming after a text unit that does not end a
//      sentence, continues that unit.
//   2. A top-level bullet without a bold lead, after a point that has one, is a sub-point of it.
// Lists split by a repaired break are one list again, because points are collected per section.
import type MarkdownIt from 'markdown-it';
import { RawBlock, RawItem, tableToItems, textToken } from './blocks';
import { inlineToPlain, splitBoldLead } from './inline';
import type { Repair } from './model';

type Token = MarkdownIt.Token;

/** Ends with sentence punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?।॥:;…]["'”’)\]]*$/u;
/** Starts like the middle of a sentence: a lower-case letter or continuing punctuation. */
const STARTS_MID_SENTENCE = /^["'“‘(]*[\p{Ll},;:)\]…]/u;

export function endsSentence(plain: string): boolean {
  return ENDS_SENTENCE.test(plain.trim());
}

export function startsMidSentence(plain: string): boolean {
  return STARTS_MID_SENTENCE.test(plain.trim());
}

export interface RepairedParagraph {
  inline: Token[];
  start: number;
  end: number;
}

export interface RepairedSection {
  points: RawItem[];
  paragraphs: RepairedParagraph[];
  repairs: Repair[];
}

type Unit = { item: RawItem } | { paragraph: RepairedParagraph };

function lastDescendant(item: RawItem): RawItem {
  let it = item;
  while (it.children.length) it = it.children[it.children.length - 1];
  return it;
}

function unitInline(u: Unit): Token[] {
  return 'item' in u ? u.item.inline : u.paragraph.inline;
}

/**
 * Per unit, the plain text of the last non-empty piece joined to it (at first, its own text). That
 * is all `continuesLast` needs: whether a text is empty or ends a sentence depends on its last
 * piece only. Re-reading the whole grown text at every join made n joins take n² time.
 */
type TailCache = WeakMap<Token[], string>;

function tailOf(inline: Token[], cache: TailCache): string {
  let tail = cache.get(inline);
  if (tail === undefined) cache.set(inline, (tail = inlineToPlain(inline)));
  return tail;
}

function appendTo(u: Unit, inline: Token[], end: number, cache: TailCache): void {
  const target = unitInline(u);
  const like = inline[0] ?? target[0];
  if (like && target.length) target.push(textToken(like, ' '));
  for (const t of inline) target.push(t); // no push(...): a long line has more tokens than arguments fit
  const added = inlineToPlain(inline);
  if (added) cache.set(target, added);
  if ('item' in u) u.item.end = Math.max(u.item.end, end);
  else u.paragraph.end = Math.max(u.paragraph.end, end);
}

const hasLead = (item: RawItem) => splitBoldLead(item.inline) !== undefined;

/** Repairs the blocks of one section (or of the part before the first section). */
export function repairSection(blocks: readonly RawBlock[]): RepairedSection {
  const points: RawItem[] = [];
  const paragraphs: RepairedParagraph[] = [];
  const repairs: Repair[] = [];
  let last: Unit | undefined;
  const cache: TailCache = new WeakMap();

  const continuesLast = (inline: Token[]): boolean => {
    if (!last) return false;
    const before = tailOf(unitInline(last), cache);
    return before !== '' && !endsSentence(before) && startsMidSentence(inlineToPlain(inline));
  };

  const addItem = (item: RawItem) => {
    if (last && !hasLead(item) && continuesLast(item.inline)) {
      // Rule 1 for a bullet: its text continues the cut unit, its sub-bullets go below that unit.
      repairs.push({ kind: 'joined-fragment', line: item.start, text: inlineToPlain(item.inline) });
      appendTo(last, item.inline, item.end, cache);
      const under = 'item' in last ? last.item.children : points;
      for (const child of item.children) under.push(child);
      if (item.children.length) last = { item: lastDescendant(item.children[item.children.length - 1]) };
      return;
    }
    const previous = points[points.length - 1];
    if (previous && !hasLead(item) && hasLead(previous)) {
      repairs.push({ kind: 'demoted-bullet', line: item.start, text: inlineToPlain(item.inline) });
      previous.children.push(item);
    } else {
      points.push(item);
    }
    last = { item: lastDescendant(item) };
  };

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (continuesLast(block.inline)) {
        repairs.push({ kind: 'joined-fragment', line: block.start, text: inlineToPlain(block.inline) });
        appendTo(last!, block.inline, block.end, cache);
      } else {
        const paragraph = { inline: [...block.inline], start: block.start, end: block.end };
        paragraphs.push(paragraph);
        last = { paragraph };
      }
    } else if (block.kind === 'list') {
      block.items.forEach(addItem);
    } else if (block.kind === 'table') {
      tableToItems(block).forEach(addItem);
    }
  }
  return { points, paragraphs, repairs };
}

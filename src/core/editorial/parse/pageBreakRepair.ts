// Step 2 of parsing: undo the damage that PDF-to-markdown conversion does at page breaks.
//
// A page break cuts a bullet in two. The second half comes out as a separate paragraph
// ("like **Tesla and Micron** expand in India."), as a bold paragraph ("**drone, and missile
// technologies.**"), or as a new top-level bullet; the bullets after the break often lose their
// indentation and become top-level bullets without a bold lead. The rules, in general form:
//   1. A fragment (paragraph or lead-less bullet) that does not start a sentence (it starts
//      lower-case or with continuing punctuation), coming after a text unit that does not end a
//      sentence, continues that unit.
//   2. A top-level bullet without a bold lead, after a point that has one, is a sub-point of it
//      (not across running text, a table, a rule or a heading between them: they end the list above).
//   3. Scripts without letter case (Devanagari) cannot show "starts mid-sentence" by a lower-case
//      letter. Inside sections, a paragraph (not a bullet: Hindi lists often leave items
//      unpunctuated) that starts with such a letter continues a text unit
//      that ends in a letter or digit, with no punctuation at all (Hindi sentences end with "।"),
//      unless that unit is a table row or the fragment is a bold sub-heading.
// Lists split by a repaired break are one list again, because points are collected per section.
//
// Not damage, but structure: a paragraph that is all bold and ends with a colon, followed by a
// list ("**Economic Challenges:**", "**आर्थिक चुनौतियाँ:**"), is a sub-heading. It becomes a point
// with that lead whose children are the bullets up to the next sub-heading, running paragraph or
// table.
import type MarkdownIt from 'markdown-it';
import { RawBlock, RawItem, RawTable, textToken } from './blocks';
import { inlineToPlain, splitBoldLead } from '../../shared/markdown/inline';
import type { Repair } from '../model';

type Token = MarkdownIt.Token;

/** Ends with sentence punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?।॥:;…]["'”’)\]]*$/u;
/** Starts like the middle of a sentence: a lower-case letter or continuing punctuation. */
const STARTS_MID_SENTENCE = /^["'“‘(]*[\p{Ll},;:)\]…]/u;
/** Starts with a letter of a script that has no case (Devanagari and most Indic scripts). */
const STARTS_CASELESS = /^["'“‘(]*\p{Lo}/u;
/** Ends in a letter, mark or digit: no punctuation closes it. */
const ENDS_IN_WORD = /[\p{L}\p{M}\p{N}]$/u;

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
  /** A fenced code block, as written: never joined to anything. */
  code?: string;
}

export interface RepairOptions {
  /** Apply rule 3 (caseless scripts). Off before the first section, where labels and the source line stand unpunctuated. */
  caseless?: boolean;
  /**
   * A paragraph that is a label line ("For Prelims: …"): its list of terms is not cut text, so a
   * bullet below it is never joined to it (its last term has no full stop, as labels never do).
   */
  isLabel?: (inline: readonly Token[]) => boolean;
}

export interface RepairedSection {
  points: RawItem[];
  paragraphs: RepairedParagraph[];
  /** The section's tables, those inside its points too, in order: tables stay tables. */
  tables: RawTable[];
  repairs: Repair[];
}

type Unit = { item: RawItem } | { paragraph: RepairedParagraph };

function lastDescendant(item: RawItem): RawItem {
  let it = item;
  while (it.children.length) it = it.children[it.children.length - 1];
  return it;
}

/**
 * The point an indented bullet goes under: the one above at depth `depth - 1` (the top-level point
 * is depth 0), following last children, or the deepest there is.
 */
function lastDescendantAtDepth(item: RawItem, depth: number): RawItem {
  let it = item;
  for (let d = 1; d < depth && it.children.length; d++) it = it.children[it.children.length - 1];
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

/** Every bit of text sits inside bold runs (spaces and link wrappers may stand between them). */
export function isAllBold(inline: readonly Token[]): boolean {
  let depth = 0;
  let text = false;
  for (const t of inline) {
    if (t.type === 'strong_open') depth++;
    else if (t.type === 'strong_close') depth--;
    else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special') {
      if (!t.content.trim()) continue;
      if (depth <= 0) return /^\s*[:：]\s*$/.test(t.content); // "**Lead**:" — the colon may follow the bold
      text = true;
    }
  }
  return text;
}

/** A bold paragraph ending with a colon, of heading length, that does not continue a sentence. */
function isSubheading(block: RawBlock, next: RawBlock | undefined): boolean {
  if (block.kind !== 'paragraph' || next?.kind !== 'list' || !isAllBold(block.inline)) return false;
  const plain = inlineToPlain(block.inline);
  return /[:：]$/.test(plain) && plain.split(' ').length <= 15 && !startsMidSentence(plain);
}

/** Repairs the blocks of one section (or of the part before the first section). */
export function repairSection(blocks: readonly RawBlock[], options: RepairOptions = {}): RepairedSection {
  const points: RawItem[] = [];
  const paragraphs: RepairedParagraph[] = [];
  const repairs: Repair[] = [];
  const tables: RawTable[] = [];
  let last: Unit | undefined;
  /** The open sub-heading: bullets go under it. */
  let group: RawItem | undefined;
  /** A paragraph, table or heading stands between the last bullet and the next. */
  let blockSinceLastItem = false;
  const cache: TailCache = new WeakMap();
  /** `last` is a label line (options.isLabel). */
  let lastIsLabel = false;

  const continuesLast = (inline: Token[], paragraph = false): boolean => {
    if (!last) return false;
    const before = tailOf(unitInline(last), cache);
    if (before === '' || endsSentence(before)) return false;
    const plain = inlineToPlain(inline);
    if (startsMidSentence(plain)) return true;
    return paragraph && !!options.caseless && STARTS_CASELESS.test(plain) && ENDS_IN_WORD.test(before);
  };

  const hoistTables = (item: RawItem) => {
    const stack = [item];
    while (stack.length) {
      const it = stack.pop()!;
      if (it.tables) for (const t of it.tables) tables.push(t);
      for (const c of it.children) stack.push(c);
    }
  };
  const addItem = (item: RawItem) => {
    hoistTables(item);
    // A nested bullet markdown read as code after a page-break fragment: a sub-point of the point above.
    const siblingsNow = group ? group.children : points;
    const above = siblingsNow[siblingsNow.length - 1];
    if (item.indented && above) {
      repairs.push({ kind: 'demoted-bullet', line: item.start, text: inlineToPlain(item.inline) });
      lastDescendantAtDepth(above, item.indented ?? 1).children.push(item);
      last = { item: lastDescendant(item) };
      lastIsLabel = false;
      return;
    }
    if (last && !hasLead(item) && !lastIsLabel && continuesLast(item.inline)) {
      // Rule 1 for a bullet: its text continues the cut unit, its sub-bullets go below that unit.
      repairs.push({ kind: 'joined-fragment', line: item.start, text: inlineToPlain(item.inline) });
      appendTo(last, item.inline, item.end, cache);
      const under = 'item' in last ? last.item.children : group ? group.children : points;
      for (const child of item.children) under.push(child);
      if (item.children.length) {
        last = { item: lastDescendant(item.children[item.children.length - 1]) };
        lastIsLabel = false;
      }
      return;
    }
    const siblings = group ? group.children : points;
    // Running text, a table or a heading between two lists ends the first: a bullet after it is not
    // the sub-point of a point above them (that would move it before them).
    const previous = blockSinceLastItem ? undefined : siblings[siblings.length - 1];
    blockSinceLastItem = false;
    if (previous && !hasLead(item) && hasLead(previous)) {
      repairs.push({ kind: 'demoted-bullet', line: item.start, text: inlineToPlain(item.inline) });
      previous.children.push(item);
    } else {
      siblings.push(item);
    }
    if (group) group.end = Math.max(group.end, item.end);
    last = { item: lastDescendant(item) };
    lastIsLabel = false;
  };

  blocks.forEach((block, n) => {
    if (isSubheading(block, blocks[n + 1])) {
      group = { inline: [...(block as Extract<RawBlock, { kind: 'paragraph' }>).inline], children: [], start: block.start, end: block.end, role: 'subheading' };
      points.push(group);
      last = undefined;
    } else if (block.kind === 'paragraph' && block.code !== undefined) {
      paragraphs.push({ inline: [...block.inline], start: block.start, end: block.end, code: block.code });
      last = undefined;
      group = undefined;
      blockSinceLastItem = true;
    } else if (block.kind === 'paragraph') {
      if (continuesLast(block.inline, true)) {
        repairs.push({ kind: 'joined-fragment', line: block.start, text: inlineToPlain(block.inline) });
        appendTo(last!, block.inline, block.end, cache);
      } else {
        const paragraph = { inline: [...block.inline], start: block.start, end: block.end };
        paragraphs.push(paragraph);
        last = { paragraph };
        lastIsLabel = !!options.isLabel?.(block.inline);
        group = undefined; // running text closes a sub-heading's group
        blockSinceLastItem = true;
      }
    } else if (block.kind === 'heading') {
      // A sub-heading kept inside a section ("Prelims" in a PYQ block) ends the text above it.
      last = undefined;
      group = undefined;
      blockSinceLastItem = true;
    } else if (block.kind === 'list') {
      block.items.forEach(addItem);
    } else if (block.kind === 'table') {
      // A table is not cut text, and no text continues it; it ends the list above it and a
      // sub-heading's group, too (bullets after it stay after it).
      tables.push(block);
      last = undefined;
      group = undefined;
      blockSinceLastItem = true;
    }
  });
  return { points, paragraphs, tables, repairs };
}

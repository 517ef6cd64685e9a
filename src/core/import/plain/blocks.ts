// Rule 3 (and 11 for the PYQ section): the lines of plain text grouped into blocks. Each line
// either continues the block before it (a wrapped line, a page-break fragment, the text of a lone
// bullet glyph) or opens a new one, whose kind comes from the line (bullet, label, source line,
// heading candidate, paragraph).
import { inferSectionKind } from '../../editorial/sectionKinds';
import { containsSourceLine } from '../../editorial/sourceLine';
import { endsQuestion, isKnownHeading, isPyqSubheading, Q_LINE, stripHeadingText } from '../headings';
import { collapse, countWords, endsSentence } from '../text';
import { Block, BlockKind, Gap, SectionMode, Stats, tailOf } from './block';
import { continuesBlock, lineStart } from './blockStarts';
import { appendContinuation } from './hyphenation';
import { splitLead } from './leads';
import { DASHES, Line } from './lines';
import type { Wrapping } from './wrapping';

const OPTION_LINE = /^\(?[a-dA-D]\)\s/;

/** The blocks of `lines`; `titleLine` (an index into `lines`, or -1) opens the title block. */
export function buildBlocks(lines: readonly Line[], titleLine: number, wrapping: Wrapping, stats: Stats): Block[] {
  const builder = new BlockBuilder(wrapping, stats);
  lines.forEach((line, i) => builder.add(line, i === titleLine));
  return builder.end();
}

class BlockBuilder {
  private readonly blocks: Block[] = [];
  private cur: Block | undefined;
  private gap: Gap = 'none';
  private mode: SectionMode = 'normal';
  private seenHeading = false;
  private sourceFound = false;

  constructor(private readonly wrapping: Wrapping, private readonly stats: Stats) {}

  add(line: Line, isTitle: boolean): void {
    if (line.kind === 'gap') {
      this.gap = line.page ? 'page' : 'blank';
      return;
    }
    const t = line.kind === 'bullet' ? collapse(line.raw) : line.text;
    const taken = this.mode === 'pyq' && this.addPyqLine(line, t);
    if (!taken && isTitle) this.open('title', line);
    else if (!taken) this.addLine(line, t);
    this.gap = 'none';
  }

  end(): Block[] {
    this.finish();
    return this.blocks;
  }

  /**
   * Rule 11: in the PYQ section, "Q." lines open questions and option and statement lines stay in
   * the question's block; false when a known section name ends the section (the line is then read
   * as in any other section).
   */
  private addPyqLine(line: Line, t: string): boolean {
    if (isKnownHeading(t) && inferSectionKind(stripHeadingText(t)) !== 'pyq') {
      this.mode = 'normal';
      return false;
    }
    const cur = this.cur;
    if (isPyqSubheading(t)) this.open('subheading', { ...line, text: t });
    else if (cur?.kind === 'pyq' && !Q_LINE.test(t)
      && (this.gap === 'none' || (this.gap === 'page' && !endsSentence(cur.lines[cur.lines.length - 1])) || OPTION_LINE.test(t))) {
      cur.lines.push(t);
    } else {
      this.open('pyq', { ...line, text: t });
      this.cur!.lines.push(t);
    }
    return true;
  }

  private addLine(line: Line, t: string): void {
    const prevEnded = this.prevEnded();
    if (this.continues(line, t, prevEnded)) this.join(line, t);
    else this.start(line, t, prevEnded);
  }

  /** Whether the text before this line reads as finished, so that a heading or lead may follow. */
  private prevEnded(): boolean {
    const { cur, gap } = this;
    const { hardWrapped, isFull } = this.wrapping;
    return !cur || gap !== 'none' || endsSentence(tailOf(cur)) || (hardWrapped && !isFull(cur.lastRaw))
      || ['title', 'heading', 'label', 'subheading'].includes(cur.kind) || (!!cur.candidate && cur.candidate !== 'question');
  }

  /** Does this line continue the current block? */
  private continues(line: Line, t: string, prevEnded: boolean): boolean {
    const { cur, gap } = this;
    if (!cur) return false;
    if (cur.awaiting) return line.kind === 'text';
    if (line.kind === 'bullet' && line.glyph && DASHES.has(line.glyph) && gap === 'none'
      && (cur.kind === 'para' || cur.kind === 'bullet') && !cur.candidate && !endsSentence(tailOf(cur))) {
      return true; // "… key challenges\n– such as …": a dash inside a sentence, not a bullet
    }
    if (line.kind !== 'text') return false;
    if (lineStart(t, prevEnded, this.mode, this.wrapping.hardWrapped)) return false;
    return continuesBlock(cur, line, gap, this.wrapping.hardWrapped, this.wrapping.isFull);
  }

  /** Appends the line to the current block (the text of a lone glyph, or a continuation). */
  private join(line: Line, t: string): void {
    const cur = this.cur!;
    if (cur.awaiting) {
      cur.awaiting = false;
      cur.parts = [];
    } else if (this.gap === 'none') this.stats.wrapJoins++;
    else this.stats.breakJoins++;
    appendContinuation(cur, t, line.raw, this.stats);
  }

  /** Opens the block this line starts, and enters or leaves the mains-question and PYQ sections. */
  private start(line: Line, t: string, prevEnded: boolean): void {
    const { stats } = this;
    if (line.kind === 'bullet') {
      this.open('bullet', line, { glyph: line.glyph, number: line.number, marker: line.marker, awaiting: line.awaiting });
      stats.glyphs.set(line.shown!, (stats.glyphs.get(line.shown!) ?? 0) + 1);
      return;
    }
    const kind = lineStart(t, prevEnded, this.mode, this.wrapping.hardWrapped);
    if (kind === 'label') {
      this.open('label', line);
      stats.labels++;
    } else if (kind === 'source') this.open('source', line);
    else if (kind === 'known') {
      this.open('para', line, { candidate: 'known' });
      const k = inferSectionKind(stripHeadingText(t));
      this.mode = k === 'pyq' ? 'pyq' : k === 'mains-question' ? 'mains' : 'normal';
    } else if (kind === 'question' || kind === 'titlecase') {
      this.open('para', line, { candidate: kind });
      this.mode = 'normal';
    } else this.open('para', line);
  }

  private open(kind: BlockKind, line: Line, extra: Partial<Block> = {}): void {
    this.finish();
    this.cur = {
      kind, text: '', parts: [line.text], lines: [], lastRaw: line.raw, indent: line.indent, level: 0,
      blankBefore: this.gap !== 'none' || !this.blocks.length, ...extra,
    };
  }

  /** Joins the current block's text and settles its kind: a heading candidate short enough is a heading. */
  private finish(): void {
    const b = this.cur;
    if (!b) return;
    this.cur = undefined;
    b.text = b.parts.join('');
    const words = countWords(b.text);
    if (b.candidate === 'question') b.kind = endsQuestion(b.text) && words <= 20 ? 'heading' : 'para';
    else if (b.candidate === 'titlecase') b.kind = words <= 15 && !/[.,;]$/.test(b.text) ? 'heading' : 'para';
    else if (b.candidate === 'known') b.kind = words <= 15 ? 'heading' : 'para';
    if (b.kind === 'heading' || b.kind === 'title') this.seenHeading = true;
    if (b.kind === 'para' && !this.seenHeading && !this.sourceFound && containsSourceLine(b.text)) b.kind = 'source';
    if (b.kind === 'source') this.sourceFound = true;
    if (b.kind === 'para') b.leadLike = !!splitLead(b.text, true)?.rest;
    if (b.kind === 'bullet' && !b.text) return; // a glyph with nothing after it
    this.blocks.push(b);
  }
}

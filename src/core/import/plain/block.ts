// The blocks plain text is grouped into (paragraphs, bullets, headings, labels …), and the counts
// the conversion keeps for its notes.

export type BlockKind = 'title' | 'heading' | 'subheading' | 'label' | 'source' | 'para' | 'bullet' | 'pyq';
/** A heading candidate: once finished, the block is a heading if it is short enough (see BlockBuilder.finish). */
export type Candidate = 'question' | 'known' | 'titlecase';
/** What lies between the block so far and the next line. */
export type Gap = 'none' | 'blank' | 'page';
/** Inside the mains-question and PYQ sections only known section names are headings (rule 8). */
export type SectionMode = 'normal' | 'mains' | 'pyq';

export interface Block {
  kind: BlockKind;
  candidate?: Candidate;
  /** The joined text; set when the block is finished (`parts` while it is built). */
  text: string;
  /** Pieces of the text, separators included: appending to one long string would copy it each time. */
  parts: string[];
  /** pyq: the question's lines, kept apart. */
  lines: string[];
  lastRaw: string;
  indent: number;
  glyph?: string;
  number?: string;
  marker?: string;
  awaiting?: boolean;
  level: number;
  levelFixed?: boolean;
  blankBefore: boolean;
  leadLike?: boolean;
}

export interface Stats {
  wrapJoins: number;
  breakJoins: number;
  hyphenJoined: string[];
  hyphenKept: string[];
  glyphs: Map<string, number>;
  nested: number;
  leads: number;
  glyphless: number;
  headings: string[];
  labels: number;
  separators: number;
  ligatures: number;
  softHyphens: number;
}

export function newStats(): Stats {
  return {
    wrapJoins: 0, breakJoins: 0, hyphenJoined: [], hyphenKept: [], glyphs: new Map(), nested: 0,
    leads: 0, glyphless: 0, headings: [], labels: 0, separators: 0, ligatures: 0, softHyphens: 0,
  };
}

/** The end of a block's text so far. */
export function tailOf(block: Block): string {
  const { parts } = block;
  const last = parts[parts.length - 1] ?? '';
  return last.length >= 60 || parts.length < 2 ? last : parts[parts.length - 2].slice(-60) + last;
}

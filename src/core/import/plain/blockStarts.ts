// Rule 3: whether a text line opens a new block, and whether it continues the one before it.
import { startsSourceLine } from '../../editorial/sourceLine';
import { endsQuestion, isKnownHeading, isQuestionStart, isTitleCaseHeading } from '../headings';
import { matchLabel } from '../labels';
import { endsSentence, startsMid } from '../text';
import { Block, Gap, SectionMode, tailOf } from './block';
import { splitLead } from './leads';
import type { Line } from './lines';

export type StartKind = 'label' | 'source' | 'known' | 'question' | 'titlecase' | 'lead';

/**
 * Whether a text line opens a new block, and which (rule 3). Questions, Title-Case headings and lead
 * lines open one after a finished sentence, or anywhere when the text is not hard-wrapped (a web
 * copy has one line per paragraph or item, and items often lack a final period).
 */
export function lineStart(t: string, prevEnded: boolean, mode: SectionMode, hardWrapped: boolean): StartKind | undefined {
  if (matchLabel(t)) return 'label';
  if (startsSourceLine(t)) return 'source';
  if (isKnownHeading(t)) return 'known';
  if (mode !== 'normal' || (!prevEnded && hardWrapped)) return undefined;
  if (isQuestionStart(t)) return 'question';
  if (isTitleCaseHeading(t)) return 'titlecase';
  if (splitLead(t, true)?.rest) return 'lead';
  return undefined;
}

export function continuesBlock(cur: Block, line: Line, gap: Gap, hardWrapped: boolean, isFull: (raw: string) => boolean): boolean {
  const t = line.text;
  const mid = startsMid(t);
  const tail = tailOf(cur);
  const ended = endsSentence(tail);
  if (cur.kind === 'title' || cur.kind === 'subheading' || cur.candidate === 'known' || cur.candidate === 'titlecase') {
    return gap === 'none' && mid;
  }
  if (cur.candidate === 'question') return gap === 'none' && !endsQuestion(tail) && (mid || !ended);
  if (cur.kind === 'label') {
    return gap !== 'blank' && (mid || /(?:[,&]|\band|\bor)$/.test(tail) || (isFull(cur.lastRaw) && !ended));
  }
  if (gap === 'blank') return !ended && mid;
  if (gap === 'page') return !ended;
  if (mid || !ended) return true;
  if (cur.kind === 'bullet' && line.indent > cur.indent) return true;
  // After a finished sentence: only a wrapped text goes on, and only after a full-width line.
  return hardWrapped && isFull(cur.lastRaw);
}

// Bullet lists after the blocks are built: lists that lost their glyphs (rule 6, second half) and
// the nesting of bullets (rule 5).
import type { SectionKind } from '../../editorial/model';
import { inferSectionKind, traitsOf } from '../../editorial/sectionKinds';
import { stripHeadingText } from '../headings';
import type { Block, Stats } from './block';

/** Rule 6, second half: web copies lose bullet glyphs; a run of lead paragraphs is a list. */
export function glyphlessLists(blocks: Block[], stats: Stats): void {
  let section: SectionKind | undefined;
  let runEnd = -1; // end of the run of paragraphs that i is in
  let allBlank = false; // whether every paragraph of that run stands after a blank line
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') { section = inferSectionKind(stripHeadingText(b.text)); continue; }
    if (b.kind !== 'para') continue;
    if (i >= runEnd) {
      runEnd = i;
      allBlank = true;
      while (runEnd < blocks.length && blocks[runEnd].kind === 'para') {
        if (runEnd > i && !blocks[runEnd].blankBefore) allBlank = false;
        runEnd++;
      }
    }
    if (!section || traitsOf(section).closing || !b.leadLike) continue;
    const end = runEnd;
    let j = i + 1;
    while (j < end && (blocks[j].leadLike || !blocks[j].blankBefore || allBlank)) j++;
    const run = blocks.slice(i, j);
    if (run.filter(x => x.leadLike).length >= 2) {
      for (const x of run) {
        x.kind = 'bullet';
        x.level = x.leadLike ? 0 : 1;
        x.levelFixed = true;
        stats.glyphless++;
        if (!x.leadLike) stats.nested++;
      }
    }
    i = j - 1;
  }
}

const MAX_DEPTH = 6;

/** Rule 5: nesting from indentation, or from a new glyph at the same indentation. */
export function nestBullets(blocks: Block[], stats: Stats): void {
  let stack: { indent: number; glyph: string }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'bullet' || b.levelFixed) { stack = []; continue; }
    const frame = { indent: b.indent, glyph: b.glyph ?? '' };
    while (stack.length && stack[stack.length - 1].indent > b.indent) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || top.indent < b.indent) stack.push(frame);
    else if (top.glyph === frame.glyph) stack[stack.length - 1] = frame;
    else {
      let k = stack.length - 1;
      while (k >= 0 && !(stack[k].glyph === frame.glyph && stack[k].indent === frame.indent)) k--;
      if (k >= 0) stack.length = k;
      stack.push(frame);
    }
    if (stack.length > 32) stack.splice(1, 1);
    b.level = Math.min(stack.length - 1, MAX_DEPTH);
    if (b.level > 0) stats.nested++;
  }
}
